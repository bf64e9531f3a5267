"""Two-way sync of one calendar, by the status table (the way vdirsyncer does it).

For each item the status row says what both sides looked like when they last
agreed: the server's href and ETag, the hash of the local rows, and the
server's text. Against it every difference is classified exactly once:

- changed on the server only: the server's copy is written here;
- changed here only: it is sent with ``If-Match`` (new items with
  ``If-None-Match: *``); a 412 means the server's copy changed meanwhile, which
  is fetched, and then both sides changed: a conflict;
- changed on both sides (deleted counts as changed): a recorded conflict that
  waits for the user's choice (:mod:`assistant.sync.conflicts`); never merged.

First everything the server changed is fetched, then written here in one
transaction (a failure on the way writes nothing), then local changes go out
one by one, each recorded as it succeeds. Offline, local changes simply stay
different from their status rows and go out on the next sync that reaches
the server.
"""

from __future__ import annotations

from typing import Any

from assistant.clock import Clock
from assistant.store import Changes, Store, Tx, utc_stamp
from assistant.sync import local
from assistant.sync.accounts import Calendar
from assistant.sync.compose import render
from assistant.sync.errors import Refused
from assistant.sync.guard import check_mass_deletion
from assistant.sync.items import Item, local_item, local_items, read_item
from assistant.sync.remote import RemoteCalendar
from assistant.sync.report import CalendarReport

Row = dict[str, Any]
# The local_hash of the status row an item moved to another calendar left behind.
MOVED = "moved"


def sync_calendar(
    store: Store,
    clock: Clock,
    remote: RemoteCalendar,
    calendar: Calendar,
    report: CalendarReport,
    *,
    force: bool = False,
) -> Changes:
    """Sync one calendar both ways; raises SyncError (nothing half-written here) on failure.

    Without ``force``, a sync that would delete every item of the calendar on
    one side, because all of them vanished on the other, is refused
    (:func:`assistant.sync.guard.check_mass_deletion`).
    """
    changes = _pull(store, clock, remote, calendar, report, force)
    _push(store, clock, remote, calendar, report, force)
    return changes


# -- from the server ---------------------------------------------------------------


def _pull(
    store: Store,
    clock: Clock,
    remote: RemoteCalendar,
    calendar: Calendar,
    report: CalendarReport,
    force: bool,
) -> Changes:
    status = _status(store, calendar.id)
    delta = remote.changes(calendar.sync_token, calendar.ctag, status.keys())
    wanted = [
        href
        for href, etag in delta.changed.items()
        if href not in status or etag is None or status[href]["etag"] != etag
    ]
    fetched = remote.fetch(wanted) if wanted else {}
    gone = {h for h in delta.deleted if h in status}
    gone |= {h for h in wanted if h not in fetched and h in status}
    mine = local_items(store, calendar.id, calendar.kinds)
    if not force:
        kept = [r for r in status.values() if (r["kind"], r["uid"]) in mine]
        vanished = [r for r in kept if r["href"] in gone]
        check_mass_deletion(calendar.name, len(kept), len(vanished), here=False)
    conflicts = _conflicted(store, calendar.id)
    with local.writing(store) as tx:
        for href in wanted:
            if href in fetched:
                etag, data = fetched[href]
                _take(
                    tx, clock, calendar, report, href, etag, data, status.get(href), mine, conflicts
                )
        for href in sorted(gone):
            _gone(tx, report, status[href], mine, conflicts)
        values: Row = {"ctag": delta.ctag}
        if delta.token is not None:
            values["sync_token"] = delta.token
        tx.db.execute(
            f"UPDATE sync_calendars SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
            [*values.values(), calendar.id],
        )
        return Changes.of(t for t in tx.touched.tables if t in ("events", "todos"))


def _take(
    tx: Tx,
    clock: Clock,
    calendar: Calendar,
    report: CalendarReport,
    href: str,
    etag: str | None,
    data: str,
    status: Row | None,
    mine: dict[tuple[str, str], Item],
    conflicts: set[int],
) -> None:
    """One item the server created or changed."""
    item = read_item(data, clock, href)
    if item.kind not in calendar.kinds:
        if item.problem:
            report.skipped.append(f"{href}: {item.problem}")
        _set_status(tx, calendar.id, href, "other", item.uid, etag, "", None, status)
        return
    if status is not None and status["id"] in conflicts:
        _record_conflict(tx, status["id"], etag, data)  # the server's newest version waits
        return
    if status is not None and (status["kind"], status["uid"]) == (item.kind, item.uid):
        current = mine.get((item.kind, item.uid))
        unchanged_here = current is not None and current.hash == status["local_hash"]
        if unchanged_here:
            local.apply(tx, calendar.id, item, current)
            report.pulled["changed"] += 1
        elif current is None or current.hash != item.hash:
            _record_conflict(tx, status["id"], etag, data)
            report.conflicts += 1
            return
        _set_status(tx, calendar.id, href, item.kind, item.uid, etag, _hash(tx, item), data, status)
        return
    if status is not None:  # the server put another item at that href: the old one is gone
        _gone(tx, report, status, mine, conflicts)
    current = mine.get((item.kind, item.uid))
    if current is not None:  # made on both sides with one UID
        item_id = _set_status(
            tx, calendar.id, href, item.kind, item.uid, etag, item.hash, data, None
        )
        if current.hash != item.hash:
            _record_conflict(tx, item_id, etag, data)
            report.conflicts += 1
        return
    if local.uid_taken(tx, item.kind, item.uid, calendar.id):
        report.skipped.append(
            f"{href}: an {'event' if item.kind == 'event' else 'to-do'} with its UID is already "
            "in another calendar here"
        )
        return
    local.apply(tx, calendar.id, item, None)
    report.pulled["created"] += 1
    _set_status(tx, calendar.id, href, item.kind, item.uid, etag, _hash(tx, item), data, None)


