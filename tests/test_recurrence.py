"""Recurrence expansion, checked against the recurring_ical_events package.

Each case builds the same series twice: as EventData for our expander and as
an icalendar VEVENT (plus override VEVENTs) for the reference, then compares
the occurrences (start and end instants, title) over a range.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.calendar.expand import (
    MAX_OCCURRENCES,
    expand,
    instant,
    series_end,
)
from assistant.calendar.model import EventData, Moment
from assistant.dates.rule import Rule, parse
from assistant.errors import RecurrenceError

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

Key = tuple[object, object, str]


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def to_vevent(data: EventData) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", data.uid)
    event.add("SUMMARY", data.title)
    event.add("DTSTART", data.start)
    event.add("DTEND", data.effective_end())
    if data.rrule:
        event.add("RRULE", icalendar.vRecur.from_ical(data.rrule))
    for ex in data.exdates:
        event.add("EXDATE", ex)
    for extra in data.rdates:
        event.add("RDATE", extra)
    if data.recurrence_id is not None:
        event.add("RECURRENCE-ID", data.recurrence_id)
    return event


def key(start: Moment, end: Moment, title: str, tz: ZoneInfo) -> Key:
    if isinstance(start, datetime):
        return (start.astimezone(UTC), instant(end, tz).astimezone(UTC), title)
    return (start, end, title)


def reference(
    master: EventData, overrides: list[EventData], low: datetime, high: datetime, tz: ZoneInfo
) -> list[Key]:
    calendar = icalendar.Calendar()
    for data in [master, *overrides]:
        calendar.add_component(to_vevent(data))
    found = recurring_ical_events.of(calendar).between(low, high)
    keys = [key(e["DTSTART"].dt, e["DTEND"].dt, str(e["SUMMARY"]), tz) for e in found]
    return sorted(keys, key=lambda k: (instant(k[0], tz), k[2]))  # type: ignore[arg-type]


def ours(
    master: EventData, overrides: list[EventData], low: datetime, high: datetime, tz: ZoneInfo
) -> list[Key]:
    found = expand(master, overrides, low, high, tz, event_id=1)
    return [key(o.start, o.end, o.title, tz) for o in found]


def same_as_reference(
    master: EventData,
    low: datetime,
    high: datetime,
    tz: ZoneInfo = BERLIN,
    overrides: list[EventData] | None = None,
) -> list[Key]:
    expected = reference(master, overrides or [], low, high, tz)
    got = ours(master, overrides or [], low, high, tz)
    assert got == expected
    assert got, "a comparison over an empty result proves little"
    return got


def local_times(keys: list[Key], zone: ZoneInfo) -> set[time]:
    return {k[0].astimezone(zone).time() for k in keys}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("zone", "first"),
    [(BERLIN, datetime(2026, 10, 12, 9, 0)), (NEW_YORK, datetime(2026, 10, 19, 9, 0))],
)
def test_weekly_meeting_keeps_its_wall_time_across_dst(zone: ZoneInfo, first: datetime) -> None:
    start = first.replace(tzinfo=zone)
    master = EventData("Standup", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY")
    got = same_as_reference(master, at(zone, 2026, 10, 1), at(zone, 2026, 11, 30), zone)
    assert local_times(got, zone) == {time(9, 0)}
    offsets = {k[0].astimezone(zone).utcoffset() for k in got}  # type: ignore[attr-defined]
    assert len(offsets) == 2  # the range really crosses the change


def test_weekly_across_spring_forward_in_new_york() -> None:
    start = at(NEW_YORK, 2026, 2, 20, 8, 30)
    master = EventData("Gym", start, start + timedelta(minutes=45), rrule="FREQ=WEEKLY;BYDAY=FR")
    got = same_as_reference(master, at(NEW_YORK, 2026, 2, 1), at(NEW_YORK, 2026, 4, 1), NEW_YORK)
    assert local_times(got, NEW_YORK) == {time(8, 30)}


def test_monthly_on_the_31st_skips_short_months() -> None:
    start = at(BERLIN, 2026, 1, 31, 18, 0)
    master = EventData(
        "Rent", start, start + timedelta(hours=1), rrule="FREQ=MONTHLY;BYMONTHDAY=31"
    )
    got = same_as_reference(master, at(BERLIN, 2026, 1, 1), at(BERLIN, 2027, 1, 1))
    months = [k[0].astimezone(BERLIN).month for k in got]  # type: ignore[attr-defined]
    assert months == [1, 3, 5, 7, 8, 10, 12]


def test_every_other_monday() -> None:
    start = at(BERLIN, 2026, 11, 2, 14, 0)
    master = EventData(
        "1:1", start, start + timedelta(minutes=30), rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"
    )
    got = same_as_reference(master, at(BERLIN, 2026, 11, 1), at(BERLIN, 2027, 1, 31))
    days = [k[0].astimezone(BERLIN).date() for k in got]  # type: ignore[attr-defined]
    assert all(d.weekday() == 0 for d in days)
    assert {(b - a).days for a, b in pairwise(days)} == {14}


def test_every_weekday() -> None:
    start = at(BERLIN, 2026, 11, 27, 8, 0)
    master = EventData(
        "Mail", start, start + timedelta(minutes=15), rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    )
    got = same_as_reference(master, at(BERLIN, 2026, 11, 27), at(BERLIN, 2026, 12, 12))
    assert len(got) == 11
    assert all(k[0].astimezone(BERLIN).weekday() < 5 for k in got)  # type: ignore[attr-defined]


def test_exdate_removes_one_occurrence() -> None:
    start = at(BERLIN, 2026, 11, 2, 9, 0)
    skipped = at(BERLIN, 2026, 11, 16, 9, 0)
    master = EventData(
        "Standup", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY", exdates=[skipped]
    )
    got = same_as_reference(master, at(BERLIN, 2026, 11, 1), at(BERLIN, 2026, 12, 1))
    assert skipped.astimezone(UTC) not in {k[0] for k in got}
    assert len(got) == 4


def test_rdate_adds_an_occurrence() -> None:
    start = at(BERLIN, 2026, 11, 2, 9, 0)
    extra = at(BERLIN, 2026, 11, 5, 16, 0)
    master = EventData(
        "Review", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY;COUNT=3", rdates=[extra]
    )
    got = same_as_reference(master, at(BERLIN, 2026, 11, 1), at(BERLIN, 2026, 12, 1))
    assert extra.astimezone(UTC) in {k[0] for k in got}
    assert len(got) == 4


def test_rdate_only_series() -> None:
    start = at(BERLIN, 2026, 11, 2, 9, 0)
    extras: list[Moment] = [at(BERLIN, 2026, 11, 9, 10, 0), at(BERLIN, 2026, 12, 24, 10, 0)]
    master = EventData("Talks", start, start + timedelta(hours=1), rdates=extras)
    got = same_as_reference(master, at(BERLIN, 2026, 11, 1), at(BERLIN, 2027, 1, 1))
    assert len(got) == 3


def test_count_limits_the_series() -> None:
    start = at(BERLIN, 2026, 11, 27, 7, 0)
    master = EventData("Pills", start, start + timedelta(minutes=5), rrule="FREQ=DAILY;COUNT=5")
    got = same_as_reference(master, at(BERLIN, 2026, 11, 1), at(BERLIN, 2027, 1, 1))
    assert len(got) == 5


def test_until_in_utc_form() -> None:
    start = at(BERLIN, 2026, 11, 2, 9, 0)
    # 08:00Z is 09:00 in Berlin: the 30 November occurrence is the last one.
    master = EventData(
        "Course", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY;UNTIL=20261130T080000Z"
    )
    got = same_as_reference(master, at(BERLIN, 2026, 11, 1), at(BERLIN, 2027, 1, 1))
    assert got[-1][0] == at(BERLIN, 2026, 11, 30, 9, 0).astimezone(UTC)
    assert len(got) == 5


def test_until_as_local_time_and_as_date() -> None:
    start = at(BERLIN, 2026, 11, 2, 9, 0)
    low, high = at(BERLIN, 2026, 11, 1), at(BERLIN, 2027, 1, 1)
    local = EventData(
        "A", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY;UNTIL=20261130T090000"
    )
    as_date = EventData("B", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY;UNTIL=20261130")
    before = EventData(
        "C", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY;UNTIL=20261130T085959"
    )
    assert len(expand(local, [], low, high, BERLIN)) == 5  # UNTIL is inclusive
    assert len(expand(as_date, [], low, high, BERLIN)) == 5  # a date bound keeps that day
    assert len(expand(before, [], low, high, BERLIN)) == 4


def test_last_weekday_of_the_month_with_bysetpos() -> None:
    start = at(BERLIN, 2026, 11, 30, 16, 0)
    rule = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
    master = EventData("Invoices", start, start + timedelta(hours=1), rrule=rule)
    got = same_as_reference(master, at(BERLIN, 2026, 11, 1), at(BERLIN, 2027, 6, 1))
    assert [k[0].astimezone(BERLIN).day for k in got][:4] == [30, 31, 29, 26]  # type: ignore[attr-defined]


def test_overrides_move_occurrences_into_and_out_of_the_range() -> None:
    start = at(BERLIN, 2026, 11, 2, 9, 0)
    master = EventData("Standup", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY")
    # 9 Nov moves out of the range (to 1 Dec); 30 Nov moves in (to 19 Nov).
    away = EventData(
        "Standup (moved)", at(BERLIN, 2026, 12, 1, 9, 0), at(BERLIN, 2026, 12, 1, 10, 0),
        uid=master.uid, recurrence_id=at(BERLIN, 2026, 11, 9, 9, 0),
    )  # fmt: skip
    into = EventData(
        "Standup (early)", at(BERLIN, 2026, 11, 19, 15, 0), at(BERLIN, 2026, 11, 19, 16, 0),
        uid=master.uid, recurrence_id=at(BERLIN, 2026, 11, 30, 9, 0),
    )  # fmt: skip
    low, high = at(BERLIN, 2026, 11, 1), at(BERLIN, 2026, 11, 29)
    got = same_as_reference(master, low, high, overrides=[away, into])
    titles = [k[2] for k in got]
    assert titles == ["Standup", "Standup", "Standup (early)", "Standup"]
    later = same_as_reference(
        master, at(BERLIN, 2026, 11, 29), at(BERLIN, 2026, 12, 8), overrides=[away, into]
    )
    assert [k[2] for k in later] == ["Standup (moved)", "Standup"]


def test_override_of_an_excluded_occurrence_is_hidden() -> None:
    start = at(BERLIN, 2026, 11, 2, 9, 0)
    rid = at(BERLIN, 2026, 11, 9, 9, 0)
    master = EventData(
        "Standup", start, start + timedelta(hours=1), rrule="FREQ=WEEKLY", exdates=[rid]
    )
    moved = EventData(
        "Moved",
        rid + timedelta(hours=2),
        rid + timedelta(hours=3),
        uid=master.uid,
        recurrence_id=rid,
    )
    got = same_as_reference(
        master, at(BERLIN, 2026, 11, 1), at(BERLIN, 2026, 11, 20), overrides=[moved]
    )
    assert [k[2] for k in got] == ["Standup", "Standup"]


def test_all_day_yearly_on_february_29() -> None:
    master = EventData("Leap party", date(2028, 2, 29), date(2028, 3, 1), rrule="FREQ=YEARLY")
    got = same_as_reference(master, at(BERLIN, 2028, 1, 1), at(BERLIN, 2041, 1, 1))
    assert [k[0] for k in got] == [date(y, 2, 29) for y in (2028, 2032, 2036, 2040)]


def test_all_day_weekly_with_date_exdate() -> None:
    master = EventData(
        "Gym day", date(2026, 11, 28), rrule="FREQ=WEEKLY", exdates=[date(2026, 12, 5)]
    )
    got = same_as_reference(master, at(BERLIN, 2026, 11, 27), at(BERLIN, 2026, 12, 20))
    assert [k[0] for k in got] == [date(2026, 11, 28), date(2026, 12, 12), date(2026, 12, 19)]


def test_daily_at_a_time_skipped_by_dst_is_shifted_not_dropped() -> None:
    start = at(BERLIN, 2026, 3, 27, 2, 30)
    master = EventData("Backup", start, start + timedelta(minutes=10), rrule="FREQ=DAILY;COUNT=4")
    got = same_as_reference(master, at(BERLIN, 2026, 3, 26), at(BERLIN, 2026, 4, 2))
    assert len(got) == 4
    assert got[2][0].astimezone(BERLIN).time() == time(3, 30)  # type: ignore[attr-defined]


def test_old_daily_series_is_fast_forwarded_exactly() -> None:
    start = at(BERLIN, 2012, 3, 1, 7, 15)
    master = EventData("Walk", start, start + timedelta(minutes=30), rrule="FREQ=DAILY;INTERVAL=3")
    same_as_reference(master, at(BERLIN, 2026, 10, 20), at(BERLIN, 2026, 11, 10))
    weekly = EventData(
        "Choir", start, start + timedelta(hours=2), rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,SA"
    )
    same_as_reference(weekly, at(BERLIN, 2026, 10, 20), at(BERLIN, 2026, 12, 10))


def test_zero_length_event_counts_at_its_start() -> None:
    start = at(BERLIN, 2026, 11, 27, 12, 0)
    master = EventData("Ping", start, start, rrule="FREQ=DAILY;COUNT=3")
    got = expand(
        master, [], at(BERLIN, 2026, 11, 28, 12, 0), at(BERLIN, 2026, 11, 29, 12, 0), BERLIN
    )
    assert [o.start for o in got] == [at(BERLIN, 2026, 11, 28, 12, 0)]


def test_occurrences_are_capped_per_series() -> None:
    start = at(BERLIN, 2026, 1, 1, 0, 0)
    master = EventData("Tick", start, start + timedelta(minutes=5), rrule="FREQ=HOURLY")
    got = expand(master, [], at(BERLIN, 2026, 1, 1), at(BERLIN, 2028, 1, 1), BERLIN)
    assert len(got) == MAX_OCCURRENCES
    assert got == sorted(got, key=lambda o: o.start)


@pytest.mark.parametrize(
    "rule", ["FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=5", "RRULE:FREQ=minutely"]
)
def test_runaway_frequencies_are_refused(rule: str) -> None:
    with pytest.raises(RecurrenceError, match="second or minute"):
        parse(rule, at(BERLIN, 2026, 11, 27, 9, 0))


@pytest.mark.parametrize(
    "rule",
    ["BYDAY=MO", "FREQ=FORTNIGHTLY", "FREQ=WEEKLY;INTERVAL=0", "FREQ=DAILY;COUNT=x",
     "FREQ=DAILY;COUNT=2;UNTIL=20270101", "FREQ=WEEKLY;BYDAY=XX", "FREQ=DAILY;UNTIL=tomorrow"],
)  # fmt: skip
def test_bad_rules_are_refused(rule: str) -> None:
    with pytest.raises(RecurrenceError):
        parse(rule, at(BERLIN, 2026, 11, 27, 9, 0))


def test_validate_normalises() -> None:
    assert (
        parse("rrule:byday=mo;freq=weekly", date(2026, 11, 30)).render() == "FREQ=WEEKLY;BYDAY=MO"
    )


def test_series_end() -> None:
    start = at(BERLIN, 2026, 11, 2, 9, 0)
    hour = timedelta(hours=1)
    assert series_end(EventData("x", start, start + hour)) == start + hour
    assert series_end(EventData("x", start, start + hour, rrule="FREQ=WEEKLY")) is None
    counted = series_end(EventData("x", start, start + hour, rrule="FREQ=WEEKLY;COUNT=3"))
    assert isinstance(counted, datetime)
    assert counted >= at(BERLIN, 2026, 11, 16, 10, 0)
    assert counted <= at(BERLIN, 2026, 11, 18, 10, 0)
    until = series_end(
        EventData("x", start, start + hour, rrule="FREQ=DAILY;UNTIL=20261130T080000Z")
    )
    assert isinstance(until, datetime)
    assert at(BERLIN, 2026, 11, 30, 10, 0) <= until <= at(BERLIN, 2026, 12, 2, 10, 0)
    all_day = series_end(EventData("x", date(2026, 11, 2), rrule="FREQ=DAILY;COUNT=2"))
    assert all_day is not None
    assert date(2026, 11, 4) <= all_day <= date(2026, 11, 5)


def retarget(rule: str, old: Moment, new: Moment) -> str:
    return Rule.read(rule).retarget(old, new).render()


def test_retarget_follows_the_moved_start() -> None:
    monday, tuesday = date(2026, 11, 30), date(2026, 12, 1)
    assert retarget("FREQ=WEEKLY;BYDAY=MO", monday, tuesday) == "FREQ=WEEKLY;BYDAY=TU"
    assert retarget("FREQ=WEEKLY;BYDAY=MO,WE", monday, tuesday) == "FREQ=WEEKLY;BYDAY=MO,WE"
    assert retarget("FREQ=MONTHLY;BYMONTHDAY=30", monday, tuesday) == "FREQ=MONTHLY;BYMONTHDAY=1"


# -- property: random simple rules agree with the reference ---------------------------------

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
MONTHLY_PARTS = [
    "BYMONTHDAY=1", "BYMONTHDAY=15", "BYMONTHDAY=29", "BYMONTHDAY=31", "BYMONTHDAY=-1",
    "BYDAY=1MO", "BYDAY=-1FR", "BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "BYDAY=SA,SU",
]  # fmt: skip


@st.composite
def series(draw: st.DrawFn) -> EventData:
    zone = draw(st.sampled_from([BERLIN, NEW_YORK]))
    day = draw(st.dates(date(2026, 1, 1), date(2026, 12, 31)))
    hour = draw(st.sampled_from([0, 7, 9, 12, 18, 23]))
    start = datetime.combine(day, time(hour, draw(st.sampled_from([0, 30]))), zone)
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}", f"INTERVAL={draw(st.integers(1, 3))}"]
    if freq == "WEEKLY" and draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=3, unique=True))
        parts.append("BYDAY=" + ",".join(days))
    if freq in ("MONTHLY", "YEARLY") and draw(st.booleans()):
        parts.append(draw(st.sampled_from(MONTHLY_PARTS)))
    if freq == "YEARLY" and draw(st.booleans()):
        parts.append(f"BYMONTH={draw(st.integers(1, 12))}")
    if draw(st.booleans()):
        parts.append(f"COUNT={draw(st.integers(1, 30))}")
    length = timedelta(minutes=draw(st.sampled_from([0, 30, 90, 60 * 26])))
    return EventData("P", start, start + length, rrule=";".join(parts))


@settings(max_examples=60, deadline=None)
@given(series(), st.integers(0, 4000), st.integers(1, 120))
def test_random_rules_agree_with_reference(master: EventData, offset: int, days: int) -> None:
    assert isinstance(master.start, datetime)
    low = master.start - timedelta(days=3) + timedelta(days=offset)
    high = low + timedelta(days=days)
    assert ours(master, [], low, high, BERLIN) == reference(master, [], low, high, BERLIN)
