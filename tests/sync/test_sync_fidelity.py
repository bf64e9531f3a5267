"""What goes through the server comes back unchanged: a series with an override and an
EXDATE, alarms, time zones, X- properties; and to-dos (VTODO) both ways."""

from __future__ import annotations

from pathlib import Path

from caldav_servers import MemoryKeyring, Radicale, add
from icalendar import Calendar
from test_sync_flow import call

from assistant.clock import Clock
from assistant.ical.ics_export import export_ics
from assistant.store import Store
from assistant.sync import sync

SERIES = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Phone//Calendar 1.0//EN
X-WR-CALNAME:Work
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:weekly@phone
DTSTAMP:20261120T080000Z
DTSTART;TZID=Europe/Berlin:20261202T090000
DTEND;TZID=Europe/Berlin:20261202T093000
RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=WE
EXDATE;TZID=Europe/Berlin:20261216T090000
SUMMARY:Weekly sync
LOCATION:Room 4
ATTENDEE;CN=Bob;PARTSTAT=ACCEPTED:mailto:bob@example.com
X-PHONE-COLOR:teal
X-UNKNOWN-THING;X-PARAM=1:keep me
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Weekly sync
TRIGGER:-PT10M
END:VALARM
BEGIN:VALARM
ACTION:EMAIL
SUMMARY:Mail me
DESCRIPTION:Weekly sync soon
ATTENDEE:mailto:alice@example.com
TRIGGER:-PT1H
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:weekly@phone
DTSTAMP:20261120T080000Z
RECURRENCE-ID;TZID=Europe/Berlin:20261209T090000
DTSTART;TZID=Europe/Berlin:20261209T110000
DTEND;TZID=Europe/Berlin:20261209T113000
SUMMARY:Weekly sync (moved)
X-OVERRIDE-NOTE:moved by Bob
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")

TASK = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nextcloud Tasks//EN
BEGIN:VTODO
UID:taxes@phone
DTSTAMP:20261120T080000Z
SUMMARY:File taxes
DUE;VALUE=DATE:20261215
PRIORITY:1
CATEGORIES:home,money
X-APPLE-SORT-ORDER:42
STATUS:NEEDS-ACTION
END:VTODO
END:VCALENDAR
""".replace("\n", "\r\n")


def components(text: str) -> list[dict[str, object]]:
    """Every component's properties and parameters (what a client would read), in order."""
    found = []
    for component in Calendar.from_ical(text).walk():
        if component.name in ("VCALENDAR",):
            continue
        props = {}
        for name, value in component.property_items(recursive=False):
            if name in ("BEGIN", "END", "PRODID"):
                continue
            props.setdefault(name, []).append(
                value.to_ical() if hasattr(value, "to_ical") else value
            )
        found.append({"name": component.name, **props})
    return found


def is_master(component: dict[str, object]) -> bool:
    return component["name"] == "VEVENT" and "RRULE" in component


