"""CalDAV accounts and their calendars: stored in the database, the password in the keychain.

The password goes to the system keychain only, never to a file: where there is
no usable keychain (or ``ASSISTANT_KEYRING=file`` turns it off) adding an
account is refused with a sentence that says so, and nothing is stored.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from assistant import secrets
from assistant.clock import Clock
from assistant.store import Store, utc_stamp
from assistant.store.tags import unlink_all
from assistant.sync.discovery import DEFAULT_TIMEOUT, Discovery, discover, normal_url
from assistant.sync.errors import SyncError
from assistant.sync.local import writing

MAX_NAME = 80


@dataclass(frozen=True)
class Calendar:
    id: int
    account_id: int
    url: str
    name: str
    color: str | None
    components: tuple[str, ...]
    sync_events: bool
    sync_todos: bool
    sync_token: str | None
    ctag: str | None
    last_sync: str | None
    last_error: str | None

    @property
    def kinds(self) -> tuple[str, ...]:
        """What is synced of it: "event", "todo", or both."""
        kinds = []
        if self.sync_events and "VEVENT" in self.components:
            kinds.append("event")
        if self.sync_todos and "VTODO" in self.components:
            kinds.append("todo")
        return tuple(kinds)

    @classmethod
    def of(cls, row: dict[str, Any]) -> Calendar:
        return cls(
            id=row["id"],
            account_id=row["account_id"],
            url=row["url"],
            name=row["name"],
            color=row["color"],
            components=tuple(c for c in row["components"].split(",") if c),
            sync_events=bool(row["sync_events"]),
            sync_todos=bool(row["sync_todos"]),
            sync_token=row["sync_token"],
            ctag=row["ctag"],
            last_sync=row["last_sync"],
            last_error=row["last_error"],
        )


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    url: str
    user: str
    auth: str
    principal_url: str
    last_sync: str | None
    last_error: str | None
    calendars: tuple[Calendar, ...] = ()

    @property
    def secret_name(self) -> str:
        return secret_name(self.user, self.url)

    def record(self) -> dict[str, Any]:
        """The account as JSON for ``accounts list --json`` (no password)."""
        return {
            "name": self.name,
            "url": self.url,
            "user": self.user,
            "last_sync": self.last_sync,
            "last_error": self.last_error,
            "calendars": [
                {
                    "name": c.name,
                    "url": c.url,
                    "color": c.color,
                    "events": "event" in c.kinds,
                    "todos": "todo" in c.kinds,
                    "last_sync": c.last_sync,
                    "last_error": c.last_error,
                }
                for c in self.calendars
            ],
        }


def secret_name(user: str, url: str) -> str:
    return f"caldav:{user}@{url}"


def keychain() -> secrets.SecretStore:
    """The system keychain; SyncError where there is none (passwords never go to a file)."""
    if secrets.file_forced():
        raise SyncError(
            f"{secrets.ENV_KEYRING}=file turns the system keychain off, and CalDAV passwords "
            "are kept only there, never in a file. Unset it to add or sync an account."
        )
    backend = secrets.usable_keyring()
    if backend is None:
        raise SyncError(
            "There is no system keychain to keep the password in (CalDAV passwords are never "
            "written to a file). Install or unlock one (GNOME Keyring, KWallet, macOS "
            "Keychain, Windows Credential Locker) and try again."
        )
    return secrets.KeyringStore(backend)


def password_of(account: Account) -> str:
    value = keychain().get(account.secret_name)
    if value is None:
        raise SyncError(
            f"The keychain has no password for the account {account.name}; remove the account "
            "and add it again."
        )
    return value


def accounts(store: Store) -> list[Account]:
    calendars: dict[int, list[Calendar]] = {}
    for row in store.query("SELECT * FROM sync_calendars ORDER BY name COLLATE NOCASE, id"):
        calendars.setdefault(row["account_id"], []).append(Calendar.of(row))
    return [
        Account(
            id=row["id"],
            name=row["name"],
            url=row["url"],
            user=row["user"],
            auth=row["auth"],
            principal_url=row["principal_url"],
            last_sync=row["last_sync"],
            last_error=row["last_error"],
            calendars=tuple(calendars.get(row["id"], ())),
        )
        for row in store.query("SELECT * FROM sync_accounts ORDER BY name COLLATE NOCASE")
    ]


def account(store: Store, name: str) -> Account:
    for found in accounts(store):
        if found.name.lower() == name.strip().lower():
            return found
    names = ", ".join(a.name for a in accounts(store)) or "none yet"
    raise SyncError(f"There is no account named {name!r} (accounts: {names}).")


def check_name(store: Store, name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise SyncError("Give the account a name, e.g. work.")
    if len(clean) > MAX_NAME:
        raise SyncError(f"An account name can be at most {MAX_NAME} characters.")
    if any(a.name.lower() == clean.lower() for a in accounts(store)):
        raise SyncError(f"There is already an account named {clean!r}.")
    return clean


def add_account(
    store: Store,
    name: str,
    url: str,
    user: str,
    password: str,
    clock: Clock,
    *,
    only: list[str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Account:
    """Discover the calendars at ``url``, keep the password in the keychain, store the account.

    ``only`` names the calendars to sync (by name); all of them by default.
    Nothing is stored when discovery, the keychain or the names fail.
    """
    clean = check_name(store, name)
    address = normal_url(url)
    store_ = keychain()  # before the network: no keychain, no account
    found = discover(address, user, password, timeout)
    if not found.calendars:
        raise SyncError(f"The account at {address} has no calendars for events or to-dos.")
    chosen = _chosen(found, only)
    store_.set(secret_name(user, address), password)
    stamp = utc_stamp(clock.utcnow())
    with writing(store) as tx:
        account_id = tx.insert(
            "sync_accounts",
            {
                "name": clean,
                "url": address,
                "principal_url": found.principal_url,
                "auth": found.auth,
                "user": user,
                "created": stamp,
            },
        )
        for calendar in found.calendars:
            synced = int(calendar.name in chosen)
            tx.insert(
                "sync_calendars",
                {
                    "account_id": account_id,
                    "url": calendar.url,
                    "name": calendar.name,
                    "color": calendar.color,
                    "components": ",".join(calendar.components),
                    "sync_events": synced,
                    "sync_todos": synced,
                },
            )
    return account(store, clean)


def _chosen(found: Discovery, only: list[str] | None) -> set[str]:
    names = {c.name for c in found.calendars}
    if not only:
        return names
    by_lower = {n.lower(): n for n in names}
    unknown = [n for n in only if n.lower() not in by_lower]
    if unknown:
        raise SyncError(
            f"The account has no calendar named {unknown[0]!r} "
            f"(it has: {', '.join(sorted(names))})."
        )
    return {by_lower[n.lower()] for n in only}


def choose(store: Store, calendar_id: int, *, events: bool, todos: bool) -> None:
    """Sync a calendar's events and/or to-dos, or not (the user's pick)."""
    with writing(store) as tx:
        values = {"sync_events": int(events), "sync_todos": int(todos)}
        # List everything again next time: what was passed over as not synced
        # (status kind "other") is fetched now that it may be.
        tx.update("sync_calendars", calendar_id, {**values, "sync_token": None, "ctag": None})
        tx.db.execute(
            "DELETE FROM sync_items WHERE calendar_id = ? AND kind = 'other'", [calendar_id]
        )


def remove_account(store: Store, name: str, *, delete_local: bool = False) -> tuple[Account, int]:
    """Forget an account, its calendars and its password; the local copies stay unless asked.

    Kept copies move to the local calendar. With ``delete_local`` they are
    deleted, as one journaled action, so an Undo brings them back (as local items).
    Returns the account and how many local items were deleted.
    """
    found = account(store, name)
    ids = [c.id for c in found.calendars]
    marks = ",".join("?" for _ in ids) or "NULL"
    deleted = 0
    if delete_local and ids:
        with store.action("remove_account", f"Deleted the items of the account {found.name}") as tx:
            for table in ("events", "todos"):
                rows = tx.db.execute(
                    f"SELECT id, uid FROM {table} WHERE calendar_id IN ({marks})", ids
                ).fetchall()
                for row_id, _uid in rows:
                    if table == "todos":
                        unlink_all(tx, "todos", row_id)
                    tx.delete(table, row_id)
                deleted += len({uid for _id, uid in rows})  # a series and its overrides: one
    with writing(store) as tx:
        for table in ("events", "todos"):
            tx.db.execute(
                f"UPDATE {table} SET calendar_id = NULL WHERE calendar_id IN ({marks})", ids
            )
        tx.db.execute("DELETE FROM sync_accounts WHERE id = ?", [found.id])
    # The password last: a failure above leaves the account usable.
    if not any(a.secret_name == found.secret_name for a in accounts(store)):
        with suppress(SyncError):  # no keychain now: nothing of ours can be in it
            keychain().delete(found.secret_name)
    return found, deleted
