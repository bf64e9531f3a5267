"""Dates in the form tool results print them are read back (models copy them)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from helpers import friday_morning

from assistant.dates import format_when, resolve_when
from assistant.errors import DateError

BERLIN = ZoneInfo("Europe/Berlin")
CLOCK = friday_morning(BERLIN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fri 2026-11-27 17:00 CET", datetime(2026, 11, 27, 17, 0, tzinfo=BERLIN)),
        ("Fri 2026-11-27 17:00", datetime(2026, 11, 27, 17, 0, tzinfo=BERLIN)),
        ("Friday, 2026-11-27 17:00", datetime(2026, 11, 27, 17, 0, tzinfo=BERLIN)),
        ("Fri 2026-11-27 10:00 CET (Europe/Berlin)", datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN)),
        ("Sun 2026-10-25 02:30 CEST", datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN)),
        ("Tue 2026-12-01", date(2026, 12, 1)),
        # Another zone's wall time, converted into the user's zone.
        (
            "Fri 2026-11-27 09:00 EST (America/New_York)",
            datetime(2026, 11, 27, 15, 0, tzinfo=BERLIN),
        ),
    ],
)
def test_echoed_dates_read_back(text: str, expected: date | datetime) -> None:
    value = resolve_when(text, CLOCK).value
    assert value == expected
    assert type(value) is type(expected)


def test_every_printed_value_reads_back() -> None:
    for value in (datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN), date(2028, 2, 29)):
        assert resolve_when(format_when(value, BERLIN), CLOCK).value == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Mon 2026-11-27 17:00", "is a Friday"),
        ("Fri 2026-11-27 17:00 EST", "EST is not the time zone"),
        ("Fri 2026-11-27 17:00 CET (Mars/Base)", "Unknown time zone"),
        ("Fri 2026-11-27 25:00", "not a time of day"),
    ],
)
def test_inconsistent_echoes_are_refused(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        resolve_when(text, CLOCK)
