"""Two-way CalDAV sync of events and to-dos (issue 12 §1), without a face.

``accounts`` stores accounts and their calendars (the password in the
keychain), ``discovery`` finds the calendars, ``remote`` talks to the server
through the ``caldav`` library, ``engine`` classifies and carries out the
changes by the per-item status table, ``conflicts`` lists and resolves what
changed on both sides, and ``service.sync`` runs it all for one account or
every one. The window and the command line build on these; nothing here
imports Qt.
"""

from __future__ import annotations

from assistant.sync.accounts import Account, Calendar, accounts, add_account, remove_account
from assistant.sync.conflicts import Conflict, conflicts, resolve
from assistant.sync.errors import SyncError
from assistant.sync.report import CalendarReport, SyncReport
from assistant.sync.service import sync

__all__ = [
    "Account",
    "Calendar",
    "CalendarReport",
    "Conflict",
    "SyncError",
    "SyncReport",
    "accounts",
    "add_account",
    "conflicts",
    "remove_account",
    "resolve",
    "sync",
]
