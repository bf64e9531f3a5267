"""Subscriptions (issue 12 §2) against a real HTTP server on 127.0.0.1: validators and
304s, a changed feed, broken feeds, read-only events, removal with one Undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from feed_server import FeedServer, vcalendar, vevent

from assistant.app import Assistant
from assistant.clock import Clock
from assistant.ical.ics_import import import_ics
from assistant.store import Store
from assistant.sync import SyncError
from assistant.sync.subscriptions import (
    add_subscription,
    refresh,
    remove_subscription,
    subscriptions,
)
from assistant.tools import default_registry
from assistant.tools.context import ToolContext


def titles(store: Store) -> list[str]:
    return sorted(r["title"] for r in store.query("SELECT title FROM events"))


def snapshot(store: Store) -> list[dict]:
    return store.query("SELECT * FROM events ORDER BY id")


def test_subscribing_by_webcal_stores_a_coloured_calendar_and_its_events(
    sync_store: Store, feed: FeedServer, clock: Clock
) -> None:
    report = add_subscription(sync_store, clock, "Holidays", feed.webcal)
    assert (report.added, report.error) == (3, None)
    [sub] = subscriptions(sync_store)
    assert (sub.name, sub.url, sub.events) == ("Holidays", feed.url, 3)
    assert sub.color is not None and sub.color.startswith("#")
    assert sub.etag == feed.etag and sub.modified == feed.modified
    rows = sync_store.query("SELECT DISTINCT calendar_id FROM events")
    assert rows == [{"calendar_id": sub.id}]
    assert titles(sync_store) == ["Boxing Day", "Christmas Day", "New Year's Day"]
    assert [r.status for r in feed.requests] == [200]


def test_a_refresh_of_an_unchanged_feed_is_one_304_and_changes_nothing(
    sync_store: Store, feed: FeedServer, clock: Clock
) -> None:
    add_subscription(sync_store, clock, "Holidays", feed.url)
    before = snapshot(sync_store)
    [report] = refresh(sync_store, clock)
    assert report.unchanged and report.describe() == "Holidays: unchanged"
    last = feed.requests[-1]
    assert (last.status, last.sent_bytes) == (304, 0)
    assert last.if_none_match == feed.etag and last.if_modified_since == feed.modified
    assert len(feed.requests) == 2
    assert snapshot(sync_store) == before


def test_a_changed_feed_is_reflected_added_changed_and_removed(
    sync_store: Store, feed: FeedServer, clock: Clock
) -> None:
    add_subscription(sync_store, clock, "Holidays", feed.url)
    feed.publish(
        vcalendar(
            vevent("xmas@feed", "Christmas"),  # renamed
            vevent("newyear@feed", "New Year's Day", "20270101"),
            vevent("epiphany@feed", "Epiphany", "20270106"),  # new; Boxing Day gone
        ),
        modified=1_800_000_000,
    )
    [report] = refresh(sync_store, clock, "holidays")
    assert (report.added, report.changed, report.removed) == (1, 1, 1)
    assert titles(sync_store) == ["Christmas", "Epiphany", "New Year's Day"]
    assert feed.requests[-1].status == 200
    [sub] = subscriptions(sync_store)
    assert sub.etag == feed.etag and sub.modified == feed.modified
    # Not the user's action: the next Undo takes back the subscribing, not the refresh.
    assert sync_store.next_undo() is not None
    assert sync_store.next_undo().label == "Subscribe to Holidays"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (404, None, "There is no calendar at"),
        (500, None, "server error (500)"),
        (200, "<html>this is a web page, not a calendar</html>", "does not give a calendar"),
    ],
)
def test_a_failing_feed_says_why_changes_nothing_and_the_next_refresh_recovers(
    sync_store: Store, feed: FeedServer, clock: Clock, status: int, body: str | None, message: str
) -> None:
    add_subscription(sync_store, clock, "Holidays", feed.url)
    before = snapshot(sync_store)
    good = feed.body
    feed.status = status
    if body is not None:
        feed.publish(body, modified=1_800_000_000)
    [report] = refresh(sync_store, clock)
    assert report.error is not None and message in report.error
    assert snapshot(sync_store) == before
    assert message in (subscriptions(sync_store)[0].last_error or "")
    feed.status = 200
    feed.publish(good.decode(), modified=1_800_000_100)
    [report] = refresh(sync_store, clock)
    assert report.error is None and subscriptions(sync_store)[0].last_error is None


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://127.0.0.1/cal.ics", "is not a calendar address"),
        ("not a url", "is not a calendar address"),
    ],
)
def test_a_bad_address_is_refused_before_any_request(
    sync_store: Store, clock: Clock, url: str, message: str
) -> None:
    with pytest.raises(SyncError, match=message):
        add_subscription(sync_store, clock, "Holidays", url)
    assert subscriptions(sync_store) == []


@pytest.mark.parametrize("status", [404, 200])
def test_subscribing_to_a_broken_feed_stores_nothing(
    sync_store: Store, feed: FeedServer, clock: Clock, status: int
) -> None:
    feed.status = status
    feed.publish("garbage \x00\x01 not ical", modified=1_800_000_000)
    with pytest.raises(SyncError) as caught:
        add_subscription(sync_store, clock, "Holidays", feed.url)
    assert feed.url in str(caught.value)
    assert subscriptions(sync_store) == [] and titles(sync_store) == []
    assert sync_store.next_undo() is None


def test_an_unreachable_server_is_named(sync_store: Store, clock: Clock, feed: FeedServer) -> None:
    url = feed.url
    feed.close()
    with pytest.raises(SyncError, match=r"refused the connection|cannot be reached"):
        add_subscription(sync_store, clock, "Holidays", url, timeout=5)


def test_names_and_colours_are_checked(sync_store: Store, feed: FeedServer, clock: Clock) -> None:
    add_subscription(sync_store, clock, "Holidays", feed.url, color="#112233")
    assert subscriptions(sync_store)[0].color == "#112233"
    with pytest.raises(SyncError, match="already a subscription named"):
        add_subscription(sync_store, clock, "holidays", feed.url + "?x")
    with pytest.raises(SyncError, match="already subscribed"):
        add_subscription(sync_store, clock, "Other", feed.url)
    with pytest.raises(SyncError, match="not a colour"):
        add_subscription(sync_store, clock, "Other", feed.url + "?y", color="red")
    with pytest.raises(SyncError, match="no subscription named 'nope'"):
        refresh(sync_store, clock, "nope")


def _event_id(store: Store, title: str) -> int:
    return int(store.query("SELECT id FROM events WHERE title = ?", [title])[0]["id"])


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("update_event", {"title": "Mine now"}),
        ("update_event", {"start": "2026-12-24"}),
        ("delete_event", {}),
    ],
)
def test_a_subscribed_event_cannot_be_changed_by_the_tools(
    sync_store: Store, feed: FeedServer, clock: Clock, tool: str, arguments: dict
) -> None:
    add_subscription(sync_store, clock, "Holidays", feed.url)
    before = snapshot(sync_store)
    event_id = _event_id(sync_store, "Christmas Day")
    result = default_registry().call(
        ToolContext(sync_store, clock), tool, {"event_id": event_id, **arguments}
    )
    assert not result.ok
    assert "subscription 'Holidays', which is read-only" in result.text
    assert snapshot(sync_store) == before


def test_the_app_core_refuses_too_and_local_events_stay_editable(
    tmp_path: Path, feed: FeedServer
) -> None:
    with Assistant.open(tmp_path / "data", now="2026-11-27T10:00", tz="Europe/Berlin") as app:
        add_subscription(app.store, app.clock(), "Holidays", feed.url)
        event_id = _event_id(app.store, "Boxing Day")
        refused = app.run_tool("delete_event", {"event_id": event_id})
        assert not refused.ok and "read-only" in refused.text
        added = app.run_tool("add_event", {"title": "Dinner", "start": "2026-12-26 19:00"})
        assert added.ok
        changed = app.run_tool("update_event", {"event_id": added.data["id"], "title": "Supper"})
        assert changed.ok


def test_an_import_does_not_overwrite_a_subscribed_event(
    sync_store: Store, feed: FeedServer, clock: Clock
) -> None:
    add_subscription(sync_store, clock, "Holidays", feed.url)
    data = vcalendar(vevent("xmas@feed", "My Christmas"), vevent("mine@me", "Mine")).encode()
    report = import_ics(sync_store, data, clock, source_name="mine.ics")
    assert "Christmas Day" in titles(sync_store) and "My Christmas" not in titles(sync_store)
    assert any("from a subscription, which is read-only" in s for s in report.skipped)
    assert "Mine" in titles(sync_store)


def test_a_feed_event_whose_uid_is_taken_here_is_skipped_and_named(
    sync_store: Store, feed: FeedServer, clock: Clock
) -> None:
    import_ics(sync_store, vcalendar(vevent("xmas@feed", "Mine")).encode(), clock, source_name="a")
    report = add_subscription(sync_store, clock, "Holidays", feed.url)
    assert report.added == 2
    assert any("already here in another calendar" in s for s in report.skipped)
    assert titles(sync_store) == ["Boxing Day", "Mine", "New Year's Day"]


def test_removing_takes_everything_it_brought_and_one_undo_brings_it_back(
    sync_store: Store, feed: FeedServer, clock: Clock
) -> None:
    sync_store.db.execute("SELECT 1")
    import_ics(sync_store, vcalendar(vevent("mine@me", "Mine")).encode(), clock, source_name="a")
    add_subscription(sync_store, clock, "Holidays", feed.url)
    before = snapshot(sync_store)
    found, count = remove_subscription(sync_store, "HOLIDAYS")
    assert (found.name, count) == ("Holidays", 3)
    assert titles(sync_store) == ["Mine"] and subscriptions(sync_store) == []
    result = sync_store.undo()
    assert result.label == "Remove the subscription Holidays"
    assert snapshot(sync_store) == before
    [report] = refresh(sync_store, clock)  # it works as before: nothing new upstream
    assert report.unchanged


def test_a_series_with_an_override_and_todos_in_a_feed(
    sync_store: Store, feed: FeedServer, clock: Clock
) -> None:
    series = (
        "BEGIN:VEVENT\r\nUID:club@feed\r\nDTSTAMP:20261101T000000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20261202T190000\r\nDURATION:PT2H\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:Club night\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:club@feed\r\nDTSTAMP:20261101T000000Z\r\n"
        "RECURRENCE-ID;TZID=Europe/Berlin:20261209T190000\r\n"
        "DTSTART;TZID=Europe/Berlin:20261209T200000\r\nDURATION:PT2H\r\n"
        "SUMMARY:Club night (late)\r\nEND:VEVENT\r\n"
        "BEGIN:VTODO\r\nUID:todo@feed\r\nSUMMARY:Buy tickets\r\nEND:VTODO\r\n"
    )
    feed.publish(vcalendar(series), modified=1_800_000_000)
    report = add_subscription(sync_store, clock, "Club", feed.url)
    assert report.added == 2
    assert any("shows only events" in s for s in report.skipped)
    assert sync_store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 0
    override = _event_id(sync_store, "Club night (late)")
    result = default_registry().call(
        ToolContext(sync_store, clock), "delete_event", {"event_id": override}
    )
    assert not result.ok and "read-only" in result.text
    feed.publish(vcalendar(vevent("other@feed", "Other")), modified=1_800_000_100)
    [again] = refresh(sync_store, clock)
    assert (again.added, again.removed) == (1, 2)
    assert titles(sync_store) == ["Other"]
