"""The Calendar view: a month grid with markers, a day/week agenda or hour grid, .ics transfer.

Everything that reads or writes the store runs on a worker thread; writes go
through the calendar tools (or the journaled importer), so each one can be
undone from the banner that reports it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.calendar.entries import AgendaEntry, load_entries
from assistant.calendar.index import CalendarIndex
from assistant.calendar.rows import calendars_of
from assistant.ical.ics_export import ExportReport, export_to_file
from assistant.store import Changes
from assistant.tools.registry import ToolResult
from assistant.ui.calendar import prompts, transfer
from assistant.ui.calendar.agenda import AgendaFilter, AgendaModel, Role, day_heading
from assistant.ui.calendar.agenda_view import AgendaList
from assistant.ui.calendar.banner import Banner
from assistant.ui.calendar.calendars import CalendarList
from assistant.ui.calendar.drops import IcsDrops
from assistant.ui.calendar.edit_flow import EditFlow
from assistant.ui.calendar.month_grid import MonthGrid
from assistant.ui.calendar.qdates import to_qdate
from assistant.ui.calendar.time_grid import TimeGrid
from assistant.ui.context import EVENTS, AppContext
from assistant.ui.people_text import said
from assistant.ui.sync.controller import CALENDARS
from assistant.ui.tasks import run_in_background, run_write
from assistant.ui.widgets.compact import compact


class CalendarView(IcsDrops, QWidget):
    # Emitted after the agenda or the month markers were (re)loaded; tests wait on them.
    agenda_loaded = Signal()
    markers_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Load counters: a result that arrives after a newer request is dropped.
        self._agenda_seq = 0
        self._marker_seq = 0
        # The event to select once the agenda has loaded (Search everything).
        self._select_event: int | None = None
        self.flow = EditFlow(ctx, self)
        self._build()
        self._connect()
        self.setAcceptDrops(True)
        self.refresh()
        self.calendars.load(ctx.store)

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.grid = MonthGrid(self.ctx.clock().now.date())
        self.calendars = CalendarList(self.ctx.base)
        self.banner = Banner(is_latest=self.ctx.store.journal.is_latest_open)
        self.model = AgendaModel(self)
        self.proxy = AgendaFilter(self)
        self.proxy.setSourceModel(self.model)
        self.agenda = AgendaList()
        self.agenda.setModel(self.proxy)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.hours = TimeGrid(lambda: self.ctx.clock().now, self.ctx.clock().tz)
        self.heading = QLabel()
        self.heading.setObjectName("agendaHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter events"))
        self.filter.setAccessibleName(self.tr("Filter events by title or place"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.banner)
        layout.addWidget(self._body(), 1)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        compact(button)  # the toolbar fits an 800 px window
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def _toolbar(self) -> QHBoxLayout:
        self.today_button = self._button(self.tr("&Today"), self.tr("Show today"))
        self.new_button = self._button(self.tr("New &event…"), self.tr("Add an event (Ctrl+E)"))
        self.edit_button = self._button(self.tr("Ed&it…"), self.tr("Edit the selected event"))
        self.delete_button = self._button(self.tr("&Delete"), self.tr("Delete the selected event"))
        self.day_button = self._button(self.tr("Da&y"), self.tr("Show the selected day"))
        self.week_button = self._button(self.tr("&Week"), self.tr("Show the selected day's week"))
        self.hours_button = self._button(self.tr("&Hours"), self.tr("Show an hour grid"))
        self.hours_button.setCheckable(True)
        self.import_button = self._button(self.tr("I&mport…"), self.tr("Import .ics files"))
        self.export_button = self._button(self.tr("E&xport…"), self.tr("Export as an .ics file"))
        self.modes = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            self.modes.addButton(button)
        self.day_button.setChecked(True)
        row = QHBoxLayout()
        for button in (self.today_button, self.new_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addSpacing(16)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addWidget(self.day_button)
        switch.addWidget(self.week_button)
        row.addLayout(switch)
        row.addWidget(self.hours_button)  # the list or the hour grid, for either
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        return row

    def _body(self) -> QSplitter:
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.filter)
        column.addLayout(top)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.agenda)
        self.pages.addWidget(self.hours)
        column.addWidget(self.pages, 1)
        left = QWidget()
        stack = QVBoxLayout(left)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.grid, 1)
        stack.addWidget(self.calendars)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([430, 560])
        return splitter

    def _connect(self) -> None:
        self.grid.selectionChanged.connect(self._load_agenda)
        self.grid.currentPageChanged.connect(lambda _y, _m: self._load_markers())
        self.grid.activated.connect(lambda _d: self.new_event())
        self.modes.buttonToggled.connect(self._on_mode)
        self.hours_button.toggled.connect(self._on_layout)
        self.today_button.clicked.connect(self.show_today)
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.choose_import_files)
        self.export_button.clicked.connect(self.export_ics)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.agenda.open_requested.connect(self.flow.edit)
        self.agenda.delete_requested.connect(self.flow.delete)
        self.hours.changed.connect(self.flow.apply)
        self.hours.activated.connect(self.flow.activate)
        self.hours.delete_requested.connect(self.flow.delete)
        self.hours.selection_changed.connect(self._sync_buttons)
        self.agenda.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.owners: dict[int, int] = {}  # event id -> calendar id, of the agenda shown
        self.flow.read_only = lambda eid: self.calendars.read_only(self.owners.get(eid))
        self.flow.calendar_choices = self.calendars.choices
        self.flow.move_choices = lambda eid: self.calendars.choices_for(self.owners.get(eid))
        self.flow.finished.connect(self._after_write)
        self.flow.failed.connect(self._show_error)
        self.banner.undo_requested.connect(self._undo)
        self.ctx.bus.changed.connect(self._on_data_changed)
        self.calendars.visibility_changed.connect(self.refresh)
        self.calendars.loaded.connect(self.refresh)
        for first, second in (
            (self.week_button, self.hours_button),
            (self.hours_button, self.import_button),
            (self.import_button, self.export_button),
            (self.export_button, self.grid),
            (self.grid, self.filter),
            (self.filter, self.agenda),
        ):
            QWidget.setTabOrder(first, second)
        self._sync_buttons()

    def current_entry(self) -> AgendaEntry | None:
        """The event picked in the agenda, or on the hour grid while that shows."""
        return self.hours.current_entry() if self.grid_mode() else self.agenda.current_entry()

    def grid_mode(self) -> bool:
        """Whether the hour grid shows instead of the agenda list."""
        return self.hours_button.isChecked()

    def _on_mode(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            self._load_agenda()

    def _on_layout(self, grid: bool) -> None:
        # Both are filled on every load: switching shows the other one at once.
        self.pages.setCurrentWidget(self.hours if grid else self.agenda)
        self.filter.setVisible(not grid)  # it filters the list only
        if grid:
            self.hours.reveal()  # at working hours, or now
        self._sync_buttons()

    # -- loading ---------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the markers and the agenda from the store."""
        self.grid.set_today(self.ctx.clock().now.date())
        self._load_markers()
        self._load_agenda()

    def _on_data_changed(self, tables: list[str]) -> None:
        self.banner.recheck()  # an Undo goes with the next change
        if CALENDARS in tables:
            self.calendars.load(self.ctx.store)  # refreshes when they changed
        if EVENTS in tables:
            self.refresh()

    def _load_markers(self) -> None:
        self._marker_seq += 1
        seq, (first, last) = self._marker_seq, self.grid.shown_range()
        store, clock = self.ctx.store, self.ctx.clock()
        # Counted from the stored spans: no event is decoded for the dots.
        run_in_background(
            lambda: CalendarIndex(store, clock).calendar_day_counts(first, last),
            lambda counts: self._show_markers(seq, counts),
            self._load_failed,
        )

    def _show_markers(self, seq: int, by_day: dict[date, dict[int | None, int]]) -> None:
        if seq == self._marker_seq:
            self.grid.set_markers(*self.calendars.shown_counts(by_day))
            self.markers_loaded.emit()

    def shown_days(self) -> list[date]:
        """The selected day, or the whole week around it in week mode."""
        day = self.grid.selected_day()
        if not self.week_button.isChecked():
            return [day]
        first_weekday = self.grid.firstDayOfWeek().value  # 1 = Monday ... 7 = Sunday
        start = day - timedelta(days=(day.isoweekday() - first_weekday) % 7)
        return [start + timedelta(days=i) for i in range(7)]

    def _load_agenda(self) -> None:
        self._agenda_seq += 1
        seq, days = self._agenda_seq, self.shown_days()
        store, clock = self.ctx.store, self.ctx.clock()
        self._show_heading(days)

        def load() -> tuple[list[AgendaEntry], dict[int, int]]:
            entries = load_entries(store, clock, days[0], days[-1])
            return entries, calendars_of(store, (e.event_id for e in entries))

        run_in_background(
            load, lambda found: self._show_agenda(seq, days, *found), self._load_failed
        )

    def _show_agenda(
        self, seq: int, days: list[date], entries: list[AgendaEntry], owners: dict[int, int]
    ) -> None:
        if seq != self._agenda_seq:
            return
        self.owners = owners
        shown, colours = self.calendars.shown_entries(entries, owners)
        self.model.show_entries(days, shown, week=len(days) > 1, colours=colours)
        self.hours.show_entries(days, shown, colours)
        self.agenda.placeholder = self.tr(
            "Nothing planned. Double-click a day or press “New event…” to add one."
        )
        self.agenda.viewport().update()
        self._select_wanted()
        self._sync_buttons()
        self.agenda_loaded.emit()

    def _select_wanted(self) -> None:
        wanted, self._select_event = self._select_event, None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            entry = index.data(Role.ENTRY)
            if wanted is not None and isinstance(entry, AgendaEntry) and entry.event_id == wanted:
                self.agenda.setCurrentIndex(index)
                self.agenda.scrollTo(index)
                self.agenda.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _show_heading(self, days: list[date]) -> None:
        if len(days) == 1:
            self.heading.setText(day_heading(days[0]))
        else:
            text = self.tr("Week of %1").replace("%1", day_heading(days[0]))
            self.heading.setText(text)
        self.heading.setAccessibleName(self.heading.text())

    def _load_failed(self, message: str) -> None:
        self.banner.show_message(
            self.tr("The calendar could not be loaded: %1").replace("%1", message), error=True
        )

    # -- commands --------------------------------------------------------------

    def show_today(self) -> None:
        today = self.ctx.clock().now.date()
        self.grid.setSelectedDate(to_qdate(today))
        self.grid.showSelectedDate()

    def show_event(self, event_id: int, day: date | None) -> None:
        """Show ``day`` with the event selected in the agenda (Search everything opens it here)."""
        self._select_event = event_id
        self.filter.clear()
        day = day or self.ctx.clock().now.date()
        if day == self.grid.selected_day():
            self._load_agenda()
        else:
            self.grid.setSelectedDate(to_qdate(day))  # reloads the agenda
        self.grid.showSelectedDate()

    def new_event(self) -> None:
        """Open the event dialog for a new event on the selected day."""
        self.flow.new_event(self.grid.selected_day())

    def edit_selected(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.flow.edit(entry)

    def delete_selected(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.flow.delete(entry)

    def _sync_buttons(self) -> None:
        has = self.current_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _show_error(self, text: str) -> None:
        """A tool's or worker's error, in words without ids or ISO dates."""
        self.banner.show_message(said(text.removeprefix("Error: "), self.ctx.clock()), error=True)

    def _after_write(self, name: str, result: ToolResult, day: date | None) -> None:
        if not result.ok:
            self.banner.show_message(
                said(result.text.removeprefix("Error: "), self.ctx.clock()), error=True
            )
            return
        # The whole text: a conflict note on its second line is worth seeing.
        self.banner.show_message(said(result.text, self.ctx.clock()), action_id=result.action_id)
        if day is not None:
            self.grid.setSelectedDate(to_qdate(day))
        self.ctx.bus.notify(result.changes)

    def _undo(self, action_id: int) -> None:
        store = self.ctx.store
        run_write(
            self.ctx.bus,
            lambda: store.undo(action_id),
            lambda _result: self.banner.show_message(self.tr("Undone.")),
            self._show_error,
        )

    # -- import and export -----------------------------------------------------

    def choose_import_files(self) -> None:
        files = prompts.open_files(
            self,
            self.tr("Import calendar"),
            str(Path.home()),
            self.tr("Calendar files (*.ics *.ical);;All files (*)"),
        )
        if files:
            self.import_files(files)

    def import_files(self, files: list[str]) -> None:
        """Import .ics files (menu, drag and drop) off the GUI thread."""
        if not files:
            return
        store, clock = self.ctx.store, self.ctx.clock()
        self.banner.show_message(self.tr("Importing %n file(s)…", "", len(files)))

        def work() -> tuple[list[transfer.FileOutcome], Changes]:
            with store.watch() as watch:
                outcomes = transfer.import_all(store, files, clock)
            return outcomes, watch.changes

        run_write(
            self.ctx.bus,
            work,
            lambda done: self._after_import(done[0]),
            self._show_error,
            kind="long",
        )

    def _after_import(self, outcomes: list[transfer.FileOutcome]) -> None:
        failed = any(o.error for o in outcomes)
        text = transfer.outcome_text(outcomes)
        self.banner.show_message(text, error=failed, action_id=transfer.undo_id(outcomes))

    def export_ics(self) -> None:
        """Ask for a file name and export the calendar to it (the save dialog asks
        before replacing a file; a name this completes with .ics is asked about here)."""
        chosen = prompts.save_file(
            self,
            self.tr("Export calendar"),
            str(Path.home() / "calendar.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return
        path = transfer.export_path(chosen)
        if path != chosen and Path(path).exists() and not prompts.ask_replace(self, path):
            return
        self.export_to(path, overwrite=True)

    def export_to(self, path: str, *, overwrite: bool = False) -> None:
        """Write the calendar (and to-dos) to ``path`` on a worker thread.

        ``overwrite``: the user agreed to replace a file (never one in the data folder)."""
        store, clock, base = self.ctx.store, self.ctx.clock(), self.ctx.base
        run_in_background(
            lambda: export_to_file(store, path, clock, overwrite=overwrite, data_dir=base),
            self._after_export,
            self._show_error,
            kind="long",
        )

    def _after_export(self, report: ExportReport) -> None:
        self.banner.show_message(report.describe())
