"""Which intents a corrected try may call after a miss that found another kind of item."""

from __future__ import annotations

import re

from assistant.models.formats import ToolCall

# "There is a to-do 'Pick up gym bag'." (targets._not_found): the item is of that kind.
_OTHER_KIND = re.compile(r"There is an? (to-do|event|note) '")
# What can be done to an item that exists, by kind (never adding a second one).
_ON_EXISTING = {
    "to-do": ("complete_todos", "reopen_todo", "update_todo"),
    "event": ("update_event", "list_events"),
    "note": ("append_to_note", "find_notes"),
}
_READS = {"to-do": ("list_todos",), "event": ("list_events",), "note": ("find_notes",)}


def steer_after(call: ToolCall, error: str, *, reading: bool = False) -> tuple[str, ...]:
    """The intents a corrected try may use after ``call`` missed with ``error``.

    Empty unless the miss found the item as another kind. A question stays a
    lookup, a deletion stays a deletion (of the right kind), and nothing else
    becomes one.
    """
    found = _OTHER_KIND.search(error)
    if found is None:
        return ()
    if reading:
        return _READS[found.group(1)]
    return ("delete",) if call.name == "delete" else _ON_EXISTING[found.group(1)]
