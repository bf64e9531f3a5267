"""The page HMAC of encrypted files: new files use HMAC-SHA256, older ones still open.

Files encrypted before the change used SQLCipher 4's default, HMAC-SHA512. Such
a file is made here as that version made it (``sqlcipher_export`` into a file
attached with SQLCipher's defaults), and must open, read and take writes;
a key change rewrites it with the new HMAC. Each file's HMAC is told apart
by opening it with the driver directly: only the right setting reads it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from helpers import digest

from assistant.clock import Clock
from assistant.store import Store, cipher
from assistant.tools import ToolContext, default_registry

pytestmark = pytest.mark.skipif(
    cipher.unavailable_reason() is not None, reason=f"{cipher.unavailable_reason()}"
)

SECRET = "the purple elephant dances at midnight"


@pytest.fixture
def db(tmp_path: Path, clock: Clock) -> Path:
    """A real plain file with to-dos and notes, made through the tools."""
    path = tmp_path / "data" / "assistant.db"
    path.parent.mkdir()
    store = Store.open(path)
    ctx, tools = ToolContext(store, clock), default_registry()
    assert tools.call(ctx, "add_todo", {"title": "Buy milk", "tags": ["home"]}).ok
    assert tools.call(ctx, "create_note", {"title": "Zoo", "body": SECRET}).ok
    for i in range(30):
        assert tools.call(ctx, "create_note", {"title": f"Note {i}", "body": f"body {i}"}).ok
    store.close()
    return path


def encrypt_as_before(path: Path) -> bytes:
    """Encrypt ``path`` as the app did before the change: SQLCipher's default HMAC."""
    module = cipher.driver()
    assert module is not None
    key = cipher.new_key()
    copy = path.with_name("old-format.db")
    src = module.connect(str(path), isolation_level=None)
    try:
        src.execute("PRAGMA journal_mode = DELETE")
        src.execute("ATTACH DATABASE ? AS converted KEY ?", (str(copy), cipher.key_literal(key)))
        version = int(src.execute("PRAGMA main.user_version").fetchone()[0])
        src.execute("SELECT sqlcipher_export('converted')")
        src.execute(f"PRAGMA converted.user_version = {version}")
        src.execute("DETACH DATABASE converted")
    finally:
        src.close()
    os.replace(copy, path)
    assert cipher.store_key(path.parent, key)
    return key


def reads_with(path: Path, key: bytes, algorithm: str) -> bool:
    """Whether the driver reads ``path`` with ``key`` and only this page HMAC set."""
    module = cipher.driver()
    assert module is not None
    conn = module.connect(str(path))
    try:
        conn.execute(f'PRAGMA key = "{cipher.key_literal(key)}"')
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {algorithm}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def note_titles(store: Store) -> list[str]:
    return [r["title"] for r in store.query("SELECT title FROM notes ORDER BY id")]


def test_a_file_encrypted_before_the_change_opens_reads_and_writes(db: Path, clock: Clock) -> None:
    plain = Store.open(db)
    try:
        titles = note_titles(plain)
    finally:
        plain.close()
    key = encrypt_as_before(db)
    assert reads_with(db, key, cipher.OLD_HMAC) and not reads_with(db, key, cipher.HMAC)
    store = Store.open(db)  # the key from the keychain, as at every start
    try:
        assert store.encrypted and store.key == key
        assert cipher.hmac_algorithm(store.db.conn) == cipher.OLD_HMAC
        assert note_titles(store) == titles
        assert store.check_integrity() == []  # the read-only check connection opens it too
        ctx, tools = ToolContext(store, clock), default_registry()
        assert "elephant" in tools.call(ctx, "search_notes", {"query": "elephant"}).text
        assert tools.call(ctx, "add_todo", {"title": "Written to the old file"}).ok
    finally:
        store.close()
    assert reads_with(db, key, cipher.OLD_HMAC)  # writes keep its format; it is not rewritten
    again = Store.open(db, key)
    try:
        assert [r["title"] for r in again.query("SELECT title FROM todos ORDER BY id")][-1] == (
            "Written to the old file"
        )
    finally:
        again.close()
    assert SECRET.encode() not in db.read_bytes()


def test_new_files_use_the_new_hmac(db: Path, tmp_path: Path) -> None:
    key = cipher.new_key()
    fresh = tmp_path / "fresh" / "assistant.db"
    Store.open(fresh, key).close()
    assert reads_with(fresh, key, cipher.HMAC) and not reads_with(fresh, key, cipher.OLD_HMAC)
    store = Store.open(db)
    try:
        store.encrypt(key)  # turning encryption on: the copy is written with the new HMAC
        assert cipher.hmac_algorithm(store.db.conn) == cipher.HMAC
    finally:
        store.close()
    assert reads_with(db, key, cipher.HMAC) and not reads_with(db, key, cipher.OLD_HMAC)


def test_a_key_change_moves_an_old_file_to_the_new_hmac(db: Path) -> None:
    old = encrypt_as_before(db)
    store = Store.open(db)
    try:
        titles = note_titles(store)
        new = cipher.new_key()
        store.rotate_key(new)
        assert cipher.hmac_algorithm(store.db.conn) == cipher.HMAC
        assert note_titles(store) == titles
    finally:
        store.close()
    assert reads_with(db, new, cipher.HMAC) and not reads_with(db, new, cipher.OLD_HMAC)
    assert not cipher.opens(db, old)


@pytest.mark.parametrize("made", ["before the change", "now"])
def test_a_wrong_key_fails_cleanly_with_either_hmac(db: Path, made: str) -> None:
    if made == "now":
        store = Store.open(db)
        try:
            store.encrypt(cipher.new_key())
        finally:
            store.close()
    else:
        encrypt_as_before(db)
    before = digest(db)
    wrong = cipher.new_key()
    with pytest.raises(cipher.WrongKey, match="does not open"):
        Store.open(db, wrong)
    assert not cipher.opens(db, wrong)
    assert digest(db) == before
    level = cipher.connect(":memory:", None)  # a probe that failed leaves SQLCipher's log as it was
    try:
        assert level.execute("PRAGMA cipher_log_level").fetchone()[0] == "WARN"
    finally:
        level.close()
