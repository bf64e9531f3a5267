"""Store and tool latency at scale (a measurement, not a test).

    .venv/bin/python bench/store_bench.py [--rows 100000] [--repeat 50] [--db PATH] [--json OUT]

Fills a real SQLite file (``Store.open``) with ``--rows`` to-dos, events and
notes, built the way the tools build their rows (events through
``EventData.to_row``), then times every list/search tool through the real tool
layer, ``default_registry().call(ToolContext(store, clock), name, args)``, with
several realistic argument sets each, and the main write tools plus
``Store.undo`` once per repeat. Prints a Markdown table (wall p50/p95/max and
thread-CPU p50/p95 in ms over ``--repeat`` calls, after one warm-up call whose
wall time is shown as "first"), the fill time and the file size. CPU time is
shown because wall time on a shared machine includes waiting for a core.

The data is deterministic (``random.Random(--seed)``) around a fixed clock,
Friday 2026-11-27 10:00 Europe/Berlin:

- to-dos: due dates over three years around now (a third without, a fifth
  with a time of day), priorities, done flags (most past ones done), notes on
  some, 20 tag names on ~40%, reminders on a tenth of those with a due date;
- events over the same three years (~91 a day at 100,000 rows): timed, all-day,
  a few spanning more than a week, reminders on some; 2% repeating (weekly,
  daily, monthly; a third each with UNTIL, with COUNT, unbounded), a tenth of
  those with one moved occurrence (an override row);
- notes of 50-2000 words (log-normal, median ~200) drawn Zipf-like from a
  ~3,000-word vocabulary, a few planted rare words, ~30% tagged.

The target (docs/ARCHITECTURE.md, "Performance budget") is p95 under 10 ms for
every list/search tool at 100,000 rows per table; rows over it are marked.
With ``--db PATH`` an existing, already filled file is reused (no fill; the
writes of earlier runs stay in it).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.calendar.edit import align_recurrence_id  # noqa: E402
from assistant.calendar.expand import expand, series_end  # noqa: E402
from assistant.calendar.model import EventData  # noqa: E402
from assistant.calendar.times import utc_key  # noqa: E402
from assistant.clock import Clock  # noqa: E402
from assistant.dates import localize  # noqa: E402
from assistant.dates.rule import WEEKDAY_CODES  # noqa: E402
from assistant.store import Store, cipher, utc_stamp  # noqa: E402
from assistant.tools import ToolContext, ToolRegistry, ToolResult, default_registry  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=TZ)
SPAN_DAYS = 3 * 365  # data spread over ~3 years centred on NOW
BUDGET_MS = 10.0

TAGS = [
    "work",
    "home",
    "errands",
    "family",
    "health",
    "finance",
    "project-x",
    "garden",
    "car",
    "travel",
    "reading",
    "school",
    "taxes",
    "birthday",
    "shopping",
    "recipes",
    "ideas",
    "meetings",
    "fitness",
    "someday",
]
# Tag popularity: a few are common, most are rare.
TAG_WEIGHTS = [30, 20, 12, 10, 8, 7, 6, 5, 4, 4, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1]


def words_of(text: str) -> list[str]:
    return text.split()


# Ranked vocabulary: function words first, then content words, then a synthetic tail.
FUNCTION_WORDS = words_of(
    "the and to of a in for is on that with it as at be this by from or have are not we "
    "but you will can if all about so was they there one more when what some our up out"
)
CONTENT_WORDS = words_of(
    "meeting notes project team week plan call email today time work idea list need next "
    "client review draft report budget update question follow design issue change data "
    "people home day new first good small last order price travel trip flight hotel train "
    "book read chapter recipe garden plant water kitchen dinner lunch coffee school kids "
    "doctor dentist appointment insurance invoice payment bank account tax receipt contract "
    "office desk laptop phone password backup server release version test bug feature user "
    "customer sales market product launch goal quarter month year morning evening weekend "
    "holiday birthday gift party music film movie song photo camera bike car repair tyre "
    "fuel parking ticket museum park beach mountain river lake city street house room wall "
    "paint floor door window light lamp table chair shelf box storage cellar roof heating "
    "energy bill contractor quote estimate deadline schedule agenda minutes summary decision "
    "risk option cost saving spend income salary pension loan rent mortgage interest "
    "language lesson course exam grade homework teacher class study practice exercise run "
    "swim gym yoga walk sleep health diet fruit vegetable bread cheese soup pasta rice "
    "chicken fish salad cake oven pan knife spoon fork plate glass bottle wine beer tea "
    "milk sugar salt pepper butter flour egg onion garlic tomato potato carrot apple lemon"
)
SYLLABLES = words_of(
    "ka lo mi ren tu sa vel dor pin qua zet mor lin bar fen gri hol jun kas lep "
    "nor pla sten vro wic yor zan bel cor dus"
)
# Planted in a few notes each, for "rare word" searches.
RARE_WORDS = ["zanzibar", "quetzal", "obsidian", "marzipan", "fjord", "kumquat"]

TODO_VERBS = [
    "Call",
    "Email",
    "Buy",
    "Fix",
    "Review",
    "Send",
    "Book",
    "Pay",
    "Plan",
    "Write",
    "Check",
    "Clean",
    "Order",
    "Cancel",
    "Renew",
    "Ask",
    "Prepare",
    "Finish",
]
TODO_OBJECTS = [
    "the plumber",
    "Ana about the invoice",
    "milk and bread",
    "the bike light",
    "the quarterly report",
    "the contract draft",
    "train tickets",
    "the phone bill",
    "the garden party",
    "the blog post",
    "the tyre pressure",
    "the garage",
    "new printer ink",
    "the gym membership",
    "the passport",
    "Ben about the budget",
    "slides for Monday",
    "the dentist appointment",
    "the insurance claim",
    "the release notes",
    "the tax return",
    "a gift for mum",
]
EVENT_TITLES = [
    "Standup",
    "1:1 with Ana",
    "Team sync",
    "Dentist",
    "Lunch with Ben",
    "Project review",
    "Yoga",
    "Client call",
    "Budget meeting",
    "School pickup",
    "Doctor",
    "Haircut",
    "Design review",
    "Football practice",
    "Dinner with Eva",
    "Piano lesson",
    "Sprint planning",
    "Retro",
    "Coffee with Kim",
    "Workshop",
    "Car service",
    "Parents' evening",
    "Book club",
    "Gym",
    "Flight to Lisbon",
]
LOCATIONS = [
    "",
    "",
    "",
    "Room 4.12",
    "Office",
    "Café Central",
    "Zoom",
    "Main Street 5",
    "City Hospital",
    "Gym",
    "Home",
    "Berlin Hbf",
]


# -- data ----------------------------------------------------------------------------


class Words:
    """Zipf-like text from a small ranked vocabulary."""

    def __init__(self, rng: random.Random) -> None:
        tail = sorted(
            {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(4000)}
            - set(CONTENT_WORDS)
        )
        rng.shuffle(tail)
        self.vocab = FUNCTION_WORDS + CONTENT_WORDS + tail[:2700]
        weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(self.vocab))]
        total = 0.0
        self.cum: list[float] = []
        for w in weights:
            total += w
            self.cum.append(total)
        self.rng = rng

    def words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=n)

    def text(self, n: int) -> str:
        """``n`` words as sentences and paragraphs."""
        words = self.words(n)
        out: list[str] = []
        i = 0
        sentences = 0
        while i < n:
            k = self.rng.randint(6, 18)
            chunk = words[i : i + k]
            out.append(chunk[0].capitalize() + " " + " ".join(chunk[1:]) + ".")
            i += k
            sentences += 1
            if sentences % 5 == 0:
                out.append("\n\n")
        return " ".join(out).replace(" \n\n ", "\n\n").strip()

    def note_length(self) -> int:
        return int(min(2000, max(50, self.rng.lognormvariate(math.log(200), 0.8))))


def fixed_uid(rng: random.Random) -> str:
    return f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@assistant.local"


def random_instant(rng: random.Random, lo_days: float, hi_days: float) -> datetime:
    return NOW + timedelta(days=rng.uniform(lo_days, hi_days))


def pick_tags(rng: random.Random, share: float, most: int) -> list[int]:
    """Tag ids (1-based, as inserted) for one item: none, or 1..most distinct."""
    if rng.random() >= share:
        return []
    names = set(rng.choices(range(len(TAGS)), weights=TAG_WEIGHTS, k=rng.randint(1, most)))
    return [i + 1 for i in sorted(names)]


def todo_rows(
    rng: random.Random, words: Words, n: int
) -> Iterator[tuple[dict[str, Any], list[int]]]:
    """To-do rows as ``add_todo``/``complete_todo`` leave them, with their tag ids."""
    half = SPAN_DAYS / 2
    for _ in range(n):
        title = f"{rng.choice(TODO_VERBS)} {rng.choice(TODO_OBJECTS)}"
        kind = rng.random()
        due_date = due_at = None
        past = rng.random() < 0.5
        if kind < 0.2:  # a time of day
            naive = random_instant(rng, -half, half).replace(tzinfo=None)
            due = localize(
                naive.replace(minute=naive.minute // 15 * 15, second=0, microsecond=0), TZ
            )
            due_date, due_at = due.date().isoformat(), utc_key(due)
            past = due < NOW
        elif kind < 0.67:  # a day
            day = random_instant(rng, -half, half).date()
            due_date = day.isoformat()
            past = day < NOW.date()
        done = rng.random() < (0.85 if past else 0.1)
        created = random_instant(rng, -half - 30, 0)
        row = {
            "uid": fixed_uid(rng),
            "title": title,
            "notes": words.text(rng.randint(8, 40)) if rng.random() < 0.3 else "",
            "due_date": due_date,
            "due_at": due_at,
            "priority": rng.choices(["normal", "high", "low"], weights=[70, 15, 15])[0],
            "done": int(done),
            "done_at": utc_stamp(created + timedelta(days=rng.uniform(0, 30))) if done else None,
            "reminder_minutes": (
                rng.choice([0, 15, 60, 1440]) if due_date and rng.random() < 0.1 else None
            ),
            "created": utc_stamp(created),
            "updated": utc_stamp(created),
        }
        yield row, pick_tags(rng, 0.4, 3)


def event_row(data: EventData, stamp: str) -> dict[str, Any]:
    """What ``calendar.edit.new_row`` stores, with a fixed created/updated stamp."""
    row = align_recurrence_id(data).to_row(TZ, series_end(data, TZ))
    return {**row, "created": stamp, "updated": stamp}


def series_rule(rng: random.Random, start: datetime | date) -> str:
    day = start if isinstance(start, date) and not isinstance(start, datetime) else start.date()
    freq = rng.choices(["WEEKLY", "DAILY", "MONTHLY"], weights=[50, 20, 30])[0]
    if freq == "WEEKLY":
        byday = WEEKDAY_CODES[day.weekday()]
        rule = f"FREQ=WEEKLY;BYDAY={byday}"
        if rng.random() < 0.3:
            rule = f"FREQ=WEEKLY;INTERVAL=2;BYDAY={byday}"
    elif freq == "DAILY":
        rule = "FREQ=DAILY" if rng.random() < 0.5 else "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    else:
        rule = f"FREQ=MONTHLY;BYMONTHDAY={min(day.day, 28)}"
    bound = rng.random()
    if bound < 1 / 3:
        until = day + timedelta(days=rng.randint(30, 400))
        rule += f";UNTIL={until:%Y%m%d}"
    elif bound < 2 / 3:
        rule += f";COUNT={rng.randint(5, 100)}"
    return rule  # else unbounded


def event_rows(rng: random.Random, n: int) -> Iterator[dict[str, Any]]:
    """Event rows as ``add_event`` (and an occurrence edit) would store them."""
    half = SPAN_DAYS / 2
    made = 0
    while made < n:
        moment = random_instant(rng, -half, half)
        stamp = utc_stamp(moment - timedelta(days=rng.uniform(1, 60)))
        title = rng.choice(EVENT_TITLES)
        kind = rng.random()
        start: datetime | date
        end: datetime | date
        if kind < 0.80:  # timed, in the user's zone
            naive = moment.replace(
                tzinfo=None,
                hour=rng.randint(7, 20),
                minute=rng.choice([0, 15, 30, 45]),
                second=0,
                microsecond=0,
            )
            start = localize(naive, TZ)
            length = timedelta(minutes=rng.choice([15, 30, 30, 45, 60, 60, 60, 90, 120, 180]))
            end = localize(naive + length, TZ)
        elif kind < 0.997:  # all-day, 1-3 days
            start = moment.date()
            end = start + timedelta(days=rng.choices([1, 2, 3], weights=[80, 12, 8])[0])
        else:  # a trip: all-day, longer than a week (a "spread" row)
            start = moment.date()
            end = start + timedelta(days=rng.randint(7, 21))
        recurring = rng.random() < 0.02
        data = EventData(
            title=title,
            start=start,
            end=end,
            uid=fixed_uid(rng),
            location=rng.choice(LOCATIONS),
            description="Bring the documents." if rng.random() < 0.05 else "",
            rrule=series_rule(rng, start) if recurring else None,
            reminder_minutes=(
                rng.choice([5, 10, 15, 30, 60, 1440]) if rng.random() < 0.15 else None
            ),
        )
        yield event_row(data, stamp)
        made += 1
        if recurring and made < n and rng.random() < 0.1:
            # One occurrence moved by an hour: an override row with RECURRENCE-ID.
            first = expand(
                data, [], data_instant(start), data_instant(start) + timedelta(days=40), TZ, limit=2
            )
            if len(first) == 2:
                occ = first[1]
                moved = timedelta(hours=1) if isinstance(occ.start, datetime) else timedelta(0)
                override = EventData(
                    title=title + " (moved)",
                    start=occ.start + moved,
                    end=occ.end + moved,
                    uid=data.uid,
                    recurrence_id=occ.start,
                    location=data.location,
                    reminder_minutes=data.reminder_minutes,
                    sequence=1,
                )
                yield event_row(override, stamp)
                made += 1


def data_instant(value: datetime | date) -> datetime:
    if isinstance(value, datetime):
        return value
    return localize(datetime.combine(value, datetime.min.time()), TZ)


def note_rows(
    rng: random.Random, words: Words, n: int
) -> Iterator[tuple[dict[str, Any], list[int]]]:
    half = SPAN_DAYS / 2
    for _ in range(n):
        body_words = words.note_length()
        body = words.text(body_words)
        if rng.random() < 0.002:
            body += f"\n\nRemember the {rng.choice(RARE_WORDS)}."
        created = random_instant(rng, -2 * half, 0)
        updated = created + timedelta(days=rng.uniform(0, 60))
        row = {
            "uid": fixed_uid(rng),
            "title": " ".join(words.words(rng.randint(2, 6))).capitalize(),
            "body": body,
            "created": utc_stamp(created),
            "updated": utc_stamp(min(updated, NOW)),
        }
        yield row, pick_tags(rng, 0.3, 2)


def insert_many(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    sql = (
        f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    conn.executemany(sql, ([r[c] for c in columns] for r in rows))


def fill(store: Store, n: int, seed: int) -> dict[str, float]:
    """Bulk insert in one transaction per table; ids are 1..n (fresh AUTOINCREMENT tables)."""
    conn = store.db.conn
    rng = random.Random(seed)
    words = Words(random.Random(seed + 1))
    timings: dict[str, float] = {}
    started = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", enumerate(TAGS, 1))
    batch = 10_000

    def load(table: str, link: str | None, rows: Iterator[Any]) -> None:
        t0 = time.perf_counter()
        next_id = 1
        pending: list[dict[str, Any]] = []
        links: list[tuple[int, int]] = []
        with conn:
            for item in rows:
                row, tags = item if link else (item, [])
                pending.append(row)
                links += [(next_id, t) for t in tags]
                next_id += 1
                if len(pending) >= batch:
                    insert_many(conn, table, pending)
                    pending = []
            if pending:
                insert_many(conn, table, pending)
            if link:
                column = "todo_id" if table == "todos" else "note_id"
                conn.executemany(f"INSERT INTO {link} ({column}, tag_id) VALUES (?, ?)", links)
        timings[table] = time.perf_counter() - t0

    load("todos", "todo_tags", todo_rows(rng, words, n))
    load("events", None, event_rows(rng, n))
    load("notes", "note_tags", note_rows(rng, words, n))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    timings["total"] = time.perf_counter() - started
    return timings


# -- timing ---------------------------------------------------------------------------


@dataclass
class Case:
    label: str
    tool: str
    args: dict[str, Any]
    # Write cases: a fresh argument set per repeat.
    make_args: Callable[[int], dict[str, Any]] | None = None


@dataclass
class Result:
    label: str
    tool: str
    args: dict[str, Any]
    kind: str
    first_ms: float
    times_ms: list[float] = field(default_factory=list)
    # CPU time of this thread per call: unlike wall time, not inflated when other
    # processes compete for the cores.
    cpu_ms: list[float] = field(default_factory=list)
    answer: str = ""

    def add(self, wall_ms: float, cpu_ms: float) -> None:
        self.times_ms.append(wall_ms)
        self.cpu_ms.append(cpu_ms)

    def stats(self) -> dict[str, float]:
        ordered = sorted(self.times_ms)
        cpu = sorted(self.cpu_ms)
        return {
            "p50": statistics.median(ordered),
            "p95": percentile(ordered, 0.95),
            "max": ordered[-1],
            "cpu_p50": statistics.median(cpu),
            "cpu_p95": percentile(cpu, 0.95),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "tool": self.tool,
            "args": self.args,
            "kind": self.kind,
            "first_ms": self.first_ms,
            "answer": self.answer,
            **self.stats(),
            "times_ms": self.times_ms,
            "cpu_ms": self.cpu_ms,
        }


def percentile(ordered: list[float], q: float) -> float:
    """Nearest-rank percentile of sorted values."""
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


class Timer:
    """Wall and thread-CPU milliseconds of one block."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.thread_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall_ms = (time.perf_counter() - self.wall) * 1000
        self.cpu_ms = (time.thread_time() - self.cpu) * 1000


