"""Numbers in repeat rules and SEQUENCE are bounded on the way in.

COUNT or INTERVAL beyond 2^31 used to be stored from ``--repeat`` and then made
every export fail; a huge SEQUENCE aborted a whole import with an internal
error at write time. Now the rule is refused with a message, and an import
keeps the event with its rule lowered to the bounds, and says so.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.clock import Clock
from assistant.dates.recurrence import parse_recurrence
from assistant.dates.rule import MAX_COUNT, MAX_INTERVAL, parse
from assistant.errors import RecurrenceError
from assistant.ical.ics_export import export_ics
from assistant.ical.ics_import import import_ics
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

START = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;COUNT=99999999999",
        f"FREQ=DAILY;COUNT={MAX_COUNT + 1}",
        "FREQ=DAILY;INTERVAL=3000000000",
        f"FREQ=DAILY;INTERVAL={MAX_INTERVAL + 1}",
    ],
)
def test_out_of_range_numbers_are_refused_with_a_message(rule: str) -> None:
    with pytest.raises(RecurrenceError, match=r"COUNT|INTERVAL"):
        parse_recurrence(rule, START)
    with pytest.raises(RecurrenceError, match=r"COUNT|INTERVAL"):
        parse(rule, START)


def test_everyday_words_are_bounded_too() -> None:
    with pytest.raises(RecurrenceError, match="times"):
        parse_recurrence("every day 20000 times", START)
    with pytest.raises(RecurrenceError, match=r"INTERVAL|every"):
        parse_recurrence("every 5000 days", START)


def test_the_limits_themselves_are_accepted() -> None:
    rule = f"FREQ=DAILY;COUNT={MAX_COUNT};INTERVAL={MAX_INTERVAL}"
    assert parse(parse_recurrence(rule, START), START).render() == rule


def test_repeat_option_refuses_a_huge_count_and_export_still_works(
    store: Store, clock: Clock
) -> None:
    ctx = ToolContext(store, clock)
    arguments = {"title": "X", "start": "tuesday 10:00", "repeat": "FREQ=DAILY;COUNT=99999999999"}
    result = default_registry().call(ctx, "add_event", arguments)
    assert not result.ok and "COUNT" in result.text and "internal" not in result.text
    assert b"BEGIN:VCALENDAR" in export_ics(store, clock)


def _event(uid: str, extra: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{uid}\r\n"
        f"DTSTART:20261201T100000Z\r\n{extra}END:VEVENT\r\n"
    )


def test_import_keeps_the_events_and_bounds_their_rules(store: Store, clock: Clock) -> None:
    body = (
        _event("good", "")
        + _event("big-sequence", "SEQUENCE:99999999999999999999\r\n")
        + _event("big-count", "RRULE:FREQ=DAILY;COUNT=2147483647\r\n")
        + _event("big-interval", "RRULE:FREQ=DAILY;INTERVAL=2147483647\r\n")
    )
    data = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{body}END:VCALENDAR\r\n".encode()
    report = import_ics(store, data, clock, source_name="t.ics")
    rules = dict(store.db.execute("SELECT uid, rrule FROM events").fetchall())
    # SEQUENCE is only a revision number: clamped, the event itself is kept. A rule
    # beyond the bounds is lowered to them, and the report says so.
    assert rules == {
        "good": None,
        "big-sequence": None,
        "big-count": f"FREQ=DAILY;COUNT={MAX_COUNT}",
        "big-interval": f"FREQ=DAILY;INTERVAL={MAX_INTERVAL}",
    }
    assert report.skipped == []
    assert [str(r) for r in report.repaired] == [
        f"“big-count”: COUNT=2147483647 in its repeat rule was lowered to COUNT={MAX_COUNT}.",
        f"“big-interval”: INTERVAL=2147483647 in its repeat rule was lowered to "
        f"INTERVAL={MAX_INTERVAL}.",
    ]
    assert b"BEGIN:VCALENDAR" in export_ics(store, clock)
