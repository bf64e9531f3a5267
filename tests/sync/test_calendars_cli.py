"""`assistant calendars list|default` and `--calendar` on `events add` and `todos add`,
as a user runs them, against a real Radicale."""

from __future__ import annotations

import json

import pytest
from caldav_servers import MemoryKeyring, Radicale
from helpers import run_cli
from test_sync_cli import DATA, add


@pytest.fixture
def server(radicale: Radicale) -> Radicale:
    radicale.make_calendar("work", "Work", ["VEVENT", "VTODO"])
    radicale.make_calendar("tasks", "Tasks", ["VTODO"])
    return radicale


def test_list_default_and_calendar_on_add(
    server: Radicale,
    keychain: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = run_cli(capsys, "calendars", "list", *DATA)
    assert (code, out, err) == (0, "local  events and to-dos  (default)\n", "")
    assert add(capsys, monkeypatch, server.url)[0] == 0
    code, out, _ = run_cli(capsys, "calendars", "list", "--json", *DATA)
    records = json.loads(out)
    assert [(r["name"], r["kinds"], r["default"]) for r in records] == [
        ("local", ["event", "todo"], True),
        ("home/Tasks", ["todo"], False),
        ("home/Work", ["event", "todo"], False),
    ]
    code, out, _ = run_cli(capsys, "calendars", "default", "work", *DATA)
    assert code == 0 and "New events and to-dos go to home/Work" in out
    code, out, _ = run_cli(capsys, "calendars", *DATA)
    assert "home/Work  events and to-dos  (default)" in out
    # Named on the command line, or the default one.
    code, out, err = run_cli(capsys, "events", "add", "Demo", "--start", "2026-12-01 10:00", *DATA)
    assert code == 0 and "(in the calendar home/Work)" in out, err
    code, out, err = run_cli(capsys, "todos", "add", "Expenses", "--calendar", "tasks", *DATA)
    assert code == 0 and "(in the calendar home/Tasks)" in out, err
    code, out, err = run_cli(
        capsys, "events", "add", "Lunch", "--start", "2026-12-01 12:00", "--calendar", "local",
        *DATA,
    )  # fmt: skip
    assert code == 0 and "in the calendar" not in out, err


def test_unknown_names_are_one_line_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "calendars", "default", "nowhere", *DATA)
    assert code != 0 and out == "" and "no calendar named 'nowhere'" in err
    code, out, err = run_cli(
        capsys, "events", "add", "Demo", "--start", "2026-12-01 10:00", "--calendar", "nowhere",
        *DATA,
    )  # fmt: skip
    assert code != 0 and "no calendar named 'nowhere'" in err and err.count("\n") == 1
