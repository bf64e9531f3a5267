"""Quick add: one line of text -> a to-do's title, due date, priority and tags.

"call mom friday 5pm !high #family" becomes the to-do "Call mom", due Friday
17:00, high priority, tagged "family". Dates are resolved by
:func:`assistant.dates.resolve_when`, never guessed; this module only decides
which words are the date.

The rule (each part is in tests/test_quick_add.py):

1. Markers are taken from anywhere: ``!high``, ``!normal``, ``!low`` and ``!!``
   (or more ``!``) set the priority, the last one winning; ``#word`` (starting
   with a letter, so "#123" stays text) adds a tag.
2. The date is a run of whole words at the **end** of the text, else at the
   **start**: the longest such run (at most 8 words) that ``resolve_when``
   accepts in full. Words in the middle are never a date, so "read may
   report" is just a title, while "call may 5" is due on May 5. Text that is
   only a date leaves no title (an error).
3. That longest run is not a date when it is only a bare number, ordinal or
   three-letter weekday ("chapter 5", "the second", "lie in the sun"), or when
   it falls on a day before today ("notes from last friday"): then those
   words stay in the title, and no shorter run is tried at that end.
4. Text in double quotes is always title: ``"plan the weekend"`` stays whole.
5. A connecting word left between title and date ("by", "due", "on", "at",
   "before", "for", "until") and stray punctuation are dropped, and the
   title's first letter is capitalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from assistant.calendar.times import iso
from assistant.clock import Clock
from assistant.dates import resolve_when
from assistant.errors import InvalidInput
from assistant.todos.model import Priority

MAX_DATE_WORDS = 8

# A quoted run (straight or curly quotes) is one protected chunk; else a word.
_CHUNK = re.compile(r"\"[^\"]*\"|“[^”]*”|\S+")
_TAG = re.compile(r"#([^\W\d_][\w-]*)")
# Priority markers in the six languages the dates are read in.
_PRIORITY_MARKERS: dict[str, Priority] = {
    **dict.fromkeys(("!high", "!alta", "!alto", "!hoch", "!haute", "!urgente"), "high"),
    **dict.fromkeys(("!normal", "!normale"), "normal"),
    **dict.fromkeys(("!low", "!baixa", "!baja", "!bassa", "!niedrig", "!basse"), "low"),
}
# Words between the title and its date ("call mom by friday", "ligar à mãe até sexta").
_CONNECTORS = {
    "by", "due", "on", "at", "before", "for", "until", "till",
    "até", "ate", "para", "na", "no", "em", "às", "as", "à",
    "hasta", "el", "antes", "del",
    "bis", "am", "um", "vor", "zum",
    "avant", "pour", "le", "d'ici",
    "entro", "per", "il", "prima", "alle",
}  # fmt: skip
_EDGE_PUNCTUATION = " ,;:-–—"
# Single words that resolve_when accepts but that are far more often part of
# a title: ordinals ("second") and weekday abbreviations ("sun", "sat").
_WEAK_WORDS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
}
_WEAK_TOKEN = re.compile(r"\d+(st|nd|rd|th)?", re.IGNORECASE)


@dataclass(frozen=True)
class QuickTodo:
    """What one line of quick-add text means."""

    title: str
    due: datetime | date | None = None
    # The words that were read as the due date, as typed.
    due_text: str | None = None
    priority: Priority = "normal"
    tags: tuple[str, ...] = ()

    def arguments(self, clock: Clock) -> dict[str, Any]:
        """Arguments for ``add_todo``; the due date is passed exactly, as ISO text."""
        if not self.title:
            raise InvalidInput('Write what needs doing, e.g. "call mom friday 5pm".')
        args: dict[str, Any] = {"title": self.title, "priority": self.priority}
        if self.due is not None:
            args["due"] = iso(self.due, clock.tz)
        if self.tags:
            args["tags"] = list(self.tags)
        return args


@dataclass(frozen=True)
class _Chunk:
    text: str
    quoted: bool = False


def parse_quick_todo(text: str, clock: Clock) -> QuickTodo:
    """Split ``text`` into a title, a due date, a priority and tags (see the module doc)."""
    chunks, priority, tags = _take_markers(text)
    due: datetime | date | None = None
    due_text: str | None = None
    found = _date_at_end(chunks, clock) or _date_at_start(chunks, clock)
    if found is not None:
        title_chunks, due, due_text = found
    else:
        title_chunks = chunks
    return QuickTodo(_title(title_chunks), due, due_text, priority, tags)


def _take_markers(text: str) -> tuple[list[_Chunk], Priority, tuple[str, ...]]:
    chunks: list[_Chunk] = []
    priority: Priority = "normal"
    tags: dict[str, str] = {}
    for raw in _CHUNK.findall(text):
        lowered = raw.lower()
        tag = _TAG.fullmatch(raw)
        if _is_quoted(raw):
            chunks.append(_Chunk(raw[1:-1].strip(), quoted=True))
        elif lowered in _PRIORITY_MARKERS:
            priority = _PRIORITY_MARKERS[lowered]
        elif len(raw) >= 2 and set(raw) == {"!"}:
            priority = "high"
        elif tag is not None:
            tags.setdefault(tag.group(1).lower(), tag.group(1))
        else:
            chunks.append(_Chunk(raw))
    return [c for c in chunks if c.text], priority, tuple(tags.values())


def _is_quoted(raw: str) -> bool:
    return len(raw) >= 2 and (raw[0], raw[-1]) in {('"', '"'), ("“", "”")}


def _date_at_end(
    chunks: list[_Chunk], clock: Clock
) -> tuple[list[_Chunk], datetime | date, str] | None:
    for size in range(min(MAX_DATE_WORDS, len(chunks)), 0, -1):
        tail = chunks[-size:]
        accepted, value = _as_due(tail, clock)
        if accepted:
            # The longest run decides: "last friday" in the past does not
            # become "friday" by dropping a word.
            if value is None:
                return None
            return _drop_connectors(chunks[:-size], at_end=True), value, _joined(tail)
    return None


def _date_at_start(
    chunks: list[_Chunk], clock: Clock
) -> tuple[list[_Chunk], datetime | date, str] | None:
    for size in range(min(MAX_DATE_WORDS, len(chunks)), 0, -1):
        head = chunks[:size]
        accepted, value = _as_due(head, clock)
        if accepted:
            if value is None:
                return None
            return _drop_connectors(chunks[size:], at_end=False), value, _joined(head)
    return None


def _as_due(chunks: list[_Chunk], clock: Clock) -> tuple[bool, datetime | date | None]:
    """Whether ``resolve_when`` accepts these words, and the due date they name
    (None when they read as title words: a weak word or a past day)."""
    phrase = _joined(chunks)
    if not phrase or any(c.quoted for c in chunks):
        return False, None
    try:
        value = resolve_when(phrase, clock).value
    except InvalidInput:
        return False, None
    day = value.astimezone(clock.tz).date() if isinstance(value, datetime) else value
    if _is_weak(phrase) or day < clock.now.date():
        return True, None
    return True, value


def _is_weak(phrase: str) -> bool:
    words = [w for w in phrase.lower().split() if w != "the"]
    return len(words) == 1 and (words[0] in _WEAK_WORDS or bool(_WEAK_TOKEN.fullmatch(words[0])))


def _joined(chunks: list[_Chunk]) -> str:
    return " ".join(c.text for c in chunks).strip(_EDGE_PUNCTUATION)


def _drop_connectors(chunks: list[_Chunk], *, at_end: bool) -> list[_Chunk]:
    """Remove "by"/"due"/... and lone punctuation between the title and the date."""
    rest = list(chunks)
    while rest:
        edge = rest[-1] if at_end else rest[0]
        word = edge.text.strip(_EDGE_PUNCTUATION).lower()
        if edge.quoted or (word and word not in _CONNECTORS):
            break
        rest.pop(-1 if at_end else 0)
    return rest


def _title(chunks: list[_Chunk]) -> str:
    title = " ".join(c.text for c in chunks).strip(_EDGE_PUNCTUATION)
    title = " ".join(title.split())
    return title[:1].upper() + title[1:]
