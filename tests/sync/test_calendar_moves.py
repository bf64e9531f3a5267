"""Moving an event to another calendar, against a real Radicale: after the move and one
sync it is on the new server calendar only, with what the app does not understand
(attendees, X- properties) kept, whichever of the two calendars syncs first."""

from __future__ import annotations

import pytest
from caldav_servers import MemoryKeyring, Radicale, add
from test_sync_flow import vevent

from assistant.clock import Clock
from assistant.store import Store
from assistant.sync import sync
from assistant.sync.calendars import resolve
from assistant.tools import default_registry
from assistant.tools.context import ToolContext
from assistant.tools.registry import ToolResult

EXTRA = "ATTENDEE;CN=Bob:mailto:bob@example.org\r\nX-PHONE-COLOUR:teal\r\n"
SERIES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\n"
    "BEGIN:VEVENT\r\nUID:yoga@phone\r\nDTSTAMP:20261120T080000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20261201T180000\r\nDTEND;TZID=Europe/Berlin:20261201T190000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Yoga\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:yoga@phone\r\nDTSTAMP:20261120T080000Z\r\n"
    "RECURRENCE-ID;TZID=Europe/Berlin:20261208T180000\r\n"
    "DTSTART;TZID=Europe/Berlin:20261208T190000\r\nDTEND;TZID=Europe/Berlin:20261208T200000\r\n"
    "SUMMARY:Yoga (late)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def run(store: Store, clock: Clock, tool: str, **arguments: object) -> ToolResult:
    return default_registry().call(ToolContext(store, clock), tool, arguments)


def event_id(store: Store, title: str) -> int:
    return int(store.query("SELECT id FROM events WHERE title = ?", [title])[0]["id"])


def on_server(server: Radicale, cal_id: str) -> str:
    return "".join(server.get(cal_id, name) or "" for name in server.files(cal_id))


@pytest.fixture
def server(radicale: Radicale, keychain: MemoryKeyring) -> Radicale:
    radicale.make_calendar("alpha", "Alpha", ["VEVENT"])
    radicale.make_calendar("beta", "Beta", ["VEVENT"])
    return radicale


@pytest.mark.parametrize(("source", "target"), [("alpha", "beta"), ("beta", "alpha")])
def test_a_moved_event_is_deleted_from_the_old_calendar_and_created_in_the_new(
    sync_store: Store, server: Radicale, clock: Clock, source: str, target: str
) -> None:
    server.put(source, "lunch.ics", vevent("lunch@phone", "Lunch", extra=EXTRA))
    server.put(source, "other.ics", vevent("other@phone", "Other", "20261203T090000"))
    add(sync_store, server, clock)
    assert sync(sync_store, clock).ok
    moved = run(sync_store, clock, "update_event", event_id=event_id(sync_store, "Lunch"),
                calendar=target)  # fmt: skip
    assert moved.ok, moved.text
    assert f"now in the calendar home/{target.title()}" in moved.text
    report = sync(sync_store, clock)
    assert report.ok, report
    assert server.files(source) == ["other.ics"]
    [name] = server.files(target)
    text = server.get(target, name) or ""
    assert "UID:lunch@phone" in text and "SUMMARY:Lunch" in text
    assert "X-PHONE-COLOUR:teal" in text and "mailto:bob@example.org" in text  # kept
    assert "lunch@phone" not in on_server(server, source)
    # A second sync has nothing left to do, and the status rows say where the item is.
    again = sync(sync_store, clock)
    assert again.ok and server.files(target) == [name] and server.files(source) == ["other.ics"]
    rows = sync_store.query(
        "SELECT c.url FROM sync_items i JOIN sync_calendars c ON c.id = i.calendar_id "
        "WHERE i.uid = 'lunch@phone'"
    )
    assert [r["url"] for r in rows] == [server.calendar_url(target)]
    [row] = sync_store.query("SELECT calendar_id FROM events WHERE uid = 'lunch@phone'")
    assert row["calendar_id"] == resolve(sync_store, target, "event").id