def summary(result: ToolResult) -> str:
    """What came back, briefly: the number of items or the first line of the text."""
    if not result.ok:
        raise SystemExit(f"{result.tool} {result.arguments} failed: {result.text}")
    if isinstance(result.data, list):
        if result.tool == "list_events":  # "123 event(s) ...": all found, data is the shown
            return f"{result.text.split()[0]} found, {len(result.data)} shown"
        return f"{len(result.data)} items"
    return f"{len(result.text)} chars"


def time_reads(
    registry: ToolRegistry, ctx: ToolContext, cases: list[Case], repeat: int
) -> list[Result]:
    results = []
    for case in cases:
        with Timer() as t:
            out = registry.call(ctx, case.tool, case.args)
        result = Result(case.label, case.tool, case.args, "read", t.wall_ms, answer=summary(out))
        for _ in range(repeat):
            with Timer() as t:
                registry.call(ctx, case.tool, case.args)
            result.add(t.wall_ms, t.cpu_ms)
        results.append(result)
        print(f"  {case.label}: p95 {result.stats()['p95']:.1f} ms", file=sys.stderr)
    return results


def time_writes(
    registry: ToolRegistry, ctx: ToolContext, cases: list[Case], repeat: int
) -> list[Result]:
    """Each repeat runs every write case once, in order, then ``Store.undo`` once."""
    results = {c.label: Result(c.label, c.tool, c.args, "write", 0.0) for c in cases}
    undo = Result("Store.undo (the last write)", "Store.undo", {}, "write", 0.0)
    for i in range(repeat + 1):  # round 0 is the warm-up
        for case in cases:
            args = case.make_args(i) if case.make_args else case.args
            with Timer() as t:
                out = registry.call(ctx, case.tool, args)
            res = results[case.label]
            if i == 0:
                res.first_ms, res.answer = t.wall_ms, summary(out)
            else:
                res.add(t.wall_ms, t.cpu_ms)
        with Timer() as t:
            undone = ctx.store.undo()
        if i == 0:
            undo.first_ms, undo.answer = t.wall_ms, f"{undone.restored} rows"
        else:
            undo.add(t.wall_ms, t.cpu_ms)
    return [*results.values(), undo]


