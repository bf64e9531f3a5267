"""The notes view: list, search with highlights, tag filter, editor, autosave, delete."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from assistant.ui.context import NOTES, AppContext
from assistant.ui.notes.list_model import NoteRole
from assistant.ui.notes.view import EDITOR, PLACEHOLDER, NotesView
from assistant.ui.tasks import run_in_background


@pytest.fixture
def view(app_ctx: AppContext, qtbot: QtBot) -> Iterator[NotesView]:
    w = NotesView(app_ctx)
    qtbot.addWidget(w)
    w.resize(1180, 760)
    w.show()
    qtbot.waitExposed(w)
    yield w


def add_note(ctx: AppContext, title: str, body: str = "", tags: list[str] | None = None) -> int:
    result = ctx.call_tool("create_note", {"title": title, "body": body, "tags": tags or []})
    assert result.ok, result.text
    ctx.bus.notify([NOTES])
    return int(result.data["id"])


def titles(view: NotesView) -> list[str]:
    m = view.model
    return [m.data(m.index(row, 0)) for row in range(m.rowCount())]


def stored(ctx: AppContext, note_id: int) -> dict[str, Any] | None:
    result = ctx.call_tool("read_note", {"note_id": note_id})
    return result.data if result.ok else None


def action_count(ctx: AppContext, tool: str) -> int:
    return int(ctx.store.query("SELECT count(*) AS n FROM actions WHERE tool = ?", [tool])[0]["n"])


def open_row(view: NotesView, qtbot: QtBot, title: str) -> None:
    qtbot.waitUntil(lambda: title in titles(view))
    view.list.setCurrentIndex(view.model.index(titles(view).index(title), 0))
    qtbot.waitUntil(lambda: view.editor.isEnabled() and view.editor.title.text() == title)


def test_lists_recent_notes_first(app_ctx: AppContext, view: NotesView, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: "No notes yet" in view.count_label.text())
    add_note(app_ctx, "Older")
    add_note(app_ctx, "Newer")
    qtbot.waitUntil(lambda: titles(view) == ["Newer", "Older"])
    assert view.count_label.text() == "2 notes"


def test_search_shows_highlighted_snippets(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    add_note(app_ctx, "Groceries", "Buy oat milk & bread at the <corner> shop")
    add_note(app_ctx, "Milk prices", "Compare supermarkets")
    add_note(app_ctx, "Holiday", "Pack sunscreen")
    qtbot.waitUntil(lambda: len(titles(view)) == 3)

    qtbot.keyClicks(view.search, "milk")
    qtbot.waitUntil(lambda: sorted(titles(view)) == ["Groceries", "Milk prices"])

    rows = {view.model.index(r, 0).data(): view.model.index(r, 0) for r in range(2)}
    excerpt = rows["Groceries"].data(NoteRole.EXCERPT_HTML)
    assert "Buy oat <b>milk</b> &amp; bread" in excerpt  # marked, and the rest escaped
    assert "&lt;corner&gt;" in excerpt
    assert rows["Milk prices"].data(NoteRole.TITLE_HTML) == "<b>Milk</b> prices"
    assert not view.list.viewport().grab().isNull()  # the delegate paints the markup

    view.search.clear()
    qtbot.waitUntil(lambda: len(titles(view)) == 3)


def test_search_without_words_says_so(app_ctx: AppContext, view: NotesView, qtbot: QtBot) -> None:
    add_note(app_ctx, "Groceries")
    qtbot.keyClicks(view.search, "?!")
    qtbot.waitUntil(lambda: "Nothing to search for" in view.count_label.text())
    assert titles(view) == []


def hold_store() -> threading.Event:
    """Occupy the (serial) store worker until the returned event is set."""
    gate = threading.Event()
    run_in_background(lambda: gate.wait(10))
    return gate


def test_only_the_latest_search_is_shown(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    add_note(app_ctx, "Apples")
    add_note(app_ctx, "Pears")
    qtbot.waitUntil(lambda: len(titles(view)) == 2)
    shown: list[list[str]] = []
    view.model.modelReset.connect(lambda: shown.append(titles(view)))
    gate = hold_store()
    view.search.setText("apples")
    view.reload_list()
    view.search.setText("pears")
    view.reload_list()
    gate.set()
    qtbot.waitUntil(lambda: shown == [["Pears"]])
    assert view.count_label.text() == "1 note"


def test_a_late_note_load_does_not_replace_a_new_draft(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    add_note(app_ctx, "Existing", "old text")
    qtbot.waitUntil(lambda: titles(view) == ["Existing"])
    gate = hold_store()
    view.list.setCurrentIndex(view.model.index(0, 0))  # its load waits behind the gate
    view.new_note()
    qtbot.keyClicks(view.editor.title, "Fresh")
    gate.set()
    qtbot.waitUntil(lambda: sorted(titles(view)) == ["Existing", "Fresh"])
    assert view.editor.title.text() == "Fresh"
    assert view.editor.body.toPlainText() == ""
    assert view.list.currentIndex().data() == "Fresh"


def test_autosave_stores_title_body_and_tags_in_one_action(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    note_id = add_note(app_ctx, "Plan", "First line")
    open_row(view, qtbot, "Plan")
    editor = view.editor
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Second line")
    editor.title.end(False)
    qtbot.keyClicks(editor.title, " B")
    qtbot.keyClicks(editor.tags, "work, #ideas")

    def saved() -> bool:
        note = stored(app_ctx, note_id)
        return note is not None and note["tags"] == ["ideas", "work"]

    qtbot.waitUntil(saved)
    note = stored(app_ctx, note_id)
    assert note is not None
    assert note["title"] == "Plan B"
    assert note["body"] == "First line\nSecond line"
    assert action_count(app_ctx, "update_note") == 1  # one pause, one journal entry
    qtbot.waitUntil(lambda: editor.status.text() == "Saved")


def test_switching_notes_saves_the_pending_edit(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    first = add_note(app_ctx, "First", "one")
    add_note(app_ctx, "Second", "two")
    view.saver.timer.setInterval(3_600_000)  # only the switch can save it
    open_row(view, qtbot, "First")
    qtbot.keyClicks(view.editor.body, "edited ")

    view.list.setCurrentIndex(view.model.index(titles(view).index("Second"), 0))
    qtbot.waitUntil(lambda: (stored(app_ctx, first) or {}).get("body") == "edited one")
    qtbot.waitUntil(lambda: view.editor.isEnabled() and view.editor.body.toPlainText() == "two")
    assert view.editor.title.text() == "Second"


def test_leaving_the_page_saves_the_pending_edit(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    note_id = add_note(app_ctx, "Draft", "text")
    view.saver.timer.setInterval(3_600_000)
    open_row(view, qtbot, "Draft")
    view.editor.title.end(False)
    qtbot.keyClicks(view.editor.title, " v2")
    view.hide()  # another page, or the window closing
    qtbot.waitUntil(lambda: (stored(app_ctx, note_id) or {}).get("title") == "Draft v2")


def test_new_note_is_created_on_first_edit(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    view.activateWindow()
    view.new_note()
    assert view.pages.currentIndex() == EDITOR
    qtbot.waitUntil(view.editor.title.hasFocus)
    view.saver.flush()
    assert app_ctx.store.query("SELECT id FROM notes") == []  # an untouched draft stays a draft

    qtbot.keyClicks(view.editor.title, "Shopping")
    qtbot.keyClicks(view.editor.body, "eggs")
    qtbot.waitUntil(lambda: titles(view) == ["Shopping"])
    rows = app_ctx.store.query("SELECT id, title, body FROM notes")
    assert [(r["title"], r["body"]) for r in rows] == [("Shopping", "eggs")]
    qtbot.waitUntil(lambda: view.list.currentIndex().data() == "Shopping")

    qtbot.keyClicks(view.editor.body, " and milk")
    qtbot.waitUntil(lambda: (stored(app_ctx, rows[0]["id"]) or {}).get("body") == "eggs and milk")
    assert action_count(app_ctx, "create_note") == 1
    assert view.editor.delete_button.isEnabled()


def test_note_without_title_is_saved_as_untitled(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    view.new_note()
    qtbot.keyClicks(view.editor.body, "just a thought")
    qtbot.waitUntil(lambda: titles(view) == ["Untitled"])
    qtbot.waitUntil(lambda: view.list.currentIndex().data() == "Untitled")
    view.saver.flush()
    assert view.editor.title.text() == ""  # the field is not rewritten under the user
    assert action_count(app_ctx, "update_note") == 0


def test_invalid_tags_are_reported_and_change_nothing(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    note_id = add_note(app_ctx, "Plan", "text", ["work"])
    open_row(view, qtbot, "Plan")
    view.editor.tags.clear()
    qtbot.keyClicks(view.editor.tags, "x" * 60)
    qtbot.waitUntil(lambda: view.editor.status.text().startswith("Not saved:"))
    assert "longer than 40 characters" in view.editor.status.text()
    assert (stored(app_ctx, note_id) or {})["tags"] == ["work"]


def test_tag_filter_from_combo_and_from_chip(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    add_note(app_ctx, "Report", tags=["work"])
    add_note(app_ctx, "Cake", tags=["recipes", "home"])
    add_note(app_ctx, "Untagged")
    qtbot.waitUntil(lambda: view.tag_filter.findData("recipes") > 0 and len(titles(view)) == 3)

    view.tag_filter.setCurrentIndex(view.tag_filter.findData("work"))
    qtbot.waitUntil(lambda: titles(view) == ["Report"])

    view.tag_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(titles(view)) == 3)
    index = view.model.index(titles(view).index("Cake"), 0)
    option = QStyleOptionViewItem()
    view.list.initViewItemOption(option)
    option.rect = view.list.visualRect(index)
    chips = view.delegate._tag_rects(option, index.data(NoteRole.TAGS))
    assert index.data(NoteRole.TAGS) == ["home", "recipes"]
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=chips[1].center())
    qtbot.waitUntil(lambda: titles(view) == ["Cake"])
    assert view.tag_filter.currentData() == "recipes"


def test_delete_asks_first(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    note_id = add_note(app_ctx, "Old plan")
    open_row(view, qtbot, "Old plan")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    view.delete_note()
    assert "Old plan" in asked[0]
    assert stored(app_ctx, note_id) is not None
    assert view.pages.currentIndex() == EDITOR

    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: titles(view) == [])
    assert stored(app_ctx, note_id) is None
    assert view.pages.currentIndex() == PLACEHOLDER
    assert len(asked) == 2


def test_preview_renders_markdown_and_toggles(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    add_note(app_ctx, "Doc", "# Heading\n\nSome **bold** text")
    open_row(view, qtbot, "Doc")
    preview = view.editor.preview
    assert preview.document().firstBlock().blockFormat().headingLevel() == 1
    assert "<b>" in preview.toHtml() or "font-weight" in preview.toHtml()

    view.editor.body.moveCursor(view.editor.body.textCursor().MoveOperation.Start)
    qtbot.keyClicks(view.editor.body, "#")  # "## Heading"
    qtbot.waitUntil(lambda: preview.document().firstBlock().blockFormat().headingLevel() == 2)

    view.editor.body.setFocus()
    qtbot.keyClick(view.editor.body, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not preview.isVisibleTo(view)
    view.editor.preview_button.click()
    assert preview.isVisibleTo(view)


def test_changes_from_elsewhere_refresh_the_open_note(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    note_id = add_note(app_ctx, "Shared", "before")
    open_row(view, qtbot, "Shared")
    app_ctx.call_tool("append_to_note", {"note_id": note_id, "text": "added by chat"})
    app_ctx.bus.notify([NOTES])
    qtbot.waitUntil(lambda: view.editor.body.toPlainText() == "before\n\nadded by chat")


def test_changes_from_elsewhere_never_clobber_typing(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    note_id = add_note(app_ctx, "Shared", "before")
    open_row(view, qtbot, "Shared")
    view.saver.timer.setInterval(3_600_000)
    qtbot.keyClicks(view.editor.body, "mine ")
    app_ctx.call_tool("update_note", {"note_id": note_id, "title": "Renamed", "body": "theirs"})
    app_ctx.bus.notify([NOTES])
    qtbot.waitUntil(lambda: titles(view) == ["Renamed"])
    assert view.editor.body.toPlainText() == "mine before"

    view.saver.flush()
    qtbot.waitUntil(lambda: (stored(app_ctx, note_id) or {}).get("body") == "mine before")


def test_note_deleted_elsewhere_closes_the_editor(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    note_id = add_note(app_ctx, "Doomed")
    open_row(view, qtbot, "Doomed")
    app_ctx.call_tool("delete_note", {"note_id": note_id})
    app_ctx.bus.notify([NOTES])
    qtbot.waitUntil(lambda: view.pages.currentIndex() == PLACEHOLDER)
    assert titles(view) == []


def test_tag_completer_offers_existing_tags(
    app_ctx: AppContext, view: NotesView, qtbot: QtBot
) -> None:
    add_note(app_ctx, "Paper", tags=["research"])
    add_note(app_ctx, "Other", tags=["work"])
    open_row(view, qtbot, "Other")
    tags = view.editor.tags
    qtbot.waitUntil(lambda: tags.names.stringList() == ["research", "work"])
    tags.setFocus()
    tags.setCursorPosition(len(tags.text()))
    qtbot.keyClicks(tags, ", RES")
    popup = tags.tag_completer.popup()
    assert popup is not None and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == "work, research, "
