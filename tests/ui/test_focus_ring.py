"""The keyboard focus ring: two pixels of Highlight, in the light and the dark theme."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QListView,
    QPushButton,
    QStyle,
    QStyleFactory,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.ui.focus_ring import FocusRingStyle, ScrollAreaRing, install_focus_ring
from assistant.ui.theme import dark_palette, light_palette

PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": lambda: light_palette(QApplication.instance()),
    "dark": dark_palette,
}


def ring_pixels(widget: QWidget, colour: QColor, area: QRect | None = None) -> int:
    """How many pixels of the widget (or of ``area`` in it) are (close to) ``colour``."""
    image = widget.grab(area or QRect(QPoint(0, 0), widget.size())).toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if all(
                abs(a - b) < 24
                for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
            ):
                count += 1
    return count


def focused(qtbot: QtBot, style: QStyle, palette: QPalette) -> dict[str, int]:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    widgets: dict[str, QWidget] = {
        "button": QPushButton("Save"),
        "check box": QCheckBox("All day"),
        "combo box": QComboBox(),
    }
    for widget in widgets.values():
        widget.setStyle(style)
        widget.setPalette(palette)
        layout.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    counts = {}
    for name, widget in widgets.items():
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        counts[name] = ring_pixels(widget, highlight)
    return counts


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focused_control_has_a_ring_in_highlight(
    qapp: QApplication, qtbot: QtBot, theme: str
) -> None:
    palette = PALETTES[theme]()
    plain = focused(qtbot, QStyleFactory.create("Fusion"), palette)
    ringed = focused(qtbot, FocusRingStyle(QStyleFactory.create("Fusion")), palette)
    for name, pixels in ringed.items():
        widget_ring = 2 * (20 + 40)  # at least the ring of a small control, 1 px deep
        assert pixels >= widget_ring, (theme, name, pixels)
        assert pixels > plain[name] + 40, (theme, name, plain[name], pixels)


def test_the_application_style_is_wrapped_once(qapp: QApplication) -> None:
    original = qapp.style().name()
    try:
        install_focus_ring(qapp)
        style = qapp.style()
        assert isinstance(style, FocusRingStyle)
        install_focus_ring(qapp)
        assert qapp.style() is style  # not wrapped twice
        assert len(qapp.findChildren(ScrollAreaRing)) == 1
        # With the style wrapped but no ring following the focus, the ring comes back.
        shiboken6.delete(qapp.findChildren(ScrollAreaRing)[0])
        install_focus_ring(qapp)
        assert qapp.style() is style and len(qapp.findChildren(ScrollAreaRing)) == 1
    finally:
        unwrap(qapp, original)


def unwrap(qapp: QApplication, original: str) -> None:
    """Back to the plain style, with no ring following the focus (other tests grab)."""
    for ring in qapp.findChildren(ScrollAreaRing):
        if ring.frame is not None and shiboken6.isValid(ring.frame):
            shiboken6.delete(ring.frame)
        shiboken6.delete(ring)
    qapp.setStyle(QStyleFactory.create(original or "Fusion"))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_focused_list_or_text_box_has_the_ring_round_it(
    qapp: QApplication, qtbot: QtBot, theme: str
) -> None:
    """Their viewport covers any frame the style draws: a focus frame carries the ring."""
    original = qapp.style().name()
    install_focus_ring(qapp)
    try:
        palette = PALETTES[theme]()
        page = QWidget()
        qtbot.addWidget(page)
        page.setPalette(palette)
        page.resize(240, 260)
        layout = QVBoxLayout(page)
        button, items, text = QPushButton("Save"), QListView(), QTextBrowser()
        for widget in (button, items, text):
            layout.addWidget(widget)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for view in (items, text):
            button.setFocus()
            qtbot.waitUntil(button.hasFocus)
            view.setFocus()
            qtbot.waitUntil(view.hasFocus)
            # The frame that follows the focus, drawn on its own (a busy machine may
            # not have composed it into the page yet when the page is grabbed).
            frames = [
                w for w in QApplication.allWidgets()
                if isinstance(w, QFocusFrame) and w.widget() is view
            ]  # fmt: skip
            assert len(frames) == 1, (theme, view)
            frame = frames[0]
            qtbot.waitUntil(frame.isVisible)
            assert frame.geometry().contains(view.geometry()), (frame.geometry(), view.geometry())
            ring = 2 * (view.width() + view.height())
            assert ring_pixels(frame, highlight) >= ring, (theme, view)
    finally:
        unwrap(qapp, original)
