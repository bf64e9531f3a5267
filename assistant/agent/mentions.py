"""What the user's own words say about time, found by code rather than by the model.

A small model copies, shifts or invents dates; it also drops "every Wednesday"
and "for two hours". So the agent reads those parts straight from the user's
message: :func:`find_mentions` scans it for date/time expressions, a repeat
rule, a time range ("from 3 to 4:30pm", "between 8 and 10") and a length
("for two hours"), using the same resolvers the tools use. The model supplies
only what needs language (the title, the intent, which item), and any date it
passes is checked against these mentions (see :mod:`assistant.agent.intents`).

The scan is greedy and longest-first over the words of the message, so
"next tuesday at 1pm" is one mention, not three. A span must hold a strong
date word (a weekday, a month, "tomorrow", a clock time...): a bare "2" in
"buy 2 eggs" is never read as a time.

A message in another language is first read into the grammar's words
(:func:`assistant.dates.lang.read`: "terça às 13h" is "tuesday at 13:00"), and
the scan runs over those; each mention keeps the user's own words too
(:attr:`Span.said`), to find them again in a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise

from assistant.clock import Clock
from assistant.dates import parse_duration, parse_recurrence, resolve_when
from assistant.dates.lang import read
from assistant.dates.words import MONTHS, WEEKDAYS
from assistant.errors import AssistantError

MAX_SPAN = 7
MAX_WORDS = 120
# A word that makes a span a date or time by itself.
_DAY_WORDS = {
    "today", "tonight", "tomorrow", "yesterday", "tmrw", "tmr", "noon", "midnight",
    "morning", "afternoon", "evening", "weekend", "week", "month", "year", "now",
    "day", "days", "hours", "hour", "minutes", "mins", "weeks", "months",
}  # fmt: skip
_AMBIGUOUS = {"may", "mar", "sun", "sat", "wed", "jan", "dec", "aug", "second"}
_CLOCK = re.compile(r"^\d{1,2}([:.h]\d{2})?\s*([ap]\.?m\.?)?$|^\d{1,2}:\d{2}$", re.IGNORECASE)
_AMPM = re.compile(r"\d\s*([ap]\.?m\.?)$|^[ap]\.?m\.?$", re.IGNORECASE)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_REPEAT_HEADS = {
    "every", "each", "daily", "weekly", "monthly", "yearly", "annually", "biweekly",
    "fortnightly", "weekdays", "weeknights",
}  # fmt: skip
# Leading words that belong to the sentence, not to the date ("on Tuesday", "at 5pm").
_GLUE = {"on", "at", "by", "for", "in", "this", "next", "from", "until", "till", "due"}
_TRIM = ".,;:!?\"'()[]"


@dataclass(frozen=True)
class Span:
    """A mention: its words as the resolvers take them, and where it is in the message.

    ``first``/``last`` index the message's words; ``said`` is those words as
    written ("terça às 13h" where ``text`` is "tuesday at 13:00"; the same as
    ``text`` in English).
    """

    text: str
    first: int
    last: int  # exclusive
    said: str = ""

    @property
    def as_written(self) -> str:
        return self.said or self.text


@dataclass(frozen=True)
class Mentions:
    """Date, time, range, repeat and length expressions in one message."""

    words: list[str] = field(default_factory=list)
    when: list[Span] = field(default_factory=list)
    repeat: Span | None = None
    duration: timedelta | None = None
    duration_span: Span | None = None
    # "from 3 to 4:30pm": the start and end words, as a resolver takes them.
    range_start: str | None = None
    range_end: str | None = None
    # The clock the words were read against (None only for an empty message).
    clock: Clock | None = None
    # The language the message's date words are in ("en", "pt", ...).
    lang: str = "en"
    # Where the time range is in the message ("das 14h às 15h30").
    range_span: Span | None = None

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.when]

    def covers(self, text: str) -> bool:
        """Whether ``text`` is grounded in the message: its words are all there."""
        want = _plain_words(text)
        if not want:
            return False
        have = {w.lower().strip(_TRIM) for w in self.words}
        return all(w in have for w in want)

    def dates_hold(self, text: str) -> bool:
        """Whether ``text`` is made only of words of the date, range or repeat mentions."""
        want = _plain_words(text)
        spans = [*self.when, self.repeat, self.duration_span]
        said = " ".join(f"{s.text} {s.said}" for s in spans if s is not None)
        have = {w.lower().strip(_TRIM) for w in said.split()}
        have |= {w.lower() for w in (self.range_start or "", self.range_end or "") if w}
        return bool(want) and all(w in have for w in want)


def find_mentions(text: str, clock: Clock) -> Mentions:
    """Scan ``text`` for what it says about time (see the module docstring)."""
    words = [w for w in text.split()][:MAX_WORDS]
    clean = [w.strip(_TRIM) for w in words]
    reading = read(words, clock.lang)
    if reading.changed:
        canon = [word for group in reading.groups for word in group.words]
        origin = [(g.first, g.last) for g in reading.groups for _ in g.words]
    else:
        canon, origin = clean, [(i, i + 1) for i in range(len(clean))]
    repeat = _find_repeat(canon, clock)
    duration, duration_span = _find_duration(canon)
    range_start, range_end, taken = _find_range(canon, clock)
    range_span = Span("", min(taken), max(taken) + 1) if taken else None
    if repeat is not None:
        taken |= set(range(repeat.first, repeat.last))
    if duration_span is not None:
        taken |= set(range(duration_span.first, duration_span.last))
    when = _find_when(canon, clock, taken)
    if range_start is None:
        range_start, range_end = _day_range(canon, when)

    def placed(span: Span | None) -> Span | None:
        """The span in the message's own words."""
        if span is None:
            return None
        first, last = origin[span.first][0], origin[span.last - 1][1]
        return Span(span.text, first, last, " ".join(w for w in clean[first:last] if w))

    # A bare "now" ("the lunch is at Luigi's now", "jetzt bitte") says "currently",
    # not a time to schedule at or move to.
    when = [s for s in when if s.text.lower() not in NOW_WORDS]
    return Mentions(
        words,
        [s for s in map(placed, when) if s is not None],
        placed(repeat),
        duration,
        placed(duration_span),
        range_start,
        range_end,
        clock,
        reading.lang if reading.changed else "en",
        placed(range_span),
    )


