"""parse_recurrence: a raw RRULE or everyday words -> a validated RFC 5545 RRULE value.

The result never carries the "RRULE:" prefix. Parts the words leave open are
taken from the start, as a calendar app would: "weekly" repeats on the
start's weekday, "monthly" on the start's day of the month.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from assistant.clock import Clock
from assistant.dates.lang import canonical
from assistant.dates.lexer import Cursor, Token, normalise, tokenize
from assistant.dates.resolve import resolve_when
from assistant.dates.rrule_words import Draft, parse_words
from assistant.dates.rule import MAX_COUNT, WEEKDAY_CODES, Rule, parse
from assistant.dates.words import NUMBER_WORDS, UNITS
from assistant.dates.zones import add_months
from assistant.errors import DateError, RecurrenceError

_RAW = re.compile(r"\s*(?:rrule:)?\s*freq\s*=", re.IGNORECASE)
_UNTIL = re.compile(r"\s+(?:until|till)\s+", re.IGNORECASE)
_TIMES = ("times", "time", "occurrences", "occurrence")
_SPAN_UNITS = ("days", "weeks", "months", "years")
_UTC_ZONE = ZoneInfo("UTC")


def parse_recurrence(text: str, start: date | datetime, lang: str = "") -> str:
    """An RRULE value for ``text``, checked with dateutil against ``start`` as DTSTART.

    ``lang``: the user's language, for words two languages share.
    """
    stripped = text.strip()
    if not stripped:
        raise RecurrenceError('A repeat is needed, such as "every Monday" or FREQ=WEEKLY;BYDAY=MO.')
    if _RAW.match(stripped):
        return parse(stripped, start).render()
    head, *until = _UNTIL.split(canonical(stripped, lang), maxsplit=1)
    tokens, count, span = _count_suffix(tokenize(normalise(head)), stripped)
    draft = parse_words(Cursor(tokens), stripped)
    _fill_defaults(draft, start)
    if until and (count or span):
        raise RecurrenceError(f'"{stripped}" gives both an end date and a number of times.')
    rule = draft.rule(count=count or (_count_within(draft, start, span) if span else None))
    if until:
        rule = _until(rule, until[0], start)
    return rule.check(start).render()


def _dtstart(start: date | datetime) -> datetime:
    return start if isinstance(start, datetime) else datetime.combine(start, time(0))


Span = tuple[int, str]


def _count_suffix(tokens: list[Token], text: str) -> tuple[list[Token], int | None, Span | None]:
    """Split off "[for] N times|occurrences" (a count) or "for N weeks" (a span)."""
    words = [token.text for token in tokens]
    if len(tokens) >= 2 and words[-1] in _TIMES:
        count = _amount(tokens[-2])
        if count is not None:
            cut = len(tokens) - (3 if len(tokens) >= 3 and words[-3] == "for" else 2)
            if count < 1:
                raise RecurrenceError(f'"{text}" must happen at least once.')
            return tokens[:cut], count, None
    if len(tokens) >= 3 and words[-3] == "for" and UNITS.get(words[-1]) in _SPAN_UNITS:
        amount = _amount(tokens[-2])
        if amount is not None:
            return tokens[:-3], None, (amount, UNITS[words[-1]])
    return tokens, None, None


def _amount(token: Token) -> int | None:
    if token.kind == "number":
        return token.number
    return NUMBER_WORDS.get(token.text) if token.kind == "word" else None


def _fill_defaults(rule: Draft, start: date) -> None:
    """Make the start's weekday / day / month explicit, so the rule says what it means."""
    if rule.freq == "WEEKLY" and not rule.byday:
        rule.byday = [WEEKDAY_CODES[start.weekday()]]
    if rule.freq == "MONTHLY" and not rule.byday and rule.bymonthday is None:
        rule.bymonthday = start.day
    if rule.freq == "YEARLY" and rule.bymonth is None:
        rule.bymonth, rule.bymonthday = start.month, start.day


def _until(rule: Rule, text: str, start: date | datetime) -> Rule:
    """``rule`` ending at the words ``text``; a day includes all of that day."""
    try:
        value = resolve_when(text, _clock_for(start)).value
    except DateError as error:
        raise RecurrenceError(str(error)) from None
    bounded = rule.with_until(value, start)
    end = bounded.until_moment()
    # UNTIL has the start's type: both dates, both floating, or both aware.
    if end is not None and end < start:
        raise RecurrenceError(f'The repeat ends ("until {text.strip()}") before it starts.')
    return bounded


def _clock_for(start: date | datetime) -> Clock:
    """A clock at the start, so "until Dec 31" means the Dec 31 after the start."""
    if not isinstance(start, datetime):
        return Clock(datetime.combine(start, time(0), tzinfo=_UTC_ZONE), _UTC_ZONE)
    if isinstance(start.tzinfo, ZoneInfo):
        return Clock(start, start.tzinfo)
    if start.tzinfo is None:
        return Clock(start.replace(tzinfo=_UTC_ZONE), _UTC_ZONE)
    return Clock(start.astimezone(_UTC_ZONE), _UTC_ZONE)


def _count_within(rule: Draft, start: date | datetime, span: Span) -> int:
    """COUNT for "for 6 weeks": the occurrences in [start, start + 6 weeks)."""
    dtstart = _dtstart(start)
    amount, unit = span
    if unit in ("months", "years"):
        day = add_months(dtstart.date(), amount * (12 if unit == "years" else 1))
        end = datetime.combine(day, dtstart.timetz())
    else:
        end = dtstart + timedelta(**{unit: amount})
    count = 0
    for occurrence in rrulestr(rule.rule().render(), dtstart=dtstart):
        if occurrence.replace(tzinfo=None) >= end.replace(tzinfo=None):
            break
        count += 1
        if count > MAX_COUNT:
            raise RecurrenceError(f"That repeats more than {MAX_COUNT} times; give an end date.")
    if count == 0:
        raise RecurrenceError(f"The repeat has no occurrence in the first {amount} {unit}.")
    return count
