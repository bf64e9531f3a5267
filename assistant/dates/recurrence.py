"""parse_recurrence: a raw RRULE or everyday words -> a validated RFC 5545 RRULE value.

The result never carries the "RRULE:" prefix. Parts the words leave open are
taken from the start, as a calendar app would: "weekly" repeats on the
start's weekday, "monthly" on the start's day of the month.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from assistant.clock import Clock
from assistant.dates.lang import canonical
from assistant.dates.lexer import Cursor, Token, normalise, tokenize
from assistant.dates.resolve import resolve_when
from assistant.dates.rrule_words import Rule, parse_words
from assistant.dates.words import NUMBER_WORDS, UNITS, WEEKDAY_CODES
from assistant.dates.zones import add_months, localize
from assistant.errors import DateError, RecurrenceError

_RAW = re.compile(r"\s*(?:rrule:)?\s*freq\s*=", re.IGNORECASE)
_RFC_PARTS = {
    "FREQ",
    "UNTIL",
    "COUNT",
    "INTERVAL",
    "BYSECOND",
    "BYMINUTE",
    "BYHOUR",
    "BYDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
}
_UNTIL = re.compile(r"\s+(?:until|till)\s+", re.IGNORECASE)
_TIMES = ("times", "time", "occurrences", "occurrence")
_SPAN_UNITS = ("days", "weeks", "months", "years")
# Bounds on the numbers in a rule: far beyond any real calendar, and far inside
# RFC 5545's 32-bit integers (larger ones were stored, then broke every export).
MAX_COUNT = 10_000
MAX_INTERVAL = 1_000
_UTC_ZONE = ZoneInfo("UTC")


def parse_recurrence(text: str, start: date | datetime, lang: str = "") -> str:
    """An RRULE value for ``text``, checked with dateutil against ``start`` as DTSTART.

    ``lang``: the user's language, for words two languages share.
    """
    stripped = text.strip()
    if not stripped:
        raise RecurrenceError('A repeat is needed, such as "every Monday" or FREQ=WEEKLY;BYDAY=MO.')
    if _RAW.match(stripped):
        return _raw_rule(stripped, start)
    head, *until = _UNTIL.split(canonical(stripped, lang), maxsplit=1)
    tokens, count, span = _count_suffix(tokenize(normalise(head)), stripped)
    rule = parse_words(Cursor(tokens), stripped)
    _fill_defaults(rule, start)
    if until and (count or span):
        raise RecurrenceError(f'"{stripped}" gives both an end date and a number of times.')
    if until:
        rule.until = _until(until[0], start)
    rule.count = count or (_count_within(rule, start, span) if span else None)
    _check(rule.render(), start, stripped)
    return rule.render()


def _raw_rule(text: str, start: date | datetime) -> str:
    """Validate and normalise "FREQ=...", optionally prefixed "RRULE:"."""
    if "\n" in text or "\r" in text:
        raise RecurrenceError("Give one RRULE line, without DTSTART or other properties.")
    body = re.sub(r"\s+", "", text).upper().removeprefix("RRULE:")
    keys = [part.split("=", 1)[0] for part in body.split(";")]
    unknown = [key for key in keys if key not in _RFC_PARTS]
    if unknown:
        raise RecurrenceError(f'"{unknown[0]}" is not part of an RRULE (in "{text}").')
    if len(set(keys)) != len(keys):
        raise RecurrenceError(f'The rule "{text}" names a part twice.')
    if "COUNT" in keys and "UNTIL" in keys:
        raise RecurrenceError(f'The rule "{text}" has both COUNT and UNTIL; RFC 5545 allows one.')
    values = dict(part.split("=", 1) for part in body.split(";"))
    if "UNTIL" in values:
        _check_until_form(values["UNTIL"], start, text)
    _check(body, start, text)
    return body


def _check_until_form(until: str, start: date | datetime, text: str) -> None:
    """RFC 5545: UNTIL has DTSTART's type, and is UTC when DTSTART has a zone."""
    if not isinstance(start, datetime):
        form, example = r"\d{8}", "20270301"
    elif start.tzinfo is None:
        form, example = r"\d{8}T\d{6}", "20270301T235959"
    else:
        form, example = r"\d{8}T\d{6}Z", "20270301T225959Z"
    if not re.fullmatch(form, until):
        raise RecurrenceError(f'UNTIL must look like {example} for this start (in "{text}").')


