"""Edit > Undo and Redo for the whole app, named after the step they act on.

Every change the app makes (a view, the assistant, an import) is journaled,
so one pair of actions can take back the latest step wherever it was made:
"Undo Delete 40 to-dos". Their text and state follow the journal: they are
read again, off the GUI thread, whenever the data bus says something changed.
Inside a text field Ctrl+Z stays the field's own (the field claims the key).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from assistant.store import Step, UndoResult
from assistant.ui.context import AppContext
from assistant.ui.people_text import said
from assistant.ui.tasks import run_in_background, run_write


class UndoActions(QObject):
    """The window's Undo and Redo actions, kept in step with the journal."""

    # What happened, in words (for the status bar): "Undid Delete 40 to-dos."
    reported = Signal(str)
    # The text and state were read again (tests wait for it).
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo = QAction(self.tr("&Undo"), self)
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo.triggered.connect(self.undo_last)
        self.redo = QAction(self.tr("&Redo"), self)
        # Ctrl+Shift+Z everywhere, and each platform's own key (Ctrl+Y on Windows).
        self.redo.setShortcuts(
            [
                QKeySequence("Ctrl+Shift+Z"),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
            ]
        )
        self.redo.triggered.connect(self.redo_last)
        self._show(None, None)
        # A stale read must not overwrite a newer one.
        self._generation = 0
        ctx.bus.changed.connect(lambda _tables: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Read what Undo and Redo would do now, and say so in their text."""
        self._generation += 1
        generation, store = self._generation, self.ctx.store

        def read() -> tuple[Step | None, Step | None]:
            return store.next_undo(), store.next_redo()

        def show(steps: tuple[Step | None, Step | None]) -> None:
            if generation == self._generation:
                self._show(*steps)
                self.refreshed.emit()

        run_in_background(read, show, self._failed)

    def undo_last(self) -> None:
        if self.undo.isEnabled():
            self._run(self.ctx.store.undo, self.tr("Undid %1."))

    def redo_last(self) -> None:
        if self.redo.isEnabled():
            self._run(self.ctx.store.redo, self.tr("Redid %1."))

    def _run(self, write: Callable[[], UndoResult], words: str) -> None:
        self.undo.setEnabled(False)  # one at a time; the bus brings the next state
        self.redo.setEnabled(False)

        def done(result: UndoResult) -> None:
            self.reported.emit(words.replace("%1", self._label(result.label)))

        def failed(message: str) -> None:
            self.reported.emit(message)
            self.refresh()

        run_write(self.ctx.bus, write, done, failed)

    def _label(self, label: str) -> str:
        """A step's words as people read them (older entries name items by id)."""
        return said(label, self.ctx.clock())

    def _show(self, undo: Step | None, redo: Step | None) -> None:
        undo_label = self._label(undo.label) if undo else None
        redo_label = self._label(redo.label) if redo else None
        self.undo.setEnabled(undo is not None)
        self.undo.setText(_named(self.tr("&Undo"), self.tr("&Undo %1"), undo_label))
        self.redo.setEnabled(redo is not None)
        self.redo.setText(_named(self.tr("&Redo"), self.tr("&Redo %1"), redo_label))

    def _failed(self, message: str) -> None:
        self._show(None, None)
        self.reported.emit(message)


def _named(plain: str, named: str, label: str | None) -> str:
    """The action's text; an "&" in the step's words is shown, not taken as a mnemonic."""
    return named.replace("%1", label.replace("&", "&&")) if label else plain
