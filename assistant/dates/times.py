"""Matchers for the time part of a phrase: "5pm", "17:30", "at 1", "noon", "evening"."""

from __future__ import annotations

from assistant.clock import Clock
from assistant.dates.lexer import Cursor
from assistant.dates.pieces import PartPiece, Piece, TimePiece
from assistant.dates.words import PARTS_OF_DAY
from assistant.errors import DateError


def match_noon_midnight(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    if cursor.take("noon", "midday"):
        return [TimePiece(12)]
    if cursor.take("midnight"):
        # The midnight that ends the named day: "friday midnight" is Saturday 00:00.
        return [TimePiece(0, next_day=True)]
    return None


def match_clock(cursor: Cursor, clock: Clock, *, after_at: bool = False) -> list[Piece] | None:
    """Reads "5pm", "5:30 pm", "17:30", "9", "9 o'clock"."""
    token = cursor.take_kind("number", "clock")
    if token is None:
        return None
    if token.kind == "number" and len(token.text) > 2:
        raise DateError(
            f'Could not understand "{token.text}": write a time as 17:30 or 5:30pm, '
            "and a date as 2026-12-01."
        )
    hour, minute, second = (int(part) for part in [*token.text.split(":"), "0", "0"][:3])
    meridiem = cursor.take("am", "pm")
    written = token.text + (meridiem or "")
    if meridiem is None:
        cursor.take("o'clock")
    if minute > 59 or second > 59:
        raise DateError(f'"{written}" is not a time of day.')
    if meridiem is not None:
        if not 1 <= hour <= 12:
            raise DateError(f'"{written}" is not a time of day; with am or pm the hour is 1 to 12.')
        return [TimePiece(hour % 12 + (12 if meridiem == "pm" else 0), minute, second)]
    if hour == 24:
        raise DateError(f'"{written}" is not a time of day; say midnight or 00:00.')
    if hour > 23:
        raise DateError(f'"{written}" is not a time of day.')
    bare = 1 <= hour <= 12 and not token.text.startswith("0")
    return [TimePiece(hour, minute, second, bare=bare, after_at=after_at)]


def match_at_time(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """Reads "at" followed by a time: "at 5pm", "at noon", "at night", and "at 1" (13:00).

    "from 7pm" with no end ("Saturday from 7pm") is read as its start, "at 7pm".
    """
    if not cursor.take("at", "from"):
        return None
    if cursor.take("night"):
        return [part_piece("night")]
    return match_noon_midnight(cursor, clock) or match_clock(cursor, clock, after_at=True)


def match_part_of_day(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """Reads "morning", "in the evening", "night"."""
    if cursor.take_seq("in", "the"):
        name = cursor.take("morning", "afternoon", "evening")
    else:
        name = cursor.take("morning", "afternoon", "evening", "night")
    return [part_piece(name)] if name else None


def part_piece(name: str) -> PartPiece:
    """The piece for "morning", "evening", "tonight", ..."""
    at, pm = PARTS_OF_DAY[name]
    return PartPiece(name, at, pm)


def read_hour(piece: TimePiece, part: PartPiece | None) -> int:
    """The 24-hour value of a written time, by the rules in docs/dates.md.

    Only a bare hour (1..12, no am/pm, no leading zero) needs reading: a part
    of the day decides am/pm ("tonight at 9" is 21:00); after "at" an hour 1..6
    is pm, because nobody books "lunch on Tuesday at 1" for 1 am; otherwise the
    number is taken as a 24-hour clock value ("9" is 09:00).
    """
    hour = piece.hour
    if not piece.bare or hour == 12:
        return hour
    if part is not None:
        return hour + 12 if part.pm else hour
    if piece.after_at and hour <= 6:
        return hour + 12
    return hour
