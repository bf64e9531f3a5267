"""Random and damaged input: import_ics answers with IcsError or a report, nothing else."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.clock import Clock
from assistant.errors import IcsError
from assistant.ical.ics_export import export_ics
from assistant.ical.ics_import import ImportReport, import_ics
from assistant.store import Store

DATA = Path(__file__).parent / "data" / "ics"
CLOCK = Clock.from_options("2026-01-15T09:00", "Europe/Berlin")
SAMPLES = [
    (DATA / name).read_bytes()
    for name in ("google.ics", "outlook.ics", "apple.ics", "thunderbird.ics", "broken.ics")
]
TABLES = ["events", "todos", "tags", "todo_tags", "actions", "action_changes"]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of real content lines, so random text gets past the first parser checks.
NAMES = ["DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "UID",
         "SUMMARY", "DUE", "PRIORITY", "STATUS", "CATEGORIES", "TRIGGER", "COMPLETED", "SEQUENCE",
         "TZID", "TZOFFSETFROM", "TZOFFSETTO", "X-WR-TIMEZONE", "BEGIN", "END"]  # fmt: skip
PARAMS = ["", ";TZID=Europe/Berlin", ";TZID=W. Europe Standard Time", ";VALUE=DATE",
          ";RELATED=END", ";TZID=Nowhere", ";VALUE=PERIOD", ";TZID=\"x"]  # fmt: skip
VALUES = ["20260301T100000", "20260301T100000Z", "20260301", "FREQ=WEEKLY;COUNT=3", "-PT15M",
          "P1D", "VEVENT", "VTODO", "VALARM", "VTIMEZONE", "STANDARD", "+0100", "COMPLETED", "5",
          "FREQ=YEARLY;UNTIL=20270101", "99999999T999999", "00010101T000000", "99991231T235959Z",
          "20260301T100000/PT1H", "a,b,,c", "\\n", "é", "\ufffd", ""]  # fmt: skip

line = st.builds(
    lambda n, p, v: f"{n}{p}:{v}",
    st.sampled_from(NAMES),
    st.sampled_from(PARAMS),
    st.sampled_from(VALUES),
)
calendar_text = st.builds(
    lambda body: "BEGIN:VCALENDAR\r\n" + "\r\n".join(body) + "\r\nEND:VCALENDAR\r\n",
    st.lists(st.one_of(line, st.text(max_size=40)), max_size=40),
)


def counts(store: Store, tables: list[str] = TABLES) -> dict[str, int]:
    return {t: store.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in tables}


# One seeded store for all examples (a fresh one each time would dominate the run time);
# every successful import is undone again, which checks undo on odd input as well.
STORE = Store.open(None)
import_ics(STORE, SAMPLES[0], CLOCK, source_name="seed.ics")
ITEMS = ["events", "todos", "todo_tags"]


def check(data: bytes) -> None:
    before = counts(STORE)
    try:
        report = import_ics(STORE, data, CLOCK, source_name="fuzz.ics")
    except IcsError as error:
        assert str(error).endswith(".")
        assert counts(STORE) == before
        return
    assert isinstance(report, ImportReport)
    assert report.describe()
    if report.action_id is not None:
        STORE.undo(report.action_id)
    # Tag names are vocabulary and stay; everything else is as before.
    assert counts(STORE, ITEMS) == {t: before[t] for t in ITEMS}


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(st.binary(max_size=500))
def test_random_bytes_after_a_calendar_header(data: bytes) -> None:
    check(b"BEGIN:VCALENDAR\r\n" + data)


@FUZZ
@given(calendar_text)
def test_random_content_lines(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(
    st.sampled_from(SAMPLES),
    st.integers(min_value=0, max_value=6000),
    st.integers(min_value=0, max_value=200),
    st.binary(max_size=30),
)
def test_damaged_sample_files(sample: bytes, at: int, cut: int, insert: bytes) -> None:
    at = at % len(sample)
    check(sample[:at] + insert + sample[at + cut :])


@FUZZ
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.tuples(st.integers(min_value=0, max_value=6000), line), max_size=5),
)
def test_random_lines_inside_real_components(sample: bytes, inserts: list[tuple[int, str]]) -> None:
    text = sample.decode()
    for at, content_line in inserts:
        end_of_line = text.find("\r\n", at % len(text))
        if end_of_line >= 0:
            text = text[:end_of_line] + "\r\n" + content_line + text[end_of_line:]
    check(text.encode())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.tuples(st.integers(min_value=0, max_value=6000), line), max_size=4),
)
def test_whatever_imports_exports_stably(sample: bytes, inserts: list[tuple[int, str]]) -> None:
    """Export -> import -> export gives the same bytes, for damaged input too."""
    text = sample.decode()
    for at, content_line in inserts:
        end_of_line = text.find("\r\n", at % len(text))
        if end_of_line >= 0:
            text = text[:end_of_line] + "\r\n" + content_line + text[end_of_line:]
    first_store, second_store = Store.open(None), Store.open(None)
    try:
        import_ics(first_store, text.encode(), CLOCK, source_name="damaged.ics")
    except IcsError:
        return  # a damaged line outside any component: refused as a whole, tested above
    first = export_ics(first_store, CLOCK)
    assert import_ics(second_store, first, CLOCK, source_name="export.ics").skipped == []
    assert export_ics(second_store, CLOCK) == first
