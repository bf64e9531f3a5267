"""What the matchers find in date text, before it is combined into one value.

A phrase such as "next Tuesday at 1" is read as a day piece and a time piece;
:mod:`assistant.dates.resolve` checks that each kind appears at most once and
puts them together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from assistant.clock import Clock
from assistant.dates.lexer import Cursor


@dataclass(frozen=True)
class DayPiece:
    """A calendar day.

    ``roll_days``: a bare weekday names today only while the given time is still
    ahead; otherwise the day moves on by this many days (7). ``keep_time``: the
    wall-clock time that "in 3 days" keeps from now. ``weekday``: the day was
    named by its weekday (0 = Monday), which a date beside it must agree with.
    ``week``: the words named a whole week ("next week"; ``day`` is its Monday),
    so a weekday beside them picks the day in it ("next week Friday").
    """

    day: date
    roll_days: int = 0
    keep_time: time | None = None
    weekday: int | None = None
    week: bool = False


@dataclass(frozen=True)
class TimePiece:
    """A time of day as written.

    ``bare``: an hour 1..12 with no am/pm and no leading zero ("at 1", "7:30"),
    whose reading depends on what surrounds it. ``after_at``: it followed "at".
    ``next_day``: "midnight", the 00:00 that ends the named day.
    """

    hour: int
    minute: int = 0
    second: int = 0
    bare: bool = False
    after_at: bool = False
    next_day: bool = False


@dataclass(frozen=True)
class PartPiece:
    """A part of the day ("evening"): its default time and whether bare hours mean pm."""

    name: str
    at: time
    pm: bool


@dataclass(frozen=True)
class InstantPiece:
    """An exact moment ("now", "in 20 minutes") that takes no other day or time."""

    moment: datetime


Piece = DayPiece | TimePiece | PartPiece | InstantPiece

# A matcher looks at the cursor; on success it returns what it found and has
# moved the cursor past it, on failure it returns None (the caller rewinds).
Matcher = Callable[[Cursor, Clock], list[Piece] | None]


def attempt(matcher: Matcher, cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """Run ``matcher``; rewind the cursor when it finds nothing."""
    start = cursor.pos
    found = matcher(cursor, clock)
    if found is None:
        cursor.pos = start
    return found