def read_cases(store: Store) -> list[Case]:
    def one(sql: str) -> int:
        return int(store.query(sql, [utc_key(NOW)] if "?" in sql else [])[0]["id"])

    long_note = one("SELECT id FROM notes ORDER BY length(body) DESC LIMIT 1")
    short_note = one("SELECT id FROM notes WHERE length(body) < 600 ORDER BY id LIMIT 1")
    single = one(
        "SELECT id FROM events WHERE rrule IS NULL AND recurrence_id = '' "
        "AND start_utc >= '2026-11-28' ORDER BY start_utc LIMIT 1"
    )
    weekly = one(
        "SELECT id FROM events WHERE rrule LIKE 'FREQ=WEEKLY;BYDAY=%' AND start_utc < ? "
        "ORDER BY rrule LIKE '%COUNT%' OR rrule LIKE '%UNTIL%', id LIMIT 1"
    )
    override_master = one(
        "SELECT m.id FROM events m JOIN events o ON o.uid = m.uid AND o.recurrence_id <> '' "
        "WHERE m.recurrence_id = '' ORDER BY m.id LIMIT 1"
    )
    override = one("SELECT id FROM events WHERE recurrence_id <> '' ORDER BY id LIMIT 1")
    rare = RARE_WORDS[0]
    return [
        Case("list_todos open (default)", "list_todos", {}),
        Case("list_todos overdue", "list_todos", {"status": "overdue"}),
        Case("list_todos done", "list_todos", {"status": "done"}),
        Case("list_todos all", "list_todos", {"status": "all"}),
        Case("list_todos due_before friday", "list_todos", {"due_before": "friday"}),
        Case(
            "list_todos due_before end of the week", "list_todos", {"due_before": "end of the week"}
        ),
        Case("list_todos tag work (common)", "list_todos", {"tag": "work"}),
        Case("list_todos tag someday (rare)", "list_todos", {"tag": "someday"}),
        Case("list_todos text invoice", "list_todos", {"text": "invoice"}),
        Case("list_todos text budget (notes)", "list_todos", {"text": "budget"}),
        Case("list_todos text nothing", "list_todos", {"text": "zzzz"}),
        Case(
            "list_todos all + tag + text",
            "list_todos",
            {"status": "all", "tag": "work", "text": "report"},
        ),
        Case("list_events default (7 days)", "list_events", {}),
        Case("list_events today", "list_events", {"range": "today"}),
        Case("list_events tomorrow", "list_events", {"range": "tomorrow"}),
        Case("list_events this week", "list_events", {"range": "this week"}),
        Case("list_events next week", "list_events", {"range": "next week"}),
        Case("list_events next month", "list_events", {"range": "next month"}),
        Case(
            "list_events this week query", "list_events", {"range": "this week", "query": "standup"}
        ),
        Case(
            "list_events 2026-12-01 to 12-05", "list_events", {"range": "2026-12-01 to 2026-12-05"}
        ),
        Case(
            "find_free_slots 60 min this week",
            "find_free_slots",
            {"duration_minutes": 60, "range": "this week"},
        ),
        Case(
            "find_free_slots 30 min tomorrow",
            "find_free_slots",
            {"duration_minutes": 30, "range": "tomorrow", "include_weekends": True},
        ),
        Case(
            "find_free_slots 120 min next week",
            "find_free_slots",
            {
                "duration_minutes": 120,
                "range": "next week",
                "day_start": "07:00",
                "day_end": "22:00",
            },
        ),
        Case("search_notes common: meeting", "search_notes", {"query": "meeting"}),
        Case("search_notes medium: budget", "search_notes", {"query": "budget"}),
        Case("search_notes rarer: lemon", "search_notes", {"query": "lemon"}),
        Case(f"search_notes rare: {rare}", "search_notes", {"query": rare}),
        Case("search_notes 2 words: project budget", "search_notes", {"query": "project budget"}),
        Case(f"search_notes 2 words: garden {rare}", "search_notes", {"query": f"garden {rare}"}),
        Case("search_notes no match", "search_notes", {"query": "xylophonequark"}),
        Case("search_notes meeting limit 50", "search_notes", {"query": "meeting", "limit": 50}),
        Case("list_notes (default 20)", "list_notes", {}),
        Case("list_notes limit 100", "list_notes", {"limit": 100}),
        Case("list_notes tag recipes", "list_notes", {"tag": "recipes"}),
        Case("list_notes tag someday (rare)", "list_notes", {"tag": "someday"}),
        Case("read_note long", "read_note", {"note_id": long_note}),
        Case("read_note short", "read_note", {"note_id": short_note}),
        Case("upcoming_reminders next 24 h", "upcoming_reminders", {}),
        Case("upcoming_reminders today", "upcoming_reminders", {"range": "today"}),
        Case("upcoming_reminders this week", "upcoming_reminders", {"range": "this week"}),
        Case("get_event single", "get_event", {"event_id": single}),
        Case("get_event weekly series", "get_event", {"event_id": weekly}),
        Case("get_event series with override", "get_event", {"event_id": override_master}),
        Case("get_event override", "get_event", {"event_id": override}),
    ]


