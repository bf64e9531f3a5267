"""A focus ring people can see: two pixels of the palette's highlight colour.

Fusion marks a focused button with a faint tint of its frame, and a focused
check box with a thin rectangle, easy to lose in either theme, so a keyboard
user cannot tell where Tab went. This proxy style keeps the platform's style
and draws a clear ring around the focused button, check box, radio button,
tab, combo box or tool button, in the palette's Highlight (so it follows the
light and dark themes). A stylesheet cannot do this: Qt ignores ``outline``
colours, and a ``border`` rule replaces the native button drawing.
Inside item views the rows keep their own marks (a selected row is already
Highlight); round a focused list, table or text box, whose viewport covers any
frame the style draws, a QFocusFrame laid round it carries the same ring.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFocusFrame,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QTextEdit,
    QWidget,
)

RING_WIDTH = 2.0
_RADIUS = 3.0
# Scroll areas that take the focus: their viewport hides a frame drawn on them.
_SCROLL_AREAS = (QAbstractItemView, QTextEdit, QPlainTextEdit)
_RINGED_CONTROLS = (
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_ToolButton,
)


class FocusRingStyle(QProxyStyle):
    """The base style, with a visible ring where the keyboard focus is."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and not _in_item_view(widget):
            draw_ring(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            draw_ring(painter, option)
            return
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and _has_focus(option):
            draw_ring(painter, option)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return round(RING_WIDTH)
        return super().pixelMetric(metric, option, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _RINGED_CONTROLS and _has_focus(option):
            draw_ring(painter, option)


def install_focus_ring(app: QApplication) -> None:
    """Wrap the application's style (whichever the platform chose) in the ring.

    Once only, and with one ring following the focus; a wrapped style has no
    name of its own, so the platform's name is never looked up from it.
    """
    if not isinstance(app.style(), FocusRingStyle):
        base = QStyleFactory.create(app.style().name() or "Fusion")
        if base is None:
            return
        app.setStyle(FocusRingStyle(base))
    if not app.findChildren(ScrollAreaRing):
        ScrollAreaRing(app)


class ScrollAreaRing(QObject):
    """Lays one QFocusFrame round whichever list, table or text box has the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        frame = self.frame if self.frame is not None and shiboken6.isValid(self.frame) else None
        if isinstance(new, _SCROLL_AREAS) and not new.isWindow():
            if frame is None:  # the last one went with the window it was in
                frame = self.frame = QFocusFrame()
            frame.setWidget(new)
        elif frame is not None:
            frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr: hide it


def draw_ring(painter: QPainter, option: QStyleOption) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), RING_WIDTH))
    inset = RING_WIDTH / 2
    painter.drawRoundedRect(
        QRectF(option.rect).adjusted(inset, inset, -inset, -inset), _RADIUS, _RADIUS
    )
    painter.restore()


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def _in_item_view(widget: QWidget | None) -> bool:
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return True
        widget = widget.parentWidget()
    return False
