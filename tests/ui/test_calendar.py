"""The Calendar view: month markers, day/week agenda, the event dialog, .ics in and out."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.calendar.entries import AgendaEntry
from assistant.calendar.index import CalendarIndex
from assistant.calendar.query import day_start
from assistant.calendar.rule_form import RuleForm, from_form, to_form
from assistant.ical.ics_import import import_file
from assistant.store import Store
from assistant.ui import tasks
from assistant.ui.calendar import prompts
from assistant.ui.calendar.agenda import Kind, Role
from assistant.ui.calendar.event_dialog import EventDialog
from assistant.ui.calendar.view import CalendarView
from assistant.ui.context import AppContext
from tests.ui.calendar_helpers import add, settle
from tests.ui.calendar_helpers import view as view  # the fixture

ICS = Path(__file__).parents[1] / "data" / "ics"
TUE_THU = "FREQ=WEEKLY;BYDAY=TU,TH"


def events(ctx: AppContext) -> list[dict[str, Any]]:
    return ctx.store.query("SELECT * FROM events ORDER BY id")


def select(view: CalendarView, qtbot: QtBot, day: date, *, week: bool = False) -> None:
    """Pick the agenda's mode and day, waiting for each reload."""
    if view.week_button.isChecked() != week:
        with qtbot.waitSignal(view.agenda_loaded, timeout=10_000):
            (view.week_button if week else view.day_button).setChecked(True)
    if view.grid.selected_day() != day:
        with qtbot.waitSignal(view.agenda_loaded, timeout=10_000):
            view.grid.setSelectedDate(QDate(day))


def shown(view: CalendarView) -> list[tuple[date, str]]:
    """(day, title) of every event row the agenda shows, in order."""
    return [(e.day, e.title) for e in view.model.entries()]


def marked(view: CalendarView, year: int, month: int) -> list[int]:
    return [d.day for d in view.grid.marked_days() if (d.year, d.month) == (year, month)]


def entry_row(view: CalendarView, title: str, day: date) -> int:
    for row in range(view.proxy.rowCount()):
        entry = view.proxy.index(row, 0).data(Role.ENTRY)
        if isinstance(entry, AgendaEntry) and entry.title == title and entry.day == day:
            return row
    raise AssertionError(f"{title} on {day} is not in the agenda: {shown(view)}")


def open_dialog(view: CalendarView, qtbot: QtBot) -> EventDialog:
    qtbot.waitUntil(lambda: view.flow.dialog is not None and view.flow.dialog.isVisible())
    assert view.flow.dialog is not None
    return view.flow.dialog


