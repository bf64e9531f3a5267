"""The dialog that creates or edits one to-do: title, due, priority, tags, notes, reminder,
and, where there is more than the local one, its calendar.

Like the event dialog it only collects values; whoever opened it turns them
into a tool call on a worker thread. The reminder is minutes before the due
time, as the tools store it; under the picker a line says when it goes off
(or why it cannot: a to-do without a due date has nothing to count from).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Literal

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from assistant.clock import Clock
from assistant.dates import localize
from assistant.reminders import DEFAULT_REMINDER_TIME, reminder_time
from assistant.todos.model import Priority
from assistant.ui.calendar.qdates import to_date, to_qdate, to_time
from assistant.ui.calendar.time_field import TimeField
from assistant.ui.todos.format import format_due
from assistant.ui.todos.todo_values import TodoValues
from assistant.ui.widgets.dialog_parts import Choice, calendar_box, ok_cancel, problem_label
from assistant.ui.widgets.reminder_choice import ReminderChoice

Mode = Literal["new", "edit"]
PRIORITIES: tuple[Priority, ...] = ("high", "normal", "low")


class TodoDialog(QDialog):
    def __init__(
        self,
        values: TodoValues,
        clock: Clock,
        mode: Mode = "edit",
        parent: QWidget | None = None,
        *,
        calendars: Sequence[Choice] = (),
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.mode = mode
        # The calendars to choose from; the default (new) or the to-do's own (edit) first.
        self.calendars = list(calendars)
        # An imported to-do may have no title: saving other changes keeps it so.
        self._untitled = mode == "edit" and not values.title
        self._title_touched = False
        self.setWindowTitle(self.tr("New to-do") if mode == "new" else self.tr("Edit to-do"))
        self.setMinimumWidth(480)
        self._build()
        self._load(values)
        self.initial = self.values()
        self._validate()

    # -- layout ------------------------------------------------------------

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("What needs doing"))
        self.has_due = QCheckBox(self.tr("&Due"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        self.due_date.setAccessibleName(self.tr("Due date"))
        self.has_time = QCheckBox(self.tr("a&t"))
        self.has_time.setAccessibleName(self.tr("Due at a time of day"))
        self.due_time = TimeField(self.clock.tz)
        self.due_time.setAccessibleName(self.tr("Due time"))
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for value, text in zip(
            PRIORITIES, (self.tr("High"), self.tr("Normal"), self.tr("Low")), strict=True
        ):
            self.priority.addItem(text, value)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.reminder = ReminderChoice(self.tr("At the due time"))
        self.reminder_note = QLabel()
        self.reminder_note.setWordWrap(True)
        self.reminder_note.setAccessibleName(self.tr("When the reminder goes off"))
        self.calendar = calendar_box(self.calendars)
        self.error_label = problem_label()
        self.buttons = ok_cancel()
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add") if self.mode == "new" else self.tr("Save"))
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        due = QWidget()
        row = QHBoxLayout(due)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.has_due, self.due_date, self.has_time, self.due_time):
            row.addWidget(widget)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Due:"), due)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("Re&minder:"), self.reminder)
        form.addRow("", self.reminder_note)
        if len(self.calendars) > 1:  # only where there is a choice
            form.addRow(self.tr("Ca&lendar:"), self.calendar)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.has_due.toggled.connect(self._on_due_toggled)
        self.has_time.toggled.connect(self._validate)
        self.due_date.dateChanged.connect(self._validate)
        self.due_time.timeChanged.connect(self._validate)
        self.reminder.currentIndexChanged.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- values ------------------------------------------------------------

    def _load(self, values: TodoValues) -> None:
        self.title_edit.setText(values.title)
        due = values.due
        day = due.astimezone(self.clock.tz).date() if isinstance(due, datetime) else due
        self.due_date.setDate(to_qdate(day if day is not None else self.clock.now.date()))
        if isinstance(due, datetime):
            local = due.astimezone(self.clock.tz)
            self.due_time.setTime(QTime(local.hour, local.minute))
        else:
            self.due_time.setTime(QTime(DEFAULT_REMINDER_TIME.hour, DEFAULT_REMINDER_TIME.minute))
        self.has_due.setChecked(due is not None)
        self.has_time.setChecked(isinstance(due, datetime))
        self.priority.setCurrentIndex(max(0, self.priority.findData(values.priority)))
        self.tags.setText(", ".join(values.tags))
        self.notes.setPlainText(values.notes)
        self.reminder.set_minutes(values.reminder_minutes)
        self._on_due_toggled(due is not None)

    def values(self) -> TodoValues:
        tags = tuple(t for t in (p.strip().lstrip("#") for p in self.tags.text().split(",")) if t)
        return TodoValues(
            title=self.title_edit.text().strip(),
            due=self.due(),
            priority=self.priority.currentData(),
            notes=self.notes.toPlainText(),
            tags=tags,
            reminder_minutes=self.reminder.minutes(),
            calendar=self.calendar.currentData() if len(self.calendars) > 1 else None,
        )

    def due(self) -> datetime | date | None:
        if not self.has_due.isChecked():
            return None
        day = to_date(self.due_date.date())
        if not self.has_time.isChecked():
            return day
        return localize(datetime.combine(day, to_time(self.due_time.time())), self.clock.tz)

    def set_due(self, due: datetime | date | None) -> None:
        """Set the due moment as a user would (for callers and tests)."""
        self.has_due.setChecked(due is not None)
        if due is None:
            return
        self.has_time.setChecked(isinstance(due, datetime))
        if isinstance(due, datetime):
            local = due.astimezone(self.clock.tz)
            self.due_date.setDate(to_qdate(local.date()))
            self.due_time.setTime(QTime(local.hour, local.minute))
        else:
            self.due_date.setDate(to_qdate(due))

    # -- behaviour ---------------------------------------------------------

    def _on_title_edited(self) -> None:
        self._title_touched = True
        self._validate()

    def _on_due_toggled(self, checked: bool) -> None:
        self.due_date.setEnabled(checked)
        self.has_time.setEnabled(checked)
        self._validate()

    def _validate(self) -> None:
        self.due_time.setEnabled(self.has_due.isChecked() and self.has_time.isChecked())
        problem = self.problem()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        titled = bool(self.title_edit.text().strip()) or self._untitled
        self.ok_button.setEnabled(not problem and titled)
        self.reminder_note.setText(self._reminder_words())
        self.reminder_note.setVisible(bool(self.reminder_note.text()))

    def problem(self) -> str:
        """What is wrong with the values, in words; "" when they can be saved."""
        if self.due_time.isEnabled() and self.due_time.problem:
            return self.due_time.problem
        if self._title_touched and not self.title_edit.text().strip() and not self._untitled:
            return self.tr("Give the to-do a title.")
        return ""

    def _reminder_words(self) -> str:
        minutes = self.reminder.minutes()
        if minutes is None:
            return ""
        due = self.due()
        if due is None:
            return self.tr("A reminder goes off only once the to-do has a due date.")
        fire = reminder_time(due, minutes, self.clock.tz)
        text = self.tr("Reminder: %1.").replace("%1", format_due(fire, self.clock))
        if not isinstance(due, datetime):
            at = DEFAULT_REMINDER_TIME.strftime("%H:%M")
            text += " " + self.tr("Without a time, it counts from %1 on the due day.").replace(
                "%1", at
            )
        if fire < self.clock.now:
            text += " " + self.tr("That time has passed, so it will not go off.")
        return text
