"""Cell editors of the to-do table: a due date in words, a priority from a list."""

from __future__ import annotations

from typing import get_args

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from assistant.todos.model import Priority

Index = QModelIndex | QPersistentModelIndex

# The values the tools accept, in the order people rank them.
PRIORITIES: tuple[str, ...] = get_args(Priority)


class TextDelegate(QStyledItemDelegate):
    """A line editor with a hint, an accessible name, and the text selected."""

    def __init__(self, name: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.hint = hint

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAccessibleName(self.name)
        editor.setPlaceholderText(self.hint)
        editor.setToolTip(self.hint)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().strip(), Qt.ItemDataRole.EditRole)


class PriorityDelegate(QStyledItemDelegate):
    """A combo box of the priorities the tools accept (low, normal, high)."""

    def __init__(self, labels: dict[str, str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.name = name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.name)
        for value in PRIORITIES:
            combo.addItem(self.labels.get(value, value), value)
        # Commit and close as soon as a value is picked, like a native table combo.
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
