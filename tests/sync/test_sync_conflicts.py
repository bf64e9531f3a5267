"""Both sides changed one item: a 412 on the write, a recorded conflict, and each way out."""

from __future__ import annotations

import pytest
from caldav_servers import MemoryKeyring, Radicale, add
from test_sync_flow import call, titles, vevent

from assistant.clock import Clock
from assistant.store import Changes, Store
from assistant.sync import SyncError, conflicts, engine, resolve, sync


@pytest.fixture
def both_changed(
    sync_store: Store, radicale: Radicale, clock: Clock, keychain: MemoryKeyring
) -> Radicale:
    """ "Standup" renamed here and, since the last sync, on the server (a phone)."""
    radicale.make_calendar("work", "Work", ["VEVENT"])
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    add(sync_store, radicale, clock)
    assert sync(sync_store, clock).ok
    event_id = sync_store.query("SELECT id FROM events")[0]["id"]
    call(sync_store, clock, "update_event", event_id=event_id, title="Mine")
    radicale.put("work", "standup.ics", vevent("standup@phone", "Theirs", extra="X-PHONE:1\r\n"))
    return radicale


def server_title(server: Radicale, filename: str = "standup.ics") -> str:
    text = (server.get("work", filename) or "").replace("\r\n", "\n")
    return next(line[8:] for line in text.split("\n") if line.startswith("SUMMARY:"))


def test_a_change_on_both_sides_is_a_conflict_and_nothing_is_merged(
    sync_store: Store, both_changed: Radicale, clock: Clock
) -> None:
    report = sync(sync_store, clock)
    assert report.calendars[0].conflicts == 1
    assert "1 conflict to resolve" in report.describe()
    assert titles(sync_store) == ["Mine"]
    assert server_title(both_changed) == "Theirs"
    [conflict] = conflicts(sync_store, clock)
    assert conflict.mine is not None and conflict.theirs is not None
    assert conflict.mine.rows[0]["title"] == "Mine"
    assert conflict.theirs.rows[0]["title"] == "Theirs"
    # Until the user chooses, syncs leave it alone on both sides.
    assert sync(sync_store, clock).ok
    assert titles(sync_store) == ["Mine"] and server_title(both_changed) == "Theirs"


def test_a_412_on_the_write_fetches_the_server_copy_into_a_conflict(
    sync_store: Store, both_changed: Radicale, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server's change lands between the look and the write (the look is skipped
    # here): the write's If-Match names the old ETag, and the server answers 412.
    monkeypatch.setattr(engine, "_pull", lambda *args: Changes())
    report = sync(sync_store, clock)
    assert report.calendars[0].conflicts == 1, report.describe()
    assert report.calendars[0].pushed["changed"] == 0
    assert server_title(both_changed) == "Theirs"
    [conflict] = conflicts(sync_store, clock)
    assert conflict.theirs is not None and conflict.theirs.rows[0]["title"] == "Theirs"


def test_keep_mine_sends_mine_over_theirs(
    sync_store: Store, both_changed: Radicale, clock: Clock
) -> None:
    sync(sync_store, clock)
    [conflict] = conflicts(sync_store, clock)
    resolve(sync_store, clock, conflict.id, "mine")
    assert sync(sync_store, clock).ok
    assert server_title(both_changed) == "Mine"
    assert "X-PHONE:1" in (both_changed.get("work", "standup.ics") or "")  # theirs' extras stay
    assert titles(sync_store) == ["Mine"] and conflicts(sync_store, clock) == []


def test_keep_theirs_takes_the_server_copy(
    sync_store: Store, both_changed: Radicale, clock: Clock
) -> None:
    sync(sync_store, clock)
    [conflict] = conflicts(sync_store, clock)
    changes = resolve(sync_store, clock, conflict.id, "theirs")
    assert changes.touches("events")
    assert titles(sync_store) == ["Theirs"]
    both_changed.requests.clear()
    report = sync(sync_store, clock)
    assert report.ok and not any(report.calendars[0].pushed.values())
    assert server_title(both_changed) == "Theirs"


def test_keep_both_makes_mine_a_new_item(
    sync_store: Store, both_changed: Radicale, clock: Clock
) -> None:
    sync(sync_store, clock)
    [conflict] = conflicts(sync_store, clock)
    resolve(sync_store, clock, conflict.id, "both")
    assert titles(sync_store) == ["Mine", "Theirs"]
    report = sync(sync_store, clock)
    assert report.calendars[0].pushed["created"] == 1
    files = both_changed.files("work")
    assert len(files) == 2
    assert sorted(server_title(both_changed, f) for f in files) == ["Mine", "Theirs"]


def test_deleted_here_and_changed_there_is_a_conflict_too(
    sync_store: Store, both_changed: Radicale, clock: Clock
) -> None:
    event_id = sync_store.query("SELECT id FROM events")[0]["id"]
    call(sync_store, clock, "delete_event", event_id=event_id)
    report = sync(sync_store, clock)
    assert report.calendars[0].conflicts == 1
    [conflict] = conflicts(sync_store, clock)
    assert conflict.mine is None and conflict.theirs is not None
    resolve(sync_store, clock, conflict.id, "mine")  # the deletion wins
    assert sync(sync_store, clock).ok
    assert both_changed.files("work") == []


def test_changed_here_and_deleted_there_keep_theirs_deletes_it(
    sync_store: Store, both_changed: Radicale, clock: Clock
) -> None:
    both_changed.delete("work", "standup.ics")
    sync(sync_store, clock)
    [conflict] = conflicts(sync_store, clock)
    assert conflict.theirs is None and conflict.mine is not None
    resolve(sync_store, clock, conflict.id, "theirs")
    assert titles(sync_store) == []
    assert sync(sync_store, clock).ok and both_changed.files("work") == []


def test_an_unknown_conflict_or_choice_is_a_clear_error(
    sync_store: Store, both_changed: Radicale, clock: Clock
) -> None:
    sync(sync_store, clock)
    [conflict] = conflicts(sync_store, clock)
    with pytest.raises(SyncError, match="no open conflict 999"):
        resolve(sync_store, clock, 999, "mine")
    with pytest.raises(SyncError, match="Choose one of"):
        resolve(sync_store, clock, conflict.id, "merge")  # type: ignore[arg-type]
    assert titles(sync_store) == ["Mine"]
