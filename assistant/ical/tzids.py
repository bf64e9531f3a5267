"""The time zones that .ics files name, mapped to IANA zones.

Calendars name zones in many ways: IANA ids (``Europe/Berlin``), Windows names
from Outlook and Exchange (``W. Europe Standard Time``), "globally unique" ids
from libical and Lightning (``/mozilla.org/20050126_1/Europe/Berlin``), or a
free-form name whose only definition is the file's own VTIMEZONE (Outlook's
"Customized Time Zone"). We store events in an IANA zone, because only an IANA
zone keeps a weekly 9:00 meeting at 9:00 across DST changes in every year, so
every TZID is mapped to one when possible, in this order: the name itself (IANA,
Windows, /vendor/ prefix), the VTIMEZONE's X-LIC-LOCATION, then an IANA zone
whose UTC offsets equal the VTIMEZONE's over 2024-2030 (the user's own zone
first, then the main zone of each Windows region). A zone that matches nothing
is converted to the user's zone, instant for instant.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from icalendar import Calendar, Timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from assistant.dates import localize
from assistant.errors import IcsError
from assistant.ical.tz_limits import check_vtimezone

log = logging.getLogger(__name__)

# A custom VTIMEZONE is matched against IANA zones by its UTC offsets over
# these years (see _samples): most candidates fail on the first sample.
MATCH_FIRST_YEAR = 2024
MATCH_LAST_YEAR = 2030
_SKIPPED_PREFIXES = ("Etc/", "SystemV/", "posix/", "right/", "US/", "Canada/", "Mexico/")


class ZoneResolver:
    """Turns the datetimes icalendar parsed from one calendar into IANA-zoned values."""

    def __init__(self, calendar: Calendar, user_tz: ZoneInfo, wr_zone: ZoneInfo | None) -> None:
        self.user_tz = user_tz
        # Google's X-WR-TIMEZONE: the zone of the calendar's UTC and floating times
        # (what the x-wr-timezone package and recurring-ical-events do as well).
        self.wr_zone = wr_zone
        # Where floating times and unknown TZIDs are read.
        self.default_tz = wr_zone or user_tz
        self._definitions: dict[str, Any] = {
            _text(v.get("TZID")): v for v in calendar.walk("VTIMEZONE")
        }
        self._cache: dict[str, ZoneInfo | None] = {}
        # TZIDs whose VTIMEZONE would run away if expanded (see tz_limits), with the reason.
        self._refused: dict[str, str] = {}
        self._customs: dict[str, tzinfo | None] = {}

    def moment(self, value: Any, tzid: str | None) -> datetime | date:
        """A date as it is; a datetime aware in an IANA zone (see module docstring)."""
        if isinstance(value, datetime):
            return self.datetime(value, tzid)
        if isinstance(value, date):
            return value
        raise ValueError(f"expected a date or date-time, got {type(value).__name__}")

    def datetime(self, value: datetime, tzid: str | None) -> datetime:
        if isinstance(value.tzinfo, ZoneInfo):
            if self.wr_zone is not None and value.tzinfo.key == "UTC":
                return value.astimezone(self.wr_zone)
            return value
        zone = self.zone(tzid) if tzid else None
        if zone is not None:
            # The file gave a wall-clock time in that zone; keep the wall clock.
            return localize(value.replace(tzinfo=None), zone)
        wall = value.replace(tzinfo=None)
        custom = self._custom(tzid) if tzid else None
        if custom is not None:
            # A custom VTIMEZONE that matches no IANA zone: keep the instant.
            return wall.replace(tzinfo=custom).astimezone(self.user_tz)
        # Floating, or a TZID nobody defines: read it where the user lives.
        return localize(wall, self.default_tz)

    def zone(self, tzid: str) -> ZoneInfo | None:
        """The IANA zone for ``tzid``, None if there is none; IcsError for a runaway VTIMEZONE."""
        if tzid in self._refused:
            raise IcsError(self._refused[tzid])
        if tzid not in self._cache:
            try:
                self._cache[tzid] = self._resolve(tzid)
            except IcsError as exc:
                self._refused[tzid] = str(exc)
                raise
        return self._cache[tzid]

    def _custom(self, tzid: str) -> tzinfo | None:
        """This file's own definition of ``tzid``: icalendar's process-wide cache
        may hold another file's zone of the same name."""
        if tzid not in self._customs:
            self._customs[tzid] = _build_custom(self._definitions.get(tzid))
        return self._customs[tzid]

    def _resolve(self, tzid: str) -> ZoneInfo | None:
        zone = iana_zone(tzid)
        if zone is not None:
            return zone
        definition = self._definitions.get(tzid)
        if definition is None:
            return None
        location = definition.get("X-LIC-LOCATION")
        if location is not None and (zone := iana_zone(_text(location))) is not None:
            return zone
        check_vtimezone(definition)  # before anything expands its rules
        return _matching_zone(definition, self.user_tz)


