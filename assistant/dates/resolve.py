"""resolve_when: the user's words or ISO text -> one absolute date or date-time.

The text is split into tokens, matchers turn runs of tokens into pieces (a day,
a time, a part of the day, or an exact moment), and the pieces are combined.
A token no matcher accepts is an error: nothing is silently skipped, because a
skipped word ("tomorrow blorf") could have changed the meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from assistant.clock import Clock
from assistant.dates.days import DAY_MATCHERS, match_on_day
from assistant.dates.echo import parse_echo
from assistant.dates.iso import parse_iso
from assistant.dates.lang import canonical
from assistant.dates.lexer import Cursor, normalise, tokenize
from assistant.dates.pieces import (
    DayPiece,
    InstantPiece,
    Matcher,
    PartPiece,
    Piece,
    TimePiece,
)
from assistant.dates.relative import match_now, match_relative
from assistant.dates.times import (
    match_at_time,
    match_clock,
    match_noon_midnight,
    match_part_of_day,
    read_hour,
)
from assistant.dates.words import WEEKDAY_NAMES
from assistant.dates.zones import at_wall_time, is_after
from assistant.errors import DateError

# Order matters where phrases share a start: "3 days ago" before "3" (a time),
# "2 April" before "2", "in 2 hours" before "in the morning".
MATCHERS: tuple[Matcher, ...] = (
    match_now,
    match_relative,
    *DAY_MATCHERS,
    match_on_day,
    match_at_time,
    match_noon_midnight,
    match_part_of_day,
    match_clock,
)


@dataclass(frozen=True)
class When:
    """A resolved date or date-time, with the text it came from."""

    value: datetime | date
    text: str

    @property
    def has_time(self) -> bool:
        return isinstance(self.value, datetime)


@dataclass(frozen=True)
class Resolved:
    """The value, and whether the text named a day (not just a time)."""

    value: datetime | date
    names_day: bool


def resolve_when(text: str, clock: Clock, *, default_time: time | None = None) -> When:
    """Resolve ``text`` relative to ``clock`` (see docs/dates.md for the grammar).

    Returns a plain date when no time of day was given, unless ``default_time``
    is set, in which case such a day is returned at that wall-clock time.
    """
    return When(resolve_detail(text, clock, default_time=default_time).value, text)


def resolve_detail(
    text: str,
    clock: Clock,
    *,
    default_time: time | None = None,
    base_day: date | None = None,
) -> Resolved:
    """:func:`resolve_when` with more detail, for ranges.

    ``base_day``: the day a text that names only a time falls on, instead of
    "today, or tomorrow once that time has passed" (the end of "9am to 5pm").
    """
    stripped = text.strip()
    if not stripped:
        raise DateError('A date is needed, such as "tomorrow 3pm" or 2026-12-01.')
    try:
        iso = parse_iso(stripped, clock)
        if iso is None:
            iso = parse_echo(stripped, clock)
        if iso is not None:
            return Resolved(_with_default(iso, default_time, clock), True)
        pieces = _parse(canonical(stripped, clock.lang), clock, stripped)
        if not pieces:
            raise DateError(f'Could not understand the date "{stripped}".')
        return _combine(pieces, stripped, clock, default_time, base_day)
    except OverflowError:
        raise DateError(f'"{stripped}" is too far in the past or the future.') from None


def _with_default(value: date, default_time: time | None, clock: Clock) -> date | datetime:
    if isinstance(value, datetime) or default_time is None:
        return value
    return at_wall_time(value, default_time, clock.tz)


def _parse(text: str, clock: Clock, shown: str) -> list[Piece]:
    """Pieces of ``text`` (canonical words); errors quote ``shown``, the user's words."""
    cursor = Cursor(tokenize(normalise(text)))
    pieces: list[Piece] = []
    while not cursor.done():
        start, stuck = cursor.pos, cursor.pos
        for matcher in MATCHERS:
            found = matcher(cursor, clock)
            if found is not None:
                pieces.extend(found)
                break
            # Remember how far the best attempt got: "in 5 blorfs" fails at "blorfs".
            stuck = max(stuck, cursor.pos)
            cursor.pos = start
        else:
            raise _not_understood(cursor, stuck, shown)
    return pieces


