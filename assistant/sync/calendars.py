"""Which calendar a new event or to-do goes to: the one named, else the default one.

The local calendar (``calendar_id`` NULL, never synced) is the default until
the user picks a synced calendar with :func:`set_default`. The choice is a
mark on that calendar's row (``sync_calendars.is_default``) rather than a key
in settings.json: every writer of items (the tools, whoever calls them) sees
it through the store, and it goes away with the calendar's account, so the
default falls back to the local calendar instead of naming one that is gone.
Subscriptions are read-only and can be neither named nor the default.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from assistant.errors import InvalidInput
from assistant.operation import Outcome
from assistant.store import Store
from assistant.sync.local import writing

LOCAL = "local"
_LOCAL_WORDS = {"local", "default local", "this computer", "on this device"}


@dataclass(frozen=True)
class Target:
    """A calendar items can be written to: its id (None: the local one) and its name."""

    id: int | None
    name: str
    account: str = ""
    kinds: tuple[str, ...] = ("event", "todo")
    is_default: bool = False

    @property
    def label(self) -> str:
        return f"{self.account}/{self.name}" if self.account else self.name


def targets(store: Store) -> list[Target]:
    """The local calendar, then every synced calendar, by account and name."""
    rows = store.query(
        "SELECT c.id, c.name, c.components, c.sync_events, c.sync_todos, c.is_default, "
        "a.name AS account FROM sync_calendars c JOIN sync_accounts a ON a.id = c.account_id "
        "WHERE c.kind = 'caldav' ORDER BY a.name COLLATE NOCASE, c.name COLLATE NOCASE"
    )
    found = []
    for r in rows:
        kinds = tuple(
            kind
            for kind, component, on in (
                ("event", "VEVENT", r["sync_events"]),
                ("todo", "VTODO", r["sync_todos"]),
            )
            if on and component in r["components"].split(",")
        )
        if kinds:
            found.append(Target(r["id"], r["name"], r["account"], kinds, bool(r["is_default"])))
    local = Target(None, LOCAL, is_default=not any(t.is_default for t in found))
    return [local, *found]


def default_target(store: Store) -> Target:
    return next(t for t in targets(store) if t.is_default)


def resolve(store: Store, name: str | None, kind: str) -> Target:
    """The calendar ``name`` means ("work", "home/Work", "local"); None: the default one.

    The default calendar that does not sync ``kind`` (a calendar for events
    only, when a to-do is added) gives the local one. A name that fits no
    calendar, or one that does not sync ``kind``, raises InvalidInput.
    """
    everything = targets(store)
    if name is None or not name.strip():
        chosen = next(t for t in everything if t.is_default)
        return chosen if kind in chosen.kinds else everything[0]
    return _match(store, everything, name, kind)


def _match(store: Store, everything: list[Target], name: str, kind: str | None) -> Target:
    wanted = " ".join(name.split()).lower()
    if wanted in _LOCAL_WORDS:
        return everything[0]
    matches = [t for t in everything[1:] if wanted in (t.name.lower(), t.label.lower())]
    if not matches and wanted.endswith(" calendar"):
        return _match(store, everything, wanted.removesuffix(" calendar"), kind)
    noun = {"event": "events", "todo": "to-dos"}.get(kind or "", "items")
    if len(matches) > 1:
        raise InvalidInput(
            f"More than one calendar is called {name!r} "
            f"({', '.join(t.label for t in matches)}); name it with its account."
        )
    if not matches:
        subscribed = store.query(
            "SELECT 1 FROM sync_calendars WHERE kind = 'subscription' AND name = ? COLLATE NOCASE",
            [" ".join(name.split())],
        )
        if subscribed:
            raise InvalidInput(
                f"{name!r} is a subscription, which is read-only; nothing was added."
            )
        known = ", ".join(t.label for t in everything if kind is None or kind in t.kinds)
        raise InvalidInput(
            f"There is no calendar named {name!r} for {noun} (calendars: {known}); "
            "nothing was changed."
        )
    if kind is not None and kind not in matches[0].kinds:
        raise InvalidInput(
            f"The calendar {matches[0].label!r} does not sync {noun}; nothing was added."
        )
    return matches[0]


def set_default(store: Store, name: str) -> Target:
    """Make ``name`` the calendar new items go to ("local": the local one)."""
    chosen = _match(store, targets(store), name, None)
    with writing(store) as tx:
        tx.db.execute("UPDATE sync_calendars SET is_default = 0 WHERE is_default = 1")
        if chosen.id is not None:
            tx.db.execute("UPDATE sync_calendars SET is_default = 1 WHERE id = ?", [chosen.id])
    return chosen


def in_calendar(outcome: Outcome, target: Target) -> Outcome:
    """A write's outcome that names the synced calendar it went to (the local one: as it was)."""
    if target.id is None:
        return outcome
    first, sep, rest = outcome.text.partition("\n")
    text = f"{first.removesuffix('.')} (in the calendar {target.label})." + sep + rest
    return replace(outcome, text=text)