def _build_custom(definition: Any) -> tzinfo | None:
    if definition is None:
        return None
    try:
        zone: tzinfo = definition.to_tz(lookup_tzid=False)
        return zone
    except Exception:  # a broken VTIMEZONE: treated like an unknown TZID
        log.debug("cannot build VTIMEZONE %r", definition.get("TZID"), exc_info=True)
        return None


def iana_zone(tzid: str) -> ZoneInfo | None:
    """The IANA zone that ``tzid`` names directly, as a Windows name or a /vendor/ id."""
    for candidate in _candidates(tzid):
        zone = load_zone(candidate)
        if zone is not None:
            return zone
    return None


def load_zone(name: str) -> ZoneInfo | None:
    if not name or len(name) > 100:
        return None
    try:
        return ZoneInfo(name)
    except Exception:  # ZoneInfo raises several types for odd keys
        return None


def _candidates(tzid: str) -> Iterator[str]:
    cleaned = tzid.strip().strip('"').strip("/")
    yield cleaned
    if cleaned in WINDOWS_TO_OLSON:
        yield WINDOWS_TO_OLSON[cleaned]
    # "/vendor/version/Area/City": the longest trailing IANA-looking part wins.
    parts = cleaned.split("/")
    for first in range(1, len(parts) - 1):
        yield "/".join(parts[first:])


def _matching_zone(definition: Timezone, user_tz: ZoneInfo) -> ZoneInfo | None:
    """An IANA zone with the same UTC offsets as a custom VTIMEZONE, preferring the user's."""
    try:
        offset_at = _offset_function(definition)
        samples = _samples(offset_at)
        offsets = [offset_at(moment) for moment in samples]
    except Exception:  # a broken VTIMEZONE simply matches nothing
        log.debug("cannot evaluate VTIMEZONE %r", definition.get("TZID"), exc_info=True)
        return None
    for name in (user_tz.key, "UTC", *_candidate_names()):
        zone = load_zone(name)
        if zone is not None and _same_offsets(zone, samples, offsets):
            return zone
    return None


def _offset_function(definition: Timezone) -> Callable[[datetime], timedelta]:
    """UTC offset of the VTIMEZONE at a UTC instant, from its transition table.

    Much faster than the tzinfo icalendar builds, which re-expands the zone's
    rules (often starting in 1601) on every conversion.
    """
    times, info = definition.get_transitions()
    if not times:
        raise ValueError("VTIMEZONE without transitions")

    def offset_at(moment: datetime) -> timedelta:
        index = bisect_right(times, moment.replace(tzinfo=None)) - 1
        return info[max(index, 0)][0]

    return offset_at


def _samples(offset_at: Callable[[datetime], timedelta]) -> list[datetime]:
    """Noon UTC of every day in the years compared, then every 15 minutes around
    each of the custom zone's changes, so the hour of a DST switch must match too."""
    first = datetime(MATCH_FIRST_YEAR, 1, 1, 12, tzinfo=UTC)
    days = (datetime(MATCH_LAST_YEAR + 1, 1, 1, tzinfo=UTC) - first).days
    noons = [first + timedelta(days=n) for n in range(days)]
    offsets = [offset_at(moment) for moment in noons]
    detail = [
        noon + timedelta(minutes=15 * step)
        for noon, before, after in zip(noons, offsets, offsets[1:], strict=False)
        if before != after
        for step in range(1, 96)
    ]
    return noons + detail


def _same_offsets(zone: tzinfo, samples: list[datetime], offsets: list[timedelta]) -> bool:
    # Lazy on purpose: almost every candidate differs on one of the first samples.
    return all(
        moment.astimezone(zone).utcoffset() == offset
        for moment, offset in zip(samples, offsets, strict=True)
    )


@lru_cache(maxsize=1)
def _candidate_names() -> tuple[str, ...]:
    # Zones that Windows names point at come first: they are the main zone of
    # their region ("Eastern Standard Time" -> America/New_York, not America/Detroit).
    primary = dict.fromkeys(WINDOWS_TO_OLSON.values())
    rest = sorted(
        n for n in available_timezones() if "/" in n and not n.startswith(_SKIPPED_PREFIXES)
    )
    return tuple(dict.fromkeys([*primary, *rest]))


def _text(value: Any) -> str:
    return "" if value is None else str(value)
