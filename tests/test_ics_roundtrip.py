"""Import -> export keeps every occurrence, as an independent implementation sees it.

The reference is the recurring-ical-events package run on the ORIGINAL file: the
occurrences it finds in 2026-2027 must be exactly the ones it finds in our export.
"""

from __future__ import annotations

import errno
import os
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
import recurring_ical_events
from icalendar import Calendar

from assistant.calendar.expand import expand
from assistant.calendar.model import EventData
from assistant.clock import Clock
from assistant.dates import localize
from assistant.errors import IcsError
from assistant.ical import ics_export
from assistant.ical.ics_export import PRODID, export_ics, export_to_file
from assistant.ical.ics_import import import_file, import_ics
from assistant.store import Store

DATA = Path(__file__).parent / "data" / "ics"
CLOCK = Clock.from_options("2026-01-15T09:00", "Europe/Berlin")
SAMPLES = ["google.ics", "outlook.ics", "apple.ics", "thunderbird.ics"]
WINDOW = (date(2026, 1, 1), date(2028, 1, 1))

Occurrence = tuple[Any, Any, str]


def occurrences(data: bytes) -> set[Occurrence]:
    calendar = Calendar.from_ical(data)
    found = recurring_ical_events.of(calendar).between(*WINDOW)
    return {(_instant(e["DTSTART"].dt), _instant(e["DTEND"].dt), str(e["SUMMARY"])) for e in found}


def _instant(value: date | datetime) -> date | datetime:
    """Datetimes as UTC instants (floating ones read in the user's zone); dates as they are."""
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is None:
        value = localize(value, CLOCK.tz)
    return value.astimezone(UTC)


def exported(name: str) -> bytes:
    store = Store.open(None)
    import_file(store, DATA / name, CLOCK)
    return export_ics(store, CLOCK)


def parsed(data: bytes, kind: str) -> list[Any]:
    """Components typed loosely: icalendar types a property as a union of 30 classes."""
    return list(Calendar.from_ical(data).walk(kind))


def uids(data: bytes, kind: str) -> set[str]:
    return {str(c["UID"]) for c in Calendar.from_ical(data).walk(kind)}


@pytest.mark.parametrize("name", SAMPLES)
def test_export_parses_cleanly(name: str) -> None:
    data = exported(name)
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == PRODID
    assert (str(calendar["VERSION"]), str(calendar["CALSCALE"])) == ("2.0", "GREGORIAN")
    for component in calendar.walk():
        assert component.errors == [], (component.name, component.errors)
    # Every TZID has its VTIMEZONE; lines are CRLF and folded to 75 octets.
    assert calendar.get_missing_tzids() == set()
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75


@pytest.mark.parametrize("name", SAMPLES)
def test_export_has_the_same_occurrences_as_the_original(name: str) -> None:
    original = (DATA / name).read_bytes()
    expected = occurrences(original)
    assert expected  # the window does cover the sample
    assert occurrences(exported(name)) == expected


@pytest.mark.parametrize("name", SAMPLES)
def test_stored_rows_expand_to_the_same_occurrences(name: str) -> None:
    """What the app itself shows (rows -> recurrence.expand) matches the reference too."""
    store = Store.open(None)
    import_file(store, DATA / name, CLOCK)
    series: dict[str, list[EventData]] = {}
    for row in store.query("SELECT * FROM events ORDER BY recurrence_id"):
        series.setdefault(row["uid"], []).append(EventData.from_row(row, CLOCK.tz))
    low, high = (localize(datetime.combine(d, time()), CLOCK.tz) for d in WINDOW)
    found = {
        (_instant(o.start), _instant(o.end), o.data.title)
        for master, *overrides in series.values()
        for o in expand(master, overrides, low, high, CLOCK.tz)
    }
    assert found == occurrences((DATA / name).read_bytes())


@pytest.mark.parametrize("name", SAMPLES)
def test_uids_are_kept(name: str) -> None:
    original, data = (DATA / name).read_bytes(), exported(name)
    for kind in ("VEVENT", "VTODO"):
        assert uids(data, kind) == uids(original, kind)


@pytest.mark.parametrize("name", SAMPLES)
def test_export_import_export_is_stable(name: str) -> None:
    first = exported(name)
    store = Store.open(None)
    report = import_ics(store, first, CLOCK, source_name="export.ics")
    assert report.skipped == []
    assert export_ics(store, CLOCK) == first


def test_google_series_details_survive() -> None:
    events = parsed(exported("google.ics"), "VEVENT")
    standup, moved = (e for e in events if "standup" in str(e["SUMMARY"]))
    assert str(standup["DTSTART"].params["TZID"]) == "Europe/Berlin"
    assert standup["RRULE"].to_ical() == b"FREQ=WEEKLY;UNTIL=20260629T075959Z;BYDAY=MO;WKST=MO"
    assert [d.dt.day for d in standup["EXDATE"].dts] == [6, 25]
    assert int(standup["SEQUENCE"]) == 2
    (alarm,) = standup.walk("VALARM")
    assert alarm["TRIGGER"].to_ical() == b"-PT10M"
    assert moved["RECURRENCE-ID"].dt == datetime(2026, 3, 16, 10, tzinfo=CLOCK.tz)
    holiday = next(e for e in events if str(e["SUMMARY"]) == "Labour Day")
    assert holiday["DTSTART"].to_ical() == b"20260501"
    assert holiday["DTSTART"].params.get("VALUE") == "DATE"


