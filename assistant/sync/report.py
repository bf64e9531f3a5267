"""What a sync did, per calendar and in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.store import Changes

WAYS = ("created", "changed", "deleted")


@dataclass
class CalendarReport:
    account: str
    calendar: str
    # "created"/"changed"/"deleted" -> how many, from the server here, and from here to it
    pulled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(WAYS, 0))
    pushed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(WAYS, 0))
    conflicts: int = 0
    skipped: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def name(self) -> str:
        return f"{self.account}/{self.calendar}"

    def describe(self) -> str:
        if self.error is not None:
            return f"{self.name}: failed: {self.error}"
        parts = [
            f"from the server {_counts(self.pulled)}",
            f"to the server {_counts(self.pushed)}",
        ]
        if self.conflicts:
            parts.append(_count(self.conflicts, "conflict") + " to resolve")
        if self.skipped:
            parts.append(_count(len(self.skipped), "item") + " skipped")
        return f"{self.name}: " + "; ".join(parts)

    def record(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "calendar": self.calendar,
            "pulled": self.pulled,
            "pushed": self.pushed,
            "conflicts": self.conflicts,
            "skipped": self.skipped,
            "error": self.error,
        }


@dataclass
class SyncReport:
    calendars: list[CalendarReport] = field(default_factory=list)
    # The local tables the sync wrote (for the views to refresh).
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return all(c.error is None for c in self.calendars)

    def describe(self) -> str:
        if not self.calendars:
            return "Nothing to sync: no calendar of any account is chosen for syncing."
        lines = [c.describe() for c in self.calendars]
        for calendar in self.calendars:
            lines.extend(f"  skipped: {reason}" for reason in calendar.skipped)
        return "\n".join(lines)


def _counts(counts: dict[str, int]) -> str:
    if not any(counts.values()):
        return "nothing"
    return ", ".join(f"{n} {way}" for way, n in counts.items() if n)


def _count(n: int, word: str) -> str:
    return f"1 {word}" if n == 1 else f"{n} {word}s"
