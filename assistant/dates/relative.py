"""Matchers for offsets from now: "in 2 hours", "3 days ago", "2 weeks from now", "now".

Minutes and hours are elapsed time: "in 48 hours" is exactly 48 hours of real
time, even across a DST change. Days, weeks, months and years are calendar
steps that keep the wall-clock time: "in 2 days" at 10:00 is 10:00 two days on.
"""

from __future__ import annotations

from datetime import timedelta

from assistant.clock import Clock
from assistant.dates.lexer import Cursor
from assistant.dates.pieces import DayPiece, InstantPiece, Piece
from assistant.dates.words import NUMBER_WORDS, UNITS
from assistant.dates.zones import add_elapsed, add_months


def match_now(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    if cursor.take("now"):
        return [InstantPiece(clock.now.astimezone(clock.tz))]
    return None


def take_amount(cursor: Cursor) -> int | None:
    """A count: "3", "three", "a", "an"."""
    token = cursor.take_kind("number")
    if token is not None:
        return token.number
    word = cursor.take(*NUMBER_WORDS)
    return NUMBER_WORDS[word] if word else None


def take_unit(cursor: Cursor) -> str | None:
    word = cursor.take(*UNITS)
    return UNITS[word] if word else None


def match_relative(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """Reads "in N units", "in half an hour", "N units from now", "N units ago"."""
    if cursor.take("in"):
        if cursor.take("half"):
            cursor.take("an", "a")
            if cursor.take("hour"):
                return [_offset(clock, "minutes", 30)]
            return None
        amount, unit = take_amount(cursor), take_unit(cursor)
        if amount is None or unit is None:
            return None
        return [_offset(clock, unit, amount)]
    amount, unit = take_amount(cursor), take_unit(cursor)
    if amount is None or unit is None:
        return None
    if cursor.take("ago"):
        return [_offset(clock, unit, -amount)]
    if cursor.take_seq("from", "now"):
        return [_offset(clock, unit, amount)]
    return None


def _offset(clock: Clock, unit: str, amount: int) -> Piece:
    now = clock.now.astimezone(clock.tz)
    if unit in ("minutes", "hours"):
        return InstantPiece(add_elapsed(now, timedelta(**{unit: amount}), clock.tz))
    today = now.date()
    if unit == "months":
        day = add_months(today, amount)
    elif unit == "years":
        day = add_months(today, 12 * amount)
    else:
        day = today + timedelta(**{unit: amount})
    return DayPiece(day, keep_time=now.time().replace(tzinfo=None))
