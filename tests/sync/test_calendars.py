"""Which calendar new events and to-dos go to: the default (local unless chosen) or the
one named ("put it in my work calendar"), against a real Radicale."""

from __future__ import annotations

import pytest
from caldav_servers import MemoryKeyring, Radicale, add
from feed_server import FeedServer
from test_agent_intents import run as agent_run
from test_sync_flow import vevent

from assistant.clock import Clock
from assistant.errors import InvalidInput
from assistant.store import Store
from assistant.sync import remove_account, sync
from assistant.sync.calendars import default_target, resolve, set_default, targets
from assistant.sync.subscriptions import add_subscription
from assistant.tools import default_registry
from assistant.tools.context import ToolContext
from assistant.tools.registry import ToolResult


@pytest.fixture
def server(radicale: Radicale) -> Radicale:
    radicale.make_calendar("work", "Work", ["VEVENT", "VTODO"])
    radicale.make_calendar("tasks", "Tasks", ["VTODO"])
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    return radicale


def run(store: Store, clock: Clock, tool: str, **arguments: object) -> ToolResult:
    return default_registry().call(ToolContext(store, clock), tool, arguments)


def calendar_of(store: Store, table: str, title: str) -> int | None:
    rows = store.query(f"SELECT calendar_id FROM {table} WHERE title = ?", [title])
    return rows[0]["calendar_id"]


def test_new_items_are_local_by_default_and_go_where_named(
    sync_store: Store, server: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, server, clock)
    assert [t.label for t in targets(sync_store)] == ["local", "home/Tasks", "home/Work"]
    assert default_target(sync_store).id is None
    local = run(sync_store, clock, "add_event", title="Local", start="2026-12-04 15:00")
    assert local.ok and "in the calendar" not in local.text
    assert calendar_of(sync_store, "events", "Local") is None
    named = run(
        sync_store, clock, "add_event", title="Demo", start="2026-12-04 16:00",
        calendar="my work calendar".removeprefix("my "),
    )  # fmt: skip
    assert named.ok and "(in the calendar home/Work)" in named.text
    work_id = resolve(sync_store, "Work", "event").id
    assert calendar_of(sync_store, "events", "Demo") == work_id
    todo = run(sync_store, clock, "add_todo", title="Expenses", calendar="tasks")
    assert (
        todo.ok
        and calendar_of(sync_store, "todos", "Expenses")
        == resolve(sync_store, "home/Tasks", "todo").id
    )
    report = sync(sync_store, clock)
    assert report.ok and len(server.files("work")) == 2 and len(server.files("tasks")) == 1


def test_the_default_calendar_takes_new_items_until_its_account_goes(
    sync_store: Store, server: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, server, clock)
    assert set_default(sync_store, "Work").label == "home/Work"
    run(sync_store, clock, "add_event", title="Demo", start="2026-12-04 16:00")
    run(sync_store, clock, "add_todo", title="Expenses")
    work_id = resolve(sync_store, "work", "event").id
    assert calendar_of(sync_store, "events", "Demo") == work_id
    assert calendar_of(sync_store, "todos", "Expenses") == work_id
    set_default(sync_store, "Tasks")  # to-dos only: events go to the local calendar
    run(sync_store, clock, "add_event", title="Later", start="2026-12-05 16:00")
    assert calendar_of(sync_store, "events", "Later") is None
    remove_account(sync_store, "home")
    assert default_target(sync_store).id is None
    set_default(sync_store, "local")


def test_unknown_wrong_kind_and_read_only_names_are_clear_errors(
    sync_store: Store, server: Radicale, feed: FeedServer, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, server, clock)
    add_subscription(sync_store, clock, "Holidays", feed.url)
    before = sync_store.query("SELECT count(*) AS n FROM events")
    for name, message in (
        ("Gym", "There is no calendar named 'Gym' for events (calendars: local, home/Work)"),
        ("tasks", "The calendar 'home/Tasks' does not sync events"),
        ("holidays", "'holidays' is a subscription, which is read-only"),
    ):
        result = run(
            sync_store, clock, "add_event", title="X", start="2026-12-04 15:00", calendar=name
        )
        assert not result.ok and message in result.text, result.text
    assert sync_store.query("SELECT count(*) AS n FROM events") == before
    with pytest.raises(InvalidInput, match="subscription"):
        set_default(sync_store, "Holidays")


def test_the_assistant_puts_an_item_in_the_calendar_the_message_names(
    sync_store: Store, server: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, server, clock)
    work = resolve(sync_store, "Work", "event").id
    tasks = resolve(sync_store, "Tasks", "todo").id
    # The model is given no calendar argument: code reads the name from the words.
    agent_run(sync_store, clock, "put the demo on Friday at 4pm in my work calendar",
              "add_event", title="Demo", when="Friday at 4pm")  # fmt: skip
    agent_run(sync_store, clock, "add expenses to my Tasks list", "add_todos",
              items=["Expenses"])  # fmt: skip
    agent_run(sync_store, clock, "lunch with Ana on Tuesday at 1", "add_event",
              title="Lunch with Ana", when="Tuesday at 1")  # fmt: skip
    assert calendar_of(sync_store, "events", "Demo") == work
    assert calendar_of(sync_store, "todos", "Expenses") == tasks
    assert calendar_of(sync_store, "events", "Lunch with Ana") is None  # no name: the default
