"""The data commands, run through main() as a user would, against a real data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import run_cli as run

from assistant.store import Store

NOW = ["--now", "2026-11-27T10:00", "--tz", "Europe/Berlin"]


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_todo_records_have_exactly_the_contract_shape(capsys: pytest.CaptureFixture[str]) -> None:
    added = run_json(
        capsys, "todos", "add", "Call Ana", "--due", "tuesday 1pm", "--priority", "high", *NOW
    )
    assert added == {
        "id": 1,
        "title": "Call Ana",
        "notes": "",
        "due": "2026-12-01T13:00:00+01:00",
        "priority": "high",
        "done": False,
        "tags": [],
        "reminder_minutes": None,
    }
    assert run_json(capsys, "todos", *NOW) == [added]
    code, out, _ = run(capsys, "todos", "done", "1", *NOW)
    assert code == 0 and "Completed" in out
    assert run_json(capsys, "todos", *NOW) == []
    assert run_json(capsys, "todos", "--all", *NOW)[0]["done"] is True


def test_event_records_have_exactly_the_contract_shape(capsys: pytest.CaptureFixture[str]) -> None:
    event = run_json(
        capsys,
        "events",
        "add",
        "Lunch with Ana",
        "--start",
        "tuesday at 1",
        "--duration",
        "60",
        *NOW,
    )
    assert set(event) == {
        "id",
        "uid",
        "title",
        "start",
        "end",
        "all_day",
        "location",
        "description",
        "rrule",
    }
    assert event["start"] == "2026-12-01T13:00:00+01:00"
    assert event["end"] == "2026-12-01T14:00:00+01:00"
    assert event["all_day"] is False and event["rrule"] is None
    listed = run_json(capsys, "events", "--range", "next week", *NOW)
    assert [e["title"] for e in listed] == ["Lunch with Ana"]
    allday = run_json(
        capsys, "events", "add", "Holiday", "--start", "2026-12-24", "--all-day", *NOW
    )
    assert allday["start"] == "2026-12-24" and allday["all_day"] is True


def test_note_records_and_search(capsys: pytest.CaptureFixture[str]) -> None:
    note = run_json(capsys, "notes", "add", "Packing", "--body", "boots and a hat", *NOW)
    assert note == {"id": 1, "title": "Packing", "body": "boots and a hat", "tags": []}
    assert run_json(capsys, "notes", "--search", "boots", *NOW) == [note]
    assert run_json(capsys, "notes", "--search", "sandals", *NOW) == []


def test_environment_variables_stand_in_for_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ASSISTANT_NOW", "2026-11-27T10:00")
    monkeypatch.setenv("ASSISTANT_TZ", "America/New_York")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "elsewhere"))
    added = run_json(capsys, "todos", "add", "x", "--due", "tomorrow 9am")
    assert added["due"] == "2026-11-28T09:00:00-05:00"
    assert (tmp_path / "elsewhere" / "assistant.db").exists()
    # --data-dir wins over the environment.
    assert run_json(capsys, "todos", "--data-dir", str(tmp_path / "other")) == []


def test_undo_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    run_json(capsys, "notes", "add", "temp", *NOW)
    code, out, _ = run(capsys, "undo", *NOW)
    assert code == 0 and "Undid action 1" in out
    assert run_json(capsys, "notes", *NOW) == []
    code, _, err = run(capsys, "undo", "1", *NOW)
    assert code == 1 and err == "Error: Action 1 (Create note 'temp') was already undone.\n"
    code, out, _ = run(capsys, "redo", *NOW)
    assert code == 0 and out == "Redid action 1 (Create note 'temp'); 1 row reapplied.\n"
    assert [n["title"] for n in run_json(capsys, "notes", *NOW)] == ["temp"]
    code, _, err = run(capsys, "redo", *NOW)
    assert code == 1 and err == "Error: There is nothing to redo.\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["todos", "add", "x", "--due", "blorf"], "blorf"),
        (["todos", "add", "x", "--due", "32nd of March"], "March"),
        (["todos", "done", "99"], "no to-do with id 99"),
        (["events", "add", "x", "--start", "tomorrow 3pm", "--end", "tomorrow 2pm"], "end"),
        (["events", "--range", "whenever"], "whenever"),
        (["notes", "--search", "!!!"], "Nothing to search for"),
        (["todos", "--tz", "Mars/Olympus"], "Unknown time zone"),
        (["todos", "--now", "yesterday-ish"], "--now must be an ISO 8601"),
        (["undo", "42"], "no action with id 42"),
        (["import", "/nonexistent/file.ics"], "file.ics"),
    ],
)
def test_errors_are_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    run_json(capsys, "todos", "add", "existing", *NOW)
    code, out, err = (
        run(capsys, *argv, *NOW)
        if "--tz" not in argv and "--now" not in argv
        else run(capsys, *argv)
    )
    assert code == 1
    assert err.startswith("Error: ") and err.count("\n") == 1, err
    assert message in err
    assert "Traceback" not in err + out
    assert [t["title"] for t in run_json(capsys, "todos", "--all", *NOW)] == ["existing"]


def test_module_entry_point_runs_in_a_fresh_process(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "notes", "--json", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


# -- export never destroys data ------------------------------------------------------


@pytest.mark.parametrize("name", ["assistant.db", "assistant.db-wal", "settings.json"])
@pytest.mark.parametrize("force", [[], ["--force"]])
def test_export_onto_the_data_folder_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, force: list[str]
) -> None:
    data = tmp_path / "data"  # $ASSISTANT_DATA_DIR (tests/conftest.py)
    run_json(capsys, "todos", "add", "Keep me", *NOW)
    (data / "settings.json").write_text('{"theme": "dark"}')
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    code, out, err = run(capsys, "export", str(data / name), *force, *NOW)
    assert code == 1 and out == ""
    assert err.startswith(f"Error: Refusing to write {data / name}: it is in the assistant's")
    assert err.count("\n") == 1
    after = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    assert after["settings.json"] == before["settings.json"]
    assert not after.get(name, b"").startswith(b"BEGIN:VCALENDAR")
    store = Store.open(data / "assistant.db")
    try:
        assert [r["title"] for r in store.query("SELECT title FROM todos")] == ["Keep me"]
    finally:
        store.close()


def test_export_refuses_the_folder_named_by_data_dir(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other"
    run_json(capsys, "notes", "add", "Keep", "--data-dir", str(other), *NOW)
    code, _, err = run(
        capsys, "export", str(other / "assistant.db"), "--force", "--data-dir", str(other), *NOW
    )
    assert code == 1 and "data folder" in err
    assert run_json(capsys, "notes", "--data-dir", str(other), *NOW)[0]["title"] == "Keep"


def test_export_onto_a_foreign_file_needs_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run_json(capsys, "events", "add", "Dentist", "--start", "monday 9:00", *NOW)
    target = tmp_path / "notes.txt"
    target.write_bytes(b"shopping list\n")
    code, out, err = run(capsys, "export", str(target), *NOW)
    assert code == 1 and out == ""
    assert err == (
        f"Error: Refusing to overwrite {target}: it is not a calendar file this app "
        "exported. Choose another name, or pass --force to replace it.\n"
    )
    assert target.read_bytes() == b"shopping list\n"
    code, out, err = run(capsys, "export", str(target), "--force", *NOW)
    assert code == 0, err
    assert out == f"Exported 1 event to {target}.\n"
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_export_replaces_its_own_earlier_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "calendar.ics"
    assert run(capsys, "export", str(target), *NOW)[0] == 0
    run_json(capsys, "events", "add", "Dentist", "--start", "monday 9:00", *NOW)
    code, out, err = run(capsys, "export", str(target), *NOW)
    assert code == 0, err
    assert out == f"Exported 1 event to {target}.\n"
    assert b"SUMMARY:Dentist" in target.read_bytes()
