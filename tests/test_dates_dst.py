"""DST: RFC 5545 3.3.5 wall-clock rules, elapsed vs calendar offsets, ranges over transitions.

Europe/Berlin: 2026-03-29 02:00 -> 03:00 (spring forward), 2026-10-25 03:00 -> 02:00 (fall back).
America/New_York: 2026-03-08 02:00 -> 03:00, 2026-11-01 02:00 -> 01:00.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.clock import Clock
from assistant.dates import format_when, localize, resolve_range, resolve_when

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SANTIAGO = ZoneInfo("America/Santiago")  # DST starts at midnight: 00:00 -> 01:00

H = timedelta(hours=1)


def clock_at(tz: ZoneInfo, year: int, month: int, day: int, hour: int, minute: int = 0) -> Clock:
    return Clock(datetime(year, month, day, hour, minute, tzinfo=tz), tz)


def wall_and_offset(value: object) -> tuple[datetime, timedelta | None]:
    assert isinstance(value, datetime)
    return value.replace(tzinfo=None), value.utcoffset()


@pytest.mark.parametrize(
    ("tz", "naive", "wall", "offset"),
    [
        # Non-existent (in the gap): the offset from before the gap, so one hour later.
        (BERLIN, datetime(2026, 3, 29, 2, 30), datetime(2026, 3, 29, 3, 30), 2 * H),
        (BERLIN, datetime(2026, 3, 29, 2, 0), datetime(2026, 3, 29, 3, 0), 2 * H),
        (NEW_YORK, datetime(2026, 3, 8, 2, 30), datetime(2026, 3, 8, 3, 30), -4 * H),
        (SANTIAGO, datetime(2026, 9, 6, 0, 0), datetime(2026, 9, 6, 1, 0), -3 * H),
        # Ambiguous (repeated hour): the first occurrence, still on summer time.
        (BERLIN, datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 2, 30), 2 * H),
        (NEW_YORK, datetime(2026, 11, 1, 1, 30), datetime(2026, 11, 1, 1, 30), -4 * H),
        # Around the transitions nothing moves.
        (BERLIN, datetime(2026, 3, 29, 1, 59), datetime(2026, 3, 29, 1, 59), H),
        (BERLIN, datetime(2026, 3, 29, 3, 0), datetime(2026, 3, 29, 3, 0), 2 * H),
        (BERLIN, datetime(2026, 10, 25, 3, 0), datetime(2026, 10, 25, 3, 0), H),
        (NEW_YORK, datetime(2026, 11, 1, 2, 0), datetime(2026, 11, 1, 2, 0), -5 * H),
    ],
)
def test_localize(tz: ZoneInfo, naive: datetime, wall: datetime, offset: timedelta) -> None:
    value = localize(naive, tz)
    assert value.tzinfo is tz
    assert wall_and_offset(value) == (wall, offset)
    assert value.fold == 0


def test_localize_refuses_aware_input() -> None:
    with pytest.raises(ValueError):
        localize(datetime(2026, 1, 1, tzinfo=UTC), BERLIN)


@pytest.mark.parametrize(
    ("clock", "text", "wall", "offset"),
    [
        # Spring forward: 48 hours of real time show one hour later on the wall.
        (clock_at(BERLIN, 2026, 3, 28, 10), "in 48 hours", datetime(2026, 3, 30, 11), 2 * H),
        (clock_at(BERLIN, 2026, 3, 28, 10), "in 2 days", datetime(2026, 3, 30, 10), 2 * H),
        (clock_at(BERLIN, 2026, 3, 28, 10), "in 24 hours", datetime(2026, 3, 29, 11), 2 * H),
        (clock_at(BERLIN, 2026, 3, 28, 10), "in 1 day", datetime(2026, 3, 29, 10), 2 * H),
        (clock_at(NEW_YORK, 2026, 3, 7, 10), "in 48 hours", datetime(2026, 3, 9, 11), -4 * H),
        (clock_at(NEW_YORK, 2026, 3, 7, 10), "in 2 days", datetime(2026, 3, 9, 10), -4 * H),
        # Fall back: 48 hours show one hour earlier.
        (clock_at(BERLIN, 2026, 10, 24, 10), "in 48 hours", datetime(2026, 10, 26, 9), H),
        (clock_at(BERLIN, 2026, 10, 24, 10), "in 2 days", datetime(2026, 10, 26, 10), H),
        (clock_at(NEW_YORK, 2026, 10, 31, 10), "in 48 hours", datetime(2026, 11, 2, 9), -5 * H),
        (clock_at(NEW_YORK, 2026, 10, 31, 10), "in 2 days", datetime(2026, 11, 2, 10), -5 * H),
        (clock_at(NEW_YORK, 2026, 11, 2, 10), "2 days ago", datetime(2026, 10, 31, 10), -4 * H),
        (clock_at(NEW_YORK, 2026, 11, 2, 10), "48 hours ago", datetime(2026, 10, 31, 11), -4 * H),
        # Words that land in the gap or the repeated hour.
        (clock_at(BERLIN, 2026, 3, 28, 10), "tomorrow 2:30", datetime(2026, 3, 29, 3, 30), 2 * H),
        (
            clock_at(BERLIN, 2026, 3, 28, 10),
            "tomorrow at 2:30am",
            datetime(2026, 3, 29, 3, 30),
            2 * H,
        ),
        (clock_at(BERLIN, 2026, 10, 24, 10), "tomorrow 2:30", datetime(2026, 10, 25, 2, 30), 2 * H),
        (
            clock_at(NEW_YORK, 2026, 3, 7, 10),
            "tomorrow 2:30am",
            datetime(2026, 3, 8, 3, 30),
            -4 * H,
        ),
        (
            clock_at(NEW_YORK, 2026, 10, 31, 10),
            "tomorrow 1:30am",
            datetime(2026, 11, 1, 1, 30),
            -4 * H,
        ),
        (clock_at(SANTIAGO, 2026, 9, 5, 10), "tomorrow midnight", datetime(2026, 9, 7), -3 * H),
        (clock_at(SANTIAGO, 2026, 9, 5, 10), "midnight", datetime(2026, 9, 6, 1), -3 * H),
        # ISO text: naive is wall-clock (RFC rules), an offset picks the occurrence.
        (clock_at(BERLIN, 2026, 3, 1, 10), "2026-03-29T02:30", datetime(2026, 3, 29, 3, 30), 2 * H),
        (
            clock_at(BERLIN, 2026, 3, 1, 10),
            "2026-10-25T02:30",
            datetime(2026, 10, 25, 2, 30),
            2 * H,
        ),
        (
            clock_at(BERLIN, 2026, 3, 1, 10),
            "2026-10-25T02:30+01:00",
            datetime(2026, 10, 25, 2, 30),
            H,
        ),
        (clock_at(BERLIN, 2026, 3, 1, 10), "2026-10-25T01:30Z", datetime(2026, 10, 25, 2, 30), H),
        (
            clock_at(NEW_YORK, 2026, 3, 1, 10),
            "2026-11-01T01:30-05:00",
            datetime(2026, 11, 1, 1, 30),
            -5 * H,
        ),
    ],
)
def test_resolution_across_transitions(
    clock: Clock, text: str, wall: datetime, offset: timedelta
) -> None:
    assert wall_and_offset(resolve_when(text, clock).value) == (wall, offset)


def test_48_hours_and_2_days_differ_by_the_dst_shift() -> None:
    clock = clock_at(BERLIN, 2026, 3, 28, 10)
    hours = resolve_when("in 48 hours", clock).value
    days = resolve_when("in 2 days", clock).value
    assert isinstance(hours, datetime) and isinstance(days, datetime)
    assert hours.astimezone(UTC) - clock.now.astimezone(UTC) == timedelta(hours=48)
    assert days.astimezone(UTC) - clock.now.astimezone(UTC) == timedelta(hours=47)


def test_elapsed_time_inside_the_repeated_hour() -> None:
    first = clock_at(BERLIN, 2026, 10, 25, 2, 30)  # 02:30 CEST, the first 02:30
    later = resolve_when("in 1 hour", first).value
    assert wall_and_offset(later) == (datetime(2026, 10, 25, 2, 30), H)  # the second 02:30
    assert isinstance(later, datetime) and later.fold == 1
    assert format_when(later, BERLIN) == "Sun 2026-10-25 02:30 CET"
    assert format_when(first.now, BERLIN) == "Sun 2026-10-25 02:30 CEST"


def test_a_time_alone_in_the_second_repeated_hour_means_tomorrow() -> None:
    # Wall-clock 02:45 is the first occurrence (CEST), already past at 02:30 CET.
    second = Clock(datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=1), BERLIN)
    assert wall_and_offset(resolve_when("2:45", second).value) == (datetime(2026, 10, 26, 2, 45), H)
    assert wall_and_offset(resolve_when("3:15", second).value) == (datetime(2026, 10, 25, 3, 15), H)


@pytest.mark.parametrize(
    ("clock", "text", "hours"),
    [
        (clock_at(BERLIN, 2026, 3, 28, 10), "tomorrow", 23),
        (clock_at(BERLIN, 2026, 10, 24, 10), "tomorrow", 25),
        (clock_at(NEW_YORK, 2026, 3, 7, 10), "tomorrow", 23),
        (clock_at(NEW_YORK, 2026, 10, 31, 10), "tomorrow", 25),
        (clock_at(BERLIN, 2026, 3, 25, 10), "this week", 7 * 24 - 1),
        (clock_at(BERLIN, 2026, 10, 21, 10), "this week", 7 * 24 + 1),
        (clock_at(BERLIN, 2026, 3, 10, 10), "this month", 31 * 24 - 1),
        (clock_at(NEW_YORK, 2026, 3, 7, 10), "next 2 days", 47),
        (clock_at(NEW_YORK, 2026, 3, 7, 10), "next 48 hours", 48),
        (clock_at(SANTIAGO, 2026, 9, 5, 10), "tomorrow", 23),
    ],
)
def test_range_lengths_across_transitions(clock: Clock, text: str, hours: int) -> None:
    start, end = resolve_range(text, clock)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=hours)


def test_day_range_starts_at_the_first_real_time_of_the_day() -> None:
    start, end = resolve_range("tomorrow", clock_at(SANTIAGO, 2026, 9, 5, 10))
    assert wall_and_offset(start) == (datetime(2026, 9, 6, 1), -3 * H)
    assert wall_and_offset(end) == (datetime(2026, 9, 7), -3 * H)


ZONES = st.sampled_from([BERLIN, NEW_YORK, SANTIAGO, ZoneInfo("Australia/Lord_Howe")])


@settings(max_examples=300)
@given(naive=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1)), tz=ZONES)
def test_localize_moves_only_gap_times(naive: datetime, tz: ZoneInfo) -> None:
    value = localize(naive, tz)
    wall = value.replace(tzinfo=None)
    assert value.fold == 0
    assert wall >= naive and wall - naive < timedelta(hours=2)
    # The result is a real wall time that localizes to itself.
    assert localize(wall, tz).astimezone(UTC) == value.astimezone(UTC)
    if wall == naive:  # not in a gap: the first of possibly two readings
        assert value.astimezone(UTC) <= naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
