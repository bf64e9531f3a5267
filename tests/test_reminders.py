"""Reminders due in a window, for to-dos and (recurring) events."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from assistant.clock import Clock
from assistant.reminders import Reminder, due_reminders, next_reminder_at, reminder_time
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext
from assistant.tools.reminders import dismiss_reminder, snooze_reminder, snooze_until

TOOLS = default_registry()


def call(ctx: ToolContext, name: str, **arguments: Any) -> Any:
    result = TOOLS.call(ctx, name, arguments)
    assert result.ok, result.text
    return result


def test_todo_and_event_reminders_in_a_window(ctx: ToolContext, store: Store, clock: Clock) -> None:
    call(ctx, "add_todo", title="Pay rent", due="today 18:00", reminder_minutes=30)
    call(ctx, "add_todo", title="Dated", due="tomorrow", reminder_minutes=60)  # 08:00 tomorrow
    call(ctx, "add_todo", title="No reminder", due="today 11:00")
    done = call(ctx, "add_todo", title="Done one", due="today 12:00", reminder_minutes=5).data
    call(ctx, "complete_todo", todo_id=done["id"])
    call(
        ctx,
        "add_event",
        title="Standup",
        start="monday 9:30",
        duration_minutes=15,
        repeat="every weekday",
        reminder_minutes=10,
    )

    day = due_reminders(store, clock, clock.now, clock.now + timedelta(days=1))
    assert [(r.kind, r.title, r.fire_at.strftime("%a %H:%M")) for r in day] == [
        ("todo", "Pay rent", "Fri 17:30"),
        ("todo", "Dated", "Sat 08:00"),
    ]
    week = due_reminders(store, clock, clock.now, clock.now + timedelta(days=7))
    standups = [r for r in week if r.title == "Standup"]
    assert [r.fire_at.strftime("%a %d %H:%M") for r in standups] == [
        "Mon 30 09:20",
        "Tue 01 09:20",
        "Wed 02 09:20",
        "Thu 03 09:20",
        "Fri 04 09:20",
    ]
    assert len({r.key for r in standups}) == 5  # one key per occurrence


def test_window_edges_are_half_open(ctx: ToolContext, store: Store, clock: Clock) -> None:
    call(ctx, "add_todo", title="Edge", due="today 12:00", reminder_minutes=60)
    fire = clock.now.replace(hour=11)
    assert [r.title for r in due_reminders(store, clock, fire, fire + timedelta(minutes=1))] == [
        "Edge"
    ]
    assert due_reminders(store, clock, fire - timedelta(minutes=1), fire) == []


def test_upcoming_reminders_tool(ctx: ToolContext) -> None:
    call(ctx, "add_todo", title="Pay rent", due="today 18:00", reminder_minutes=30)
    result = call(ctx, "upcoming_reminders")
    assert "Fri 2026-11-27 17:30" in result.text
    assert result.data[0]["fire_at"] == "2026-11-27T17:30:00+01:00"
    assert call(ctx, "upcoming_reminders", range="next week").data == []


def test_dst_change_keeps_wall_clock_reminders(store: Store) -> None:
    tz = Clock.from_options("2026-10-23T12:00", "Europe/Berlin").tz
    clock = Clock(datetime(2026, 10, 23, 12, 0, tzinfo=tz), tz)
    ctx = ToolContext(store, clock)
    call(
        ctx, "add_event", title="Gym", start="2026-10-24T07:00", repeat="daily", reminder_minutes=60
    )
    found = due_reminders(store, clock, clock.now, clock.now + timedelta(days=3))
    # 06:00 local on both sides of the 25 October fall-back.
    assert [r.fire_at.strftime("%d %H:%M %Z") for r in found] == [
        "24 06:00 CEST",
        "25 06:00 CET",
        "26 06:00 CET",
    ]


def stored_minutes(store: Store, todo_id: int) -> int | None:
    row = store.get("todos", todo_id)
    assert row is not None
    return row["reminder_minutes"]


def test_a_reminder_set_later_goes_off_and_a_cleared_one_does_not(
    ctx: ToolContext, store: Store, clock: Clock
) -> None:
    """The to-do dialog sets a reminder with update_todo and clears it with -1."""
    todo = call(ctx, "add_todo", title="Pay rent", due="today 18:00").data
    day = (clock.now, clock.now + timedelta(days=1))
    assert due_reminders(store, clock, *day) == []

    call(ctx, "update_todo", todo_id=todo["id"], reminder_minutes=45)
    found = due_reminders(store, clock, *day)
    assert [(r.kind, r.item_id, r.fire_at.strftime("%a %H:%M")) for r in found] == [
        ("todo", todo["id"], "Fri 17:15")
    ]
    fire = found[0].fire_at
    assert [r.title for r in due_reminders(store, clock, fire, fire + timedelta(minutes=1))] == [
        "Pay rent"
    ]

    cleared = call(ctx, "update_todo", todo_id=todo["id"], reminder_minutes=-1)
    assert cleared.data["reminder_minutes"] is None
    assert stored_minutes(store, todo["id"]) is None
    assert due_reminders(store, clock, *day) == []


def test_reminder_minutes_out_of_range_are_refused(ctx: ToolContext, store: Store) -> None:
    todo = call(ctx, "add_todo", title="Pay rent", due="today 18:00", reminder_minutes=30).data
    result = TOOLS.call(ctx, "update_todo", {"todo_id": todo["id"], "reminder_minutes": -5})
    assert not result.ok and "reminder_minutes" in result.text
    assert stored_minutes(store, todo["id"]) == 30


def test_reminder_time_counts_a_bare_date_from_nine(clock: Clock) -> None:
    assert reminder_time(date(2026, 11, 28), 30, clock.tz).strftime("%d %H:%M") == "28 08:30"
    due = clock.now.replace(hour=18)
    assert reminder_time(due, 0, clock.tz) == due


# -- snoozes --------------------------------------------------------------------


def _fired(ctx: ToolContext, store: Store, clock: Clock, title: str) -> Reminder:
    found = due_reminders(
        store, clock, clock.now - timedelta(days=1), clock.now + timedelta(days=2)
    )
    return next(r for r in found if r.title == title)


def test_a_snooze_fires_again_later_survives_reopening_and_undoes(
    ctx: ToolContext, store: Store, clock: Clock, tmp_path: Path
) -> None:
    call(ctx, "add_event", title="Dentist", start="today 10:15", reminder_minutes=15)
    reminder = _fired(ctx, store, clock, "Dentist")  # went off at 10:00
    until = snooze_until("5min", clock)
    change = snooze_reminder(store, reminder, until)
    assert change.action_id is not None and change.changes.touches("reminder_snoozes")

    store.close()
    reopened = Store.open(tmp_path / "store.db")
    try:
        window = due_reminders(
            reopened, clock, clock.now + timedelta(minutes=1), clock.now + timedelta(hours=1)
        )
        assert [(r.title, r.fire_at.strftime("%H:%M"), r.origin) for r in window] == [
            ("Dentist", "10:05", reminder.key)
        ]
        assert window[0].key != reminder.key  # shown anew, not taken for the first one
        assert (
            next_reminder_at(reopened, clock, clock.now + timedelta(minutes=1), timedelta(hours=1))
            == until
        )
        # Snoozing the snooze moves the one stored time.
        snooze_reminder(reopened, window[0], snooze_until("1h", clock))
        assert reopened.query("SELECT count(*) AS n FROM reminder_snoozes")[0]["n"] == 1
        reopened.undo()
        reopened.undo()
        assert reopened.query("SELECT count(*) AS n FROM reminder_snoozes")[0]["n"] == 0
    finally:
        reopened.close()


def test_a_done_todo_or_dismissed_event_has_no_snooze_left(
    ctx: ToolContext, store: Store, clock: Clock
) -> None:
    todo = call(ctx, "add_todo", title="Call Ana", due="today 10:30", reminder_minutes=30).data
    call(ctx, "add_event", title="Standup", start="today 10:10", reminder_minutes=10)
    for title in ("Call Ana", "Standup"):
        snooze_reminder(store, _fired(ctx, store, clock, title), snooze_until("1h", clock))
    later = clock.now + timedelta(minutes=59), clock.now + timedelta(minutes=61)
    assert {r.title for r in due_reminders(store, clock, *later)} == {"Call Ana", "Standup"}

    call(ctx, "complete_todo", todo_id=todo["id"])
    dismissed = dismiss_reminder(store, _fired(ctx, store, clock, "Standup"))
    assert dismissed.action_id is not None
    assert due_reminders(store, clock, *later) == []
    store.undo()  # the dismissal
    assert [r.title for r in due_reminders(store, clock, *later)] == ["Standup"]


def test_snooze_until_tomorrow_is_nine_in_the_morning(clock: Clock) -> None:
    until = snooze_until("tomorrow", clock)
    assert until.astimezone(clock.tz).strftime("%a %d %H:%M") == "Sat 28 09:00"
    assert snooze_until("1h", clock) - clock.now == timedelta(hours=1)


def test_a_snooze_reads_its_title_from_the_item_and_goes_with_it(
    ctx: ToolContext, store: Store, clock: Clock
) -> None:
    todo = call(ctx, "add_todo", title="Call Ana", due="today 10:30", reminder_minutes=30).data
    snooze_reminder(store, _fired(ctx, store, clock, "Call Ana"), snooze_until("1h", clock))
    later = clock.now + timedelta(minutes=59), clock.now + timedelta(minutes=61)
    call(ctx, "update_todo", todo_id=todo["id"], title="Call Ana back")
    assert [r.title for r in due_reminders(store, clock, *later)] == ["Call Ana back"]
    call(ctx, "delete_todo", todo_id=todo["id"])
    assert due_reminders(store, clock, *later) == []