def test_a_series_with_an_override_an_exdate_and_alarms_survives_a_round_trip(
    sync_store: Store, radicale: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    radicale.make_calendar("work", "Work")
    radicale.put("work", "weekly.ics", SERIES)
    original = radicale.get("work", "weekly.ics") or ""
    add(sync_store, radicale, clock)
    assert sync(sync_store, clock).ok
    rows = sync_store.query("SELECT * FROM events ORDER BY recurrence_id")
    assert [(r["recurrence_id"], r["title"]) for r in rows] == [
        ("", "Weekly sync"),
        ("2026-12-09T09:00:00", "Weekly sync (moved)"),
    ]
    assert rows[0]["tzid"] == "Europe/Berlin" and rows[0]["reminder_minutes"] == 10
    assert rows[0]["exdates"] == '["2026-12-16T09:00:00"]'
    # Unchanged here: never written back, byte for byte what the phone wrote.
    sync(sync_store, clock)
    assert radicale.get("work", "weekly.ics") == original

    # A change here replaces only what changed; everything else is as it came.
    master = rows[0]["id"]
    call(sync_store, clock, "update_event", event_id=master, location="Room 5")
    assert sync(sync_store, clock).calendars[0].pushed["changed"] == 1
    after = components(radicale.get("work", "weekly.ics") or "")
    before = components(original)
    for old, new in zip(before, after, strict=True):
        for name in set(old) | set(new):
            # What the edit changed: the place, and the stamps and SEQUENCE (RFC 5545 3.8.7.4).
            edited = ("LOCATION", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE")
            if name in edited and is_master(old):
                continue
            assert old.get(name) == new.get(name), (old["name"], name)
    assert next(c for c in after if is_master(c))["LOCATION"] == [b"Room 5"]
    # And what came back reads the same here.
    assert sync(sync_store, clock).ok
    again = sync_store.query("SELECT * FROM events ORDER BY recurrence_id")
    keys = ("start", "end", "tzid", "rrule", "exdates", "reminder_minutes", "title")
    assert [[r[k] for k in keys] for r in again] == [[r[k] for k in keys] for r in rows]


def test_an_event_made_here_keeps_its_series_and_zone_on_the_server(
    sync_store: Store, radicale: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    radicale.make_calendar("work", "Work", ["VEVENT"])
    account = add(sync_store, radicale, clock)
    made = call(
        sync_store,
        clock,
        "add_event",
        title="Yoga",
        start="wednesday 7pm",
        repeat="every wednesday",
        reminder_minutes=15,
    )
    sync_store.db.execute(
        "UPDATE events SET calendar_id = ? WHERE id = ?", [account.calendars[0].id, made["id"]]
    )
    assert sync(sync_store, clock).calendars[0].pushed["created"] == 1
    [filename] = radicale.files("work")
    event = Calendar.from_ical(radicale.get("work", filename) or "").walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=WE"
    assert event.walk("VALARM")[0]["TRIGGER"].to_ical() == b"-PT15M"


def test_todos_sync_both_ways_and_keep_what_the_app_does_not_know(
    sync_store: Store, radicale: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    radicale.make_calendar("tasks", "Tasks", ["VTODO"])
    radicale.put("tasks", "taxes.ics", TASK)
    add(sync_store, radicale, clock)
    report = sync(sync_store, clock)
    assert report.calendars[0].pulled["created"] == 1
    todo = sync_store.query("SELECT * FROM todos")[0]
    assert (todo["title"], todo["due_date"], todo["priority"]) == (
        "File taxes",
        "2026-12-15",
        "high",
    )
    call(sync_store, clock, "complete_todo", todo_id=todo["id"])
    assert sync(sync_store, clock).calendars[0].pushed["changed"] == 1
    text = (radicale.get("tasks", "taxes.ics") or "").replace("\r\n", "\n")
    assert "STATUS:COMPLETED" in text and "X-APPLE-SORT-ORDER:42" in text
    assert "CATEGORIES:home,money" in text and "PRIORITY:1" in text

    made = call(sync_store, clock, "add_todo", title="Call mom", due="friday 5pm")
    calendar_id = sync_store.query("SELECT id FROM sync_calendars")[0]["id"]
    sync_store.db.execute(
        "UPDATE todos SET calendar_id = ? WHERE id = ?", [calendar_id, made["id"]]
    )
    assert sync(sync_store, clock).calendars[0].pushed["created"] == 1
    assert len(radicale.files("tasks")) == 2
    radicale.delete("tasks", "taxes.ics")
    assert sync(sync_store, clock).calendars[0].pulled["deleted"] == 1
    assert [r["title"] for r in sync_store.query("SELECT title FROM todos")] == ["Call mom"]


def test_to_dos_passed_over_arrive_once_the_user_syncs_them(
    sync_store: Store, radicale: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    from assistant.sync.accounts import accounts, choose

    radicale.make_calendar("mixed", "Mixed")
    radicale.put("mixed", "taxes.ics", TASK)
    journal = TASK.replace("VTODO", "VJOURNAL").replace("taxes@phone", "diary@phone")
    radicale.put("mixed", "journal.ics", journal)
    account = add(sync_store, radicale, clock)
    choose(sync_store, account.calendars[0].id, events=True, todos=False)
    assert sync(sync_store, clock).ok
    assert sync_store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 0
    choose(sync_store, account.calendars[0].id, events=True, todos=True)
    assert accounts(sync_store)[0].calendars[0].kinds == ("event", "todo")
    report = sync(sync_store, clock)
    assert report.calendars[0].pulled["created"] == 1, report.describe()
    assert [r["title"] for r in sync_store.query("SELECT title FROM todos")] == ["File taxes"]


def test_what_a_server_item_leaves_out_or_cancels_stays_so_here_and_in_an_export(
    sync_store: Store, radicale: Radicale, clock: Clock, keychain: MemoryKeyring
) -> None:
    data = Path(__file__).parents[1] / "data" / "ics"
    radicale.make_calendar("tasks", "Tasks", ["VEVENT", "VTODO"])
    radicale.put("tasks", "choir.ics", (data / "cancelled-details.ics").read_text("utf-8"))
    head, untitled, _titled = (data / "todo-no-summary.ics").read_text("utf-8").split("BEGIN:VTODO")
    radicale.put("tasks", "meter.ics", f"{head}BEGIN:VTODO{untitled}END:VCALENDAR\r\n")
    add(sync_store, radicale, clock)
    assert sync(sync_store, clock).ok
    [todo] = sync_store.query("SELECT * FROM todos")
    assert todo["title"] == ""  # no placeholder stored
    call(sync_store, clock, "complete_todo", todo_id=todo["id"])
    assert sync(sync_store, clock).calendars[0].pushed["changed"] == 1
    text = radicale.get("tasks", "meter.ics") or ""
    assert "STATUS:COMPLETED" in text and "SUMMARY" not in text
    exported = export_ics(sync_store, clock).decode("utf-8")
    assert "SUMMARY:Chor - Generalprobe (fällt aus)" in exported
    assert "LOCATION:Kirche St. Marien" in exported and "(no title)" not in exported
