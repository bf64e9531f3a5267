"""Settings → Privacy: the "Check for updates" toggle and exactly what it sends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from assistant import settings
from assistant.errors import AssistantError
from assistant.updates.schedule import WHAT_IS_SENT, describe_state


class UpdatesBox(QGroupBox):
    """A checkbox that turns the daily update check on or off, saved at once."""

    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Updates"), parent)
        self.base = base
        self.toggle = QCheckBox(self.tr("&Check for updates once a day"))
        self.toggle.setObjectName("check_updates")
        self.explain = QLabel(
            self.tr("When on, the app sends %1. Nothing is sent while this is off.").replace(
                "%1", WHAT_IS_SENT
            )
        )
        self.explain.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Update check status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.toggle)
        layout.addWidget(self.explain)
        layout.addWidget(self.status)
        try:
            on = settings.update_checks(base)
        except AssistantError as exc:
            on = None
            self.status.setText(str(exc))
        self.toggle.setChecked(on is True)
        self.toggle.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        try:
            settings.save_update_checks(self.base, on)
        except AssistantError as exc:
            self.status.setText(str(exc))
            self.toggle.blockSignals(True)
            self.toggle.setChecked(not on)
            self.toggle.blockSignals(False)
            return
        self.status.setText(describe_state(on))
