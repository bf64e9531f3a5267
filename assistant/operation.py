"""What a domain operation receives (the store and the user's clock) and returns.

The calendar, to-do and note code and the model-facing tools share these, so an
operation written for the tools (:mod:`assistant.tools`) is called the same way
by the window and the command line, and the domain never imports the tools.

A change to an existing item also says, field by field, what the item was
before and what it is now (:class:`FieldChange`), so a front end can show
"Start: Wed 2 Dec 10:00 → Thu 3 Dec 10:00" and nothing changes unseen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from assistant.clock import Clock
from assistant.store import Store

# A field's value as the front ends format it: dates and times as values (in the
# user's zone), lists of tags as tuples, "" and None both meaning "not set".
Value = str | int | bool | date | datetime | tuple[str, ...] | None


@dataclass(frozen=True)
class Scope:
    """Where an operation runs: the store, and the user's now and zone."""

    store: Store
    clock: Clock


@dataclass(frozen=True)
class FieldChange:
    """One field of one item before and after a change ("start", "location", ...)."""

    name: str
    before: Value
    after: Value

    def to_json(self) -> dict[str, Any]:
        return {"field": self.name, "before": _json(self.before), "after": _json(self.after)}


def field_changes(
    before: Mapping[str, Value], after: Mapping[str, Value]
) -> tuple[FieldChange, ...]:
    """The fields of ``after`` whose value differs from ``before``, in ``after``'s order.

    "" and None are the same (an empty location is no location); a date and a
    date-time are never equal, so "all day" to "10:00" is a change.
    """
    out = []
    for name, new in after.items():
        old = before.get(name)
        if _same(old, new):
            continue
        out.append(FieldChange(name, old, new))
    return tuple(out)


def _same(old: Value, new: Value) -> bool:
    if old in ("", None) and new in ("", None):
        return True
    if isinstance(old, datetime) != isinstance(new, datetime):
        return False  # date(2026, 12, 2) is not the start of that day at a time
    return old == new


def _json(value: Value) -> Any:
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


@dataclass(frozen=True)
class Outcome:
    """An operation's answer: ``text`` for the model, ``data`` (JSON-able) for the UI,
    the journal action that undoes it, if it wrote, and for a change to an
    existing item, what each changed field was before and is now."""

    text: str
    data: Any = None
    action_id: int | None = None
    edits: tuple[FieldChange, ...] = ()
