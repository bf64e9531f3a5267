"""Search everything: to-dos, events and notes in one ranked list (the window's Ctrl+F).

Each kind is read through its full-text index, in three tiers that each read
at most :data:`CANDIDATES` rows, newest first: titles that start with the
words, titles that hold every word, then any text. So a keystroke costs a few
bounded index reads, never a scan, even with 100,000 rows of each kind
(docs/benchmarks.md, "Search everything"). Words match as prefixes ("dent"
finds "Dentist"), except that in notes a word of one or two letters matches
whole words only. Snippets and dates in words are made for the hits shown.

The candidates are then ranked in Python on the folded text (no case, no
accents): an exact title first, then a title that starts with the words, then
titles holding every word as a word prefix, then matches in notes, places and
bodies. Within a tier, open to-dos come before done ones and upcoming events
(a series by its next occurrence) before past ones, nearest date first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from assistant.calendar.expand import expand, instant, last_rule_start
from assistant.calendar.model import EventData, Moment, shown_title
from assistant.calendar.query import load_overrides
from assistant.clock import Clock
from assistant.notes.queries import strip_markdown
from assistant.store import Store
from assistant.todos.model import due_of

Kind = Literal["todo", "event", "note"]

# At most this many hits come back; the window shows them all.
LIMIT = 50
# Rows each tier of each kind reads from its index.
CANDIDATES = 100
# Words of a query that are used; more only slow the index down.
MAX_WORDS = 8
# How far ahead a series' next occurrence is looked for.
LOOKAHEAD = timedelta(days=800)

# Characters of a note a snippet looks through for a match (else it shows the start).
SNIPPET_SOURCE_CHARS = 4000
# Shorter words match notes as whole words only (see _candidates).
MIN_NOTE_PREFIX = 3
# Ranks, best first.
EXACT, PREFIX, WORDS, TEXT = range(4)

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_KIND_ORDER: dict[Kind, int] = {"todo": 0, "event": 1, "note": 2}
# Each kind's index and its title column.
_INDEXES: dict[Kind, tuple[str, str]] = {
    "todo": ("todos_words", "title"),
    "event": ("events_words", "title"),
    "note": ("notes_fts", "title"),
}
# Each kind's table and the text its snippet is cut from.
_TEXTS: dict[Kind, tuple[str, str]] = {
    "todo": ("todos", "notes"),
    "event": ("events", "trim(location || ' · ' || description, ' ·')"),
    "note": ("notes", f"substr(body, 1, {SNIPPET_SOURCE_CHARS})"),
}


@dataclass(frozen=True)
class Hit:
    """One result: what it is, its id in its view, and what the list shows."""

    kind: Kind
    id: int
    title: str
    snippet: str
    # The date as people read it ("Tomorrow 09:00", "Tue 5 Jan 2027"); "" when none.
    when: str
    # The day to show it on (an event's occurrence, a to-do's due day), or None.
    day: date | None
    rank: int
    # A done to-do or an event with no occurrence ahead.
    stale: bool = False
    # Sort key within a rank: nearest date first, then newest.
    order: float = 0.0
    # The moment ``when`` words (worded only for the hits shown).
    at: Moment | None = None


def fold(text: str) -> str:
    """Text without case or accents: "Café" and "cafe" compare equal."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(text: str) -> list[str]:
    """The folded words of a query (letters and digits only, so FTS syntax cannot leak in)."""
    return re.findall(r"\w+", fold(text))[:MAX_WORDS]


def search_everything(store: Store, clock: Clock, text: str, limit: int = LIMIT) -> list[Hit]:
    """The best ``limit`` hits for ``text`` over to-dos, events and notes; [] for no words."""
    words = query_words(text)
    if not words:
        return []
    wanted = " ".join(words)
    hits: list[Hit] = []
    for kind in _KIND_ORDER:
        ids = _candidates(store, kind, words)
        hits += _HITS[kind](store, clock, wanted, words, ids)
    hits.sort(key=lambda h: (h.rank, h.stale, h.order, _KIND_ORDER[h.kind], h.title.casefold()))
    # Snippets read each text: only for the hits shown.
    return _with_snippets(store, clock, hits[:limit], words)


