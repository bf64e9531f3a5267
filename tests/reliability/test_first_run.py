"""Several commands started at once on a new data folder: one migrates, the others wait.

Each used to see pending migrations and run them too, and all but one or two
failed with "table todos already exists" or "database is locked" (19 of 20 below).
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from pathlib import Path

import pytest

from assistant.errors import StoreError
from assistant.store import Store, db
from assistant.store.filelock import exclusive_lock
from assistant.store.migrations import migrations

COMMANDS = 20


def _command(path: Path, signals: Path, go: multiprocessing.synchronize.Event, n: int) -> None:
    """One command: open the store (migrating it if needed) and add one to-do."""
    (signals / f"ready-{n}").touch()
    go.wait(60)
    try:
        store = Store.open(path)
        with store.action("add_todo", "Add") as tx:
            tx.insert("todos", {"uid": f"{n}", "title": f"{n}", "created": "c", "updated": "u"})
        store.close()
    except Exception:
        (signals / f"error-{n}").write_text(traceback.format_exc().strip().splitlines()[-1])
        raise


def test_commands_started_together_on_a_new_folder_all_succeed(tmp_path: Path) -> None:
    # fork starts 20 processes in a blink; spawn (Windows, macOS) re-imports in each
    methods = multiprocessing.get_all_start_methods()
    mp = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    path = tmp_path / "data" / "assistant.db"
    signals = tmp_path / "signals"
    signals.mkdir()
    go = mp.Event()
    commands = [mp.Process(target=_command, args=(path, signals, go, n)) for n in range(COMMANDS)]
    for command in commands:
        command.start()
    try:
        deadline = time.monotonic() + 60
        while len(list(signals.glob("ready-*"))) < COMMANDS and time.monotonic() < deadline:
            time.sleep(0.01)
        go.set()  # all of them open the new database at once
        for command in commands:
            command.join(60)
    finally:
        for command in commands:
            if command.is_alive():
                command.kill()
    failed = [c for c in commands if c.exitcode != 0]
    errors = sorted({p.read_text() for p in signals.glob("error-*")})
    assert not failed, f"{len(failed)} of {COMMANDS} failed: {errors}"
    store = Store.open(path)
    assert store.query("SELECT count(*) AS n FROM todos")[0]["n"] == COMMANDS
    assert migrations.pending(store.db) == []
    assert len(migrations.applied(store.db)) == len(migrations._migrations)  # each once
    store.close()


def test_a_migration_that_never_ends_elsewhere_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "MIGRATION_WAIT_SECONDS", 0.2)
    path = tmp_path / "assistant.db"
    lock = tmp_path / f"assistant.db{db.MIGRATION_LOCK_SUFFIX}"
    with (
        exclusive_lock(lock, 1, "migrating"),  # another process, stuck mid-migration
        pytest.raises(StoreError, match="Another window or process has been setting up the"),
    ):
        Store.open(path)
    Store.open(path).close()  # once it lets go, opening migrates
