"""Read-only media show the data; a full disk is called full, on reads too.

Tests run as root here, where permission bits are ignored, so the read-only
open is driven at its seams (the writability probe, and SQLite refusing the
read-write open); the chmod test runs where permissions count.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import digest

from assistant.cli import main
from assistant.errors import ReadOnlyData, StoreError
from assistant.store import Store, explain
from assistant.store import db as store_db


@pytest.fixture
def base(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    store = Store.open(folder / "assistant.db")
    with store.action("seed", "seed") as tx:
        tx.insert("todos", {"uid": "a", "title": "Pack boots", "created": "x", "updated": "x"})
        tx.insert(
            "notes", {"uid": "b", "title": "Trip", "body": "hat", "created": "x", "updated": "x"}
        )
    store.close()
    return folder


def assert_read_only(store: Store, folder: Path) -> None:
    assert [r["title"] for r in store.query("SELECT title FROM todos")] == ["Pack boots"]
    with pytest.raises(ReadOnlyData) as refused, store.action("add_todo", "Add") as tx:
        tx.insert("todos", {"uid": "c", "title": "New", "created": "x", "updated": "x"})
    assert str(refused.value) == (
        f"The data folder {folder} is read-only, so changes are off; nothing was saved."
    )


def test_an_unwritable_folder_opens_read_only_and_shows_the_data(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = base / "assistant.db"
    before = digest(db)
    monkeypatch.setattr(store_db, "_writable", lambda _file: False)
    store = Store.open(db)
    try:
        assert_read_only(store, base)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("DELETE FROM todos")  # the connection itself is mode=ro
    finally:
        store.close()
    assert digest(db) == before


def test_sqlite_refusing_to_open_for_writing_falls_back_to_read_only(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_file: Path | None) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store_db, "_connect", refuse)
    store = Store.open(base / "assistant.db")
    try:
        assert_read_only(store, base)
    finally:
        store.close()


def test_the_command_line_lists_and_refuses_plainly(
    base: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(store_db, "_writable", lambda _file: False)
    assert main(["--data-dir", str(base), "todos"]) == 0
    assert "Pack boots" in capsys.readouterr().out
    assert main(["--data-dir", str(base), "todos", "add", "Buy milk"]) == 1
    assert "is read-only, so changes are off" in capsys.readouterr().err


def test_a_read_only_folder_with_no_database_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()

    def refuse(_file: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(store_db, "_make_private", refuse)
    with pytest.raises(StoreError, match="Cannot write in the data folder"):
        Store.open(folder / "assistant.db")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_a_chmod_read_only_folder_shows_the_data(base: Path) -> None:
    db = base / "assistant.db"
    db.chmod(0o400)
    base.chmod(0o500)
    try:
        store = Store.open(db)
        try:
            assert_read_only(store, base)
        finally:
            store.close()
    finally:
        base.chmod(0o700)
        db.chmod(0o600)


# -- a full disk --------------------------------------------------------------


def io_error(*_args: Any) -> Any:
    raise sqlite3.OperationalError("disk I/O error")


def test_a_read_on_a_full_disk_says_the_disk_is_full(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(base / "assistant.db")
    try:
        monkeypatch.setattr(explain, "free_bytes", lambda _folder: 4096)
        monkeypatch.setattr(store.db, "execute", io_error)
        with pytest.raises(StoreError) as failed:
            store.query("SELECT * FROM todos")
        assert str(failed.value).startswith("The disk is full")
    finally:
        monkeypatch.undo()
        store.close()


def test_an_io_error_with_room_on_the_disk_is_not_called_full(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(explain, "free_bytes", lambda _folder: 10**10)
    assert not explain.disk_full(sqlite3.OperationalError("disk I/O error"), base)
    assert explain.disk_full(sqlite3.OperationalError("database or disk is full"), base)
    assert explain.disk_full(OSError(errno.ENOSPC, "No space left on device"), base)


def test_the_command_line_says_the_disk_is_full_on_a_read(
    base: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def open_on_a_full_disk(cls: type[Store], path: Any = None) -> Store:
        store = real_open(cls, path)
        store.db.execute = io_error  # type: ignore[method-assign]
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_on_a_full_disk))
    monkeypatch.setattr(explain, "free_bytes", lambda _folder: 0)
    assert main(["--data-dir", str(base), "todos"]) == 1
    err = capsys.readouterr().err
    assert "The disk is full, so the data could not be read." in err
    assert "disk I/O error" not in err and "Traceback" not in err


def test_a_write_on_a_full_disk_says_the_disk_is_full(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(base / "assistant.db")
    store.check_integrity()
    monkeypatch.setattr(explain, "free_bytes", lambda _folder: 0)
    try:
        with (
            pytest.raises(StoreError, match=r"^The disk is full, so nothing was saved"),
            store.action("add_todo", "Add") as tx,
        ):
            tx.insert("todos", {"uid": "c", "title": "New", "created": "x", "updated": "x"})
            raise sqlite3.OperationalError("disk I/O error")
        assert store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 1
    finally:
        store.close()


def test_opening_on_a_full_disk_says_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_file: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_db, "_make_private", full)
    with pytest.raises(StoreError, match=r"^The disk is full"):
        Store.open(tmp_path / "new" / "assistant.db")
