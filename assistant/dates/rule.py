"""One repeat rule (an RFC 5545 RRULE) as a value: read, checked, written and changed.

Every part of the app that holds a repeat rule goes through :class:`Rule`: the
words parser (``assistant.dates``), the event tools, the .ics import (after its
liberal repairs), expansion, the calendar's form and the export. So there is one
reading of the text, one policy for what may be stored (:meth:`Rule.check`),
one decoding and one encoding of UNTIL, and one list of weekday codes.

The policy is what the app can store and expand: HOURLY to YEARLY (SECONDLY and
MINUTELY would flood every list, and expansion stops at ``MAX_OCCURRENCES``
anyway), COUNT and INTERVAL within bounds far beyond any real calendar, UNTIL in
the form RFC 5545 wants for the start, and a rule dateutil can expand.

It lives in ``assistant.dates`` (below the calendar, which builds on it) and
imports nothing from the rest of that package: the words parser builds on it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from assistant.errors import RecurrenceError

Moment = date | datetime

# RFC 5545 weekday codes, in Python's weekday() order (Monday = 0).
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES = ("HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
REFUSED_FREQUENCIES = ("SECONDLY", "MINUTELY")
# Bounds on the numbers in a rule: far beyond any real calendar, and far inside
# RFC 5545's 32-bit integers (larger ones were stored, then broke every export).
MAX_COUNT = 10_000
MAX_INTERVAL = 1_000
RFC_PARTS = frozenset(
    {
        "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
        "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
    }
)  # fmt: skip
# RFC 5545 3.3.10: the values each BY part may hold (negative ones count from the end).
# dateutil takes BYMONTHDAY=32 and then walks to the year 9999 finding nothing.
_BY_RANGES = {
    "BYSECOND": (0, 60, False),
    "BYMINUTE": (0, 59, False),
    "BYHOUR": (0, 23, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYMONTH": (1, 12, False),
    "BYSETPOS": (1, 366, True),
}
_END_OF_DAY = time(23, 59, 59)
_UNTIL_FORMS = {
    "date": (re.compile(r"\d{8}"), "20270301"),
    "floating": (re.compile(r"\d{8}T\d{6}"), "20270301T235959"),
    "utc": (re.compile(r"\d{8}T\d{6}Z"), "20270301T225959Z"),
}
_DATEUTIL_ERRORS = (ValueError, TypeError, KeyError, IndexError, OverflowError)


@dataclass(frozen=True)
class Rule:
    """An RRULE as its parts, in the order they were given, FREQ first; upper-case."""

    parts: tuple[tuple[str, str], ...]

    # -- making one --------------------------------------------------------------

    @classmethod
    def read(cls, text: str) -> Rule:
        """The parts of ``text`` (with or without ``RRULE:``), checked only for form.

        For rules already stored; what may be stored is :func:`parse`'s business.
        A part named twice keeps its last value.
        """
        body = re.sub(r"\s+", "", text).upper().removeprefix("RRULE:")
        found: dict[str, str] = {}
        for piece in body.split(";"):
            if not piece:
                continue
            key, sep, value = piece.partition("=")
            if not sep or not value:
                raise RecurrenceError(
                    f"The repeat rule {text!r} is not valid: {piece!r} has no value."
                )
            found[key] = value
        if "FREQ" not in found:
            raise RecurrenceError(f"The repeat rule {text!r} has no FREQ (e.g. FREQ=WEEKLY).")
        return cls.of(found)

    @classmethod
    def of(cls, parts: dict[str, str]) -> Rule:
        """A rule of these parts, FREQ first."""
        ordered = {"FREQ": parts["FREQ"], **parts}
        return cls(tuple(ordered.items()))

    @classmethod
    def build(
        cls,
        freq: str,
        *,
        interval: int = 1,
        byday: tuple[str, ...] | list[str] = (),
        bymonthday: int | None = None,
        bymonth: int | None = None,
        count: int | None = None,
        until: str | None = None,
    ) -> Rule:
        """The rule for these values, its parts in a fixed order."""
        parts = {"FREQ": freq}
        if interval != 1:
            parts["INTERVAL"] = str(interval)
        if bymonth is not None:
            parts["BYMONTH"] = str(bymonth)
        if bymonthday is not None:
            parts["BYMONTHDAY"] = str(bymonthday)
        if byday:
            parts["BYDAY"] = ",".join(byday)
        if count is not None:
            parts["COUNT"] = str(count)
        if until is not None:
            parts["UNTIL"] = until
        return cls.of(parts)

    # -- reading it --------------------------------------------------------------

    def render(self) -> str:
        """The RRULE value, without ``RRULE:``."""
        return ";".join(f"{key}={value}" for key, value in self.parts)

    def __str__(self) -> str:
        return self.render()

    def get(self, key: str) -> str | None:
        return dict(self.parts).get(key)

    def has(self, key: str) -> bool:
        return any(name == key for name, _ in self.parts)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.parts)

    @property
    def freq(self) -> str:
        return self.parts[0][1]

    @property
    def interval(self) -> int:
        return int(self.get("INTERVAL") or "1")

    @property
    def byday(self) -> tuple[str, ...]:
        value = self.get("BYDAY")
        return tuple(value.split(",")) if value else ()

    @property
    def until(self) -> str | None:
        return self.get("UNTIL")

    def until_moment(self) -> Moment | None:
        """UNTIL as a date, a floating (naive) time or a UTC instant; None without one."""
        return None if self.until is None else decode_until(self.until)

    def until_day(self, tz: tzinfo) -> date | None:
        """The last day UNTIL lets in, as seen in ``tz`` (a UTC bound moves to that zone)."""
        until = self.until_moment()
        if until is None or not isinstance(until, datetime):
            return until
        return until.astimezone(tz).date() if until.tzinfo else until.date()

    def until_wall(self, zone: tzinfo, all_day: bool) -> datetime | None:
        """UNTIL as naive wall-clock time in the series' zone (an inclusive bound)."""
        until = self.until_moment()
        if until is None:
            return None
        if not isinstance(until, datetime):
            # A date bound on a timed series includes that whole day.
            day = datetime.combine(until, time())
            return day if all_day else datetime.combine(until, _END_OF_DAY)
        return until.astimezone(zone).replace(tzinfo=None) if until.tzinfo else until

    # -- changing it -------------------------------------------------------------

    def with_part(self, key: str, value: str | None) -> Rule:
        """This rule with ``key`` set (in its place, else last) or, for None, left out."""
        parts = dict(self.parts)
        if value is None:
            parts.pop(key, None)
        else:
            parts[key] = value
        return Rule.of(parts)

    def with_until(self, value: Moment, start: Moment, tz: tzinfo | None = None) -> Rule:
        """UNTIL at ``value`` (a date: the whole of that day), written as ``start`` needs.

        ``tz``: the zone of a day's end when ``start`` has no IANA zone of its own.
        """
        return self.with_part("UNTIL", until_for(value, start, tz))

    def with_until_day(self, day: date, start: Moment, tz: tzinfo | None = None) -> Rule:
        """The series ends with ``day``: its last occurrence may fall anywhere in it."""
        return self.with_until(day, start, tz)

    def retarget(self, old: Moment, new: Moment) -> Rule:
        """Keep the rule pinned to its start's weekday / day of month when the start moves.

        "Every Monday" (BYDAY=MO) whose start moves to a Tuesday becomes BYDAY=TU;
        rules with several days or ordinals are left as they are.
        """
        old_day, new_day = as_date(old), as_date(new)
        rule = self
        if self.get("BYDAY") == WEEKDAY_CODES[old_day.weekday()]:
            rule = rule.with_part("BYDAY", WEEKDAY_CODES[new_day.weekday()])
        if self.get("BYMONTHDAY") == str(old_day.day):
            rule = rule.with_part("BYMONTHDAY", str(new_day.day))
        if self.get("BYMONTH") == str(old_day.month):
            rule = rule.with_part("BYMONTH", str(new_day.month))
        return rule

    # -- checking and expanding --------------------------------------------------

    def check(self, start: Moment) -> Rule:
        """This rule when the app can store and expand it from ``start``; else RecurrenceError."""
        text = self.render()
        if self.freq in REFUSED_FREQUENCIES:
            raise RecurrenceError(
                "Events cannot repeat every second or minute; the smallest step is HOURLY."
            )
        if self.freq not in FREQUENCIES:
            raise RecurrenceError(
                f'The rule "{text}" is not a valid RRULE: FREQ={self.freq} is not a frequency; '
                "use DAILY, WEEKLY, MONTHLY or YEARLY."
            )
        for key in ("INTERVAL", "COUNT"):
            value = self.get(key)
            if value is not None and not (value.isdigit() and int(value) >= 1):
                raise RecurrenceError(f"{key} must be a whole number of 1 or more, not {value}.")
        self._check_bounds()
        self._check_ranges()
        if self.has("COUNT") and self.has("UNTIL"):
            raise RecurrenceError(
                f'The rule "{text}" has both COUNT and UNTIL; RFC 5545 allows one.'
            )
        if self.until is not None:
            _check_until_form(self.until, start)
        wall_start = _wall(start)
        zone = start.tzinfo if isinstance(start, datetime) and start.tzinfo else UTC
        all_day = not isinstance(start, datetime)
        self.dateutil(wall_start, zone, all_day)
        until = self.until_wall(zone, all_day)
        if until is not None and until < wall_start:
            raise RecurrenceError(f"UNTIL={self.until} is before the start, so it never happens.")
        return self

    def _check_bounds(self) -> None:
        count, interval = self.get("COUNT"), self.get("INTERVAL")
        if count is not None and int(count) > MAX_COUNT:
            raise RecurrenceError(
                f"COUNT={count} is too many; a series repeats at most "
                f"{MAX_COUNT:,} times. Give an end date (UNTIL) instead."
            )
        if interval is not None and int(interval) > MAX_INTERVAL:
            raise RecurrenceError(
                f"INTERVAL={interval} is too large; a series can skip at most "
                f"{MAX_INTERVAL:,} periods between repeats."
            )

    def _check_ranges(self) -> None:
        for key, (low, high, signed) in _BY_RANGES.items():
            value = self.get(key)
            if value is None:
                continue
            for item in value.split(","):
                if not re.fullmatch(r"[+-]?\d{1,4}", item):
                    raise RecurrenceError(f"{key}={value}: {item!r} is not a number.")
                number = abs(int(item)) if signed else int(item)
                if not low <= number <= high:
                    limits = f"{low} to {high}" + (f" or -{high} to -1" if signed else "")
                    raise RecurrenceError(f"{key}={value}: each value must be {limits}.")

    def dateutil(self, dtstart: datetime, zone: tzinfo, all_day: bool) -> rrule:
        """A dateutil rule on naive wall-clock times (dateutil refuses mixed naive/aware)."""
        until = self.until_wall(zone, all_day)
        rule = self if until is None else self.with_part("UNTIL", f"{until:%Y%m%dT%H%M%S}")
        try:
            made = rrulestr(rule.render(), dtstart=dtstart)
        except _DATEUTIL_ERRORS as error:
            raise RecurrenceError(
                f'The rule "{self.render()}" is not a valid RRULE: {error}'
            ) from None
        assert isinstance(made, rrule)  # one RRULE line gives one rule, not a set
        return made


