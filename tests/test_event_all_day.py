"""update_event's all_day: a timed event becomes all-day and back, series included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from assistant.calendar.index import CalendarIndex
from assistant.clock import Clock
from assistant.dates import localize
from assistant.ical.ics_export import export_ics
from assistant.ical.ics_import import import_ics
from assistant.store import Store
from assistant.tools.context import ToolContext
from assistant.tools.events import EVENT_TOOLS
from assistant.tools.registry import ToolRegistry, ToolResult

BERLIN = ZoneInfo("Europe/Berlin")
REGISTRY = ToolRegistry.of(EVENT_TOOLS)
LOW, HIGH = date(2026, 11, 1), date(2027, 3, 1)


@pytest.fixture
def ctx(tmp_path: Path, clock: Clock) -> Iterator[ToolContext]:
    """Friday 2026-11-27 10:00 Berlin, on a real database file."""
    store = Store.open(tmp_path / "a.db")
    yield ToolContext(store, clock)
    store.close()


def call(ctx: ToolContext, name: str, **args: Any) -> ToolResult:
    return REGISTRY.call(ctx, name, args)


def ok(ctx: ToolContext, name: str, **args: Any) -> ToolResult:
    result = call(ctx, name, **args)
    assert result.ok, result.text
    json.dumps(result.data)
    return result


def add(ctx: ToolContext, title: str, start: str, **args: Any) -> int:
    return int(ok(ctx, "add_event", title=title, start=start, **args).data["id"])


def rows(ctx: ToolContext) -> list[dict[str, Any]]:
    return ctx.store.query("SELECT * FROM events ORDER BY id")


def row(ctx: ToolContext, event_id: int) -> dict[str, Any]:
    return dict(ctx.store.get("events", event_id))


def at(day: date, hour: int = 0) -> datetime:
    return localize(datetime.combine(day, time(hour)), BERLIN)


def days(ctx: ToolContext, store: Store | None = None) -> list[tuple[date, str, bool]]:
    """(local day, title, all-day) of every occurrence between LOW and HIGH."""
    found = CalendarIndex(store or ctx.store, ctx.clock).occurrences_between(at(LOW), at(HIGH))
    return [(_day(o.start), o.title, o.all_day) for o in found]


def _day(value: date | datetime) -> date:
    return value.astimezone(BERLIN).date() if isinstance(value, datetime) else value


# -- one event ------------------------------------------------------------------------


def test_a_timed_event_becomes_all_day_and_back(ctx: ToolContext) -> None:
    event_id = add(ctx, "Dentist", "2026-12-01T10:00", end="10:45", location="Main St")
    result = ok(ctx, "update_event", event_id=event_id, all_day=True)
    assert result.text == "Changed 'Dentist' (id 1): Tue 2026-12-01 (all day), at Main St."
    stored = row(ctx, event_id)
    assert (stored["start"], stored["end"], stored["tzid"], stored["all_day"]) == (
        "2026-12-01",
        "2026-12-02",
        None,
        1,
    )
    assert (result.data["start"], result.data["end"], result.data["all_day"]) == (
        "2026-12-01",
        "2026-12-02",
        True,
    )

    back = ok(ctx, "update_event", event_id=event_id, all_day=False, start="10:00")
    assert back.text == "Changed 'Dentist' (id 1): Tue 2026-12-01 10:00-11:00 CET, at Main St."
    timed = row(ctx, event_id)
    assert (timed["start"], timed["end"], timed["tzid"], timed["all_day"]) == (
        "2026-12-01T10:00:00",
        "2026-12-01T11:00:00",
        "Europe/Berlin",
        0,
    )
    assert timed["sequence"] == 2


def test_a_new_start_and_last_day_come_with_the_switch(ctx: ToolContext) -> None:
    event_id = add(ctx, "Offsite", "2026-12-01T10:00")
    result = ok(ctx, "update_event", event_id=event_id, all_day=True, start="dec 4", end="dec 6")
    assert "Fri 2026-12-04 to Sun 2026-12-06 (all day)" in result.text
    assert (row(ctx, event_id)["start"], row(ctx, event_id)["end"]) == ("2026-12-04", "2026-12-07")

    timed = ok(ctx, "update_event", event_id=event_id, all_day=False, start="monday 9am", end="5pm")
    assert "Mon 2026-11-30 09:00-17:00 CET" in timed.text


def test_a_multi_day_timed_event_covers_the_same_days(ctx: ToolContext) -> None:
    trip = add(ctx, "Trip", "2026-11-30T22:00", end="2026-12-02T10:00")
    late = add(ctx, "Late shift", "2026-12-03T22:00", end="2026-12-04T00:00")
    ok(ctx, "update_event", event_id=trip, all_day=True)
    ok(ctx, "update_event", event_id=late, all_day=True)
    assert (row(ctx, trip)["start"], row(ctx, trip)["end"]) == ("2026-11-30", "2026-12-03")
    # Ending at midnight ends the day before: one day, not two.
    assert (row(ctx, late)["start"], row(ctx, late)["end"]) == ("2026-12-03", "2026-12-04")


def test_list_events_shows_the_converted_event(ctx: ToolContext) -> None:
    event_id = add(ctx, "Dentist", "2026-12-01T10:00", end="10:45")
    ok(ctx, "update_event", event_id=event_id, all_day=True)
    listing = ok(ctx, "list_events", range="2026-12-01")
    assert listing.text.splitlines()[1:] == ["- Dentist: Tue 2026-12-01 (all day) [id 1]"]
    assert [(r["start"], r["end"], r["all_day"]) for r in listing.data] == [
        ("2026-12-01", "2026-12-02", True)
    ]


def test_the_same_kind_changes_only_the_other_fields(ctx: ToolContext) -> None:
    timed = add(ctx, "Dentist", "2026-12-01T10:00")
    holiday = add(ctx, "Holiday", "2026-12-02")
    ok(ctx, "update_event", event_id=timed, all_day=False, title="Dentist (Dr. Ana)")
    assert row(ctx, timed)["start"] == "2026-12-01T10:00:00"
    assert row(ctx, timed)["title"] == "Dentist (Dr. Ana)"
    # A start with a time cannot undo all_day=true: the event stays all-day on that day.
    ok(ctx, "update_event", event_id=holiday, all_day=True, start="thursday 10am")
    assert (row(ctx, holiday)["start"], row(ctx, holiday)["all_day"]) == ("2026-12-03", 1)


def test_switching_to_a_time_reports_overlaps(ctx: ToolContext) -> None:
    add(ctx, "Dentist", "2026-12-01T10:30")
    holiday = add(ctx, "Review", "2026-12-01")
    result = ok(ctx, "update_event", event_id=holiday, all_day=False, start="10:00")
    assert "Note: this overlaps 'Dentist' Tue 2026-12-01 10:30-11:30 CET." in result.text


# -- refusals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"all_day": False}, "give start with a time of day"),
        ({"all_day": False, "start": "2026-12-05"}, "give start with a time of day"),
        ({"all_day": False, "end": "3pm"}, "give start with a time of day"),
        ({"all_day": True}, "Nothing to change: 'Holiday' (id 1) is already all day."),
    ],
)
def test_refusals_for_an_all_day_event_change_nothing(
    ctx: ToolContext, args: dict[str, Any], message: str
) -> None:
    event_id = add(ctx, "Holiday", "2026-12-04")
    before = rows(ctx)
    result = call(ctx, "update_event", event_id=event_id, **args)
    assert not result.ok and message in result.text
    assert rows(ctx) == before


def test_one_occurrence_cannot_become_all_day(ctx: ToolContext) -> None:
    series = add(ctx, "Standup", "2026-12-01T09:00", repeat="every tuesday")
    before = rows(ctx)
    result = call(ctx, "update_event", event_id=series, occurrence="2026-12-08", all_day=True)
    assert not result.ok
    assert "Only a whole series can become all day; leave out occurrence" in result.text
    assert rows(ctx) == before


def test_a_series_with_several_times_a_day_cannot_become_all_day(ctx: ToolContext) -> None:
    series = add(ctx, "Pills", "2026-12-01T09:00", repeat="FREQ=DAILY;BYHOUR=9,21")
    before = rows(ctx)
    result = call(ctx, "update_event", event_id=series, all_day=True)
    assert not result.ok and "repeats at set times of day" in result.text
    assert rows(ctx) == before
    # With a new rule given, it can.
    ok(ctx, "update_event", event_id=series, all_day=True, repeat="daily")
    assert row(ctx, series)["rrule"] == "FREQ=DAILY"


# -- series ----------------------------------------------------------------------------


def weekly_with_gaps(ctx: ToolContext) -> int:
    """Tuesdays 09:00-10:00 from Dec 1 until Jan 26, without Dec 22, plus Thu Dec 10."""
    series = add(ctx, "Standup", "2026-12-01T09:00", repeat="every tuesday until 2027-01-26")
    ok(ctx, "delete_event", event_id=series, occurrence="2026-12-22")
    # No tool adds an RDATE (imports do); the triggers still re-expand the series.
    ctx.store.db.execute(
        "UPDATE events SET rdates = ? WHERE id = ?", ['["2026-12-10T09:00:00"]', series]
    )
    return series


def test_a_series_keeps_its_days_with_until_exdate_and_rdate(ctx: ToolContext) -> None:
    series = weekly_with_gaps(ctx)
    before = days(ctx)
    assert len(before) == 9 and (date(2026, 12, 22), "Standup", False) not in before
    result = ok(ctx, "update_event", event_id=series, all_day=True)
    assert "Tue 2026-12-01 (all day); repeats every Tuesday, until 2027-01-26" in result.text
    stored = row(ctx, series)
    assert stored["rrule"] == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270126"
    assert (stored["exdates"], stored["rdates"]) == ('["2026-12-22"]', '["2026-12-10"]')
    assert days(ctx) == [(day, title, True) for day, title, _ in before]

    ok(ctx, "update_event", event_id=series, all_day=False, start="08:30")
    stored = row(ctx, series)
    assert stored["rrule"] == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270126T225959Z"
    assert json.loads(stored["exdates"]) == ["2026-12-22T08:30:00"]
    assert days(ctx) == before
    assert {o.start.astimezone(BERLIN).time() for o in occurrences(ctx)} == {time(8, 30)}


def occurrences(ctx: ToolContext) -> list[Any]:
    return CalendarIndex(ctx.store, ctx.clock).occurrences_between(at(LOW), at(HIGH))


def test_a_converted_series_survives_export_and_import(ctx: ToolContext, clock: Clock) -> None:
    series = weekly_with_gaps(ctx)
    ok(ctx, "update_event", event_id=series, occurrence="2026-12-15", title="Retro")
    ok(ctx, "update_event", event_id=series, all_day=True)
    exported = export_ics(ctx.store, clock)
    # An independent implementation sees the same days in the file...
    calendar = Calendar.from_ical(exported)
    found = recurring_ical_events.of(calendar).between(LOW, HIGH)
    seen = sorted((e["DTSTART"].dt, str(e["SUMMARY"])) for e in found)
    assert seen == [(day, title) for day, title, _ in days(ctx)]
    assert all(type(day) is date for day, _ in seen)
    # ...and importing it elsewhere gives the same series back.
    other = Store.open(None)
    import_ics(other, exported, clock, source_name="export.ics")
    assert days(ctx, other) == days(ctx)
    assert export_ics(other, clock).count(b"UNTIL=20270126") == 1
    other.close()


def test_changed_occurrences_follow_the_series(ctx: ToolContext) -> None:
    series = add(ctx, "Standup", "2026-12-01T09:00", repeat="every tuesday")
    ok(ctx, "update_event", event_id=series, occurrence="2026-12-08", location="Room 2")
    ok(ctx, "update_event", event_id=series, occurrence="2026-12-15", start="2026-12-16T14:00")
    ok(ctx, "update_event", event_id=series, all_day=True)
    master, same_time, moved = rows(ctx)
    assert (master["start"], master["end"]) == ("2026-12-01", "2026-12-02")
    assert (same_time["recurrence_id"], same_time["start"], same_time["end"]) == (
        "2026-12-08",
        "2026-12-08",
        "2026-12-09",
    )
    # The moved occurrence stays on its own day, still attached to its Tuesday.
    assert (moved["recurrence_id"], moved["start"], moved["end"]) == (
        "2026-12-15",
        "2026-12-16",
        "2026-12-17",
    )
    december = [d for d in days(ctx) if d[0].month == 12]
    assert [d[0].day for d in december] == [1, 8, 16, 22, 29]
    assert all(all_day for _, _, all_day in december)
    listing = ok(ctx, "list_events", range="2026-12-08", query="Room").text
    assert "- Standup: Tue 2026-12-08 (all day) [id 1; at Room 2; changed occurrence" in listing


def test_undo_restores_the_series_and_its_changes_exactly(ctx: ToolContext) -> None:
    series = weekly_with_gaps(ctx)
    ok(ctx, "update_event", event_id=series, occurrence="2026-12-15", start="11:00")
    before, listing = rows(ctx), days(ctx)
    result = ok(ctx, "update_event", event_id=series, all_day=True, title="Sync")
    assert rows(ctx) != before
    ctx.store.undo(result.action_id)
    assert rows(ctx) == before
    assert days(ctx) == listing


def test_undo_restores_a_single_event_exactly(ctx: ToolContext) -> None:
    event_id = add(ctx, "Dentist", "2026-12-01T10:00", end="10:45", reminder_minutes=30)
    before = rows(ctx)
    result = ok(ctx, "update_event", event_id=event_id, all_day=True)
    ctx.store.undo(result.action_id)
    assert rows(ctx) == before


def test_a_date_exdate_on_a_timed_series_keeps_skipping_its_day(ctx: ToolContext) -> None:
    series = add(ctx, "Standup", "2026-12-01T09:00", repeat="every tuesday for 3 times")
    # Imported calendars may skip a whole day with a date EXDATE.
    ctx.store.db.execute("UPDATE events SET exdates = ? WHERE id = ?", ['["2026-12-08"]', series])
    expected = [date(2026, 12, 1), date(2026, 12, 15)]
    ok(ctx, "update_event", event_id=series, start="11:00")
    assert row(ctx, series)["exdates"] == '["2026-12-08"]'
    assert [d for d, _, _ in days(ctx)] == expected
    ok(ctx, "update_event", event_id=series, all_day=True)
    assert row(ctx, series)["exdates"] == '["2026-12-08"]'
    assert [d for d, _, _ in days(ctx)] == expected


def test_two_changed_occurrences_on_one_day_refuse_the_switch(ctx: ToolContext) -> None:
    series = add(ctx, "Standup", "2026-12-01T09:00", repeat="every tuesday")
    ctx.store.db.execute(
        "UPDATE events SET rdates = ? WHERE id = ?", ['["2026-12-08T15:00:00"]', series]
    )
    ok(ctx, "update_event", event_id=series, occurrence="2026-12-08 09:00", title="Early")
    ok(ctx, "update_event", event_id=series, occurrence="2026-12-08 15:00", title="Late")
    before = rows(ctx)
    result = call(ctx, "update_event", event_id=series, all_day=True)
    assert not result.ok and "has changed occurrences on the same day" in result.text
    assert rows(ctx) == before
