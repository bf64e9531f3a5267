"""Action items of an email: the model's words in, resolved proposals out.

The model copies an item's date words ("Thursday, April 2nd, between 8 and 10
in the morning") and its place as the email writes them. Code reads them with
the agent's own date reading (:func:`~assistant.agent.mentions.find_mentions`,
in the email's language), so a time range gives a start and an end. Date
words or a place that the email does not contain are not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from assistant.agent.mentions import find_mentions
from assistant.agent.phishing import phishing_reason
from assistant.agent.schedule import event_times
from assistant.agent.targets import content_stems
from assistant.calendar.edit import resolve_end
from assistant.calendar.wording import span_text
from assistant.clock import Clock
from assistant.dates import format_when, resolve_when
from assistant.dates.describe import describe_rrule
from assistant.errors import AssistantError

Kind = Literal["todo", "event"]
# Deadline words the date reading would not drop ("no later than Dec 5").
_DEADLINE = re.compile(
    r"^\s*(by|before|until|till|no later than|not later than|due|at the latest)\s+", re.I
)


_WORD = re.compile(r"\w+")
# A task named from its sentence keeps this many words.
MAX_TASK_WORDS = 10


@dataclass(frozen=True)
class Proposal:
    """A change the user may accept: a tool and its arguments, already resolved."""

    tool: Literal["add_todo", "add_event"]
    arguments: dict[str, Any]
    description: str


@dataclass(frozen=True)
class ActionItem:
    task: str
    kind: Kind
    # As the email said it, and as we resolved it (ISO), if we could.
    when: str | None
    resolved: str | None
    proposal: Proposal
    # Why this item looks like phishing ("" if it does not): never in "Add all".
    warning: str = ""
    # The end (ISO) when the email gives one, and the place as the email writes it.
    end: str | None = None
    place: str = ""
    # "model", or "invitation" for an event read from the email's calendar invitation.
    source: str = "model"


def placed(raws: list[dict[str, Any]], sentences: dict[str, str]) -> list[dict[str, Any]]:
    """The model's items, each task on the date it belongs to.

    ``sentences``: each date slot's phrase and the sentence it comes from. A
    small model sometimes lists its items in its own order, so the task for
    "by Monday at noon" lands on the slot of the Christmas dinner too. A
    slot's task that shares no word with its date's sentence but does with
    another date's, or one written on two dates where the other fits better,
    is replaced by the words of its own date's sentence: the date is the
    email's, and it is never dropped. An undated task written twice is kept once.
    """
    fit = [_overlap(r, sentences.get(str(r.get("when")))) for r in raws]
    best: dict[str, int] = {}
    for i, raw in enumerate(raws):
        key = _task_key(raw)
        if key not in best or fit[i] > fit[best[key]]:
            best[key] = i
    out = []
    for i, raw in enumerate(raws):
        when = raw.get("when")
        elsewhere = any(_overlap(raw, other) for phrase, other in sentences.items()
                        if phrase != when)  # fmt: skip
        slot = isinstance(when, str) and when in sentences
        misplaced = best[_task_key(raw)] != i or (slot and not fit[i] and elsewhere)
        if misplaced and slot:
            raw = {**raw, "task": sentence_task(sentences[str(when)], str(when))}
        elif misplaced:
            continue
        out.append(raw)
    return out


def sentence_task(sentence: str, phrase: str) -> str:
    """A task named by the words of its date's sentence, the date taken out."""
    rest = re.sub(r"\s+([,;:.!?])", r"\1", " ".join(sentence.replace(phrase, " ").split()))
    text = " ".join(rest.strip(" ,;:.!?").split()[:MAX_TASK_WORDS]).rstrip(" ,;:")
    return text[:1].upper() + text[1:]


def _task_key(raw: dict[str, Any]) -> str:
    return " ".join(_WORD.findall(str(raw.get("task", "")).casefold()))


def _overlap(raw: dict[str, Any], sentence: str | None) -> int:
    if not sentence:
        return 0
    return len(content_stems(str(raw.get("task", ""))) & content_stems(sentence))


