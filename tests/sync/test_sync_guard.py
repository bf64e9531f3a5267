"""The mass-deletion guard against a real Radicale: a sync that would delete every item of
a calendar on one side is refused, changing nothing, until forced."""

from __future__ import annotations

import io

import pytest
from caldav_servers import PASSWORD, USER, MemoryKeyring, Radicale, add
from helpers import run_cli
from test_sync_flow import call, titles, vevent

from assistant.clock import Clock
from assistant.store import Store
from assistant.sync import sync


@pytest.fixture
def work(radicale: Radicale) -> Radicale:
    radicale.make_calendar("work", "Work", ["VEVENT"])
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    radicale.put("work", "review.ics", vevent("review@phone", "Review", "20261202T140000"))
    return radicale


def _ids(store: Store) -> list[int]:
    return [r["id"] for r in store.query("SELECT id FROM events ORDER BY id")]


def test_all_deleted_here_is_refused_until_forced(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    assert sync(sync_store, clock).ok
    for event_id in _ids(sync_store):
        call(sync_store, clock, "delete_event", event_id=event_id)
    report = sync(sync_store, clock)
    assert not report.ok
    [one] = report.calendars
    assert one.error is not None
    assert "all 2 of its items are gone here" in one.error and "--force" in one.error
    assert work.files("work") == ["review.ics", "standup.ics"]
    assert sync(sync_store, clock).ok is False  # still refused: the status table is intact
    forced = sync(sync_store, clock, force=True)
    assert forced.ok and forced.calendars[0].pushed["deleted"] == 2
    assert work.files("work") == []


def test_all_deleted_on_the_server_is_refused_until_forced(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    sync(sync_store, clock)
    work.delete("work", "standup.ics")
    work.delete("work", "review.ics")
    report = sync(sync_store, clock)
    assert not report.ok and "gone from the server" in (report.calendars[0].error or "")
    assert titles(sync_store) == ["Review", "Standup"]
    forced = sync(sync_store, clock, force=True)
    assert forced.ok and titles(sync_store) == []


def test_deleting_some_or_the_only_item_is_an_ordinary_sync(
    sync_store: Store, work: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    add(sync_store, work, clock)
    sync(sync_store, clock)
    first, _second = _ids(sync_store)
    call(sync_store, clock, "delete_event", event_id=first)
    assert sync(sync_store, clock).ok
    [last] = _ids(sync_store)
    call(sync_store, clock, "delete_event", event_id=last)  # the only one left
    assert sync(sync_store, clock).ok
    assert work.files("work") == []


def test_the_command_line_says_so_and_force_goes_through(
    work: Radicale,
    keychain: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = ["--now", "2026-11-27T10:00", "--tz", "Europe/Berlin"]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, _out, _err = run_cli(
        capsys, "accounts", "add", "home", "--url", work.url, "--user", USER,
        "--password-stdin", *data,
    )  # fmt: skip
    assert code == 0
    work.delete("work", "standup.ics")
    work.delete("work", "review.ics")
    code, out, err = run_cli(capsys, "sync", *data)
    assert code != 0 and "assistant sync --force" in out
    assert err == "Error: 1 calendar(s) could not be synced.\n"
    code, out, err = run_cli(capsys, "sync", "--force", *data)
    assert code == 0 and "2 deleted" in out
