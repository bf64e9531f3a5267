"""Importing .ics files written the way Google, Outlook, Apple and Thunderbird write them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.clock import Clock
from assistant.errors import IcsError
from assistant.ical import ics_import
from assistant.ical.ics_import import ImportReport, import_file, import_ics
from assistant.store import Store

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


def test_duplicate_uid_in_one_file_keeps_the_higher_sequence(store: Store) -> None:
    event = ["BEGIN:VEVENT", "UID:dup@example.com", "DTSTART:20260320T090000Z"]
    data = ics(
        *event, "SEQUENCE:2", "SUMMARY:Newer", "END:VEVENT",
        *event, "SEQUENCE:1", "SUMMARY:Older", "END:VEVENT",
        "END:VCALENDAR",
    )  # fmt: skip
    report = import_ics(store, data, CLOCK, source_name="dup.ics")
    assert [r["title"] for r in store.query("SELECT title FROM events")] == ["Newer"]
    assert report.skipped == ["VEVENT 'Older' repeats the UID of another event."]


# -- broken input ---------------------------------------------------------------------


def test_broken_components_are_skipped_and_the_rest_imports(store: Store) -> None:
    report = load(store, "broken.ics")
    assert report.added == 1
    assert [r["title"] for r in store.query("SELECT title FROM events")] == ["Fine"]
    assert report.skipped[0] == "VEVENT 'Broken' has no start (DTSTART)."
    assert report.skipped[1].startswith(
        "VEVENT 'Bad rule' has a repeat rule (RRULE) that cannot be read"
    )
    assert report.skipped[2] == "VEVENT 'Backwards' ends before it starts."
    assert report.describe().startswith(
        "Imported 1 event; skipped 3: VEVENT 'Broken' has no start (DTSTART). VEVENT 'Bad rule'"
    )


@pytest.mark.parametrize(
    ("rrule", "reason"),
    [
        ("FREQ=SECONDLY", "every second or minute"),
        ("FREQ=WEEKLY;COUNT=0", "COUNT must be a whole number"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20261231T000000Z", "both COUNT and UNTIL"),
    ],
)
def test_rules_the_app_refuses_are_skipped(store: Store, rrule: str, reason: str) -> None:
    data = ics(
        "BEGIN:VEVENT", "UID:r@example.com", "SUMMARY:Odd", "DTSTART:20260320T090000Z",
        f"RRULE:{rrule}", "END:VEVENT", "END:VCALENDAR",
    )  # fmt: skip
    report = import_ics(store, data, CLOCK, source_name="r.ics")
    assert report.added == 0
    assert reason in report.skipped[0]


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


def test_cancelled_occurrence_becomes_an_exdate(store: Store) -> None:
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
    (row,) = store.query("SELECT recurrence_id, exdates FROM events")
    assert (row["recurrence_id"], json.loads(row["exdates"])) == ("", ["2026-03-09T10:00:00"])
    assert report.skipped == ["VEVENT 'Called off' is cancelled."]