def accept(view: CalendarView, dialog: EventDialog, qtbot: QtBot) -> None:
    """Press the dialog's OK button and wait for the write to reach the store and the view."""
    assert dialog.ok_button.isEnabled(), dialog.problem()
    with qtbot.waitSignal(view.ctx.bus.changed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(view, qtbot)


# -- month grid and agenda -------------------------------------------------------


def test_weekly_series_marks_exactly_its_days_and_follows_an_exception(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    series = add(app_ctx, title="Standup", start="2026-11-03T09:00", repeat=TUE_THU)
    settle(view, qtbot)
    assert marked(view, 2026, 11) == [3, 5, 10, 12, 17, 19, 24, 26]
    assert view.grid.marker_count(date(2026, 11, 24)) == 1

    select(view, qtbot, date(2026, 12, 1), week=True)
    assert shown(view) == [(date(2026, 12, 1), "Standup"), (date(2026, 12, 3), "Standup")]
    headings = [
        view.model.index(r, 0).data()
        for r in range(view.model.rowCount())
        if view.model.index(r, 0).data(Role.KIND) == Kind.HEADER
    ]
    assert len(headings) == 7 and "30" in headings[0]  # Monday 30 November starts the week
    assert view.model.index(1, 0).data() == "No events"
    assert view.model.index(3, 0).data() == "09:00 – 10:00 · Standup · repeats"

    # An exception made elsewhere (the chat agent) reaches the view through the bus.
    result = app_ctx.call_tool("delete_event", {"event_id": series, "occurrence": "2026-12-03"})
    assert result.ok, result.text
    with qtbot.waitSignals([view.agenda_loaded, view.markers_loaded], timeout=10_000):
        app_ctx.bus.notify(["events"])
    assert shown(view) == [(date(2026, 12, 1), "Standup")]
    assert view.grid.marker_count(date(2026, 12, 3)) == 0
    assert view.grid.marker_count(date(2026, 12, 1)) == 1


def test_day_agenda_lists_all_day_events_first_with_time_and_place(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Dentist", start="2026-11-27T14:00", location="Hauptstraße 12")
    add(app_ctx, title="Breakfast", start="2026-11-27T08:00")
    add(app_ctx, title="Holiday", start="2026-11-27", all_day=True)
    settle(view, qtbot)
    texts = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert texts == [
        "All day · Holiday",
        "08:00 – 09:00 · Breakfast",
        "14:00 – 15:00 · Dentist · Hauptstraße 12",
    ]
    assert "Friday, 27 November" in view.heading.text()
    assert view.grid.marker_count(date(2026, 11, 27)) == 3

    view.filter.setText("haupt")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data(Role.ENTRY).title == "Dentist"


def test_long_and_overnight_events_show_on_every_day_they_cover(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Sabbatical", start="2026-08-01", end="2027-01-31", all_day=True)
    add(app_ctx, title="Night train", start="2026-11-27T22:00", end="2026-11-28T06:30")
    settle(view, qtbot)
    select(view, qtbot, date(2026, 11, 27), week=True)
    assert shown(view) == [(date(2026, 11, 23 + i), "Sabbatical") for i in range(5)] + [
        (date(2026, 11, 27), "Night train"),
        (date(2026, 11, 28), "Sabbatical"),
        (date(2026, 11, 28), "Night train"),
        (date(2026, 11, 29), "Sabbatical"),
    ]
    times = [view.model.time_text(e) for e in view.model.entries() if e.title == "Night train"]
    assert times == ["from 22:00", "until 06:30"]
    assert marked(view, 2026, 11) == list(range(1, 31))
    assert view.grid.marker_count(date(2026, 11, 28)) == 2


def test_today_comes_from_the_app_clock(view: CalendarView, qtbot: QtBot) -> None:
    view.grid.setSelectedDate(QDate(2027, 5, 1))
    view.show_today()
    assert view.grid.selected_day() == date(2026, 11, 27)
    assert (view.grid.yearShown(), view.grid.monthShown()) == (2026, 11)


def test_changing_month_loads_that_months_markers(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Spring party", start="2027-03-20T19:00")
    settle(view, qtbot)
    assert marked(view, 2027, 3) == []
    with qtbot.waitSignal(view.markers_loaded, timeout=10_000):
        view.grid.setCurrentPage(2027, 3)
    assert marked(view, 2027, 3) == [20]


# -- the dialog -----------------------------------------------------------------


def test_new_event_through_the_dialog_lands_in_the_store(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    select(view, qtbot, date(2026, 12, 1))
    view.new_event()
    dialog = open_dialog(view, qtbot)
    # The selected day at the next full hour (the clock says 10:00).
    assert dialog.start_date.date() == QDate(2026, 12, 1)
    assert dialog.start_time.time() == QTime(11, 0)
    assert not dialog.ok_button.isEnabled()  # no title yet

    qtbot.keyClicks(dialog.title_edit, "Piano lesson")
    dialog.start_time.setTime(QTime(17, 30))
    assert dialog.end_time.time() == QTime(18, 30)  # the end follows, keeping the hour
    dialog.location.setText("Music school")
    dialog.recurrence.freq.setCurrentIndex(dialog.recurrence.freq.findData("WEEKLY"))
    dialog.recurrence.day_buttons["TH"].setChecked(True)
    dialog.recurrence.ends.setCurrentIndex(dialog.recurrence.ends.findData("count"))
    dialog.recurrence.count.setValue(6)
    assert dialog.recurrence.summary.text() == "Repeats every Tuesday and Thursday, 6 times."
    accept(view, dialog, qtbot)

    (row,) = events(app_ctx)
    assert (row["title"], row["location"]) == ("Piano lesson", "Music school")
    assert row["start"].startswith("2026-12-01T17:30")
    assert row["rrule"] == "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6"
    assert shown(view) == [(date(2026, 12, 1), "Piano lesson")]
    assert view.banner.text().startswith("Added") and not view.banner.is_error()


def test_weekly_takes_the_weekday_of_a_changed_start(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    select(view, qtbot, date(2026, 12, 1))  # a Tuesday
    view.new_event()
    dialog = open_dialog(view, qtbot)
    qtbot.keyClicks(dialog.title_edit, "Choir")
    dialog.start_date.setDate(QDate(2026, 12, 3))  # moved to Thursday, then Weekly
    dialog.recurrence.freq.setCurrentIndex(dialog.recurrence.freq.findData("WEEKLY"))
    assert dialog.recurrence.day_buttons["TH"].isChecked()
    assert not dialog.recurrence.day_buttons["TU"].isChecked()
    assert dialog.recurrence.summary.text() == "Repeats every Thursday."
    # Weekdays the user chose stay when the start moves again.
    dialog.recurrence.day_buttons["FR"].setChecked(True)
    dialog.start_date.setDate(QDate(2026, 12, 10))
    assert [c for c, b in dialog.recurrence.day_buttons.items() if b.isChecked()] == ["TH", "FR"]
    accept(view, dialog, qtbot)
    (row,) = events(app_ctx)
    assert row["rrule"] == "FREQ=WEEKLY;BYDAY=TH,FR"


def test_the_undo_offer_goes_with_the_next_change(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    result = app_ctx.call_tool("add_event", {"title": "Gym", "start": "2026-12-02T18:00"})
    view._after_write("add_event", result, date(2026, 12, 2))
    assert view.banner.has_offer() and view.banner.undo_button.isVisible()
    settle(view, qtbot)
    qtbot.wait(100)
    assert view.banner.has_offer()  # its own change: still the latest, Undo stands
    add(app_ctx, title="Swim", start="2026-12-03T18:00")  # the next change (from chat)
    app_ctx.bus.notify(["events"])
    qtbot.waitUntil(lambda: not view.banner.isVisible())


def test_times_are_typed_as_people_write_them(view: CalendarView, qtbot: QtBot) -> None:
    select(view, qtbot, date(2026, 12, 1))
    view.new_event()
    dialog = open_dialog(view, qtbot)
    qtbot.keyClicks(dialog.title_edit, "Tea")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def type_time(text: str) -> None:
        field = dialog.start_time
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field reads it

    for text, expected in (("3pm", QTime(15, 0)), ("9:30", QTime(9, 30)), ("15h", QTime(15, 0))):
        type_time(text)
        assert dialog.start_time.time() == expected, text
        assert dialog.start_time.text() == expected.toString("HH:mm")
    assert dialog.end_time.time() == QTime(16, 0)  # the end follows the start
    type_time("15:45")
    assert dialog.start_time.time() == QTime(15, 45)
    type_time("tea time")
    assert "time" in dialog.error_label.text() and not dialog.ok_button.isEnabled()
    assert dialog.start_time.time() == QTime(15, 45)  # the last good time is kept
    type_time("noon")
    assert dialog.start_time.time() == QTime(12, 0)
    assert dialog.error_label.text() == "" and dialog.ok_button.isEnabled()
    dialog.reject()


def test_the_banner_words_a_change_without_ids_or_iso_dates(
    view: CalendarView, app_ctx: AppContext
) -> None:
    result = app_ctx.call_tool("add_event", {"title": "Gym", "start": "2026-12-02T18:00"})
    assert "(id " in result.text and "2026-12-02" in result.text  # the model's words
    view._after_write("add_event", result, date(2026, 12, 2))
    assert view.banner.text() == "Added 'Gym': Wed 2 Dec 18:00–19:00."


def test_every_way_of_writing_a_time_and_a_message_about_a_time(
    view: CalendarView, qtbot: QtBot
) -> None:
    select(view, qtbot, date(2026, 12, 1))
    view.new_event()
    dialog = open_dialog(view, qtbot)
    dialog.title_edit.setText("Tea")
    field = dialog.start_time
    typed = {"3 pm": (15, 0), "15h30": (15, 30), "9.30": (9, 30), "midnight": (0, 0)}
    for text, (hour, minute) in typed.items():
        field.setText(text)
        field.commit()
        assert field.time() == QTime(hour, minute), text
        assert not field.problem and dialog.ok_button.isEnabled(), text
    field.setText("teatime")
    field.commit()
    # The field holds a time: the message says so, not "Could not understand the date".
    assert dialog.error_label.text() == (
        '"teatime" is not a time of day: type e.g. 3pm, 15:00 or 15h.'
    )
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_an_all_day_series_ending_on_a_date(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    select(view, qtbot, date(2026, 12, 24))
    view.new_event()
    dialog = open_dialog(view, qtbot)
    dialog.title_edit.setText("Holidays")
    dialog.all_day.setChecked(True)
    assert not dialog.start_time.isVisibleTo(dialog)
    dialog.recurrence.freq.setCurrentIndex(dialog.recurrence.freq.findData("DAILY"))
    dialog.recurrence.ends.setCurrentIndex(dialog.recurrence.ends.findData("until"))
    dialog.recurrence.until.setDate(QDate(2026, 12, 31))
    accept(view, dialog, qtbot)

    (row,) = events(app_ctx)
    assert (row["all_day"], row["start"], row["rrule"]) == (
        1,
        "2026-12-24",
        "FREQ=DAILY;UNTIL=20261231",
    )
    assert marked(view, 2026, 12) == list(range(24, 32))
    with qtbot.waitSignal(view.markers_loaded, timeout=10_000):
        view.grid.setCurrentPage(2027, 1)
    assert marked(view, 2027, 1) == []


def test_the_form_keeps_rules_it_cannot_show_exactly() -> None:
    tz = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 12, 1, 9, tzinfo=tz)
    form = to_form("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20261231T225959Z", start, tz)
    assert form == RuleForm("WEEKLY", 2, ["TU", "TH"], "until", date(2026, 12, 31))
    assert (
        from_form(form, start, tz).render()
        == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20261231T225959Z"
    )
    assert to_form("FREQ=MONTHLY;BYMONTHDAY=1", start, tz) == RuleForm("MONTHLY")
    for rule in ("FREQ=WEEKLY;WKST=SU;BYDAY=TU", "FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=HOURLY"):
        assert to_form(rule, start, tz) is None, rule


def test_end_before_start_is_refused_inline(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    view.new_event()
    dialog = open_dialog(view, qtbot)
    qtbot.keyClicks(dialog.title_edit, "Backwards")
    dialog.end_time.setTime(QTime(9, 0))
    assert "before the start" in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()
    dialog.recurrence.freq.setCurrentIndex(dialog.recurrence.freq.findData("WEEKLY"))
    dialog.end_time.setTime(QTime(13, 0))
    for button in dialog.recurrence.day_buttons.values():
        button.setChecked(False)
    assert not dialog.ok_button.isEnabled()
    assert "weekday" in dialog.recurrence.summary.text()
    dialog.reject()
    assert events(app_ctx) == []


def test_a_rule_the_form_cannot_show_stays_as_custom_text(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(app_ctx, title="Board meeting", start="2026-12-08T10:00", repeat="FREQ=MONTHLY;BYDAY=2TU")
    select(view, qtbot, date(2026, 12, 8))
    answer_prompts(monkeypatch, "series")
    view.flow.edit(view.model.entries()[0])
    dialog = open_dialog(view, qtbot)
    assert dialog.recurrence.freq.currentData() == "CUSTOM"
    assert dialog.recurrence.custom.text() == "FREQ=MONTHLY;BYDAY=2TU"
    assert "second Tuesday" in dialog.recurrence.summary.text()
    dialog.recurrence.custom.setText("FREQ=SOMETIMES")
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def answer_prompts(monkeypatch: pytest.MonkeyPatch, answer: prompts.Scope | None) -> None:
    """Answer "this event or the series?" and "delete?" without a modal box."""
    monkeypatch.setattr(prompts, "ask_edit_scope", lambda _parent, _title: answer)
    monkeypatch.setattr(prompts, "ask_delete", lambda _parent, _title, _when, _rec: answer)


def test_editing_one_occurrence_leaves_the_series(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    series = add(app_ctx, title="Standup", start="2026-11-03T09:00", repeat=TUE_THU)
    select(view, qtbot, date(2026, 12, 1), week=True)
    answer_prompts(monkeypatch, "occurrence")
    rect = view.agenda.visualRect(
        view.proxy.index(entry_row(view, "Standup", date(2026, 12, 3)), 0)
    )
    # A real double-click starts with a press: Qt's item views need it to emit doubleClicked.
    qtbot.mouseClick(view.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = open_dialog(view, qtbot)
    assert dialog.start_date.date() == QDate(2026, 12, 3)
    assert not dialog.recurrence.isEnabled()
    dialog.title_edit.setText("Standup with Ana")
    dialog.start_time.setTime(QTime(11, 0))
    accept(view, dialog, qtbot)

    master, override = events(app_ctx)
    assert master["id"] == series and master["title"] == "Standup"
    assert master["rrule"] == TUE_THU
    assert override["title"] == "Standup with Ana" and override["start"].startswith(
        "2026-12-03T11:00"
    )
    assert shown(view) == [(date(2026, 12, 1), "Standup"), (date(2026, 12, 3), "Standup with Ana")]


def test_editing_the_series_changes_every_occurrence(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(app_ctx, title="Standup", start="2026-11-03T09:00", repeat=TUE_THU)
    select(view, qtbot, date(2026, 12, 1), week=True)
    answer_prompts(monkeypatch, "series")
    view.agenda.setCurrentIndex(view.proxy.index(entry_row(view, "Standup", date(2026, 12, 3)), 0))
    view.edit_selected()
    dialog = open_dialog(view, qtbot)
    assert dialog.start_date.date() == QDate(2026, 11, 3)  # the series' own start
    assert dialog.recurrence.day_buttons["TU"].isChecked()
    dialog.location.setText("Room 4")
    dialog.recurrence.day_buttons["TH"].setChecked(False)
    accept(view, dialog, qtbot)

    (master,) = events(app_ctx)
    assert (master["location"], master["rrule"]) == ("Room 4", "FREQ=WEEKLY;BYDAY=TU")
    assert master["start"].startswith("2026-11-03T09:00")
    assert shown(view) == [(date(2026, 12, 1), "Standup")]
    assert view.model.entries()[0].location == "Room 4"


def rows_shown(view: CalendarView) -> list[str]:
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def test_a_timed_event_becomes_all_day_and_back_in_the_dialog(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    event_id = add(app_ctx, title="Dentist", start="2026-12-01T10:00", end="10:45")
    select(view, qtbot, date(2026, 12, 1))
    view.agenda.setCurrentIndex(view.proxy.index(entry_row(view, "Dentist", date(2026, 12, 1)), 0))
    view.edit_selected()
    dialog = open_dialog(view, qtbot)
    assert dialog.all_day.isEnabled() and not dialog.all_day.isChecked()
    dialog.all_day.setChecked(True)
    assert not dialog.start_time.isVisibleTo(dialog)
    accept(view, dialog, qtbot)

    (row,) = events(app_ctx)
    assert (row["id"], row["all_day"], row["start"], row["end"], row["tzid"]) == (
        event_id,
        1,
        "2026-12-01",
        "2026-12-02",
        None,
    )
    assert rows_shown(view) == ["All day · Dentist"]

    view.agenda.setCurrentIndex(view.proxy.index(entry_row(view, "Dentist", date(2026, 12, 1)), 0))
    view.edit_selected()
    dialog = open_dialog(view, qtbot)
    dialog.all_day.setChecked(False)  # an event getting a time gets working hours
    accept(view, dialog, qtbot)
    (row,) = events(app_ctx)
    assert (row["all_day"], row["start"], row["end"]) == (
        0,
        "2026-12-01T09:00:00",
        "2026-12-01T10:00:00",
    )
    assert rows_shown(view) == ["09:00 – 10:00 · Dentist"]


def test_a_timed_series_becomes_all_day_but_not_one_occurrence(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(app_ctx, title="Standup", start="2026-12-01T09:00", repeat="every tuesday until dec 15")
    select(view, qtbot, date(2026, 12, 1), week=True)
    standup = view.proxy.index(entry_row(view, "Standup", date(2026, 12, 1)), 0)
    answer_prompts(monkeypatch, "occurrence")
    view.agenda.setCurrentIndex(standup)
    view.edit_selected()
    dialog = open_dialog(view, qtbot)
    assert not dialog.all_day.isEnabled()
    assert "whole series" in dialog.all_day.toolTip()
    dialog.reject()

    answer_prompts(monkeypatch, "series")
    view.edit_selected()
    dialog = open_dialog(view, qtbot)
    assert dialog.all_day.isEnabled()
    dialog.all_day.setChecked(True)
    accept(view, dialog, qtbot)
    (master,) = events(app_ctx)
    assert (master["all_day"], master["start"], master["rrule"]) == (
        1,
        "2026-12-01",
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215",
    )
    assert marked(view, 2026, 12) == [1, 8, 15]
    assert view.model.entries()[0].occurrence.all_day


def test_cancelling_the_question_changes_nothing(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(app_ctx, title="Standup", start="2026-11-03T09:00", repeat=TUE_THU)
    select(view, qtbot, date(2026, 12, 1))
    before = events(app_ctx)
    answer_prompts(monkeypatch, None)
    view.agenda.setCurrentIndex(view.proxy.index(0, 0))
    view.edit_selected()
    qtbot.keyClick(view.agenda, Qt.Key.Key_Delete)
    assert view.flow.dialog is None
    assert events(app_ctx) == before


# -- deleting --------------------------------------------------------------------


def test_delete_key_removes_one_occurrence_then_undo_restores_it(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(app_ctx, title="Standup", start="2026-11-03T09:00", repeat=TUE_THU)
    select(view, qtbot, date(2026, 12, 1), week=True)
    answer_prompts(monkeypatch, "occurrence")
    view.agenda.setFocus()
    view.agenda.setCurrentIndex(view.proxy.index(entry_row(view, "Standup", date(2026, 12, 1)), 0))
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        qtbot.keyClick(view.agenda, Qt.Key.Key_Delete)
    settle(view, qtbot)
    assert shown(view) == [(date(2026, 12, 3), "Standup")]
    assert view.grid.marker_count(date(2026, 12, 1)) == 0
    assert "2026-12-01" in events(app_ctx)[0]["exdates"]

    assert view.banner.undo_button.isVisible()
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        qtbot.mouseClick(view.banner.undo_button, Qt.MouseButton.LeftButton)
    settle(view, qtbot)
    assert shown(view) == [(date(2026, 12, 1), "Standup"), (date(2026, 12, 3), "Standup")]


def test_deleting_the_series_and_a_single_event(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(app_ctx, title="Standup", start="2026-11-03T09:00", repeat=TUE_THU)
    add(app_ctx, title="Dentist", start="2026-12-02T14:00")
    select(view, qtbot, date(2026, 12, 1), week=True)
    answer_prompts(monkeypatch, "series")
    view.agenda.setCurrentIndex(view.proxy.index(entry_row(view, "Standup", date(2026, 12, 3)), 0))
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        view.delete_button.click()
    settle(view, qtbot)
    assert [e["title"] for e in events(app_ctx)] == ["Dentist"]
    assert marked(view, 2026, 11) == []

    answer_prompts(monkeypatch, "event")
    view.agenda.setCurrentIndex(view.proxy.index(entry_row(view, "Dentist", date(2026, 12, 2)), 0))
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        view.delete_button.click()
    settle(view, qtbot)
    assert events(app_ctx) == [] and shown(view) == []


# -- import and export ---------------------------------------------------------------


def test_import_files_adds_events_and_notifies(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000) as changed:
        view.import_files([str(ICS / "google.ics")])
    assert "events" in changed.args[0]
    titles = {e["title"] for e in events(app_ctx)}
    assert {"Team standup", "Lunch with Ana", "Labour Day"} <= titles
    assert view.banner.text().startswith("Imported") and not view.banner.is_error()
    settle(view, qtbot)
    with qtbot.waitSignal(view.markers_loaded, timeout=10_000):
        view.grid.setCurrentPage(2026, 3)
    assert {2, 9, 17, 23, 30} <= set(marked(view, 2026, 3))  # Mondays, and the moved 16th
    assert 16 not in marked(view, 2026, 3)


def test_dropping_an_ics_file_imports_it(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ICS / "apple.ics"))])
    enter = QDragEnterEvent(
        view.rect().center(), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    view.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(view.rect().center()), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        view.dropEvent(drop)
    assert "Yoga class" in {e["title"] for e in events(app_ctx)}


def test_a_drag_without_ics_files_is_refused(view: CalendarView) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ICS / "not-ics.txt")), QUrl("https://example.com/a.ics")])
    enter = QDragEnterEvent(
        view.rect().center(), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    view.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_a_broken_file_says_so_and_changes_nothing(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    add(app_ctx, title="Keep me", start="2026-11-27T15:00")
    before = events(app_ctx)
    renamed = tmp_path / "meeting.ics"
    shutil.copy(ICS / "not-ics.txt", renamed)
    notified: list[list[str]] = []
    app_ctx.bus.changed.connect(notified.append)
    view.import_files([str(renamed)])
    qtbot.waitUntil(lambda: view.banner.is_error(), timeout=10_000)
    assert "meeting.ics" in view.banner.text()
    assert not view.banner.undo_button.isVisible()
    assert events(app_ctx) == before and notified == []


def test_export_writes_a_file_that_reimports_to_the_same_events(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    series = add(app_ctx, title="Standup", start="2026-11-03T09:00", repeat=TUE_THU)
    app_ctx.call_tool("delete_event", {"event_id": series, "occurrence": "2026-11-10"})
    app_ctx.call_tool(
        "update_event", {"event_id": series, "occurrence": "2026-11-12", "title": "Demo"}
    )
    add(app_ctx, title="Trip", start="2026-12-04", end="2026-12-06", all_day=True, location="Rome")
    target = tmp_path / "out" / "calendar.ics"
    target.parent.mkdir()
    view.export_to(str(target))
    qtbot.waitUntil(lambda: view.banner.text().startswith("Exported"), timeout=10_000)
    # The series, its changed occurrence (a VEVENT of its own) and the trip.
    assert view.banner.text() == f"Exported 3 events to {target}."

    fresh = Store.open(tmp_path / "fresh.db")
    try:
        import_file(fresh, target, app_ctx.clock())
        assert snapshot(fresh, app_ctx) == snapshot(app_ctx.store, app_ctx)
    finally:
        fresh.close()


def save_as(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> list[Any]:
    """Answer the save dialog with ``chosen``; returns the options it was opened with."""
    options: list[Any] = []

    def dialog(*_args: Any, **kwargs: Any) -> tuple[str, str]:
        options.append(kwargs.get("options", QFileDialog.Option(0)))
        return str(chosen), "Calendar files (*.ics)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return options


def test_export_replaces_a_file_the_save_dialog_confirmed(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(app_ctx, title="Dentist", start="2026-12-02T09:00")
    target = tmp_path / "work.ics"
    target.write_bytes(b"someone else's calendar")
    options = save_as(monkeypatch, target)
    view.export_button.click()
    qtbot.waitUntil(lambda: view.banner.text().startswith("Exported"), timeout=10_000)
    # The native dialog asked "Replace?" (DontConfirmOverwrite is off), so it may.
    assert options and not options[0] & QFileDialog.Option.DontConfirmOverwrite
    assert view.banner.text() == f"Exported 1 event to {target}."
    assert b"SUMMARY:Dentist" in target.read_bytes()


def test_a_name_completed_with_ics_is_asked_about_again(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "work.ics"
    target.write_bytes(b"mine")
    save_as(monkeypatch, tmp_path / "work")  # the dialog checked "work", not "work.ics"
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    view.export_button.click()
    assert asked == [f"{target} already exists. Do you want to replace it?"]
    assert tasks.wait_idle() and target.read_bytes() == b"mine"
    assert not view.banner.text().startswith("Exported")
    view.export_button.click()
    qtbot.waitUntil(lambda: view.banner.text().startswith("Exported"), timeout=10_000)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_export_into_the_data_folder_is_refused_in_the_banner(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add(app_ctx, title="Keep me", start="2026-12-02T09:00")
    database = app_ctx.base / "assistant.db"
    save_as(monkeypatch, database)
    view.export_button.click()
    qtbot.waitUntil(view.banner.is_error, timeout=10_000)
    assert view.banner.text().startswith(f"Refusing to write {database}: it is in the")
    assert [e["title"] for e in events(app_ctx)] == ["Keep me"]
    fresh = Store.open(database)
    try:
        assert [r["title"] for r in fresh.query("SELECT title FROM events")] == ["Keep me"]
    finally:
        fresh.close()


def snapshot(store: Store, ctx: AppContext) -> list[tuple[str, str, str, str]]:
    clock = ctx.clock()
    low = day_start(date(2026, 11, 1), clock.tz)
    found = CalendarIndex(store, clock).occurrences_between(low, low + timedelta(days=60))
    return [(o.title, str(o.start), str(o.end), o.data.location) for o in found]


def test_the_delete_question_offers_this_event_or_the_series(
    view: CalendarView, qtbot: QtBot
) -> None:
    def answer(text: str | None) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if text is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        (button,) = [b for b in box.buttons() if b.text() == text]
        button.click()

    QTimer.singleShot(0, lambda: answer("Delete this event"))
    assert prompts.ask_delete(view, "Standup", "Tue 1 Dec", True) == "occurrence"
    QTimer.singleShot(0, lambda: answer("Delete all events"))
    assert prompts.ask_delete(view, "Standup", "Tue 1 Dec", True) == "series"
    QTimer.singleShot(0, lambda: answer(None))
    assert prompts.ask_delete(view, "Dentist", "Wed 2 Dec", False) is None
    QTimer.singleShot(0, lambda: answer("All events in the series"))
    assert prompts.ask_edit_scope(view, "Standup") == "series"
