"""Undo offers in the message bar: short-lived, held while the user is at them, and gone
as soon as their change was undone or followed elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from assistant.ui.main_window import TODOS, MainWindow
from assistant.ui.widgets import message_bar
from assistant.ui.widgets.message_bar import MessageBar


def offer(qtbot: QtBot) -> tuple[QWidget, MessageBar, QLineEdit]:
    page = QWidget()
    qtbot.addWidget(page)
    bar, other = MessageBar(), QLineEdit()
    layout = QVBoxLayout(page)
    layout.addWidget(bar)
    layout.addWidget(other)
    page.show()
    qtbot.waitExposed(page)
    other.setFocus()
    bar.show_text("Deleted “Milk”.", action="&Undo", callback=lambda: None)
    return page, bar, other


def test_an_undo_offer_times_out_in_seconds_not_minutes(qtbot: QtBot) -> None:
    _page, bar, _other = offer(qtbot)
    assert 8 <= message_bar.OFFER_SECONDS <= 15  # as Gmail's and Todoist's Undo
    assert bar._expiry.isActive()
    assert bar._expiry.interval() == message_bar.OFFER_SECONDS * 1000
    bar._expiry.setInterval(50)  # the seconds, shortened
    bar._expiry.start()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    assert not bar.has_offer()


def test_an_offer_waits_while_the_pointer_is_on_it(qtbot: QtBot) -> None:
    _page, bar, _other = offer(qtbot)
    inside = QPointF(5, 5)
    QApplication.sendEvent(bar, QEnterEvent(inside, inside, bar.mapToGlobal(inside)))
    assert not bar._expiry.isActive() and bar.has_offer()
    bar.leaveEvent(QEnterEvent(inside, inside, inside))  # the pointer goes: time counts again
    assert bar._expiry.isActive()


def test_an_offer_waits_while_the_focus_is_on_its_button(qtbot: QtBot) -> None:
    page, bar, other = offer(qtbot)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    bar.action.setFocus()
    qtbot.waitUntil(bar.action.hasFocus)
    assert not bar._expiry.isActive() and bar.has_offer()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert bar._expiry.isActive()


def test_an_offer_undone_from_the_edit_menu_goes_at_once(window: MainWindow, qtbot: QtBot) -> None:
    ctx = window.ctx
    assert ctx.call_tool("add_todo", {"title": "Buy milk"}).ok
    ctx.bus.notify(["todos"])
    window.show_page(TODOS)
    view = window.todos
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    view.table.selectRow(0)
    view.delete_selected()
    qtbot.waitUntil(view.messages.has_offer)
    qtbot.waitUntil(lambda: window.undo_actions.undo.text() == "&Undo Delete to-do 'Buy milk'")
    window.undo_actions.undo_last()  # undone elsewhere: the bar's Undo would now fail
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    qtbot.waitUntil(lambda: not view.messages.isVisible())
