"""What a change to an item carries: each changed field before and after (issue 14, defect 3).

The real tools on a real SQLite file, called through the registry as the
agent calls them; the values are what the window words on the action card.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from assistant.agent.act import IntentContext
from assistant.agent.loop import Agent, ApprovalRequest, TurnResult
from assistant.models.base import ScriptedModel
from assistant.models.formats import Llama3Pythonic, ToolCall
from assistant.operation import FieldChange, field_changes
from assistant.tools import default_registry
from assistant.tools.context import ToolContext
from assistant.tools.registry import ToolResult

BERLIN = ZoneInfo("Europe/Berlin")
TOOLS = default_registry()


def call(ctx: ToolContext, name: str, **args: Any) -> ToolResult:
    result = TOOLS.call(ctx, name, args)
    assert result.ok, result.text
    return result


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=BERLIN)


def by_name(result: ToolResult) -> dict[str, FieldChange]:
    return {e.name: e for e in result.edits}


def dentist(ctx: ToolContext) -> int:
    added = call(ctx, "add_event", title="Dentist", start="2026-12-02T10:00", end="11:00")
    assert not added.edits  # a new item has no "before"
    return int(added.data["id"])


def test_moving_an_event_carries_start_and_end_before_and_after(ctx: ToolContext) -> None:
    event_id = dentist(ctx)
    moved = call(ctx, "update_event", event_id=event_id, start="2026-12-03T10:00")
    assert moved.edits == (
        FieldChange("start", at(2, 10), at(3, 10)),
        FieldChange("end", at(2, 11), at(3, 11)),
    )
    assert all(e.before.tzinfo is not None for e in moved.edits)  # type: ignore[union-attr]


def test_a_field_nobody_asked_for_is_in_the_edits(ctx: ToolContext) -> None:
    event_id = dentist(ctx)
    moved = call(
        ctx,
        "update_event",
        event_id=event_id,
        start="2026-12-03T10:00",
        location="Yoga Studio",
        description="Bring the card",
    )
    edits = by_name(moved)
    assert edits["location"] == FieldChange("location", "", "Yoga Studio")
    assert edits["description"] == FieldChange("description", "", "Bring the card")
    assert [e.name for e in moved.edits] == ["start", "end", "location", "description"]


def test_an_unchanged_value_passed_again_is_no_edit(ctx: ToolContext) -> None:
    event_id = dentist(ctx)
    renamed = call(ctx, "update_event", event_id=event_id, title="Dentist", location="Main St")
    assert renamed.edits == (FieldChange("location", "", "Main St"),)


def test_all_day_repeat_and_reminder_are_shown_as_people_read_them(ctx: ToolContext) -> None:
    event_id = dentist(ctx)
    changed = call(
        ctx,
        "update_event",
        event_id=event_id,
        all_day=True,
        repeat="every wednesday",
        reminder_minutes=30,
    )
    edits = by_name(changed)
    # An all-day event ends on its last day, not on DTEND's day after.
    assert edits["start"] == FieldChange("start", at(2, 10), date(2026, 12, 2))
    assert edits["end"] == FieldChange("end", at(2, 11), date(2026, 12, 2))
    assert edits["repeat"].before is None and edits["repeat"].after == "every Wednesday"
    assert edits["reminder_minutes"] == FieldChange("reminder_minutes", None, 30)


def test_one_occurrence_of_a_series_carries_that_occurrence_before(ctx: ToolContext) -> None:
    added = call(
        ctx, "add_event", title="Standup", start="2026-12-01T09:00", end="09:15", repeat="daily"
    )
    moved = call(
        ctx,
        "update_event",
        event_id=added.data["id"],
        occurrence="2026-12-03",
        start="2026-12-03T11:00",
    )
    assert by_name(moved)["start"] == FieldChange("start", at(3, 9), at(3, 11))
    assert by_name(moved)["end"] == FieldChange("end", at(3, 9, 15), at(3, 11, 15))


def test_to_do_changes_carry_due_priority_tags_and_done(ctx: ToolContext) -> None:
    todo_id = call(ctx, "add_todo", title="Pay rent", due="2026-12-01").data["id"]
    changed = call(
        ctx, "update_todo", todo_id=todo_id, due="2026-12-04T15:00", priority="high", tags=["home"]
    )
    assert changed.edits == (
        FieldChange("due", date(2026, 12, 1), at(4, 15)),
        FieldChange("priority", "normal", "high"),
        FieldChange("tags", (), ("home",)),
    )
    done = call(ctx, "complete_todo", todo_id=todo_id)
    assert done.edits == (FieldChange("done", False, True),)
    again = TOOLS.call(ctx, "complete_todo", {"todo_id": todo_id})
    assert again.ok and again.edits == ()  # already done: nothing changed


def test_note_changes_carry_title_body_and_tags(ctx: ToolContext) -> None:
    note_id = call(ctx, "create_note", title="Groceries", body="milk").data["id"]
    appended = call(ctx, "append_to_note", note_id=note_id, text="eggs")
    assert appended.edits == (FieldChange("body", "milk", "milk\n\neggs"),)
    tagged = call(ctx, "tag_note", note_id=note_id, tags=["shop"])
    assert tagged.edits == (FieldChange("tags", (), ("shop",)),)


def test_edits_go_out_as_json_with_iso_values(ctx: ToolContext) -> None:
    event_id = dentist(ctx)
    moved = call(ctx, "update_event", event_id=event_id, start="2026-12-03T10:00")
    assert moved.to_json()["edits"][0] == {
        "field": "start",
        "before": "2026-12-02T10:00:00+01:00",
        "after": "2026-12-03T10:00:00+01:00",
    }
    added = call(ctx, "add_todo", title="Milk")
    assert "edits" not in added.to_json()


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ({"location": ""}, {"location": None}, ()),
        ({"location": None}, {"location": "Hall"}, (FieldChange("location", None, "Hall"),)),
        ({"a": 1}, {"a": 1, "b": 2}, (FieldChange("b", None, 2),)),
        (
            {"start": date(2026, 12, 2)},
            {"start": datetime(2026, 12, 2, tzinfo=BERLIN)},
            (FieldChange("start", date(2026, 12, 2), datetime(2026, 12, 2, tzinfo=BERLIN)),),
        ),
        ({"tags": ("a", "b")}, {"tags": ("a", "b")}, ()),
    ],
)
def test_field_changes(
    before: dict[str, Any], after: dict[str, Any], expected: tuple[FieldChange, ...]
) -> None:
    assert field_changes(before, after) == expected


# -- "Ask before changes" in the agent --------------------------------------------


def turn(
    ctx: ToolContext, text: str, name: str, approve: Callable[[ApprovalRequest], bool], **args: Any
) -> TurnResult:
    """One turn in which the scripted model calls the intent ``name``, changes asked about."""
    fmt = Llama3Pythonic()
    call_text = fmt.render_call(ToolCall(name, args))
    model = ScriptedModel([call_text, call_text[len(fmt.call_style.prefix) :]])
    return Agent(model, fmt, TOOLS).run_turn(
        text,
        [],
        store=ctx.store,
        clock=ctx.clock,
        emit=lambda event: None,
        approve=approve,
        cancel=threading.Event(),
        ask_changes=True,
    )


def test_ask_changes_makes_an_update_wait_and_a_refusal_changes_nothing(ctx: ToolContext) -> None:
    event_id = dentist(ctx)
    asked: list[ApprovalRequest] = []

    def refuse(request: ApprovalRequest) -> bool:
        asked.append(request)
        return False

    heard: list[object] = []
    ctx.store.listen(heard.append)
    result = turn(
        ctx, "move the dentist to Thursday", "update_event", refuse, item="dentist", when="Thursday"
    )
    assert heard == []  # the trial run told no listener (a sync) about a change
    assert [r.tool.name for r in asked] == ["update_event"]
    assert "'Dentist'" in asked[0].description
    # The question says what would change; trying it out left nothing behind.
    assert [(e.name, e.before, e.after) for e in asked[0].edits] == [
        ("start", at(2, 10), at(3, 10)),
        ("end", at(2, 11), at(3, 11)),
    ]
    assert [a.tool for a in ctx.store.journal.recent()] == ["add_event"]
    row = ctx.store.get("events", event_id)
    assert row is not None and row["start"].startswith("2026-12-02T10:00")
    assert result.answer == "OK, I made no changes."


def test_approved_check_offs_are_one_undo_step(ctx: ToolContext) -> None:
    for title in ("Buy milk", "Buy eggs"):
        call(ctx, "add_todo", title=title)
    asked: list[ApprovalRequest] = []

    def approve(request: ApprovalRequest) -> bool:
        asked.append(request)
        return True

    turn(ctx, "milk and eggs are done", "complete_todos", approve, items=["milk", "eggs"])
    assert [[(e.name, e.before, e.after) for e in r.edits] for r in asked] == [
        [("done", False, True)],
        [("done", False, True)],
    ]
    assert [r["done"] for r in ctx.store.query("SELECT done FROM todos ORDER BY id")] == [1, 1]
    ctx.store.undo()  # both check-offs, nothing the trials wrote
    assert [r["done"] for r in ctx.store.query("SELECT done FROM todos ORDER BY id")] == [0, 0]
    assert [a.tool for a in ctx.store.journal.recent()][1:] == ["add_todo", "add_todo"]


def test_a_change_that_would_fail_asks_nothing(ctx: ToolContext) -> None:
    event_id = dentist(ctx)
    asked: list[ApprovalRequest] = []
    turn_ctx = IntentContext(
        ctx.store, ctx.clock, tools=TOOLS, ask_changes=True, ask=lambda *a: bool(asked.append(a))
    )
    failed = turn_ctx.run("update_event", {"event_id": event_id, "start": "blorfday"})
    assert not failed.ok and asked == []


def test_a_trial_takes_back_its_writes_and_its_journal_entry(ctx: ToolContext) -> None:
    todo_id = call(ctx, "add_todo", title="Pay rent").data["id"]
    heard: list[object] = []
    ctx.store.listen(heard.append)
    with ctx.store.watch() as watch, ctx.store.trial():
        tried = call(ctx, "update_todo", todo_id=todo_id, title="Pay the rent")
        assert tried.edits == (FieldChange("title", "Pay rent", "Pay the rent"),)
    assert ctx.store.get("todos", todo_id)["title"] == "Pay rent"  # type: ignore[index]
    assert [a.tool for a in ctx.store.journal.recent()] == ["add_todo"]
    assert heard == [] and not watch.changes
    with pytest.raises(ValueError), ctx.store.trial():
        raise ValueError("passes through")
    # The store writes as before afterwards, journal and listeners included.
    call(ctx, "update_todo", todo_id=todo_id, title="Pay the rent")
    assert len(heard) == 1 and ctx.store.journal.recent()[0].tool == "update_todo"


@pytest.mark.parametrize(
    ("tool", "ask_changes", "exposed", "asks"),
    [
        ("update_event", False, "", False),
        ("update_event", True, "", True),
        ("complete_todo", True, "", True),
        ("append_to_note", True, "", True),
        ("add_todo", True, "", False),  # a new item is no change to one
        ("list_todos", True, "", False),
        ("add_todo", False, "your message contains pasted text", True),
        ("delete_todo", False, "", True),
    ],
)
def test_which_calls_wait_for_approval(
    ctx: ToolContext, tool: str, ask_changes: bool, exposed: str, asks: bool
) -> None:
    turn = IntentContext(
        ctx.store, ctx.clock, tools=TOOLS, ask_changes=ask_changes, exposed=exposed
    )
    assert turn.needs_approval(TOOLS.get(tool)) is asks
