"""The one repeat rule value: reading, the one policy, UNTIL, moving, words and the form."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from assistant.calendar.edit import rule_from
from assistant.calendar.rule_form import RuleForm, from_form, to_form
from assistant.dates import describe_rrule, parse_recurrence
from assistant.dates.rule import (
    MAX_COUNT,
    MAX_INTERVAL,
    Rule,
    decode_until,
    encode_until,
    parse,
)
from assistant.errors import RecurrenceError
from assistant.ical.rule_repair import usable_rule

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 12, 1, 9, 0, tzinfo=BERLIN)  # a Tuesday
DAY = date(2026, 12, 1)


# -- reading and writing ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=DAILY",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1",
        "FREQ=DAILY;COUNT=5;INTERVAL=3",  # the order given is kept
        "FREQ=WEEKLY;UNTIL=20261231T225959Z",
        "FREQ=HOURLY;BYHOUR=9,17",
    ],
)
def test_parse_and_render_round_trip(text: str) -> None:
    rule = parse(text, START)
    assert rule.render() == text
    assert parse(rule.render(), START) == rule
    assert Rule.read(text) == rule


def test_reading_normalises_case_prefix_spaces_and_order() -> None:
    rule = Rule.read(" rrule:byday = mo ; freq=weekly ; ")
    assert rule.render() == "FREQ=WEEKLY;BYDAY=MO"
    assert (rule.freq, rule.byday, rule.interval, rule.until) == ("WEEKLY", ("MO",), 1, None)


@pytest.mark.parametrize("text", ["BYDAY=MO", "FREQ=DAILY;COUNT", "FREQ=DAILY;COUNT="])
def test_reading_refuses_what_is_no_rule(text: str) -> None:
    with pytest.raises(RecurrenceError):
        Rule.read(text)


def test_build_writes_the_parts_in_a_fixed_order() -> None:
    rule = Rule.build("YEARLY", interval=2, bymonthday=3, bymonth=3, count=4)
    assert rule.render() == "FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYMONTHDAY=3;COUNT=4"
    assert Rule.build("WEEKLY", byday=["MO", "FR"]).render() == "FREQ=WEEKLY;BYDAY=MO,FR"


def test_with_part_replaces_in_place_appends_and_removes() -> None:
    rule = Rule.read("FREQ=DAILY;INTERVAL=2;COUNT=3")
    assert rule.with_part("INTERVAL", "5").render() == "FREQ=DAILY;INTERVAL=5;COUNT=3"
    assert rule.with_part("BYHOUR", "9").render() == "FREQ=DAILY;INTERVAL=2;COUNT=3;BYHOUR=9"
    assert rule.with_part("COUNT", None).render() == "FREQ=DAILY;INTERVAL=2"


# -- one policy, wherever a rule comes in -------------------------------------------

# (rule, whether the app stores it) for a series starting at START.
POLICY = [
    ("FREQ=SECONDLY", False),
    ("FREQ=MINUTELY", False),
    ("FREQ=MINUTELY;INTERVAL=15", False),
    ("FREQ=HOURLY", True),
    ("FREQ=HOURLY;INTERVAL=4;COUNT=6", True),
    ("FREQ=DAILY", True),
    ("FREQ=FORTNIGHTLY", False),
    ("FREQ=DAILY;COUNT=0", False),
    (f"FREQ=DAILY;COUNT={MAX_COUNT}", True),
    (f"FREQ=DAILY;COUNT={MAX_COUNT + 1}", False),
    (f"FREQ=DAILY;INTERVAL={MAX_INTERVAL}", True),
    (f"FREQ=DAILY;INTERVAL={MAX_INTERVAL + 1}", False),
    ("FREQ=DAILY;COUNT=2;UNTIL=20270101T000000Z", False),
    ("FREQ=DAILY;UNTIL=20270101T000000Z", True),
    ("FREQ=DAILY;UNTIL=20250101T000000Z", False),  # ends before it starts
    ("FREQ=WEEKLY;BYDAY=XX", False),
    ("FREQ=WEEKLY;BYDAY=TU,TH", True),
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", True),
    ("FREQ=MONTHLY;BYMONTHDAY=32", False),
    ("FREQ=MONTHLY;BYMONTHDAY=-31", True),
    ("FREQ=MONTHLY;BYMONTHDAY=0", False),
    ("FREQ=YEARLY;BYMONTH=13", False),
    ("FREQ=DAILY;BYHOUR=24", False),
    ("FREQ=DAILY;BYHOUR=9,17;BYMINUTE=30", True),
    ("FREQ=YEARLY;BYWEEKNO=20", True),
]


# What the import's reader raises besides RecurrenceError: icalendar's own refusals.
IMPORT_REFUSALS = (RecurrenceError, ValueError)


def _verdict(check: object, text: str, refusals: tuple[type[Exception], ...]) -> bool:
    assert callable(check)
    try:
        check(text, START)
    except refusals:
        return False
    return True


@pytest.mark.parametrize(("text", "stored"), POLICY)
def test_parse_time_and_store_time_agree(text: str, stored: bool) -> None:
    """Typed text, the event tools and the .ics import accept and refuse the same rules."""
    verdicts = {
        "parse": _verdict(parse, text, (RecurrenceError,)),
        "parse_recurrence": _verdict(parse_recurrence, text, (RecurrenceError,)),
        "rule_from (event tools)": _verdict(rule_from, text, (RecurrenceError,)),
        "usable_rule (.ics import)": _verdict(usable_rule, text, IMPORT_REFUSALS),
    }
    assert verdicts == dict.fromkeys(verdicts, stored)


def test_minutely_is_refused_with_the_reason() -> None:
    with pytest.raises(RecurrenceError, match="every second or minute"):
        parse_recurrence("FREQ=MINUTELY", START)


def test_words_go_through_the_same_policy() -> None:
    assert parse_recurrence("every tuesday 3 times", START) == "FREQ=WEEKLY;BYDAY=TU;COUNT=3"
    with pytest.raises(RecurrenceError, match="COUNT"):
        parse_recurrence(f"daily {MAX_COUNT + 1} times", START)


# -- UNTIL ------------------------------------------------------------------------


def test_until_is_decoded_in_its_three_forms() -> None:
    assert decode_until("20261231") == date(2026, 12, 31)
    assert decode_until("20261231T225959Z") == datetime(2026, 12, 31, 22, 59, 59, tzinfo=UTC)
    assert decode_until("20261231T235959") == datetime(2026, 12, 31, 23, 59, 59)
    for bad in ("2026", "20261331", "tomorrow", "20261231T2259"):
        with pytest.raises(RecurrenceError, match="UNTIL"):
            decode_until(bad)


@pytest.mark.parametrize("text", ["20261231", "20261231T225959Z", "20261231T235959"])
def test_until_encodes_back_to_the_same_text(text: str) -> None:
    assert encode_until(decode_until(text)) == text


def test_the_last_day_of_a_utc_until_is_seen_in_the_users_zone() -> None:
    rule = Rule.read("FREQ=DAILY;UNTIL=20261231T230000Z")
    assert rule.until_day(BERLIN) == date(2027, 1, 1)
    assert rule.until_day(UTC) == date(2026, 12, 31)
    assert rule.until_wall(BERLIN, all_day=False) == datetime(2027, 1, 1, 0, 0)
    dated = Rule.read("FREQ=DAILY;UNTIL=20261231")
    assert dated.until_wall(BERLIN, all_day=True) == datetime(2026, 12, 31)
    assert dated.until_wall(BERLIN, all_day=False) == datetime(2026, 12, 31, 23, 59, 59)


@pytest.mark.parametrize(
    ("start", "until"),
    [
        (DAY, "UNTIL=20261231"),
        (START, "UNTIL=20261231T225959Z"),
        (datetime(2026, 12, 1, 9, 0), "UNTIL=20261231T235959"),
    ],
)
def test_until_takes_the_starts_form(start: date, until: str) -> None:
    assert parse(f"FREQ=DAILY;{until}", start).until == until.removeprefix("UNTIL=")
    for other in {"UNTIL=20261231", "UNTIL=20261231T225959Z", "UNTIL=20261231T235959"} - {until}:
        with pytest.raises(RecurrenceError, match="UNTIL must look like"):
            parse(f"FREQ=DAILY;{other}", start)


def test_with_until_day_keeps_the_whole_last_day() -> None:
    rule = Rule.read("FREQ=DAILY")
    last = date(2026, 12, 31)
    assert rule.with_until_day(last, DAY).until == "20261231"
    assert rule.with_until_day(last, START).until == "20261231T225959Z"  # CET
    summer = datetime(2026, 6, 1, 9, 0, tzinfo=BERLIN)
    assert rule.with_until_day(date(2026, 7, 31), summer).until == "20260731T215959Z"  # CEST
    floating = datetime(2026, 12, 1, 9, 0)
    assert rule.with_until_day(last, floating).until == "20261231T235959"
    # A start with a fixed offset only: the day ends in the user's zone.
    fixed = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=5)))
    assert rule.with_until_day(last, fixed, BERLIN).until == "20261231T225959Z"
    assert parse(rule.with_until_day(last, START).render(), START).until == "20261231T225959Z"


def test_with_until_replaces_a_count_free_rules_until() -> None:
    rule = Rule.read("FREQ=WEEKLY;UNTIL=20261231T225959Z;BYDAY=TU")
    moved = rule.with_until(datetime(2027, 1, 5, 10, 0, tzinfo=BERLIN), START)
    assert moved.render() == "FREQ=WEEKLY;UNTIL=20270105T090000Z;BYDAY=TU"


# -- moving a series' start ---------------------------------------------------------


def test_retarget_keeps_a_one_day_rule_on_the_new_start() -> None:
    tuesday, thursday = START, START + timedelta(days=2)
    assert Rule.read("FREQ=WEEKLY;BYDAY=TU").retarget(tuesday, thursday).byday == ("TH",)
    # Several days, or an ordinal, are the user's choice and stay.
    assert Rule.read("FREQ=WEEKLY;BYDAY=TU,FR").retarget(tuesday, thursday).byday == ("TU", "FR")
    assert Rule.read("FREQ=MONTHLY;BYDAY=1TU").retarget(tuesday, thursday).byday == ("1TU",)
    yearly = Rule.read("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1")
    assert yearly.retarget(DAY, date(2027, 3, 15)).render() == (
        "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15"
    )
    moved = Rule.read("FREQ=WEEKLY;BYDAY=TU").retarget(tuesday, thursday)
    assert parse(moved.render(), thursday) == moved  # still a rule the app stores


# -- in words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("FREQ=WEEKLY;BYDAY=TU", "every Tuesday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "every 2 weeks on Tuesday and Thursday"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "monthly on the last Friday"),
        ("FREQ=DAILY;COUNT=3", "every day, 3 times"),
        ("FREQ=DAILY;UNTIL=20261231T230000Z", "every day, until 2027-01-01"),  # in Berlin
        ("FREQ=DAILY;UNTIL=20261231", "every day, until 2026-12-31"),
        ("FREQ=HOURLY", "repeats (FREQ=HOURLY)"),
    ],
)
def test_describe_in_english(text: str, words: str) -> None:
    assert describe_rrule(Rule.read(text), tz=BERLIN) == words
    assert describe_rrule(text, tz=BERLIN) == words


# -- the calendar form ------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "start", "text"),
    [
        (RuleForm("DAILY"), START, "FREQ=DAILY"),
        (RuleForm("WEEKLY", 2, ["TH", "TU"]), START, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"),
        (RuleForm("MONTHLY", end="count", count=4), START, "FREQ=MONTHLY;COUNT=4"),
        (
            RuleForm("YEARLY", end="until", until=date(2030, 12, 1)),
            START,
            "FREQ=YEARLY;UNTIL=20301201T225959Z",
        ),
        (
            RuleForm("WEEKLY", weekdays=["TU"], end="until", until=date(2027, 2, 2)),
            DAY,
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270202",
        ),
    ],
)
def test_form_round_trip(form: RuleForm, start: date, text: str) -> None:
    rule = from_form(form, start, BERLIN)
    assert rule.render() == text
    assert parse(text, start) == rule
    back = to_form(rule, start, BERLIN)
    assert back is not None
    assert from_form(back, start, BERLIN) == rule


def test_rules_the_form_cannot_show_stay_out_of_it() -> None:
    for text in ("FREQ=HOURLY", "FREQ=MONTHLY;BYDAY=2TU", "FREQ=WEEKLY;WKST=SU", "FREQ=FOO=1"):
        assert to_form(text, START, BERLIN) is None, text