def model_item(raw: dict[str, Any], clock: Clock, email: str) -> ActionItem:
    """An item from the model's reply, its date and place read by code."""
    task = " ".join(str(raw["task"]).split())[:200]
    when = raw["when"].strip() if raw.get("when") else None
    place = grounded_place(raw.get("place"), email)
    kind: Kind = "event" if raw.get("type") == "event" else "todo"
    # Words the email does not hold (an example copied from the instructions) are not read.
    start, end = read_when(when, clock) if when and in_email(when, email) else (None, None)
    if end is not None:
        kind = "event"  # a time range ("between 8 and 10") is an appointment, whatever the label
    return build_item(task, kind, when, start, end, place, clock)


def build_item(
    task: str,
    kind: Kind,
    when: str | None,
    start: datetime | date | None,
    end: datetime | date | None,
    place: str,
    clock: Clock,
    source: str = "model",
    repeat: str | None = None,
) -> ActionItem:
    """The item and its proposal: an event needs a start, else it is a to-do.

    ``repeat``: an invitation's RRULE, kept as the invitation says it.
    """
    resolved = start.isoformat() if start is not None else None
    finish = end.isoformat() if end is not None and kind == "event" else None
    warning = phishing_reason(f"{task} {place}".strip())
    if kind == "event" and start is not None:
        arguments: dict[str, Any] = {"title": task, "start": resolved}
        if finish is not None:
            arguments["end"] = _tool_end(start, end)
        if place:
            arguments["location"] = place
        shown = span_text(start, end, clock.tz) if end is not None else format_when(start, clock.tz)
        description = f"Add event {task!r} on {shown}" + (f", at {place}" if place else "")
        if repeat:
            arguments["repeat"] = repeat
            description += f", repeating {describe_rrule(repeat, tz=clock.tz)}"
        proposal = Proposal("add_event", arguments, description)
        return ActionItem(task, kind, when, resolved, proposal, warning, finish, place, source)
    arguments = {"title": task}
    description = f"Add to-do {task!r}"
    if start is not None:
        arguments["due"] = resolved
        description += f", due {format_when(start, clock.tz)}"
    proposal = Proposal("add_todo", arguments, description)
    return ActionItem(task, "todo", when, resolved, proposal, warning, None, place, source)


def read_when(text: str, clock: Clock) -> tuple[datetime | date | None, datetime | date | None]:
    """The start and (for a range) the end that ``text`` names; (None, None) if neither."""
    words = _DEADLINE.sub("", text).strip()
    try:
        mentions = find_mentions(words, clock)
        times = event_times(words, mentions, clock)
    except AssistantError:
        mentions, times = None, {}
    # A range gives the start; otherwise the words as a whole, then each mention in
    # order: never the last bare time alone, which would move the day.
    candidates = [times.get("start"), words]
    if mentions is not None and not mentions.range_start:
        candidates = [words, *(span.text for span in mentions.when)]
    start: datetime | date | None = None
    for candidate in candidates:
        if candidate:
            try:
                start = resolve_when(candidate, clock).value
                break
            except AssistantError:
                continue
    if start is None or not times.get("end"):
        return start, None
    try:
        end = resolve_end(str(times["end"]), clock, start)
    except AssistantError:
        return start, None
    return start, end


def in_email(text: str, email: str) -> bool:
    """Whether every word of ``text`` is a word of the email (case aside)."""
    want = set(_WORD.findall(text.casefold()))
    return bool(want) and want <= set(_WORD.findall(email.casefold()))


def grounded_place(value: Any, email: str) -> str:
    """The model's place, if the email holds those words (case and spacing aside)."""
    if not isinstance(value, str):
        return ""
    place = " ".join(value.split()).strip(" .,;")[:200]
    if not place:
        return ""
    haystack = " ".join(email.split()).casefold()
    return place if place.casefold() in haystack else ""


def _tool_end(start: datetime | date, end: datetime | date | None) -> str | None:
    """The end as the add_event tool takes it: an all-day end is the last day, inclusive."""
    if end is None:
        return None
    if not isinstance(start, datetime) and not isinstance(end, datetime):
        return (end - timedelta(days=1)).isoformat()
    return end.isoformat()
