"""resolve_when, parse_duration and format_when against fixed clocks (see docs/dates.md)."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.clock import Clock
from assistant.dates import When, format_when, localize, parse_duration, resolve_when
from assistant.errors import AssistantError, DateError, InvalidInput

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def clock_at(
    year: int, month: int, day: int, hour: int, minute: int, tz: ZoneInfo = BERLIN
) -> Clock:
    return Clock(datetime(year, month, day, hour, minute, tzinfo=tz), tz)


FRIDAY = clock_at(2026, 11, 27, 10, 0)  # Friday 10:00 CET
TUESDAY = clock_at(2026, 12, 1, 15, 30)  # Tuesday 15:30
SUNDAY = clock_at(2026, 11, 29, 23, 0)  # Sunday 23:00
NEW_YEARS_EVE = clock_at(2026, 12, 31, 22, 0)  # Thursday


def wall(value: date | datetime, clock: Clock) -> date | datetime:
    """A datetime as naive wall-clock time in the clock's zone (checking it is in that zone)."""
    if isinstance(value, datetime):
        assert value.tzinfo is clock.tz
        return value.replace(tzinfo=None)
    return value


def D(*args: int) -> date:
    return date(*args)


def T(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, micro)


FRIDAY_CASES = [
    # ISO 8601
    ("2026-12-01", D(2026, 12, 1)),
    ("2026-12-01T13:00", T(2026, 12, 1, 13, 0)),
    ("2026-12-01 13:00", T(2026, 12, 1, 13, 0)),
    ("2026-12-01T13:00:45", T(2026, 12, 1, 13, 0, 45)),
    ("2026-12-01T13:00:45.250", T(2026, 12, 1, 13, 0, 45, 250000)),
    ("2026-12-01T12:00Z", T(2026, 12, 1, 13, 0)),
    ("2026-12-01T13:00+01:00", T(2026, 12, 1, 13, 0)),
    ("2026-12-01T07:00-05:00", T(2026, 12, 1, 13, 0)),
    ("2026-12-01T07:00-0500", T(2026, 12, 1, 13, 0)),
    ("2026-12-01 at 3pm", T(2026, 12, 1, 15, 0)),
    ("on 2026-12-01", D(2026, 12, 1)),
    # named days
    ("today", D(2026, 11, 27)),
    ("Today", D(2026, 11, 27)),
    ("tomorrow", D(2026, 11, 28)),
    ("  tomorrow  ", D(2026, 11, 28)),
    ("yesterday", D(2026, 11, 26)),
    ("the day after tomorrow", D(2026, 11, 29)),
    ("day after tomorrow", D(2026, 11, 29)),
    ("the day before yesterday", D(2026, 11, 25)),
    ("tonight", T(2026, 11, 27, 20, 0)),
    ("tonight at 9", T(2026, 11, 27, 21, 0)),
    ("tonight at 11:30", T(2026, 11, 27, 23, 30)),
    ("now", T(2026, 11, 27, 10, 0)),
    ("noon", T(2026, 11, 27, 12, 0)),
    ("midday", T(2026, 11, 27, 12, 0)),
    ("midnight", T(2026, 11, 28, 0, 0)),
    ("tomorrow midnight", T(2026, 11, 29, 0, 0)),
    ("tomorrow at midnight", T(2026, 11, 29, 0, 0)),
    ("friday midnight", T(2026, 11, 28, 0, 0)),
    # weekdays, said on a Friday
    ("Monday", D(2026, 11, 30)),
    ("on Monday", D(2026, 11, 30)),
    ("mon", D(2026, 11, 30)),
    ("Tuesday 3pm", T(2026, 12, 1, 15, 0)),
    ("tue 15:00", T(2026, 12, 1, 15, 0)),
    ("thurs", D(2026, 12, 3)),
    ("friday", D(2026, 11, 27)),
    ("this friday", D(2026, 11, 27)),
    ("friday 11am", T(2026, 11, 27, 11, 0)),
    ("friday 9am", T(2026, 12, 4, 9, 0)),
    ("this friday 9am", T(2026, 12, 4, 9, 0)),
    ("friday at 10", T(2026, 12, 4, 10, 0)),
    ("friday evening", T(2026, 11, 27, 19, 0)),
    ("next friday", D(2026, 12, 4)),
    ("next Monday", D(2026, 11, 30)),
    ("next sunday", D(2026, 12, 6)),
    ("last friday", D(2026, 11, 20)),
    ("last thursday", D(2026, 11, 26)),
    ("last saturday", D(2026, 11, 21)),
    ("this saturday", D(2026, 11, 28)),
    ("next tuesday at 1", T(2026, 12, 1, 13, 0)),
    ("on Tuesday at 1", T(2026, 12, 1, 13, 0)),
    ("Tuesday, at 1:30", T(2026, 12, 1, 13, 30)),
    ("at 3pm on friday", T(2026, 11, 27, 15, 0)),
    ("3pm next friday", T(2026, 12, 4, 15, 0)),
    # A weekday beside "next week" is that day in next week, not a contradiction.
    ("next week Friday", D(2026, 12, 4)),
    ("Friday next week", D(2026, 12, 4)),
    ("next week on Monday at 9", T(2026, 11, 30, 9, 0)),
    ("next week friday at 7pm", T(2026, 12, 4, 19, 0)),
    # relative offsets
    ("in 5 minutes", T(2026, 11, 27, 10, 5)),
    ("in 5 min", T(2026, 11, 27, 10, 5)),
    ("in 2 hours", T(2026, 11, 27, 12, 0)),
    ("in an hour", T(2026, 11, 27, 11, 0)),
    ("in half an hour", T(2026, 11, 27, 10, 30)),
    ("in two hours", T(2026, 11, 27, 12, 0)),
    ("in 3 days", T(2026, 11, 30, 10, 0)),
    ("in 3 days at 5pm", T(2026, 11, 30, 17, 0)),
    ("in 2 weeks", T(2026, 12, 11, 10, 0)),
    ("in a month", T(2026, 12, 27, 10, 0)),
    ("in a year", T(2027, 11, 27, 10, 0)),
    ("2 days from now", T(2026, 11, 29, 10, 0)),
    ("3 days ago", T(2026, 11, 24, 10, 0)),
    ("an hour ago", T(2026, 11, 27, 9, 0)),
    ("a week ago", T(2026, 11, 20, 10, 0)),
    # month-days
    ("April 2", D(2027, 4, 2)),
    ("2 April", D(2027, 4, 2)),
    ("April 2nd", D(2027, 4, 2)),
    ("2nd of April", D(2027, 4, 2)),
    ("the 2nd of April", D(2027, 4, 2)),
    ("April the 2nd", D(2027, 4, 2)),
    ("Dec 24", D(2026, 12, 24)),
    ("Dec. 24", D(2026, 12, 24)),
    ("sept 1", D(2027, 9, 1)),
    ("November 27", D(2026, 11, 27)),
    ("November 26", D(2027, 11, 26)),
    ("December 24 2026", D(2026, 12, 24)),
    ("December 24, 2026", D(2026, 12, 24)),
    ("24 December 2027", D(2027, 12, 24)),
    ("March 3 2020", D(2020, 3, 3)),
    ("April 1st 9:15", T(2027, 4, 1, 9, 15)),
    ("2 April at noon", T(2027, 4, 2, 12, 0)),
    ("on the 2nd of April at 5:30 pm", T(2027, 4, 2, 17, 30)),
    ("Feb 29 2028", D(2028, 2, 29)),
    ("the 15th", D(2026, 12, 15)),
    ("on the 28th", D(2026, 11, 28)),
    ("the 27th", D(2026, 11, 27)),
    ("the 30", D(2026, 11, 30)),
    ("the first", D(2026, 12, 1)),
    ("the 15th at 3pm", T(2026, 12, 15, 15, 0)),
    # times alone: today while ahead, else tomorrow
    ("5 pm", T(2026, 11, 27, 17, 0)),
    ("5pm", T(2026, 11, 27, 17, 0)),
    ("5 p.m.", T(2026, 11, 27, 17, 0)),
    ("5:30pm", T(2026, 11, 27, 17, 30)),
    ("17:30", T(2026, 11, 27, 17, 30)),
    ("9", T(2026, 11, 28, 9, 0)),
    ("9am", T(2026, 11, 28, 9, 0)),
    ("at 9", T(2026, 11, 28, 9, 0)),
    ("at 11", T(2026, 11, 27, 11, 0)),
    ("at 1", T(2026, 11, 27, 13, 0)),
    ("at 6", T(2026, 11, 27, 18, 0)),
    ("at 7", T(2026, 11, 28, 7, 0)),
    ("at 12", T(2026, 11, 27, 12, 0)),
    ("at 01:00", T(2026, 11, 28, 1, 0)),
    ("at 13", T(2026, 11, 27, 13, 0)),
    ("3", T(2026, 11, 28, 3, 0)),
    ("10:00", T(2026, 11, 28, 10, 0)),
    ("10:01", T(2026, 11, 27, 10, 1)),
    ("12am", T(2026, 11, 28, 0, 0)),
    ("12pm", T(2026, 11, 27, 12, 0)),
    ("5 o'clock", T(2026, 11, 28, 5, 0)),
    ("at 5 o'clock", T(2026, 11, 27, 17, 0)),
    # parts of the day
    ("morning", T(2026, 11, 28, 9, 0)),
    ("evening", T(2026, 11, 27, 19, 0)),
    ("tomorrow morning", T(2026, 11, 28, 9, 0)),
    ("tomorrow afternoon", T(2026, 11, 28, 15, 0)),
    ("tomorrow night", T(2026, 11, 28, 21, 0)),
    ("this afternoon", T(2026, 11, 27, 15, 0)),
    ("this morning", T(2026, 11, 27, 9, 0)),
    ("friday evening at 7", T(2026, 11, 27, 19, 0)),
    ("tomorrow at 8 in the evening", T(2026, 11, 28, 20, 0)),
    ("tomorrow morning at 7:30", T(2026, 11, 28, 7, 30)),
    ("tomorrow at night", T(2026, 11, 28, 21, 0)),
    # periods
    ("end of the month", D(2026, 11, 30)),
    ("end of month", D(2026, 11, 30)),
    ("the end of the week", D(2026, 11, 29)),
    ("end of the year", D(2026, 12, 31)),
    ("next week", D(2026, 11, 30)),
    ("next month", D(2026, 12, 1)),
    ("this weekend", D(2026, 11, 28)),
    ("the weekend", D(2026, 11, 28)),
    ("next weekend", D(2026, 12, 5)),
    ("next week at 9am", T(2026, 11, 30, 9, 0)),
    # combinations, either order
    ("3pm tomorrow", T(2026, 11, 28, 15, 0)),
    ("tomorrow at 3pm", T(2026, 11, 28, 15, 0)),
    ("tomorrow, at 3 pm", T(2026, 11, 28, 15, 0)),
    ("TOMORROW   AT   3PM", T(2026, 11, 28, 15, 0)),
    ("at noon tomorrow", T(2026, 11, 28, 12, 0)),
    ("tomorrow at 9", T(2026, 11, 28, 9, 0)),
    ("tomorrow at 2", T(2026, 11, 28, 14, 0)),
    ("tomorrow 2", T(2026, 11, 28, 2, 0)),
    ("tomorrow morning at 17:00", T(2026, 11, 28, 17, 0)),
    # a start with no end: "from 7pm" is when it begins
    ("Saturday from 7pm", T(2026, 11, 28, 19, 0)),
    ("from noon on Saturday", T(2026, 11, 28, 12, 0)),
]


