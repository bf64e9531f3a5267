"""Sync every chosen calendar of one account or all of them, and say what happened.

A calendar that fails (server down, wrong password, a server error) is named
in the report with the reason; the others still sync, nothing local is
half-written, and the next sync simply tries again. A sync asked to stop
(:mod:`assistant.sync.stop`) ends before its next request and records nothing
more, not even the time of a calendar it did not finish.
"""

from __future__ import annotations

import logging

from assistant.clock import Clock
from assistant.store import Changes, Store, utc_stamp
from assistant.sync.accounts import Account, account, accounts, password_of
from assistant.sync.discovery import DEFAULT_TIMEOUT, client_for
from assistant.sync.engine import sync_calendar
from assistant.sync.errors import SyncError, explain
from assistant.sync.local import writing
from assistant.sync.remote import RemoteCalendar
from assistant.sync.report import CalendarReport, SyncReport
from assistant.sync.stop import checkpoint

log = logging.getLogger(__name__)


def sync(
    store: Store,
    clock: Clock,
    name: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    force: bool = False,
) -> SyncReport:
    """Sync the account ``name`` (every account when None) both ways.

    ``force`` lets a sync delete every item of a calendar on one side (the
    mass-deletion guard refuses that otherwise; see :mod:`assistant.sync.guard`).
    """
    chosen = [account(store, name)] if name is not None else accounts(store)
    report = SyncReport()
    for found in chosen:
        report.changes |= _sync_account(store, clock, found, report, timeout, force)
    return report


def _sync_account(
    store: Store, clock: Clock, found: Account, report: SyncReport, timeout: float, force: bool
) -> Changes:
    calendars = [c for c in found.calendars if c.kinds]
    changes = Changes()
    if not calendars:
        return changes
    reports = [CalendarReport(found.name, c.name) for c in calendars]
    report.calendars.extend(reports)
    try:
        password = password_of(found)
    except SyncError as exc:
        for one in reports:
            one.error = str(exc)
        _record(store, found, calendars, reports, clock)
        return changes
    for calendar, one in zip(calendars, reports, strict=True):
        checkpoint()  # asked to stop: the calendars not synced yet wait for the next run
        # A client per calendar: a calendar may live on another host than the account
        # (iCloud's load balancing), and the library joins URLs on one host only.
        client = client_for(calendar.url, found.user, password, found.auth, timeout)
        try:
            remote = RemoteCalendar(client, calendar.url, timeout)
            changes |= sync_calendar(store, clock, remote, calendar, one, force=force)
        except SyncError as exc:
            one.error = str(exc)
        except Exception as exc:  # the library on a server's odd answer; the log keeps the rest
            log.debug("sync of %s failed", calendar.url, exc_info=True)
            one.error = str(explain(exc, calendar.url, timeout))
    _record(store, found, calendars, reports, clock)
    return changes


def _record(
    store: Store, found: Account, calendars: list, reports: list[CalendarReport], clock: Clock
) -> None:
    """When each calendar last synced, or why it did not (for the window's status)."""
    stamp = utc_stamp(clock.utcnow())
    errors = [r.error for r in reports if r.error]
    with writing(store) as tx:
        for calendar, one in zip(calendars, reports, strict=True):
            values = (
                {"last_error": one.error} if one.error else {"last_sync": stamp, "last_error": None}
            )
            tx.update("sync_calendars", calendar.id, values)
        values = {"last_error": errors[0]} if errors else {"last_sync": stamp, "last_error": None}
        tx.update("sync_accounts", found.id, values)
