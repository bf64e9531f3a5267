"""Every control a screen reader reaches has a name, and Tab reaches every control.

The main window's views and each top-level dialog are built for real
(offscreen, a real store in tmp_path) and their accessibility tree walked:
each visible interactive control must report a non-empty accessible Name (what
a screen reader says: the accessible name, the control's own text or its
label's buddy text, as Qt's accessibility bridge works it out) and must take
focus from the keyboard. Then Tab is pressed from the first control until the
focus comes back round, and every such control must have been visited.

Exemptions, each deliberate:

- scroll bars and item-view headers are mouse-only: the keyboard scrolls a
  view with its arrow keys and sorts through the view's menus;
- the parts Qt builds inside a compound control (a combo box's line edit and
  popup, a spin box's line edit, a tab bar's scroll arrows, a line edit's clear
  button, a table's corner button) are reached and named through their owner;
- the month grid's arrows and month/year buttons stay mouse-only as Qt made
  them: in the grid, Page Up/Page Down change the month (Ctrl: the year);
- the search popup's result list takes no focus: the search box drives it
  (Up/Down move the selection, Enter opens), so typing never leaves the box;
- a group of exclusive buttons (radio buttons, the calendar's Day/Week/Month)
  is one Tab stop, as everywhere: the arrow keys move within it.

Every text box must let Tab leave it (``setTabChangesFocus``): none of them
needs a typed tab, and a keyboard user must not get stuck. A date or time
edit takes Tab through its sections first; the walk keeps pressing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.ui.calendar.month_grid import MonthGrid
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.quick_entry.window import QuickEntryWindow
from assistant.ui.reminders.notifier import Notice
from assistant.ui.reminders.popup import PopupNotifier
from assistant.ui.search_popup import SearchPopup
from assistant.ui.settings_data import EraseDialog
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.setup_dialog import SetupDialog
from assistant.ui.sync.add_account import AddAccountDialog
from assistant.ui.sync.conflict_dialog import ConflictDialog
from assistant.ui.todos.todo_dialog import TodoDialog
from assistant.ui.todos.todo_values import TodoValues

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
)
# Mouse-only by design (see the module docstring).
MOUSE_ONLY = (QScrollBar, QHeaderView)
# Controls whose inner widgets are reached and named through the owner.
COMPOUND = (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit, QAbstractItemView)


def keyboard_elsewhere(widget: QWidget) -> bool:
    """Takes no focus by design: the keyboard reaches it another way (docstring)."""
    parent = widget.parentWidget()
    if isinstance(widget, QToolButton) and widget.objectName().startswith("qt_calendar_"):
        return parent is not None and isinstance(parent.parentWidget(), MonthGrid)
    return isinstance(parent, SearchPopup) and widget is parent.list


def owned_by_compound(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def controls(top: QWidget) -> list[QWidget]:
    """The visible interactive controls under ``top``, in creation order."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, MOUSE_ONLY):
            continue
        if not widget.isVisible() or owned_by_compound(widget, top):
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), widget
    return interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName()!r}, {shown!r}) in {owner(widget)}"


def owner(widget: QWidget) -> str:
    names = []
    parent = widget.parentWidget()
    while parent is not None:
        names.append(type(parent).__name__)
        parent = parent.parentWidget()
    return "/".join(names[:4])


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def problems(top: QWidget) -> list[str]:
    found = []
    for widget in controls(top):
        if not spoken_name(widget):
            found.append("no name: " + describe(widget))
        if not any(takes_tab(w) for w in group_of(widget)) and not keyboard_elsewhere(widget):
            found.append("no Tab focus: " + describe(widget))
    return found


def tab_stops(top: QWidget) -> list[QWidget]:
    """The controls that Tab should reach: visible, enabled, named above."""
    return [w for w in controls(top) if w.isEnabled() and not keyboard_elsewhere(w)]


def press_tab_round(top: QWidget, qtbot: QtBot, first: QWidget) -> list[QWidget]:
    """Press Tab from ``first`` until the focus comes back round; the widgets it visits."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    visited: list[QWidget] = [first]
    focus = first
    for _ in range(300):
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        was, focus = focus, QApplication.focusWidget()
        assert focus is not None, "Tab lost the focus after " + describe(was)
        if focus is was:  # a date edit: Tab steps through its sections first
            continue
        if focus in visited:
            break
        visited.append(focus)
    return visited


def stop_of(widget: QWidget, stops: list[QWidget]) -> QWidget:
    """The control a focused inner widget belongs to (a combo box for its line edit)."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent in stops:
            return parent
        parent = parent.parentWidget()
    return widget