def test_a_series_moves_whole_and_undo_moves_it_back(
    sync_store: Store, server: Radicale, clock: Clock
) -> None:
    server.put("alpha", "yoga.ics", SERIES)
    add(sync_store, server, clock)
    assert sync(sync_store, clock).ok
    late = event_id(sync_store, "Yoga (late)")
    alone = run(sync_store, clock, "update_event", event_id=late, calendar="beta")
    assert not alone.ok and "only the whole series" in alone.text
    master = event_id(sync_store, "Yoga")
    one = run(sync_store, clock, "update_event", event_id=master, occurrence="2026-12-15",
              calendar="beta")  # fmt: skip
    assert not one.ok and "only the whole series" in one.text
    beta = resolve(sync_store, "beta", "event").id
    moved = run(sync_store, clock, "update_event", event_id=master, calendar="beta",
                location="Studio")  # fmt: skip
    assert moved.ok, moved.text
    rows = sync_store.query("SELECT calendar_id, location FROM events WHERE uid = 'yoga@phone'")
    assert [r["calendar_id"] for r in rows] == [beta, beta]
    assert sync(sync_store, clock).ok
    assert server.files("alpha") == []  # one item moved away is no mass deletion
    [name] = server.files("beta")
    text = server.get("beta", name) or ""
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20261208T180000" in text
    assert "LOCATION:Studio" in text and "SUMMARY:Yoga (late)" in text
    # Undo is one more change, which the next sync carries back.
    sync_store.undo(moved.action_id)
    rows = sync_store.query("SELECT calendar_id FROM events WHERE uid = 'yoga@phone'")
    assert {r["calendar_id"] for r in rows} == {resolve(sync_store, "alpha", "event").id}
    assert sync(sync_store, clock).ok
    assert server.files("beta") == [] and len(server.files("alpha")) == 1


def test_moving_every_event_to_the_local_calendar_deletes_them_there_only(
    sync_store: Store, server: Radicale, clock: Clock
) -> None:
    server.put("alpha", "a.ics", vevent("a@phone", "A"))
    server.put("alpha", "b.ics", vevent("b@phone", "B", "20261203T090000"))
    add(sync_store, server, clock)
    assert sync(sync_store, clock).ok
    for title in ("A", "B"):
        assert run(sync_store, clock, "update_event", event_id=event_id(sync_store, title),
                   calendar="local").ok  # fmt: skip
    same = run(sync_store, clock, "update_event", event_id=event_id(sync_store, "A"),
               calendar="local")  # fmt: skip
    assert not same.ok and "already in the calendar local" in same.text
    report = sync(sync_store, clock)  # moved, not lost: the mass-deletion guard stays quiet
    assert report.ok, report
    assert server.files("alpha") == []
    rows = sync_store.query("SELECT title, calendar_id FROM events ORDER BY title")
    assert [(r["title"], r["calendar_id"]) for r in rows] == [("A", None), ("B", None)]


def test_a_to_do_moves_between_task_lists_with_its_other_changes(
    sync_store: Store, server: Radicale, clock: Clock
) -> None:
    server.make_calendar("tasks", "Tasks", ["VTODO"])
    add(sync_store, server, clock)
    added = run(sync_store, clock, "add_todo", title="Expenses")
    todo_id = added.data["id"]
    same = run(sync_store, clock, "update_todo", todo_id=todo_id, calendar="local")
    assert not same.ok and "already in the calendar local" in same.text
    wrong = run(sync_store, clock, "update_todo", todo_id=todo_id, calendar="alpha")
    assert not wrong.ok and "does not sync to-dos" in wrong.text
    moved = run(sync_store, clock, "update_todo", todo_id=todo_id, calendar="tasks",
                priority="high")  # fmt: skip
    assert moved.ok and "now in the calendar home/Tasks" in moved.text
    [row] = sync_store.query("SELECT calendar_id, priority FROM todos")
    tasks = resolve(sync_store, "tasks", "todo").id
    assert (row["calendar_id"], row["priority"]) == (tasks, "high")
    assert sync(sync_store, clock).ok
    [name] = server.files("tasks")
    assert "PRIORITY:1" in (server.get("tasks", name) or "")
