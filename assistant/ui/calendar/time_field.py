"""A time of day typed as people write it: "3pm", "15:00", "15h30", "9.30", "noon".

The text is read by the project's own resolver (:mod:`assistant.dates`) when
editing finishes (Enter or leaving the field); Up and Down move the time by
STEP_MINUTES. A text that is not a time of day keeps the last good time and
says why in :attr:`TimeField.problem`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from assistant.clock import Clock
from assistant.dates.resolve import resolve_detail
from assistant.errors import DateError

STEP_MINUTES = 15
_PROBE_DAY = date(2001, 1, 1)


def parse_time_of_day(text: str, tz: ZoneInfo) -> QTime:
    """``text`` as a wall-clock time; DateError when it is not only a time of day.

    The message is about a time, whatever the resolver found wrong: the field
    holds nothing else.
    """
    problem = DateError(f'"{text.strip()}" is not a time of day: type e.g. 3pm, 15:00 or 15h.')
    clock = Clock(datetime.combine(_PROBE_DAY, datetime.min.time(), tz), tz)
    try:
        value = resolve_detail(text, clock, base_day=_PROBE_DAY).value
    except DateError:
        raise problem from None
    if not isinstance(value, datetime):
        raise problem
    # "midnight" is the end of the day the resolver reads it on: the day after, 00:00.
    at_midnight = value.date() == _PROBE_DAY + timedelta(days=1) and value.time() == time(0)
    if value.date() != _PROBE_DAY and not (at_midnight and not any(c.isdigit() for c in text)):
        raise problem
    return QTime(value.hour, value.minute)


class TimeField(QLineEdit):
    """A QTimeEdit's ``time``/``setTime``/``timeChanged``, with the resolver's reading."""

    timeChanged = Signal(QTime)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._time = QTime(9, 0)
        self.problem = ""
        self.setPlaceholderText(self.tr("e.g. 3pm or 15:00"))
        self.setToolTip(self.tr('A time, e.g. "3pm", "15:00", "15h" or "noon"; Up/Down step.'))
        self.setMaximumWidth(110)
        self._show()
        self.editingFinished.connect(self.commit)

    def time(self) -> QTime:
        return QTime(self._time)

    def setTime(self, value: QTime) -> None:  # QTimeEdit's name
        self.problem = ""
        changed = value != self._time
        self._time = QTime(value.hour(), value.minute())
        self._show()
        if changed:
            self.timeChanged.emit(self.time())

    def commit(self) -> None:
        """Read the typed text; a time that is not one keeps the last good time."""
        text = self.text().strip()
        if text == self._shown():
            self.problem = ""
            return
        try:
            value = parse_time_of_day(text, self.tz)
        except DateError as exc:
            self.problem = str(exc)
            self.timeChanged.emit(self.time())  # the dialog shows the problem
            return
        was = self._time
        self.setTime(value)
        if value == was:
            self.timeChanged.emit(self.time())  # the problem, if any, is gone

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: STEP_MINUTES, Qt.Key.Key_Down: -STEP_MINUTES}.get(
            Qt.Key(event.key())
        )
        if step is None:
            super().keyPressEvent(event)
            return
        self.commit()
        self.setTime(self._time.addSecs(step * 60))

    def _shown(self) -> str:
        return self._time.toString("HH:mm")

    def _show(self) -> None:
        self.setText(self._shown())
