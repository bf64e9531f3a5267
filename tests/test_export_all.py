"""Export everything (calendar.ics, assistant.json, notes/*.md) and erase everything."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assistant.clock import Clock
from assistant.conversations.history import Conversations
from assistant.errors import AssistantError
from assistant.export_all import (
    CALENDAR_FILE,
    EXPORT_FOLDER,
    JSON_FILE,
    NOTES_FOLDER,
    ExportError,
    erase_everything,
    export_everything,
    note_markdown,
    slugify,
    unique_slug,
)
from assistant.ical.ics_import import import_file
from assistant.models.formats import Message
from assistant.reminders import Reminder
from assistant.store import Store
from assistant.tools import default_registry, notes, todos
from assistant.tools.context import ToolContext
from assistant.tools.reminders import snooze_reminder


def call(ctx: ToolContext, name: str, **arguments: Any) -> Any:
    result = default_registry().call(ctx, name, arguments)
    assert result.ok, result.text
    return result.data


@pytest.fixture
def filled(ctx: ToolContext) -> ToolContext:
    call(
        ctx, "add_todo", title="Call the plumber", due="friday 5pm", priority="high", tags=["home"]
    )
    call(ctx, "add_todo", title="Buy stamps")
    call(ctx, "add_event", title="Dentist", start="monday 9:00", duration_minutes=45)
    call(ctx, "add_event", title="Standup", start="tuesday 9:30", repeat="every weekday")
    call(ctx, "add_event", title="Holiday", start="2026-12-24", all_day=True, reminder_minutes=60)
    call(ctx, "create_note", title="Q3 plan!", body="Ship the **app**.", tags=["work", "plans"])
    call(ctx, "create_note", title="Q3 plan", body="A second one with the same slug.")
    call(ctx, "create_note", title="Käse & Brot", body="Shopping")
    return ctx


# The folder an export makes on the fixed clock's day (tests/conftest.py).
TODAY = EXPORT_FOLDER.format(date="2026-11-27")


def event_rows(store: Store) -> list[tuple[Any, ...]]:
    rows = store.query("SELECT uid, title, start, [end], tzid, all_day, rrule FROM events")
    return sorted(tuple(r.values()) for r in rows)


def test_export_writes_every_record(filled: ToolContext, tmp_path: Path) -> None:
    chosen = tmp_path / "export"
    chosen.mkdir()
    summary = export_everything(filled.store, filled.clock, chosen)
    out = chosen / TODAY
    assert summary.folder == out and out.is_dir()
    assert (summary.todos, summary.events, summary.notes) == (2, 3, 3)
    assert summary.describe().startswith(f"Exported 2 to-dos, 3 events, 3 notes to {out}: ")
    assert os.listdir(chosen) == [TODAY]

    data = json.loads((out / JSON_FILE).read_text(encoding="utf-8"))
    assert data["time_zone"] == "Europe/Berlin"
    assert [t["title"] for t in data["todos"]] == ["Call the plumber", "Buy stamps"]
    # The same shapes as the tools' records (the CLI contract).
    first = data["todos"][0]
    assert first == todos.get_record(filled.store, first["id"], filled.clock)
    assert first["due"] == "2026-11-27T17:00:00+01:00" and first["tags"] == ["home"]
    assert data["notes"][0] == notes.get_record(filled.store, data["notes"][0]["id"])
    assert {e["title"] for e in data["events"]} == {"Dentist", "Standup", "Holiday"}
    standup = next(e for e in data["events"] if e["title"] == "Standup")
    assert standup["rrule"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    assert set(standup) == {
        "id", "uid", "title", "start", "end", "all_day", "location", "description", "rrule"
    }  # fmt: skip

    names = sorted(p.name for p in (out / NOTES_FOLDER).iterdir())
    assert names == ["kase-brot.md", "q3-plan-2.md", "q3-plan.md"]
    assert (out / NOTES_FOLDER / "q3-plan.md").read_text() == (
        "# Q3 plan!\n\nTags: #plans #work\n\nShip the **app**.\n"
    )
    assert set(summary.files) == {out / CALENDAR_FILE, out / JSON_FILE} | {
        out / NOTES_FOLDER / n for n in names
    }
    assert not [p for p in out.rglob("*.tmp")]


def test_the_calendar_reimports_to_the_same_events(
    filled: ToolContext, tmp_path: Path, clock: Clock
) -> None:
    summary = export_everything(filled.store, filled.clock, tmp_path)
    fresh = Store.open(tmp_path / "fresh.db")
    try:
        report = import_file(fresh, summary.folder / CALENDAR_FILE, clock)
        assert (report.events, report.todos) == (3, 2)
        assert event_rows(fresh) == event_rows(filled.store)
        titles = [r["title"] for r in fresh.query("SELECT title FROM todos ORDER BY title")]
        assert titles == ["Buy stamps", "Call the plumber"]
    finally:
        fresh.close()


def test_an_empty_store_exports_empty_files(store: Store, clock: Clock, tmp_path: Path) -> None:
    summary = export_everything(store, clock, tmp_path)
    out = summary.folder
    data = json.loads((out / JSON_FILE).read_text())
    assert (data["todos"], data["events"], data["notes"]) == ([], [], [])
    assert b"BEGIN:VCALENDAR" in (out / CALENDAR_FILE).read_bytes()
    assert summary.notes == 0 and list((out / NOTES_FOLDER).iterdir()) == []


def test_a_missing_folder_is_a_plain_error(store: Store, clock: Clock, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="there is no such folder"):
        export_everything(store, clock, tmp_path / "nope")


def test_the_users_own_files_in_the_chosen_folder_are_untouched(
    filled: ToolContext, tmp_path: Path
) -> None:
    mine = {
        CALENDAR_FILE: b"BEGIN:VCALENDAR\r\nPRODID:-//Me//My calendar//EN\r\n",
        JSON_FILE: b'{"mine": true}\n',
        f"{NOTES_FOLDER}/q3-plan.md": b"# My own plan\n",
    }
    (tmp_path / NOTES_FOLDER).mkdir()
    for name, data in mine.items():
        (tmp_path / name).write_bytes(data)
    summary = export_everything(filled.store, filled.clock, tmp_path)
    assert summary.folder == tmp_path / TODAY
    assert {name: (tmp_path / name).read_bytes() for name in mine} == mine
    assert (summary.folder / NOTES_FOLDER / "q3-plan.md").read_text().startswith("# Q3 plan!")


def test_a_file_in_the_way_of_the_export_folder_is_left_alone(
    store: Store, clock: Clock, tmp_path: Path
) -> None:
    (tmp_path / TODAY).write_text("not a folder")
    (tmp_path / f"{TODAY} (2)").mkdir()
    summary = export_everything(store, clock, tmp_path)
    assert summary.folder == tmp_path / f"{TODAY} (3)"
    assert (tmp_path / TODAY).read_text() == "not a folder"
    assert list((tmp_path / f"{TODAY} (2)").iterdir()) == []
    assert (summary.folder / CALENDAR_FILE).is_file()


def test_a_second_export_has_no_stale_notes(filled: ToolContext, tmp_path: Path) -> None:
    first = export_everything(filled.store, filled.clock, tmp_path)
    gone = next(n for n in call(filled, "list_notes") if n["title"] == "Käse & Brot")
    call(filled, "delete_note", note_id=gone["id"])
    second = export_everything(filled.store, filled.clock, tmp_path)
    assert second.folder == tmp_path / f"{TODAY} (2)"
    assert sorted(p.name for p in (second.folder / NOTES_FOLDER).iterdir()) == [
        "q3-plan-2.md", "q3-plan.md"
    ]  # fmt: skip
    assert second.notes == 2
    data = json.loads((second.folder / JSON_FILE).read_text(encoding="utf-8"))
    assert [n["title"] for n in data["notes"]] == ["Q3 plan!", "Q3 plan"]
    # The first export is a record of its own moment and stays as it was.
    assert (first.folder / NOTES_FOLDER / "kase-brot.md").is_file()


def test_a_symlink_named_like_the_export_folder_is_not_followed(
    filled: ToolContext, tmp_path: Path
) -> None:
    chosen, elsewhere = tmp_path / "chosen", tmp_path / "elsewhere"
    chosen.mkdir()
    elsewhere.mkdir()
    (elsewhere / CALENDAR_FILE).write_bytes(b"precious")
    (chosen / TODAY).symlink_to(elsewhere, target_is_directory=True)
    summary = export_everything(filled.store, filled.clock, chosen)
    assert summary.folder == chosen / f"{TODAY} (2)" and not summary.folder.is_symlink()
    assert os.listdir(elsewhere) == [CALENDAR_FILE]
    assert (elsewhere / CALENDAR_FILE).read_bytes() == b"precious"
    assert all(p.resolve().is_relative_to(summary.folder) for p in summary.files)


def test_too_many_exports_of_one_day_is_a_plain_error(
    store: Store, clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant import export_all

    monkeypatch.setattr(export_all, "MAX_NUMBER", 2)
    export_everything(store, clock, tmp_path)
    export_everything(store, clock, tmp_path)
    with pytest.raises(ExportError, match="already holds 2 exports"):
        export_everything(store, clock, tmp_path)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="needs a folder it cannot write"
)
def test_a_read_only_folder_is_a_plain_error(store: Store, clock: Clock, tmp_path: Path) -> None:
    chosen = tmp_path / "read-only"
    chosen.mkdir()
    chosen.chmod(0o555)
    try:
        with pytest.raises(ExportError, match=r"Cannot create .*Assistant export"):
            export_everything(store, clock, chosen)
    finally:
        chosen.chmod(0o755)
    assert list(chosen.iterdir()) == []


def test_a_full_disk_is_a_plain_error(
    filled: ToolContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: Any) -> None:
        raise OSError(28, "No space left on device")

    chosen = tmp_path / "chosen"
    chosen.mkdir()
    monkeypatch.setattr("assistant.ical.ics_export.os.fsync", full)
    with pytest.raises(ExportError, match="the disk is full"):
        export_everything(filled.store, filled.clock, chosen)
    assert not (chosen / TODAY / CALENDAR_FILE).exists()
    assert not list(chosen.rglob(".*.tmp"))
    # Half an export is not left to pass for a whole one.
    assert list(chosen.iterdir()) == []


def test_slugs_are_safe_and_unique() -> None:
    assert slugify("  Hello, World!  ") == "hello-world"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("日本語") == "note"
    assert slugify("CON") == "con-note"
    assert len(slugify("x" * 300)) == 60
    used: set[str] = set()
    assert [unique_slug(t, used) for t in ("A", "a", "A!", "")] == ["a", "a-2", "a-3", "note"]


def test_note_markdown_without_tags_or_body() -> None:
    assert note_markdown({"title": "Bare", "tags": [], "body": ""}) == "# Bare\n"


# -- erase ----------------------------------------------------------------------


def test_erase_leaves_an_empty_valid_database(filled: ToolContext) -> None:
    store = filled.store
    chats = Conversations(store)
    chat = chats.create("hello")
    chats.append(chat, Message("user", "hi"))
    call(filled, "list_events", range="next week")  # materializes event_instances
    holiday = store.query("SELECT id FROM events WHERE title = 'Holiday'")[0]["id"]
    reminder = Reminder("event", holiday, "Holiday", filled.clock.now, date(2026, 12, 24), "k")
    snooze_reminder(store, reminder, filled.clock.now)  # a snooze names its item
    assert store.query("SELECT count(*) AS n FROM actions")[0]["n"] > 0

    summary = erase_everything(store)
    assert summary.describe() == "Erased 2 to-dos, 3 events, 3 notes, 1 conversation."

    bookkeeping = {"_sqlite_migrations", "sqlite_sequence"}
    tables = [
        r["name"]
        for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        if r["name"] not in bookkeeping and not r["name"].endswith(("_config", "_data", "_idx"))
    ]
    for table in tables:
        assert store.query(f"SELECT count(*) AS n FROM [{table}]")[0]["n"] == 0, table
    assert store.query("SELECT count(*) AS n FROM _sqlite_migrations")[0]["n"] >= 3
    for fts in ("notes_fts", "todos_fts", "todos_words", "events_words"):
        store.db.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    assert store.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"

    # The app keeps working on it: new items are found by search again.
    call(filled, "create_note", title="After", body="fresh start")
    found = call(filled, "search_notes", query="fresh")
    assert [n["title"] for n in found] == ["After"]
    assert call(filled, "list_events", range="next week") == []


def test_erase_is_all_or_nothing(filled: ToolContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant import export_all

    monkeypatch.setattr(export_all, "ERASE_ORDER", (*export_all.ERASE_ORDER, "no_such_table"))
    with pytest.raises(AssistantError, match="nothing was changed"):
        erase_everything(filled.store)
    assert filled.store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 2
    assert filled.store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 3
