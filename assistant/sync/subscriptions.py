"""Subscriptions: read-only calendars by URL (issue 12 §2), kept fresh from their feeds.

A subscription is a row of ``sync_calendars`` of kind "subscription" (no
account), with a name, a colour and the feed's HTTP validators; the events
it brings carry its id in ``events.calendar_id`` and cannot be edited here
(:mod:`assistant.calendar.read_only`). The feed is read by the .ics import's
liberal reader: what can be understood is kept, obvious damage repaired and
named, and a feed that is no calendar at all changes nothing.

Subscribing and removing are journaled actions (one Undo each: removing takes
the subscription and every event it brought, and Undo brings all of it back).
A refresh is not the user's action, so it is written outside the journal, as
a CalDAV sync is, and an Undo after it takes back the user's last edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.clock import Clock
from assistant.errors import IcsError
from assistant.ical.ics_import import Parsed, read_ics
from assistant.ical.import_report import Repair
from assistant.store import Store, Tx, utc_stamp
from assistant.sync.errors import SyncError
from assistant.sync.feeds import DEFAULT_TIMEOUT, Feed, feed_urls, fetch, first_answer
from assistant.sync.local import writing
from assistant.sync.stop import checkpoint

KIND = "subscription"
MAX_NAME = 80
COLOR = re.compile(r"#[0-9a-fA-F]{6}")
# Colours given in turn to subscriptions added without one.
PALETTE = ("#8e44ad", "#16a085", "#d35400", "#2980b9", "#c0392b", "#7f8c8d")


@dataclass(frozen=True)
class Subscription:
    id: int
    name: str
    url: str
    color: str | None
    etag: str | None
    modified: str | None
    last_sync: str | None
    last_error: str | None
    events: int = 0

    def record(self) -> dict[str, Any]:
        """The subscription as JSON for ``subscriptions list --json``."""
        return {
            "name": self.name,
            "url": self.url,
            "color": self.color,
            "events": self.events,
            "last_refresh": self.last_sync,
            "last_error": self.last_error,
        }


@dataclass
class RefreshReport:
    """What one refresh (or the first fetch) did to one subscription."""

    name: str
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: bool = False  # the server said 304 Not Modified
    skipped: list[str] = field(default_factory=list)
    repaired: list[Repair] = field(default_factory=list)
    error: str | None = None

    def describe(self) -> str:
        if self.error is not None:
            return f"{self.name}: failed: {self.error}"
        if self.unchanged:
            return f"{self.name}: unchanged"
        counts = [
            f"{n} {word}"
            for n, word in (
                (self.added, "added"),
                (self.changed, "changed"),
                (self.removed, "removed"),
            )
            if n
        ]
        text = f"{self.name}: {', '.join(counts) or 'nothing changed'}"
        if self.skipped:
            text += f"; skipped {len(self.skipped)}: " + " ".join(self.skipped[:5])
        if self.repaired:
            text += f"; {len(self.repaired)} repaired"
        return text

    def record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "repaired": [str(r) for r in self.repaired],
            "error": self.error,
        }


# -- reading ------------------------------------------------------------------------


def subscriptions(store: Store) -> list[Subscription]:
    rows = store.query(
        "SELECT c.*, (SELECT count(*) FROM events e WHERE e.calendar_id = c.id "
        "AND e.recurrence_id = '') AS n FROM sync_calendars c WHERE c.kind = ? "
        "ORDER BY c.name COLLATE NOCASE",
        [KIND],
    )
    return [
        Subscription(
            id=r["id"],
            name=r["name"],
            url=r["url"],
            color=r["color"],
            etag=r["etag"],
            modified=r["modified"],
            last_sync=r["last_sync"],
            last_error=r["last_error"],
            events=r["n"],
        )
        for r in rows
    ]


def subscription(store: Store, name: str) -> Subscription:
    for found in subscriptions(store):
        if found.name.lower() == " ".join(name.split()).lower():
            return found
    names = ", ".join(s.name for s in subscriptions(store)) or "none yet"
    raise SyncError(f"There is no subscription named {name!r} (subscriptions: {names}).")


# -- subscribing and removing -----------------------------------------------------------


def add_subscription(
    store: Store,
    clock: Clock,
    name: str,
    url: str,
    *,
    color: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> RefreshReport:
    """Subscribe to the feed at ``url``: fetch it, store it and its events as one action.

    Nothing is stored when the name, the address, the server or the feed fails.
    """
    clean = _check_name(store, name)
    addresses = feed_urls(url)
    for existing in subscriptions(store):
        if existing.url in addresses:
            raise SyncError(f"You are already subscribed to {existing.url} as {existing.name!r}.")
    if color is not None and not COLOR.fullmatch(color):
        raise SyncError(f"{color!r} is not a colour; give one as #RRGGBB, e.g. #2980b9.")
    address, feed = first_answer(url, timeout)
    parsed = _parse(feed, clock, clean, address)
    report = RefreshReport(clean)
    stamp = utc_stamp(clock.utcnow())
    with store.action("subscribe", f"Subscribe to {clean}") as tx:
        calendar_id = tx.insert(
            "sync_calendars",
            {
                "kind": KIND,
                "url": address,
                "name": clean,
                "color": color or PALETTE[len(subscriptions(store)) % len(PALETTE)],
                "components": "VEVENT",
                "sync_todos": 0,
                "etag": feed.etag,
                "modified": feed.modified,
                "last_sync": stamp,
            },
        )
        _apply(tx, calendar_id, parsed, report, stamp)
    return report


def remove_subscription(store: Store, name: str) -> tuple[Subscription, int]:
    """Remove the subscription and every event it brought, as one undoable action."""
    found = subscription(store, name)
    with store.action("unsubscribe", f"Remove the subscription {found.name}") as tx:
        rows = tx.db.execute(
            "SELECT id FROM events WHERE calendar_id = ? ORDER BY recurrence_id = '', id",
            [found.id],
        ).fetchall()
        for (row_id,) in rows:  # changed occurrences before their series
            tx.delete("events", row_id)
        tx.delete("sync_calendars", found.id)
    return found, found.events


def _check_name(store: Store, name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise SyncError("Give the subscription a name, e.g. Holidays.")
    if len(clean) > MAX_NAME:
        raise SyncError(f"A subscription name can be at most {MAX_NAME} characters.")
    if any(s.name.lower() == clean.lower() for s in subscriptions(store)):
        raise SyncError(f"There is already a subscription named {clean!r}.")
    return clean


# -- refreshing ---------------------------------------------------------------------


def refresh(
    store: Store, clock: Clock, name: str | None = None, *, timeout: float = DEFAULT_TIMEOUT
) -> list[RefreshReport]:
    """Refresh one subscription (every one when None); a failure is reported, never raised.

    Only an unknown ``name`` raises. A failed feed changes no event; its reason
    is kept as the subscription's ``last_error`` until a refresh succeeds.
    """
    chosen = [subscription(store, name)] if name is not None else subscriptions(store)
    reports = []
    for found in chosen:
        checkpoint()  # a sync asked to stop fetches no more feeds
        reports.append(_refresh_one(store, clock, found, timeout))
    return reports


def _refresh_one(store: Store, clock: Clock, found: Subscription, timeout: float) -> RefreshReport:
    report = RefreshReport(found.name)
    stamp = utc_stamp(clock.utcnow())
    try:
        feed = fetch(found.url, found.etag, found.modified, timeout)
        parsed = None if feed.unchanged else _parse(feed, clock, found.name, found.url)
    except SyncError as exc:
        report.error = str(exc)
        with writing(store) as tx:
            tx.db.execute(
                "UPDATE sync_calendars SET last_error = ? WHERE id = ?", [report.error, found.id]
            )
        return report
    with writing(store) as tx:
        if parsed is None:
            report.unchanged = True
        else:
            _apply(tx, found.id, parsed, report, stamp)
        tx.db.execute(
            "UPDATE sync_calendars SET etag = ?, modified = ?, last_sync = ?, last_error = NULL "
            "WHERE id = ?",
            [feed.etag, feed.modified, stamp, found.id],
        )
    return report


def _parse(feed: Feed, clock: Clock, name: str, url: str) -> Parsed:
    assert feed.body is not None
    try:
        return read_ics(feed.body, clock, source_name=name)
    except IcsError as exc:
        raise SyncError(f"The address {url} does not give a calendar: {exc}") from None


def _apply(tx: Tx, calendar_id: int, parsed: Parsed, report: RefreshReport, stamp: str) -> None:
    """Make the subscription's events what the feed says: add, change and remove rows."""
    cursor = tx.db.execute("SELECT * FROM events WHERE calendar_id = ?", [calendar_id])
    names = [d[0] for d in cursor.description]
    existing = {
        (r["uid"], r["recurrence_id"]): r
        for r in (dict(zip(names, v, strict=True)) for v in cursor)
    }
    wanted = {key: row for key, (_event, row) in parsed.events.items()}
    report.repaired = list(parsed.repaired)
    report.skipped = list(parsed.skipped)
    if parsed.todos:
        report.skipped.append(f"{len(parsed.todos)} to-do(s): a subscription shows only events.")
    # Changed occurrences before their series, so nothing points at a removed master.
    for key in sorted(existing.keys() - wanted.keys(), key=lambda k: (k[1] == "", k)):
        tx.delete("events", existing[key]["id"])
        report.removed += 1
    taken: dict[str, bool] = {}
    for key in sorted(wanted, key=lambda k: (k[1] != "", k)):  # a series before its overrides
        row = {**wanted[key], "calendar_id": calendar_id}
        old = existing.get(key)
        if old is not None:
            changed = {k: v for k, v in row.items() if old.get(k) != v}
            if changed:
                tx.update("events", old["id"], {**changed, "updated": stamp})
                report.changed += 1
            continue
        uid = key[0]
        if uid not in taken:
            taken[uid] = _uid_elsewhere(tx, uid, calendar_id)
            if taken[uid]:
                report.skipped.append(
                    f"“{row['title'] or uid}” is already here in another calendar."
                )
        if not taken[uid]:
            tx.insert("events", {**row, "created": stamp, "updated": stamp})
            report.added += 1


def _uid_elsewhere(tx: Tx, uid: str, calendar_id: int) -> bool:
    found = tx.db.execute(
        "SELECT 1 FROM events WHERE uid = ? AND calendar_id IS NOT ? LIMIT 1", [uid, calendar_id]
    ).fetchone()
    return found is not None
