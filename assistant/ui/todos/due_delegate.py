"""The due-date cell: the date on the left, and a bell with the reminder's time on the right.

The bell is drawn, not typed: an emoji bell shows as an empty box on desktops
without an emoji font. Editing works as in any text cell (the due date in words).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from assistant.ui.todos.delegates import Index, TextDelegate
from assistant.ui.todos.model import REMINDER_ROLE

GAP = 4


def draw_bell(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """A small bell filling ``box`` (square): dome, rim and clapper."""
    x, y, size = box.x(), box.y(), box.width()
    dome = QPainterPath()
    dome.moveTo(x + 0.12 * size, y + 0.76 * size)
    dome.cubicTo(x + 0.24 * size, y + 0.60 * size, x + 0.20 * size, y + 0.12 * size,
                 x + 0.50 * size, y + 0.10 * size)  # fmt: skip
    dome.cubicTo(x + 0.80 * size, y + 0.12 * size, x + 0.76 * size, y + 0.60 * size,
                 x + 0.88 * size, y + 0.76 * size)  # fmt: skip
    dome.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(dome)
    painter.drawEllipse(QPointF(x + 0.5 * size, y + 0.86 * size), 0.11 * size, 0.11 * size)
    painter.restore()


class DueDelegate(TextDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        reminder = index.data(REMINDER_ROLE)
        if not reminder:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        due_text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        # The margin the style gives a cell's own text, on both sides.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area.adjust(margin, 0, -margin, 0)
        metrics = opt.fontMetrics
        bell = metrics.height() * 0.8
        tail = metrics.horizontalAdvance(reminder)
        right = QRect(area)
        right.setLeft(max(area.left(), area.right() - tail - int(bell) - GAP))
        left = QRect(area)
        left.setRight(right.left() - 2 * GAP)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(role)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None and not selected:
            colour = foreground.color()
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(colour)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            left, align | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(due_text, Qt.TextElideMode.ElideRight, max(0, left.width())),
        )  # fmt: skip
        top = right.top() + (right.height() - bell) / 2
        draw_bell(painter, QRectF(right.left(), top, bell, bell), colour)
        text_box = QRect(right)
        text_box.setLeft(right.left() + int(bell) + GAP)
        painter.drawText(text_box, align | Qt.AlignmentFlag.AlignLeft, reminder)
        painter.restore()
