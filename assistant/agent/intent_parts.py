"""Small pieces the to-do, event and note intents share."""

from __future__ import annotations

from typing import Any

from assistant.agent.act import IntentContext, Outcome
from assistant.agent.asked import RENAME
from assistant.agent.targets import Kind, Ref


def renamed(ctx: IntentContext, title: str | None, target: Ref) -> bool:
    """A new title only when asked for: a small model passes the old one, or a phrase."""
    if not title or title.strip().casefold() == target.title.casefold():
        return False
    return bool(RENAME.search(ctx.text))


def event_words(ctx: IntentContext) -> bool:
    m = ctx.mentions
    return m.repeat is not None or m.range_start is not None or m.duration is not None


def as_outcome(out: object) -> Outcome:
    assert isinstance(out, Outcome)
    return out


def ref_of(kind: Kind, record: Any) -> Ref:
    return Ref(kind, int(record["id"]), str(record["title"]))


def joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
