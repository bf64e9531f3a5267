"""The few, small tools the model chooses between; code does the rest.

A small model is good at a short closed choice (which intent) and at language
(a title), and bad at dates, ids and leaving fields empty. So these intents
take only what needs language. Everything else comes from code:

- dates, times, ranges, lengths and repeats from the user's own words
  (:mod:`assistant.agent.mentions`); a date the model passes is used only when
  the user's message holds those words;
- a location, tag or priority only when the user's message names it;
- which item from the user's words and the previous turn (:mod:`assistant.agent.targets`);
- several to-dos from one request as one journal group: one card, one Undo.

Each intent runs the real tools (:mod:`assistant.tools`), and returns an
:class:`~assistant.agent.act.Outcome` whose reply is composed from what the
tools stored, so a write turn needs no second generation.

The intents live by kind (:mod:`assistant.agent.todo_intents`,
:mod:`assistant.agent.event_intents`, :mod:`assistant.agent.note_intents`);
this module lists them, in the order the model's prompt shows them.
"""

from __future__ import annotations

from assistant.agent.act import IntentContext, Outcome
from assistant.agent.deleting import delete_named
from assistant.agent.event_intents import add_event, list_events, update_event
from assistant.agent.note_intents import add_note, append_to_note, find_notes
from assistant.agent.targets import Kind
from assistant.agent.todo_intents import (
    add_todos,
    complete_todos,
    list_todos,
    reopen_todo,
    update_todo,
)
from assistant.tools.registry import Tool, ToolRegistry, tool

# The progress words of `delete`, by the kind of item it deletes.
_DELETING = {"todo": "Deleting a to-do", "event": "Deleting an event", "note": "Deleting a note"}


@tool(destructive=True, progress=_DELETING)
def delete(ctx: IntentContext, kind: Kind, item: str) -> Outcome:
    """Delete a to-do, event (a whole series) or note."""
    return delete_named(ctx, kind, item)


INTENTS: list[Tool] = [
    add_todos,
    complete_todos,
    reopen_todo,
    update_todo,
    list_todos,
    add_event,
    update_event,
    list_events,
    add_note,
    append_to_note,
    find_notes,
    delete,
]


def intent_registry() -> ToolRegistry:
    return ToolRegistry.of(INTENTS)
