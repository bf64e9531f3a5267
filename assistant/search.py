"""Search everything: to-dos, events and notes in one ranked list (the window's Ctrl+F).

Each kind is read through its full-text index, in three tiers that each read
at most :data:`CANDIDATES` rows, newest first: titles that start with the
words, titles that hold every word, then any text. So a keystroke costs a few
bounded index reads, never a scan, even with 100,000 rows of each kind.

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
from dataclasses import dataclass
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

# Ranks, best first.
EXACT, PREFIX, WORDS, TEXT = range(4)

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_KIND_ORDER: dict[Kind, int] = {"todo": 0, "event": 1, "note": 2}
# Each kind's index, its title column and the text its snippet is cut from.
_INDEXES: dict[Kind, tuple[str, str, int]] = {
    "todo": ("todos_words", "title", 1),
    "event": ("events_words", "title", -1),
    "note": ("notes_fts", "title", 1),
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


def fold(text: str) -> str:
    """Text without case or accents: "Café" and "cafe" compare equal."""
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
        rows = _candidates(store, kind, words)
        hits += _HITS[kind](store, clock, wanted, words, rows)
    hits.sort(key=lambda h: (h.rank, h.stale, h.order, _KIND_ORDER[h.kind], h.title.casefold()))
    return hits[:limit]


def _candidates(store: Store, kind: Kind, words: list[str]) -> dict[int, str]:
    """Row id -> snippet of the rows any tier matched, at most 3 x CANDIDATES."""
    index, title, column = _INDEXES[kind]
    prefix = '"' + " ".join(words) + '"*'
    every = " AND ".join(f'"{w}"*' for w in words)
    found: dict[int, str] = {}
    for match in (f"{title} : ^ {prefix}", f"{title} : ({every})", every):
        rows = store.query(
            f"SELECT rowid, snippet([{index}], {column}, '', '', '…', 10) AS snippet "
            f"FROM [{index}] WHERE [{index}] MATCH ? ORDER BY rowid DESC LIMIT ?",
            [match, CANDIDATES],
        )
        for row in rows:
            found.setdefault(row["rowid"], row["snippet"] or "")
    return found


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


def _rows(store: Store, table: str, ids: Iterable[int]) -> list[dict[str, Any]]:
    wanted = list(ids)
    if not wanted:
        return []
    marks = ",".join("?" for _ in wanted)
    return store.query(f"SELECT * FROM [{table}] WHERE id IN ({marks})", wanted)


def _todo_hits(
    store: Store, clock: Clock, wanted: str, words: list[str], found: dict[int, str]
) -> list[Hit]:
    hits = []
    for row in _rows(store, "todos", found):
        due = due_of(row, clock.tz)
        day = due.date() if isinstance(due, datetime) else due
        hits.append(
            Hit(
                "todo",
                row["id"],
                row["title"],
                _snippet(found[row["id"]], row["notes"]),
                people_when(due, clock) if due is not None else "",
                day,
                rank_of(row["title"], wanted, words),
                stale=bool(row["done"]),
                order=_distance(due, clock) if due is not None else _age(row["updated"]),
            )
        )
    return hits


def _note_hits(
    store: Store, clock: Clock, wanted: str, words: list[str], found: dict[int, str]
) -> list[Hit]:
    hits = []
    for row in _rows(store, "notes", found):
        updated = datetime.fromisoformat(row["updated"])
        moment = updated if updated.tzinfo else updated.replace(tzinfo=UTC)
        hits.append(
            Hit(
                "note",
                row["id"],
                row["title"],
                _snippet(found[row["id"]], row["body"]),
                people_when(moment.astimezone(clock.tz), clock),
                None,
                rank_of(row["title"], wanted, words),
                order=_age(row["updated"]),
            )
        )
    return hits


def _event_hits(
    store: Store, clock: Clock, wanted: str, words: list[str], found: dict[int, str]
) -> list[Hit]:
    tz = clock.tz
    rows = _rows(store, "events", found)
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
        snippet = found.get(row["id"]) or next(
            (found[r["id"]] for r in rows if r["uid"] == row["uid"]), ""
        )
        hits.append(
            Hit(
                "event",
                row["id"],
                shown_title(row["title"]),
                _snippet(snippet, row["location"] or row["description"], row["title"]),
                people_when(start, clock),
                start.date() if isinstance(start, datetime) else start,
                rank_of(row["title"], wanted, words),
                stale=not upcoming,
                order=_distance(start, clock),
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


def _snippet(found: str, fallback: str, title: str = "") -> str:
    # An event's snippet comes from its best column, which may be the title itself.
    text = found if found and fold(found) != fold(title) else fallback
    return " ".join(strip_markdown(text).split())[:120]


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
