"""When the window checks: only when the user turned checks on, and at most once a day.

The time of the last check is kept in the settings file, so a restart does not
ask again. A last check in the future (the clock was set back) counts as none.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from assistant import settings

INTERVAL = timedelta(days=1)
# What a check sends, as Settings, doctor and `assistant update status` say it.
WHAT_IS_SENT = (
    "one HTTPS request to GitHub for the latest release, at most once a day, "
    "with no data about you or your items"
)


def describe_state(on: bool | None) -> str:
    """One sentence: whether update checks are on and what they send."""
    if on:
        return f"Update checks are on: {WHAT_IS_SENT}; nothing else is sent."
    return "Update checks are off: nothing is sent."


def is_due(base: Path, now: datetime) -> bool:
    """Whether a check may run now: checks are on and none ran in the last day."""
    if settings.update_checks(base) is not True:
        return False
    last = _parse(settings.last_update_check(base))
    return last is None or last > now or now - last >= INTERVAL


def record(base: Path, now: datetime) -> None:
    """Remember that a check was made at ``now`` (an aware datetime)."""
    settings.record_update_check(base, now.isoformat(timespec="seconds"))


def _parse(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None
