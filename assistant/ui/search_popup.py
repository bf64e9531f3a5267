"""Search everything (Ctrl+F): one box over to-dos, events and notes, keyboard driven.

Typing waits for a short pause, then :func:`assistant.search.search_everything`
runs on the store's worker thread; a result that arrives after a newer query
was sent is dropped. Up/Down move through the hits, Enter opens one in its
view (the window decides how), Esc closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from assistant.search import Hit, search_everything
from assistant.ui.context import AppContext
from assistant.ui.tasks import run_in_background

# A pause this long after a keystroke starts the search.
SEARCH_DELAY_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | Any


class HitList(QAbstractListModel):
    """The hits of the latest query, two lines each: kind and title, then date and snippet."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self.kinds = {"todo": self.tr("To-do"), "event": self.tr("Event"), "note": self.tr("Note")}

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        details = " · ".join(part for part in (hit.when, hit.snippet) if part)
        if role == Qt.ItemDataRole.DisplayRole:
            first = f"{self.kinds[hit.kind]} · {hit.title}"
            return f"{first}\n{details}" if details else first
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(p for p in (self.kinds[hit.kind], hit.title, details) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet or None
        if role == HIT_ROLE:
            return hit
        return None


class SearchPopup(QDialog):
    """The search box and its hits, over the main window."""

    # The hit the user opened (Enter or double-click).
    chosen = Signal(object)
    # A query's hits are on screen (tests wait on it).
    results_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Queries sent; a result for an older one is dropped.
        self._serial = 0
        # Enter came before the hits of the words typed: open the first when they come.
        self._open_first = False
        # A query is on its way (its hits will replace the list).
        self._waiting = False
        self.setWindowTitle(self.tr("Search everything"))
        self.setAccessibleName(self.tr("Search everything"))
        self.resize(560, 420)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Search to-dos, events and notes"))
        self.edit.setPlaceholderText(self.tr("Search to-dos, events and notes"))
        self.edit.setClearButtonEnabled(True)
        self.model = HitList(self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.list.setAlternatingRowColors(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.installEventFilter(self)
        self.list.doubleClicked.connect(lambda index: self._open(index.row()))
        self._show_status()

    # -- public ----------------------------------------------------------------

    def open_over(self, window: QWidget) -> None:
        """Show near the top of ``window`` with the previous words selected."""
        frame = window.frameGeometry()
        self.move(frame.x() + (frame.width() - self.width()) // 2, frame.y() + 80)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text().strip():
            self.run_query()  # the data may have changed since: fresh hits, the best first

    def current_hit(self) -> Hit | None:
        return self.model.hit_at(self.list.currentIndex().row())

    def run_query(self) -> None:
        self._timer.stop()
        self._open_first = False
        self._waiting = True
        self._serial += 1
        serial, text = self._serial, self.edit.text()
        store, clock = self.ctx.store, self.ctx.clock()
        run_in_background(
            lambda: search_everything(store, clock, text),
            lambda hits: self._show(serial, hits),
            lambda message: self._failed(serial, message),
        )

    # -- showing ---------------------------------------------------------------

    def _show(self, serial: int, hits: list[Hit]) -> None:
        if serial != self._serial:
            return  # typed on meanwhile: a newer query is on its way
        self._waiting = False
        self.model.set_hits(hits)
        if hits:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._show_status()
        self.results_shown.emit()
        if self._open_first:
            self._open_first = False
            self._open(0)

    def _failed(self, serial: int, message: str) -> None:
        if serial == self._serial:
            self._waiting = self._open_first = False
            self.model.set_hits([])
            self.status.setText(self.tr("Search failed: %1").replace("%1", message))

    def _show_status(self) -> None:
        count = self.model.rowCount()
        if not self.edit.text().strip():
            text = self.tr("Type to search to-dos, events and notes.")
        elif count == 0:
            text = self.tr("Nothing matches.")
        elif count == 1:
            text = self.tr("1 match. Enter opens it.")
        else:
            text = self.tr("%1 matches. Enter opens the selected one.").replace("%1", str(count))
        self.status.setText(text)

    # -- keys ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._handle_key(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, key: int) -> bool:
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 8,
            Qt.Key.Key_PageUp: -8,
        }
        if key in steps:
            self._move(steps[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self.run_query()  # Enter right after typing: these words' best hit
            if self._waiting:
                self._open_first = True
                return True
            self._open(self.list.currentIndex().row())
            return True
        return False

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = min(max(self.list.currentIndex().row() + step, 0), count - 1)
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def _open(self, row: int) -> None:
        hit = self.model.hit_at(row)
        if hit is not None:
            self.accept()
            self.chosen.emit(hit)
