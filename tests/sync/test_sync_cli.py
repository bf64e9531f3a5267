"""`assistant accounts add|list|remove` and `assistant sync`, as a user runs them."""

from __future__ import annotations

import io
import json

import pytest
from caldav_servers import PASSWORD, USER, BadServer, MemoryKeyring, Radicale
from helpers import run_cli
from test_sync_flow import vevent

DATA = ["--now", "2026-11-27T10:00", "--tz", "Europe/Berlin"]


@pytest.fixture
def server(radicale: Radicale) -> Radicale:
    radicale.make_calendar("work", "Work", ["VEVENT"])
    radicale.make_calendar("tasks", "Tasks", ["VTODO"])
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    return radicale


def add(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str, *more: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return run_cli(
        capsys, "accounts", "add", "home", "--url", url, "--user", USER, "--password-stdin",
        *more, *DATA,
    )  # fmt: skip


def test_add_discovers_and_syncs_then_list_and_sync_say_so(
    server: Radicale,
    keychain: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = add(capsys, monkeypatch, server.url)
    assert code == 0, err
    assert "Added the account home: 2 calendars found, 2 synced (Tasks, Work)." in out
    assert "home/Work: from the server 1 created; to the server nothing" in out

    code, out, _err = run_cli(capsys, "events", "--range", "next week", "--json", *DATA)
    assert [e["title"] for e in json.loads(out)] == ["Standup"]

    code, out, _err = run_cli(capsys, "accounts", "list", "--json", *DATA)
    [record] = json.loads(out)
    assert record["name"] == "home" and record["user"] == USER and record["url"] == server.url
    assert [(c["name"], c["events"], c["todos"]) for c in record["calendars"]] == [
        ("Tasks", False, True),
        ("Work", True, False),
    ]
    assert PASSWORD not in out
    code, out, _err = run_cli(capsys, "accounts", "list", *DATA)
    assert code == 0 and "home  alice at" in out and "Work: events" in out

    server.put("work", "lunch.ics", vevent("lunch@phone", "Lunch", "20261203T120000"))
    code, out, _err = run_cli(capsys, "sync", "home", *DATA)
    assert code == 0 and "home/Work: from the server 1 created" in out

    code, out, _err = run_cli(capsys, "accounts", "remove", "home", *DATA)
    assert code == 0 and "its items stay here" in out
    code, out, _err = run_cli(capsys, "events", "--range", "next week", "--json", *DATA)
    assert sorted(e["title"] for e in json.loads(out)) == ["Lunch", "Standup"]


def test_add_can_pick_calendars_and_skip_the_sync(
    server: Radicale,
    keychain: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = add(capsys, monkeypatch, server.url, "--calendar", "work", "--no-sync")
    assert code == 0, err
    assert "2 calendars found, 1 synced (Work)." in out and "from the server" not in out
    code, out, _err = run_cli(capsys, "sync", *DATA)
    assert code == 0 and "home/Work" in out and "home/Tasks" not in out
    code, out, _err = run_cli(capsys, "accounts", "remove", "home", "--delete-local", *DATA)
    assert code == 0 and "and 1 of its items here" in out


def test_failures_are_one_line_and_non_zero(
    server: Radicale,
    bad_server: BadServer,
    keychain: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad_server.mode = "401"
    code, out, err = add(capsys, monkeypatch, bad_server.url)
    assert code == 1 and out == ""
    assert err.startswith("Error: The server 127.0.0.1") and err.count("\n") == 1

    code, out, err = run_cli(capsys, "sync", "nobody", *DATA)
    assert code == 1 and "There is no account named 'nobody'" in err

    code, _out, _err = add(capsys, monkeypatch, server.url)
    assert code == 0
    server.stop()
    code, out, err = run_cli(capsys, "sync", *DATA)
    assert code == 1
    assert "failed: Cannot reach the server" in out and "Traceback" not in out + err
    assert "could not be synced" in err
    server.start()
    code, out, _err = run_cli(capsys, "sync", "--json", *DATA)
    assert code == 0 and json.loads(out)["ok"] is True


def test_without_a_password_on_stdin_and_no_terminal_nothing_is_added(
    server: Radicale, keychain: MemoryKeyring, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _out, err = run_cli(
        capsys, "accounts", "add", "home", "--url", server.url, "--user", USER, *DATA
    )
    assert code == 1 and "--password-stdin" in err
    code, out, _err = run_cli(capsys, "accounts", "list", *DATA)
    assert "No accounts" in out
