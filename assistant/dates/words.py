"""The vocabulary of the date grammar: month and weekday names, numbers, units.

Everything is lower-case; the lexer lower-cases the input before matching.
"""

from __future__ import annotations

from datetime import time

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({name.lower()[:3]: i for i, name in enumerate(MONTH_NAMES, start=1)})
MONTHS["sept"] = 9

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
WEEKDAYS.update({name.lower()[:3]: i for i, name in enumerate(WEEKDAY_NAMES)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

# Small counts people spell out ("in two hours", "a week ago").
NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

# Calendar units used by relative expressions and recurrences.
UNITS: dict[str, str] = {
    "minute": "minutes",
    "minutes": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "hour": "hours",
    "hours": "hours",
    "hr": "hours",
    "hrs": "hours",
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
}

# The wall-clock time a part of the day stands for, and whether a bare hour
# said with it ("tonight at 9") is read as pm.
PARTS_OF_DAY: dict[str, tuple[time, bool]] = {
    "morning": (time(9), False),
    "afternoon": (time(15), True),
    "evening": (time(19), True),
    "tonight": (time(20), True),
    "night": (time(21), True),
}


def ordinal(n: int) -> str:
    """``1`` -> ``"1st"``, ``22`` -> ``"22nd"``, ``13`` -> ``"13th"``."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
