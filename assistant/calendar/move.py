"""Moving an event to another calendar: the whole event, its series and every changed occurrence.

An item belongs to one calendar (``events.calendar_id``; NULL is the local
one). A series and its overrides share one UID and travel together, because a
CalDAV server keeps them in one calendar object: an occurrence alone cannot
live in another calendar. The move is one journaled action, so Undo moves it
back. Sync sees the item gone from the old calendar and new in the other, so
it is deleted from the old server calendar and created in the new one
(:mod:`assistant.sync.engine`).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.errors import InvalidInput
from assistant.store import Store
from assistant.store.journal import Row


@dataclass(frozen=True)
class Destination:
    """The calendar an event moves to: its id (None: the local one) and its name."""

    id: int | None
    label: str


def check_movable(row: Row, occurrence: str | None) -> None:
    """Only a whole event or series moves (InvalidInput for one occurrence)."""
    if occurrence is not None or row.get("recurrence_id"):
        raise InvalidInput(
            f"'{row.get('title') or '(no title)'}' is one occurrence of a repeating event; "
            "only the whole series can move to another calendar (leave out occurrence). "
            "Nothing was changed."
        )


def is_there(row: Row, destination: Destination) -> bool:
    return row.get("calendar_id") == destination.id


def rows_of(store: Store, uid: str) -> list[Row]:
    """Every row of one item: the master and its overrides."""
    return store.query("SELECT id, calendar_id FROM events WHERE uid = ?", [uid])


def move_columns(row: Row, destination: Destination, values: Row) -> Row:
    """``values`` for ``row`` with the calendar set, when it is not there yet."""
    if is_there(row, destination):
        return values
    return {**values, "calendar_id": destination.id}
