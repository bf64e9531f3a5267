"""The window's side of CalDAV sync, against a real Radicale on 127.0.0.1: adding an
account, Sync now and its status, calendar colours and visibility, failures without
a dialog, and conflicts resolved in the picker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from caldav_servers import PASSWORD, USER, MemoryKeyring, Radicale, add
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from test_calendar import marked, select, settle, shown

from assistant.sync import accounts, conflicts
from assistant.ui.calendar.agenda import Role
from assistant.ui.calendar.calendars import LOCAL_COLOUR, colour_of
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.sync.accounts_page import AccountsPage
from assistant.ui.sync.add_account import EVENTS_COLUMN, TODOS_COLUMN, AddAccountDialog
from assistant.ui.sync.conflict_dialog import ConflictDialog

DAY = date(2026, 12, 1)


def vevent(uid: str, summary: str, extra: str = "") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261120T080000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20261201T090000\r\n"
        "DTEND;TZID=Europe/Berlin:20261201T100000\r\n"
        f"SUMMARY:{summary}\r\n{extra}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


@pytest.fixture
def work(radicale: Radicale, keychain: MemoryKeyring) -> Radicale:
    """A server with a "Work" calendar (events and to-dos) holding "Standup" and a
    "Tasks" list (to-dos only)."""
    radicale.make_calendar("work", "Work")
    radicale.make_calendar("tasks", "Tasks", ["VTODO"])
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    return radicale


def no_dialog_open(own: QWidget | None = None) -> bool:
    """No modal dialog but ``own``, and no message box anywhere."""
    if QApplication.activeModalWidget() not in (None, own):
        return False
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def sync_now(window: MainWindow, qtbot: QtBot) -> None:
    """F5's action, waiting until the sync has ended and the views were told."""
    with qtbot.waitSignal(window.ctx.sync.finished, timeout=30_000):
        window.sync_action.trigger()


@pytest.fixture
def page(app_ctx: AppContext, qtbot: QtBot) -> Iterator[AccountsPage]:
    p = AccountsPage(app_ctx)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitUntil(lambda: p.status.text() != "" or bool(p.accounts), timeout=10_000)
    yield p


def fill(dialog: AddAccountDialog, url: str, password: str = PASSWORD) -> None:
    dialog.url.setText(url)
    dialog.user.setText(USER)
    dialog.password.setText(password)


def test_an_account_is_added_through_the_dialog_and_synced(
    page: AccountsPage, work: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    page.add_button.click()
    dialog = page.add_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.add_button.isEnabled()  # nothing found yet
    fill(dialog, work.url)
    dialog.name.setText("work")
    with qtbot.waitSignal(dialog.searched, timeout=30_000):
        dialog.find_button.click()
    rows = {dialog.list.topLevelItem(i).text(0): dialog.list.topLevelItem(i) for i in range(2)}
    assert sorted(rows) == ["Tasks", "Work"]
    assert rows["Tasks"].text(EVENTS_COLUMN) == "–"  # a to-do list holds no events
    assert rows["Work"].checkState(EVENTS_COLUMN) == Qt.CheckState.Checked
    rows["Work"].setCheckState(TODOS_COLUMN, Qt.CheckState.Unchecked)
    rows["Tasks"].setCheckState(TODOS_COLUMN, Qt.CheckState.Unchecked)
    with (
        qtbot.waitSignal(dialog.added, timeout=30_000),
        qtbot.waitSignal(app_ctx.sync.finished, timeout=30_000),
    ):
        dialog.add_button.click()
    [account] = accounts(app_ctx.store)
    assert account.name == "work"
    assert {c.name: c.kinds for c in account.calendars} == {"Tasks": (), "Work": ("event",)}
    # The first sync ran by itself, off the GUI thread.
    assert [r["title"] for r in app_ctx.store.query("SELECT title FROM events")] == ["Standup"]
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=10_000)
    assert page.tree.topLevelItem(0).childCount() == 2


