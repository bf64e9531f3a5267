"""A damaged database takes no more changes, and is recovered only when the user agrees.

The damage is real: random bytes over three of the pages that hold notes,
in a real SQLite file, as the audit did.
"""

from __future__ import annotations

import io
import random
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from helpers import digest

from assistant.cli import main
from assistant.errors import DatabaseDamaged, StoreError
from assistant.store import Store
from assistant.store.integrity import quick_check
from assistant.store.recover import recover

NOTES = 300
PAGE = 4096
MARK = b"readable-note-body"
ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:one@test
DTSTART:20261201T090000Z
DTEND:20261201T100000Z
SUMMARY:Imported meeting
END:VEVENT
END:VCALENDAR
"""


def body(i: int) -> str:
    return f"{MARK.decode()} {i} " * 12


def damage(path: Path, pages: int = 3) -> list[int]:
    """Random bytes over ``pages`` table pages that hold note text (never page 1)."""
    data = bytearray(path.read_bytes())
    leaves = [
        n
        for n in range(1, len(data) // PAGE)
        if data[n * PAGE] == 0x0D and MARK in data[n * PAGE : (n + 1) * PAGE]
    ]
    assert len(leaves) > pages + 4
    rng = random.Random(13)
    hit = leaves[2 : 2 + pages]
    for n in hit:
        data[n * PAGE : (n + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))
    return hit


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    base = tmp_path / "data"
    base.mkdir()
    db = base / "assistant.db"
    store = Store.open(db)
    with store.action("seed", "seed") as tx:
        for i in range(NOTES):
            tx.insert(
                "notes",
                {
                    "uid": f"n{i}",
                    "title": f"Note {i}",
                    "body": body(i),
                    "created": "2026-11-01",
                    "updated": "2026-11-01",
                },
            )
            tx.insert(
                "todos",
                {
                    "uid": f"t{i}",
                    "title": f"To-do {i}",
                    "created": "2026-11-01",
                    "updated": "2026-11-01",
                },
            )
    store.close()  # checkpoints: every row is in the main file
    damage(db)
    assert quick_check(db)
    return db


def wal_frames(db: Path) -> int:
    wal = db.with_name(db.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_a_write_is_refused_with_a_plain_message_and_changes_nothing(damaged: Path) -> None:
    before = digest(damaged)
    store = Store.open(damaged)
    try:
        with (
            pytest.raises(DatabaseDamaged) as refused,
            store.action("add_todo", "Add") as tx,
        ):
            tx.insert("todos", {"uid": "new", "title": "New", "created": "x", "updated": "x"})
        assert str(refused.value) == (
            "The database is damaged; changes are off until it is repaired."
        )
        assert isinstance(refused.value, StoreError)
        # Writes that do not go through the journal are stopped too.
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("DELETE FROM todos")
        assert store.query("SELECT count(*) AS n FROM todos")[0]["n"] == NOTES  # reads work
    finally:
        store.close()
    assert digest(damaged) == before
    assert wal_frames(damaged) == 0


def test_the_command_line_refuses_an_add_and_an_import(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(damaged)
    base = str(damaged.parent)
    assert main(["--data-dir", base, "todos", "add", "Buy milk"]) == 1
    assert "The database is damaged; changes are off until it is repaired." in (
        capsys.readouterr().err
    )
    calendar = tmp_path / "in.ics"
    calendar.write_text(ICS)
    assert main(["--data-dir", base, "import", str(calendar)]) == 1
    assert "damaged" in capsys.readouterr().err
    assert digest(damaged) == before


def test_the_background_check_stops_writes_before_any_is_made(damaged: Path) -> None:
    store = Store.open(damaged)
    try:
        assert store.check_integrity()  # what the window runs on a worker at start
        assert isinstance(store.writes_off, DatabaseDamaged)
        with pytest.raises(DatabaseDamaged):
            store.undo()
    finally:
        store.close()


def test_recovery_keeps_the_readable_rows_and_the_damaged_file(damaged: Path) -> None:
    damaged_bytes = digest(damaged)
    store = Store.open(damaged)
    try:
        result = store.recover()  # row by row here: this sqlite3 shell's .recover may be absent
        assert result.backup.exists() and digest(result.backup) == damaged_bytes
        assert result.backup.parent == damaged.parent
        assert quick_check(damaged) == []
        notes = store.query("SELECT id, title, body FROM notes ORDER BY id")
        assert 0 < len(notes) < NOTES  # three pages of notes are gone, the rest is back
        for note in notes:  # every recovered row is the row that was written
            i = int(note["title"].split()[1])
            assert note["body"] == body(i)
        assert result.rows["notes"] == len(notes)
        assert store.query("SELECT count(*) AS n FROM todos")[0]["n"] == NOTES
        hits = store.query("SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH 'readable'")
        assert hits[0]["n"] == len(notes)
        # Changes are on again, on the new file.
        with store.action("add_todo", "Add") as tx:
            tx.insert("todos", {"uid": "new", "title": "New", "created": "x", "updated": "x"})
        assert "Recovered" in result.describe() and str(result.backup) in result.describe()
    finally:
        store.close()


def _shell_recovers(tmp: Path) -> bool:
    """Whether the sqlite3 shell on PATH has a working ``.recover`` (3.40.1's fails)."""
    cli = shutil.which("sqlite3")
    if cli is None:
        return False
    probe = tmp / "probe.db"
    with sqlite3.connect(probe) as db:
        db.execute("CREATE TABLE t (x)")
    run = subprocess.run([cli, "-readonly", str(probe), ".recover"], capture_output=True)
    return run.returncode == 0 and b"CREATE TABLE" in run.stdout


@pytest.mark.parametrize("use_cli", [True, False], ids=["sqlite3-recover", "row-by-row"])
def test_both_ways_of_reading_bring_back_the_readable_rows(
    damaged: Path, use_cli: bool, tmp_path: Path
) -> None:
    if use_cli and not _shell_recovers(tmp_path):
        pytest.skip("no sqlite3 shell with a working .recover on PATH")
    result = recover(damaged, use_cli=use_cli)
    assert result.method.startswith("sqlite3 .recover" if use_cli else "read row by row")
    store = Store.open(damaged)
    try:
        notes = store.query("SELECT title, body FROM notes ORDER BY id")
        assert 0 < len(notes) < NOTES
        assert all(n["body"] == body(int(n["title"].split()[1])) for n in notes)
        assert result.rows["notes"] == len(notes)
        assert store.query("SELECT count(*) AS n FROM todos")[0]["n"] == NOTES
    finally:
        store.close()


def test_a_shell_whose_recover_fails_leaves_the_rows_to_be_read_one_by_one(
    damaged: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "sqlite3"
    broken.write_text("#!/bin/sh\necho 'sql error: SQL logic error (1)' >&2\nexit 1\n")
    broken.chmod(0o755)
    result = recover(damaged, sqlite_cli=str(broken))
    assert result.method == "read row by row"
    assert 0 < result.rows["notes"] < NOTES


def test_repair_asks_first_and_does_nothing_without_consent(
    damaged: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(damaged)
    base = str(damaged.parent)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["--data-dir", base, "repair"]) == 1  # no terminal to ask in
    assert "--yes" in capsys.readouterr().err
    assert digest(damaged) == before

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert main(["--data-dir", base, "repair"]) == 1
    assert "Nothing was changed." in capsys.readouterr().out
    assert digest(damaged) == before
    assert not list(damaged.parent.glob("assistant.db.damaged-*"))

    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert main(["--data-dir", base, "repair"]) == 0
    out = capsys.readouterr().out
    assert "is damaged" in out and "Recovered" in out
    (backup,) = [
        p for p in damaged.parent.glob("assistant.db.damaged-*") if not p.name.endswith("-wal")
    ]
    assert digest(backup) == before
    assert quick_check(damaged) == []
    assert main(["--data-dir", base, "repair", "--yes"]) == 0
    assert "intact; nothing to repair" in capsys.readouterr().out
    assert main(["--data-dir", base, "todos", "add", "Buy milk"]) == 0