def parse(text: str, start: Moment) -> Rule:
    """The rule RRULE ``text`` (optionally ``RRULE:``) stands for, checked against ``start``.

    Stricter than :meth:`Rule.read` about form: one line, only RFC 5545 parts,
    none named twice. Then the one policy, :meth:`Rule.check`.
    """
    if "\n" in text or "\r" in text:
        raise RecurrenceError("Give one RRULE line, without DTSTART or other properties.")
    body = re.sub(r"\s+", "", text).upper().removeprefix("RRULE:")
    keys = [piece.partition("=")[0] for piece in body.split(";") if piece]
    unknown = [key for key in keys if key not in RFC_PARTS]
    if unknown:
        raise RecurrenceError(f'"{unknown[0]}" is not part of an RRULE (in "{text}").')
    if len(set(keys)) != len(keys):
        raise RecurrenceError(f'The rule "{text}" names a part twice.')
    return Rule.read(body).check(start)


# -- UNTIL --------------------------------------------------------------------


def decode_until(text: str) -> Moment:
    """An UNTIL value as a date, a floating (naive) time or an aware UTC instant."""
    try:
        if _UNTIL_FORMS["date"][0].fullmatch(text):
            return datetime.strptime(text, "%Y%m%d").date()
        if _UNTIL_FORMS["utc"][0].fullmatch(text):
            return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        if _UNTIL_FORMS["floating"][0].fullmatch(text):
            return datetime.strptime(text, "%Y%m%dT%H%M%S")
    except ValueError:
        pass
    raise RecurrenceError(f"UNTIL={text} is not a date such as 20261231.")


