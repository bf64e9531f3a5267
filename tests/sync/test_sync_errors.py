"""A server that refuses, breaks or dawdles: one clear sentence, nothing local touched,
and the next sync tries again."""

from __future__ import annotations

import re

import pytest
from caldav_servers import USER, BadServer, MemoryKeyring, Radicale, add
from test_sync_flow import call, vevent

from assistant.clock import Clock
from assistant.store import Store
from assistant.sync import SyncError, accounts, add_account, sync

MESSAGES = {
    "401": r"refused the user name or password \(401 Unauthorized\)",
    "403": r"does not allow this account to do that \(403 Forbidden\)",
    "404": r"There is no calendar at http://127\.0\.0\.1:\d+/alice/work/ \(404 Not Found\)",
    "500": r"had an internal error \(500\); try again later",
    "garbage": r"did not answer like a CalDAV server",
    "slow": r"did not answer within 1 seconds",
}


def point_at(store: Store, old: str, new: str) -> None:
    """The calendar's address moves (the account, and so its keychain entry, stays)."""
    store.db.execute("UPDATE sync_calendars SET url = replace(url, ?, ?)", [old, new])


@pytest.mark.parametrize("mode", list(MESSAGES))
def test_a_failing_server_is_named_and_changes_nothing_here(
    mode: str,
    sync_store: Store,
    radicale: Radicale,
    bad_server: BadServer,
    clock: Clock,
    keychain: MemoryKeyring,
) -> None:
    radicale.make_calendar("work", "Work", ["VEVENT"])
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    add(sync_store, radicale, clock)
    assert sync(sync_store, clock).ok
    event_id = sync_store.query("SELECT id FROM events")[0]["id"]
    call(sync_store, clock, "update_event", event_id=event_id, title="Edited here")
    snapshot = {
        t: sync_store.query(f"SELECT * FROM {t} ORDER BY id")
        for t in ("events", "sync_items", "sync_conflicts")
    }

    point_at(sync_store, radicale.url, bad_server.url)
    bad_server.mode = mode
    report = sync(sync_store, clock, timeout=1)
    assert not report.ok
    [failed] = report.calendars
    assert failed.error is not None
    assert "\n" not in failed.error and "Traceback" not in failed.error
    assert re.search(MESSAGES[mode], failed.error), failed.error
    assert bad_server.requests >= 1
    for table, rows in snapshot.items():
        assert sync_store.query(f"SELECT * FROM {table} ORDER BY id") == rows, table
    assert accounts(sync_store)[0].calendars[0].last_error == failed.error

    # The server is back: the next sync retries, and the edit goes out.
    point_at(sync_store, bad_server.url, radicale.url)
    report = sync(sync_store, clock)
    assert report.ok, report.describe()
    assert report.calendars[0].pushed["changed"] == 1
    assert "SUMMARY:Edited here" in (radicale.get("work", "standup.ics") or "")


@pytest.mark.parametrize("mode", ["401", "403", "404", "500", "garbage", "slow"])
def test_adding_an_account_on_a_failing_server_stores_nothing(
    mode: str, sync_store: Store, bad_server: BadServer, clock: Clock, keychain: MemoryKeyring
) -> None:
    bad_server.mode = mode
    with pytest.raises(SyncError) as caught:
        add_account(sync_store, "bad", bad_server.url, USER, "pw", clock, timeout=1)
    message = str(caught.value)
    assert "127.0.0.1" in message and "\n" not in message
    assert accounts(sync_store) == [] and keychain.values == {}


def test_an_address_that_is_no_web_address_is_refused(
    sync_store: Store, clock: Clock, keychain: MemoryKeyring
) -> None:
    with pytest.raises(SyncError, match="not a web address"):
        add_account(sync_store, "x", "ftp://example.com/dav", USER, "pw", clock)
    with pytest.raises(SyncError, match="Give the account a name"):
        add_account(sync_store, "  ", "http://127.0.0.1:9/", USER, "pw", clock)
    assert accounts(sync_store) == []
