"""The sync status in the status bar: last sync, "Syncing…", or a failure, and conflicts.

A failure never opens a dialog: the status shows a warning sign and "Sync
failed", with the reason as its tooltip (and accessible description). Open
conflicts show as a button that opens the conflict picker.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from assistant.ui.calendar.agenda import clock_text
from assistant.ui.calendar.qdates import to_qdate
from assistant.ui.sync.controller import SyncController, SyncState


class SyncStatus(QWidget):
    # The user wants to see the conflicts.
    conflicts_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.icon = QLabel()
        self.icon.setAccessibleName(self.tr("Sync warning"))
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(size, size))
        self.label = QLabel()
        self.label.setObjectName("syncStatus")
        self.label.setAccessibleName(self.tr("Sync status"))
        self.conflicts = QToolButton()
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setAutoRaise(True)
        self.conflicts.setToolTip(
            self.tr("Items changed here and on the server: choose which to keep")
        )
        self.conflicts.clicked.connect(self.conflicts_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts)
        controller.changed.connect(self.show_state)
        self.show_state()

    def show_state(self) -> None:
        state = self.controller.state
        self.setVisible(state.accounts > 0 or state.running)
        failed = state.error is not None and not state.running
        self.icon.setVisible(failed)
        text, tip = self._words(state)
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setAccessibleDescription(tip)
        self.icon.setToolTip(tip if failed else "")
        count = state.conflicts
        self.conflicts.setVisible(count > 0)
        self.conflicts.setText(self.tr("%n conflict(s) to resolve", "", count))
        self.conflicts.setAccessibleName(self.conflicts.text())

    def _words(self, state: SyncState) -> tuple[str, str]:
        if state.running:
            return self.tr("Syncing…"), self.tr("Syncing with the calendar servers")
        if state.error is not None:
            return self.tr("Sync failed"), "\n".join(state.errors or (state.error,))
        if state.last_sync is None:
            return self.tr("Not synced yet"), self.tr("Sync now: F5")
        when = state.last_sync
        clock = clock_text(when.hour, when.minute)
        day = QLocale().toString(to_qdate(when.date()), QLocale.FormatType.ShortFormat)
        return (
            self.tr("Synced %1").replace("%1", clock),
            self.tr("Last sync: %1 %2").replace("%1", day).replace("%2", clock),
        )

    def tooltip(self) -> str:
        return self.label.toolTip()

    def text(self) -> str:
        return self.label.text()
