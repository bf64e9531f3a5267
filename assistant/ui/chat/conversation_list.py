"""The side list of recent conversations (an item model) with "New conversation"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.limits import RECENT_CONVERSATIONS
from assistant.ui.people_text import day_text, time_text

RECENT_LIMIT = RECENT_CONVERSATIONS
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ConversationRow:
    # None: the draft of a new conversation, not stored until its first message.
    id: int | None
    title: str
    updated: str = ""


class ConversationListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConversationRow] = []
        self.tz: tzinfo | None = None  # the user's zone, for "last message" times

    def set_rows(self, rows: list[ConversationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        title = row.title or self.tr("New conversation")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            when = _local_time(row.updated, self.tz)
            return f"{title}\n{self.tr('Last message: %1').replace('%1', when)}" if when else title
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def row_of(self, conversation_id: int | None) -> int:
        for number, row in enumerate(self.rows):
            if row.id == conversation_id:
                return number
        return -1


class ConversationPane(QWidget):
    """Picks the conversation the transcript shows."""

    # The chosen conversation's id, or None for the draft.
    chosen = Signal(object)
    new_requested = Signal()
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConversationListModel(self)
        heading = QLabel(self.tr("Conversations"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.new_button = QPushButton(self.tr("New conversation"))
        self.new_button.setAccessibleName(self.tr("New conversation"))
        self.new_button.setToolTip(self.tr("Start an empty conversation (Ctrl+Shift+C)"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Recent conversations"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Long titles are elided to the pane's width rather than scrolled.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(2)
        self.view.setUniformItemSizes(True)  # cheap layout however long the list
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        delete = QAction(self.tr("Delete conversation…"), self.view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.view.addAction(delete)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.addWidget(heading)
        layout.addWidget(self.new_button)
        layout.addWidget(self.view, 1)
        self._quiet = False
        self.setMinimumWidth(180)
        self.setMaximumWidth(260)

    def set_rows(self, rows: list[ConversationRow], current: int | None) -> None:
        self._quiet = True
        try:
            self.model.set_rows(rows)
            self.select(current)
        finally:
            self._quiet = False

    def select(self, conversation_id: int | None) -> None:
        """Mark the shown conversation without reporting it as a choice."""
        row = self.model.row_of(conversation_id)
        quiet, self._quiet = self._quiet, True
        try:
            selection = self.view.selectionModel()
            if row < 0:
                selection.clearSelection()
                return
            selection.setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._quiet = quiet

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.chosen.emit(current.data(Qt.ItemDataRole.UserRole))

    def _delete_current(self) -> None:
        conversation_id = self.view.currentIndex().data(Qt.ItemDataRole.UserRole)
        if isinstance(conversation_id, int):
            self.delete_requested.emit(conversation_id)


def _local_time(stamp: str, tz: tzinfo | None) -> str:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return ""
    local = moment.astimezone(tz)
    today = datetime.now(local.tzinfo).date()
    return f"{day_text(local.date(), today)} {time_text(local.hour, local.minute)}"
