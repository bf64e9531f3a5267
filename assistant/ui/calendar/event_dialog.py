"""The dialog that creates or edits one event (or one occurrence of a series).

It only collects values: the view turns them into tool calls on a worker
thread. OK stays disabled while the values are invalid, and the reason is
shown under the form.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assistant.dates import localize
from assistant.ui.calendar.event_values import EventValues
from assistant.ui.calendar.qdates import to_date, to_qdate, to_time
from assistant.ui.calendar.recurrence_editor import RecurrenceEditor
from assistant.ui.calendar.time_field import TimeField
from assistant.ui.widgets.dialog_parts import Choice, calendar_box, ok_cancel, problem_label
from assistant.ui.widgets.reminder_choice import ReminderChoice

Mode = Literal["new", "single", "occurrence", "series"]


class EventDialog(QDialog):
    def __init__(
        self,
        values: EventValues,
        tz: ZoneInfo,
        mode: Mode = "new",
        parent: QWidget | None = None,
        *,
        calendars: Sequence[Choice] = (),
    ) -> None:
        super().__init__(parent)
        self.tz = tz
        # The calendars to choose from: (shown name, the tools' name, whether picked first:
        # the default for a new event, the event's own calendar for an edit).
        self.calendars = list(calendars)
        self.mode = mode
        self._title_touched = False
        self._length = timedelta(hours=1)
        self._syncing = False
        self.read_only_source: str | None = None
        self.setWindowTitle(self._window_title())
        self.setMinimumWidth(520)
        self._build()
        self._load(values)
        self.initial = self.values()
        self._validate()

    def _window_title(self) -> str:
        return {
            "new": self.tr("New event"),
            "single": self.tr("Edit event"),
            "occurrence": self.tr("Edit this occurrence"),
            "series": self.tr("Edit all events in the series"),
        }[self.mode]

    # -- layout ------------------------------------------------------------

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Dentist"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.all_day = QCheckBox(self.tr("&All day"))
        self.start_date = self._date_edit(self.tr("Start date"))
        self.end_date = self._date_edit(self.tr("End date"))
        self.start_time, self.end_time = TimeField(self.tz), TimeField(self.tz)
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_time.setAccessibleName(self.tr("End time"))
        self.duration = QLabel()
        self.duration.setAccessibleName(self.tr("Duration"))
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Location"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.reminder = ReminderChoice(self.tr("At the start"))
        self.recurrence = RecurrenceEditor(self.tz)
        self.calendar = calendar_box(self.calendars)
        self.error_label = problem_label()
        self.buttons = ok_cancel()
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create") if self.mode == "new" else self.tr("Save"))
        self._lay_out()
        self._connect()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow("", self.all_day)
        starts = self._pair(self.start_date, self.start_time)
        ends = self._pair(self.end_date, self.end_time, self.duration)
        form.addRow(self.tr("&Starts:"), starts)
        form.addRow(self.tr("&Ends:"), ends)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Re&minder:"), self.reminder)
        form.addRow(self.tr("&Repeat:"), self.recurrence)
        if len(self.calendars) > 1:  # only where there is a choice
            form.addRow(self.tr("Ca&lendar:"), self.calendar)
        if self.mode == "occurrence":
            note = QLabel(self.tr("Only this occurrence changes; the series keeps its rule."))
            note.setWordWrap(True)
            form.addRow("", note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # A label's mnemonic should focus the first field of its row.
        for box, first in ((starts, self.start_date), (ends, self.end_date)):
            label = form.labelForField(box)
            if isinstance(label, QLabel):
                label.setBuddy(first)

    def show_read_only(self, source: str) -> None:
        """Show the event without a way to change it: it comes from the read-only
        subscription ``source`` (its next refresh would undo any edit)."""
        self.read_only_source = source
        self.setWindowTitle(self.tr("Event from %1 (read-only)").replace("%1", source))
        for widget in (self.title_edit, self.location):
            widget.setReadOnly(True)
        self.description.setReadOnly(True)
        for field in (self.all_day, self.start_date, self.end_date, self.start_time):
            field.setEnabled(False)
        for other in (self.end_time, self.reminder, self.recurrence):
            other.setEnabled(False)
        self.ok_button.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        note = QLabel(
            self.tr(
                "This event comes from the subscription %1, which is read-only: it cannot "
                "be changed or deleted here."
            ).replace("%1", source)
        )
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Read-only"))
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, note)

    def _pair(self, *widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def _connect(self) -> None:
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.all_day.toggled.connect(self._on_all_day)
        for edit in (self.start_date, self.end_date):
            edit.dateChanged.connect(self._on_times)
        for tedit in (self.start_time, self.end_time):
            tedit.timeChanged.connect(self._on_times)
        self.recurrence.changed.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- values ------------------------------------------------------------

    def _load(self, values: EventValues) -> None:
        self._syncing = True
        self.title_edit.setText(values.title)
        self.all_day.setChecked(values.all_day)
        self._set_moment(self.start_date, self.start_time, values.start)
        self._set_moment(self.end_date, self.end_time, values.end)
        self.location.setText(values.location)
        self.description.setPlainText(values.description)
        self.reminder.set_minutes(values.reminder_minutes)
        self._syncing = False
        self._length = self._end() - self._start()
        self.recurrence.set_start(values.start)
        self.recurrence.set_rule(values.rrule)
        self.recurrence.setEnabled(self.mode != "occurrence")
        if self.mode == "occurrence" and not values.all_day:
            # update_event makes only a whole series all-day; say so rather than fail later.
            self.all_day.setEnabled(False)
            self.all_day.setToolTip(
                self.tr("Only the whole series can become all-day: edit all events instead.")
            )
        self.start_time.setVisible(not values.all_day)
        self.end_time.setVisible(not values.all_day)

    def _set_moment(self, day_edit: QDateEdit, time_edit: TimeField, value: date) -> None:
        if isinstance(value, datetime):
            local = value.astimezone(self.tz)
            day_edit.setDate(to_qdate(local.date()))
            time_edit.setTime(QTime(local.hour, local.minute))
        else:
            day_edit.setDate(to_qdate(value))

    def values(self) -> EventValues:
        rule, _problem = self.recurrence.result()
        return EventValues(
            title=self.title_edit.text().strip(),
            all_day=self.all_day.isChecked(),
            start=self._moment(self.start_date, self.start_time),
            end=self._moment(self.end_date, self.end_time),
            location=self.location.text().strip(),
            description=self.description.toPlainText(),
            reminder_minutes=self.reminder.minutes(),
            rrule=rule,
            calendar=self.calendar.currentData() if len(self.calendars) > 1 else None,
        )

    def _moment(self, day_edit: QDateEdit, time_edit: TimeField) -> date | datetime:
        day = to_date(day_edit.date())
        if self.all_day.isChecked():
            return day
        return localize(datetime.combine(day, to_time(time_edit.time())), self.tz)

    def _start(self) -> datetime:
        """The start as a datetime (midnight for all-day), for lengths and comparisons."""
        return self._as_datetime(self._moment(self.start_date, self.start_time))

    def _end(self) -> datetime:
        return self._as_datetime(self._moment(self.end_date, self.end_time))

    def _as_datetime(self, value: date | datetime) -> datetime:
        if isinstance(value, datetime):
            return value
        return localize(datetime.combine(value, time()), self.tz)

    # -- behaviour ---------------------------------------------------------

    def _on_title_edited(self) -> None:
        self._title_touched = True
        self._validate()

    def _on_all_day(self, checked: bool) -> None:
        if not checked and not self._syncing and self.start_time.time() == self.end_time.time():
            # An all-day event becoming timed gets working hours, not midnight to midnight.
            self._syncing = True
            self.start_time.setTime(QTime(9, 0))
            self.end_time.setTime(QTime(10, 0))
            self._syncing = False
        self.start_time.setVisible(not checked)
        self.end_time.setVisible(not checked)
        self._on_times()

    def _on_times(self) -> None:
        if self._syncing:
            return
        sender = self.sender()
        if sender in (self.start_date, self.start_time):
            # Moving the start moves the end too, keeping the length, as calendars do.
            self._syncing = True
            end = self._start() + max(self._length, timedelta(0))
            self._set_moment(self.end_date, self.end_time, end)
            self._syncing = False
        else:
            self._length = self._end() - self._start()
        self.recurrence.set_start(self.values().start)
        self._validate()

    def _validate(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        _rule, rule_problem = self.recurrence.result()
        ok = not problem and not rule_problem and bool(self.title_edit.text().strip())
        self.ok_button.setEnabled(ok)
        self._show_duration()

    def problem(self) -> str:
        """What is wrong with the values, in words; "" when they can be saved."""
        for field in (self.start_time, self.end_time):
            if field.problem and not self.all_day.isChecked():
                return field.problem
        if self._title_touched and not self.title_edit.text().strip():
            return self.tr("Give the event a title.")
        if self._end() < self._start():
            return self.tr("The end is before the start.")
        return ""

    def _show_duration(self) -> None:
        length = self._end() - self._start()
        if length < timedelta(0):
            self.duration.clear()
        elif self.all_day.isChecked():
            self.duration.setText(self.tr("(%1 day(s))").replace("%1", str(length.days + 1)))
        else:
            hours, rest = divmod(int(length.total_seconds()) // 60, 60)
            text = self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
            self.duration.setText(f"({text})")