def write_cases(n: int) -> list[Case]:
    days = ["monday", "tuesday", "wednesday", "thursday", "friday"]
    rng = random.Random(7)
    todo_ids = [rng.randint(1, n) for _ in range(1000)]
    note_ids = [rng.randint(1, n) for _ in range(1000)]
    body = Words(random.Random(8)).text(300)
    return [
        Case(
            "add_todo",
            "add_todo",
            {},
            lambda i: {
                "title": f"Bench to-do {i}",
                "due": f"next {days[i % 5]} 5pm",
                "priority": "high",
                "tags": ["work", "bench"],
            },
        ),
        Case(
            "add_event (conflict check)",
            "add_event",
            {},
            lambda i: {
                "title": f"Bench meeting {i}",
                "start": f"next {days[i % 5]} {9 + i % 8}:00",
                "duration_minutes": 60,
                "location": "Room 1",
            },
        ),
        Case(
            "add_event weekly (conflicts, 4 weeks)",
            "add_event",
            {},
            lambda i: {
                "title": f"Bench series {i}",
                "start": f"next {days[i % 5]} 11:30",
                "repeat": "every week",
            },
        ),
        Case(
            "create_note (300 words)",
            "create_note",
            {},
            lambda i: {"title": f"Bench note {i}", "body": body, "tags": ["ideas"]},
        ),
        Case(
            "update_todo",
            "update_todo",
            {},
            lambda i: {
                "todo_id": todo_ids[i],
                "priority": "low",
                "due": "tomorrow",
                "tags": ["home"],
            },
        ),
        Case("complete_todo", "complete_todo", {}, lambda i: {"todo_id": todo_ids[-1 - i]}),
        Case(
            "append_to_note",
            "append_to_note",
            {},
            lambda i: {"note_id": note_ids[i], "text": f"Added line {i}."},
        ),
    ]


