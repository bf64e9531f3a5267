"""Two-way CalDAV sync against a real Radicale: discovery, first sync, both directions,
deletions each way, one request per calendar when nothing changed, offline queueing."""

from __future__ import annotations

from typing import Any

import pytest
from caldav_servers import PASSWORD, USER, MemoryKeyring, Radicale, add

from assistant.clock import Clock
from assistant.store import Store
from assistant.sync import SyncError, accounts, remove_account, sync
from assistant.tools import default_registry
from assistant.tools.context import ToolContext


def vevent(uid: str, summary: str, start: str = "20261201T090000", extra: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261120T080000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:{start}\r\nDTEND;TZID=Europe/Berlin:{start[:-4]}1000\r\n"
        f"SUMMARY:{summary}\r\n{extra}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def titles(store: Store) -> list[str]:
    return sorted(r["title"] for r in store.query("SELECT title FROM events"))


def call(store: Store, clock: Clock, tool: str, **arguments: Any) -> Any:
    result = default_registry().call(ToolContext(store, clock), tool, arguments)
    assert result.ok, result.text
    return result.data


@pytest.fixture
def work(radicale: Radicale) -> Radicale:
    radicale.make_calendar("work", "Work")
    radicale.make_calendar("tasks", "Tasks", ["VTODO"])
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    radicale.put("work", "review.ics", vevent("review@phone", "Review", "20261202T140000"))
    return radicale


def test_adding_an_account_discovers_its_calendars_and_keeps_the_password_in_the_keychain(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    account = add(sync_store, work, clock)
    assert [(c.name, c.components) for c in account.calendars] == [
        ("Tasks", ("VTODO",)),
        ("Work", ("VEVENT", "VTODO")),
    ]
    assert [c.kinds for c in account.calendars] == [("todo",), ("event", "todo")]
    assert keychain.values == {("assistant", f"caldav:{USER}@{work.url}"): PASSWORD}
    # Nowhere in the database.
    for table in ("sync_accounts", "sync_calendars"):
        assert PASSWORD not in repr(sync_store.query(f"SELECT * FROM {table}"))


def test_a_wrong_password_stores_nothing(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    from assistant.sync import add_account

    with pytest.raises(SyncError, match=r"refused the user name or password \(401"):
        add_account(sync_store, "home", work.url, USER, "wrong", clock)
    assert accounts(sync_store) == []
    assert keychain.values == {}


def test_no_keychain_no_account(sync_store: Store, work: Radicale, clock: Clock) -> None:
    # The tests' default: ASSISTANT_KEYRING=file. A password never goes to that file.
    work.requests.clear()
    with pytest.raises(SyncError, match="never"):
        add(sync_store, work, clock)
    assert accounts(sync_store) == []
    assert work.requests == []  # refused before anything went out


def test_first_sync_brings_every_event(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    report = sync(sync_store, clock)
    assert report.ok, report.describe()
    assert titles(sync_store) == ["Review", "Standup"]
    work_report = next(c for c in report.calendars if c.calendar == "Work")
    assert work_report.pulled == {"created": 2, "changed": 0, "deleted": 0}
    assert "home/Work: from the server 2 created; to the server nothing" in report.describe()
    rows = sync_store.query("SELECT calendar_id, tzid, start FROM events ORDER BY start")
    assert {r["tzid"] for r in rows} == {"Europe/Berlin"}
    assert rows[0]["start"] == "2026-12-01T09:00:00"


def test_a_sync_that_finds_nothing_costs_one_request_per_calendar(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    sync(sync_store, clock)
    call(sync_store, clock, "add_event", title="Unrelated", start="tomorrow 9am")  # local only
    work.requests.clear()
    report = sync(sync_store, clock)
    assert report.ok
    assert len(work.requests) == 2  # two calendars
    assert sorted(p for _m, p in work.requests) == [f"/{USER}/tasks/", f"/{USER}/work/"]


def test_changes_on_the_server_arrive_incrementally(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    sync(sync_store, clock)
    work.put("work", "standup.ics", vevent("standup@phone", "Daily standup"))
    work.put("work", "lunch.ics", vevent("lunch@phone", "Lunch", "20261203T120000"))
    work.delete("work", "review.ics")
    work.requests.clear()
    report = sync(sync_store, clock)
    assert report.ok, report.describe()
    assert titles(sync_store) == ["Daily standup", "Lunch"]
    work_report = next(c for c in report.calendars if c.calendar == "Work")
    assert work_report.pulled == {"created": 1, "changed": 1, "deleted": 1}
    # One sync-collection REPORT, one multiget of the two changed, one REPORT for Tasks.
    assert [m for m, _p in work.requests] == ["REPORT", "REPORT", "REPORT"]


def test_changes_here_go_to_the_server(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    account = add(sync_store, work, clock)
    work_id = next(c.id for c in account.calendars if c.name == "Work")
    sync(sync_store, clock)
    standup = sync_store.query("SELECT id FROM events WHERE uid = 'standup@phone'")[0]["id"]
    review = sync_store.query("SELECT id FROM events WHERE uid = 'review@phone'")[0]["id"]
    call(sync_store, clock, "update_event", event_id=standup, title="Standup (moved)")
    call(sync_store, clock, "delete_event", event_id=review)
    new = call(sync_store, clock, "add_event", title="Planning", start="monday 10am")
    sync_store.db.execute("UPDATE events SET calendar_id = ? WHERE id = ?", [work_id, new["id"]])

    report = sync(sync_store, clock)
    work_report = next(c for c in report.calendars if c.calendar == "Work")
    assert work_report.pushed == {"created": 1, "changed": 1, "deleted": 1}, report.describe()
    files = work.files("work")
    assert "review.ics" not in files and "standup.ics" in files and len(files) == 2
    assert "SUMMARY:Standup (moved)" in (work.get("work", "standup.ics") or "")
    planning = next(f for f in files if f != "standup.ics")
    assert "SUMMARY:Planning" in (work.get("work", planning) or "")
    # And nothing is left to do: the next sync is one request per calendar.
    work.requests.clear()
    again = sync(sync_store, clock)
    assert again.ok and len(work.requests) == 2
    assert all(not any(c.pulled.values()) and not any(c.pushed.values()) for c in again.calendars)


def test_undo_of_an_edit_goes_out_as_another_change(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    sync(sync_store, clock)
    standup = sync_store.query("SELECT id FROM events WHERE uid = 'standup@phone'")[0]["id"]
    call(sync_store, clock, "update_event", event_id=standup, title="Renamed")
    sync(sync_store, clock)
    assert "SUMMARY:Renamed" in (work.get("work", "standup.ics") or "")
    sync_store.undo()
    sync(sync_store, clock)
    assert "SUMMARY:Standup\r\n" in (work.get("work", "standup.ics") or "").replace("\n", "\r\n")


def test_offline_changes_wait_for_the_server(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    sync(sync_store, clock)
    standup = sync_store.query("SELECT id FROM events WHERE uid = 'standup@phone'")[0]["id"]
    work.stop()
    call(sync_store, clock, "update_event", event_id=standup, title="Written offline")
    before = sync_store.query("SELECT * FROM events ORDER BY id")
    report = sync(sync_store, clock, timeout=5)
    assert not report.ok
    assert all("Cannot reach the server" in (c.error or "") for c in report.calendars)
    assert sync_store.query("SELECT * FROM events ORDER BY id") == before
    errors = sync_store.query("SELECT last_error FROM sync_calendars")
    assert all("Cannot reach" in r["last_error"] for r in errors)

    work.start()
    report = sync(sync_store, clock)
    assert report.ok, report.describe()
    assert "SUMMARY:Written offline" in (work.get("work", "standup.ics") or "")
    assert all(
        r["last_error"] is None for r in sync_store.query("SELECT last_error FROM sync_calendars")
    )


def test_without_sync_tokens_etags_find_the_changes(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    work.refuse_sync_collection = True
    add(sync_store, work, clock)
    assert sync(sync_store, clock).ok
    assert titles(sync_store) == ["Review", "Standup"]
    work.requests.clear()
    assert sync(sync_store, clock).ok
    assert [m for m, _p in work.requests] == ["PROPFIND", "PROPFIND"]  # one per calendar
    work.put("work", "standup.ics", vevent("standup@phone", "Standup v2"))
    work.delete("work", "review.ics")
    report = sync(sync_store, clock)
    assert report.ok, report.describe()
    assert titles(sync_store) == ["Standup v2"]


def test_removing_an_account_keeps_the_local_copies_unless_asked(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    sync(sync_store, clock)
    remove_account(sync_store, "home")
    assert accounts(sync_store) == [] and keychain.values == {}
    assert titles(sync_store) == ["Review", "Standup"]
    assert {r["calendar_id"] for r in sync_store.query("SELECT calendar_id FROM events")} == {None}
    assert sync_store.query("SELECT count(*) AS n FROM sync_items")[0]["n"] == 0
    assert len(work.files("work")) == 2  # the server keeps its copies too

    add(sync_store, work, clock, name="again")
    # The local copies are local now: the same UIDs are not taken over silently.
    report = sync(sync_store, clock)
    assert any("already in another calendar" in s for c in report.calendars for s in c.skipped)
    remove_account(sync_store, "again", delete_local=True)
    assert titles(sync_store) == ["Review", "Standup"]  # they were not in that account


def test_removing_with_delete_local_deletes_them(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    sync(sync_store, clock)
    _found, deleted = remove_account(sync_store, "home", delete_local=True)
    assert deleted == 2 and titles(sync_store) == []
    assert len(work.files("work")) == 2
