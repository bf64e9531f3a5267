"""A reminder picker: "No reminder", or a number of minutes before a moment.

The event and to-do dialogs both store ``reminder_minutes`` as the tools take
it (None for none); only the words for 0 differ ("At the start", "At the due
time").
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

REMINDER_PRESETS = (0, 5, 10, 15, 30, 60, 120, 1440)


class ReminderChoice(QComboBox):
    """A combo box whose data is the minutes before (None: no reminder)."""

    def __init__(self, at_zero: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.at_zero = at_zero
        self.setAccessibleName(self.tr("Reminder"))
        self.set_minutes(None)

    def set_minutes(self, current: int | None) -> None:
        """Offer the presets (and ``current`` when it is none of them), ``current`` chosen."""
        self.clear()
        self.addItem(self.tr("No reminder"), None)
        presets = sorted({*REMINDER_PRESETS, *([current] if current is not None else [])})
        for minutes in presets:
            self.addItem(self.text_for(minutes), minutes)
        self.setCurrentIndex(max(0, self.findData(current)))

    def minutes(self) -> int | None:
        value = self.currentData()
        return None if value is None else int(value)

    def text_for(self, minutes: int) -> str:
        if minutes == 0:
            return self.at_zero
        if minutes % 1440 == 0:
            return self.tr("%1 day(s) before").replace("%1", str(minutes // 1440))
        if minutes % 60 == 0:
            return self.tr("%1 hour(s) before").replace("%1", str(minutes // 60))
        return self.tr("%1 minutes before").replace("%1", str(minutes))
