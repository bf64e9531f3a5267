"""System, light or dark: Qt's own colour scheme where it can, a Fusion palette otherwise.

The light and dark palettes are checked, not assumed: every text colour reads
at 4.5:1 or more on its background, and the Highlight (selected rows, the focus
ring) stands out 3:1 from the window (tests/ui/test_contrast.py computes it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from assistant.settings import Theme

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def apply_app_theme(theme: Theme) -> None:
    """:func:`apply_theme` on the running application, if there is one."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme)


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Follow the system, or force light or dark, for the whole application."""
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(_SCHEMES[theme])
    if theme == "system":
        app.setPalette(app.style().standardPalette())
        return
    # Styles that ignore the colour-scheme hint (offscreen, some Linux desktops)
    # still get the right colours from an explicit palette.
    app.setPalette(dark_palette() if theme == "dark" else light_palette(app))


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def light_palette(app: QApplication) -> QPalette:
    """The style's own light palette, with a readable highlight and placeholder.

    Fusion's highlight (#308cc6) gives white text only 3.7:1, and its
    placeholder (black at half strength) 4.0:1 on white."""
    p = app.style().standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(37, 112, 176))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(95, 95, 95))
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 30, 32), QColor(43, 43, 46), QColor(230, 230, 230)
    # Disabled controls are exempt from contrast minimums (WCAG 1.4.3); placeholder
    # text is read, so it is lighter than the disabled grey.
    disabled, placeholder = QColor(127, 127, 127), QColor(150, 150, 150)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: placeholder,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 90, 90),
        QPalette.ColorRole.Link: QColor(100, 160, 255),
        # White on it reads at 4.6:1, and it stands out 3:1 from the window.
        QPalette.ColorRole.Highlight: QColor(58, 116, 208),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def muted_text(palette: QPalette) -> QColor:
    """Secondary text (dates, excerpts, code): softer than Text, still 4.5:1 on Base."""
    return blend(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.35
    )


def error_colour(palette: QPalette) -> QColor:
    """A red that reads at 4.5:1 or more on the window and base, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(255, 120, 110) if dark else QColor(176, 32, 32)


def error_style(palette: QPalette) -> str:
    """A style sheet that shows a label's text in :func:`error_colour`."""
    return f"color: {error_colour(palette).name()};"