def check_rule_numbers(parts: dict[str, str]) -> None:
    """RecurrenceError when COUNT or INTERVAL (already whole numbers) is out of bounds."""
    if "COUNT" in parts and int(parts["COUNT"]) > MAX_COUNT:
        raise RecurrenceError(
            f"COUNT={parts['COUNT']} is too many; a series repeats at most "
            f"{MAX_COUNT:,} times. Give an end date (UNTIL) instead."
        )
    if "INTERVAL" in parts and int(parts["INTERVAL"]) > MAX_INTERVAL:
        raise RecurrenceError(
            f"INTERVAL={parts['INTERVAL']} is too large; a series can skip at most "
            f"{MAX_INTERVAL:,} periods between repeats."
        )


def _check(rule: str, start: date | datetime, text: str) -> None:
    parts = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
    for key in ("INTERVAL", "COUNT"):
        if key in parts and not (parts[key].isdigit() and int(parts[key]) >= 1):
            raise RecurrenceError(f'{key} must be a whole number of at least 1 (in "{text}").')
    check_rule_numbers(parts)
    try:
        rrulestr(rule, dtstart=_dtstart(start))
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise RecurrenceError(f'The rule "{text}" is not a valid RRULE: {error}') from None


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


def _fill_defaults(rule: Rule, start: date) -> None:
    """Make the start's weekday / day / month explicit, so the rule says what it means."""
    if rule.freq == "WEEKLY" and not rule.byday:
        rule.byday = [WEEKDAY_CODES[start.weekday()]]
    if rule.freq == "MONTHLY" and not rule.byday and rule.bymonthday is None:
        rule.bymonthday = start.day
    if rule.freq == "YEARLY" and rule.bymonth is None:
        rule.bymonth, rule.bymonthday = start.month, start.day


def _until(text: str, start: date | datetime) -> str:
    """UNTIL in the form RFC 5545 wants for this start; a day includes all of that day."""
    try:
        value = resolve_when(text, _clock_for(start)).value
    except DateError as error:
        raise RecurrenceError(str(error)) from None
    if not isinstance(start, datetime):
        day = value.date() if isinstance(value, datetime) else value
        if day < start:
            raise RecurrenceError(f'The repeat ends ("until {text.strip()}") before it starts.')
        return day.strftime("%Y%m%d")
    if not isinstance(value, datetime):
        value = _end_of_day(value, start.tzinfo)
    if start.tzinfo is None:
        end = value.replace(tzinfo=None)  # floating start: a floating UNTIL
        ends_first = end < start
    else:
        end = value.astimezone(UTC)
        ends_first = end < start.astimezone(UTC)
    if ends_first:
        raise RecurrenceError(f'The repeat ends ("until {text.strip()}") before it starts.')
    return end.strftime("%Y%m%dT%H%M%S") + ("Z" if start.tzinfo is not None else "")


def _clock_for(start: date | datetime) -> Clock:
    """A clock at the start, so "until Dec 31" means the Dec 31 after the start."""
    if not isinstance(start, datetime):
        return Clock(datetime.combine(start, time(0), tzinfo=_UTC_ZONE), _UTC_ZONE)
    if isinstance(start.tzinfo, ZoneInfo):
        return Clock(start, start.tzinfo)
    if start.tzinfo is None:
        return Clock(start.replace(tzinfo=_UTC_ZONE), _UTC_ZONE)
    return Clock(start.astimezone(_UTC_ZONE), _UTC_ZONE)


def _end_of_day(day: date, zone: tzinfo | None) -> datetime:
    last = datetime.combine(day, time(23, 59, 59))
    if isinstance(zone, ZoneInfo):
        return localize(last, zone)
    return last.replace(tzinfo=zone or _UTC_ZONE)


def _count_within(rule: Rule, start: date | datetime, span: Span) -> int:
    """COUNT for "for 6 weeks": the occurrences in [start, start + 6 weeks)."""
    dtstart = _dtstart(start)
    amount, unit = span
    if unit in ("months", "years"):
        day = add_months(dtstart.date(), amount * (12 if unit == "years" else 1))
        end = datetime.combine(day, dtstart.timetz())
    else:
        end = dtstart + timedelta(**{unit: amount})
    count = 0
    for occurrence in rrulestr(rule.render(), dtstart=dtstart):
        if occurrence.replace(tzinfo=None) >= end.replace(tzinfo=None):
            break
        count += 1
        if count > MAX_COUNT:
            raise RecurrenceError(f"That repeats more than {MAX_COUNT} times; give an end date.")
    if count == 0:
        raise RecurrenceError(f"The repeat has no occurrence in the first {amount} {unit}.")
    return count
