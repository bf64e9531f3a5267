"""A file's own VTIMEZONE cannot make an import run away.

A 337-byte file whose VTIMEZONE had ``RRULE:FREQ=SECONDLY`` hung the import
(icalendar expands a zone's rules with no limit; memory grew ~16 MB/s), and
FREQ=HOURLY took 51 s and 1.25 GB. Such a zone is now refused before anything
expands it, the events that use it are skipped with a message, and the rest
of the file is imported.
"""

from __future__ import annotations

import time

import pytest

from assistant.clock import Clock
from assistant.ical.ics_import import import_ics
from assistant.store import Store

REAL_ZONE = (
    "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
)


def _calendar(zone_body: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        f"BEGIN:VTIMEZONE\r\nTZID:Custom zone\r\n{zone_body}END:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:zoned\r\nSUMMARY:Zoned\r\n"
        "DTSTART;TZID=Custom zone:20261201T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:utc\r\nSUMMARY:Plain\r\nDTSTART:20261201T100000Z\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()


def _one_rule(rule: str) -> str:
    return (
        "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\n"
        f"TZOFFSETTO:+0100\r\nRRULE:{rule}\r\nEND:STANDARD\r\n"
    )


HOSTILE = {
    "secondly": _one_rule("FREQ=SECONDLY"),
    "hourly": _one_rule("FREQ=HOURLY"),
    "daily": _one_rule("FREQ=DAILY"),
    "yearly, every second": _one_rule("FREQ=YEARLY;BYHOUR=0,1,2,3;BYMINUTE=0,1;BYSECOND=0,1"),
    "yearly, every day": _one_rule("FREQ=YEARLY;BYYEARDAY=" + ",".join(map(str, range(1, 200)))),
    "daylight only, weekly": (
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
        "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=SU\r\nEND:DAYLIGHT\r\n"
    ),
}


HANG_GUARD_S = 20.0


@pytest.mark.parametrize("zone_body", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_runaway_zone_is_refused_quickly_and_the_rest_imported(
    zone_body: str, store: Store, clock: Clock
) -> None:
    data = _calendar(zone_body)
    assert len(data) < 1200
    began = time.monotonic()
    report = import_ics(store, data, clock, source_name="hostile.ics")
    # A hang guard, not a speed claim: unbounded, these ran for minutes or never ended.
    assert time.monotonic() - began < HANG_GUARD_S
    uids = [row[0] for row in store.db.execute("SELECT uid FROM events").fetchall()]
    assert uids == ["utc"]
    assert len(report.skipped) == 1
    assert "Custom zone" in report.skipped[0] and "time zone" in report.skipped[0]


def test_an_ordinary_custom_zone_still_matches_its_iana_zone(store: Store, clock: Clock) -> None:
    report = import_ics(store, _calendar(REAL_ZONE), clock, source_name="outlook.ics")
    assert report.skipped == []
    rows = store.db.execute("SELECT uid, tzid FROM events ORDER BY uid").fetchall()
    assert dict(rows)["zoned"] == "Europe/Berlin"
