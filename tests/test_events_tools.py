"""The calendar tools, called through the registry the way the model calls them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from assistant.calendar.expand import series_end
from assistant.calendar.model import EventData
from assistant.clock import Clock
from assistant.store import Store, utc_stamp
from assistant.tools.context import ToolContext
from assistant.tools.events import EVENT_TOOLS
from assistant.tools.registry import ToolRegistry, ToolResult

BERLIN = ZoneInfo("Europe/Berlin")
REGISTRY = ToolRegistry.of(EVENT_TOOLS)
RECORD_KEYS = {"id", "uid", "title", "start", "end", "all_day", "location", "description", "rrule"}


@pytest.fixture(params=["file", "memory"])
def ctx(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> Iterator[ToolContext]:
    """Friday 2026-11-27 10:00 Berlin, on a real database file and in memory."""
    store = Store.open(tmp_path / "a.db") if request.param == "file" else Store.open(None)
    yield ToolContext(store, clock)
    store.close()


def call(ctx: ToolContext, name: str, **args: Any) -> ToolResult:
    return REGISTRY.call(ctx, name, args)


def ok(ctx: ToolContext, name: str, **args: Any) -> ToolResult:
    result = call(ctx, name, **args)
    assert result.ok, result.text
    json.dumps(result.data)  # always JSON-able
    return result


def add(ctx: ToolContext, title: str, start: str, **args: Any) -> int:
    result = ok(ctx, "add_event", title=title, start=start, **args)
    assert result.action_id is not None
    return int(result.data["id"])


def dump(ctx: ToolContext) -> list[dict[str, Any]]:
    rows = ctx.store.query("SELECT * FROM events ORDER BY id")
    actions = ctx.store.query("SELECT id, undone_at FROM actions ORDER BY id")
    return [*rows, {"actions": actions}]


def listed(ctx: ToolContext, range_text: str, **args: Any) -> list[dict[str, Any]]:
    records = ok(ctx, "list_events", range=range_text, **args).data
    assert all(set(r) == RECORD_KEYS for r in records)
    return list(records)


def starts(records: list[dict[str, Any]]) -> list[str]:
    return [r["start"] for r in records]


# -- add --------------------------------------------------------------------------------


def test_add_with_words_echoes_the_resolved_time(ctx: ToolContext) -> None:
    result = ok(ctx, "add_event", title="Dentist", start="next tuesday 1pm", location="Main St")
    assert "Tue 2026-12-01 13:00-14:00" in result.text
    assert "(id 1)" in result.text
    assert result.data == {
        "id": 1, "uid": result.data["uid"], "title": "Dentist",
        "start": "2026-12-01T13:00:00+01:00", "end": "2026-12-01T14:00:00+01:00",
        "all_day": False, "location": "Main St", "description": "", "rrule": None,
    }  # fmt: skip
    row = ctx.store.get("events", 1)
    assert row is not None
    assert (row["start"], row["tzid"], row["start_utc"]) == (
        "2026-12-01T13:00:00", "Europe/Berlin", "2026-12-01T12:00:00",
    )  # fmt: skip
    assert row["series_end_utc"] == "2026-12-01T13:00:00"


def test_add_with_iso_and_duration(ctx: ToolContext) -> None:
    result = ok(ctx, "add_event", title="Call", start="2026-12-02T16:30", duration_minutes=45)
    assert result.data["end"] == "2026-12-02T17:15:00+01:00"
    assert "Wed 2026-12-02 16:30-17:15" in result.text


def test_add_end_as_bare_time_lies_on_the_start_day(ctx: ToolContext) -> None:
    result = ok(ctx, "add_event", title="Lunch", start="next tuesday 12:00", end="1:30pm")
    assert result.data["end"] == "2026-12-01T13:30:00+01:00"
    party = ok(ctx, "add_event", title="Party", start="2026-12-05T22:00", end="1am")
    assert party.data["end"] == "2026-12-06T01:00:00+01:00"  # a short night, not an error


def test_add_all_day(ctx: ToolContext) -> None:
    one = ok(ctx, "add_event", title="Holiday", start="Dec 24")
    assert (one.data["all_day"], one.data["start"], one.data["end"]) == (
        True,
        "2026-12-24",
        "2026-12-25",
    )
    assert "Thu 2026-12-24 (all day)" in one.text
    trip = ok(ctx, "add_event", title="Trip", start="2026-12-24", end="2026-12-26")
    assert trip.data["end"] == "2026-12-27"  # stored exclusive, as iCalendar does
    assert "Thu 2026-12-24 to Sat 2026-12-26 (all day)" in trip.text
    flagged = ok(ctx, "add_event", title="Fair", start="next tuesday 1pm", all_day=True)
    assert flagged.data["start"] == "2026-12-01"


def test_add_repeating_describes_the_rule(ctx: ToolContext) -> None:
    result = ok(ctx, "add_event", title="Standup", start="next monday 9:00", repeat="every weekday")
    assert result.data["rrule"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    assert "repeats every weekday" in result.text
    assert ctx.store.get("events", 1)["series_end_utc"] is None  # type: ignore[index]


def test_conflicts_are_named_but_do_not_block(ctx: ToolContext) -> None:
    add(ctx, "Dentist", "2026-12-01T13:30", end="2026-12-01T14:00")
    add(ctx, "Holiday", "2026-12-01")  # all-day events never conflict
    result = ok(ctx, "add_event", title="Meeting", start="next tuesday 1pm")
    assert "Note: this overlaps 'Dentist' Tue 2026-12-01 13:30-14:00 CET." in result.text
    assert "Holiday" not in result.text
    assert len(listed(ctx, "2026-12-01")) == 3
    later = ok(ctx, "add_event", title="Later", start="2026-12-01T14:00")  # touching is fine
    assert "overlaps" not in later.text


def test_a_new_series_names_conflicts_with_its_occurrences(ctx: ToolContext) -> None:
    add(ctx, "Dentist", "2026-12-03T09:30")
    result = ok(ctx, "add_event", title="Standup", start="2026-11-30T09:00", repeat="every weekday")
    assert "overlaps 'Dentist' Thu 2026-12-03 09:30-10:30 CET" in result.text


# -- list -----------------------------------------------------------------------------------


def test_list_expands_series_and_sorts(ctx: ToolContext) -> None:
    add(ctx, "Standup", "2026-11-30T09:00", duration_minutes=15, repeat="every weekday")
    add(ctx, "Dentist", "2026-12-01T08:00")
    add(ctx, "Gym", "2026-12-02T18:00", location="Gym Nord", repeat="weekly")
    records = listed(ctx, "next week")
    assert [r["title"] for r in records][:3] == ["Standup", "Dentist", "Standup"]
    assert len(records) == 7
    assert starts(records) == sorted(starts(records))
    assert all(r["id"] == 1 and r["rrule"] for r in records if r["title"] == "Standup")
    text = ok(ctx, "list_events", range="next week").text
    assert text.startswith("7 event(s) from Mon 2026-11-30 to Sun 2026-12-06:")
    assert "- Gym: Wed 2026-12-02 18:00-19:00 CET [id 3; at Gym Nord; repeats]" in text


def test_list_query_filters_title_and_location(ctx: ToolContext) -> None:
    add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    add(ctx, "Workout", "2026-12-02T18:00", location="Gym Nord")
    assert [r["title"] for r in listed(ctx, "next week", query="gym")] == ["Workout"]
    assert len(listed(ctx, "next week", query="STANDUP")) == 5
    assert listed(ctx, "next week", query="nothing like this") == []


def test_list_default_is_today_and_the_next_six_days(ctx: ToolContext) -> None:
    add(ctx, "Early today", "2026-11-27T08:00")
    add(ctx, "In six days", "2026-12-03T20:00")
    add(ctx, "In seven days", "2026-12-04T08:00")
    titles = [r["title"] for r in ok(ctx, "list_events").data]
    assert titles == ["Early today", "In six days"]


def test_list_keeps_wall_time_across_dst(ctx: ToolContext) -> None:
    add(ctx, "Weekly", "2026-10-12T09:00", repeat="weekly")
    records = listed(ctx, "2026-10-19 to 2026-11-02")
    assert starts(records) == [
        "2026-10-19T09:00:00+02:00", "2026-10-26T09:00:00+01:00", "2026-11-02T09:00:00+01:00",
    ]  # fmt: skip


def test_list_limit_says_how_many_are_left(ctx: ToolContext) -> None:
    add(ctx, "Daily", "2026-11-27T12:00", repeat="daily")
    result = ok(ctx, "list_events", range="2026-11-27 to 2026-12-31", limit=3)
    assert len(result.data) == 3
    assert "(32 more not shown" in result.text


def test_range_query_finds_long_events_rdates_and_far_moved_overrides(ctx: ToolContext) -> None:
    for i in range(300):  # unrelated history, so the windows really filter
        add(ctx, f"Old {i}", (datetime(2025, 1, 1, 9) + timedelta(days=i)).isoformat())
    add(ctx, "Sabbatical", "2026-09-01", end="2026-12-31")
    tz = ctx.clock.tz
    start = datetime(2026, 1, 5, 9, 0, tzinfo=tz)
    rdated = EventData(
        "Talk", start, start + timedelta(hours=1), rdates=[datetime(2026, 12, 2, 9, 0, tzinfo=tz)]
    )
    series = EventData("Course", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY;COUNT=3")
    catch_up = datetime(2026, 12, 3, 9, 0, tzinfo=tz)
    moved = EventData(
        "Course (catch-up)", catch_up, catch_up + timedelta(hours=1),
        uid=series.uid, recurrence_id=start + timedelta(weeks=1),
    )  # fmt: skip
    with ctx.store.action("test", "seed") as tx:
        for data in (rdated, series, moved):
            row = data.to_row(tz, series_end(data, tz))
            tx.insert("events", {**row, "created": utc_stamp(), "updated": utc_stamp()})
    titles = [r["title"] for r in listed(ctx, "next week")]
    assert titles == ["Sabbatical", "Talk", "Course (catch-up)"]


# -- get --------------------------------------------------------------------------------


def test_get_event_shows_details_and_next_dates(ctx: ToolContext) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday", description="Room 4")
    result = ok(ctx, "get_event", event_id=event_id)
    assert result.data["rrule"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    assert "Description: Room 4" in result.text
    assert "Next occurrences: Mon 2026-11-30 09:00-10:00 CET, Tue 2026-12-01" in result.text


# -- update -----------------------------------------------------------------------------


def test_update_series_changes_every_occurrence(ctx: ToolContext) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", duration_minutes=15, repeat="every weekday")
    result = ok(ctx, "update_event", event_id=event_id, title="Daily sync", start="9:30")
    assert "Changed 'Daily sync' (id 1): Mon 2026-11-30 09:30-09:45 CET" in result.text
    records = listed(ctx, "next week")
    assert {r["title"] for r in records} == {"Daily sync"}
    assert {r["start"][11:16] for r in records} == {"09:30"}
    assert ctx.store.get("events", event_id)["sequence"] == 1  # type: ignore[index]


def test_update_start_to_another_day_keeps_time_and_length(ctx: ToolContext) -> None:
    event_id = add(ctx, "Dentist", "2026-12-01T13:30", end="2026-12-01T14:15")
    result = ok(ctx, "update_event", event_id=event_id, start="friday")
    assert (result.data["start"], result.data["end"]) == (
        "2026-11-27T13:30:00+01:00",
        "2026-11-27T14:15:00+01:00",
    )


def test_moving_a_weekly_series_to_another_weekday(ctx: ToolContext) -> None:
    event_id = add(ctx, "Choir", "2026-11-30T19:00", repeat="every monday")
    ok(ctx, "update_event", event_id=event_id, start="2026-12-01T19:00")
    records = listed(ctx, "2026-12-01 to 2026-12-31")
    assert {r["start"][:10] for r in records} == {
        "2026-12-01",
        "2026-12-08",
        "2026-12-15",
        "2026-12-22",
        "2026-12-29",
    }


def test_update_one_occurrence_only(ctx: ToolContext) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    result = ok(
        ctx,
        "update_event",
        event_id=event_id,
        occurrence="2026-12-02",
        start="3pm",
        title="Standup (late)",
    )
    assert "Changed only the Wed 2026-12-02 09:00 CET occurrence" in result.text
    assert result.data["id"] == event_id
    records = listed(ctx, "next week")
    changed = [r for r in records if r["start"].startswith("2026-12-02")]
    assert [(r["title"], r["start"]) for r in changed] == [
        ("Standup (late)", "2026-12-02T15:00:00+01:00")
    ]
    assert sum(r["title"] == "Standup" for r in records) == 4
    # Changing it again edits the same override row.
    ok(ctx, "update_event", event_id=event_id, occurrence="2026-12-02", location="Room 2")
    overrides = ctx.store.query("SELECT * FROM events WHERE recurrence_id <> ''")
    assert len(overrides) == 1
    assert (overrides[0]["location"], overrides[0]["title"]) == ("Room 2", "Standup (late)")
    assert overrides[0]["recurrence_id"] == "2026-12-02T09:00:00"


def test_update_series_moves_changed_and_skipped_occurrences_along(ctx: ToolContext) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    ok(ctx, "update_event", event_id=event_id, occurrence="2026-12-02", location="Room 2")
    ok(ctx, "delete_event", event_id=event_id, occurrence="2026-12-03")
    ok(ctx, "update_event", event_id=event_id, start="10:00", title="Sync")
    records = listed(ctx, "next week")
    assert [r["start"][:16] for r in records] == [
        "2026-11-30T10:00", "2026-12-01T10:00", "2026-12-02T10:00", "2026-12-04T10:00",
    ]  # fmt: skip
    assert {r["title"] for r in records} == {"Sync"}  # the override took the new title too
    assert [r["location"] for r in records] == ["", "", "Room 2", ""]


def test_stop_repeating_removes_the_overrides(ctx: ToolContext) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    ok(ctx, "update_event", event_id=event_id, occurrence="2026-12-02", start="11:00")
    result = ok(ctx, "update_event", event_id=event_id, repeat="never")
    assert result.data["rrule"] is None
    assert len(listed(ctx, "next week")) == 1
    assert ctx.store.query("SELECT count(*) AS n FROM events")[0]["n"] == 1


def test_an_occurrence_can_be_named_by_its_override_id(ctx: ToolContext) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    ok(ctx, "update_event", event_id=event_id, occurrence="2026-12-02", start="11:00")
    override_id = ctx.store.query("SELECT id FROM events WHERE recurrence_id <> ''")[0]["id"]
    ok(ctx, "update_event", event_id=override_id, title="Special")
    ok(ctx, "delete_event", event_id=event_id, occurrence="2026-12-01")
    titles = [r["title"] for r in listed(ctx, "next week")]
    assert titles == ["Standup", "Special", "Standup", "Standup"]


# -- delete -------------------------------------------------------------------------------


def test_delete_one_occurrence(ctx: ToolContext) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    ok(ctx, "update_event", event_id=event_id, occurrence="2026-12-02", start="11:00")
    result = ok(ctx, "delete_event", event_id=event_id, occurrence="2026-12-02")
    assert "Deleted the Wed 2026-12-02 11:00-12:00 CET occurrence of 'Standup'" in result.text
    assert [r["start"][:10] for r in listed(ctx, "next week")] == [
        "2026-11-30", "2026-12-01", "2026-12-03", "2026-12-04",
    ]  # fmt: skip
    assert ctx.store.query("SELECT count(*) AS n FROM events")[0]["n"] == 1
    assert json.loads(ctx.store.get("events", event_id)["exdates"]) == ["2026-12-02T09:00:00"]  # type: ignore[index]


def test_delete_whole_series_with_overrides(ctx: ToolContext) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    keep = add(ctx, "Dentist", "2026-12-01T13:00")
    ok(ctx, "update_event", event_id=event_id, occurrence="2026-12-02", start="11:00")
    result = ok(ctx, "delete_event", event_id=event_id)
    assert "Its 1 changed occurrence(s) went with it." in result.text
    assert [r["id"] for r in listed(ctx, "next week")] == [keep]


def test_delete_is_marked_destructive() -> None:
    assert REGISTRY.get("delete_event").destructive
    assert not REGISTRY.get("list_events").writes


# -- undo ---------------------------------------------------------------------------------

Step = Callable[[ToolContext, int], ToolResult]

UNDOABLE: dict[str, Step] = {
    "add": lambda c, i: ok(c, "add_event", title="New", start="2026-12-01T13:15", repeat="daily"),
    "update series": lambda c, i: ok(c, "update_event", event_id=i, start="10:00", title="X"),
    "update occurrence": lambda c, i: ok(
        c, "update_event", event_id=i, occurrence="2026-12-01", start="16:00"
    ),
    "update changed occurrence": lambda c, i: ok(
        c, "update_event", event_id=i, occurrence="2026-12-02", title="Y"
    ),
    "delete occurrence": lambda c, i: ok(c, "delete_event", event_id=i, occurrence="2026-12-02"),
    "delete series": lambda c, i: ok(c, "delete_event", event_id=i),
    "stop repeating": lambda c, i: ok(c, "update_event", event_id=i, repeat="never"),
}


@pytest.mark.parametrize("step", list(UNDOABLE))
def test_undo_restores_exactly(ctx: ToolContext, step: str) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    ok(ctx, "update_event", event_id=event_id, occurrence="2026-12-02", start="11:00")
    before = ctx.store.query("SELECT * FROM events ORDER BY id")
    listing = listed(ctx, "next week")
    result = UNDOABLE[step](ctx, event_id)
    assert result.action_id is not None
    assert ctx.store.query("SELECT * FROM events ORDER BY id") != before
    ctx.store.undo(result.action_id)
    assert ctx.store.query("SELECT * FROM events ORDER BY id") == before
    assert listed(ctx, "next week") == listing


# -- free time ------------------------------------------------------------------------------


def test_free_slots_on_an_empty_calendar_start_now(ctx: ToolContext) -> None:
    result = ok(ctx, "find_free_slots", duration_minutes=60, limit=2)
    assert result.data == [
        {"start": "2026-11-27T10:00:00+01:00", "end": "2026-11-27T17:00:00+01:00", "minutes": 420},
        {"start": "2026-11-30T09:00:00+01:00", "end": "2026-11-30T17:00:00+01:00", "minutes": 480},
    ]  # weekends skipped
    assert "- Fri 2026-11-27 10:00-17:00 CET (420 min free)" in result.text


def test_free_slots_avoid_timed_events_but_not_all_day_ones(ctx: ToolContext) -> None:
    add(ctx, "Standup", "2026-11-30T09:00", duration_minutes=30, repeat="every weekday")
    add(ctx, "Dentist", "2026-11-30T12:00", end="2026-11-30T15:40")
    add(ctx, "Holiday", "2026-11-30")
    result = ok(ctx, "find_free_slots", duration_minutes=90, range="2026-11-30")
    assert [(s["start"][11:16], s["end"][11:16]) for s in result.data] == [("09:30", "12:00")]
    short = ok(ctx, "find_free_slots", duration_minutes=60, range="2026-11-30", day_end="18:00")
    assert [(s["start"][11:16], s["end"][11:16]) for s in short.data] == [
        ("09:30", "12:00"),
        ("15:40", "18:00"),
    ]


def test_free_slots_with_weekends_and_none_found(ctx: ToolContext) -> None:
    weekend = ok(
        ctx, "find_free_slots", duration_minutes=30, range="2026-11-28", include_weekends=True
    )
    assert weekend.data[0]["start"] == "2026-11-28T09:00:00+01:00"
    add(ctx, "Offsite", "2026-11-30T08:00", end="2026-11-30T18:00")
    none = ok(ctx, "find_free_slots", duration_minutes=30, range="2026-11-30")
    assert none.data == []
    assert none.text.startswith("No free time of 30 minutes on Mon 2026-11-30")


# -- errors leave everything as it was ----------------------------------------------------------

BAD_CALLS: list[tuple[str, dict[str, Any], str]] = [
    (
        "add_event",
        {"title": "X", "start": "2026-12-01T13:00", "end": "2026-12-01T12:00"},
        "before the start",
    ),
    ("add_event", {"title": "X", "start": "2026-12-03", "end": "2026-12-01"}, "before the start"),
    ("add_event", {"title": "X", "start": "2026-02-30T10:00"}, ""),
    ("add_event", {"title": "X", "start": "tomorrow 3pm", "repeat": "every blue moon"}, "repeat"),
    ("add_event", {"title": "X", "start": "tomorrow 3pm", "repeat": "FREQ=SECONDLY"}, "second"),
    ("add_event", {"title": "   ", "start": "tomorrow"}, "title"),
    ("add_event", {"title": "x" * 501, "start": "tomorrow"}, "title"),
    ("add_event", {"title": "X", "start": "tomorrow", "description": "d" * 100_001}, "description"),
    ("add_event", {"title": "X", "start": "tomorrow 3pm", "duration_minutes": 0}, "duration"),
    (
        "add_event",
        {"title": "X", "start": "tomorrow 3pm", "end": "4pm", "duration_minutes": 30},
        "disagree",
    ),
    ("update_event", {"event_id": 99, "title": "X"}, "no event with id 99"),
    ("update_event", {"event_id": 1}, "Nothing to change"),
    ("update_event", {"event_id": 1, "end": "2026-11-29T08:00"}, "before the start"),
    (
        "update_event",
        {"event_id": 1, "occurrence": "2026-11-28", "title": "X"},
        "no occurrence on Sat",
    ),
    (
        "update_event",
        {"event_id": 1, "occurrence": "2026-12-01", "repeat": "daily"},
        "whole series",
    ),
    ("update_event", {"event_id": 2, "occurrence": "2026-12-09", "title": "X"}, "does not repeat"),
    ("update_event", {"event_id": 1, "repeat": "whenever"}, "repeat"),
    ("delete_event", {"event_id": 99}, "no event with id 99"),
    ("delete_event", {"event_id": 1, "occurrence": "2026-02-30"}, ""),
    ("get_event", {"event_id": 99}, "no event with id 99"),
    ("list_events", {"range": "the 45th of Nowember"}, ""),
    (
        "find_free_slots",
        {"duration_minutes": 30, "day_start": "17:00", "day_end": "09:00"},
        "after",
    ),
]


@pytest.mark.parametrize(("tool", "args", "says"), BAD_CALLS)
def test_errors_change_nothing(
    ctx: ToolContext, tool: str, args: dict[str, Any], says: str
) -> None:
    add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    add(ctx, "Dentist", "2026-12-01T13:00")
    before = dump(ctx)
    result = call(ctx, tool, **args)
    assert not result.ok
    assert result.text.startswith("Error: ")
    assert "internal error" not in result.text
    assert says.lower() in result.text.lower()
    assert dump(ctx) == before


# -- smaller behaviours ------------------------------------------------------------------------


def test_reminder_set_and_removed(ctx: ToolContext) -> None:
    event_id = add(ctx, "Dentist", "2026-12-01T13:00", reminder_minutes=30)
    assert "reminder 30 minutes before" in ok(ctx, "get_event", event_id=event_id).text
    ok(ctx, "update_event", event_id=event_id, reminder_minutes=-1)
    assert ctx.store.get("events", event_id)["reminder_minutes"] is None  # type: ignore[index]


def test_all_day_event_gets_a_time(ctx: ToolContext) -> None:
    event_id = add(ctx, "Fair", "2026-12-01")
    result = ok(ctx, "update_event", event_id=event_id, start="at 9.30 am")
    assert (result.data["all_day"], result.data["start"], result.data["end"]) == (
        False, "2026-12-01T09:30:00+01:00", "2026-12-01T10:30:00+01:00",
    )  # fmt: skip


def test_start_in_the_skipped_dst_hour_is_shifted(ctx: ToolContext) -> None:
    result = ok(ctx, "add_event", title="Backup", start="2027-03-28T02:30")
    assert result.data["start"] == "2027-03-28T03:30:00+02:00"


def test_get_event_of_a_changed_occurrence(ctx: ToolContext) -> None:
    event_id = add(ctx, "Standup", "2026-11-30T09:00", repeat="every weekday")
    ok(ctx, "update_event", event_id=event_id, occurrence="2026-12-02", start="11:00")
    override_id = ctx.store.query("SELECT id FROM events WHERE recurrence_id <> ''")[0]["id"]
    text = ok(ctx, "get_event", event_id=override_id).text
    assert f"one changed occurrence of event {event_id}, originally Wed 2026-12-02 09:00" in text


def test_tool_descriptions_are_short() -> None:
    for schema in REGISTRY.schemas():
        function = schema["function"]
        assert len(function["description"]) < 200, function["name"]
        for prop in function["parameters"]["properties"].values():
            assert 0 < len(prop.get("description", "")) < 200
