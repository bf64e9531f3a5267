"""Range answers read from spans (a list page, counts, busy time, clashes, reminders,
month markers) equal what the expansion oracle gives, on random calendars."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant.calendar.entries import marker_counts
from assistant.calendar.expand import Occurrence, single
from assistant.calendar.index import CalendarIndex
from assistant.calendar.model import EventData
from assistant.calendar.query import busy_spans, day_start, expanded_between
from assistant.calendar.spans import count_between
from assistant.clock import Clock
from assistant.dates import localize
from assistant.store import Store
from tests.test_event_instances import BERLIN, NOW, ZONES, fill, insert, key, ranges


def index(store: Store) -> CalendarIndex:
    return CalendarIndex(store, Clock(NOW, BERLIN))


NEEDLES = ["", "series", "MOVED", "1", "straße", "ss", "nothing like it"]


def tricky(store: Store, rng: random.Random) -> None:
    """Events on DST days (in the repeated and the skipped hour), all-day and
    multi-day ones, reminders, and titles whose case folds unusually."""
    year = NOW.year
    days = [date(y, m, d) for y in (year - 1, year, year + 1) for m, d in ((3, 29), (10, 25))]
    days += [date(year, 3, 8), date(year, 11, 1), date(year + 1, 3, 28), date(year + 1, 10, 31)]
    for n, day in enumerate(days):
        zone = rng.choice(ZONES)
        for hour, fold in ((1, 0), (2, 0), (2, 1), (3, 0)):
            wall = datetime.combine(day, time(hour, 30), tzinfo=zone).replace(fold=fold)
            title = rng.choice(["Straße", "STRASSE", "dst", "Ǆ"])
            insert(store, EventData(f"{title} {n}", wall, wall + timedelta(hours=1)), zone)
        insert(store, EventData(f"Trip {n}", day, day + timedelta(days=3), reminder_minutes=60))
        start = localize(datetime.combine(day, time(23)), zone)
        insert(store, EventData(f"Night {n}", start, start + timedelta(hours=3)), zone)


def calendar(store: Store, seed: int) -> random.Random:
    rng = random.Random(seed)
    fill(store, rng, series=30, singles=50)
    tricky(store, rng)
    return rng


def some_ranges(rng: random.Random, count: int) -> list[tuple[datetime, datetime]]:
    """Random ranges, local-midnight ranges and ranges with odd microseconds."""
    found = list(ranges(rng, count))
    for _ in range(count // 2):
        first = (NOW + timedelta(days=rng.uniform(-300, 500))).date()
        found.append((day_start(first, BERLIN), day_start(first + timedelta(days=7), BERLIN)))
    found += [
        (s + timedelta(microseconds=1), e + timedelta(microseconds=999_999)) for s, e in found[:4]
    ]
    return found


@pytest.mark.parametrize("seed", range(4))
def test_a_page_is_the_count_and_the_slice_of_the_expansion(store: Store, seed: int) -> None:
    rng = calendar(store, seed)
    for start, end in some_ranges(rng, 24):
        assert index(store).covers(start, end)
        every = expanded_between(store, BERLIN, start, end)
        assert count_between(store, BERLIN, start, end) == len(every)
        for needle in rng.sample(NEEDLES, 2):
            limit = rng.choice([1, 3, 50])
            wanted = [
                o for o in every if needle.casefold() in f"{o.title}\n{o.data.location}".casefold()
            ]
            total, page = index(store).occurrence_page(start, end, limit, needle)
            assert total == len(wanted)
            assert [key(o) for o in page] == [key(o) for o in wanted[:limit]]


def test_a_page_far_from_now_is_expanded(store: Store) -> None:
    calendar(store, 7)
    far = NOW + timedelta(days=3000)
    every = expanded_between(store, BERLIN, far, far + timedelta(days=30))
    total, page = index(store).occurrence_page(far, far + timedelta(days=30), 5)
    assert (total, [key(o) for o in page]) == (len(every), [key(o) for o in every[:5]])


@pytest.mark.parametrize("zone", [BERLIN, ZoneInfo("America/New_York")])
def test_day_counts_are_the_month_markers(store: Store, zone: ZoneInfo) -> None:
    rng = calendar(store, 11)
    clock = Clock(NOW, zone)
    months = [NOW.date().replace(day=1) + timedelta(days=31 * i) for i in range(-13, 14, 2)]
    months += [date(NOW.year, 3, 1), date(NOW.year, 10, 1), date(NOW.year, 11, 1)]
    for month in months:
        first = month.replace(day=1) - timedelta(days=rng.choice([0, 7]))
        last = first + timedelta(days=rng.choice([0, 1, 41, 49]))
        occs = expanded_between(
            store, zone, day_start(first, zone), day_start(last + timedelta(days=1), zone)
        )
        expected = marker_counts(occs, first, last, zone)
        assert CalendarIndex(store, clock).day_counts(first, last) == expected
    assert any(CalendarIndex(store, clock).day_counts(m, m + timedelta(days=40)) for m in months)


def test_day_counts_far_from_now_are_expanded(store: Store) -> None:
    day = NOW.date() + timedelta(days=3000)
    insert(store, EventData("Far trip", day, day + timedelta(days=2)))
    counts = index(store).day_counts(day - timedelta(days=1), day + timedelta(days=5))
    assert counts == {day: 1, day + timedelta(days=1): 1}


@pytest.mark.parametrize("seed", range(2))
def test_busy_time_and_reminders_match_the_expansion(store: Store, seed: int) -> None:
    rng = calendar(store, 20 + seed)
    for start, end in some_ranges(rng, 16):
        every = expanded_between(store, BERLIN, start, end)
        assert index(store).busy_between(start, end) == busy_spans(every, BERLIN)
        with_reminder = [o for o in every if o.data.reminder_minutes is not None]
        found = index(store).reminder_occurrences(start, end)
        assert [key(o) for o in found] == [key(o) for o in with_reminder]


def clashes_by_expansion(store: Store, own: list[Occurrence], uid: str) -> list[Occurrence]:
    spans = [o.span(BERLIN) for o in own if not o.all_day]
    low, high = min(s for s, _ in spans), max(e for _, e in spans)
    others = expanded_between(store, BERLIN, low, max(high, low + timedelta(minutes=1)))
    return [
        o
        for o in others
        if o.uid != uid
        and not o.all_day
        and any(o.span(BERLIN)[0] < e and s < o.span(BERLIN)[1] for s, e in spans)
    ]


def test_conflicts_match_the_expansion(store: Store) -> None:
    rng = calendar(store, 31)
    clock = Clock(NOW, BERLIN)
    for n in range(30):
        start = localize(
            datetime.combine(
                NOW.date() + timedelta(days=rng.randint(-20, 60)), time(rng.randint(0, 23))
            ),
            BERLIN,
        )
        length = timedelta(minutes=rng.choice([0, 30, 90, 600]))
        own = [
            single(
                0,
                EventData(
                    f"Own {n}.{i}",
                    start + timedelta(days=7 * i),
                    start + timedelta(days=7 * i) + length,
                ),
            )
            for i in range(rng.choice([1, 4, 20]))
        ]
        found = CalendarIndex(store, clock).conflicts(own, own[0].uid)
        assert [key(o) for o in found] == [
            key(o) for o in clashes_by_expansion(store, own, own[0].uid)
        ]


def test_a_page_of_a_crowded_range_is_read_from_its_start(store: Store) -> None:
    """Hundreds of events in a month: the page comes from a leading part of the range."""
    rng = random.Random(5)
    base = localize(datetime.combine(NOW.date(), time(0)), BERLIN)
    for n in range(400):
        start = base + timedelta(minutes=15 * rng.randint(-200, 3000))
        end = start + timedelta(minutes=rng.choice([0, 30, 60, 24 * 60]))
        insert(store, EventData(rng.choice(["A", "b", "B"]) + f" {n % 7}", start, end))
    daily = EventData(
        "Daily", base + timedelta(hours=9), base + timedelta(hours=10), rrule="FREQ=DAILY"
    )
    insert(store, daily)
    insert(store, EventData("Trip", base.date(), base.date() + timedelta(days=9)))
    for n in range(3):  # a few, long before the crowd: the first part read is too short
        insert(
            store,
            EventData(f"Early {n}", base - timedelta(days=12, hours=n), base - timedelta(days=12)),
        )
    for offset, days, limit in [(0, 7, 50), (1, 30, 10), (3, 5, 50), (-2, 3, 120), (-20, 25, 10)]:
        start = base + timedelta(days=offset, hours=offset % 2)
        end = start + timedelta(days=days)
        every = expanded_between(store, BERLIN, start, end)
        assert len(every) > limit or limit > 50
        total, page = index(store).occurrence_page(start, end, limit)
        assert (total, [key(o) for o in page]) == (len(every), [key(o) for o in every[:limit]])
