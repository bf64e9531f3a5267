"""Conflicts: one item changed on both sides, waiting for the user's choice.

Nothing is merged: the user sees both versions and keeps theirs, keeps the
server's, or keeps both (the local one then becomes a new item with a new
UID). Resolving works offline: it changes the local rows and the status row
so that the next sync carries the choice out (``If-Match`` the server's
version that was seen, so a newer change there is again a conflict, not lost).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.clock import Clock
from assistant.store import Changes, Store, Tx
from assistant.sync import local
from assistant.sync.errors import SyncError
from assistant.sync.items import Item, local_item, read_item

Choice = Literal["mine", "theirs", "both"]
CHOICES = ("mine", "theirs", "both")


@dataclass(frozen=True)
class Conflict:
    id: int
    account: str
    calendar: str
    calendar_id: int
    item_id: int
    kind: str
    uid: str
    href: str
    their_etag: str | None
    their_raw: str | None
    mine: Item | None  # None: deleted here
    theirs: Item | None  # None: deleted on the server

    @property
    def title(self) -> str:
        for side in (self.mine, self.theirs):
            if side is not None and side.rows:
                return str(side.rows[0].get("title") or "")
        return ""


def conflicts(store: Store, clock: Clock, *, account: str | None = None) -> list[Conflict]:
    """Every open conflict (of one account, when named), oldest first."""
    rows = store.query(
        "SELECT c.id, c.item_id, c.their_etag, c.their_raw, i.kind, i.uid, i.href, "
        "i.calendar_id, k.name AS calendar, a.name AS account "
        "FROM sync_conflicts c JOIN sync_items i ON i.id = c.item_id "
        "JOIN sync_calendars k ON k.id = i.calendar_id JOIN sync_accounts a ON a.id = k.account_id "
        "ORDER BY c.id"
    )
    found = []
    for row in rows:
        if account is not None and row["account"].lower() != account.lower():
            continue
        theirs = read_item(row["their_raw"], clock, row["href"]) if row["their_raw"] else None
        found.append(
            Conflict(
                id=row["id"],
                account=row["account"],
                calendar=row["calendar"],
                calendar_id=row["calendar_id"],
                item_id=row["item_id"],
                kind=row["kind"],
                uid=row["uid"],
                href=row["href"],
                their_etag=row["their_etag"],
                their_raw=row["their_raw"],
                mine=_mine(store, row["kind"], row["uid"], row["calendar_id"]),
                theirs=theirs if theirs is not None and theirs.kind == row["kind"] else None,
            )
        )
    return found


def _mine(store: Store, kind: str, uid: str, calendar_id: int) -> Item | None:
    item = local_item(store, kind, uid)
    if item is None or item.rows[0].get("calendar_id") != calendar_id:
        return None
    return item


def resolve(store: Store, clock: Clock, conflict_id: int, choice: Choice) -> Changes:
    """Carry out the user's choice here; the next sync sends it to the server."""
    if choice not in CHOICES:
        raise SyncError(f"Choose one of: {', '.join(CHOICES)} (not {choice!r}).")
    found = next((c for c in conflicts(store, clock) if c.id == conflict_id), None)
    if found is None:
        raise SyncError(f"There is no open conflict {conflict_id}.")
    if choice == "both" and (found.mine is None or found.theirs is None):
        choice = "theirs" if found.mine is None else "mine"  # nothing to keep twice
    with local.writing(store) as tx:
        if choice == "both":
            assert found.mine is not None and found.theirs is not None
            local.rename(tx, found.mine)  # a new item here; the next sync uploads it
            _take_theirs(tx, found, None)
        elif choice == "theirs":
            _take_theirs(tx, found, found.mine)
        elif found.theirs is None:
            # Mine wins over a deletion there: sent again as a new item.
            tx.db.execute("DELETE FROM sync_items WHERE id = ?", [found.item_id])
        else:
            # Mine wins: against the server's version seen, so it goes out with If-Match.
            tx.db.execute(
                "UPDATE sync_items SET etag = ?, raw = ?, local_hash = '' WHERE id = ?",
                [found.their_etag, found.their_raw, found.item_id],
            )
        tx.db.execute("DELETE FROM sync_conflicts WHERE id = ?", [found.id])
        return Changes.of(t for t in tx.touched.tables if t in ("events", "todos"))


def _take_theirs(tx: Tx, found: Conflict, mine: Item | None) -> None:
    if found.theirs is None:
        if mine is not None:
            local.remove(tx, mine)
        tx.db.execute("DELETE FROM sync_items WHERE id = ?", [found.item_id])
        return
    local.apply(tx, found.calendar_id, found.theirs, mine)
    stored = local.reread(tx, found.kind, found.uid)
    tx.db.execute(
        "UPDATE sync_items SET etag = ?, raw = ?, local_hash = ? WHERE id = ?",
        [found.their_etag, found.their_raw, stored.hash if stored else "", found.item_id],
    )