_RANGE_WORDS = {"to", "until", "till", "through", "thru", "-", "–"}
NOW_WORDS = {"now", "right now", "agora", "ahora", "jetzt", "maintenant", "adesso", "ora"}


def _day_range(words: list[str], when: list[Span]) -> tuple[str | None, str | None]:
    """ "from December 21 to December 31": two dates joined by "to" are a span of days."""
    for first, second in pairwise(when):
        between = {w.lower() for w in words[first.last : second.first] if w}
        if between and between <= _RANGE_WORDS and not (_clock_in(first) or _clock_in(second)):
            return first.text, second.text
    return None, None


def _clock_in(span: Span) -> bool:
    return bool(re.search(r"\d\s*([ap]\.?m|[:.h]\d\d)|\b(noon|midnight|at)\b", span.text, re.I))


# -- dates and times ---------------------------------------------------------


def _find_when(words: list[str], clock: Clock, taken: set[int]) -> list[Span]:
    spans: list[Span] = []
    i = 0
    while i < len(words):
        found = None
        if i not in taken and words[i]:
            for size in range(min(MAX_SPAN, len(words) - i), 0, -1):
                if any(j in taken for j in range(i, i + size)):
                    continue
                piece = " ".join(w for w in words[i : i + size] if w)
                if _strong(words[i : i + size], words[i - 1] if i else "") and _resolves(
                    piece, clock
                ):
                    found = Span(piece, i, i + size)
                    break
        if found is None:
            i += 1
            continue
        spans.append(_without_glue(found))
        i = found.last
    return spans


