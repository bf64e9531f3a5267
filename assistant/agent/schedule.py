"""Dates for an intent, taken from the user's words and checked against them.

The model may pass a date ("friday 5pm"); it is used only when the user's
message holds those words (:meth:`Mentions.covers`). Otherwise the date the
message itself mentions is used, and with none, no date at all: a to-do the
user gave no date keeps none, however sure the model is.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.rrule import rrulestr

from assistant.agent.mentions import NOW_WORDS, Mentions, Span, resolves
from assistant.calendar.edit import is_bare_time
from assistant.clock import Clock
from assistant.dates import parse_recurrence, resolve_when
from assistant.dates.zones import localize
from assistant.errors import AssistantError

# Words left dangling once the date is cut from a title ("Lunch with Ana on"),
# in the six languages the dates are read in.
_GLUE_TAIL = re.compile(
    r"(\s+(on|at|by|for|from|due|in|every|each|na|no|nas|nos|em|às|as|à|ao|de|do|da|das|"
    r"para|pra|el|la|los|las|en|am|um|ab|bis|von|vom|zum|le|les|au|dès|pour|"
    r"il|alle|al|di|del|per|entro|,|-))+\s*$",
    re.I,
)


def grounded_when(
    model_text: str | None, mentions: Mentions, *, avoid: str | None = None
) -> str | None:
    """The date words to use: the model's, if the user said them; else the user's own."""
    spans = _candidates(mentions, avoid)
    if model_text and model_text.strip().lower() in NOW_WORDS:
        model_text = None  # "is at Luigi's now": currently, not a time
    grounded = bool(model_text and model_text.strip() and mentions.covers(model_text))
    usable = grounded and model_text and (not avoid or not _same_words(model_text, avoid))
    if usable and model_text and (mentions.clock is None or resolves(model_text, mentions.clock)):
        longer = _said_more(model_text, spans)
        return longer.text if longer is not None else model_text.strip()
    if not spans:
        return None
    return spans[-1].text


def event_times(
    when: str | None,
    mentions: Mentions,
    clock: Clock,
    *,
    avoid: str | None = None,
    moving: bool = False,
) -> dict[str, Any]:
    """``start``/``end``/``duration_minutes``/``repeat`` arguments, from the user's words."""
    out: dict[str, Any] = {}
    spans = _candidates(mentions, avoid)
    if mentions.range_start and mentions.range_end:
        days = [s.text for s in spans if not is_bare_time(s.text) and not _has_clock(s.text)]
        # "from December 21 to December 31" is whole days; "tomorrow from 3 to
        # 4:30" is times on the day named elsewhere.
        whole_days = mentions.range_start in days
        day = "" if whole_days or not days else days[0]
        out["start"] = f"{day} {mentions.range_start}".strip()
        out["end"] = mentions.range_end
    else:
        start = grounded_when(when, mentions, avoid=avoid)
        if start:
            out["start"] = _with_day_and_time(start, spans)
        if mentions.duration is not None:
            out["duration_minutes"] = max(1, int(mentions.duration.total_seconds() // 60))
    if mentions.repeat is not None:
        out["repeat"] = mentions.repeat.text
        if not moving or "start" in out:
            first = first_occurrence(mentions.repeat.text, out.get("start"), clock)
            if first is not None:
                out["start"] = first
    return out


def _with_day_and_time(start: str, spans: list[Span]) -> str:
    """A day and a time the user said apart ("next Tuesday ... at 5pm") as one start."""
    # A span is in the start as read ("at 12") or as written ("um 12 Uhr").
    said = start.casefold()
    others = [
        s.text
        for s in spans
        if s.text.casefold() not in said and not (s.said and s.said.casefold() in said)
    ]
    if _has_clock(start):
        if is_bare_time(start):
            days = [t for t in others if not _has_clock(t)]
            return f"{days[0]} {start}" if days else start
        return start
    times = [t for t in others if is_bare_time(t)]
    return f"{start} {times[0]}" if times else start


def first_occurrence(repeat: str, start: str | None, clock: Clock) -> str | None:
    """The first date the repeat falls on, at the start's time: ISO text for the tool.

    "Yoga every Wednesday at 7pm" said on a Friday starts next Wednesday, and
    "standup every weekday at 9:15" said on a Saturday starts on Monday.
    """
    try:
        value: date | datetime = resolve_when(start, clock).value if start else clock.now.date()
        rule = parse_recurrence(repeat, value)
    except (AssistantError, ValueError, OverflowError):
        return start
    timed = isinstance(value, datetime)
    today = clock.now.astimezone(clock.tz).replace(tzinfo=None)
    if isinstance(value, datetime):
        base = value.astimezone(clock.tz).replace(tzinfo=None)
    else:
        base = datetime.combine(value, datetime.min.time())
    if start is None or is_bare_time(start):
        # No day given: the first match from now on ("every weekday at 9:15").
        anchor = today.replace(hour=base.hour, minute=base.minute, second=0, microsecond=0)
        after = today if timed else today.replace(hour=0, minute=0) - timedelta(seconds=1)
    else:
        # A day given ("starting next Tuesday"): the rule counts from it.
        anchor, after = base, base - timedelta(seconds=1)
    plain_rule = re.sub(r";?(UNTIL|COUNT)=[^;]*", "", rule)
    try:
        found = rrulestr(plain_rule, dtstart=anchor).after(after)
    except (ValueError, OverflowError):
        return start
    if found is None:
        return start
    if not timed:
        return found.date().isoformat()
    return localize(found, clock.tz).isoformat(timespec="minutes")


def strip_when(title: str, mentions: Mentions) -> str:
    """A title without the date words a model often copies into it ("Call mom friday 5pm")."""
    text = " ".join(title.split())
    spans = [*mentions.when, mentions.repeat, mentions.duration_span, mentions.range_span]
    for span in spans:
        if span is None:
            continue
        said = r"[\s,;]+".join(re.escape(word) for word in span.as_written.split())
        cut = re.sub(r"\s*(?<!\w)" + said + r"(?!\w)", "", text, flags=re.I)
        if cut.strip():
            text = cut
    if mentions.range_start and mentions.range_span is None:
        text = re.sub(r"\s*\b(from|between)\b.*$", "", text, flags=re.I) or text
    if text != " ".join(title.split()):
        text = _GLUE_TAIL.sub("", text).strip(" ,-")
    return text or title.strip()


def _candidates(mentions: Mentions, avoid: str | None) -> list[Span]:
    if not avoid:
        return list(mentions.when)
    avoided = {w.casefold() for w in re.findall(r"[\w:']+", avoid)}
    return [
        s
        for s in mentions.when
        if not {w.casefold() for w in re.findall(r"[\w:']+", s.text)} <= avoided
        and not {w.casefold() for w in re.findall(r"[\w:']+", s.as_written)} <= avoided
    ]


def _said_more(model_text: str, spans: list[Span]) -> Span | None:
    """The user's mention that holds the model's date words and more.

    "amanhã às 16h" copied from "depois de amanhã às 16h" drops the words that
    change the day: the user's whole phrase is used instead.
    """
    words = {w.casefold() for w in re.findall(r"[\w:']+", model_text)}
    for span in spans:
        said = {w.casefold() for w in re.findall(r"[\w:']+", span.as_written)}
        if words < said:
            return span
    return None


def _same_words(a: str, b: str) -> bool:
    return {w.casefold() for w in re.findall(r"[\w:']+", a)} <= {
        w.casefold() for w in re.findall(r"[\w:']+", b)
    }


def _has_clock(text: str) -> bool:
    return bool(re.search(r"\d\s*([ap]\.?m|:\d\d|h\d*)|\bnoon\b|\bmidnight\b", text, re.I))
