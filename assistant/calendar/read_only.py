"""Events that cannot be changed here: those a subscription brought.

A subscription (a read-only calendar by URL, :mod:`assistant.sync.subscriptions`)
is refreshed from its feed, so an edit here would be lost at the next refresh,
and there is nowhere to send it. Every write path asks :func:`check_writable`
first and refuses with a sentence that says why and what to do instead.
"""

from __future__ import annotations

from typing import Any

from assistant.errors import InvalidInput
from assistant.store import Store

SUBSCRIPTION = "subscription"


def subscription_of(store: Store, calendar_id: int | None) -> str | None:
    """The name of the subscription ``calendar_id`` is, or None (writable)."""
    if calendar_id is None:
        return None
    rows = store.query(
        "SELECT name FROM sync_calendars WHERE id = ? AND kind = ?", [calendar_id, SUBSCRIPTION]
    )
    return str(rows[0]["name"]) if rows else None


def check_writable(store: Store, row: dict[str, Any], verb: str = "changed") -> None:
    """Refuse (InvalidInput) when the event ``row`` came from a subscription."""
    name = subscription_of(store, row.get("calendar_id"))
    if name is not None:
        raise InvalidInput(
            f"'{row.get('title') or '(no title)'}' (id {row.get('id')}) comes from the "
            f"subscription {name!r}, which is read-only, so it cannot be {verb} here; "
            "nothing was changed. Copy it into your own calendar as a new event, or remove "
            "the subscription."
        )
