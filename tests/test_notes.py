"""Note tools and full-text search on a real SQLite file with FTS5."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.store import Store
from assistant.tools.context import ToolContext
from assistant.tools.notes import NOTE_TOOLS, search
from assistant.tools.registry import ToolRegistry

TOOLS = ToolRegistry.of(NOTE_TOOLS)


def call(ctx: ToolContext, name: str, **arguments: Any) -> Any:
    result = TOOLS.call(ctx, name, arguments)
    assert result.ok, result.text
    return result


def fts_ids(store: Store, word: str) -> list[int]:
    rows = store.query("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid", [word])
    return [r["rowid"] for r in rows]


def test_create_search_with_snippet(ctx: ToolContext) -> None:
    call(ctx, "create_note", title="Pancakes", body="Flour, eggs, milk. Whisk the batter well.")
    call(ctx, "create_note", title="Garden", body="Plant tomatoes in May.", tags=["home"])
    result = call(ctx, "search_notes", query="batter")
    assert [r["title"] for r in result.data] == ["Pancakes"]
    assert "**batter**" in result.data[0]["snippet"]
    # Prefix and stemming: "tomato" finds "tomatoes".
    assert [r["title"] for r in call(ctx, "search_notes", query="tomato").data] == ["Garden"]
    # Title matches rank above body matches.
    call(ctx, "create_note", title="Tomato soup", body="Simmer.")
    assert call(ctx, "search_notes", query="tomato").data[0]["title"] == "Tomato soup"


def test_search_syntax_is_never_an_fts_error(ctx: ToolContext) -> None:
    call(ctx, "create_note", title="C++ tips", body='use -Wall AND "quotes"')
    for query in ['"', "AND", "c++ -Wall", "NEAR(", "col:umn", "*"]:
        result = TOOLS.call(ctx, "search_notes", {"query": query})
        assert result.ok or "Nothing to search for" in result.text, (query, result.text)


def test_read_update_append_tag_and_fts_stays_in_sync(ctx: ToolContext, store: Store) -> None:
    note = call(ctx, "create_note", title="Trip", body="Pack boots").data
    assert call(ctx, "read_note", note_id=note["id"]).text.endswith("Pack boots")
    call(ctx, "update_note", note_id=note["id"], body="Pack sandals")
    assert fts_ids(store, "boots") == [] and fts_ids(store, "sandals") == [note["id"]]
    call(ctx, "append_to_note", note_id=note["id"], text="and a hat")
    assert store.get("notes", note["id"])["body"] == "Pack sandals\n\nand a hat"  # type: ignore[index]
    # A list item goes on the list: no blank line between items.
    listed = call(ctx, "create_note", title="Packing", body="- boots\n").data
    call(ctx, "append_to_note", note_id=listed["id"], text="- hat")
    assert store.get("notes", listed["id"])["body"] == "- boots\n- hat"  # type: ignore[index]
    tagged = call(ctx, "tag_note", note_id=note["id"], tags=["travel", "#Summer"]).data
    assert tagged["tags"] == ["Summer", "travel"]
    assert [r["id"] for r in call(ctx, "list_notes", tag="travel").data] == [note["id"]]
    deleted = call(ctx, "delete_note", note_id=note["id"])
    assert fts_ids(store, "sandals") == []
    store.undo(deleted.action_id)
    assert fts_ids(store, "sandals") == [note["id"]]
    assert call(ctx, "read_note", note_id=note["id"]).data["tags"] == ["Summer", "travel"]


def test_ten_megabyte_note_is_refused_and_nothing_changes(ctx: ToolContext, store: Store) -> None:
    result = TOOLS.call(ctx, "create_note", {"title": "big", "body": "x" * 10_000_000})
    assert not result.ok and "limit is 1,000,000" in result.text
    assert store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 0


def test_large_note_is_trimmed_for_the_model_but_kept_whole(ctx: ToolContext) -> None:
    body = "word " * 100_000
    note = call(ctx, "create_note", title="long", body=body).data
    read = call(ctx, "read_note", note_id=note["id"])
    assert len(read.text) < 5000 and "more characters" in read.text
    assert read.data["body"] == body


def test_full_disk_is_a_clear_error_and_the_store_is_unchanged(
    ctx: ToolContext, store: Store
) -> None:
    call(ctx, "create_note", title="before", body="small")
    pages = store.query("PRAGMA page_count")[0]["page_count"]
    store.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite reports SQLITE_FULL past this
    result = TOOLS.call(ctx, "create_note", {"title": "huge", "body": "y" * 900_000})
    assert not result.ok and "disk is full" in result.text
    assert [r["title"] for r in store.query("SELECT title FROM notes")] == ["before"]
    assert store.query("SELECT count(*) AS n FROM actions")[0]["n"] == 1


def test_search_helper_marks_for_the_window(store: Store, ctx: ToolContext) -> None:
    call(ctx, "create_note", title="Pasta", body="boil water, add salt")
    hits = search(store, "salt", 5, marks=("<b>", "</b>"))
    assert hits[0].snippet.endswith("<b>salt</b>")


@pytest.mark.parametrize(
    ("name", "arguments", "message"),
    [
        ("create_note", {"title": ""}, "title cannot be empty"),
        ("read_note", {"note_id": 7}, "no note with id 7"),
        ("append_to_note", {"note_id": 1, "text": "  "}, "no text to append"),
        ("update_note", {"note_id": 1}, "at least one field"),
        ("tag_note", {"note_id": 1, "tags": ["x" * 41]}, "longer than 40"),
        ("search_notes", {"query": "!!!"}, "Nothing to search for"),
    ],
)
def test_bad_input(
    ctx: ToolContext, store: Store, name: str, arguments: dict[str, Any], message: str
) -> None:
    call(ctx, "create_note", title="n", body="b")
    before = store.query("SELECT * FROM notes"), store.query("SELECT * FROM actions")
    result = TOOLS.call(ctx, name, arguments)
    assert not result.ok and message in result.text
    assert (store.query("SELECT * FROM notes"), store.query("SELECT * FROM actions")) == before
