"""One shape for a note: a `notes` row (plus its tags) as a typed value."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Note:
    id: int
    title: str
    body: str = ""
    tags: tuple[str, ...] = ()

    @classmethod
    def from_row(cls, row: Mapping[str, Any], tags: Iterable[str]) -> Note:
        return cls(id=row["id"], title=row["title"], body=row["body"], tags=tuple(tags))

    def record(self) -> dict[str, Any]:
        """The `note` record of the CLI contract (docs/ARCHITECTURE.md)."""
        return {"id": self.id, "title": self.title, "body": self.body, "tags": list(self.tags)}