def _gone(
    tx: Tx,
    report: CalendarReport,
    status: Row,
    mine: dict[tuple[str, str], Item],
    conflicts: set[int],
) -> None:
    """One item deleted on the server."""
    current = mine.get((status["kind"], status["uid"]))
    if status["kind"] == "other" or current is None:
        tx.db.execute("DELETE FROM sync_items WHERE id = ?", [status["id"]])
    elif status["id"] in conflicts or current.hash != status["local_hash"]:
        _record_conflict(tx, status["id"], None, None)
        report.conflicts += status["id"] not in conflicts
    else:
        local.remove(tx, current)
        tx.db.execute("DELETE FROM sync_items WHERE id = ?", [status["id"]])
        report.pulled["deleted"] += 1


def _hash(tx: Tx, item: Item) -> str:
    stored = local.reread(tx, item.kind, item.uid)
    return stored.hash if stored is not None else ""


# -- to the server -----------------------------------------------------------------


def _push(
    store: Store,
    clock: Clock,
    remote: RemoteCalendar,
    calendar: Calendar,
    report: CalendarReport,
    force: bool,
) -> None:
    status = _status(store, calendar.id)
    conflicts = _conflicted(store, calendar.id)
    by_key = {(r["kind"], r["uid"]): r for r in status.values() if r["kind"] != "other"}
    mine = local_items(store, calendar.id, calendar.kinds)
    synced = [k for k, r in by_key.items() if r["kind"] in calendar.kinds]
    # Gone from this calendar but still here: moved to another calendar, not lost.
    moved = {k for k in synced if k not in mine and local_item(store, *k) is not None}
    if not force:
        vanished = [k for k in synced if k not in mine and k not in moved]
        check_mass_deletion(calendar.name, len(synced), len(vanished), here=True)
    for key, item in sorted(mine.items()):
        row = by_key.get(key)
        if row is None:
            _send_new(store, clock, remote, calendar, report, item, set(status))
        elif row["id"] not in conflicts and item.hash != row["local_hash"]:
            _send_change(store, clock, remote, calendar, report, item, row)
    for key, row in sorted(by_key.items()):
        if key not in mine and row["id"] not in conflicts and row["kind"] in calendar.kinds:
            _send_delete(store, remote, report, row, keep=key in moved and _awaited(store, row))


def _send_new(
    store: Store,
    clock: Clock,
    remote: RemoteCalendar,
    calendar: Calendar,
    report: CalendarReport,
    item: Item,
    taken: set[str],
) -> None:
    href = remote.new_href(item.uid)
    number = 1
    while href in taken:
        number += 1
        href = remote.new_href(f"{item.uid}-{number}")
    body = render(item, _moved_from(store, calendar.id, item), clock)
    try:
        etag = remote.put(href, body, None, new=True)
    except Refused:  # something is there already: theirs against ours
        with local.writing(store) as tx:
            item_id = _set_status(tx, calendar.id, href, item.kind, item.uid, None, "", None, None)
        _refused(store, remote, report, item_id, href)
        return
    with local.writing(store) as tx:
        _set_status(tx, calendar.id, href, item.kind, item.uid, etag, item.hash, body, None)
    report.pushed["created"] += 1


def _send_change(
    store: Store,
    clock: Clock,
    remote: RemoteCalendar,
    calendar: Calendar,
    report: CalendarReport,
    item: Item,
    row: Row,
) -> None:
    body = render(item, row["raw"], clock)
    try:
        etag = remote.put(row["href"], body, row["etag"])
    except Refused:
        _refused(store, remote, report, row["id"], row["href"])
        return
    with local.writing(store) as tx:
        _set_status(tx, calendar.id, row["href"], item.kind, item.uid, etag, item.hash, body, row)
    report.pushed["changed"] += 1


