"""parse_duration: "30 min", "1h30", "1.5 hours", "half an hour", "PT1H30M" -> timedelta."""

from __future__ import annotations

import re
from datetime import timedelta

from assistant.dates.lang import canonical
from assistant.dates.lexer import Cursor, normalise, tokenize
from assistant.dates.words import NUMBER_WORDS
from assistant.errors import DateError

_UNITS: dict[str, str] = {
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), "seconds"),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), "minutes"),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "hours"),
    **dict.fromkeys(("d", "day", "days"), "days"),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), "weeks"),
}

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_ISO = re.compile(
    rf"P(?:{_NUMBER}W)?(?:{_NUMBER}D)?(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?",
    re.IGNORECASE,
)


def parse_duration(text: str, lang: str = "") -> timedelta:
    """A positive length of time; a plain number is minutes ("90").

    ``lang``: the user's language, for words two languages share.
    """
    stripped = text.strip()
    if not stripped:
        raise DateError('A duration is needed, such as "30 minutes" or "1h30".')
    try:
        if stripped[:1] in "Pp":
            total = _parse_iso(stripped)
        else:
            total = _parse_words(canonical(stripped, lang, times=False), stripped)
    except OverflowError:
        raise DateError(f'The duration "{stripped}" is too long.') from None
    if total <= timedelta(0):
        raise DateError(f'The duration "{stripped}" must be longer than zero.')
    return total


def _parse_iso(text: str) -> timedelta:
    match = _ISO.fullmatch(text)
    if match is None or not any(match.groups()) or text.upper().endswith("T"):
        raise DateError(
            f'Could not understand the duration "{text}": use weeks, days, hours, minutes '
            "and seconds such as PT1H30M (months and years have no fixed length)."
        )
    weeks, days, hours, minutes, seconds = (
        float(group.replace(",", ".")) if group else 0.0 for group in match.groups()
    )
    return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)


def _parse_words(text: str, shown: str) -> timedelta:
    tokens = tokenize(normalise(text))
    if len(tokens) == 1 and tokens[0].kind == "number":
        return timedelta(minutes=tokens[0].number)
    cursor = Cursor(tokens)
    total = timedelta(0)
    while not cursor.done():
        if total:
            cursor.take("and")
        term = _term(cursor)
        if term is None:
            raise DateError(f'Could not understand "{cursor.rest()}" in the duration "{shown}".')
        total += term
    return total


def _term(cursor: Cursor) -> timedelta | None:
    """One amount with its unit; "half an hour"; "1h30" (minutes after hours)."""
    if cursor.take("half"):
        cursor.take("an", "a")
        unit = _unit(cursor)
        return None if unit is None else timedelta(**{unit: 0.5})
    amount = _amount(cursor)
    unit = _unit(cursor) if amount is not None else None
    if amount is None or unit is None:
        return None
    term = timedelta(**{unit: amount})
    if cursor.take_seq("and", "a", "half"):
        term += timedelta(**{unit: 0.5})
    elif unit == "hours" and _is_last_number(cursor):
        term += timedelta(minutes=_amount(cursor) or 0)
    return term


def _amount(cursor: Cursor) -> float | None:
    token = cursor.take_kind("number", "decimal")
    if token is not None:
        return float(token.text)
    word = cursor.take(*NUMBER_WORDS)
    return float(NUMBER_WORDS[word]) if word else None


def _unit(cursor: Cursor) -> str | None:
    word = cursor.word()
    if word in ("month", "months", "year", "years"):
        raise DateError("Months and years have no fixed length; give the duration in days.")
    taken = cursor.take(*_UNITS)
    return _UNITS[taken] if taken else None


def _is_last_number(cursor: Cursor) -> bool:
    token = cursor.peek()
    return token is not None and token.kind == "number" and cursor.peek(1) is None