def test_todos_survive() -> None:
    todos = {str(t["SUMMARY"]): t for t in parsed(exported("thunderbird.ics"), "VTODO")}
    tax = todos["File tax return"]
    assert tax["DUE"].dt == datetime(2026, 5, 31, 18, tzinfo=CLOCK.tz)
    assert int(tax["PRIORITY"]) == 1
    assert str(tax["STATUS"]) == "NEEDS-ACTION"
    assert [str(c) for c in tax["CATEGORIES"].cats] == ["Finance", "Personal"]
    (alarm,) = tax.walk("VALARM")
    assert (alarm["TRIGGER"].to_ical(), alarm["TRIGGER"].params["RELATED"]) == (b"-PT1H", "END")
    passport = todos["Renew passport"]
    assert (str(passport["STATUS"]), int(passport["PRIORITY"])) == ("COMPLETED", 9)
    assert passport["COMPLETED"].dt == datetime(2026, 1, 20, 16, 30, tzinfo=UTC)
    assert passport["DUE"].dt == date(2026, 2, 1)
    assert "PRIORITY" not in todos["Buy stamps"]


def test_export_without_todos() -> None:
    store = Store.open(None)
    import_file(store, DATA / "thunderbird.ics", CLOCK)
    assert Calendar.from_ical(export_ics(store, CLOCK, include_todos=False)).todos == []


def test_empty_store_exports_an_empty_calendar(tmp_path: Path) -> None:
    calendar = Calendar.from_ical(export_ics(Store.open(None), CLOCK))
    assert calendar.subcomponents == []
    report = export_to_file(Store.open(None), tmp_path / "empty.ics", CLOCK)
    assert report.describe() == f"Exported an empty calendar to {tmp_path / 'empty.ics'}."


# -- export_to_file --------------------------------------------------------------------


def test_export_to_file_writes_atomically(tmp_path: Path) -> None:
    store = Store.open(None)
    import_file(store, DATA / "google.ics", CLOCK)
    target = tmp_path / "calendar.ics"
    target.write_bytes(b"old")
    report = export_to_file(store, target, CLOCK, overwrite=True)
    assert target.read_bytes() == export_ics(store, CLOCK)
    assert report.describe() == f"Exported 5 events to {target}."
    assert os.listdir(tmp_path) == ["calendar.ics"]  # no temporary file left


@pytest.mark.parametrize(
    ("make_path", "message"),
    [
        (lambda tmp: tmp / "missing" / "calendar.ics", "does not exist"),
        (lambda tmp: tmp, "is a folder"),
        (lambda tmp: tmp / "file.txt" / "calendar.ics", "is not a folder"),
    ],
)
def test_export_to_unwritable_paths(tmp_path: Path, make_path: Any, message: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(IcsError, match=message):
        export_to_file(Store.open(None), make_path(tmp_path), CLOCK)


def test_full_disk_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "calendar.ics"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ics_export.os, "fsync", full)
    with pytest.raises(IcsError, match="the disk is full"):
        export_to_file(Store.open(None), target, CLOCK, overwrite=True)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["calendar.ics"]


# -- what the liberal import repaired or kept survives the round trip ----------------------

LIBERAL = [
    "holidays-empty-rule.ics",
    "invalid-rule-parts.ics",
    "end-before-start.ics",
    "duplicate-uid.ics",
    "bare-components.ics",
    "no-summary.ics",
    "cancelled-occurrence.ics",
    "cancelled-details.ics",
    "todo-no-summary.ics",
]
BOOKKEEPING = {"id", "created", "updated"}


def stored(store: Store) -> list[dict[str, Any]]:
    events = store.query("SELECT * FROM events ORDER BY uid, recurrence_id")
    todos = store.query("SELECT * FROM todos ORDER BY uid")
    return [{k: v for k, v in row.items() if k not in BOOKKEEPING} for row in events + todos]


@pytest.mark.parametrize("name", LIBERAL)
def test_export_reimports_to_the_same_items(tmp_path: Path, name: str) -> None:
    first_store = Store.open(tmp_path / "first.db")
    import_file(first_store, DATA / name, CLOCK)
    data = export_ics(first_store, CLOCK)
    second_store = Store.open(tmp_path / "second.db")
    report = import_ics(second_store, data, CLOCK, source_name="export.ics")
    # Repaired once, on the way in: the export is clean.
    assert (report.skipped, report.repaired) == ([], [])
    assert stored(second_store) == stored(first_store)
    assert export_ics(second_store, CLOCK) == data
    assert b"(no title)" not in data
    for component in Calendar.from_ical(data).walk():
        assert component.errors == [], (component.name, component.errors)


