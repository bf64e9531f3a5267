"""Text contrast, computed from the palettes theme.py applies (WCAG 2.1).

Every colour the app draws text in is checked against the background it is
drawn on, in the light and the dark theme: 4.5:1 for text (1.4.3), 3:1 for
the focus ring and selection against the window (1.4.11, non-text). Disabled
text is exempt (1.4.3: "text that is part of an inactive user interface
component"), so it is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from assistant.ui.calendar.agenda_view import PLACEHOLDER_ALPHA, muted_colour
from assistant.ui.chat.bubbles import panel_colours
from assistant.ui.notes.delegate import chip_colours, hit_colours, secondary_colour
from assistant.ui.store_health import BANNER_STYLE
from assistant.ui.theme import apply_theme, error_colour, muted_text
from assistant.ui.todos.format import alert_color
from assistant.ui.updates.notice import NOTICE_STYLE
from assistant.ui.widgets import message_bar
from assistant.ui.widgets.dialog_parts import problem_label

TEXT = 4.5
NON_TEXT = 3.0
Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as it shows on ``background`` (alpha composited)."""
    a = colour.alphaF()
    return QColor(
        *(
            round(fg * a + bg * (1 - a))
            for fg, bg in zip(colour.getRgb()[:3], background.getRgb()[:3], strict=True)
        )
    )


def contrast(foreground: QColor, background: QColor) -> float:
    background = over(background, QColor(255, 255, 255))  # opaque backgrounds only here
    lighter, darker = sorted(
        (luminance(over(foreground, background)), luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    half_black = QColor(0, 0, 0, 128)  # the same as #7f7f7f on white
    assert contrast(half_black, QColor("white")) == pytest.approx(4.0, abs=0.02)


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application palette as theme.py sets it for the theme."""
    before = QApplication.palette()
    scheme = QGuiApplication.styleHints().colorScheme()
    apply_theme(qapp, request.param)
    yield QApplication.palette()
    QGuiApplication.styleHints().setColorScheme(scheme)
    QApplication.setPalette(before)


TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),  # the quick-add preview, chat notes
    (Role.PlaceholderText, Role.AlternateBase),  # an action item's unresolved date
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.ToolTipText, Role.ToolTipBase),
]


@pytest.mark.parametrize("group", [QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive])
@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS, ids=lambda r: r.name)
def test_palette_text_reads_at_4_5_to_1(
    palette: QPalette, group: QPalette.ColorGroup, text: Role, background: Role
) -> None:
    ratio = contrast(palette.color(group, text), palette.color(group, background))
    assert ratio >= TEXT, f"{text.name} on {background.name}: {ratio:.2f}"


@pytest.mark.parametrize("background", [Role.Window, Role.Base, Role.Button], ids=lambda r: r.name)
def test_focus_ring_and_selection_stand_out_at_3_to_1(palette: QPalette, background: Role) -> None:
    """The focus ring (focus_ring.py) is drawn in Highlight round a control."""
    ratio = contrast(palette.color(Role.Highlight), palette.color(background))
    assert ratio >= NON_TEXT, f"Highlight on {background.name}: {ratio:.2f}"


def test_error_and_alert_reds_read_on_window_and_base(palette: QPalette) -> None:
    for name, red in {"error": error_colour(palette), "overdue": alert_color(palette)}.items():
        for background in (Role.Window, Role.Base):
            ratio = contrast(red, palette.color(background))
            assert ratio >= TEXT, f"{name} on {background.name}: {ratio:.2f}"


def test_a_form_problem_reads_in_the_error_colour(palette: QPalette) -> None:
    label = problem_label()
    shown = re.search(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
    assert shown is not None, label.styleSheet()
    assert contrast(QColor(shown[1]), palette.color(Role.Window)) >= TEXT


def test_secondary_text_reads(palette: QPalette) -> None:
    """Muted text: note dates and excerpts, Markdown code and quotes, agenda times."""
    base, highlight = palette.color(Role.Base), palette.color(Role.Highlight)
    cases = {
        "muted on base": (muted_text(palette), base),
        "note excerpt": (secondary_colour(palette, False), base),
        "selected note excerpt": (secondary_colour(palette, True), highlight),
        "agenda time": (muted_colour(palette, False), base),
        "selected agenda time": (muted_colour(palette, True), highlight),
    }
    hint = QColor(palette.color(Role.Text))
    hint.setAlphaF(PLACEHOLDER_ALPHA)
    cases["empty agenda hint"] = (hint, base)
    for name, (text, background) in cases.items():
        ratio = contrast(text, background)
        assert ratio >= TEXT, f"{name}: {ratio:.2f}"


def test_chips_hits_and_bubbles_read(palette: QPalette) -> None:
    """Text drawn on tinted fills: tag chips, search hits, chat bubbles and cards."""
    text = palette.color(Role.Text)
    cases = {
        "tag chip": chip_colours(palette, False)[::-1],
        "selected tag chip": chip_colours(palette, True)[::-1],
        "search hit": hit_colours(palette)[::-1],
    }
    for tint in ("user", "card", "approval"):
        fill = panel_colours(palette, tint)[0]
        cases[f"{tint} bubble"] = (text, fill)
        cases[f"{tint} bubble hint"] = (palette.color(Role.PlaceholderText), fill)
    for name, (ink, fill) in cases.items():
        ratio = contrast(ink, fill)
        assert ratio >= TEXT, f"{name}: {ratio:.2f}"
    # The action card's check mark is a symbol, not text: 3:1 (WCAG 1.4.11).
    mark = contrast(palette.color(Role.Highlight), panel_colours(palette, "card")[0])
    assert mark >= NON_TEXT, f"action card check mark: {mark:.2f}"


def rgba(css: str) -> QColor:
    r, g, b, a = (float(v) for v in re.findall(r"[\d.]+", css))
    colour = QColor(int(r), int(g), int(b))
    colour.setAlphaF(a)
    return colour


def test_message_bar_text_reads_on_its_tints(palette: QPalette) -> None:
    window, text = palette.color(Role.Window), palette.color(Role.WindowText)
    for name, tint in {"info": message_bar._INFO, "error": message_bar._ERROR}.items():
        ratio = contrast(text, over(rgba(tint), window))
        assert ratio >= TEXT, f"{name}: {ratio:.2f}"


@pytest.mark.parametrize("style", [BANNER_STYLE, NOTICE_STYLE], ids=["store", "update"])
def test_banner_text_reads_on_the_banner(style: str) -> None:
    """The banners fix both colours in their style sheets, the same in both themes."""
    background = re.search(r"background:\s*(#[0-9a-fA-F]{6})", style)
    text = re.search(r"QLabel\s*\{\s*color:\s*(#[0-9a-fA-F]{6})", style)
    assert background is not None and text is not None
    assert contrast(QColor(text[1]), QColor(background[1])) >= TEXT
