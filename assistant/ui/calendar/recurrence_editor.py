"""The "Repeat" part of the event dialog: frequency, interval, weekdays and end.

It builds an RRULE from the form and says in words what it means; a rule
imported from elsewhere that the form cannot show is kept in a custom-rule
field, editable as text, rather than being simplified behind the user's back.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from assistant.calendar.rule_form import (
    FORM_FREQUENCIES,
    RuleForm,
    from_form,
    to_form,
    weekday_code,
)
from assistant.dates import describe_rrule, parse_recurrence
from assistant.dates.rule import WEEKDAY_CODES
from assistant.errors import AssistantError
from assistant.ui.calendar.qdates import to_date, to_qdate
from assistant.ui.theme import error_style

NONE, CUSTOM = "", "CUSTOM"
ENDS = ("never", "until", "count")


class RecurrenceEditor(QWidget):
    """Edits one RRULE (or none) for an event starting at :meth:`set_start`."""

    changed = Signal()

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._start: date | datetime = date.today()
        self._build()
        self._sync_visibility()

    # -- layout ------------------------------------------------------------

    def _build(self) -> None:
        self.freq = QComboBox()
        self.freq.setAccessibleName(self.tr("Repeat"))
        for text, value in (
            (self.tr("Does not repeat"), NONE),
            (self.tr("Daily"), "DAILY"),
            (self.tr("Weekly"), "WEEKLY"),
            (self.tr("Monthly"), "MONTHLY"),
            (self.tr("Yearly"), "YEARLY"),
            (self.tr("Custom rule (RRULE)"), CUSTOM),
        ):
            self.freq.addItem(text, value)
        self.interval = QSpinBox()
        self.interval.setRange(1, 999)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setAccessibleName(self.tr("Repeat interval"))
        self.unit = QLabel()
        self.day_buttons = self._weekday_buttons()
        self.ends = QComboBox()
        self.ends.setAccessibleName(self.tr("Repetition ends"))
        for text, value in zip(
            (self.tr("Never ends"), self.tr("Ends on"), self.tr("Ends after")), ENDS, strict=True
        ):
            self.ends.addItem(text, value)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Last day of the repetition"))
        self.count = QSpinBox()
        self.count.setRange(1, 9999)
        self.count.setValue(10)
        self.count.setSuffix(self.tr(" times"))
        self.count.setAccessibleName(self.tr("Number of times"))
        self.custom = QLineEdit()
        self.custom.setPlaceholderText("FREQ=MONTHLY;BYDAY=2TU")
        self.custom.setAccessibleName(self.tr("Custom repeat rule"))
        self.custom.setToolTip(self.tr("An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=2TU"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Repeat summary"))
        self._lay_out()
        self.freq.currentIndexChanged.connect(self._on_freq)
        for spin in (self.interval, self.count):
            spin.valueChanged.connect(self._emit)
        self.ends.currentIndexChanged.connect(self._emit)
        self.until.dateChanged.connect(self._emit)
        self.custom.textChanged.connect(self._emit)

    def _weekday_buttons(self) -> dict[str, QToolButton]:
        locale = QLocale()
        buttons: dict[str, QToolButton] = {}
        for number, code in enumerate(WEEKDAY_CODES, start=1):
            button = QToolButton()
            button.setCheckable(True)
            button.setText(locale.dayName(number, QLocale.FormatType.ShortFormat))
            button.setAccessibleName(locale.dayName(number, QLocale.FormatType.LongFormat))
            button.setMinimumWidth(40)
            button.toggled.connect(self._emit)
            buttons[code] = button
        return buttons

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        for widget in (self.freq, self.interval, self.unit):
            top.addWidget(widget)
        top.addStretch(1)
        grid.addLayout(top, 0, 0)
        self.days_row = QWidget()
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        days.setSpacing(2)
        for button in self.day_buttons.values():
            days.addWidget(button)
        days.addStretch(1)
        grid.addWidget(self.days_row, 1, 0)
        self.ends_row = QWidget()
        ends = QHBoxLayout(self.ends_row)
        ends.setContentsMargins(0, 0, 0, 0)
        for part in (self.ends, self.until, self.count):
            ends.addWidget(part)
        ends.addStretch(1)
        grid.addWidget(self.ends_row, 2, 0)
        grid.addWidget(self.custom, 3, 0)
        grid.addWidget(self.summary, 4, 0)

    # -- values ------------------------------------------------------------

    def set_start(self, start: date | datetime) -> None:
        """The event's start: the default weekday, and what the rule is checked against.

        Weekdays that are only the old start's weekday follow the new start, so
        moving a Tuesday event to Thursday repeats it on Thursdays."""
        old_default = [weekday_code(self._start_day())]
        self._start = start
        checked = [code for code, b in self.day_buttons.items() if b.isChecked()]
        if not checked or checked == old_default:
            self._check_days([weekday_code(self._start_day())])
        if to_date(self.until.date()) < self._start_day():
            self.until.setDate(to_qdate(self._start_day() + timedelta(days=91)))
        self._refresh_summary()

    def set_rule(self, rule: str | None) -> None:
        """Show an existing rule: in the form when it fits, otherwise as custom text."""
        self.blockSignals(True)
        try:
            form = to_form(rule, self._start, self.tz) if rule else None
            if rule is None:
                self._select(self.freq, NONE)
            elif form is None:
                self._select(self.freq, CUSTOM)
                self.custom.setText(rule)
            else:
                self._show_form(form)
        finally:
            self.blockSignals(False)
        self._sync_visibility()
        self._refresh_summary()

    def _show_form(self, form: RuleForm) -> None:
        self._select(self.freq, form.freq)
        self.interval.setValue(form.interval)
        self._check_days(form.weekdays)
        self._select(self.ends, form.end)
        self.count.setValue(form.count)
        if form.until is not None:
            self.until.setDate(to_qdate(form.until))

    def result(self) -> tuple[str | None, str]:
        """(the RRULE or None, "") when valid; (None, the problem) otherwise."""
        choice = self.freq.currentData()
        if choice == NONE:
            return None, ""
        if choice == CUSTOM:
            text = self.custom.text().strip()
            if not text:
                return None, self.tr("Enter a repeat rule, e.g. FREQ=MONTHLY;BYDAY=2TU.")
        else:
            form = self._form()
            if choice == "WEEKLY" and not form.weekdays:
                return None, self.tr("Choose at least one weekday.")
            if form.end == "until" and form.until is not None and form.until < self._start_day():
                return None, self.tr("The repetition cannot end before the event starts.")
            text = from_form(form, self._start, self.tz).render()
        try:
            # Words or RRULE text, through the one policy of assistant.dates.rule.
            return parse_recurrence(text, self._start), ""
        except AssistantError as exc:
            return None, str(exc)

    def _form(self) -> RuleForm:
        return RuleForm(
            freq=str(self.freq.currentData()),
            interval=self.interval.value(),
            weekdays=[code for code, b in self.day_buttons.items() if b.isChecked()],
            end=self.ends.currentData(),
            until=to_date(self.until.date()),
            count=self.count.value(),
        )

    # -- behaviour ---------------------------------------------------------

    def _on_freq(self) -> None:
        self._sync_visibility()
        self._emit()

    def _sync_visibility(self) -> None:
        choice = self.freq.currentData()
        simple = choice in FORM_FREQUENCIES
        self.interval.setVisible(simple)
        self.unit.setVisible(simple)
        self.unit.setText(self._unit_text(choice))
        self.days_row.setVisible(choice == "WEEKLY")
        self.ends_row.setVisible(simple)
        self.until.setVisible(simple and self.ends.currentData() == "until")
        self.count.setVisible(simple and self.ends.currentData() == "count")
        self.custom.setVisible(choice == CUSTOM)
        self.summary.setVisible(choice != NONE)

    def _unit_text(self, choice: object) -> str:
        units = {
            "DAILY": self.tr("day(s)"),
            "WEEKLY": self.tr("week(s)"),
            "MONTHLY": self.tr("month(s)"),
            "YEARLY": self.tr("year(s)"),
        }
        return units.get(str(choice), "")

    def _emit(self) -> None:
        self._sync_visibility()
        self._refresh_summary()
        self.changed.emit()

    def _refresh_summary(self) -> None:
        rule, problem = self.result()
        self.summary.setStyleSheet(error_style(self.summary.palette()) if problem else "")
        if problem:
            self.summary.setText(problem)
        elif rule:
            words = describe_rrule(rule, tz=self.tz)
            self.summary.setText(self.tr("Repeats %1.").replace("%1", words))
        else:
            self.summary.clear()

    def _check_days(self, codes: list[str]) -> None:
        for code, button in self.day_buttons.items():
            button.blockSignals(True)
            button.setChecked(code in codes)
            button.blockSignals(False)

    def _start_day(self) -> date:
        start = self._start
        return start.astimezone(self.tz).date() if isinstance(start, datetime) else start

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))