def _send_delete(
    store: Store, remote: RemoteCalendar, report: CalendarReport, row: Row, *, keep: bool = False
) -> None:
    """Delete an item on the server; ``keep``: its status row stays for a while (a move)."""
    try:
        remote.delete(row["href"], row["etag"])
    except Refused:
        _refused(store, remote, report, row["id"], row["href"])
        return
    with local.writing(store) as tx:
        if keep:  # no longer an item of this calendar: only its server text, for the move
            tx.db.execute(
                "UPDATE sync_items SET kind = 'other', local_hash = ? WHERE id = ?",
                [MOVED, row["id"]],
            )
        else:
            tx.db.execute("DELETE FROM sync_items WHERE id = ?", [row["id"]])
    report.pushed["deleted"] += 1


# -- an item moved to another calendar ------------------------------------------------
#
# A move reads as a deletion from the old calendar and a new item in the other. The new
# calendar's copy is the old server text with what changed here replaced, so what the app
# does not understand (attendees, X- properties) moves with it. That text is the old
# calendar's status row: when the old calendar syncs first, its row outlives the server
# DELETE as kind "other" marked MOVED (no item of that calendar any more, so neither side
# acts on it, even when the move is undone), and the old calendar's next sync, seeing the
# href gone, drops it.


def _awaited(store: Store, row: Row) -> bool:
    """Whether the moved item still waits to be sent to a synced calendar of its kind."""
    table = "events" if row["kind"] == "event" else "todos"
    flag = "sync_events" if row["kind"] == "event" else "sync_todos"
    found = store.query(
        f"SELECT 1 FROM {table} t JOIN sync_calendars c ON c.id = t.calendar_id "
        f"WHERE t.uid = ? AND c.kind = 'caldav' AND c.{flag} = 1 AND NOT EXISTS ("
        "SELECT 1 FROM sync_items i WHERE i.calendar_id = c.id AND i.kind = ? AND i.uid = ?) "
        "LIMIT 1",
        [row["uid"], row["kind"], row["uid"]],
    )
    return bool(found)


def _moved_from(store: Store, calendar_id: int, item: Item) -> str | None:
    """The server text of ``item`` in the calendar it moved from, if it came from one."""
    rows = store.query(
        "SELECT raw FROM sync_items WHERE uid = ? AND calendar_id <> ? AND raw IS NOT NULL "
        "AND (kind = ? OR (kind = 'other' AND local_hash = ?)) ORDER BY id DESC LIMIT 1",
        [item.uid, calendar_id, item.kind, MOVED],
    )
    return str(rows[0]["raw"]) if rows else None


def _refused(
    store: Store, remote: RemoteCalendar, report: CalendarReport, item_id: int, href: str
) -> None:
    """A 412: the server's copy changed since; fetch it and record the conflict."""
    fetched = remote.fetch([href]).get(href)
    etag, data = fetched if fetched is not None else (None, None)
    with local.writing(store) as tx:
        _record_conflict(tx, item_id, etag, data)
    report.conflicts += 1


# -- the status table ---------------------------------------------------------------


def _status(store: Store, calendar_id: int) -> dict[str, Row]:
    rows = store.query("SELECT * FROM sync_items WHERE calendar_id = ?", [calendar_id])
    return {r["href"]: r for r in rows}


def _conflicted(store: Store, calendar_id: int) -> set[int]:
    rows = store.query(
        "SELECT c.item_id FROM sync_conflicts c JOIN sync_items i ON i.id = c.item_id "
        "WHERE i.calendar_id = ?",
        [calendar_id],
    )
    return {r["item_id"] for r in rows}


def _set_status(
    tx: Tx,
    calendar_id: int,
    href: str,
    kind: str,
    uid: str,
    etag: str | None,
    local_hash: str,
    raw: str | None,
    existing: Row | None,
) -> int:
    values = {"kind": kind, "uid": uid, "etag": etag, "local_hash": local_hash, "raw": raw}
    if existing is not None:
        names = ", ".join(f"{k} = ?" for k in values)
        tx.db.execute(
            f"UPDATE sync_items SET {names} WHERE id = ?", [*values.values(), existing["id"]]
        )
        return int(existing["id"])
    cursor = tx.db.execute(
        "INSERT INTO sync_items (calendar_id, href, kind, uid, etag, local_hash, raw) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (calendar_id, href) DO UPDATE SET kind = excluded.kind, uid = excluded.uid, "
        "etag = excluded.etag, local_hash = excluded.local_hash, raw = excluded.raw",
        [calendar_id, href, kind, uid, etag, local_hash, raw],
    )
    found = tx.db.execute(
        "SELECT id FROM sync_items WHERE calendar_id = ? AND href = ?", [calendar_id, href]
    ).fetchone()
    return int(found[0]) if found else int(cursor.lastrowid or 0)


def _record_conflict(tx: Tx, item_id: int, etag: str | None, raw: str | None) -> None:
    tx.db.execute(
        "INSERT INTO sync_conflicts (item_id, their_etag, their_raw, created) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (item_id) DO UPDATE SET their_etag = excluded.their_etag, "
        "their_raw = excluded.their_raw",
        [item_id, etag, raw, utc_stamp()],
    )