def encode_until(value: Moment) -> str:
    """A date, a floating time or an instant (written in UTC) as an UNTIL value."""
    if not isinstance(value, datetime):
        return f"{value:%Y%m%d}"
    if value.tzinfo is None:
        return f"{value:%Y%m%dT%H%M%S}"
    return f"{value.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def until_for(value: Moment, start: Moment, tz: tzinfo | None = None) -> str:
    """UNTIL for ``value`` in the form RFC 5545 wants for ``start``.

    A date for an all-day start; a floating time for a floating start; else UTC.
    A day (``value`` a date) lasts to its final second, in ``start``'s zone
    (``tz`` when that is no IANA zone), so its occurrence counts.
    """
    if not isinstance(start, datetime):
        return encode_until(as_date(value))
    if not isinstance(value, datetime):
        value = datetime.combine(value, _END_OF_DAY)
    if start.tzinfo is None:
        return encode_until(value.replace(tzinfo=None))  # floating start: floating UNTIL
    if value.tzinfo is None:
        zone = start.tzinfo if tz is None or isinstance(start.tzinfo, ZoneInfo) else tz
        # fold=0: the earlier of a doubled hour, as dates.localize reads wall times.
        value = value.replace(tzinfo=zone, fold=0)
    return encode_until(value)


def _check_until_form(until: str, start: Moment) -> None:
    """RFC 5545: UNTIL has DTSTART's type, and is UTC when DTSTART has a zone."""
    if not isinstance(start, datetime):
        form = "date"
    elif start.tzinfo is None:
        form = "floating"
    else:
        form = "utc"
    pattern, example = _UNTIL_FORMS[form]
    if not pattern.fullmatch(until):
        raise RecurrenceError(f"UNTIL must look like {example} for this start (UNTIL={until}).")


def _wall(start: Moment) -> datetime:
    """``start`` as naive wall-clock time in its own zone; a date is its midnight."""
    if isinstance(start, datetime):
        return start.replace(tzinfo=None)
    return datetime.combine(start, time())


def as_date(value: Moment) -> date:
    return value.date() if isinstance(value, datetime) else value