def _not_understood(cursor: Cursor, stuck: int, text: str) -> DateError:
    token = cursor.peek(stuck - cursor.pos) or cursor.peek()
    assert token is not None
    if token.kind == "slash":
        return DateError(
            f'"{token.text}" is ambiguous (day/month or month/day?); '
            "write 2026-12-24 or 24 December."
        )
    if len(cursor.tokens) == 1:
        return DateError(f'Could not understand the date "{text}".')
    return DateError(f'Could not understand "{token.text}" in "{text}".')


def _one(pieces: list[Piece], kind: type, what: str, text: str) -> Piece | None:
    found = [piece for piece in pieces if isinstance(piece, kind)]
    if len(found) > 1:
        raise DateError(f'"{text}" names more than one {what}.')
    return found[0] if found else None


def _combine(
    pieces: list[Piece],
    text: str,
    clock: Clock,
    default_time: time | None,
    base_day: date | None,
) -> Resolved:
    instant = _one(pieces, InstantPiece, "moment", text)
    if isinstance(instant, InstantPiece):
        if len(pieces) > 1:
            raise DateError(f'"{text}" gives an exact moment and another day or time.')
        return Resolved(instant.moment, True)
    pieces = _weekday_with_date(pieces, text)
    day = _one(pieces, DayPiece, "day", text)
    clock_time = _one(pieces, TimePiece, "time", text)
    part = _one(pieces, PartPiece, "part of the day", text)
    assert day is None or isinstance(day, DayPiece)
    assert clock_time is None or isinstance(clock_time, TimePiece)
    assert part is None or isinstance(part, PartPiece)
    names_day = day is not None
    if day is None:
        # Only a time: today while it is ahead, else tomorrow (or the base day).
        today = base_day or clock.now.astimezone(clock.tz).date()
        day = DayPiece(today, roll_days=0 if base_day else 1)
    wall = _wall_time(clock_time, part, day)
    if wall is None:
        return Resolved(_with_default(day.day, default_time, clock), True)
    next_day = 1 if clock_time is not None and clock_time.next_day else 0
    moment = at_wall_time(day.day + timedelta(days=next_day), wall, clock.tz)
    if day.roll_days and not is_after(moment, clock.now):
        moment = at_wall_time(day.day + timedelta(days=next_day + day.roll_days), wall, clock.tz)
    return Resolved(moment, names_day)


def _weekday_with_date(pieces: list[Piece], text: str) -> list[Piece]:
    """ "Thursday, April 2nd", "domingo 28/3": the date, once the weekday agrees with it."""
    days = [p for p in pieces if isinstance(p, DayPiece)]
    named = [p for p in days if p.weekday is not None]
    dated = [p for p in days if p.weekday is None]
    if len(days) != 2 or len(named) != 1 or len(dated) != 1:
        return pieces
    weekday, on = named[0].weekday, dated[0].day
    assert weekday is not None
    if dated[0].week:  # "next week Friday", "Friday next week": that day of the week
        return [p for p in pieces if p not in days] + [DayPiece(on + timedelta(days=weekday))]
    if on.weekday() != weekday:
        raise DateError(
            f"{on.strftime('%-d %B %Y')} is a {WEEKDAY_NAMES[on.weekday()]}, "
            f'not a {WEEKDAY_NAMES[weekday]} (in "{text}").'
        )
    return [p for p in pieces if p is not named[0]]


def _wall_time(clock_time: TimePiece | None, part: PartPiece | None, day: DayPiece) -> time | None:
    if clock_time is not None:
        hour = read_hour(clock_time, part)
        return time(hour, clock_time.minute, clock_time.second)
    if part is not None:
        return part.at
    return day.keep_time
