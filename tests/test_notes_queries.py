"""The note list's reads (assistant/notes/queries.py) on a real SQLite file with FTS5."""

from __future__ import annotations

from typing import Any

from assistant.notes.model import Note
from assistant.notes.queries import MARK_END, MARK_START, all_tags, load_page, strip_markdown
from assistant.tools.context import ToolContext
from assistant.tools.notes import NOTE_TOOLS, get_record, notes_of
from assistant.tools.registry import ToolRegistry

TOOLS = ToolRegistry.of(NOTE_TOOLS)


def create(ctx: ToolContext, title: str, body: str = "", **args: Any) -> int:
    result = TOOLS.call(ctx, "create_note", {"title": title, "body": body, **args})
    assert result.ok, result.text
    return int(result.data["id"])


def test_recent_notes_come_newest_first_with_plain_excerpts(ctx: ToolContext) -> None:
    create(ctx, "Garden", "# Plan\n- plant **tomatoes** in [May](http://x)", tags=["home"])
    create(ctx, "Pancakes", "Flour, eggs, milk.")
    page = load_page(ctx.store, "", "")
    assert [n.title for n in page.notes] == ["Pancakes", "Garden"]
    assert page.notes[1].excerpt == "Plan plant tomatoes in May"
    assert page.notes[1].tags == ("home",)
    assert not page.more


def test_search_marks_matches_and_filters_by_tag(ctx: ToolContext) -> None:
    create(ctx, "Tomato soup", "Simmer.")
    create(ctx, "Garden", "Plant tomatoes in May.", tags=["home"])
    page = load_page(ctx.store, "tomato", "")
    assert [n.title for n in page.notes] == [f"{MARK_START}Tomato{MARK_END} soup", "Garden"]
    assert f"{MARK_START}tomatoes{MARK_END}" in page.notes[1].excerpt
    tagged = load_page(ctx.store, "tomato", "home")
    assert [n.id for n in tagged.notes] == [2]
    assert [n.title for n in load_page(ctx.store, "", "home").notes] == ["Garden"]
    assert all_tags(ctx.store) == ["home"]


def test_a_full_page_says_there_is_more(ctx: ToolContext) -> None:
    for i in range(4):
        create(ctx, f"Note {i}")
    page = load_page(ctx.store, "", "", limit=3)
    assert len(page.notes) == 3 and page.more


def test_strip_markdown_keeps_words() -> None:
    assert strip_markdown("> quoted _word_ and `code`\n1. [ ] item") == "quoted word and code item"


def test_a_note_row_is_one_typed_value(ctx: ToolContext) -> None:
    note_id = create(ctx, "Garden", "Plant.", tags=["home", "Spring"])
    rows = ctx.store.query("SELECT * FROM notes")
    assert notes_of(ctx.store, rows) == [Note(note_id, "Garden", "Plant.", ("home", "Spring"))]
    assert get_record(ctx.store, note_id) == {
        "id": note_id,
        "title": "Garden",
        "body": "Plant.",
        "tags": ["home", "Spring"],
    }
