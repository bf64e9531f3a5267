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
- a text editor where Tab is text (the note editor, the email draft) is left
  with Ctrl+Tab, as in Qt's own text widgets: the walk presses Ctrl+Tab there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

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
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.ui.calendar.month_grid import MonthGrid
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.reminders.notifier import Notice
from assistant.ui.reminders.popup import PopupNotifier
from assistant.ui.search_popup import SearchPopup
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.setup_dialog import SetupDialog

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
    if isinstance(widget, QToolButton) and widget.objectName().startswith("qt_calendar_"):
        return isinstance(widget.parentWidget().parentWidget(), MonthGrid)
    return isinstance(widget.parentWidget(), SearchPopup) and widget is widget.parentWidget().list


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


def problems(top: QWidget) -> list[str]:
    found = []
    for widget in controls(top):
        if not spoken_name(widget):
            found.append("no name: " + describe(widget))
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not keyboard_elsewhere(widget):
            found.append("no Tab focus: " + describe(widget))
    return found


def tab_stops(top: QWidget) -> list[QWidget]:
    """The controls that Tab should reach: visible, enabled, named above."""
    return [w for w in controls(top) if w.isEnabled() and not keyboard_elsewhere(w)]


def tab_is_text(widget: QWidget) -> bool:
    """An editable text box where Tab types a tab (left with Ctrl+Tab)."""
    return (
        isinstance(widget, (QTextEdit, QPlainTextEdit))
        and not widget.isReadOnly()
        and not widget.tabChangesFocus()
    )


def press_tab_round(top: QWidget, qtbot: QtBot, first: QWidget) -> list[QWidget]:
    """Tab (Ctrl+Tab out of text editors) from ``first`` until the focus comes back."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    visited: list[QWidget] = []
    focus = first
    for _ in range(300):
        visited.append(focus)
        modifier = (
            Qt.KeyboardModifier.ControlModifier
            if tab_is_text(focus)
            else Qt.KeyboardModifier.NoModifier
        )
        qtbot.keyClick(focus, Qt.Key.Key_Tab, modifier)
        focus = QApplication.focusWidget()
        assert focus is not None, "Tab lost the focus after " + describe(visited[-1])
        if focus is first or focus in visited:
            break
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


@pytest.fixture
def shown(window: MainWindow, qtbot: QtBot) -> Iterator[MainWindow]:
    activate(window, qtbot)
    yield window


PAGES = range(5)


@pytest.mark.parametrize("page", PAGES)
def test_every_control_of_each_view_is_named_and_focusable(shown: MainWindow, page: int) -> None:
    shown.show_page(page)
    found = problems(shown)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("page", PAGES)
def test_tab_reaches_every_control_of_each_view(shown: MainWindow, qtbot: QtBot, page: int) -> None:
    shown.show_page(page)
    missed = unreached(shown, qtbot)
    assert not missed, "\n".join(missed)


def reminder_popup(ctx: AppContext, parent: QWidget) -> QWidget:
    notifier = PopupNotifier(parent)
    notifier.show(Notice("n1", "Pay rent", "To-do due today at 18:00"))
    return notifier.popup


DIALOGS: dict[str, Callable[[AppContext, QWidget], QWidget]] = {
    "settings": SettingsDialog,
    "setup": SetupDialog,
    "search": SearchPopup,
    "reminders": reminder_popup,
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_each_dialog_is_named_and_reached_by_tab(
    shown: MainWindow, app_ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    dialog = DIALOGS[name](app_ctx, shown)
    qtbot.addWidget(dialog)
    activate(dialog, qtbot)
    found = problems(dialog) or unreached(dialog, qtbot)
    assert not found, "\n".join(found)