def _star(word: str, shortest: int) -> str:
    return "*" if len(word) >= shortest else ""


def _candidates(store: Store, kind: Kind, words: list[str]) -> list[int]:
    """Ids of the rows any tier matched, newest first per tier, at most 3 x CANDIDATES."""
    index, title = _INDEXES[kind]
    # Notes hold many words each: one or two letters as a prefix would merge
    # the index's lists of thousands of words (100 ms and more at 100,000
    # notes), so there such a word matches whole words only.
    whole = MIN_NOTE_PREFIX if kind == "note" else 1
    prefix = '"' + " ".join(words) + '"' + _star(words[-1], whole)
    every = " AND ".join(f'"{w}"{_star(w, whole)}' for w in words)
    found: dict[int, None] = {}
    for match in (f"{title} : ^ {prefix}", f"{title} : ({every})", every):
        rows = store.query(
            f"SELECT rowid FROM [{index}] WHERE [{index}] MATCH ? ORDER BY rowid DESC LIMIT ?",
            [match, CANDIDATES],
        )
        found.update(dict.fromkeys(r["rowid"] for r in rows))
    return list(found)


def _with_snippets(store: Store, clock: Clock, hits: list[Hit], words: list[str]) -> list[Hit]:
    """The hits shown, with their snippets and dates in words.

    Snippets are cut here rather than by FTS5's snippet(): for a short prefix
    that would merge the index's lists of every matching word again, per row.
    """
    texts: dict[tuple[Kind, int], str] = {}
    for kind, (table, column) in _TEXTS.items():
        ids = [h.id for h in hits if h.kind == kind]
        for row in _rows(store, table, f"id, {column} AS text", ids):
            texts[kind, row["id"]] = row["text"] or ""
    return [
        replace(
            h,
            snippet=snippet_of(texts.get((h.kind, h.id), ""), words),
            when=people_when(h.at, clock) if h.at is not None else "",
        )
        for h in hits
    ]


def snippet_of(text: str, words: list[str], size: int = 12) -> str:
    """About ``size`` words of ``text`` around the first one that matches, else its start."""
    plain = strip_markdown(text)
    tokens = list(re.finditer(r"\w+", plain))
    if not tokens:
        return plain[:120]
    first = next(
        (i for i, t in enumerate(tokens) if any(fold(t.group()).startswith(w) for w in words)),
        0,
    )
    start = max(0, first - 3)
    end = min(len(tokens), start + size)
    cut = plain[tokens[start].start() : tokens[end - 1].end()]
    return ("…" if start else "") + cut + ("…" if end < len(tokens) else "")


def rank_of(title: str, wanted: str, words: list[str]) -> int:
    """How well a title matches: EXACT, PREFIX, WORDS, or TEXT (matched elsewhere)."""
    folded = " ".join(re.findall(r"\w+", fold(title)))
    if folded == wanted:
        return EXACT
    if folded.startswith(wanted):
        return PREFIX
    title_words = folded.split()
    if all(any(t.startswith(w) for t in title_words) for w in words):
        return WORDS
    return TEXT


def _rows(store: Store, table: str, columns: str, ids: Iterable[int]) -> list[dict[str, Any]]:
    wanted = list(ids)
    if not wanted:
        return []
    marks = ",".join("?" for _ in wanted)
    return store.query(f"SELECT {columns} FROM [{table}] WHERE id IN ({marks})", wanted)


def _todo_hits(
    store: Store, clock: Clock, wanted: str, words: list[str], ids: list[int]
) -> list[Hit]:
    hits = []
    columns = "id, title, done, due_date, due_at, updated"
    for row in _rows(store, "todos", columns, ids):
        due = due_of(row, clock.tz)
        day = due.date() if isinstance(due, datetime) else due
        hits.append(
            Hit(
                "todo",
                row["id"],
                row["title"],
                "",
                "",
                day,
                rank_of(row["title"], wanted, words),
                stale=bool(row["done"]),
                order=_distance(due, clock) if due is not None else _age(row["updated"]),
                at=due,
            )
        )
    return hits