@pytest.mark.parametrize(("text", "expected"), FRIDAY_CASES)
def test_resolve_on_a_friday(text: str, expected: date | datetime) -> None:
    when = resolve_when(text, FRIDAY)
    assert wall(when.value, FRIDAY) == expected
    assert type(when.value) is type(expected)
    assert when.text == text


@pytest.mark.parametrize(
    ("clock", "text", "expected"),
    [
        # Tuesday 15:30
        (TUESDAY, "tuesday", D(2026, 12, 1)),
        (TUESDAY, "tuesday 3pm", T(2026, 12, 8, 15, 0)),
        (TUESDAY, "tuesday 4pm", T(2026, 12, 1, 16, 0)),
        (TUESDAY, "next tuesday", D(2026, 12, 8)),
        (TUESDAY, "next wednesday", D(2026, 12, 9)),
        (TUESDAY, "wednesday", D(2026, 12, 2)),
        (TUESDAY, "monday", D(2026, 12, 7)),
        (TUESDAY, "last monday", D(2026, 11, 30)),
        (TUESDAY, "next week", D(2026, 12, 7)),
        (TUESDAY, "this weekend", D(2026, 12, 5)),
        (TUESDAY, "end of the week", D(2026, 12, 6)),
        (TUESDAY, "the 1st", D(2026, 12, 1)),
        (TUESDAY, "the 31st", D(2026, 12, 31)),
        (TUESDAY, "3pm", T(2026, 12, 2, 15, 0)),
        (TUESDAY, "afternoon", T(2026, 12, 2, 15, 0)),
        (TUESDAY, "this afternoon", T(2026, 12, 1, 15, 0)),
        # Sunday 23:00
        (SUNDAY, "this weekend", D(2026, 11, 29)),
        (SUNDAY, "next weekend", D(2026, 12, 5)),
        (SUNDAY, "end of the week", D(2026, 11, 29)),
        (SUNDAY, "next monday", D(2026, 11, 30)),
        (SUNDAY, "monday", D(2026, 11, 30)),
        (SUNDAY, "sunday", D(2026, 11, 29)),
        (SUNDAY, "sunday 10pm", T(2026, 12, 6, 22, 0)),
        (SUNDAY, "next sunday", D(2026, 12, 6)),
        (SUNDAY, "tonight", T(2026, 11, 29, 20, 0)),
        (SUNDAY, "in 2 hours", T(2026, 11, 30, 1, 0)),
        # Year rollover on New Year's Eve (a Thursday) at 22:00
        (NEW_YEARS_EVE, "tomorrow", D(2027, 1, 1)),
        (NEW_YEARS_EVE, "next week", D(2027, 1, 4)),
        (NEW_YEARS_EVE, "next month", D(2027, 1, 1)),
        (NEW_YEARS_EVE, "in 3 hours", T(2027, 1, 1, 1, 0)),
        (NEW_YEARS_EVE, "midnight", T(2027, 1, 1, 0, 0)),
        (NEW_YEARS_EVE, "Jan 2", D(2027, 1, 2)),
        (NEW_YEARS_EVE, "December 30", D(2027, 12, 30)),
        (NEW_YEARS_EVE, "December 31", D(2026, 12, 31)),
        (NEW_YEARS_EVE, "the 5th", D(2027, 1, 5)),
        (NEW_YEARS_EVE, "end of the month", D(2026, 12, 31)),
        (NEW_YEARS_EVE, "in a month", T(2027, 1, 31, 22, 0)),
        (NEW_YEARS_EVE, "9am", T(2027, 1, 1, 9, 0)),
        # Month arithmetic keeps the day, or takes the month's last day
        (clock_at(2027, 1, 31, 9, 0), "in a month", T(2027, 2, 28, 9, 0)),
        (clock_at(2028, 1, 31, 9, 0), "in 1 month", T(2028, 2, 29, 9, 0)),
        (clock_at(2028, 2, 29, 9, 0), "in a year", T(2029, 2, 28, 9, 0)),
        # Feb 29 in leap and non-leap years
        (clock_at(2027, 11, 1, 9, 0), "Feb 29", D(2028, 2, 29)),
        (clock_at(2028, 1, 10, 9, 0), "Feb 29", D(2028, 2, 29)),
        (clock_at(2028, 1, 10, 9, 0), "the 29th of February", D(2028, 2, 29)),
        (clock_at(2028, 2, 10, 9, 0), "the 29th", D(2028, 2, 29)),
    ],
)
def test_resolve_on_other_days(clock: Clock, text: str, expected: date | datetime) -> None:
    value = resolve_when(text, clock).value
    assert wall(value, clock) == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("blorf", 'Could not understand the date "blorf".'),
        ("", "A date is needed"),
        ("   ", "A date is needed"),
        (",", 'Could not understand the date ",".'),
        ("tomorrow blorf", 'Could not understand "blorf" in "tomorrow blorf".'),
        ("blorf tomorrow", 'Could not understand "blorf"'),
        ("next funday", 'Could not understand "funday" in "next funday".'),
        ("in 5 blorfs", 'Could not understand "blorfs"'),
        ("tomorrow at", 'Could not understand "at"'),
        ("next", 'Could not understand the date "next".'),
        ("32nd of March", "There is no 32nd of March."),
        ("March 32", "There is no 32nd of March."),
        ("the 0th of May", "There is no 0th of May."),
        ("February 30", "February 30 does not exist."),
        ("April 31", "April 31 does not exist."),
        ("Feb 29 2027", "February 29 does not exist in 2027."),
        ("Feb 29", "February 29 does not exist in 2027."),
        ("the 31st", "November 31 does not exist."),
        ("2026-02-30", "February 30 does not exist."),
        ("2027-02-29", "February 29 does not exist in 2027."),
        ("2026-13-01", "There is no month 13"),
        ("2026-12-01T24:00", "no such time of day"),
        ("2026-12-01T13:00+25:00", "impossible UTC offset"),
        ("13pm", '"13pm" is not a time of day'),
        ("0am", '"0am" is not a time of day'),
        ("24:00", '"24:00" is not a time of day'),
        ("17:60", '"17:60" is not a time of day'),
        ("25", '"25" is not a time of day'),
        ("1730", 'Could not understand "1730"'),
        ("24/12", '"24/12" is ambiguous'),
        ("12/24/2026", '"12/24/2026" is ambiguous'),
        ("tomorrow friday", "28 November 2026 is a Saturday, not a Friday"),
        ("friday tuesday", '"friday tuesday" names more than one day.'),
        ("3pm 5pm", '"3pm 5pm" names more than one time.'),
        ("morning evening", "more than one part of the day"),
        ("now tomorrow", "exact moment and another day or time"),
        ("in 2 hours at 5pm", "exact moment and another day or time"),
        ("april", 'Could not understand the date "april".'),
        ("this week", 'Could not understand "week" in "this week".'),
        ("quarter past 5", 'Could not understand "quarter"'),
        ("2026-12-01T13:00 tomorrow", "Could not understand"),
        ("in 99999 years", "too far in the past or the future"),
        ("99999999999999999999 days ago", "too far in the past or the future"),
    ],
)
def test_refusals(text: str, message: str) -> None:
    with pytest.raises(DateError) as raised:
        resolve_when(text, FRIDAY)
    assert message in str(raised.value)
    assert isinstance(raised.value, InvalidInput)


