"""The window at 800×600: it fits, and no button's text is cut on any page."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from assistant.ui.main_window import CALENDAR, CHAT, EMAIL, NOTES, TODOS, MainWindow

SMALL = (800, 600)


def cut_texts(window: MainWindow) -> tuple[list[str], int]:
    """The visible buttons and one-line labels narrower than their text, and how many
    were measured."""
    cut, measured = [], 0
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        text = widget.text().replace("&", "")
        if not text or "<" in text:  # rich text measures differently
            continue
        measured += 1
        room = widget.contentsRect().width()
        if room < widget.fontMetrics().horizontalAdvance(text):
            cut.append(f"{type(widget).__name__} {text!r}: {room} px")
    return cut, measured


def test_the_window_fits_800_by_600_and_cuts_no_text(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(*SMALL)
    assert window.minimumSizeHint().width() <= SMALL[0]
    assert window.minimumSizeHint().height() <= SMALL[1]
    total = 0
    for page in (CHAT, TODOS, CALENDAR, NOTES, EMAIL):
        window.show_page(page)
        qtbot.waitUntil(lambda: (window.width(), window.height()) == SMALL)
        cut, measured = cut_texts(window)
        assert cut == [], page
        total += measured
    assert total > 20  # the pages' buttons and labels were measured
