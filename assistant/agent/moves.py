"""What a change keeps: words that say which item it is are not new values.

- "Move my weekly yoga to 7pm": "weekly" says which yoga. The series keeps
  its rule and its day; only the time changes.
- "Make my call with Dad on Friday a weekly thing": "on Friday" says which
  call (the one this coming Friday), so the call is not moved to today.
- "Actually make it 3pm": a bare time keeps the to-do's due day.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from assistant.agent.act import IntentContext
from assistant.agent.mentions import Mentions, resolved
from assistant.agent.targets import Ref
from assistant.calendar.edit import is_bare_time, local_date, moved_start, time_of_day
from assistant.calendar.expand import instant
from assistant.calendar.model import EventData
from assistant.calendar.query import load_event
from assistant.dates.recurrence import parse_recurrence
from assistant.errors import AssistantError, InvalidInput

# A day this many days ahead or fewer is "this coming" one: "on Friday" names it.
_COMING = 7


def as_it_is(ctx: IntentContext, target: Ref) -> tuple[Mentions, str]:
    """The message's date words for a move of ``target``, and the words that only describe it.

    The repeat is left out when the event already repeats that way, and a
    weekday that is the event's own coming day is returned as words to avoid.
    """
    _, data = load_event(ctx.store, target.id, ctx.clock.tz)
    mentions = _from_to(ctx, ctx.mentions, data)
    if mentions.repeat is not None and _repeats_so(mentions.repeat.text, data, mentions.lang):
        mentions = dataclasses.replace(mentions, repeat=None)
    own = [s.text for s in mentions.when if _own_day(ctx, s.text, data)]
    return mentions, " ".join(own)


def _from_to(ctx: IntentContext, mentions: Mentions, data: EventData) -> Mentions:
    """ "Move the dentist from Thursday to Friday": to Friday, not a span of two days.

    Two whole days joined by "to", the first the event's own day, are where it
    is and where it goes.
    """
    first, last = mentions.range_start, mentions.range_end
    if not first or not last:
        return mentions
    was, goes = resolved(first, ctx.clock), resolved(last, ctx.clock)
    if not isinstance(was, date) or isinstance(was, datetime) or isinstance(goes, datetime):
        return mentions
    if data.rrule or was != local_date(data.start, ctx.clock.tz):
        return mentions
    if goes is None:
        return mentions
    while goes < was:  # "from Thursday to Friday": the Friday after that Thursday
        goes += timedelta(days=7)
    when = [dataclasses.replace(s, text=goes.isoformat()) for s in mentions.when if s.text == last]
    return dataclasses.replace(mentions, range_start=None, range_end=None, when=when)


def _repeats_so(text: str, data: EventData, lang: str) -> bool:
    """Whether the event's rule already is what ``text`` ("weekly", "every Wednesday") says."""
    if not data.rrule:
        return False
    try:
        said = _parts(parse_recurrence(text, data.start, lang))
    except (AssistantError, ValueError, OverflowError):
        return False
    have = _parts(data.rrule)
    if said.get("FREQ") != have.get("FREQ"):
        return False
    if said.get("INTERVAL", "1") != have.get("INTERVAL", "1"):
        return False
    return "BYDAY" not in said or said["BYDAY"] == have.get("BYDAY")


def _parts(rule: str) -> dict[str, str]:
    rule = rule.removeprefix("RRULE:")
    return dict(p.split("=", 1) for p in rule.split(";") if "=" in p)


def _own_day(ctx: IntentContext, text: str, data: EventData) -> bool:
    """ "on Friday" for a single event this coming Friday: which event, not where to."""
    if data.rrule:
        return False
    value = resolved(text, ctx.clock)
    if value is None or isinstance(value, datetime):
        return False  # a time of day is a new value
    today = ctx.clock.now.astimezone(ctx.clock.tz).date()
    day = local_date(data.start, ctx.clock.tz)
    return (
        value.weekday() == day.weekday()
        and 0 <= (value - today).days <= _COMING
        and 0 <= (day - today).days <= _COMING
    )


def kept_day(ctx: IntentContext, target: Ref, when: str | None) -> str | None:
    """ "Make it 3pm" for a to-do due Saturday: Saturday at 3pm, as ISO text for the tool."""
    if not when or not is_bare_time(when):
        return when
    rows = ctx.store.query("SELECT due_date FROM todos WHERE id = ?", [target.id])
    if not rows or not rows[0]["due_date"]:
        return when
    try:
        at = time_of_day(when, ctx.clock)
    except (AssistantError, ValueError):
        return when
    day = date.fromisoformat(str(rows[0]["due_date"]))
    return datetime.combine(day, at).isoformat(timespec="minutes")


def end_after(ctx: IntentContext, target: Ref, start: str | None, minutes: int) -> str:
    """ "Make it two hours": the end ``minutes`` after the (new) start, as ISO text."""
    tz = ctx.clock.tz
    _, data = load_event(ctx.store, target.id, tz)
    begin = moved_start(start, ctx.clock, data.start) if start else data.start
    if not isinstance(begin, datetime):
        raise InvalidInput(f"'{target.title}' is all day; say a start time to give it a length.")
    return (instant(begin, tz) + timedelta(minutes=minutes)).isoformat(timespec="minutes")