def test_when_has_time() -> None:
    assert resolve_when("tomorrow 3pm", FRIDAY).has_time
    assert not resolve_when("tomorrow", FRIDAY).has_time
    assert When(date(2026, 1, 1), "x") == When(date(2026, 1, 1), "x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow", T(2026, 11, 28, 9, 0)),
        ("friday", T(2026, 11, 27, 9, 0)),  # a default time never moves the day
        ("2026-12-01", T(2026, 12, 1, 9, 0)),
        ("tomorrow 3pm", T(2026, 11, 28, 15, 0)),
        ("in 3 days", T(2026, 11, 30, 10, 0)),
    ],
)
def test_default_time(text: str, expected: datetime) -> None:
    when = resolve_when(text, FRIDAY, default_time=time(9, 0))
    assert wall(when.value, FRIDAY) == expected


def test_offsets_are_converted_into_the_clock_zone() -> None:
    value = resolve_when("2026-12-01T13:00+01:00", clock_at(2026, 11, 27, 10, 0, tz=NEW_YORK)).value
    assert isinstance(value, datetime)
    assert value.tzinfo is NEW_YORK
    assert value.replace(tzinfo=None) == datetime(2026, 12, 1, 7, 0)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("30 minutes", 30),
        ("30 min", 30),
        ("30m", 30),
        ("1 hour", 60),
        ("1h30", 90),
        ("1h30m", 90),
        ("1h 30m", 90),
        ("1 hour 30 minutes", 90),
        ("1 hour and 30 minutes", 90),
        ("1.5 hours", 90),
        ("90", 90),
        ("2h", 120),
        ("2 hrs", 120),
        ("an hour", 60),
        ("two hours", 120),
        ("half an hour", 30),
        ("an hour and a half", 90),
        ("2 days", 2 * 24 * 60),
        ("1 week", 7 * 24 * 60),
        ("PT1H30M", 90),
        ("pt45m", 45),
        ("PT1.5H", 90),
        ("P1D", 24 * 60),
        ("P1DT2H", 26 * 60),
        ("P1W", 7 * 24 * 60),
    ],
)
def test_parse_duration(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


def test_parse_duration_seconds() -> None:
    assert parse_duration("PT30S") == timedelta(seconds=30)
    assert parse_duration("90 seconds") == timedelta(seconds=90)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "A duration is needed"),
        ("0", "must be longer than zero"),
        ("0 minutes", "must be longer than zero"),
        ("PT0M", "must be longer than zero"),
        ("-30", "Could not understand"),
        ("-PT1H", "Could not understand"),
        ("blorf", "Could not understand"),
        ("30 blorfs", "Could not understand"),
        ("1 hour and", "Could not understand"),
        ("P", "Could not understand the duration"),
        ("PT", "Could not understand the duration"),
        ("P1M", "months and years have no fixed length"),
        ("2 months", "Months and years have no fixed length"),
        ("99999999999999999999 days", "too long"),
    ],
)
def test_parse_duration_refusals(text: str, message: str) -> None:
    with pytest.raises(DateError) as raised:
        parse_duration(text)
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("value", "tz", "expected"),
    [
        (datetime(2026, 12, 1, 13, 0, tzinfo=BERLIN), BERLIN, "Tue 2026-12-01 13:00 CET"),
        (datetime(2026, 7, 1, 13, 0, tzinfo=BERLIN), BERLIN, "Wed 2026-07-01 13:00 CEST"),
        (datetime(2026, 12, 1, 12, 0, tzinfo=UTC), BERLIN, "Tue 2026-12-01 13:00 CET"),
        (datetime(2026, 12, 1, 13, 0, tzinfo=BERLIN), NEW_YORK, "Tue 2026-12-01 07:00 EST"),
        (datetime(2026, 12, 1, 13, 0, 30, tzinfo=BERLIN), BERLIN, "Tue 2026-12-01 13:00:30 CET"),
        (datetime(2026, 12, 1, 13, 0), BERLIN, "Tue 2026-12-01 13:00 CET"),
        (date(2026, 12, 1), BERLIN, "Tue 2026-12-01"),
        (date(2027, 1, 3), NEW_YORK, "Sun 2027-01-03"),
    ],
)
def test_format_when(value: date | datetime, tz: ZoneInfo, expected: str) -> None:
    assert format_when(value, tz) == expected


