"""The mass-deletion guard, as vdirsyncer has it.

When every item of a calendar vanished on one side (a local database lost or
replaced, a server calendar emptied by mistake, a wrong account), a sync
would faithfully delete every copy on the other side too. That is almost
never what anybody wants, and it cannot be undone on the server. So such a
sync is refused for that calendar, with a sentence that says what happened,
until the user confirms it with ``assistant sync --force``.

A calendar with a single item is exempt: deleting the only event is an
ordinary edit, and "all of it vanished" says nothing about lost data there.
"""

from __future__ import annotations

from assistant.sync.errors import SyncError

# At least this many items must vanish together for the guard to speak.
MIN_ITEMS = 2


def check_mass_deletion(calendar: str, synced: int, vanished: int, *, here: bool) -> None:
    """Refuse (SyncError) when all ``synced`` items vanished on one side.

    ``here``: they vanished here, so the sync would delete them on the server;
    else they vanished on the server, and it would delete them here.
    """
    if synced < MIN_ITEMS or vanished < synced:
        return
    if here:
        what = (
            f"all {synced} of its items are gone here, so syncing would delete every one "
            "of them on the server too"
        )
    else:
        what = (
            f"all {synced} of its items are gone from the server, so syncing would delete "
            "every one of them here too"
        )
    raise SyncError(
        f"The calendar {calendar!r} was not synced: {what}. If that is what you want, run "
        "`assistant sync --force`; otherwise nothing was changed."
    )
