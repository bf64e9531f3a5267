"""How event times are stored, and back.

An event time is stored as wall-clock text plus an IANA zone, not as UTC: a
weekly 9:00 meeting in Berlin must stay at 9:00 across DST changes, which only
the wall-clock form preserves. Next to it sits a UTC sort key for range
queries. All-day values are plain dates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from assistant.dates import localize

DATE_FORMAT = "%Y-%m-%d"
WALL_FORMAT = "%Y-%m-%dT%H:%M:%S"


def encode_time(value: datetime | date, tz: ZoneInfo) -> tuple[str, str | None]:
    """``(text, tzid)`` for a column pair: dates stay dates, datetimes keep their zone.

    A naive datetime is read as wall-clock time in ``tz``; an aware one keeps its
    IANA zone when it has one, otherwise it is converted into ``tz``.
    """
    if not isinstance(value, datetime):
        return value.strftime(DATE_FORMAT), None
    if value.tzinfo is None:
        return value.strftime(WALL_FORMAT), tz.key
    zone = value.tzinfo if isinstance(value.tzinfo, ZoneInfo) else tz
    return value.astimezone(zone).strftime(WALL_FORMAT), zone.key


def decode_time(text: str, tzid: str | None, tz: ZoneInfo) -> datetime | date:
    """The stored value back: a date, or an aware datetime in its own zone.

    A time without zone ("floating" in iCalendar terms) is read in the user's zone.
    """
    if len(text) == 10:
        return date.fromisoformat(text)
    naive = datetime.fromisoformat(text)  # several times faster than strptime
    return localize(naive, ZoneInfo(tzid) if tzid else tz)


def utc_key(value: datetime | date) -> str:
    """A sortable UTC key: an aware instant, or midnight UTC for a date."""
    if not isinstance(value, datetime):
        return value.strftime(DATE_FORMAT) + "T00:00:00"
    return value.astimezone(UTC).strftime(WALL_FORMAT)


def iso(value: datetime | date | None, tz: ZoneInfo) -> str | None:
    """The contract's ISO form: datetimes with offset in the user's zone, dates YYYY-MM-DD."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(tz).isoformat(timespec="seconds")
    return value.isoformat()


# Margin for range queries on UTC keys: all-day keys sit at midnight UTC, while
# the user's day may start up to 14 hours earlier or later.
KEY_MARGIN = timedelta(hours=14)
