"""Importing .ics files written the way Google, Outlook, Apple and Thunderbird write them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.calendar.expand import expand
from assistant.calendar.model import EventData
from assistant.clock import Clock
from assistant.errors import IcsError
from assistant.ical import ics_import
from assistant.ical.ics_import import ImportReport, Repair, import_file, import_ics
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

DATA = Path(__file__).parent / "data" / "ics"
CLOCK = Clock.from_options("2026-01-15T09:00", "Europe/Berlin")
SAMPLES = ["google.ics", "outlook.ics", "apple.ics", "thunderbird.ics"]
TABLES = ["events", "todos", "tags", "todo_tags", "actions", "action_changes"]


@pytest.fixture
def store() -> Iterator[Store]:
    store = Store.open(None)
    yield store
    store.close()


def load(store: Store, name: str, clock: Clock = CLOCK) -> ImportReport:
    return import_file(store, DATA / name, clock)


def ics(*lines: str) -> bytes:
    return (
        "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", *lines]) + "\r\n"
    ).encode()


def event_rows(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    rows = store.query("SELECT * FROM events")
    return {(r["title"], r["recurrence_id"]): r for r in rows}


def todo_rows(store: Store) -> dict[str, dict[str, Any]]:
    return {r["title"]: r for r in store.query("SELECT * FROM todos")}


def todo_tags(store: Store, title: str) -> list[str]:
    rows = store.query(
        "SELECT t.name FROM todos d JOIN todo_tags l ON l.todo_id = d.id "
        "JOIN tags t ON t.id = l.tag_id WHERE d.title = ? ORDER BY t.name",
        (title,),
    )
    return [r["name"] for r in rows]


def table_counts(store: Store) -> dict[str, int]:
    return {t: store.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in TABLES}


# -- what the samples store ----------------------------------------------------------


def test_google_export(store: Store) -> None:
    report = load(store, "google.ics")
    assert (report.added, report.updated, report.unchanged, report.skipped) == (5, 0, 0, [])
    assert report.events == 5 and report.todos == 0
    rows = event_rows(store)
    standup = rows[("Team standup", "")]
    assert standup["uid"] == "4k2d8j9l0m1n2o3p4q5r6s7t8u@google.com"
    assert (standup["start"], standup["end"], standup["tzid"]) == (
        "2026-03-02T10:00:00",
        "2026-03-02T10:30:00",
        "Europe/Berlin",
    )
    assert standup["rrule"] == "FREQ=WEEKLY;UNTIL=20260629T075959Z;BYDAY=MO;WKST=MO"
    assert json.loads(standup["exdates"]) == ["2026-04-06T10:00:00", "2026-05-25T10:00:00"]
    assert standup["reminder_minutes"] == 10
    assert standup["sequence"] == 2
    assert standup["description"].startswith("Weekly sync of the platform group.\n\nAgenda")
    # The override is its own row: same uid, recurrence_id = the original start.
    moved = rows[("Team standup (moved)", "2026-03-16T10:00:00")]
    assert moved["uid"] == standup["uid"]
    assert (moved["start"], moved["rrule"], moved["sequence"]) == ("2026-03-17T15:00:00", None, 3)
    # A UTC time in a calendar with X-WR-TIMEZONE lands in that zone, same instant.
    lunch = rows[("Lunch with Ana", "")]
    assert (lunch["start"], lunch["tzid"], lunch["start_utc"]) == (
        "2026-04-15T12:00:00",
        "Europe/Berlin",
        "2026-04-15T10:00:00",
    )
    assert lunch["location"] == "Café Einstein, Unter den Linden 42, 10117 Berlin, Germany"
    assert lunch["reminder_minutes"] == 30  # the DISPLAY alarm, not the EMAIL one
    holiday = rows[("Labour Day", "")]
    assert (holiday["start"], holiday["end"], holiday["all_day"], holiday["tzid"]) == (
        "2026-05-01",
        "2026-05-02",
        1,
        None,
    )


def test_outlook_export(store: Store) -> None:
    report = load(store, "outlook.ics")
    assert (report.added, report.skipped) == (5, [])
    rows = event_rows(store)
    # Windows zone name -> IANA zone.
    planning = rows[("Quarterly planning", "")]
    assert (planning["start"], planning["tzid"], planning["reminder_minutes"]) == (
        "2026-03-05T14:00:00",
        "Europe/Berlin",
        15,
    )
    assert planning["uid"].startswith("040000008200E00074C5B7101A82E008")
    # DURATION instead of DTEND.
    dentist = rows[("Zahnarzt", "")]
    assert (dentist["start"], dentist["end"]) == ("2026-03-12T09:00:00", "2026-03-12T10:30:00")
    easter = rows[("Ostermontag", "")]
    assert (easter["start"], easter["end"], easter["all_day"]) == ("2026-04-06", "2026-04-07", 1)
    # EXDATE as a comma list.
    jour_fixe = rows[("Jour fixe Betriebsrat", "")]
    assert jour_fixe["rrule"] == "FREQ=MONTHLY;COUNT=12;BYDAY=1TH"
    assert json.loads(jour_fixe["exdates"]) == ["2026-07-02T09:00:00", "2026-08-06T09:00:00"]
    # Outlook's "Customized Time Zone" has US Eastern rules: matched to the IANA zone.
    sync = rows[("Sync with New York office", "")]
    assert (sync["start"], sync["tzid"]) == ("2026-03-18T11:00:00", "America/New_York")


def test_apple_export(store: Store) -> None:
    report = load(store, "apple.ics")
    assert (report.added, report.skipped) == (3, [])
    rows = event_rows(store)
    yoga = rows[("Yoga class", "")]
    # RDATE on two lines, one a comma list: all three dates, in order.
    assert json.loads(yoga["rdates"]) == [
        "2026-02-17T18:00:00",
        "2026-03-03T18:00:00",
        "2026-04-07T18:00:00",
    ]
    assert yoga["reminder_minutes"] == 60  # an AUDIO alarm counts as a reminder
    birthday = rows[("Mum's birthday", "")]
    assert (birthday["start"], birthday["all_day"], birthday["rrule"]) == (
        "2026-07-14",
        1,
        "FREQ=YEARLY",
    )
    assert birthday["series_end_utc"] is None  # unbounded
    # Apple's ACTION:NONE placeholder alarm is ignored; 15 hours before midnight is.
    assert birthday["reminder_minutes"] == 15 * 60
    keynote = rows[("Conference keynote", "")]
    assert (keynote["start"], keynote["tzid"]) == ("2026-09-22T09:00:00", "America/Los_Angeles")
    assert keynote["location"].startswith("Moscone Center\n747 Howard St")


def test_thunderbird_export(store: Store) -> None:
    report = load(store, "thunderbird.ics")
    assert (report.added, report.events, report.todos, report.skipped) == (5, 2, 3, [])
    choir = event_rows(store)[("Choir rehearsal", "")]
    assert choir["rrule"] == "FREQ=WEEKLY;COUNT=8;BYDAY=WE"
    assert choir["series_end_utc"] is not None
    todos = todo_rows(store)
    tax = todos["File tax return"]
    assert tax["uid"] == "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b"
    assert (tax["due_date"], tax["due_at"]) == ("2026-05-31", "2026-05-31T16:00:00")
    assert (tax["priority"], tax["done"], tax["reminder_minutes"]) == ("high", 0, 60)
    assert tax["notes"] == "Receipts are in the blue folder."
    assert todo_tags(store, "File tax return") == ["Finance", "Personal"]
    passport = todos["Renew passport"]
    assert (passport["due_date"], passport["due_at"], passport["priority"]) == (
        "2026-02-01",
        None,
        "low",
    )
    assert passport["done"] == 1
    assert passport["done_at"].startswith("2026-01-20T16:30:00")
    assert todo_tags(store, "Renew passport") == ["Errands", "Personal"]
    stamps = todos["Buy stamps"]
    assert (stamps["priority"], stamps["due_date"], stamps["done"]) == ("normal", None, 0)


def test_tag_names_are_shared_case_insensitively(store: Store) -> None:
    store.db.execute("INSERT INTO tags (name) VALUES ('finance')")
    load(store, "thunderbird.ics")
    names = [r["name"] for r in store.query("SELECT name FROM tags ORDER BY name")]
    assert names == ["Errands", "finance", "Personal"]


# -- re-import and updates -------------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLES)
def test_second_import_adds_nothing(store: Store, name: str) -> None:
    first = load(store, name)
    counts = table_counts(store)
    again = load(store, name)
    assert table_counts(store) == counts
    assert (again.added, again.updated) == (0, 0)
    assert again.unchanged == first.added
    assert again.action_id is None  # nothing written, nothing to undo


def test_changed_component_is_updated(store: Store) -> None:
    load(store, "google.ics")
    data = (DATA / "google.ics").read_bytes()
    changed = data.replace(b"SUMMARY:Lunch with Ana", b"SUMMARY:Lunch with Ana and Ben")
    report = import_ics(store, changed, CLOCK, source_name="google.ics")
    assert (report.added, report.updated, report.unchanged) == (0, 1, 4)
    titles = {r["title"] for r in store.query("SELECT title FROM events")}
    assert "Lunch with Ana and Ben" in titles and "Lunch with Ana" not in titles
    assert report.describe() == "Imported 5 events (1 updated, 4 unchanged)."


def test_changed_tags_update_a_todo(store: Store) -> None:
    load(store, "thunderbird.ics")
    data = (
        (DATA / "thunderbird.ics")
        .read_bytes()
        .replace(b"CATEGORIES:Finance,Personal", b"CATEGORIES:Finance")
    )
    report = import_ics(store, data, CLOCK, source_name="thunderbird.ics")
    assert (report.updated, report.unchanged) == (1, 4)
    assert todo_tags(store, "File tax return") == ["Finance"]


def test_component_without_uid_gets_a_stable_one(store: Store) -> None:
    data = ics(
        "BEGIN:VEVENT",
        "DTSTAMP:20260110T120000Z",
        "SUMMARY:No UID here",
        "DTSTART:20260320T090000Z",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    import_ics(store, data, CLOCK, source_name="a.ics")
    # A later export of the same event has a new DTSTAMP: still the same event.
    report = import_ics(
        store, data.replace(b"20260110T120000Z", b"20260201T080000Z"), CLOCK, source_name="a.ics"
    )
    assert report.unchanged == 1
    (row,) = store.query("SELECT uid FROM events")
    assert row["uid"].startswith("ics-") and row["uid"].endswith("@import.assistant.local")


def test_duplicate_uid_in_one_file_keeps_both_events(store: Store) -> None:
    event = ["BEGIN:VEVENT", "UID:dup@example.com", "DTSTART:20260320T090000Z"]
    data = ics(
        *event, "SEQUENCE:2", "SUMMARY:Newer", "END:VEVENT",
        *event, "SEQUENCE:1", "SUMMARY:Older", "END:VEVENT",
        *event, "SEQUENCE:1", "SUMMARY:Older", "END:VEVENT",  # an exact copy
        "END:VCALENDAR",
    )  # fmt: skip
    report = import_ics(store, data, CLOCK, source_name="dup.ics")
    rows = store.query("SELECT uid, title FROM events ORDER BY uid")
    assert [(r["uid"], r["title"]) for r in rows] == [
        ("dup@example.com", "Newer"),
        ("dup@example.com-2", "Older"),
    ]
    assert report.skipped == []
    assert [str(r) for r in report.repaired] == [
        "“Older”: another event in the file has the same UID, so it was given a new one.",
        "“Older”: it is in the file twice, and was imported once.",
    ]
    again = import_ics(store, data, CLOCK, source_name="dup.ics")
    assert (again.added, again.unchanged) == (0, 2)  # the new UID is the same every time


def test_two_versions_of_one_changed_occurrence_keep_the_higher_sequence(store: Store) -> None:
    override = ["BEGIN:VEVENT", "UID:s@example.com", "RECURRENCE-ID:20260327T090000Z",
                "DTSTART:20260327T100000Z"]  # fmt: skip
    data = ics(
        "BEGIN:VEVENT", "UID:s@example.com", "SUMMARY:Series", "DTSTART:20260320T090000Z",
        "RRULE:FREQ=WEEKLY;COUNT=3", "END:VEVENT",
        *override, "SEQUENCE:2", "SUMMARY:Newer", "END:VEVENT",
        *override, "SEQUENCE:1", "SUMMARY:Older", "END:VEVENT",
        "END:VCALENDAR",
    )  # fmt: skip
    report = import_ics(store, data, CLOCK, source_name="dup.ics")
    assert sorted(r["title"] for r in store.query("SELECT title FROM events")) == [
        "Newer",
        "Series",
    ]
    assert report.skipped == ["VEVENT 'Older' repeats the UID of another event."]


# -- broken input ---------------------------------------------------------------------


def test_unusable_components_are_skipped_and_the_rest_is_repaired(store: Store) -> None:
    report = load(store, "broken.ics")
    assert report.added == 3
    rows = event_rows(store)
    assert sorted(title for title, _rid in rows) == ["Backwards", "Bad rule", "Fine"]
    # Only an event with no start at all cannot be used.
    assert report.skipped == ["VEVENT 'Broken' has no start (DTSTART)."]
    assert rows[("Bad rule", "")]["rrule"] is None
    assert (rows[("Backwards", "")]["start"], rows[("Backwards", "")]["end"]) == (
        "2026-03-12T10:00:00",
        "2026-03-12T11:00:00",
    )
    assert report.describe() == (
        "Imported 3 events; skipped 1: VEVENT 'Broken' has no start (DTSTART). 2 repairs: "
        "“Bad rule”: its repeat rule “FREQ=SOMETIMES;BYDAY=XX” was ignored "
        "(FREQ=SOMETIMES is not a frequency); it happens once. "
        "“Backwards”: its end was before its start, so the two were swapped."
    )


@pytest.mark.parametrize(
    ("rrule", "stored", "reason"),
    [
        ("FREQ=SECONDLY", None, "every second or minute"),
        ("FREQ=MINUTELY;INTERVAL=15", None, "every second or minute"),
        ("FREQ=WEEKLY;COUNT=0", "FREQ=WEEKLY", "COUNT must be a whole number"),
        ("FREQ=WEEKLY;COUNT=-1", "FREQ=WEEKLY", "the part COUNT=-1 of its repeat rule"),
        ("COUNT=3;BYDAY=MO", None, "how often (FREQ)"),
        (
            "FREQ=WEEKLY;COUNT=3;UNTIL=20261231T000000Z",
            "FREQ=WEEKLY;UNTIL=20261231T000000Z",  # icalendar puts UNTIL first
            "both COUNT and UNTIL",
        ),
        ("FREQ=DAILY;UNTIL=20250101", None, "ends before the event starts"),
        ("FREQ=WEEKLY;BYDAY=XX,MO", "FREQ=WEEKLY", "the part BYDAY=XX,MO"),
        ("FREQ=DAILY;COUNT=2147483647", "FREQ=DAILY;COUNT=10000", "lowered to COUNT=10000"),
        (";", None, "the empty repeat rule was ignored"),
    ],
)
def test_rules_the_app_cannot_use_are_repaired(
    store: Store, rrule: str, stored: str | None, reason: str
) -> None:
    data = ics(
        "BEGIN:VEVENT", "UID:r@example.com", "SUMMARY:Odd", "DTSTART:20260320T090000Z",
        f"RRULE:{rrule}", "END:VEVENT", "END:VCALENDAR",
    )  # fmt: skip
    report = import_ics(store, data, CLOCK, source_name="r.ics")
    assert (report.added, report.skipped) == (1, [])
    (row,) = store.query("SELECT rrule FROM events")
    assert row["rrule"] == stored
    (repair,) = report.repaired
    assert repair.item == "“Odd”" and reason in repair.what
    assert reason in report.describe()


def test_a_hostile_rule_is_ignored_without_taking_it_apart(store: Store) -> None:
    rule = "FREQ=DAILY;" + ";".join(f"X-PART{n}=1" for n in range(5000))
    data = ics(
        "BEGIN:VEVENT", "UID:h@example.com", "SUMMARY:Hostile", "DTSTART:20260320T090000Z",
        f"RRULE:{rule}", "END:VEVENT", "END:VCALENDAR",
    )  # fmt: skip
    report = import_ics(store, data, CLOCK, source_name="h.ics")
    assert report.added == 1
    assert "too long to read, so it was ignored" in report.describe()


@pytest.mark.parametrize(
    "lines",
    [
        ["BEGIN:VTODO", "UID:t@example.com", "SUMMARY:Far", "DUE:99991231T235959Z", "END:VTODO"],
        ["BEGIN:VEVENT", "UID:e@example.com", "SUMMARY:Early",
         "DTSTART;TZID=Europe/Berlin:00010101T000000", "END:VEVENT"],
        ["BEGIN:VEVENT", "UID:e@example.com", "SUMMARY:Late",
         "DTSTART:99991231T233000Z", "DURATION:PT2H", "END:VEVENT"],
    ],
)  # fmt: skip
def test_dates_at_the_edge_of_time_skip_only_their_component(
    store: Store, lines: list[str]
) -> None:
    fine = ["BEGIN:VEVENT", "UID:ok@example.com", "SUMMARY:Fine", "DTSTART:20260320", "END:VEVENT"]
    report = import_ics(store, ics(*lines, *fine, "END:VCALENDAR"), CLOCK, source_name="t.ics")
    assert report.added == 1
    assert len(report.skipped) == 1 and "too far in the past or future" in report.skipped[0]


def test_unsupported_components_are_reported(store: Store) -> None:
    data = ics(
        "BEGIN:VJOURNAL", "UID:j@example.com", "SUMMARY:Diary", "DTSTART:20260320", "END:VJOURNAL",
        "BEGIN:VEVENT", "UID:e@example.com", "SUMMARY:Event", "DTSTART:20260320", "END:VEVENT",
        "END:VCALENDAR",
    )  # fmt: skip
    report = import_ics(store, data, CLOCK, source_name="j.ics")
    assert report.added == 1
    assert report.skipped == [
        "VJOURNAL 'Diary' is a journal entry; only events and to-dos are imported."
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ((DATA / "not-ics.txt").read_bytes(), "does not start with BEGIN:VCALENDAR"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEND:VCARD\r\n", "not an iCalendar"),
        (b"<html><body>BEGIN:VEVENT</body></html>", "does not start with BEGIN:VCALENDAR"),
        (b"", "is empty"),
        (b" \r\n\r\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "does not start with BEGIN:VCALENDAR"),
        (b"BEGIN:VCALENDAR\r\n\x00\x01\x02", "binary data"),
        (
            b"BEGIN:VCALENDAR\r\nthis is no content line\r\nEND:VCALENDAR\r\n",
            "not a valid iCalendar",
        ),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", "no complete calendar"),
    ],
)
def test_garbage_is_refused_and_nothing_is_written(store: Store, data: bytes, message: str) -> None:
    load(store, "google.ics")
    before = table_counts(store)
    with pytest.raises(IcsError, match=message):
        import_ics(store, data, CLOCK, source_name="x.ics")
    assert table_counts(store) == before


def test_invalid_utf8_is_replaced_not_refused(store: Store) -> None:
    report = load(store, "invalid-utf8.ics")
    assert report.added == 2
    titles = sorted(r["title"] for r in store.query("SELECT title FROM events"))
    assert titles == ["Besprechung mit Frau M\ufffdller", "Café visit"]
    assert report.describe().endswith(
        "2 characters in invalid-utf8.ics that were not valid UTF-8 were replaced with “�”."
    )


def test_utf8_bom_and_utf16_are_read(store: Store) -> None:
    data = ics(
        "BEGIN:VEVENT",
        "UID:u@example.com",
        "SUMMARY:Grüße",
        "DTSTART:20260320",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    import_ics(store, b"\xef\xbb\xbf" + data, CLOCK, source_name="bom.ics")
    import_ics(store, data.decode().encode("utf-16"), CLOCK, source_name="utf16.ics")
    assert [r["title"] for r in store.query("SELECT title FROM events")] == ["Grüße"]


# -- times ---------------------------------------------------------------------------------


def test_floating_times_are_read_in_the_users_zone(store: Store) -> None:
    data = ics(
        "BEGIN:VEVENT",
        "UID:f@example.com",
        "SUMMARY:Float",
        "DTSTART:20260701T090000",
        "END:VEVENT",
        "END:VCALENDAR",
    )
    import_ics(
        store, data, Clock.from_options("2026-01-15T09:00", "Asia/Tokyo"), source_name="f.ics"
    )
    (row,) = store.query("SELECT start, tzid, start_utc FROM events")
    assert (row["start"], row["tzid"], row["start_utc"]) == (
        "2026-07-01T09:00:00",
        "Asia/Tokyo",
        "2026-07-01T00:00:00",
    )


def test_globally_unique_and_unknown_tzids(store: Store) -> None:
    data = ics(
        "BEGIN:VEVENT", "UID:g@example.com", "SUMMARY:Vendor zone",
        "DTSTART;TZID=/mozilla.org/20050126_1/America/Chicago:20260701T090000", "END:VEVENT",
        "BEGIN:VEVENT", "UID:u@example.com", "SUMMARY:Unknown zone",
        "DTSTART;TZID=Mars/Olympus_Mons:20260701T090000", "END:VEVENT",
        "END:VCALENDAR",
    )  # fmt: skip
    import_ics(store, data, CLOCK, source_name="z.ics")
    rows = event_rows(store)
    assert rows[("Vendor zone", "")]["tzid"] == "America/Chicago"
    # Undefined anywhere: read in the user's zone, like a floating time.
    assert rows[("Unknown zone", "")]["tzid"] == "Europe/Berlin"


def test_custom_zone_without_an_iana_twin_is_converted(store: Store) -> None:
    import_ics(store, custom_zone_file("+0317"), CLOCK, source_name="n.ics")
    (row,) = store.query("SELECT start, tzid, start_utc FROM events")
    assert (row["tzid"], row["start_utc"]) == ("Europe/Berlin", "2026-07-01T08:43:00")


def test_override_in_utc_is_stored_in_the_series_zone(store: Store) -> None:
    data = ics(
        "BEGIN:VEVENT", "UID:s@example.com", "SUMMARY:Series",
        "DTSTART;TZID=Europe/Berlin:20260302T100000", "RRULE:FREQ=WEEKLY;COUNT=4",
        "EXDATE:20260309T090000Z", "END:VEVENT",
        "BEGIN:VEVENT", "UID:s@example.com", "SUMMARY:Moved",
        "RECURRENCE-ID:20260316T090000Z",
        "DTSTART;TZID=Europe/Berlin:20260316T110000", "END:VEVENT",
        "END:VCALENDAR",
    )  # fmt: skip
    import_ics(store, data, CLOCK, source_name="s.ics")
    rows = event_rows(store)
    assert json.loads(rows[("Series", "")]["exdates"]) == ["2026-03-09T10:00:00"]
    assert ("Moved", "2026-03-16T10:00:00") in rows


# -- undo, files -----------------------------------------------------------------------


def test_one_action_undoes_the_whole_import(store: Store) -> None:
    store.db.execute("INSERT INTO tags (name) VALUES ('Music')")
    report = load(store, "thunderbird.ics")
    assert report.action_id is not None
    action = store.journal.get(report.action_id)
    assert (action.tool, action.summary) == (
        "import",
        "Imported 2 events and 3 to-dos from thunderbird.ics",
    )
    store.undo(report.action_id)
    counts = table_counts(store)
    assert (counts["events"], counts["todos"], counts["todo_tags"]) == (0, 0, 0)
    # The tag vocabulary stays, by design.
    assert counts["tags"] == 4


def test_undo_of_an_update_restores_the_old_values(store: Store) -> None:
    load(store, "google.ics")
    data = (DATA / "google.ics").read_bytes().replace(b"LOCATION:Room 4.12", b"LOCATION:Room 5.01")
    report = import_ics(store, data, CLOCK, source_name="google.ics")
    store.undo(report.action_id)
    (row,) = store.query("SELECT location FROM events WHERE title = 'Team standup'")
    assert row["location"] == "Room 4.12"


def test_import_file_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(IcsError, match="There is no file"):
        import_file(store, tmp_path / "missing.ics", CLOCK)
    with pytest.raises(IcsError, match="is a folder"):
        import_file(store, tmp_path, CLOCK)
    big = tmp_path / "big.ics"
    with big.open("wb") as out:
        out.truncate(ics_import.MAX_BYTES + 1)  # sparse: no 20 MB written
    with pytest.raises(IcsError, match="over 20 MB"):
        import_file(store, big, CLOCK)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "locked.ics"
    path.write_bytes((DATA / "google.ics").read_bytes())
    path.chmod(0)
    with pytest.raises(IcsError, match="permission denied"):
        import_file(store, path, CLOCK)


def test_describe() -> None:
    report = ImportReport(
        added=8,
        updated=2,
        unchanged=5,
        events=12,
        todos=3,
        skipped=["VEVENT 'Broken' has no start (DTSTART)."],
    )
    assert report.describe() == (
        "Imported 12 events and 3 to-dos (2 updated, 5 unchanged); "
        "skipped 1: VEVENT 'Broken' has no start (DTSTART)."
    )
    assert ImportReport(added=1, events=1).describe() == "Imported 1 event."
    many = ImportReport(skipped=[f"VEVENT '{n}' has no start (DTSTART)." for n in range(7)])
    assert many.describe().endswith("VEVENT '4' has no start (DTSTART). …and 2 more.")


def custom_zone_file(offset: str) -> bytes:
    return ics(
        "BEGIN:VTIMEZONE", "TZID:Nowhere Standard Time",
        "BEGIN:STANDARD", "DTSTART:19700101T000000",
        f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{offset}@example.com", "SUMMARY:Odd zone",
        "DTSTART;TZID=Nowhere Standard Time:20260701T120000", "END:VEVENT",
        "END:VCALENDAR",
    )  # fmt: skip


def test_each_file_uses_its_own_definition_of_a_zone_name(store: Store) -> None:
    # icalendar caches VTIMEZONEs by name for the whole process; two files that
    # define the same name differently must each be read with their own.
    import_ics(store, custom_zone_file("+0317"), CLOCK, source_name="a.ics")
    import_ics(store, custom_zone_file("+0417"), CLOCK, source_name="b.ics")
    keys = [r["start_utc"] for r in store.query("SELECT start_utc FROM events ORDER BY uid")]
    assert keys == ["2026-07-01T08:43:00", "2026-07-01T07:43:00"]


def test_cancelled_occurrence_becomes_an_exdate_and_is_kept(store: Store) -> None:
    data = ics(
        "BEGIN:VEVENT", "UID:c@example.com", "SUMMARY:Series",
        "DTSTART;TZID=Europe/Berlin:20260302T100000", "RRULE:FREQ=WEEKLY;COUNT=4", "END:VEVENT",
        "BEGIN:VEVENT", "UID:c@example.com", "SUMMARY:Series", "STATUS:CANCELLED",
        "RECURRENCE-ID;TZID=Europe/Berlin:20260309T100000",
        "DTSTART;TZID=Europe/Berlin:20260309T100000", "END:VEVENT",
        "BEGIN:VEVENT", "UID:gone@example.com", "SUMMARY:Called off", "STATUS:CANCELLED",
        "DTSTART:20260320T090000Z", "END:VEVENT",
        "END:VCALENDAR",
    )  # fmt: skip
    report = import_ics(store, data, CLOCK, source_name="c.ics")
    (row,) = store.query("SELECT recurrence_id, exdates, cancelled FROM events")
    assert (row["recurrence_id"], json.loads(row["exdates"])) == ("", ["2026-03-09T10:00:00"])
    # Remembered as a cancellation, so the export writes it back as one (test_ics_roundtrip).
    assert [m["at"] for m in json.loads(row["cancelled"])] == ["2026-03-09T10:00:00"]
    assert report.skipped == ["VEVENT 'Called off' is cancelled."]


# -- liberal reading: what calendar apps import, this imports too ------------------------------
# Each file is a small, realistic case from a corpus of .ics files that used to lose
# events or be refused. They are imported into a real SQLite file.

REALISTIC = sorted(p.name for p in DATA.glob("*.ics"))


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "store.db")
    yield store
    store.close()


def components_in(name: str) -> int:
    text = (DATA / name).read_bytes().decode("utf-8", "replace").upper()
    return text.count("BEGIN:VEVENT") + text.count("BEGIN:VTODO")


@pytest.mark.parametrize("name", REALISTIC)
def test_every_realistic_file_keeps_every_event(disk: Store, name: str) -> None:
    report = load(disk, name)
    cancelled = sum(len(json.loads(r["cancelled"])) for r in disk.query("SELECT * FROM events"))
    stored = table_counts(disk)["events"] + table_counts(disk)["todos"] + cancelled
    # Only an event without any start cannot be imported (broken.ics has one).
    expected_skips = ["VEVENT 'Broken' has no start (DTSTART)."] if name == "broken.ics" else []
    assert report.skipped == expected_skips
    assert stored + len(report.skipped) == components_in(name)
    assert report.events + report.todos == report.added


def repairs_of(report: ImportReport) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for repair in report.repaired:
        found.setdefault(repair.what, []).append(repair.item)
    return found


def test_an_empty_repeat_rule_keeps_the_holiday(disk: Store) -> None:
    report = load(disk, "holidays-empty-rule.ics")
    assert report.added == 6
    rows = disk.query("SELECT title, start, rrule FROM events ORDER BY start")
    assert [r["rrule"] for r in rows] == [None] * 6
    assert (rows[0]["title"], rows[0]["start"]) == ("Neujahr", "2026-01-01")
    names = ["Neujahr", "Karfreitag", "Ostermontag", "Tag der Arbeit",
             "Tag der Deutschen Einheit", "1. Weihnachtstag"]  # fmt: skip
    assert repairs_of(report) == {"the empty repeat rule was ignored": [f"“{n}”" for n in names]}
    assert report.describe() == (
        "Imported 6 events. 6 repairs: “Neujahr”, “Karfreitag”, “Ostermontag”, "
        "“Tag der Arbeit”, “Tag der Deutschen Einheit”, “1. Weihnachtstag”: "
        "the empty repeat rule was ignored."
    )


def test_invalid_rule_parts_are_left_out(disk: Store) -> None:
    report = load(disk, "invalid-rule-parts.ics")
    assert report.added == 3
    rules = {r["title"]: r["rrule"] for r in disk.query("SELECT title, rrule FROM events")}
    assert rules == {
        "Mathematik 7b": "FREQ=WEEKLY;BYDAY=MO",
        "Sport 7b": "FREQ=WEEKLY;UNTIL=20260630T220000Z",
        "Lehrerkonferenz": None,
    }
    assert [str(r) for r in report.repaired] == [
        "“Mathematik 7b”: the part COUNT=-1 of its repeat rule was ignored "
        "(COUNT must be a whole number of 1 or more, not -1).",
        "“Sport 7b”: the part BYDAY=TUE of its repeat rule was ignored "
        "(Expected weekday abbreviation, got: TUE).",
        "“Lehrerkonferenz”: its repeat rule “FREQ=SOMETIMES” was ignored "
        "(FREQ=SOMETIMES is not a frequency); it happens once.",
    ]
    for repair in report.repaired:
        assert str(repair) in report.describe()


def test_an_end_before_the_start_is_repaired(disk: Store) -> None:
    report = load(disk, "end-before-start.ics")
    assert report.added == 3
    rows = {r["uid"]: r for r in disk.query("SELECT * FROM events")}
    review, planning, cleaning = (rows[f"booking-{n}@rooms.example"] for n in (4711, 4712, 4713))
    # A one-time event: the two times swapped.
    assert (review["start"], review["end"]) == ("2026-03-12T10:00:00", "2026-03-12T11:00:00")
    # A series keeps the start its rule hangs on.
    assert (planning["start"], planning["end"]) == ("2026-03-16T09:00:00", "2026-03-16T09:00:00")
    assert planning["rrule"] == "FREQ=WEEKLY;COUNT=4"
    # An all-day event keeps its first day.
    assert (cleaning["start"], cleaning["end"], cleaning["all_day"]) == ("2026-03-20", None, 1)
    assert repairs_of(report) == {
        "its end was before its start, so the two were swapped": [
            "“Room 3.01 booked: design review”"
        ],
        "its end was before its start, so it now ends when it starts": [
            "“Room 3.01 booked: weekly planning”"
        ],
        "its end was before its start, so it lasts the one day it starts on": [
            "“Room 3.01 closed for cleaning”"
        ],
    }


def test_events_sharing_a_uid_are_all_kept(disk: Store) -> None:
    report = load(disk, "duplicate-uid.ics")
    rows = disk.query("SELECT uid, title FROM events ORDER BY start")
    assert [(r["uid"], r["title"]) for r in rows] == [
        ("event@club.example", "Spring regatta briefing"),
        ("event@club.example-2", "Annual general meeting"),
        ("event@club.example-3", "Boat maintenance day"),
    ]
    assert report.repaired == [
        Repair("“Annual general meeting”", REPAIRED_UID),
        Repair("“Boat maintenance day”", REPAIRED_UID),
    ]
    assert "“Annual general meeting”, “Boat maintenance day”: another event" in report.describe()


REPAIRED_UID = "another event in the file has the same UID, so it was given a new one"


def test_a_to_do_sharing_a_uid_is_kept(disk: Store) -> None:
    todo = ["BEGIN:VTODO", "UID:t@example.com"]
    data = ics(
        *todo, "SUMMARY:Buy milk", "END:VTODO", *todo, "SUMMARY:Buy bread", "END:VTODO",
        "END:VCALENDAR",
    )  # fmt: skip
    report = import_ics(disk, data, CLOCK, source_name="t.ics")
    assert sorted(todo_rows(disk)) == ["Buy bread", "Buy milk"]
    assert [str(r) for r in report.repaired] == [
        "“Buy bread”: another to-do in the file has the same UID, so it was given a new one."
    ]


def test_components_without_a_calendar_around_them_are_imported(disk: Store) -> None:
    report = load(disk, "bare-components.ics")
    assert (report.events, report.todos, report.added, report.skipped) == (1, 1, 2, [])
    assert list(event_rows(disk)) == [("Call with the landlord", "")]
    assert todo_rows(disk)["Send meter reading"]["due_date"] == "2026-02-28"
    assert report.describe() == (
        "Imported 1 event and 1 to-do. 1 repair: “bare-components.ics”: its events were not "
        "inside a calendar (BEGIN:VCALENDAR … END:VCALENDAR), so they were read as one."
    )


def test_a_missing_title_stays_missing(disk: Store) -> None:
    report = load(disk, "no-summary.ics")
    assert (report.added, report.repaired) == (2, [])  # nothing to repair: nothing is wrong
    rows = disk.query("SELECT * FROM events ORDER BY start")
    assert [r["title"] for r in rows] == ["", "Geburtstag Oma"]
    # Shown with a placeholder, which is never stored.
    data = EventData.from_row(rows[0], CLOCK.tz)
    (shown,) = expand(data, [], data.start, data.effective_end(), CLOCK.tz)
    assert shown.title == "(no title)"


def test_a_cancelled_occurrence_is_kept(disk: Store) -> None:
    report = load(disk, "cancelled-occurrence.ics")
    assert (report.added, report.skipped, report.repaired) == (1, [], [])
    (row,) = disk.query("SELECT * FROM events")
    assert json.loads(row["exdates"]) == ["2026-03-31T17:30:00"]
    [mark] = json.loads(row["cancelled"])
    assert (mark["at"], mark["exdate"]) == ("2026-03-31T17:30:00", False)
    assert "STATUS:CANCELLED" in mark["ics"]  # the cancelled VEVENT, as the file wrote it


def test_a_to_do_without_a_title_is_stored_without_one(disk: Store) -> None:
    report = load(disk, "todo-no-summary.ics")
    assert (report.todos, report.added, report.repaired, report.skipped) == (2, 2, [], [])
    rows = {r["uid"]: r for r in disk.query("SELECT * FROM todos")}
    untitled = rows["9c1e4b7a-2f3d-4e5a-8b6c-7d8e9f0a1b2c"]
    assert (untitled["title"], untitled["priority"]) == ("", "high")  # no placeholder stored
    assert rows["0d2f5c8b-3a4e-4f6b-9c7d-8e9f0a1b2c3d"]["title"] == "Steuererklärung abgeben"
    # The tools show a placeholder, which is never stored.
    listed = default_registry().call(ToolContext(disk, CLOCK), "list_todos", {"status": "all"})
    assert f"#{untitled['id']} '(no title)'" in listed.text


def test_a_cancelled_occurrence_keeps_its_own_details_and_its_exdate(disk: Store) -> None:
    report = load(disk, "cancelled-details.ics")
    assert (report.added, report.skipped, report.repaired) == (1, [], [])
    (row,) = disk.query("SELECT * FROM events")
    # Three dates are excluded: an EXDATE, a cancelled occurrence, and one that is both.
    assert json.loads(row["exdates"]) == [
        "2026-01-14T19:30:00",
        "2026-01-21T19:30:00",
        "2026-01-28T19:30:00",
    ]
    marks = {m["at"]: m for m in json.loads(row["cancelled"])}
    assert set(marks) == {"2026-01-21T19:30:00", "2026-01-28T19:30:00"}
    assert marks["2026-01-21T19:30:00"]["exdate"] is False
    assert marks["2026-01-28T19:30:00"]["exdate"] is True
    assert "SUMMARY:Chor - Generalprobe (fällt aus)" in marks["2026-01-21T19:30:00"]["ics"]
    data = EventData.from_row(row, CLOCK.tz)
    shown = expand(data, [], data.start, data.start.replace(month=3), CLOCK.tz)
    assert [o.start.day for o in shown] == [7, 4, 11]  # Jan 7, Feb 4, Feb 11