def test_a_refused_password_is_one_sentence_in_the_dialog_and_nothing_is_stored(
    page: AccountsPage, work: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    page.add_button.click()
    dialog = page.add_dialog
    assert dialog is not None
    fill(dialog, work.url, password="wrong")
    with qtbot.waitSignal(dialog.searched, timeout=30_000):
        dialog.find_button.click()
    assert "refused the user name or password" in dialog.error()
    assert "\n" not in dialog.error() and "Traceback" not in dialog.error()
    assert dialog.isVisible() and not dialog.add_button.isEnabled()
    assert no_dialog_open(own=dialog)
    assert accounts(app_ctx.store) == []
    # Bad input never reaches the network: an address that is none, an empty password.
    fill(dialog, "ftp://example.com")
    with qtbot.waitSignal(dialog.searched, timeout=5_000):
        dialog.find_button.click()
    assert "is not a web address" in dialog.error()
    fill(dialog, work.url, password="")
    with qtbot.waitSignal(dialog.searched, timeout=5_000):
        dialog.find_button.click()
    assert "password" in dialog.error()


def test_removing_an_account_asks_whether_its_items_go_too(
    page: AccountsPage, work: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx.store, work, app_ctx.clock())
    with qtbot.waitSignal(app_ctx.sync.finished, timeout=30_000):
        app_ctx.sync.sync_now()
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=10_000)
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    page.remove_button.click()
    box = page.remove_box
    assert box is not None and box.isVisible()
    delete = next(b for b in box.buttons() if "delete" in b.text().lower())
    delete.click()
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 0, timeout=10_000)
    assert accounts(app_ctx.store) == []
    assert app_ctx.store.query("SELECT * FROM events") == []
    assert work.files("work") == ["standup.ics"]  # nothing deleted on the server


