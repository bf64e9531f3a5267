"""The notes view: a searchable list on the left, the open note's editor on the right.

Every store access runs in the background: list pages (recent notes or FTS
matches, at most PAGE_SIZE rows), loading a note, saving and deleting it.
Answers that arrive after a newer request are dropped, so fast typing in the
search box or quick clicks through the list never show stale results.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.notes.queries import NotePage, all_tags, load_page
from assistant.tools.registry import ToolResult
from assistant.ui import prompts
from assistant.ui.context import NOTES, AppContext
from assistant.ui.notes.autosave import AutoSaver, NoteFields, untitled
from assistant.ui.notes.delegate import NoteDelegate
from assistant.ui.notes.editor import NoteEditor
from assistant.ui.notes.list_model import NoteListModel, NoteRole
from assistant.ui.people_text import said
from assistant.ui.tasks import run_in_background

SEARCH_DELAY_MS = 200
PLACEHOLDER, EDITOR = range(2)


class NotesView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Notes"))
        # Serial numbers of the latest list query, note load and editor change.
        self._list_serial = 0
        self._load_serial = 0
        self._edit_serial = 0
        self._restoring = False
        # The note the editor shows or is loading (None: nothing, or a new draft).
        self._open_id: int | None = None
        self._build_list_panel()
        self._build_editor_panel()
        self._build_layout()
        self.saver = AutoSaver(ctx, self.editor.fields, self)
        self.saver.status.connect(self.editor.set_status)
        self.saver.created.connect(self._on_created)
        self.editor.edited.connect(self._on_edited)
        self.editor.delete_requested.connect(self.delete_note)
        ctx.bus.changed.connect(self._on_data_changed)
        self.reload_list()
        self._reload_tags()

    # -- construction ----------------------------------------------------------

    def _build_list_panel(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload_list)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self._focus_first_note)
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("New note (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New note"))
        self.new_button.clicked.connect(self.new_note)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.addItem(self.tr("All tags"), "")
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.model = NoteListModel(self.ctx.clock().tz, self._today(), self)
        self.delegate = NoteDelegate(self)
        self.delegate.tag_clicked.connect(self.filter_by_tag)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.setAccessibleName(self.tr("Notes list"))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        delete = QAction(self.tr("Delete note"), self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_note)
        self.list.addAction(delete)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(self.tr("Notes found"))

    def _build_editor_panel(self) -> None:
        self.editor = NoteEditor(self)
        self.placeholder = QLabel(
            self.tr("Pick a note on the left, or press Ctrl+N to write a new one."), self
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's muted text colour
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.editor)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.tag_filter)
        column.addWidget(self.list, 1)
        column.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.pages)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        for first, second in [
            (self.search, self.new_button),
            (self.new_button, self.tag_filter),
            (self.tag_filter, self.list),
            (self.list, self.editor.title),
        ]:
            self.setTabOrder(first, second)

    # -- public ----------------------------------------------------------------

    def new_note(self) -> None:
        """Open an empty draft (stored on the first edit) and put the cursor in its title."""
        self.saver.close()
        self._load_serial += 1  # a note still loading must not replace the draft
        self._open_id = None
        self.saver.open(None, None)
        self._select_row(-1)
        self.editor.set_fields(NoteFields("", "", ()))
        self.editor.setEnabled(True)
        self.editor.set_delete_enabled(False)
        self.editor.set_status("new", self.tr("New note"))
        self.pages.setCurrentIndex(EDITOR)
        self.editor.title.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_note(self, note_id: int) -> None:
        """Open a note, with the list unfiltered (Search everything opens it here)."""
        for widget, change in (
            (self.search, self.search.clear),
            (self.tag_filter, lambda: self.tag_filter.setCurrentIndex(0)),
        ):
            widget.blockSignals(True)  # one reload below, not one per change
            change()
            widget.blockSignals(False)
        self.open_note(note_id)
        self.reload_list()  # selects the note when it is among the recent ones

    def filter_by_tag(self, tag: str) -> None:
        index = self.tag_filter.findData(tag)
        if index < 0:
            self.tag_filter.addItem("#" + tag, tag)
            index = self.tag_filter.count() - 1
        self.tag_filter.setCurrentIndex(index)

    def delete_note(self) -> None:
        """Delete the open note after the user confirms."""
        note_id = self.saver.current_id()
        if note_id is None:
            return
        title = self.editor.title.text().strip() or untitled()
        if not prompts.confirm(
            self,
            self.tr("Delete note"),
            self.tr("Delete the note “%1”? You can bring it back with Undo.").replace("%1", title),
            decline="cancel",
        ):
            return
        self.saver.discard()
        self._close_editor()
        run_in_background(
            lambda: self.ctx.call_tool("delete_note", {"note_id": note_id}),
            self._on_deleted,
            lambda message: self._show_error(self.tr("Could not delete the note"), message),
        )

    # -- the list --------------------------------------------------------------

    def reload_list(self) -> None:
        self.search_timer.stop()
        self._list_serial += 1
        serial = self._list_serial
        query = self.search.text()
        tag = str(self.tag_filter.currentData() or "")
        run_in_background(
            lambda: load_page(self.ctx.store, query, tag),
            lambda page: self._show_page(serial, page),
            lambda message: self._show_list_error(serial, message),
        )

    def _show_page(self, serial: int, page: NotePage) -> None:
        if serial != self._list_serial:
            return  # a newer search is on its way
        self.model.set_notes(page.notes, self._today())
        self._select_row(self.model.row_of(self._open_id or -1))
        self.count_label.setText(self._count_text(page))

    def _count_text(self, page: NotePage) -> str:
        count = len(page.notes)
        if count == 0:
            if page.query.strip() or page.tag:
                return self.tr("No notes match.")
            return self.tr("No notes yet. Press Ctrl+N to write one.")
        if page.more:
            if page.query.strip():
                return self.tr("Showing the %1 best matches.").replace("%1", f"{count:,}")
            return self.tr("Showing the %1 most recent notes; search to find older ones.").replace(
                "%1", f"{count:,}"
            )
        return self.tr("1 note") if count == 1 else self.tr("%1 notes").replace("%1", f"{count:,}")

    def _show_list_error(self, serial: int, message: str) -> None:
        if serial == self._list_serial:
            self.model.set_notes([], self._today())
            self.count_label.setText(message)

    def _reload_tags(self) -> None:
        run_in_background(lambda: all_tags(self.ctx.store), self._show_tags)

    def _show_tags(self, names: list[str]) -> None:
        self.editor.set_tag_names(names)
        current = str(self.tag_filter.currentData() or "")
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for name in names:
            self.tag_filter.addItem("#" + name, name)
        self.tag_filter.blockSignals(False)
        if current:
            self.filter_by_tag(current)  # keep filtering by it, even with no notes left

    def _select_row(self, row: int) -> None:
        """Select a row without treating it as the user opening a note."""
        self._restoring = True
        try:
            index = self.model.index(row, 0) if row >= 0 else QModelIndex()
            self.list.setCurrentIndex(index)
            if not index.isValid():
                self.list.clearSelection()
        finally:
            self._restoring = False

    def _focus_first_note(self) -> None:
        if self.model.rowCount() > 0:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.model.index(0, 0))

    # -- opening a note ---------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note_id = current.data(NoteRole.ID) if current.isValid() else None
        if self._restoring or note_id is None or note_id == self._open_id:
            return
        self.open_note(int(note_id))

    def open_note(self, note_id: int) -> None:
        self.saver.close()  # flushes the note being left
        self._load_serial += 1
        serial = self._load_serial
        self._open_id = note_id
        self.editor.setEnabled(False)  # no typing into the old note while the new one loads
        self.pages.setCurrentIndex(EDITOR)
        run_in_background(
            lambda: self.ctx.call_tool("read_note", {"note_id": note_id}),
            lambda result: self._on_loaded(serial, result),
            lambda message: self._on_loaded(serial, None, message),
        )

    def _on_loaded(self, serial: int, result: ToolResult | None, error: str = "") -> None:
        if serial != self._load_serial:
            return
        if result is None or not result.ok:
            self._close_editor()
            message = error or (
                said(result.text.removeprefix("Error: "), self.ctx.clock()) if result else ""
            )
            self.count_label.setText(message)
            self.reload_list()
            return
        fields = _fields_of(result.data)
        self.editor.set_fields(fields)
        self.saver.open(int(result.data["id"]), fields)
        self.editor.setEnabled(True)
        self.editor.set_delete_enabled(True)
        self.editor.set_status("saved", "")

    def _close_editor(self) -> None:
        self._open_id = None
        self.pages.setCurrentIndex(PLACEHOLDER)
        self.editor.set_fields(NoteFields("", "", ()))
        self._select_row(-1)

    # -- changes -----------------------------------------------------------------

    def _on_edited(self) -> None:
        self._edit_serial += 1
        self.saver.touch()

    def _on_created(self, note_id: int) -> None:
        self._open_id = note_id
        self.editor.set_delete_enabled(True)
        self._select_row(self.model.row_of(note_id))

    def _on_deleted(self, result: ToolResult) -> None:
        if not result.ok:
            self._show_error(
                self.tr("Could not delete the note"), said(result.text, self.ctx.clock())
            )
            return
        self.ctx.bus.notify(result.changes)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_data_changed(self, tables: list[str]) -> None:
        if NOTES not in tables:
            return
        self.reload_list()
        self._reload_tags()
        self._refresh_open_note()

    def _refresh_open_note(self) -> None:
        """Show another part's change to the open note, unless the user is editing it."""
        note_id = self.saver.current_id()
        if note_id is None or not self.saver.is_clean():
            return
        edit, load = self._edit_serial, self._load_serial
        run_in_background(
            lambda: self.ctx.call_tool("read_note", {"note_id": note_id}),
            lambda result: self._on_refreshed(note_id, edit, load, result),
        )

    def _on_refreshed(self, note_id: int, edit: int, load: int, result: ToolResult) -> None:
        unchanged = (edit, load) == (self._edit_serial, self._load_serial)
        if not unchanged or self.saver.current_id() != note_id or not self.saver.is_clean():
            return  # the user typed or moved on meanwhile: their text wins
        if not result.ok:  # deleted elsewhere (undo, the chat)
            self.saver.discard()
            self._close_editor()
            return
        fields = _fields_of(result.data)
        if not self.editor.title.text().strip() and fields.title == untitled():
            # The store names a title-less note; the field keeps showing its placeholder.
            fields = replace(fields, title=self.editor.title.text())
        if fields != self.editor.fields():
            self.editor.set_fields(fields, keep_cursor=True)
            self.saver.mark_loaded(fields)

    def _show_error(self, title: str, message: str) -> None:
        prompts.warn(self, title, message.removeprefix("Error: "))

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page or closing the window must not wait for the typing pause.
        self.saver.flush()
        super().hideEvent(event)

    def _today(self) -> QDate:
        now = self.ctx.clock().now
        return QDate(now.year, now.month, now.day)


def _fields_of(record: dict[str, Any]) -> NoteFields:
    return NoteFields(record["title"], record["body"], tuple(record["tags"]))
