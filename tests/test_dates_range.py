"""resolve_range: half-open [start, end) ranges in the clock's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from helpers import friday_morning
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.clock import Clock
from assistant.dates import resolve_range
from assistant.errors import DateError

BERLIN = ZoneInfo("Europe/Berlin")
FRIDAY = friday_morning(BERLIN)
SATURDAY = Clock(datetime(2026, 11, 28, 10, 0, tzinfo=BERLIN), BERLIN)
SUNDAY = Clock(datetime(2026, 11, 29, 10, 0, tzinfo=BERLIN), BERLIN)
NEW_YEARS_EVE = Clock(datetime(2026, 12, 31, 22, 0, tzinfo=BERLIN), BERLIN)


def T(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, micro)


def walls(span: tuple[datetime, datetime], clock: Clock) -> tuple[datetime, datetime]:
    start, end = span
    assert start.tzinfo is clock.tz and end.tzinfo is clock.tz
    assert end.astimezone(UTC) > start.astimezone(UTC)
    return start.replace(tzinfo=None), end.replace(tzinfo=None)


FRIDAY_CASES = [
    ("today", T(2026, 11, 27), T(2026, 11, 28)),
    ("tomorrow", T(2026, 11, 28), T(2026, 11, 29)),
    ("yesterday", T(2026, 11, 26), T(2026, 11, 27)),
    ("this week", T(2026, 11, 23), T(2026, 11, 30)),
    ("This  Week", T(2026, 11, 23), T(2026, 11, 30)),
    ("next week", T(2026, 11, 30), T(2026, 12, 7)),
    ("last week", T(2026, 11, 16), T(2026, 11, 23)),
    ("this month", T(2026, 11, 1), T(2026, 12, 1)),
    ("next month", T(2026, 12, 1), T(2027, 1, 1)),
    ("last month", T(2026, 10, 1), T(2026, 11, 1)),
    ("this year", T(2026, 1, 1), T(2027, 1, 1)),
    ("next year", T(2027, 1, 1), T(2028, 1, 1)),
    ("this weekend", T(2026, 11, 28), T(2026, 11, 30)),
    ("the weekend", T(2026, 11, 28), T(2026, 11, 30)),
    ("next weekend", T(2026, 12, 5), T(2026, 12, 7)),
    ("last weekend", T(2026, 11, 21), T(2026, 11, 23)),
    ("the next 7 days", T(2026, 11, 27, 10), T(2026, 12, 4, 10)),
    ("next 3 days", T(2026, 11, 27, 10), T(2026, 11, 30, 10)),
    ("next three days", T(2026, 11, 27, 10), T(2026, 11, 30, 10)),
    ("next 1 day", T(2026, 11, 27, 10), T(2026, 11, 28, 10)),
    ("next 2 weeks", T(2026, 11, 27, 10), T(2026, 12, 11, 10)),
    ("next 24 hours", T(2026, 11, 27, 10), T(2026, 11, 28, 10)),
    ("the past 7 days", T(2026, 11, 20, 10), T(2026, 11, 27, 10)),
    ("last 2 days", T(2026, 11, 25, 10), T(2026, 11, 27, 10)),
    # a single day in any form resolve_when accepts
    ("friday", T(2026, 11, 27), T(2026, 11, 28)),
    ("next friday", T(2026, 12, 4), T(2026, 12, 5)),
    ("Dec 24", T(2026, 12, 24), T(2026, 12, 25)),
    ("2026-12-01", T(2026, 12, 1), T(2026, 12, 2)),
    ("the 15th", T(2026, 12, 15), T(2026, 12, 16)),
    ("tomorrow 3pm", T(2026, 11, 28), T(2026, 11, 29)),  # a moment -> its whole day
    # A to B
    ("Monday to Friday", T(2026, 11, 30), T(2026, 12, 5)),
    ("next monday to friday", T(2026, 11, 30), T(2026, 12, 5)),
    ("today to sunday", T(2026, 11, 27), T(2026, 11, 30)),
    ("yesterday to today", T(2026, 11, 26), T(2026, 11, 28)),
    ("Dec 24 - Dec 26", T(2026, 12, 24), T(2026, 12, 27)),
    ("Dec 24 – Dec 26", T(2026, 12, 24), T(2026, 12, 27)),
    ("Dec 30 to Jan 2", T(2026, 12, 30), T(2027, 1, 3)),
    ("from Monday until Wednesday", T(2026, 11, 30), T(2026, 12, 3)),
    ("from tomorrow till Sunday", T(2026, 11, 28), T(2026, 11, 30)),
    ("between monday and wednesday", T(2026, 11, 30), T(2026, 12, 3)),
    ("monday through friday", T(2026, 11, 30), T(2026, 12, 5)),
    ("2026-12-01 to 2026-12-03", T(2026, 12, 1), T(2026, 12, 4)),
    ("2026-12-01/2026-12-03", T(2026, 12, 1), T(2026, 12, 4)),
    ("2026-12-01T09:00/2026-12-01T17:30", T(2026, 12, 1, 9), T(2026, 12, 1, 17, 30)),
    ("2026-12-01T09:00/17:30", T(2026, 12, 1, 9), T(2026, 12, 1, 17, 30)),
    ("2026-12-01T09:00/PT90M", T(2026, 12, 1, 9), T(2026, 12, 1, 10, 30)),
    ("2026-12-01T09:00Z/2026-12-01T10:00Z", T(2026, 12, 1, 10), T(2026, 12, 1, 11)),
    ("tomorrow 9am to 5pm", T(2026, 11, 28, 9), T(2026, 11, 28, 17)),
    ("yesterday 9am to 5pm", T(2026, 11, 26, 9), T(2026, 11, 26, 17)),
    ("next tuesday 9:00 - 10:30", T(2026, 12, 1, 9), T(2026, 12, 1, 10, 30)),
    ("friday 10pm to 2am", T(2026, 11, 27, 22), T(2026, 11, 28, 2)),
    ("from 9am until 5pm", T(2026, 11, 28, 9), T(2026, 11, 28, 17)),
    ("from 3pm to 5pm", T(2026, 11, 27, 15), T(2026, 11, 27, 17)),
    ("now to midnight", T(2026, 11, 27, 10), T(2026, 11, 28)),
    ("tomorrow 3pm to monday", T(2026, 11, 28, 15), T(2026, 12, 1)),
    ("until friday", T(2026, 11, 27, 10), T(2026, 11, 28)),
    ("until 5pm", T(2026, 11, 27, 10), T(2026, 11, 27, 17)),
]


@pytest.mark.parametrize(("text", "start", "end"), FRIDAY_CASES)
def test_ranges_on_a_friday(text: str, start: datetime, end: datetime) -> None:
    assert walls(resolve_range(text, FRIDAY), FRIDAY) == (start, end)


@pytest.mark.parametrize(
    ("clock", "text", "start", "end"),
    [
        (SATURDAY, "this weekend", T(2026, 11, 28), T(2026, 11, 30)),
        (SATURDAY, "next weekend", T(2026, 12, 5), T(2026, 12, 7)),
        (SUNDAY, "this weekend", T(2026, 11, 28), T(2026, 11, 30)),
        (SUNDAY, "next weekend", T(2026, 12, 5), T(2026, 12, 7)),
        (SUNDAY, "this week", T(2026, 11, 23), T(2026, 11, 30)),
        (SUNDAY, "next week", T(2026, 11, 30), T(2026, 12, 7)),
        (NEW_YEARS_EVE, "next week", T(2027, 1, 4), T(2027, 1, 11)),
        (NEW_YEARS_EVE, "this week", T(2026, 12, 28), T(2027, 1, 4)),
        (NEW_YEARS_EVE, "next month", T(2027, 1, 1), T(2027, 2, 1)),
        (NEW_YEARS_EVE, "tomorrow", T(2027, 1, 1), T(2027, 1, 2)),
        (NEW_YEARS_EVE, "next 3 days", T(2026, 12, 31, 22), T(2027, 1, 3, 22)),
        (NEW_YEARS_EVE, "next year", T(2027, 1, 1), T(2028, 1, 1)),
        (NEW_YEARS_EVE, "11pm to 1am", T(2026, 12, 31, 23), T(2027, 1, 1, 1)),
    ],
)
def test_ranges_on_other_days(clock: Clock, text: str, start: datetime, end: datetime) -> None:
    assert walls(resolve_range(text, clock), clock) == (start, end)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "A date range is needed"),
        ("blorf", 'Could not understand the date "blorf".'),
        ("friday to blorf", 'Could not understand the date "blorf".'),
        ("monday to friday to sunday", "give one start and one end"),
        ("to friday", "Could not understand"),
        ("next 0 days", "empty range"),
        ("2026-12-03 to 2026-12-01", "ends before it starts"),
        ("2026-12-01T10:00/2026-12-01T09:00", "ends before it starts"),
        ("2026-12-01T09:00/PT0M", "must be longer than zero"),
        ("until yesterday", "ends before it starts"),
        ("24/12 to 26/12", "ambiguous"),
        ("next funday", "funday"),
    ],
)
def test_range_refusals(text: str, message: str) -> None:
    with pytest.raises(DateError) as raised:
        resolve_range(text, FRIDAY)
    assert message in str(raised.value)


@settings(max_examples=300)
@given(text=st.text())
def test_arbitrary_text_raises_only_date_error(text: str) -> None:
    try:
        start, end = resolve_range(text, FRIDAY)
    except DateError:
        return
    assert end.astimezone(UTC) > start.astimezone(UTC)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # The end's pm carries over to a bare start, as people mean it.
        ("from 3 to 4:30pm", T(2026, 11, 27, 15), T(2026, 11, 27, 16, 30)),
        ("11 to 1pm", T(2026, 11, 27, 11), T(2026, 11, 27, 13)),
        ("thursday from 2 to 3:30pm", T(2026, 12, 3, 14), T(2026, 12, 3, 15, 30)),
        # A bare end earlier than the start is the afternoon, not the next morning.
        ("tomorrow 9 to 5", T(2026, 11, 28, 9), T(2026, 11, 28, 17)),
        ("tomorrow from 11 to 1", T(2026, 11, 28, 11), T(2026, 11, 28, 13)),
        # Explicit times and overnight ranges are left as they are.
        ("10pm to 2am", T(2026, 11, 27, 22), T(2026, 11, 28, 2)),
        ("tomorrow 8 to 10", T(2026, 11, 28, 8), T(2026, 11, 28, 10)),
        ("Friday, April 2nd, between 8 and 10 in the morning", T(2027, 4, 2, 8),
         T(2027, 4, 2, 10)),
    ],
)  # fmt: skip
def test_bare_hours_in_a_range_of_times(text: str, start: datetime, end: datetime) -> None:
    assert walls(resolve_range(text, FRIDAY), FRIDAY) == (start, end)