# Property tests ---------------------------------------------------------------

ZONES = st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("Asia/Kolkata"), ZoneInfo("UTC")])
EARLIEST, LATEST = datetime(1971, 1, 1), datetime(2200, 1, 1)


@settings(max_examples=200)
@given(moment=st.datetimes(EARLIEST, LATEST, timezones=ZONES, allow_imaginary=False), zone=ZONES)
def test_any_aware_iso_datetime_round_trips(moment: datetime, zone: ZoneInfo) -> None:
    clock = Clock(datetime(2026, 11, 27, 10, 0, tzinfo=zone), zone)
    value = resolve_when(moment.isoformat(), clock).value
    assert isinstance(value, datetime)
    assert value.tzinfo is zone
    assert value.astimezone(UTC) == moment.astimezone(UTC)


@settings(max_examples=200)
@given(moment=st.datetimes(EARLIEST, LATEST), zone=ZONES)
def test_any_naive_iso_datetime_is_wall_time(moment: datetime, zone: ZoneInfo) -> None:
    clock = Clock(datetime(2026, 11, 27, 10, 0, tzinfo=zone), zone)
    value = resolve_when(moment.isoformat(), clock).value
    assert isinstance(value, datetime)
    assert value.astimezone(UTC) == localize(moment, zone).astimezone(UTC)


@settings(max_examples=200)
@given(day=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_any_iso_date_round_trips(day: date) -> None:
    assert resolve_when(day.isoformat(), FRIDAY).value == day


VOCABULARY = (
    "today tomorrow next last this on at in the of 3 15 2026 pm am : / - , . 1st may friday "
    "noon midnight morning ago from now days hours 12:30 2026-12-01 a an half end week"
)
WORDS = st.sampled_from(VOCABULARY.split())


@settings(max_examples=500)
@given(text=st.text())
def test_arbitrary_text_raises_only_date_error(text: str) -> None:
    with contextlib.suppress(DateError):
        resolve_when(text, FRIDAY)


@settings(max_examples=500)
@given(words=st.lists(WORDS, max_size=6))
def test_word_salad_raises_only_date_error(words: list[str]) -> None:
    try:
        resolve_when(" ".join(words), FRIDAY)
    except DateError as error:
        assert str(error).endswith(".")


@settings(max_examples=300)
@given(text=st.text())
def test_parse_duration_raises_only_date_error(text: str) -> None:
    with contextlib.suppress(DateError):
        assert parse_duration(text) > timedelta(0)


def test_errors_are_user_facing() -> None:
    assert issubclass(DateError, AssistantError)
