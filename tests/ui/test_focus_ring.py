"""The keyboard focus ring: two pixels of Highlight, in the light and the dark theme."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QPushButton,
    QStyle,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assistant.ui.focus_ring import FocusRingStyle
from assistant.ui.theme import dark_palette

PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": lambda: QStyleFactory.create("Fusion").standardPalette(),
    "dark": dark_palette,
}


def ring_pixels(widget: QWidget, colour: QColor) -> int:
    """How many pixels of the widget are (close to) ``colour``."""
    image = widget.grab().toImage()
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
    from assistant.ui.focus_ring import install_focus_ring

    original = qapp.style().name()
    try:
        install_focus_ring(qapp)
        style = qapp.style()
        assert isinstance(style, FocusRingStyle)
        install_focus_ring(qapp)
        assert qapp.style() is style  # not wrapped twice
    finally:
        qapp.setStyle(QStyleFactory.create(original))