def test_sync_now_shows_the_time_and_server_events_in_their_calendars_colour(
    window: MainWindow, work: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    status = window.sync_status
    assert not status.isVisible()  # no account: nothing to say
    add(app_ctx.store, work, app_ctx.clock())
    app_ctx.sync.refresh()
    qtbot.waitUntil(lambda: status.isVisible() and status.text() == "Not synced yet")
    assert window.sync_action.shortcut().toString() == "F5"
    sync_now(window, qtbot)
    assert status.text().startswith("Synced ") and "10:00" in status.text()
    assert not status.icon.isVisible()
    view = window.calendar
    qtbot.waitUntil(lambda: view.calendars.count() == 2, timeout=10_000)
    [work_calendar] = [c for c in accounts(app_ctx.store)[0].calendars if c.name == "Work"]
    colour = colour_of(work_calendar.id, work_calendar.color)
    assert colour != LOCAL_COLOUR
    assert view.calendars.item(1).text() == "Work (home)"
    settle(view, qtbot)
    select(view, qtbot, DAY)
    assert shown(view) == [(DAY, "Standup")]
    assert view.model.index(0).data(Role.COLOUR) == colour
    assert view.grid.marker_colours(DAY) == [colour]


def test_hiding_a_calendar_hides_its_events(
    window: MainWindow, work: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx.store, work, app_ctx.clock())
    result = app_ctx.call_tool("add_event", {"title": "Dentist", "start": "2026-12-01 15:00"})
    assert result.ok, result.text
    sync_now(window, qtbot)
    view = window.calendar
    qtbot.waitUntil(lambda: view.calendars.count() == 2, timeout=10_000)
    settle(view, qtbot)
    select(view, qtbot, DAY)
    assert [t for _d, t in shown(view)] == ["Standup", "Dentist"]
    assert view.grid.marker_count(DAY) == 2
    work_id = view.calendars.item(1).data(Qt.ItemDataRole.UserRole + 1)
    with qtbot.waitSignals([view.agenda_loaded, view.markers_loaded], timeout=10_000):
        view.calendars.set_shown(work_id, False)
    assert shown(view) == [(DAY, "Dentist")]
    assert view.grid.marker_count(DAY) == 1
    assert view.grid.marker_colours(DAY) == [LOCAL_COLOUR]
    with qtbot.waitSignals([view.agenda_loaded, view.markers_loaded], timeout=10_000):
        view.calendars.set_shown(None, False)  # the local calendar too
    assert shown(view) == [] and 1 not in marked(view, 2026, 12)
    with qtbot.waitSignals([view.agenda_loaded, view.markers_loaded], timeout=10_000):
        view.calendars.set_shown(work_id, True)
    assert shown(view) == [(DAY, "Standup")]
    # Kept for the next launch.
    qtbot.waitUntil(lambda: "calendars" in (app_ctx.base / "settings.json").read_text())


def test_a_failing_server_shows_in_the_status_bar_without_a_dialog(
    window: MainWindow, work: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx.store, work, app_ctx.clock())
    sync_now(window, qtbot)
    work.stop()
    sync_now(window, qtbot)
    status = window.sync_status
    assert status.text() == "Sync failed"
    assert status.icon.isVisible()
    assert "Cannot reach the server 127.0.0.1" in status.tooltip()
    assert no_dialog_open()
    # The local copy is untouched, and the next sync retries.
    assert [r["title"] for r in app_ctx.store.query("SELECT title FROM events")] == ["Standup"]
    work.start()
    sync_now(window, qtbot)
    assert status.text().startswith("Synced ") and not status.icon.isVisible()


def test_a_conflict_is_resolved_in_the_picker(
    window: MainWindow, work: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx.store, work, app_ctx.clock())
    sync_now(window, qtbot)
    event_id = app_ctx.store.query("SELECT id FROM events")[0]["id"]
    result = app_ctx.call_tool("update_event", {"event_id": event_id, "title": "Mine"})
    assert result.ok, result.text
    work.put("work", "standup.ics", vevent("standup@phone", "Theirs", "LOCATION:Room 2\r\n"))
    sync_now(window, qtbot)
    button = window.sync_status.conflicts
    assert button.isVisible() and button.text() == "1 conflict(s) to resolve"
    button.click()
    picker = window.conflict_dialog
    assert isinstance(picker, ConflictDialog)
    qtbot.waitUntil(lambda: picker.list.count() == 1, timeout=10_000)
    assert not picker.isModal() and QApplication.activeModalWidget() is None
    assert picker.mine.values["title"].text() == "Mine"
    assert picker.theirs.values["title"].text() == "Theirs"
    assert picker.theirs.values["location"].text() == "Room 2"
    assert picker.mine.values["when"].text() == "Tue 1 Dec 09:00–10:00"  # no ISO, no zone
    with qtbot.waitSignal(app_ctx.sync.finished, timeout=30_000):
        picker.buttons["theirs"].click()
    qtbot.waitUntil(lambda: picker.list.count() == 0, timeout=10_000)
    assert conflicts(app_ctx.store, app_ctx.clock()) == []
    assert [r["title"] for r in app_ctx.store.query("SELECT title FROM events")] == ["Theirs"]
    assert "SUMMARY:Theirs" in (work.get("work", "standup.ics") or "")
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=10_000)


def test_keep_both_in_the_picker_keeps_two_events(
    window: MainWindow, work: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx.store, work, app_ctx.clock())
    sync_now(window, qtbot)
    event_id = app_ctx.store.query("SELECT id FROM events")[0]["id"]
    assert app_ctx.call_tool("update_event", {"event_id": event_id, "title": "Mine"}).ok
    work.put("work", "standup.ics", vevent("standup@phone", "Theirs"))
    sync_now(window, qtbot)
    window.show_conflicts()
    picker = window.conflict_dialog
    assert picker is not None
    qtbot.waitUntil(lambda: picker.list.count() == 1, timeout=10_000)
    with qtbot.waitSignal(app_ctx.sync.finished, timeout=30_000):
        picker.buttons["both"].click()
    titles = sorted(r["title"] for r in app_ctx.store.query("SELECT title FROM events"))
    assert titles == ["Mine", "Theirs"]
    assert len(work.files("work")) == 2  # mine went up as a new event
