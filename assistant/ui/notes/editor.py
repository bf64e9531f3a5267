"""The note editor: title, tags with completion, Markdown body and a live preview."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.ui.notes.autosave import NoteFields, parse_tags
from assistant.ui.notes.markdown import MarkdownHighlighter

PREVIEW_DELAY_MS = 250


class TagsField(QLineEdit):
    """Comma-separated tags; completes the tag under the cursor from existing names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)
        self.tag_completer = QCompleter(self.names, self)
        self.tag_completer.setWidget(self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tag_completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def set_names(self, names: list[str]) -> None:
        self.names.setStringList(names)

    def _segment(self) -> tuple[int, int]:
        """Start and end of the comma-separated piece around the cursor."""
        text, cursor = self.text(), self.cursorPosition()
        start = text.rfind(",", 0, cursor) + 1
        end = text.find(",", cursor)
        return start, len(text) if end < 0 else end

    def _complete(self) -> None:
        start, _ = self._segment()
        prefix = self.text()[start : self.cursorPosition()].strip().lstrip("#")
        popup = self.tag_completer.popup()
        if popup is None:
            return
        self.tag_completer.setCompletionPrefix(prefix)
        if not prefix or self.tag_completer.completionCount() == 0:
            popup.hide()
            return
        self.tag_completer.complete()
        popup.setCurrentIndex(self.tag_completer.completionModel().index(0, 0))

    def _insert(self, name: str) -> None:
        start, end = self._segment()
        text = self.text()
        before = text[:start].rstrip()
        joined = (before + " " if before else "") + name + ", "
        self.setText(joined + text[end:].lstrip(", "))
        self.setCursorPosition(len(joined))
        self.textEdited.emit(self.text())


class NoteEditor(QWidget):
    """Shows one note's fields; ``edited`` fires on every change the user makes."""

    edited = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._build_fields()
        self._build_layout()
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.title.textEdited.connect(self._on_edit)
        self.tags.textEdited.connect(self._on_edit)
        self.body.textChanged.connect(self._on_body_changed)
        self.setTabOrder(self.title, self.tags)
        self.setTabOrder(self.tags, self.body)
        self.setTabOrder(self.body, self.preview_button)
        self.setTabOrder(self.preview_button, self.delete_button)

    def _build_fields(self) -> None:
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Note title"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.tags = TagsField(self)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Note tags"))
        self.tags.setToolTip(self.tr("Tags, separated by commas, e.g. work, ideas"))
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Write in Markdown: # heading, **bold**, - list"))
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setTabChangesFocus(True)  # keyboard users can leave the field with Tab
        self.highlighter = MarkdownHighlighter(self.body.document())
        self.preview = QTextBrowser(self)
        self.preview.setOpenExternalLinks(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setPlaceholderText(self.tr("The formatted note appears here."))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.preview_action = QAction(self.tr("Preview"), self)
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.preview_action.setShortcut(QKeySequence("Ctrl+P"))
        self.preview_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.preview_action.setToolTip(self.tr("Show or hide the formatted preview (Ctrl+P)"))
        self.preview_action.toggled.connect(self.set_preview_visible)
        self.addAction(self.preview_action)
        self.preview_button = QToolButton(self)
        self.preview_button.setDefaultAction(self.preview_action)
        self.preview_button.setAccessibleName(self.tr("Show preview"))
        self.delete_button = QToolButton(self)
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this note"))
        self.delete_button.setAccessibleName(self.tr("Delete note"))
        self.delete_button.clicked.connect(self.delete_requested)

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        header.addWidget(self.preview_button)
        header.addWidget(self.delete_button)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.body)
        self.split.addWidget(self.preview)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([1, 1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tags)
        layout.addWidget(self.split, 1)

    # -- fields ----------------------------------------------------------------

    def fields(self) -> NoteFields:
        return NoteFields(self.title.text(), self.body.toPlainText(), parse_tags(self.tags.text()))

    def set_fields(self, fields: NoteFields, *, keep_cursor: bool = False) -> None:
        """Show a note without reporting it as an edit."""
        self._loading = True
        try:
            position = self.body.textCursor().position()
            self.title.setText(fields.title)
            self.tags.setText(", ".join(fields.tags))
            self.title.setCursorPosition(0)  # long titles show their start
            self.body.setPlainText(fields.body)
            if keep_cursor:
                cursor = self.body.textCursor()
                cursor.setPosition(min(position, len(fields.body)))
                self.body.setTextCursor(cursor)
        finally:
            self._loading = False
        self.refresh_preview()

    def set_tag_names(self, names: list[str]) -> None:
        self.tags.set_names(names)

    def set_status(self, kind: str, text: str) -> None:
        self.status.setText(text)
        # Errors stay in the normal text colour but bold: a red on dark is hard to read.
        self.status.setStyleSheet("font-weight: 600;" if kind == "error" else "")
        self.status.setToolTip(text if kind == "error" else "")

    def set_delete_enabled(self, enabled: bool) -> None:
        self.delete_button.setEnabled(enabled)

    # -- preview ---------------------------------------------------------------

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        self.preview_action.setChecked(visible)
        if visible:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        self.preview_timer.stop()
        if self.preview.isVisibleTo(self):
            self.preview.setMarkdown(self.body.toPlainText())

    # -- edits -----------------------------------------------------------------

    def _on_body_changed(self) -> None:
        if not self._loading:
            self.preview_timer.start()
            self.edited.emit()

    def _on_edit(self) -> None:
        if not self._loading:
            self.edited.emit()