def group_of(widget: QWidget) -> list[QWidget]:
    """The exclusive buttons ``widget`` is one of: Tab stops once, arrows move within."""
    if not isinstance(widget, QAbstractButton):
        return [widget]
    group = widget.group()
    if group is not None and group.exclusive():
        return list(group.buttons())
    parent = widget.parentWidget()
    if widget.autoExclusive() and widget.isCheckable() and parent is not None:
        return [
            b
            for b in parent.findChildren(QAbstractButton)
            if b.autoExclusive() and b.isCheckable() and b.parentWidget() is parent
        ]
    return [widget]


def unreached(top: QWidget, qtbot: QtBot) -> list[str]:
    stops = tab_stops(top)
    assert stops, "no controls found"
    visited = {stop_of(w, stops) for w in press_tab_round(top, qtbot, stops[0])}
    return [describe(w) for w in stops if not visited.intersection(group_of(w))]


def activate(widget: QWidget, qtbot: QtBot) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def each_tab(top: QWidget) -> Iterator[str]:
    """Show every page of every tab widget in ``top`` in turn (first: as it opened)."""
    yield "as opened"
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)


def check(top: QWidget, qtbot: QtBot) -> list[str]:
    """Names, focus and the Tab round, on every tab page of ``top``."""
    found = []
    for page in each_tab(top):
        found += [f"{page}: {problem}" for problem in problems(top)]
        found += [f"{page}: not reached by Tab: {missed}" for missed in unreached(top, qtbot)]
    return found


def seed(ctx: AppContext) -> dict[str, int]:
    """A row in each list, so row widgets and item views have something to show."""
    ids = {}
    for tool, arguments in [
        ("add_todo", {"title": "Pay rent", "due": "2026-11-27", "tags": ["home"]}),
        ("add_event", {"title": "Dentist", "start": "2026-11-27T15:00"}),
        ("create_note", {"title": "Ideas", "body": "A *list*", "tags": ["work"]}),
    ]:
        result = ctx.call_tool(tool, arguments)
        assert result.ok, result.text
        ids[tool] = int(result.data["id"])
    return ids


@pytest.fixture
def shown(app_ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    ids = seed(app_ctx)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    activate(window, qtbot)
    window.notes.show_note(ids["create_note"])  # the editor shows with an open note
    body = window.notes.editor.body
    qtbot.waitUntil(lambda: body.isVisibleTo(window.notes))
    yield window


PAGES = range(5)


@pytest.mark.parametrize("page", PAGES)
def test_every_control_of_each_view_is_named_focusable_and_reached_by_tab(
    shown: MainWindow, qtbot: QtBot, page: int
) -> None:
    shown.show_page(page)
    found = check(shown, qtbot)
    assert not found, "\n".join(found)


def reminder_popup(ctx: AppContext, parent: QWidget) -> QWidget:
    notifier = PopupNotifier(parent)
    notifier.show(Notice("n1", "Pay rent", "To-do due today at 18:00"))
    return notifier.popup


def todo_dialog(ctx: AppContext, parent: QWidget) -> QWidget:
    values = TodoValues("Bins", date(2026, 12, 1), "low", "green ones", ("home",), 60)
    return TodoDialog(values, ctx.clock(), "new", parent)


def event_dialog(ctx: AppContext, parent: QWidget) -> QWidget:
    assert isinstance(parent, MainWindow)
    parent.new_event()
    dialog = parent.calendar.flow.dialog
    assert dialog is not None
    return dialog


DIALOGS: dict[str, Callable[[AppContext, QWidget], QWidget]] = {
    "settings": SettingsDialog,
    "setup": SetupDialog,
    "search": SearchPopup,
    "reminders": reminder_popup,
    "to-do": todo_dialog,
    "event": event_dialog,
    "add account": AddAccountDialog,
    "conflicts": ConflictDialog,
    "erase": lambda ctx, parent: EraseDialog(parent),
    "quick entry": lambda ctx, parent: QuickEntryWindow(ctx),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_each_dialog_is_named_focusable_and_reached_by_tab(
    shown: MainWindow, app_ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    dialog = DIALOGS[name](app_ctx, shown)
    qtbot.addWidget(dialog)
    activate(dialog, qtbot)
    found = check(dialog, qtbot)
    assert not found, "\n".join(found)
