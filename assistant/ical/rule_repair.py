"""Reading an event's RRULE liberally, as Thunderbird and Google Calendar do.

A rule the app can use is kept as it is. A damaged one never costs the event:
an empty rule, or one without a usable frequency, is ignored (the event happens
once); a part that cannot be used (``COUNT=-1``, ``BYDAY=XX``) is left out and
the rest of the rule kept; a COUNT or INTERVAL above the app's bounds is
lowered to them. Each repair is one phrase for the import report.

What is usable is decided by :func:`assistant.dates.rule.parse`, the same
policy the event tools apply, so an imported series behaves like a typed one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from icalendar import Component, vRecur

from assistant.calendar.model import Moment
from assistant.dates.rule import MAX_COUNT, MAX_INTERVAL, REFUSED_FREQUENCIES, parse, until_for
from assistant.errors import RecurrenceError

# Real rules have a handful of parts and fit on a line; beyond these bounds a
# rule is ignored rather than taken apart piece by piece.
MAX_PARTS = 20
MAX_RULE_LENGTH = 1000
_BOUNDS = {"COUNT": MAX_COUNT, "INTERVAL": MAX_INTERVAL}
# What icalendar, dateutil and rule.parse raise for a rule they cannot use.
_RULE_ERRORS = (RecurrenceError, ValueError, TypeError, KeyError, IndexError, OverflowError)


def read_rule(component: Component, start: Moment, repairs: list[str]) -> str | None:
    """The usable RRULE of ``component`` as text, or None; ``repairs`` gets what was changed."""
    prop = component.get("RRULE")
    if prop is None:
        return None
    if isinstance(prop, list):
        if len(prop) > 1:
            repairs.append(f"only the first of its {len(prop)} repeat rules was used")
        prop = prop[0]
    # A rule icalendar could not parse arrives as vBroken, a str holding the raw text.
    raw = prop.to_ical().decode() if isinstance(prop, vRecur) else str(prop)
    raw = raw.strip()
    if raw.upper().startswith("RRULE:"):
        raw = raw[len("RRULE:") :].strip()
    if not raw.strip(";"):
        repairs.append("the empty repeat rule was ignored")
        return None
    try:
        return usable_rule(raw, start)
    except _RULE_ERRORS:
        return _repaired(raw, start, repairs)


def usable_rule(rule: str, start: Moment) -> str:
    """The rule, normalised, with UNTIL in the form RFC 5545 requires for this start.

    Raises what the parsers raise (see ``_RULE_ERRORS``) when it cannot be used.
    """
    parsed = vRecur.from_ical(rule)
    normal = vRecur({key: list(values) for key, values in parsed.items()})
    until = normal.pop("UNTIL", None)
    text = normal.to_ical().decode()
    if until:
        # UNTIL in the form RFC 5545 requires for this start; icalendar puts it first.
        text = f"UNTIL={_until(until[0], start)};{text}"
    return parse(text, start).render()


def _repaired(raw: str, start: Moment, repairs: list[str]) -> str | None:
    """The usable parts of ``raw`` as a rule, or None when its frequency is unusable."""
    shown = _shorten(raw, 80)
    pieces = [piece.strip() for piece in raw.split(";") if piece.strip()]
    if len(raw) > MAX_RULE_LENGTH or len(pieces) > MAX_PARTS:
        repairs.append(f"its repeat rule “{shown}” is too long to read, so it was ignored")
        return None
    frequencies = [p for p in pieces if p.upper().replace(" ", "").startswith("FREQ=")]
    problem = _frequency_problem(frequencies[0] if frequencies else None, start)
    if problem:
        repairs.append(f"its repeat rule “{shown}” was ignored ({problem}); it happens once")
        return None
    kept = [frequencies[0]]
    for piece in pieces:
        if piece is frequencies[0]:
            continue
        added, note = _try_piece(kept, piece, start)
        if note == "before the start":
            # An end before the start leaves only the first occurrence (RFC 5545 3.8.5.3).
            repairs.append(
                f"its repeat rule “{shown}” ends before the event starts; it happens once"
            )
            return None
        if added is not None:
            kept.append(added)
        if note:
            repairs.append(note)
    return usable_rule(";".join(kept), start)


def _frequency_problem(piece: str | None, start: Moment) -> str:
    """Why the rule's FREQ cannot be used, or "" when it can."""
    if piece is None:
        return "it says nowhere how often (FREQ)"
    value = piece.partition("=")[2].strip().upper()
    if value in REFUSED_FREQUENCIES:
        return "this app does not repeat events every second or minute"
    try:
        usable_rule(f"FREQ={value}", start)
    except _RULE_ERRORS:
        return f"FREQ={_shorten(value, 20)} is not a frequency"
    return ""


def _try_piece(kept: list[str], piece: str, start: Moment) -> tuple[str | None, str]:
    """``piece`` (or a bounded version of it) if the rule still works with it, and a note."""
    try:
        usable_rule(";".join([*kept, piece]), start)
        return piece, ""
    except _RULE_ERRORS as exc:
        error = exc
    key, _, value = piece.partition("=")
    key, value = key.strip().upper(), value.strip()
    bound = _BOUNDS.get(key)
    if bound is not None and value.isdigit() and int(value) > bound:
        lowered = f"{key}={bound}"
        try:
            usable_rule(";".join([*kept, lowered]), start)
            return lowered, f"{_shorten(piece, 40)} in its repeat rule was lowered to {lowered}"
        except _RULE_ERRORS:
            pass
    if key == "UNTIL" and "before the start" in str(error):
        return None, "before the start"
    reason = _shorten(" ".join(str(error).split()).rstrip("."), 100)
    return None, f"the part {_shorten(piece, 40)} of its repeat rule was ignored ({reason})"


def _until(value: Any, start: Moment) -> str:
    """UNTIL is a date for all-day series, a UTC instant for zoned ones.

    A date on a timed series lasts to the end of that day in the series' zone,
    and a wall-clock time is read in that zone, so the last day's occurrence counts.
    """
    if not isinstance(value, date):
        raise RecurrenceError(f"UNTIL={value} is not a date.")
    return until_for(value, start)


def _shorten(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
