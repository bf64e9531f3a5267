"""Materialized series occurrences (event_instances) give exactly the expansion's answer."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from assistant.calendar import instances
from assistant.calendar.edit import new_row
from assistant.calendar.expand import Occurrence, expand
from assistant.calendar.index import CalendarIndex
from assistant.calendar.model import EventData, Moment
from assistant.calendar.query import expanded_between
from assistant.clock import Clock
from assistant.dates import localize
from assistant.ical.ics_import import import_ics
from assistant.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = [BERLIN, ZoneInfo("America/New_York"), ZoneInfo("Australia/Sydney"), ZoneInfo("UTC")]
# The window is built around the clock's now (here pinned), and the calendars around it too.
NOW = datetime(2026, 11, 16, 10, tzinfo=BERLIN)
RULES = [
    "FREQ=DAILY",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=MONTHLY;BYMONTHDAY=31",
    "FREQ=YEARLY",
    "FREQ=HOURLY;INTERVAL=5",  # too many in the window: expanded per query
    "FREQ=YEARLY;BYWEEKNO=10;BYDAY=MO",  # not fast-forwarded: expanded per query
]


def key(occ: Occurrence) -> tuple[Any, ...]:
    """Everything about an occurrence, zones and folds included."""
    return (
        occ.event_id, occ.uid, occ.data, repr(occ.start), repr(occ.end),
        repr(occ.recurrence_id), occ.is_override, occ.series_rrule,
    )  # fmt: skip


def same(store: Store, tz: ZoneInfo, start: datetime, end: datetime) -> list[Occurrence]:
    index = CalendarIndex(store, Clock(NOW, tz))
    assert index.covers(start, end), "the range must use the instances"
    new = index.occurrences_between(start, end)
    old = expanded_between(store, tz, start, end)
    assert [key(o) for o in new] == [key(o) for o in old]
    return new


def insert(store: Store, data: EventData, tz: ZoneInfo = BERLIN) -> int:
    with store.action("test", f"add {data.title}") as tx:
        return tx.insert("events", new_row(data, tz))


def moment(rng: random.Random, days: float, all_day: bool, zone: ZoneInfo) -> Moment:
    when = NOW + timedelta(days=rng.uniform(-days, days))
    if all_day:
        return when.date()
    wall = datetime.combine(when.date(), time(rng.choice([0, 2, 9, 13, 23]), rng.choice([0, 30])))
    return localize(wall, zone)


def random_series(rng: random.Random, n: int) -> EventData:
    all_day = rng.random() < 0.25
    zone = rng.choice(ZONES)
    start = moment(rng, 500, all_day, zone)
    length = timedelta(days=rng.choice([1, 1, 2])) if all_day else timedelta(minutes=60)
    rule: str | None = rng.choice(RULES)
    limit = rng.random()
    if rule and limit < 0.3:
        rule += f";COUNT={rng.randint(1, 60)}"
    elif rule and limit < 0.6:
        until = start + timedelta(days=rng.randint(0, 400))
        if all_day:
            rule += f";UNTIL={until:%Y%m%d}"
        else:
            assert isinstance(until, datetime)
            rule += f";UNTIL={until.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    if rng.random() < 0.08:
        rule = None  # RDATE-only series
    rdates: list[Moment] = []
    for _ in range(rng.choice([0, 0, 1, 3])):
        extra = start + timedelta(days=rng.randint(-30, 300), hours=0 if all_day else 2)
        rdates.append(extra)
    if rule is None and not rdates:
        rdates.append(start + timedelta(days=9))
    return EventData(
        f"Series {n}" if rng.random() < 0.9 else f"series {n}",
        start, start + length, rrule=rule, rdates=rdates,
        reminder_minutes=rng.choice([None, 15]),
    )  # fmt: skip


def random_single(rng: random.Random, n: int) -> EventData:
    all_day = rng.random() < 0.2
    start = moment(rng, 450, all_day, rng.choice(ZONES))
    hours = rng.choice([0, 1, 1, 2, 30, 24 * 12])
    end = start + (timedelta(days=rng.randint(1, 9)) if all_day else timedelta(hours=hours))
    return EventData(f"Single {n}", start, end if rng.random() < 0.9 else None)


def fill(store: Store, rng: random.Random, series: int = 40, singles: int = 60) -> None:
    for n in range(singles):
        insert(store, random_single(rng, n))
    for n in range(series):
        data = random_series(rng, n)
        insert(store, data)
        first = data.start if isinstance(data.start, datetime) else NOW
        occs = expand(data, [], first - timedelta(days=1), first + timedelta(days=200), BERLIN)
        if not occs:
            continue
        picked = rng.sample(occs, min(len(occs), rng.choice([0, 1, 3])))
        for i, occ in enumerate(picked):
            if i == 0 and rng.random() < 0.5:
                data.exdates.append(occ.start)
                continue
            shift = timedelta(days=rng.choice([-40, -1, 0, 2, 60]), hours=rng.choice([0, 3]))
            if occ.all_day:
                shift = timedelta(days=shift.days)
            title = data.title if rng.random() < 0.5 else f"Moved {n}"
            override = EventData(
                title, occ.start + shift, occ.end + shift, uid=data.uid, recurrence_id=occ.start
            )
            insert(store, override)
        if data.exdates:
            rows = store.query(
                "SELECT id FROM events WHERE uid = ? AND recurrence_id = ''", (data.uid,)
            )
            with store.action("test", "exdate") as tx:
                tx.update("events", rows[0]["id"], new_row(data, BERLIN))


def ranges(rng: random.Random, count: int) -> Iterator[tuple[datetime, datetime]]:
    for _ in range(count):
        start = NOW + timedelta(days=rng.uniform(-380, 600), minutes=rng.choice([0, 7]))
        span = timedelta(days=rng.choice([0.02, 1, 1, 7, 31, 120]))
        yield start, start + span


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "instances.db")
    yield s
    s.close()


@pytest.mark.parametrize("seed", range(6))
def test_random_calendars_match_expansion(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    fill(store, rng)
    seen = 0
    for start, end in ranges(rng, 60):
        seen += len(same(store, BERLIN, start, end))
    assert seen > 0
    assert store.query("SELECT count(*) AS n FROM event_instances")[0]["n"] > 0


def test_runaway_series_are_expanded_per_query(store: Store) -> None:
    start = localize(datetime.combine(NOW.date(), time(8)), BERLIN)
    for rule in ("FREQ=HOURLY;INTERVAL=2", "FREQ=YEARLY;BYWEEKNO=10,30;BYDAY=MO"):
        insert(store, EventData(rule, start, start + timedelta(minutes=30), rrule=rule))
    insert(store, EventData("Weekly", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY"))
    for start_, end in ranges(random.Random(1), 20):
        same(store, BERLIN, start_, end)
    flags = store.query("SELECT dynamic FROM instance_series ORDER BY event_id")
    assert [r["dynamic"] for r in flags] == [1, 1, 0]


def test_other_zone_rebuilds(store: Store) -> None:
    rng = random.Random(99)
    fill(store, rng, series=25, singles=20)
    for zone in (BERLIN, ZoneInfo("America/Los_Angeles"), ZoneInfo("Asia/Kolkata")):
        for start, end in ranges(rng, 15):
            same(store, zone, start, end)
        assert instances.horizon(store) is not None
        assert instances.horizon(store).tz == zone.key  # type: ignore[union-attr]


def test_far_ranges_fall_back(store: Store) -> None:
    fill(store, random.Random(3), series=10, singles=10)
    far = NOW + timedelta(days=3000)
    index = CalendarIndex(store, Clock(NOW, BERLIN))
    assert not index.covers(far, far + timedelta(days=7))
    found = index.occurrences_between(far, far + timedelta(days=7))
    assert [key(o) for o in found] == [
        key(o) for o in expanded_between(store, BERLIN, far, far + timedelta(days=7))
    ]


def week(offset: int = 0) -> tuple[datetime, datetime]:
    start = NOW + timedelta(days=7 * offset)
    return start, start + timedelta(days=7)


def titles(store: Store, offset: int = 0) -> list[str]:
    return [o.title for o in same(store, BERLIN, *week(offset))]


def test_instances_follow_add_update_delete_undo(store: Store) -> None:
    start = localize(datetime.combine(NOW.date(), time(9)), BERLIN)
    data = EventData("Standup", start, start + timedelta(minutes=15), rrule="FREQ=DAILY")
    assert titles(store) == []
    master = insert(store, data)
    assert titles(store).count("Standup") == 7
    with store.action("test", "rename") as tx:
        tx.update("events", master, {"title": "Daily"})
    assert titles(store).count("Daily") == 7
    day = start + timedelta(days=2)
    moved = EventData(
        "Daily late", day + timedelta(hours=5), day + timedelta(hours=6),
        uid=data.uid, recurrence_id=day,
    )  # fmt: skip
    insert(store, moved)
    assert titles(store).count("Daily") == 6
    assert "Daily late" in titles(store)
    store.undo()
    assert titles(store).count("Daily") == 7
    with store.action("test", "weekly") as tx:
        tx.update("events", master, {"rrule": "FREQ=WEEKLY"})
    assert titles(store).count("Daily") == 1
    with store.action("test", "delete") as tx:
        tx.delete("events", master)
    assert titles(store) == []
    store.undo()
    assert titles(store).count("Daily") == 1
    store.undo()
    assert titles(store).count("Daily") == 7
    assert store.query("SELECT count(*) AS n FROM instance_dirty")[0]["n"] == 0


def test_instances_follow_import(store: Store) -> None:
    day = NOW.date() + timedelta(days=1)
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
        "BEGIN:VEVENT\r\nUID:imp-1\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:{day:%Y%m%d}T080000\r\n"
        f"DTEND;TZID=Europe/Berlin:{day:%Y%m%d}T090000\r\n"
        "RRULE:FREQ=DAILY;COUNT=4\r\nSUMMARY:Imported\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    clock = Clock(NOW, BERLIN)
    assert titles(store) == []
    import_ics(store, ics.encode(), clock, source_name="a.ics")
    assert titles(store).count("Imported") == 4
    import_ics(store, ics.replace("COUNT=4", "COUNT=2").encode(), clock, source_name="b.ics")
    assert titles(store).count("Imported") == 2


def test_database_without_instances_rebuilds(store: Store) -> None:
    """A database filled before m003 (or by raw SQL) has series but no instances."""
    fill(store, random.Random(5), series=20, singles=10)
    store.db.execute("DELETE FROM event_instances")
    store.db.execute("DELETE FROM instance_series")
    store.db.execute("DELETE FROM instance_horizon")
    store.db.execute("DELETE FROM instance_dirty")
    store.db.conn.commit()
    rng = random.Random(6)
    for start, end in ranges(rng, 20):
        same(store, BERLIN, start, end)
    assert store.query("SELECT count(*) AS n FROM instance_series")[0]["n"] == 20


def test_all_day_series_across_dst(store: Store) -> None:
    first = date(NOW.year, 3, 20)
    insert(store, EventData("Holiday", first, first + timedelta(days=1), rrule="FREQ=WEEKLY"))
    wall = datetime.combine(first, time(2, 30))
    insert(store, EventData("Night", localize(wall, BERLIN), rrule="FREQ=DAILY;COUNT=30"))
    for offset in range(-50, 85, 3):
        same(store, BERLIN, *week(offset))
        same(store, ZoneInfo("America/New_York"), *week(offset))


def test_the_window_follows_the_clock_not_the_system_time(store: Store) -> None:
    """Pinned to 2031, a week there is read from the instances (it used to be built
    around the system's now, so every query with such a clock took the slow path)."""
    pinned = datetime(2031, 6, 2, 9, tzinfo=BERLIN)
    daily = EventData("Standup", pinned, pinned + timedelta(minutes=15), rrule="FREQ=DAILY")
    insert(store, daily)
    index = CalendarIndex(store, Clock(pinned, BERLIN))
    start, end = pinned - timedelta(hours=1), pinned + timedelta(days=7)
    assert index.covers(start, end)
    window = instances.horizon(store)
    assert window is not None and window.low < pinned < window.high
    found = index.occurrences_between(start, end)
    assert [key(o) for o in found] == [key(o) for o in expanded_between(store, BERLIN, start, end)]
    assert len(found) == 7
