"""The action items table: one row per proposal, each with Add and Edit…, then Undo.

Nothing is written until the user presses Add; the proposal then goes through
``accept()`` (the ordinary, journaled tool) on the store thread, and Undo
reverts exactly that journal action. Edit… opens the item in the event or
to-do dialog first; accepting it adds the edited item the same way, and
cancelling it adds nothing.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.agent.summarize import ActionItem, accept
from assistant.clock import Clock
from assistant.conversations.restore import undone_actions
from assistant.tools.registry import ToolResult
from assistant.ui.context import AppContext
from assistant.ui.email.item_edit import ItemDialog, edited_item, open_dialog
from assistant.ui.email.items import ACTION, KIND, TASK, WHEN, ActionItemsModel, ItemState
from assistant.ui.email.message import MessageLabel
from assistant.ui.people_text import said
from assistant.ui.tasks import run_in_background, run_write


class RowActions(QWidget):
    """The last cell of a row: "Add" and "Edit…", or "Added ✓" with an Undo button."""

    add_clicked = Signal()
    edit_clicked = Signal()
    undo_clicked = Signal()

    def __init__(self, task: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self.tr("Add"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Check or change it before adding"))
        self.added_label = QLabel(self.tr("Added ✓"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.set_task(task)
        self.add_button.clicked.connect(self.add_clicked)
        self.edit_button.clicked.connect(self.edit_clicked)
        self.undo_button.clicked.connect(self.undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 4, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.added_label)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)
        self.show_state(ItemState.NEW)

    def set_task(self, task: str) -> None:
        self.add_button.setAccessibleName(self.tr("Add “%1”").replace("%1", task))
        self.edit_button.setAccessibleName(self.tr("Edit “%1” before adding").replace("%1", task))
        self.undo_button.setAccessibleName(self.tr("Undo adding “%1”").replace("%1", task))

    def show_state(self, state: ItemState) -> None:
        added = state in (ItemState.ADDED, ItemState.UNDOING)
        self.add_button.setVisible(not added)
        self.add_button.setEnabled(state == ItemState.NEW)
        self.edit_button.setVisible(not added)
        self.edit_button.setEnabled(state == ItemState.NEW)
        self.add_button.setText(self.tr("Adding…") if state == ItemState.ADDING else self.tr("Add"))
        self.added_label.setVisible(added)
        self.undo_button.setVisible(added)
        self.undo_button.setEnabled(state == ItemState.ADDED)


class ItemsTable(QTableView):
    """Enter on a row adds it (or undoes it), so the list works without a mouse."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ProposalsPanel(QWidget):
    """Action items with Add / Undo per row, "Add all", and the tools' answers."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Bumped for every new summary, so late answers about old rows are dropped.
        self._generation = 0
        # The open Edit… dialog, if any (tests fill it in and accept it).
        self.dialog: ItemDialog | None = None
        self.model = ActionItemsModel(self)
        self.model.dataChanged.connect(self._on_data_changed)
        self._build()
        ctx.bus.changed.connect(lambda _tables: self.recheck_added())

    def _build(self) -> None:
        self.table = ItemsTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Action items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ACTION, 240)
        self.table.activated_row.connect(self.toggle)

        self.add_all_button = QPushButton(self.tr("Add all"))
        self.add_all_button.setAccessibleName(self.tr("Add all action items"))
        self.add_all_button.setEnabled(False)
        self.add_all_button.clicked.connect(self.add_all)
        self.message = MessageLabel(self.tr("Result of adding"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_all_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- contents --------------------------------------------------------

    def show_items(self, items: list[ActionItem], clock: Clock) -> None:
        self._generation += 1
        self.message.clear_message()
        self.model.set_items(items, clock)
        previous: QWidget = self.table
        for row, item in enumerate(items):
            actions = RowActions(item.task)
            actions.add_clicked.connect(lambda r=row: self.add(r))
            actions.edit_clicked.connect(lambda r=row: self.edit(r))
            actions.undo_clicked.connect(lambda r=row: self.undo(r))
            self.table.setIndexWidget(self.model.index(row, ACTION), actions)
            # Tab goes from the table through the rows' buttons, then to "Add all".
            QWidget.setTabOrder(previous, actions.add_button)
            QWidget.setTabOrder(actions.add_button, actions.edit_button)
            QWidget.setTabOrder(actions.edit_button, actions.undo_button)
            previous = actions.undo_button
        QWidget.setTabOrder(previous, self.add_all_button)
        self._update_add_all()

    def row_actions(self, row: int) -> RowActions:
        widget = self.table.indexWidget(self.model.index(row, ACTION))
        assert isinstance(widget, RowActions)
        return widget

    # -- commands --------------------------------------------------------

    def toggle(self, row: int) -> None:
        state = self.model.row_at(row).state
        if state == ItemState.NEW:
            self.add(row)
        elif state == ItemState.ADDED:
            self.undo(row)

    def add_all(self) -> None:
        # An item that looks like phishing is added only by its own button.
        for row, entry in enumerate(self.model.rows()):
            if entry.state == ItemState.NEW and not entry.item.warning:
                self.add(row)

    def add(self, row: int) -> None:
        entry = self.model.row_at(row)
        if entry.state != ItemState.NEW:
            return
        proposal, tool_ctx = entry.item.proposal, self.ctx.tool_context()
        generation = self._generation
        self.model.set_state(row, ItemState.ADDING)
        # The data changes even if the rows are replaced meanwhile: run_write says so.
        run_write(
            self.ctx.bus,
            lambda: accept(self.ctx.registry, tool_ctx, proposal),
            lambda result: self._added(generation, row, result),
            lambda message: self._add_failed(generation, row, message),
        )

    def edit(self, row: int) -> None:
        """Open the item in the event or to-do dialog; accepting it adds what it says."""
        entry = self.model.row_at(row)
        if entry.state != ItemState.NEW:
            return
        if self.dialog is not None:
            self.dialog.close()
        generation, clock = self._generation, self.ctx.clock()
        dialog = open_dialog(entry.item, clock, self)
        dialog.accepted.connect(lambda: self._edited(generation, row, dialog, clock.tz))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _edited(self, generation: int, row: int, dialog: ItemDialog, tz: ZoneInfo) -> None:
        if generation != self._generation or self.model.row_at(row).state != ItemState.NEW:
            return  # a new summary, or the item was added meanwhile
        item = edited_item(self.model.row_at(row).item, dialog, tz)
        self.model.set_item(row, item)
        self.row_actions(row).set_task(item.task)
        self.add(row)

    def _forget(self, dialog: ItemDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def undo(self, row: int) -> None:
        entry = self.model.row_at(row)
        if entry.state != ItemState.ADDED or entry.action_id is None:
            return
        action_id, generation = entry.action_id, self._generation
        self.model.set_state(row, ItemState.UNDOING, action_id=action_id)
        run_write(
            self.ctx.bus,
            lambda: self.ctx.store.undo(action_id),
            lambda _result: self._undone(generation, row),
            lambda message: self._undo_failed(generation, row, action_id, message),
        )

    def recheck_added(self) -> None:
        """An item undone elsewhere (Edit > Undo, the chat) loses its stale Undo: it can
        be added again."""
        added = {
            entry.action_id: row
            for row, entry in enumerate(self.model.rows())
            if entry.state == ItemState.ADDED and entry.action_id is not None
        }
        if not added:
            return
        generation, store, ids = self._generation, self.ctx.store, list(added)

        def settle(undone: set[int]) -> None:
            if generation != self._generation:
                return
            for action_id in undone:
                row = added[action_id]
                entry = self.model.row_at(row)
                if entry.state == ItemState.ADDED and entry.action_id == action_id:
                    self.model.set_state(row, ItemState.NEW, message="")

        run_in_background(lambda: undone_actions(store, ids), settle, lambda _message: None)

    # -- results (GUI thread) --------------------------------------------

    def _added(self, generation: int, row: int, result: ToolResult) -> None:
        if generation != self._generation:
            return
        if result.ok:
            self.model.set_state(row, ItemState.ADDED, action_id=result.action_id, message="")
            self.message.show_info(said(result.text, self.ctx.clock()))
        else:
            text = said(result.text.removeprefix("Error: "), self.ctx.clock())
            self.model.set_state(row, ItemState.NEW, message=text)
            self.message.show_error(text)

    def _add_failed(self, generation: int, row: int, message: str) -> None:
        if generation == self._generation:
            self.model.set_state(row, ItemState.NEW, message=message)
            self.message.show_error(message)

    def _undone(self, generation: int, row: int) -> None:
        if generation != self._generation:
            return
        entry = self.model.row_at(row)
        self.model.set_state(row, ItemState.NEW, message="")
        self.message.show_info(self.tr("Removed “%1” again.").replace("%1", entry.item.task))

    def _undo_failed(self, generation: int, row: int, action_id: int, message: str) -> None:
        if generation == self._generation:
            self.model.set_state(row, ItemState.ADDED, action_id=action_id)
            self.message.show_error(message)

    def _on_data_changed(self, top: QModelIndex | QPersistentModelIndex, *_: Any) -> None:
        row = top.row()
        widget = self.table.indexWidget(self.model.index(row, ACTION))
        if isinstance(widget, RowActions):
            widget.show_state(self.model.row_at(row).state)
        self._update_add_all()

    def _update_add_all(self) -> None:
        pending = any(
            entry.state == ItemState.NEW and not entry.item.warning for entry in self.model.rows()
        )
        self.add_all_button.setEnabled(pending)
