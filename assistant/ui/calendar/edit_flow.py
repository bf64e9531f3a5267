"""Creating, editing and deleting events: dialog, questions, then a tool call.

The steps for a repeating event ("this event or all of them?") live here, so
the view only says which entry the user picked. Tool calls run on a worker
thread and report back through :attr:`EditFlow.finished`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from assistant.calendar.entries import AgendaEntry
from assistant.calendar.model import EventData
from assistant.calendar.query import load_event
from assistant.dates import format_when, localize
from assistant.tools.registry import ToolResult
from assistant.ui.calendar import prompts
from assistant.ui.calendar.drag_spans import series_span, span_arguments
from assistant.ui.calendar.event_dialog import Choice, EventDialog, Mode
from assistant.ui.calendar.event_values import (
    EventValues,
    add_arguments,
    moment_text,
    update_arguments,
)
from assistant.ui.calendar.grid_drag import Change
from assistant.ui.context import AppContext
from assistant.ui.tasks import run_in_background


class EditFlow(QObject):
    # (tool name, result) after a write was tried; the day to show afterwards, if any.
    finished = Signal(str, object, object)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        # The open dialog, if any (tests fill it in and accept it).
        self.dialog: EventDialog | None = None
        # The read-only subscription an event (by id) comes from, or None (the view's).
        self.read_only: Callable[[int], str | None] = lambda _event_id: None
        # The calendars a new event can go to (the view's list), for the dialog's chooser.
        self.calendar_choices: Callable[[], list[Choice]] = list
        # The calendars an event (by id) can move to, its own one picked (the view's list).
        self.move_choices: Callable[[int], list[Choice]] = lambda _event_id: []

    # -- new -----------------------------------------------------------------

    def new_event(self, day: date) -> None:
        """The dialog for a new event on ``day`` at the next full hour."""
        clock = self.ctx.clock()
        hour = min(clock.now.hour + 1, 23)
        start = localize(datetime.combine(day, time(hour)), clock.tz)
        values = EventValues(title="", all_day=False, start=start, end=start + timedelta(hours=1))
        dialog = self._open(values, "new", self.calendar_choices())
        dialog.accepted.connect(lambda: self._create(dialog))

    def new_event_at(self, start: datetime, end: datetime) -> None:
        """The dialog for a new event over a span drawn on the hour grid."""
        values = EventValues(title="", all_day=False, start=start, end=end)
        dialog = self._open(values, "new", self.calendar_choices())
        dialog.accepted.connect(lambda: self._create(dialog))

    def _create(self, dialog: EventDialog) -> None:
        values = dialog.values()
        self._call("add_event", add_arguments(values, self.ctx.clock().tz), _day_of(values.start))

    # -- edit ----------------------------------------------------------------

    def edit(self, entry: AgendaEntry) -> None:
        occ = entry.occurrence
        source = self.read_only(occ.event_id)
        if source is not None:  # a subscription's event: shown, never saved
            values = EventValues.from_event(occ.data, self._tz(), occ.start, occ.end)
            self._open(replace(values, rrule=occ.series_rrule), "single").show_read_only(source)
            return
        if not entry.recurring:
            self._edit_with(occ.event_id, EventValues.from_event(occ.data, self._tz()), "single")
            return
        scope = prompts.ask_edit_scope(self.window, entry.title)
        if scope == "occurrence":
            values = EventValues.from_event(occ.data, self._tz(), occ.start, occ.end)
            values = replace(values, rrule=occ.series_rrule)  # shown, not editable
            self._edit_with(occ.event_id, values, "occurrence", self._occurrence_text(entry))
        elif scope == "series":
            # The series' own values (its first start, its rule), read fresh.
            run_in_background(
                lambda: self._load(occ.event_id),
                lambda data: self._edit_with(
                    occ.event_id, EventValues.from_event(data, self._tz()), "series"
                ),
                self.failed.emit,
            )

    def _load(self, event_id: int) -> EventData:
        return load_event(self.ctx.store, event_id, self._tz())[1]

    def _edit_with(
        self, event_id: int, values: EventValues, mode: Mode, occurrence: str | None = None
    ) -> None:
        # One occurrence cannot move alone: the series moves whole, from the series' dialog.
        choices = self.move_choices(event_id) if mode != "occurrence" else []
        dialog = self._open(values, mode, choices)

        def save() -> None:
            after = dialog.values()
            tz = self._tz()
            args = update_arguments(event_id, dialog.initial, after, tz, occurrence)
            if args:
                # Follow a moved event to its new day; a series edit keeps the day in view.
                moved = "start" in args and mode != "series"
                self._call("update_event", args, _day_of(after.start) if moved else None)

        dialog.accepted.connect(save)

    # -- dragged on the hour grid ---------------------------------------------

    def apply(self, change: Change) -> None:
        """A finished drag: a new event's span opens the dialog, a moved event is saved."""
        if change.entry is None:
            assert isinstance(change.start, datetime) and isinstance(change.end, datetime)
            self.new_event_at(change.start, change.end)
        else:
            self.move(change)

    def activate(self, target: AgendaEntry | Change) -> None:
        """A double-click on the hour grid: edit the event, or add one at that time."""
        if isinstance(target, AgendaEntry):
            self.edit(target)
        else:
            self.apply(target)

    def move(self, change: Change) -> None:
        """Give an occurrence a new span, timed or all day: one tool call, so one Undo.

        A repeating event asks, as the dialog does, whether this occurrence or
        the whole series moves; the series then shifts by the same amount.
        """
        entry = change.entry
        assert entry is not None
        occ = entry.occurrence
        source = self.read_only(occ.event_id)
        if source is not None:
            text = self.tr("“%1” comes from the subscription %2, which is read-only.")
            self.failed.emit(text.replace("%1", entry.title).replace("%2", source))
            return
        tz = self._tz()
        args: dict[str, Any] = {"event_id": occ.event_id}
        args.update(span_arguments(change.start, change.end, change.all_day, entry.all_day, tz))
        if not entry.recurring:
            self._call("update_event", args, _day_of(change.start))
            return
        scope = prompts.ask_edit_scope(self.window, entry.title)
        if scope == "occurrence" and change.all_day and not entry.all_day:
            text = self.tr(
                "Only the whole series of “%1” can become all day; drag it again and "
                "choose all events."
            )
            self.failed.emit(text.replace("%1", entry.title))
        elif scope == "occurrence":
            args["occurrence"] = self._occurrence_text(entry)
            self._call("update_event", args, _day_of(change.start))
        elif scope == "series":
            run_in_background(
                lambda: self._load(occ.event_id),
                lambda data: self._shift_series(occ.event_id, data, change),
                self.failed.emit,
            )

    def _shift_series(self, event_id: int, data: EventData, change: Change) -> None:
        tz = self._tz()
        values = EventValues.from_event(data, tz)
        start, end = series_span(values.start, values.end, change, tz)
        args = {
            "event_id": event_id,
            **span_arguments(start, end, change.all_day, data.all_day, tz),
        }
        self._call("update_event", args, None)  # as a series edit: the day stays in view

    # -- delete --------------------------------------------------------------

    def delete(self, entry: AgendaEntry) -> None:
        occ = entry.occurrence
        source = self.read_only(occ.event_id)
        if source is not None:
            text = self.tr(
                "“%1” comes from the subscription %2, which is read-only: nothing was "
                "deleted. Remove the subscription in Settings → Accounts to drop its events."
            )
            self.failed.emit(text.replace("%1", entry.title).replace("%2", source))
            return
        when = format_when(occ.start, self._tz())
        scope = prompts.ask_delete(self.window, entry.title, when, entry.recurring)
        if scope is None:
            return
        args: dict[str, Any] = {"event_id": occ.event_id}
        if scope == "occurrence":
            args["occurrence"] = self._occurrence_text(entry)
        self._call("delete_event", args, None)

    # -- shared --------------------------------------------------------------

    def _open(
        self, values: EventValues, mode: Mode, calendars: Sequence[Choice] = ()
    ) -> EventDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = EventDialog(values, self._tz(), mode, self.window, calendars=calendars)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: EventDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _call(self, name: str, args: dict[str, Any], day: date | None) -> None:
        run_in_background(
            lambda: self.ctx.call_tool(name, args),
            lambda result: self._done(name, result, day),
            self.failed.emit,
        )

    def _done(self, name: str, result: ToolResult, day: date | None) -> None:
        self.finished.emit(name, result, day if result.ok else None)

    def _occurrence_text(self, entry: AgendaEntry) -> str:
        """The occurrence as the tools find it: by its original start, to the minute."""
        occ = entry.occurrence
        original = occ.recurrence_id if occ.recurrence_id is not None else occ.start
        return moment_text(original, self._tz())

    def _tz(self) -> ZoneInfo:
        return self.ctx.clock().tz


def _day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