def _strong(words: list[str], before: str) -> bool:
    """Whether these words name a date or time on their own (not just "2" or "in")."""
    lowered = [w.lower() for w in words]
    for n, word in enumerate(lowered):
        if word in _AMBIGUOUS:
            # "may", "sun": a date only beside a number or after "on"/"next"/"this".
            if any(c.isdigit() for w in lowered for c in w) or (
                (lowered[n - 1] if n else before.lower()) in {"on", "next", "this", "last"}
            ):
                return True
            continue
        if word in _DAY_WORDS or word in MONTHS or word in WEEKDAYS:
            return True
        if _ISO.match(word) or ("/" in word and any(c.isdigit() for c in word)):
            return True
        if _CLOCK.match(word) and (
            _AMPM.search(word)
            or ":" in word
            or (n + 1 < len(lowered) and _AMPM.search("1" + lowered[n + 1]))
            or (n > 0 and lowered[n - 1] in {"at", "@"})
            or (n == 0 and before.lower() in {"at", "@"})
            or re.match(r"^\d{1,2}h\d{0,2}$", word)
        ):
            return True
    return False


def resolves(text: str, clock: Clock) -> bool:
    """Whether the resolver understands ``text`` as a date or time."""
    return _resolves(text, clock)


def _resolves(text: str, clock: Clock) -> bool:
    return resolved(text, clock) is not None


def resolved(text: str, clock: Clock) -> date | datetime | None:
    """What the resolver reads ``text`` as (a day, or a moment), or None."""
    try:
        return resolve_when(text, clock).value
    except (AssistantError, ValueError, OverflowError):
        return None


def _without_glue(span: Span) -> Span:
    """Drop a leading "on"/"at"/"by" the resolver took along, keeping "next"/"this"."""
    words = span.text.split()
    first = span.first
    while len(words) > 1 and words[0].lower() in {"on", "by", "due"}:
        words, first = words[1:], first + 1
    return Span(" ".join(words), first, span.last)


# -- repeats, lengths and ranges --------------------------------------------------


def _find_repeat(words: list[str], clock: Clock) -> Span | None:
    for i, word in enumerate(words):
        lowered = word.lower()
        if lowered in ORDINAL_POSITIONS and _month_position(words, i):
            span = _month_position(words, i)
            if span is not None and _parses(span.text, clock):
                return span
        heads = lowered in _REPEAT_HEADS
        # "the first Monday of every month": the rule starts before "every".
        starts = [i]
        if heads and lowered in {"every", "each"}:
            starts += [j for j in range(max(0, i - 4), i) if words[j].lower() in {"the", "on"}]
        if not heads:
            continue
        for first in sorted(set(starts)):
            for size in range(min(MAX_SPAN + 3, len(words) - first), 0, -1):
                piece = " ".join(w for w in words[first : first + size] if w)
                piece = re.sub(r"^(on|the)\s+", "", piece, flags=re.IGNORECASE)
                try:
                    parse_recurrence(piece, clock.now)
                except (AssistantError, ValueError, OverflowError):
                    continue
                return Span(piece, first, first + size)
    return None


ORDINAL_POSITIONS = {"first", "second", "third", "fourth", "last", "1st", "2nd", "3rd", "4th"}


def _month_position(words: list[str], i: int) -> Span | None:
    """ "first Monday of the month" -> "the first Monday of every month"."""
    lowered = [w.lower() for w in words[i : i + 5]]
    if len(lowered) < 4 or lowered[2] != "of" or lowered[1] not in WEEKDAYS:
        return None
    if lowered[3] in {"the", "every", "each"} and len(lowered) > 4 and lowered[4] == "month":
        return Span(f"the {lowered[0]} {lowered[1]} of every month", i, i + 5)
    if lowered[3] == "month":
        return Span(f"the {lowered[0]} {lowered[1]} of every month", i, i + 4)
    return None


def _parses(text: str, clock: Clock) -> bool:
    try:
        parse_recurrence(text, clock.now)
    except (AssistantError, ValueError, OverflowError):
        return False
    return True


