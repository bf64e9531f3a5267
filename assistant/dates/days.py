"""Matchers for the day part of a phrase: "tomorrow", "next Friday", "2 April", "the 15th"."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from assistant.clock import Clock
from assistant.dates.lexer import Cursor
from assistant.dates.pieces import DayPiece, Matcher, Piece, attempt
from assistant.dates.times import part_piece
from assistant.dates.words import MONTHS, ORDINAL_WORDS, WEEKDAYS
from assistant.dates.zones import add_months, make_date, week_start
from assistant.errors import DateError


def _today(clock: Clock) -> date:
    return clock.now.astimezone(clock.tz).date()


def match_named_day(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """today, tonight, tomorrow, yesterday, the day after tomorrow, the day before yesterday."""
    today = _today(clock)
    if cursor.take("today"):
        return [DayPiece(today)]
    if cursor.take("tonight"):
        return [DayPiece(today), part_piece("tonight")]
    if cursor.take("tomorrow"):
        return [DayPiece(today + timedelta(days=1))]
    if cursor.take("yesterday"):
        return [DayPiece(today - timedelta(days=1))]
    cursor.take("the")
    if cursor.take_seq("day", "after", "tomorrow"):
        return [DayPiece(today + timedelta(days=2))]
    if cursor.take_seq("day", "before", "yesterday"):
        return [DayPiece(today - timedelta(days=2))]
    return None


def match_this_part(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """Reads "this morning", "this afternoon", "this evening": today, at that part of the day."""
    if cursor.take("this"):
        name = cursor.take("morning", "afternoon", "evening")
        if name:
            return [DayPiece(_today(clock)), part_piece(name)]
    return None


def match_period_day(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """end of the week/month/year, next week, next month, this/next weekend, the weekend."""
    today = _today(clock)
    monday = week_start(today)
    cursor.take("the")
    if cursor.take_seq("end", "of"):
        cursor.take("the")
        unit = cursor.take("week", "month", "year")
        if unit == "week":  # Sunday: weeks run Monday to Sunday
            return [DayPiece(monday + timedelta(days=6))]
        if unit == "month":
            return [DayPiece(today.replace(day=calendar.monthrange(today.year, today.month)[1]))]
        if unit == "year":
            return [DayPiece(date(today.year, 12, 31))]
        return None
    if cursor.take("weekend"):
        return [DayPiece(_this_weekend(today))]
    which = cursor.take("this", "next")
    if which is None:
        return None
    if cursor.take("weekend"):
        saturday = _this_weekend(today)
        return [DayPiece(saturday if which == "this" else monday + timedelta(days=12))]
    if which == "next" and cursor.take("week"):
        return [DayPiece(monday + timedelta(days=7), week=True)]
    if which == "next" and cursor.take("month"):
        return [DayPiece(add_months(today.replace(day=1), 1))]
    return None


def _this_weekend(today: date) -> date:
    """Saturday of this week, or today when today is Saturday or Sunday."""
    if today.weekday() >= 5:
        return today
    return week_start(today) + timedelta(days=5)


def match_weekday(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """[this|next|last|coming] Monday.

    Bare and "this": the next occurrence, today included while the time is ahead.
    "next": that weekday in next week (Monday-start). "last": the most recent one
    before today. "coming" ("this coming Monday", and how other languages'
    "next" reads): the next one after today.
    """
    today = _today(clock)
    which = cursor.take("this", "next", "last", "coming")
    if which == "this" and cursor.take("coming"):
        which = "coming"
    name = cursor.word()
    if name not in WEEKDAYS:
        return None
    cursor.pos += 1
    target = WEEKDAYS[name]
    if which == "next":
        return [DayPiece(week_start(today) + timedelta(days=7 + target))]
    if which == "last":
        back = (today.weekday() - target) % 7 or 7
        return [DayPiece(today - timedelta(days=back))]
    ahead = (target - today.weekday()) % 7
    if which == "coming":
        return [DayPiece(today + timedelta(days=ahead or 7), weekday=target)]
    return [
        DayPiece(today + timedelta(days=ahead), roll_days=7 if ahead == 0 else 0, weekday=target)
    ]


def _day_number(cursor: Cursor, *, plain: bool) -> int | None:
    """A day of the month: "2nd", "second", or (when ``plain``) "2"."""
    token = cursor.peek()
    if token is None:
        return None
    if token.kind == "ordinal" or (plain and token.kind == "number" and len(token.text) <= 2):
        cursor.pos += 1
        return token.number
    if token.kind == "word" and token.text in ORDINAL_WORDS:
        cursor.pos += 1
        return ORDINAL_WORDS[token.text]
    return None


def _year(cursor: Cursor) -> int | None:
    token = cursor.peek()
    if token is not None and token.kind == "number" and len(token.text) == 4:
        cursor.pos += 1
        return token.number
    return None


def _month(cursor: Cursor) -> int | None:
    word = cursor.word()
    if word in MONTHS:
        cursor.pos += 1
        return MONTHS[word]
    return None


def match_month_day(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """Reads "April 2", "April the 2nd", "2 April", "the 2nd of April", with an optional year."""
    month = _month(cursor)
    if month is not None:
        cursor.take("the")
        day = _day_number(cursor, plain=True)
    else:
        cursor.take("the")
        day = _day_number(cursor, plain=True)
        if day is None:
            return None
        cursor.take("of")
        month = _month(cursor)
    if month is None or day is None:
        return None
    return [DayPiece(_month_day(month, day, _year(cursor), _today(clock)))]


def _month_day(month: int, day: int, year: int | None, today: date) -> date:
    """A month-day without a year is the next one: already past this year means next year."""
    make_date(2000, month, day)  # refuse "February 30" before choosing a year
    if year is None:
        year = today.year + (1 if (month, day) < (today.month, today.day) else 0)
    return make_date(year, month, day)


def match_ordinal_day(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """Reads "the 15th": this month, or next month when the 15th has passed."""
    has_the = cursor.take("the") is not None
    day = _day_number(cursor, plain=has_the)
    if day is None:
        return None
    today = _today(clock)
    first = today.replace(day=1)
    if day < today.day:
        first = add_months(first, 1)
    return [DayPiece(make_date(first.year, first.month, day))]


def match_iso_day(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """An ISO date inside a phrase: "2026-12-01 at 3pm"."""
    token = cursor.take_kind("isodate")
    if token is None:
        return None
    return [DayPiece(iso_date(token.text))]


def iso_date(text: str) -> date:
    """A YYYY-MM-DD date, with a message that says which part does not exist."""
    year, month, day = (int(part) for part in text.split("-"))
    if not 1 <= month <= 12:
        raise DateError(f'There is no month {month} in "{text}".')
    return make_date(year, month, day)


DAY_MATCHERS: tuple[Matcher, ...] = (
    match_named_day,
    match_this_part,
    match_period_day,
    match_weekday,
    match_month_day,
    match_ordinal_day,
    match_iso_day,
)


def match_on_day(cursor: Cursor, clock: Clock) -> list[Piece] | None:
    """Reads "on" followed by a day: "on Monday", "on the 15th", "on 2 April"."""
    if not cursor.take("on"):
        return None
    for matcher in DAY_MATCHERS:
        found = attempt(matcher, cursor, clock)
        if found is not None:
            return found
    return None