# -- report ---------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        memory = "?"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def table(results: list[Result]) -> str:
    lines = [
        "| Call | Result | first | p50 | p95 | max | CPU p50 | CPU p95 |",
        "|---|---|--:|--:|--:|--:|--:|--:|",
    ]
    for r in results:
        s = r.stats()
        over = r.kind == "read" and s["p95"] > BUDGET_MS
        p95 = f"**{s['p95']:.1f}**" if over else f"{s['p95']:.1f}"
        lines.append(
            f"| {r.label} | {r.answer} | {r.first_ms:.1f} | {s['p50']:.1f} | {p95} "
            f"| {s['max']:.1f} | {s['cpu_p50']:.1f} | {s['cpu_p95']:.1f} |"
        )
    return "\n".join(lines)


def counts(store: Store) -> dict[str, int]:
    tables = ["todos", "events", "notes", "todo_tags", "note_tags"]
    return {t: int(store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]) for t in tables}


def data_summary(store: Store, clock: Clock) -> dict[str, Any]:
    """What the filled store holds, for the report."""

    def one(sql: str, params: Any = ()) -> Any:
        return next(iter(store.query(sql, params)[0].values()))

    now = utc_key(clock.now)
    return {
        "series": one("SELECT count(*) AS n FROM events WHERE rrule IS NOT NULL"),
        "unbounded series": one(
            "SELECT count(*) AS n FROM events WHERE rrule IS NOT NULL AND series_end_utc IS NULL"
        ),
        "series active now": one(
            "SELECT count(*) AS n FROM events WHERE rrule IS NOT NULL AND recurrence_id = '' "
            "AND start_utc < ? AND (series_end_utc IS NULL OR series_end_utc >= ?)",
            (now, now),
        ),
        "overrides": one("SELECT count(*) AS n FROM events WHERE recurrence_id <> ''"),
        "all-day events": one("SELECT count(*) AS n FROM events WHERE all_day = 1"),
        "events with reminders": one(
            "SELECT count(*) AS n FROM events WHERE reminder_minutes IS NOT NULL"
        ),
        "open to-dos": one("SELECT count(*) AS n FROM todos WHERE done = 0"),
        "to-dos without due": one("SELECT count(*) AS n FROM todos WHERE due_date IS NULL"),
        "mean note chars": round(one("SELECT avg(length(body)) AS n FROM notes") or 0),
    }


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows per table")
    parser.add_argument("--repeat", type=int, default=50, help="timed calls per case")
    parser.add_argument("--db", type=Path, help="database file (default: a temporary file)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument(
        "--encrypted",
        action="store_true",
        help="encrypt the file first (SQLCipher; its key kept as the app keeps it) and time that",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="store_bench-")
        path = Path(tmp.name) / "assistant.db"
    else:
        path = args.db
    store = Store.open(path)
    try:
        existing = counts(store)
        fill_s: dict[str, float] = {}
        if existing["todos"] == 0:
            print(f"Filling {path} with {args.rows:,} rows per table...", file=sys.stderr)
            fill_s = fill(store, args.rows, args.seed)
        else:
            print(f"Reusing {path} ({existing['todos']:,} to-dos)", file=sys.stderr)
        if args.encrypted and not store.encrypted:
            print("Encrypting...", file=sys.stderr)
            begun = time.perf_counter()
            store.encrypt(cipher.new_key())
            fill_s["encrypt"] = time.perf_counter() - begun
        rows = counts(store)
        size = file_size(path)
        clock = Clock(NOW, TZ)
        data = data_summary(store, clock)
        ctx = ToolContext(store, clock)
        registry = default_registry()
        load_before = os.getloadavg()
        print("Timing reads...", file=sys.stderr)
        results = time_reads(registry, ctx, read_cases(store), args.repeat)
        print("Timing writes...", file=sys.stderr)
        results += time_writes(registry, ctx, write_cases(rows["todos"]), args.repeat)
        load_after = os.getloadavg()
        encrypted = store.encrypted
    finally:
        store.close()
    total = time.perf_counter() - started
    load = f"load average {load_before[0]:.1f} before the timings, {load_after[0]:.1f} after"

    info = machine()
    over = [r for r in results if r.kind == "read" and r.stats()["p95"] > BUDGET_MS]
    print(
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory']}, {info['os']}, "
        f"Python {info['python']}, SQLite {info['sqlite']}"
    )
    print(f"Rows: {', '.join(f'{k} {v:,}' for k, v in rows.items())}")
    cipher_words = f"yes (SQLCipher {cipher.cipher_version()})" if encrypted else "no"
    print(f"Encrypted: {cipher_words}")
    print(f"Data: {', '.join(f'{k} {v:,}' for k, v in data.items())}")
    if fill_s:
        print("Fill: " + ", ".join(f"{k} {v:.1f} s" for k, v in fill_s.items()))
    print(
        f"File: {size / 1024 / 1024:.0f} MiB (with WAL); repeat {args.repeat}; "
        f"total run {total:.0f} s; {load}"
    )
    print()
    print(table(results))
    print()
    print(
        f"{len(over)} list/search calls over the {BUDGET_MS:.0f} ms p95 budget"
        + (": " + ", ".join(r.label for r in over) if over else ".")
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "machine": info,
                    "rows": rows,
                    "data": data,
                    "fill_s": fill_s,
                    "file_bytes": size,
                    "repeat": args.repeat,
                    "total_s": total,
                    "budget_ms": BUDGET_MS,
                    "load_average": [load_before[0], load_after[0]],
                    "results": [r.to_json() for r in results],
                    "generated": datetime.now(UTC).isoformat(timespec="seconds"),
                },
                indent=1,
            )
        )
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