def _find_duration(words: list[str]) -> tuple[timedelta | None, Span | None]:
    """ "for two hours", "for 45 minutes", or a bare "half an hour" / "90 min"."""
    for i, word in enumerate(words):
        after_for = word.lower() == "for"
        if not after_for and (i and words[i - 1].lower() in {"in", "within", "every", "each"}):
            continue  # "in 2 hours" is a time, "every hour" a repeat
        start = i + 1 if after_for else i
        for size in range(min(4, len(words) - start), 0, -1):
            piece = " ".join(words[start : start + size])
            if not re.search(r"[a-z]", piece, re.IGNORECASE):
                continue  # "for 2" is not a length
            if not after_for and not _SHORT_UNIT.search(piece):
                continue  # without "for", only hours and minutes read as a length
            try:
                length = parse_duration(piece)
            except (AssistantError, ValueError, OverflowError):
                continue
            if timedelta(minutes=1) <= length <= timedelta(days=14):
                return length, Span(piece, i, start + size)
    return None, None


_SHORT_UNIT = re.compile(r"\b(hours?|hrs?|minutes?|mins?)\b", re.IGNORECASE)


_T = r"\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
_RANGE = re.compile(
    rf"\b(?:from|between)\s+(?:at\s+)?(?P<a>{_T})\s+(?:to|until|till|and|-)\s+(?:at\s+)?(?P<b>{_T})"
    r"(?:\s+(?P<part>in the (?:morning|afternoon|evening)))?"
    rf"|\b(?P<c>{_T})\s*(?:-|–|to)\s*(?P<d>\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\.?)",
    re.IGNORECASE,
)


def _find_range(words: list[str], clock: Clock) -> tuple[str | None, str | None, set[int]]:
    """ "from 3 to 4:30pm" -> ("3pm", "4:30pm", its word indexes); small hours read as pm."""
    joined = " ".join(words)
    match = _RANGE.search(joined)
    if match is None:
        return None, None, set()
    first = match.group("a") or match.group("c")
    last = match.group("b") or match.group("d")
    part = (match.group("part") or "").lower()
    first, last = _meridiem(first, last, part)
    if not (_resolves(first, clock) and _resolves(last, clock)):
        return None, None, set()
    begin = len(joined[: match.start()].split())
    size = len(match.group().split())
    return first, last, set(range(begin, begin + size))


def _meridiem(first: str, last: str, part: str) -> tuple[str, str]:
    """Both ends with an am/pm as people mean them ("3 to 4:30pm", "8 and 10 in the morning")."""

    def hour(text: str) -> int:
        return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]

    def suffix(text: str) -> str | None:
        found = _AMPM.search(text.replace(" ", ""))
        return found.group(1).replace(".", "").lower() if found and found.group(1) else None

    a, b = suffix(first), suffix(last)
    first_bare, last_bare = first.replace(" ", ""), last.replace(" ", "")
    if "morning" in part:
        b = b or "am"
        a = a or "am"
    elif part:
        b = b or "pm"
    if b and not a:
        a = b if hour(first) <= hour(last) or hour(first) == 12 else ("am" if b == "pm" else "pm")
    if not a and not b:
        # "from 3 to 4:30": afternoon hours are meant when the hour is small.
        a = "pm" if 1 <= hour(first) <= 7 else None
        b = "pm" if 1 <= hour(last) <= 8 else None
    out_a = f"{_hm(first_bare)}{a or ''}" if a else _clock24(first_bare)
    out_b = f"{_hm(last_bare)}{b or ''}" if b else _clock24(last_bare)
    return out_a, out_b


def _hm(text: str) -> str:
    digits = re.match(r"\d{1,2}(?:[:.]\d{2})?", text)
    return digits.group().replace(".", ":") if digits else text


def _clock24(text: str) -> str:
    digits = _hm(text)
    return digits if ":" in digits else f"{digits}:00"


def _plain_words(text: str) -> list[str]:
    return [w for w in (p.lower().strip(_TRIM) for p in text.split()) if w and w not in _GLUE]
