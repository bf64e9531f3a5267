"""The action items of one email summary, as a Qt table model.

Each row is one :class:`ActionItem` plus what the user did with it: not yet
added, being added, added (with the journal action that undoes it), or being
undone. The model holds that state; the panel only draws it and reacts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from assistant.agent.summarize import ActionItem
from assistant.clock import Clock
from assistant.ui.day_formats import short_day

KIND, TASK, WHEN, ACTION = range(4)
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ItemState(Enum):
    NEW = "new"
    ADDING = "adding"
    ADDED = "added"
    UNDOING = "undoing"


@dataclass
class ItemRow:
    item: ActionItem
    state: ItemState = ItemState.NEW
    action_id: int | None = None
    # The tool's answer or the error, shown as the row's tooltip.
    message: str = ""


def when_in_words(iso: str, clock: Clock) -> str:
    """ "Tue 1 Dec 13:00" (or "Fri 27 Nov" for a day); the year only when it is not this one."""
    value = datetime.fromisoformat(iso) if "T" in iso else date.fromisoformat(iso)
    locale = QLocale()
    if isinstance(value, datetime):
        local = value.astimezone(clock.tz) if value.tzinfo else value
        day = local.date()
    else:
        local, day = None, value
    pattern = short_day(with_year=day.year != clock.now.year)
    words = locale.toString(QDate(day.year, day.month, day.day), pattern)
    if local is not None:
        short = locale.timeFormat(QLocale.FormatType.ShortFormat)
        words += " " + locale.toString(QTime(local.hour, local.minute), short)
    return words


class ActionItemsModel(QAbstractTableModel):
    """Rows of action items with their add/undo state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemRow] = []
        self._clock: Clock | None = None

    # -- contents --------------------------------------------------------

    def set_items(self, items: list[ActionItem], clock: Clock) -> None:
        self.beginResetModel()
        self._rows = [ItemRow(item) for item in items]
        self._clock = clock
        self.endResetModel()

    def row_at(self, row: int) -> ItemRow:
        return self._rows[row]

    def rows(self) -> list[ItemRow]:
        return list(self._rows)

    def set_item(self, row: int, item: ActionItem) -> None:
        """The row's item as the user edited it (before it is added)."""
        self._rows[row].item = item
        self._rows[row].message = ""
        self.dataChanged.emit(self.index(row, 0), self.index(row, ACTION))

    def set_state(
        self,
        row: int,
        state: ItemState,
        *,
        action_id: int | None = None,
        message: str | None = None,
    ) -> None:
        entry = self._rows[row]
        entry.state, entry.action_id = state, action_id
        if message is not None:
            entry.message = message
        self.dataChanged.emit(self.index(row, 0), self.index(row, ACTION))

    def when_text(self, row: int) -> str:
        item = self._rows[row].item
        if item.resolved and self._clock is not None:
            return when_in_words(item.resolved, self._clock)
        if item.when:
            # The email's own words, when the date could not be worked out.
            return f"“{item.when}”"
        return QCoreApplication.translate("ActionItemsModel", "No date")

    # -- QAbstractTableModel ---------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ActionItemsModel", "Type"),
            QCoreApplication.translate("ActionItemsModel", "Action item"),
            QCoreApplication.translate("ActionItemsModel", "When"),
            "",
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(index.row(), column) or self._state_text(entry)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return _kind_icon(entry.item.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.FontRole and column == WHEN and not entry.item.resolved:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == WHEN and not entry.item.resolved:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and column == TASK and entry.item.warning:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _display(self, row: int, column: int) -> str:
        item = self._rows[row].item
        if column == KIND:
            return (
                QCoreApplication.translate("ActionItemsModel", "Event")
                if item.kind == "event"
                else QCoreApplication.translate("ActionItemsModel", "To-do")
            )
        if column == TASK:
            if item.warning:
                return QCoreApplication.translate(
                    "ActionItemsModel", "%1 (looks like phishing)"
                ).replace("%1", item.task)
            return item.task
        if column == WHEN:
            return self.when_text(row)
        return ""  # the action column shows buttons

    def _state_text(self, entry: ItemRow) -> str:
        return {
            ItemState.NEW: QCoreApplication.translate("ActionItemsModel", "Not added"),
            ItemState.ADDING: QCoreApplication.translate("ActionItemsModel", "Adding…"),
            ItemState.ADDED: QCoreApplication.translate("ActionItemsModel", "Added"),
            ItemState.UNDOING: QCoreApplication.translate("ActionItemsModel", "Removing…"),
        }[entry.state]

    def _tooltip(self, entry: ItemRow, column: int) -> str | None:
        if entry.message:
            return entry.message
        if entry.item.warning:
            return QCoreApplication.translate(
                "ActionItemsModel", "Looks like phishing: %1. “Add all” leaves it out."
            ).replace("%1", entry.item.warning)
        if column == WHEN and entry.item.when and not entry.item.resolved:
            return QCoreApplication.translate(
                "ActionItemsModel",
                "This date could not be worked out; it will be added without one.",
            )
        return entry.item.proposal.description


def _kind_icon(kind: str) -> QIcon:
    # Desktop icon themes name these; where there is none the label says it.
    name = "x-office-calendar" if kind == "event" else "checkbox"
    return QIcon.fromTheme(name)
