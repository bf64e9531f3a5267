"""parse_recurrence and describe_rrule: rules are checked by expanding them with dateutil."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.dates import describe_rrule, parse_recurrence
from assistant.errors import InvalidInput, RecurrenceError

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
START = datetime(2026, 11, 27, 9, 0, tzinfo=BERLIN)  # Friday 09:00
START_DAY = START.date()


def first_days(rule: str, start: date | datetime, n: int = 4) -> list[date]:
    """The first ``n`` occurrence days of ``rule`` with ``start`` as DTSTART."""
    dtstart = start if isinstance(start, datetime) else datetime.combine(start, datetime.min.time())
    return [occurrence.date() for occurrence in islice(rrulestr(rule, dtstart=dtstart), n)]


def days(*pairs: tuple[int, int, int]) -> list[date]:
    return [date(*pair) for pair in pairs]


def listed(text: str) -> list[date]:
    """Reads "2026-12-30 12-31 2027-01-01" -> dates; a month-day keeps the year before it."""
    result, year = [], 0
    for item in text.split():
        if item.count("-") == 2:
            year = int(item[:4])
            item = item[5:]
        month, day = item.split("-")
        result.append(date(year, int(month), int(day)))
    return result


CASES = [
    ("daily", "FREQ=DAILY", "2026-11-27 11-28 11-29 11-30"),
    ("every day", "FREQ=DAILY", "2026-11-27 11-28 11-29 11-30"),
    ("every 3 days", "FREQ=DAILY;INTERVAL=3", "2026-11-27 11-30 12-03 12-06"),
    ("every other day", "FREQ=DAILY;INTERVAL=2", "2026-11-27 11-29 12-01 12-03"),
    ("every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-11-27 11-30 12-01 12-02"),
    ("weekdays", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-11-27 11-30 12-01 12-02"),
    ("on weekdays", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-11-27 11-30 12-01 12-02"),
    ("weekends", "FREQ=WEEKLY;BYDAY=SA,SU", "2026-11-28 11-29 12-05 12-06"),
    ("every weekend", "FREQ=WEEKLY;BYDAY=SA,SU", "2026-11-28 11-29 12-05 12-06"),
    ("weekly", "FREQ=WEEKLY;BYDAY=FR", "2026-11-27 12-04 12-11 12-18"),
    ("every week", "FREQ=WEEKLY;BYDAY=FR", "2026-11-27 12-04 12-11 12-18"),
    ("Every Monday", "FREQ=WEEKLY;BYDAY=MO", "2026-11-30 12-07 12-14 12-21"),
    ("mondays", "FREQ=WEEKLY;BYDAY=MO", "2026-11-30 12-07 12-14 12-21"),
    ("on mondays", "FREQ=WEEKLY;BYDAY=MO", "2026-11-30 12-07 12-14 12-21"),
    ("every Monday and Wednesday", "FREQ=WEEKLY;BYDAY=MO,WE", "2026-11-30 12-02 12-07 12-09"),
    ("every wednesday and monday", "FREQ=WEEKLY;BYDAY=MO,WE", "2026-11-30 12-02 12-07 12-09"),
    ("every mon, wed and fri", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "2026-11-27 11-30 12-02 12-04"),
    ("tuesdays and thursdays", "FREQ=WEEKLY;BYDAY=TU,TH", "2026-12-01 12-03 12-08 12-10"),
    # RFC 5545 counts INTERVAL from the start's week (Monday-start), so a Friday
    # start skips Monday Nov 30, which lies in week 1.
    ("every other Monday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-12-07 12-21 2027-01-04 01-18"),
    ("every 2 weeks", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "2026-11-27 12-11 12-25 2027-01-08"),
    ("every other week", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "2026-11-27 12-11 12-25 2027-01-08"),
    ("biweekly", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "2026-11-27 12-11 12-25 2027-01-08"),
    ("fortnightly", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "2026-11-27 12-11 12-25 2027-01-08"),
    (
        "every 2 weeks on monday",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
        "2026-12-07 12-21 2027-01-04 01-18",
    ),
    ("weekly on tuesday and thursday", "FREQ=WEEKLY;BYDAY=TU,TH", "2026-12-01 12-03 12-08 12-10"),
    ("monthly", "FREQ=MONTHLY;BYMONTHDAY=27", "2026-11-27 12-27 2027-01-27 02-27"),
    ("every month", "FREQ=MONTHLY;BYMONTHDAY=27", "2026-11-27 12-27 2027-01-27 02-27"),
    (
        "every 3 months",
        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=27",
        "2026-11-27 2027-02-27 05-27 08-27",
    ),
    ("monthly on the 15th", "FREQ=MONTHLY;BYMONTHDAY=15", "2026-12-15 2027-01-15 02-15 03-15"),
    ("every month on the 15th", "FREQ=MONTHLY;BYMONTHDAY=15", "2026-12-15 2027-01-15 02-15 03-15"),
    ("the 15th of every month", "FREQ=MONTHLY;BYMONTHDAY=15", "2026-12-15 2027-01-15 02-15 03-15"),
    ("every 15th", "FREQ=MONTHLY;BYMONTHDAY=15", "2026-12-15 2027-01-15 02-15 03-15"),
    (
        "on the last day of the month",
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        "2026-11-30 12-31 2027-01-31 02-28",
    ),
    (
        "on the last Friday of every month",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "2026-11-27 12-25 2027-01-29 02-26",
    ),
    ("monthly on the last friday", "FREQ=MONTHLY;BYDAY=-1FR", "2026-11-27 12-25 2027-01-29 02-26"),
    (
        "the first Monday of each month",
        "FREQ=MONTHLY;BYDAY=1MO",
        "2026-12-07 2027-01-04 02-01 03-01",
    ),
    (
        "every first monday of the month",
        "FREQ=MONTHLY;BYDAY=1MO",
        "2026-12-07 2027-01-04 02-01 03-01",
    ),
    (
        "every month on the 2nd tuesday",
        "FREQ=MONTHLY;BYDAY=2TU",
        "2026-12-08 2027-01-12 02-09 03-09",
    ),
    (
        "yearly",
        "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=27",
        "2026-11-27 2027-11-27 2028-11-27 2029-11-27",
    ),
    (
        "annually",
        "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=27",
        "2026-11-27 2027-11-27 2028-11-27 2029-11-27",
    ),
    (
        "every year",
        "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=27",
        "2026-11-27 2027-11-27 2028-11-27 2029-11-27",
    ),
    (
        "every year on Dec 24",
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24",
        "2026-12-24 2027-12-24 2028-12-24 2029-12-24",
    ),
    (
        "every 2 years on the 3rd of march",
        "FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYMONTHDAY=3",
        "2028-03-03 2030-03-03 2032-03-03 2034-03-03",
    ),
    # counts
    ("daily for 10 times", "FREQ=DAILY;COUNT=10", "2026-11-27 11-28 11-29 11-30"),
    ("every monday 10 times", "FREQ=WEEKLY;BYDAY=MO;COUNT=10", "2026-11-30 12-07 12-14 12-21"),
    ("weekly for 5 occurrences", "FREQ=WEEKLY;BYDAY=FR;COUNT=5", "2026-11-27 12-04 12-11 12-18"),
    ("weekly for 6 weeks", "FREQ=WEEKLY;BYDAY=FR;COUNT=6", "2026-11-27 12-04 12-11 12-18"),
    (
        "every weekday for 2 weeks",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10",
        "2026-11-27 11-30 12-01 12-02",
    ),
    (
        "every other week for 6 weeks",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;COUNT=3",
        "2026-11-27 12-11 12-25",
    ),
    ("daily for a week", "FREQ=DAILY;COUNT=7", "2026-11-27 11-28 11-29 11-30"),
    ("monthly for 3 months", "FREQ=MONTHLY;BYMONTHDAY=27;COUNT=3", "2026-11-27 12-27 2027-01-27"),
    # raw RRULEs, validated and normalised
    (
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        "2026-11-27 11-30 12-01 12-02",
    ),
    ("RRULE:FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=MO", "2026-11-30 12-07 12-14 12-21"),
    (
        "rrule:freq=monthly;byday=-1fr ",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "2026-11-27 12-25 2027-01-29 02-26",
    ),
    (
        "FREQ=MONTHLY; BYDAY=MO,TU,WE,TH,FR; BYSETPOS=-1",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "2026-11-30 12-31 2027-01-29 02-26",
    ),
]


@pytest.mark.parametrize(("text", "rule", "expected"), CASES)
def test_parse_recurrence_with_a_datetime_start(text: str, rule: str, expected: str) -> None:
    produced = parse_recurrence(text, START)
    assert produced == rule
    assert first_days(produced, START, len(listed(expected))) == listed(expected)


@pytest.mark.parametrize(("text", "rule", "expected"), CASES)
def test_parse_recurrence_with_a_date_start(text: str, rule: str, expected: str) -> None:
    produced = parse_recurrence(text, START_DAY)
    assert produced == rule
    assert first_days(produced, START_DAY, len(listed(expected))) == listed(expected)


@pytest.mark.parametrize(
    ("text", "start", "rule"),
    [
        # A day: all of that day, in the start's zone, as UTC.
        ("daily until Dec 31", START, "FREQ=DAILY;UNTIL=20261231T225959Z"),
        ("daily until 2027-03-01", START, "FREQ=DAILY;UNTIL=20270301T225959Z"),
        ("daily until 2027-07-01", START, "FREQ=DAILY;UNTIL=20270701T215959Z"),
        ("daily until 2027-03-01 10:00", START, "FREQ=DAILY;UNTIL=20270301T090000Z"),
        ("weekly until Dec 31", START_DAY, "FREQ=WEEKLY;BYDAY=FR;UNTIL=20261231"),
        (
            "every weekday until 2027-03-01",
            START_DAY,
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270301",
        ),
        # "Nov 1" after a start on Nov 27 is next year's.
        ("monthly till Nov 1", START_DAY, "FREQ=MONTHLY;BYMONTHDAY=27;UNTIL=20271101"),
        (
            "daily until Dec 31",
            datetime(2026, 11, 27, 9, 0, tzinfo=NEW_YORK),
            "FREQ=DAILY;UNTIL=20270101T045959Z",
        ),
        # A floating (naive) start gets a floating UNTIL.
        ("daily until Dec 31", datetime(2026, 11, 27, 9, 0), "FREQ=DAILY;UNTIL=20261231T235959"),
    ],
)
def test_until(text: str, start: date | datetime, rule: str) -> None:
    assert parse_recurrence(text, start) == rule


def test_until_includes_the_last_day() -> None:
    rule = parse_recurrence("daily until Nov 30", START)
    occurrences = list(rrulestr(rule, dtstart=START))
    assert [o.day for o in occurrences] == [27, 28, 29, 30]
    rule = parse_recurrence("daily until Nov 30", START_DAY)
    assert len(list(rrulestr(rule, dtstart=datetime(2026, 11, 27)))) == 4


def test_weekly_rule_keeps_wall_clock_time_across_dst() -> None:
    start = datetime(2026, 10, 23, 9, 0, tzinfo=BERLIN)
    rule = parse_recurrence("weekly for 3 weeks", start)
    assert rule == "FREQ=WEEKLY;BYDAY=FR;COUNT=3"
    occurrences = list(rrulestr(rule, dtstart=start))
    assert [(o.hour, o.utcoffset()) for o in occurrences] == [
        (9, timedelta(hours=2)),
        (9, timedelta(hours=1)),
        (9, timedelta(hours=1)),
    ]


def test_leap_day_start() -> None:
    start = date(2028, 2, 29)
    assert parse_recurrence("yearly", start) == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"
    assert first_days(parse_recurrence("yearly", start), start, 2) == days(
        (2028, 2, 29), (2032, 2, 29)
    )
    assert (
        parse_recurrence("every year on feb 29", START_DAY) == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "A repeat is needed"),
        ("blorf", 'Could not understand the repeat "blorf".'),
        ("every", 'Could not understand the repeat "every".'),
        ("every funday", 'Could not understand "funday" in the repeat "every funday".'),
        ("every day blorf", 'Could not understand "blorf"'),
        ("daily blorf 10 times", 'Could not understand "blorf"'),
        ("every monday on tuesday", 'Could not understand "on tuesday"'),
        ("weekly on the 15th", 'Could not understand "on the 15th"'),
        ("daily on monday", 'Could not understand "on monday"'),
        ("the first monday", 'Could not understand the repeat "the first monday".'),
        ("for 10 times", "Could not understand"),
        ("every 0 days", "at least 1"),
        ("0 times", "at least once"),
        ("daily 0 times", "at least once"),
        ("monthly on the 32nd", "A month has no 32nd day."),
        ("on the 6th friday of every month", "A month has no 6th Friday."),
        ("every year on feb 30", "February 30 does not exist."),
        ("daily until blorf", 'Could not understand the date "blorf".'),
        ("daily until 2026-01-01", "before it starts"),
        ("daily until Feb 30", "February 30 does not exist."),
        ("daily 10 times until Dec 31", "both an end date and a number of times"),
        ("FREQ=DAILY;COUNT=2;UNTIL=20270101T000000Z", "both COUNT and UNTIL"),
        ("FREQ=WEEKLY;BYDAY=XX", "not a valid RRULE"),
        ("FREQ=FOO", "not a valid RRULE"),
        ("FREQ=DAILY;FOO=1", '"FOO" is not part of an RRULE'),
        ("FREQ=DAILY;BYEASTER=1", '"BYEASTER" is not part of an RRULE'),
        ("FREQ=DAILY;FREQ=WEEKLY", "names a part twice"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL must be a whole number of 1 or more"),
        ("FREQ=DAILY;COUNT=x", "COUNT must be a whole number"),
        ("FREQ=DAILY;UNTIL=2027", "UNTIL must look like 20270301T225959Z"),
        ("FREQ=DAILY;UNTIL=20270101", "UNTIL must look like 20270301T225959Z"),
        ("FREQ=DAILY\nDTSTART:20260101", "one RRULE line"),
    ],
)
def test_refusals(text: str, message: str) -> None:
    with pytest.raises(RecurrenceError) as raised:
        parse_recurrence(text, START)
    assert message in str(raised.value)
    assert isinstance(raised.value, InvalidInput)


def test_raw_until_must_match_a_date_start() -> None:
    assert parse_recurrence("FREQ=DAILY;UNTIL=20270101", START_DAY) == "FREQ=DAILY;UNTIL=20270101"
    with pytest.raises(RecurrenceError, match="UNTIL must look like 20270301 "):
        parse_recurrence("FREQ=DAILY;UNTIL=20270101T000000Z", START_DAY)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("FREQ=DAILY", "every day"),
        ("FREQ=DAILY;INTERVAL=3", "every 3 days"),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "every weekday"),
        ("FREQ=WEEKLY;BYDAY=SA,SU", "every weekend"),
        ("FREQ=WEEKLY;BYDAY=MO", "every Monday"),
        ("FREQ=WEEKLY;BYDAY=MO,WE", "every Monday and Wednesday"),
        ("FREQ=WEEKLY;BYDAY=MO,WE,FR", "every Monday, Wednesday and Friday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "every 2 weeks on Monday"),
        ("FREQ=WEEKLY", "weekly"),
        ("FREQ=WEEKLY;INTERVAL=2", "every 2 weeks"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "monthly on day 15"),
        ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15", "every 2 months on day 15"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "monthly on the last day"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "monthly on the last Friday"),
        ("FREQ=MONTHLY;BYDAY=1MO", "monthly on the first Monday"),
        ("FREQ=MONTHLY", "monthly"),
        ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24", "yearly on December 24"),
        ("FREQ=YEARLY", "yearly"),
        ("FREQ=DAILY;COUNT=10", "every day, 10 times"),
        ("FREQ=DAILY;COUNT=1", "every day, once"),
        ("FREQ=WEEKLY;BYDAY=FR;UNTIL=20270301", "every Friday, until 2027-03-01"),
        ("FREQ=DAILY;UNTIL=20270301T225959Z", "every day, until 2027-03-01"),
        ("RRULE:freq=daily", "every day"),
        (
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "repeats (FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1)",
        ),
        ("FREQ=HOURLY", "repeats (FREQ=HOURLY)"),
        ("garbage", "repeats (GARBAGE)"),
    ],
)
def test_describe_rrule(rule: str, text: str) -> None:
    assert describe_rrule(rule) == text


def test_describe_until_in_a_zone() -> None:
    rule = parse_recurrence("daily until Dec 31", datetime(2026, 11, 27, 20, 0, tzinfo=NEW_YORK))
    assert rule == "FREQ=DAILY;UNTIL=20270101T045959Z"
    assert describe_rrule(rule, tz=NEW_YORK) == "every day, until 2026-12-31"
    assert describe_rrule(rule) == "every day, until 2027-01-01"


@pytest.mark.parametrize(("text", "rule", "_"), CASES)
def test_descriptions_of_produced_rules_are_english(text: str, rule: str, _: object) -> None:
    assert not describe_rrule(rule).startswith("repeats") or "BYSETPOS" in rule


@settings(max_examples=300)
@given(text=st.text())
def test_arbitrary_text_raises_only_recurrence_error(text: str) -> None:
    try:
        rule = parse_recurrence(text, START)
    except RecurrenceError:
        return
    rrulestr(rule, dtstart=START)


@settings(max_examples=200)
@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    text=st.sampled_from([case[0] for case in CASES]),
)
def test_produced_rules_expand_from_any_start(start: date, text: str) -> None:
    rule = parse_recurrence(text, start)
    occurrences = first_days(rule, start, 3)
    assert occurrences and all(day >= start for day in occurrences)