def _note_hits(
    store: Store, clock: Clock, wanted: str, words: list[str], ids: list[int]
) -> list[Hit]:
    hits = []
    columns = "id, title, updated"
    for row in _rows(store, "notes", columns, ids):
        updated = datetime.fromisoformat(row["updated"])
        moment = updated if updated.tzinfo else updated.replace(tzinfo=UTC)
        hits.append(
            Hit(
                "note",
                row["id"],
                row["title"],
                "",
                "",
                None,
                rank_of(row["title"], wanted, words),
                order=_age(row["updated"]),
                at=moment.astimezone(clock.tz),
            )
        )
    return hits


def _event_hits(
    store: Store, clock: Clock, wanted: str, words: list[str], ids: list[int]
) -> list[Hit]:
    tz = clock.tz
    rows = _rows(store, "events", "*", ids)
    masters = {r["uid"]: r for r in rows if not r["recurrence_id"]}
    # An override found alone stands for its series: the user opens the series.
    missing = {r["uid"] for r in rows if r["recurrence_id"]} - masters.keys()
    if missing:
        marks = ",".join("?" for _ in missing)
        for row in store.query(
            f"SELECT * FROM events WHERE recurrence_id = '' AND uid IN ({marks})", list(missing)
        ):
            masters[row["uid"]] = row
    hits = []
    for row in masters.values():
        data = EventData.from_row(row, tz)
        start, upcoming = _next_start(store, data, clock)
        hits.append(
            Hit(
                "event",
                row["id"],
                shown_title(row["title"]),
                "",
                "",
                start.date() if isinstance(start, datetime) else start,
                rank_of(row["title"], wanted, words),
                stale=not upcoming,
                order=_distance(start, clock),
                at=start,
            )
        )
    return hits


def _next_start(store: Store, data: EventData, clock: Clock) -> tuple[Moment, bool]:
    """The start of the occurrence to show, and whether it is still ahead (or running)."""
    tz, now = clock.tz, clock.now
    if not (data.rrule or data.rdates):
        return data.start, instant(data.effective_end(), tz) > now
    overrides = [d for _, d in load_overrides(store, data.uid, tz)]
    ahead = expand(data, overrides, now, now + LOOKAHEAD, tz, limit=1)
    if ahead:
        return ahead[0].start, True
    return last_rule_start(data, tz) or data.start, False


def _distance(moment: Moment, clock: Clock) -> float:
    """Seconds between now and ``moment``: the nearest date sorts first."""
    return abs((instant(moment, clock.tz) - clock.now).total_seconds())


def _age(stamp: str) -> float:
    """Newest first, after every dated hit of the same rank and state."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return float("inf")
    if moment.tzinfo is None:  # stored stamps are UTC
        moment = moment.replace(tzinfo=UTC)
    return 1e12 - moment.timestamp()


def people_when(moment: Moment, clock: Clock) -> str:
    """A date as people read it: "Today", "Tomorrow 09:00", "Fri 4 Dec", "Tue 5 Jan 2027"."""
    tz: ZoneInfo = clock.tz
    local = moment.astimezone(tz) if isinstance(moment, datetime) else None
    day = local.date() if local is not None else moment
    assert isinstance(day, date)
    today = clock.now.date()
    names = {today: "Today", today + timedelta(days=1): "Tomorrow"}
    names[today - timedelta(days=1)] = "Yesterday"
    shown = names.get(day)
    if shown is None:
        shown = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
        if day.year != today.year:
            shown += f" {day.year}"
    return f"{shown} {local:%H:%M}" if local is not None else shown


_HITS = {"todo": _todo_hits, "event": _event_hits, "note": _note_hits}
