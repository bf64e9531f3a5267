"""Everyday repeat phrases -> the parts of an RFC 5545 RRULE (a :class:`Draft` of a Rule).

"every Monday and Wednesday", "every other week", "monthly on the 15th",
"the last Friday of every month". Counts and end dates ("10 times", "until
Dec 31") are split off first by :mod:`assistant.dates.recurrence`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.dates.lexer import Cursor
from assistant.dates.relative import take_amount
from assistant.dates.rule import WEEKDAY_CODES, Rule
from assistant.dates.words import (
    MONTHS,
    ORDINAL_WORDS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    ordinal,
)
from assistant.dates.zones import make_date
from assistant.errors import DateError, RecurrenceError

_ADVERBS = {
    "daily": ("DAILY", 1),
    "weekly": ("WEEKLY", 1),
    "monthly": ("MONTHLY", 1),
    "yearly": ("YEARLY", 1),
    "annually": ("YEARLY", 1),
    "biweekly": ("WEEKLY", 2),
    "fortnightly": ("WEEKLY", 2),
}
_FREQ_OF_UNIT = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}
_WORKDAYS = list(WEEKDAY_CODES[:5])
_WEEKEND = list(WEEKDAY_CODES[5:])


@dataclass
class Draft:
    """The RRULE parts this grammar has read so far; filled in as the words go by."""

    freq: str
    interval: int = 1
    byday: list[str] = field(default_factory=list)
    bymonthday: int | None = None
    bymonth: int | None = None

    def rule(self, *, count: int | None = None) -> Rule:
        """The :class:`Rule` these parts stand for (not yet checked)."""
        return Rule.build(
            self.freq,
            interval=self.interval,
            byday=self.byday,
            bymonthday=self.bymonthday,
            bymonth=self.bymonth,
            count=count,
        )


def parse_words(cursor: Cursor, text: str) -> Draft:
    """The rule for the tokens under ``cursor``; every token must be used."""
    rule = _month_position(cursor) or _head(cursor)
    if rule is None:
        raise _not_understood(cursor, text)
    on_at = cursor.pos
    if cursor.take("on"):
        _on_clause(cursor, rule, text, on_at)
    if rule.freq == "MONTHLY":
        _take_month_suffix(cursor)
    if not cursor.done():
        raise _not_understood(cursor, text)
    return rule


def _not_understood(cursor: Cursor, text: str) -> RecurrenceError:
    rest = cursor.rest()
    if not rest or cursor.pos == 0:
        return RecurrenceError(f'Could not understand the repeat "{text}".')
    return RecurrenceError(f'Could not understand "{rest}" in the repeat "{text}".')


def _head(cursor: Cursor) -> Draft | None:
    """daily / weekly / weekdays / mondays / every [N|other] unit / every Monday ..."""
    word = cursor.word()
    if word in _ADVERBS:
        cursor.pos += 1
        freq, interval = _ADVERBS[word]
        return Draft(freq, interval)
    cursor.take("on")
    if cursor.take("weekdays"):
        return Draft("WEEKLY", byday=list(_WORKDAYS))
    if cursor.take("weekends"):
        return Draft("WEEKLY", byday=list(_WEEKEND))
    days = _weekday_list(cursor, plural=True)
    if days:
        return Draft("WEEKLY", byday=days)
    if cursor.take("every", "each"):
        return _after_every(cursor)
    return None


def _after_every(cursor: Cursor) -> Draft | None:
    if cursor.take("weekday", "weekdays"):
        return Draft("WEEKLY", byday=list(_WORKDAYS))
    if cursor.take("weekend", "weekends"):
        return Draft("WEEKLY", byday=list(_WEEKEND))
    interval = 2 if cursor.take("other") else take_amount(cursor)
    position = None if interval is not None else _month_position(cursor, every=True)
    if position is not None:
        return position
    unit = cursor.take("day", "days", "week", "weeks", "month", "months", "year", "years")
    if unit is not None:
        if interval is not None and interval < 1:
            raise RecurrenceError("A repeat interval must be at least 1.")
        return Draft(_FREQ_OF_UNIT[unit.rstrip("s")], interval or 1)
    days = _weekday_list(cursor, plural=True)
    if days and (interval is None or interval >= 1):
        return Draft("WEEKLY", interval or 1, byday=days)
    return None


def _weekday_list(cursor: Cursor, *, plural: bool) -> list[str]:
    """Reads "monday", "mon wed and fri", "mondays and thursdays" -> ["MO", ...] in week order."""
    found: set[int] = set()
    while True:
        start = cursor.pos
        if found:
            cursor.take("and", "&")
        day = _weekday(cursor.word(), plural)
        if day is None:
            cursor.pos = start
            break
        cursor.pos += 1
        found.add(day)
    return [WEEKDAY_CODES[day] for day in sorted(found)]


def _weekday(word: str | None, plural: bool) -> int | None:
    if word is None:
        return None
    if word in WEEKDAYS:
        return WEEKDAYS[word]
    if plural and word.endswith("s") and word[:-1] in WEEKDAYS:
        return WEEKDAYS[word[:-1]]
    return None


def _position(cursor: Cursor) -> int | None:
    """An ordinal for a weekday in a month: first..fifth, 1st..5th, last."""
    if cursor.take("last"):
        return -1
    token = cursor.peek()
    if token is None:
        return None
    if token.kind == "ordinal":
        cursor.pos += 1
        return token.number
    word = cursor.take(*ORDINAL_WORDS)
    return ORDINAL_WORDS[word] if word else None


def _day_in_month(cursor: Cursor) -> tuple[int | None, str | None] | None:
    """Reads "15th" -> (15, None); "last day" -> (-1, None); "first monday" -> (None, "1MO")."""
    start = cursor.pos
    cursor.take("the")
    position = _position(cursor)
    if position is None:
        cursor.pos = start
        return None
    if cursor.take("day"):
        return (position, None)
    day = _weekday(cursor.word(), plural=False)
    if day is not None:
        cursor.pos += 1
        if not -1 <= position <= 5 or position == 0:
            name = WEEKDAY_NAMES[day]
            raise RecurrenceError(f"A month has no {ordinal(position)} {name}.")
        return (None, f"{position}{WEEKDAY_CODES[day]}")
    if position == -1:  # "last" alone is not a day of the month
        cursor.pos = start
        return None
    return (_check_month_day(position), None)


def _check_month_day(day: int) -> int:
    if not 1 <= day <= 31:
        raise RecurrenceError(f"A month has no {ordinal(day)} day.")
    return day


def _month_position(cursor: Cursor, *, every: bool = False) -> Draft | None:
    """Reads "[on] the last Friday of every month", "the 15th of each month", "every 1st Monday"."""
    start = cursor.pos
    if not every:
        cursor.take("on")
    found = _day_in_month(cursor)
    if found is None or not (_take_month_suffix(cursor) or every):
        cursor.pos = start
        return None
    return _monthly(found)


def _monthly(found: tuple[int | None, str | None]) -> Draft:
    monthday, byday = found
    return Draft("MONTHLY", bymonthday=monthday, byday=[byday] if byday else [])


def _take_month_suffix(cursor: Cursor) -> bool:
    """Reads "of every month", "of each month", "of the month", "of month", "every month"."""
    start = cursor.pos
    if cursor.take("of"):
        cursor.take("every", "each", "the")
    elif not cursor.take("every", "each"):
        return False
    if cursor.take("month"):
        return True
    cursor.pos = start
    return False


def _on_clause(cursor: Cursor, rule: Draft, text: str, on_at: int) -> None:
    """Reads "on Monday and Thursday" (weekly), "on the 15th" (monthly), "on March 3" (yearly)."""
    if rule.byday or rule.bymonthday is not None:
        cursor.pos = on_at
        raise _not_understood(cursor, text)
    if rule.freq == "WEEKLY":
        rule.byday = _weekday_list(cursor, plural=True)
        if rule.byday:
            return
    elif rule.freq == "MONTHLY":
        found = _day_in_month(cursor)
        if found is not None:
            rule.bymonthday, byday = found
            rule.byday = [byday] if byday else []
            return
    elif rule.freq == "YEARLY" and _month_and_day(cursor, rule):
        return
    cursor.pos = on_at  # report from "on"
    raise _not_understood(cursor, text)


def _month_and_day(cursor: Cursor, rule: Draft) -> bool:
    """Reads "March 3", "3 March", "the 3rd of March" for a yearly rule."""
    cursor.take("the")
    month = MONTHS.get(cursor.word() or "")
    if month is not None:
        cursor.pos += 1
        cursor.take("the")
    token = cursor.take_kind("number", "ordinal")
    if token is None:
        return False
    if month is None:
        cursor.take("of")
        month = MONTHS.get(cursor.word() or "")
        if month is None:
            return False
        cursor.pos += 1
    try:
        make_date(2000, month, token.number)  # 2000: February 29 is allowed
    except DateError as error:
        raise RecurrenceError(str(error)) from None
    rule.bymonth, rule.bymonthday = month, token.number
    return True
