"""The conflict picker: one item changed here and on the server, both versions side by side.

Non-modal: the window stays usable while it is open. Each conflict shows
what this computer has and what the server has (title, time, place,
description); Keep mine, Keep theirs or Keep both calls the core's
``resolve`` off the GUI thread, and a sync then carries the choice out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.calendar.model import EventData, shown_title
from assistant.calendar.wording import span_text
from assistant.clock import Clock
from assistant.store import Store
from assistant.sync import Conflict, conflicts, resolve
from assistant.sync.conflicts import Choice
from assistant.sync.items import Item
from assistant.todos.model import due_of
from assistant.ui.context import AppContext
from assistant.ui.people_text import moment_text, said
from assistant.ui.sync.controller import CALENDARS
from assistant.ui.tasks import run_in_background, run_write

FIELDS = ("title", "when", "location", "description")


def describe(item: Item | None, clock: Clock) -> dict[str, str]:
    """What one side says, as the picker shows it; empty when that side deleted it."""
    if item is None or not item.rows:
        return {}
    tz = clock.tz
    if item.kind == "todo":
        row = item.rows[0]
        due = due_of(row, tz)
        return {
            "title": shown_title(row.get("title") or ""),
            "when": moment_text(due, tz, clock.now.date()) if due is not None else "",
            "location": "",
            "description": row.get("notes") or "",
        }
    master = next((r for r in item.rows if not r.get("recurrence_id")), item.rows[0])
    data = EventData.from_row(master, tz)
    when = said(span_text(data.start, data.effective_end(), tz), clock)
    if len(item.rows) > 1:
        when += f" (+{len(item.rows) - 1} changed occurrence(s))"
    return {
        "title": shown_title(data.title),
        "when": when,
        "location": data.location,
        "description": data.description,
    }


class Side(QGroupBox):
    """One version: its fields, or that it was deleted there."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.values: dict[str, QLabel] = {}
        self.gone = QLabel()
        self.gone.setWordWrap(True)
        form = QFormLayout(self)
        names = {
            "title": self.tr("Title:"),
            "when": self.tr("Time:"),
            "location": self.tr("Place:"),
            "description": self.tr("Description:"),
        }
        for key in FIELDS:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(f"{title}: {names[key].rstrip(':')}")
            self.values[key] = label
            form.addRow(names[key], label)
        form.addRow(self.gone)

    def show_fields(self, fields: dict[str, str], gone: str) -> None:
        for key, label in self.values.items():
            label.setText(fields.get(key, ""))
        self.gone.setText("" if fields else gone)
        self.gone.setVisible(not fields)


class ConflictDialog(QDialog):
    # The list was (re)loaded; tests wait on it.
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[Conflict] = []
        self._sides: dict[int, tuple[dict[str, str], dict[str, str]]] = {}
        self.setWindowTitle(self.tr("Changed on both sides"))
        self.setModal(False)
        self.resize(760, 420)
        intro = QLabel(
            self.tr(
                "These items were changed on this computer and on the server since the last "
                "sync. Choose which version to keep; nothing is merged."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.setMaximumWidth(220)
        self.mine = Side(self.tr("On this computer"))
        self.theirs = Side(self.tr("On the server"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Conflict message"))
        self.buttons: dict[str, QPushButton] = {}
        choices = QHBoxLayout()
        for choice, text in (
            ("mine", self.tr("Keep &mine")),
            ("theirs", self.tr("Keep &theirs")),
            ("both", self.tr("Keep &both")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
            self.buttons[choice] = button
            choices.addWidget(button)
        choices.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        sides = QHBoxLayout()
        sides.addWidget(self.mine, 1)
        sides.addWidget(self.theirs, 1)
        right = QVBoxLayout()
        right.addLayout(sides, 1)
        right.addLayout(choices)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._show_current)
        ctx.bus.changed.connect(self._on_data_changed)  # a sync found more, or fewer
        self.reload()

    def _on_data_changed(self, tables: list[str]) -> None:
        if CALENDARS in tables and self.isVisible():
            self.reload()

    def reload(self) -> None:
        store, clock = self.ctx.store, self.ctx.clock()
        run_in_background(lambda: _read(store, clock), self._loaded, self.message.setText)

    def _loaded(self, found: list[tuple[Conflict, dict[str, str], dict[str, str]]]) -> None:
        self.found = [c for c, _m, _t in found]
        self._sides = {c.id: (mine, theirs) for c, mine, theirs in found}
        self.list.clear()
        for conflict, mine, theirs in found:
            title = mine.get("title") or theirs.get("title") or conflict.uid
            item = QListWidgetItem(f"{title}\n{conflict.account}/{conflict.calendar}")
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        else:
            self.message.setText(self.tr("Nothing left to resolve."))
        self._show_current(self.list.currentRow())
        self.loaded.emit()

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _show_current(self, _row: int) -> None:
        conflict = self.current()
        mine, theirs = self._sides.get(conflict.id, ({}, {})) if conflict else ({}, {})
        self.mine.show_fields(mine, self.tr("Deleted on this computer."))
        self.theirs.show_fields(theirs, self.tr("Deleted on the server."))
        for button in self.buttons.values():
            button.setEnabled(conflict is not None)
        # Keeping both needs two versions.
        self.buttons["both"].setEnabled(bool(conflict and mine and theirs))

    def choose(self, choice: Choice) -> None:
        """Resolve the shown conflict; the next sync (started now) carries it out."""
        conflict = self.current()
        if conflict is None:
            return
        for button in self.buttons.values():
            button.setEnabled(False)
        store, clock = self.ctx.store, self.ctx.clock()
        run_write(
            self.ctx.bus,
            lambda: resolve(store, clock, conflict.id, choice),
            lambda _changes: self._resolved(),
            self._refused,
        )

    def _resolved(self) -> None:
        self.message.setText(self.tr("Kept. The server gets your choice with this sync."))
        self.ctx.bus.notify([CALENDARS])  # the list here and the status bar's count
        self.ctx.sync.sync_now()

    def _refused(self, message: str) -> None:
        self.message.setText(message)
        self.reload()


def _read(store: Store, clock: Clock) -> list[tuple[Conflict, dict[str, str], dict[str, str]]]:
    return [
        (c, describe(c.mine, clock), describe(c.theirs, clock)) for c in conflicts(store, clock)
    ]
