"""The journal stays small under autosave, is trimmed, and forgets deleted text for good."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.clock import Clock
from assistant.export_all import erase_everything
from assistant.settings import Preferences
from assistant.store import Store
from assistant.store import db as store_db
from assistant.store.upkeep import forget_deleted, journal_bytes, prune_journal
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

BODY = "lorem ipsum dolor sit amet " * 400  # about 10 KB
SECRET = "zebra-quokka-4711"


@pytest.fixture
def db_store(tmp_path: Path) -> Store:
    base = tmp_path / "data"
    base.mkdir()
    return Store.open(base / "assistant.db")


def call(store: Store, clock: Clock, name: str, **args: object) -> dict[str, object]:
    result = default_registry().call(ToolContext(store, clock), name, args)
    assert result.ok, result.text
    return dict(result.data)


def autosave(store: Store, clock: Clock, note_id: int, body: str) -> None:
    with store.editing_session(f"note:{note_id}"):
        call(store, clock, "update_note", note_id=note_id, body=body)


def entries(store: Store) -> int:
    return int(store.query("SELECT count(*) AS n FROM actions")[0]["n"])


def test_autosaves_of_one_note_share_one_entry_and_undo_goes_back_before_them(
    db_store: Store, clock: Clock
) -> None:
    note = call(db_store, clock, "create_note", title="Draft", body="first words")
    for i in range(60):
        autosave(db_store, clock, int(note["id"]), f"{BODY} edit {i}")
    assert entries(db_store) == 2  # the create, and one entry for all 60 saves
    # Two images of the note, not sixty.
    assert journal_bytes(db_store) < 3 * len(BODY.encode()) + 20_000
    db_store.undo()
    assert db_store.get("notes", int(note["id"]))["body"] == "first words"  # type: ignore[index]


def test_a_session_ends_when_something_else_happens_or_after_a_pause(
    db_store: Store, clock: Clock
) -> None:
    now = [0.0]
    db_store.monotonic = lambda: now[0]
    a = int(call(db_store, clock, "create_note", title="A")["id"])
    b = int(call(db_store, clock, "create_note", title="B")["id"])
    autosave(db_store, clock, a, "a1")
    autosave(db_store, clock, a, "a2")
    assert entries(db_store) == 3
    autosave(db_store, clock, b, "b1")  # another note in between
    autosave(db_store, clock, a, "a3")
    assert entries(db_store) == 5
    call(db_store, clock, "add_todo", title="Call Ana")  # any other change in between
    autosave(db_store, clock, a, "a4")
    assert entries(db_store) == 7
    now[0] += store_db.SESSION_IDLE_SECONDS + 1  # a long pause
    autosave(db_store, clock, a, "a5")
    assert entries(db_store) == 8
    db_store.undo()  # an undone entry is never added to
    autosave(db_store, clock, a, "a6")
    assert entries(db_store) == 9


def test_an_edit_from_chat_never_joins_an_autosave_session(db_store: Store, clock: Clock) -> None:
    a = int(call(db_store, clock, "create_note", title="A", body="start")["id"])
    autosave(db_store, clock, a, "typed")
    call(db_store, clock, "update_note", note_id=a, body="from chat")  # no session
    assert entries(db_store) == 3
    db_store.undo()  # the chat's edit alone
    assert db_store.get("notes", a)["body"] == "typed"  # type: ignore[index]


def test_the_journal_is_pruned_by_age_and_by_size(db_store: Store, clock: Clock) -> None:
    for i in range(6):
        call(db_store, clock, "create_note", title=f"N{i}", body=BODY)
    old = (datetime.now(UTC) - timedelta(days=200)).isoformat(timespec="microseconds")
    db_store.db.execute("UPDATE actions SET created = ? WHERE id <= 2", [old])
    result = prune_journal(db_store, max_days=90, max_megabytes=50)
    assert result.entries == 2 and entries(db_store) == 4
    result = prune_journal(db_store, max_days=90, max_megabytes=0)  # everything is too much
    assert entries(db_store) == 0 and result.bytes_after == 0
    assert len(db_store.query("SELECT id FROM notes")) == 6  # the data itself stays


def test_journal_limits_are_preferences_with_defaults(tmp_path: Path) -> None:
    prefs = Preferences.load(tmp_path)
    assert (prefs.journal_days, prefs.journal_megabytes) == (90, 50)
    prefs.journal_days = 30
    prefs.save(tmp_path)
    assert Preferences.load(tmp_path).journal_days == 30


def raw_bytes(store: Store) -> bytes:
    assert store.path is not None
    files = [store.path, store.path.with_name(store.path.name + "-wal")]
    return b"".join(f.read_bytes() for f in files if f.exists())


def test_forget_deleted_items_leaves_no_trace_of_their_text(db_store: Store, clock: Clock) -> None:
    kept = int(call(db_store, clock, "create_note", title="Kept", body="nothing secret")["id"])
    gone = int(call(db_store, clock, "create_note", title="Diary", body=f"{SECRET} one")["id"])
    call(db_store, clock, "update_note", note_id=gone, body=f"{SECRET} two")
    call(db_store, clock, "delete_note", note_id=gone)
    call(db_store, clock, "update_note", note_id=kept, body="still here")
    assert SECRET.encode() in raw_bytes(db_store)  # the journal kept it
    result = forget_deleted(db_store)
    assert result.items == 1 and result.entries == 3
    assert SECRET.encode() not in raw_bytes(db_store)
    assert not db_store.query("SELECT * FROM notes_fts WHERE notes_fts MATCH 'zebra'")
    db_store.undo()  # the kept note's history is untouched
    assert db_store.get("notes", kept)["body"] == "nothing secret"  # type: ignore[index]


def test_forget_deleted_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = str(tmp_path / "cli")
    assert main(["--data-dir", base, "notes", "add", "Diary", "--body", SECRET]) == 0
    store = Store.open(Path(base) / "assistant.db")
    note_id = store.query("SELECT id FROM notes")[0]["id"]
    with store.action("delete_note", "Delete") as tx:
        tx.delete("notes", note_id)
    store.close()
    assert main(["--data-dir", base, "forget-deleted"]) == 1  # no terminal, no --yes
    assert main(["--data-dir", base, "forget-deleted", "--yes"]) == 0
    assert "Forgot 1 deleted item" in capsys.readouterr().out
    data = b"".join(p.read_bytes() for p in Path(base).glob("assistant.db*") if p.is_file())
    assert SECRET.encode() not in data


def test_erase_everything_leaves_no_trace_of_the_text(db_store: Store, clock: Clock) -> None:
    note = int(call(db_store, clock, "create_note", title="Diary", body=f"{SECRET} a")["id"])
    for i in range(5):
        autosave(db_store, clock, note, f"{SECRET} {i} {BODY}")
    erase_everything(db_store)
    assert SECRET.encode() not in raw_bytes(db_store)
