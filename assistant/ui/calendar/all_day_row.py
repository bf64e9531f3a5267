"""The hour grid's top row: each shown day's name and its all-day events as chips.

A chip can be dragged: along the row to other days, or down onto the hours,
where it gets a time (see :mod:`assistant.ui.calendar.all_day_drag`). The row
does not know where the hours are; the grid tells it through :attr:`hours_at`.
A timed block dragged up from the hours is outlined here through
:meth:`AllDayRow.show_drop`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from assistant.calendar.entries import AgendaEntry
from assistant.ui.calendar.all_day_drag import ChipDrag
from assistant.ui.calendar.drag_escape import DragEscape
from assistant.ui.calendar.grid_drag import Ghost, RowGhost
from assistant.ui.calendar.qdates import to_qdate
from assistant.ui.calendar.time_layout import Geometry

HEADING = 24  # the day names' height
CHIP = 20  # one all-day event's height
MAX_CHIPS = 3  # all-day events shown per day; more are counted


class AllDayRow(QWidget):
    """Each shown day's name, and its all-day events as chips."""

    activated = Signal(object)  # the AgendaEntry of a double-clicked chip
    changed = Signal(object)  # a finished chip drag: a Change
    # The outline a chip drag puts on the hours (a Ghost), or None when it leaves them.
    ghost_moved = Signal(object)
    dragging = Signal(QPointF)  # where the pointer is while a chip is held
    drag_ended = Signal()

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.days: list[date] = []
        self.today: date | None = None
        self.chips: dict[date, list[AgendaEntry]] = {}
        self._colours: dict[int, str] = {}
        self.drag: ChipDrag | None = None
        self.drag_point = QPointF()  # the pointer's last place in a drag
        self._escape = DragEscape(self._end_drag, self)  # Escape drops a held chip
        self.drop: RowGhost | None = None  # a timed block dragged up over the row
        # The hours' day column and minute under a point of this row; None off the hours.
        self.hours_at: Callable[[QPointF], tuple[int, float] | None] = lambda _point: None

    def show_entries(
        self,
        days: list[date],
        entries: list[AgendaEntry],
        colours: dict[int, str],
        today: date | None,
    ) -> None:
        self.days, self.today, self._colours = list(days), today, dict(colours)
        self.chips = {day: [e for e in entries if e.day == day and e.all_day] for day in days}
        self._end_drag()
        self.drop = None
        rows = min(max((len(c) for c in self.chips.values()), default=0), MAX_CHIPS + 1)
        # One row even when empty: a block dragged up needs somewhere to land.
        self.setFixedHeight(HEADING + max(rows, 1) * CHIP + 4)
        self.update()

    def _geometry(self) -> Geometry:
        return Geometry(max(len(self.days), 1), float(self.width()))

    def chip_rect(self, day_index: int, row: int) -> QRectF:
        geo = self._geometry()
        return QRectF(
            geo.day_x(day_index) + 1, HEADING + row * CHIP + 1, geo.day_width - 3, CHIP - 2
        )

    def day_at(self, x: float) -> int:
        return self._geometry().day_at(x)

    def shown_chips(self, day: date) -> list[AgendaEntry]:
        """The chips drawn for ``day``: all of them, or the first few and a count."""
        chips = self.chips.get(day, [])
        return chips if len(chips) <= MAX_CHIPS + 1 else chips[:MAX_CHIPS]

    def chip_at(self, point: QPointF) -> tuple[int, AgendaEntry] | None:
        """The day column and entry of the chip under ``point``."""
        for index, day in enumerate(self.days):
            for row, entry in enumerate(self.shown_chips(day)):
                if self.chip_rect(index, row).contains(point):
                    return index, entry
        return None

    def point_at(self, day: date, row: int = 0) -> QPointF:
        """The middle of a chip's place (tests and the benchmark drag through it)."""
        return self.chip_rect(self.days.index(day), row).center()

    def show_drop(self, ghost: RowGhost | None) -> None:
        if ghost != self.drop:
            self.drop = ghost
            self.update()

    # -- painting ------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette, geo = self.palette(), self._geometry()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        locale = QLocale()
        bold = QFont(painter.font())
        bold.setBold(True)
        for index, day in enumerate(self.days):
            heading = QRectF(geo.day_x(index), 0, geo.day_width, HEADING)
            name = locale.toString(to_qdate(day), "ddd d")
            painter.setFont(bold if day == self.today else self.font())
            role = QPalette.ColorRole.Highlight if day == self.today else QPalette.ColorRole.Text
            painter.setPen(palette.color(role))
            painter.drawText(heading, Qt.AlignmentFlag.AlignCenter, name)
            self._paint_chips(painter, index, self.chips.get(day, []))
        ghost = self.drag.ghost() if self.drag is not None else self.drop
        if isinstance(ghost, RowGhost):
            self._paint_ghost(painter, ghost)
        painter.end()

    def _paint_chips(self, painter: QPainter, index: int, chips: list[AgendaEntry]) -> None:
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        shown = chips if len(chips) <= MAX_CHIPS + 1 else chips[:MAX_CHIPS]
        moving = self.drag.entry.occurrence if self.drag and self.drag.started else None
        for row, entry in enumerate(shown):
            rect = self.chip_rect(index, row)
            own = self._colours.get(entry.event_id)
            fill = QColor(own) if own else self.palette().color(QPalette.ColorRole.Highlight)
            if entry.occurrence == moving:
                fill.setAlphaF(0.35)  # the dragged event fades, as a dragged block does
            painter.fillRect(rect, fill)
            light = fill.lightnessF() < 0.6
            painter.setPen(QColor(Qt.GlobalColor.white if light else Qt.GlobalColor.black))
            text = metrics.elidedText(
                entry.title, Qt.TextElideMode.ElideRight, int(rect.width()) - 8
            )
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)
        if len(shown) < len(chips):
            rect = self.chip_rect(index, MAX_CHIPS)
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            more = self.tr("%n more", "", len(chips) - len(shown))
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, more)

    def _paint_ghost(self, painter: QPainter, ghost: RowGhost) -> None:
        first, last = max(ghost.first, 0), min(ghost.last, len(self.days) - 1)
        if first > last:
            return  # dragged wholly off the shown days
        rect = self.chip_rect(first, 0).united(self.chip_rect(last, 0))
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(colour)
        fill.setAlphaF(0.25)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)

    # -- interaction ---------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        hit = self.chip_at(point) if event.button() == Qt.MouseButton.LeftButton else None
        if hit is None:
            super().mousePressEvent(event)
            return
        self.drag = ChipDrag(hit[1], hit[0], point.x(), point.y())
        self.drag_point = point
        self._escape.hold()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drag is not None:
            self.drag_to(event.position())

    def drag_to(self, point: QPointF) -> None:
        """Follow the pointer (or the hours scrolling under a still pointer) with the chip."""
        if self.drag is None:
            return
        before = self.drag.ghost()
        hours = self.hours_at(point)
        if hours is None:
            self.drag.move_to(self.day_at(point.x()), None, point.x(), point.y())
        else:
            self.drag.move_to(hours[0], hours[1], point.x(), point.y())
        self.drag_point = point
        after = self.drag.ghost()
        if after != before:
            self.update()
            self.ghost_moved.emit(after if isinstance(after, Ghost) else None)
        self.dragging.emit(point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        drag = self._end_drag()
        if drag is None:
            return
        change = drag.outcome(self.days, self.tz)
        if change is not None:
            self.changed.emit(change)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._end_drag()

    def _end_drag(self) -> ChipDrag | None:
        """Stop following the pointer; the drag that was going on, if any."""
        drag, self.drag = self.drag, None
        self._escape.release()
        if drag is not None:
            self.update()
            self.ghost_moved.emit(None)
            self.drag_ended.emit()
        return drag

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        for index, day in enumerate(self.days):
            for row, entry in enumerate(self.chips.get(day, [])[: MAX_CHIPS + 1]):
                if self.chip_rect(index, row).contains(point):
                    self.activated.emit(entry)
                    return