def test_a_missing_title_is_exported_as_missing(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store.db")
    import_file(store, DATA / "no-summary.ics", CLOCK)
    events = {str(e["UID"]): e for e in parsed(export_ics(store, CLOCK), "VEVENT")}
    assert "SUMMARY" not in events["6E1F0A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B"]
    assert str(events["7F2A1B3C-4D5E-4F6A-9B0C-1D2E3F4A5B6C"]["SUMMARY"]) == "Geburtstag Oma"


def test_a_cancelled_occurrence_is_exported_back(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store.db")
    import_file(store, DATA / "cancelled-occurrence.ics", CLOCK)
    data = export_ics(store, CLOCK)
    master, cancelled = parsed(data, "VEVENT")
    assert "EXDATE" not in master  # written as the cancellation it was, not as an EXDATE
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert cancelled["RECURRENCE-ID"].dt == datetime(2026, 3, 31, 17, 30, tzinfo=CLOCK.tz)
    assert (cancelled["DTSTART"].dt, cancelled["DTEND"].dt) == (
        datetime(2026, 3, 31, 17, 30, tzinfo=CLOCK.tz),
        datetime(2026, 3, 31, 19, 0, tzinfo=CLOCK.tz),
    )
    assert str(cancelled["UID"]) == str(master["UID"])
    # recurring_ical_events lists a cancelled occurrence too (marked CANCELLED): both alike.
    original = (DATA / "cancelled-occurrence.ics").read_bytes()
    assert occurrences(data) == occurrences(original)
    # The app itself shows seven of the eight Tuesdays.
    master_data = EventData.from_row(store.query("SELECT * FROM events")[0], CLOCK.tz)
    low, high = (localize(datetime.combine(d, time()), CLOCK.tz) for d in WINDOW)
    shown = [o.start for o in expand(master_data, [], low, high, CLOCK.tz)]
    assert len(shown) == 7
    assert datetime(2026, 3, 31, 17, 30, tzinfo=CLOCK.tz) not in shown


def test_a_cancelled_occurrence_brought_back_is_exported_without_it(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store.db")
    import_file(store, DATA / "cancelled-occurrence.ics", CLOCK)
    store.db.execute("UPDATE events SET exdates = '[]'")  # as if the user restored it
    assert "STATUS:CANCELLED" not in export_ics(store, CLOCK).decode()


def test_a_to_do_without_a_title_is_exported_without_one(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store.db")
    import_file(store, DATA / "todo-no-summary.ics", CLOCK)
    data = export_ics(store, CLOCK)
    todos = {str(t["UID"]): t for t in parsed(data, "VTODO")}
    assert "SUMMARY" not in todos["9c1e4b7a-2f3d-4e5a-8b6c-7d8e9f0a1b2c"]
    assert (
        str(todos["0d2f5c8b-3a4e-4f6b-9c7d-8e9f0a1b2c3d"]["SUMMARY"]) == "Steuererklärung abgeben"
    )
    assert b"(no title)" not in data


def test_cancelled_occurrences_go_back_as_the_file_wrote_them(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store.db")
    import_file(store, DATA / "cancelled-details.ics", CLOCK)
    data = export_ics(store, CLOCK)
    master, *cancelled = parsed(data, "VEVENT")
    props = master["EXDATE"] if isinstance(master["EXDATE"], list) else [master["EXDATE"]]
    exdates = [d.dt for prop in props for d in prop.dts]
    jan = [datetime(2026, 1, day, 19, 30, tzinfo=CLOCK.tz) for day in (14, 28)]
    assert exdates == jan  # the file's two EXDATEs, not the date cancelled without one
    by_date = {c["RECURRENCE-ID"].dt.day: c for c in cancelled}
    assert set(by_date) == {21, 28}
    moved = by_date[21]  # changed, then cancelled: its own details, as the file had them
    assert str(moved["SUMMARY"]) == "Chor - Generalprobe (fällt aus)"
    assert str(moved["LOCATION"]) == "Kirche St. Marien"
    assert moved["DTSTART"].dt == datetime(2026, 1, 22, 18, 30, tzinfo=CLOCK.tz)
    assert str(moved["X-MOZ-GENERATION"]) == "3" and int(moved["SEQUENCE"]) == 2
    assert str(by_date[28]["STATUS"]) == "CANCELLED"
    original = (DATA / "cancelled-details.ics").read_bytes()
    assert occurrences(data) == occurrences(original)


def test_a_cancellation_stored_before_its_details_were_kept_still_goes_back(
    tmp_path: Path,
) -> None:
    store = Store.open(tmp_path / "store.db")
    import_file(store, DATA / "cancelled-occurrence.ics", CLOCK)
    store.db.execute("UPDATE events SET cancelled = '[\"2026-03-31T17:30:00\"]'")  # older form
    master, cancelled = parsed(export_ics(store, CLOCK), "VEVENT")
    assert "EXDATE" not in master
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["SUMMARY"]) == "Swimming lessons"
