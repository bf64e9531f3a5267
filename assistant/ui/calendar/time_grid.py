"""The week and day hour grid: day headings with an all-day row, and the hours below.

The hours scroll (to working hours, or to the current time, when the grid is
shown); the headings and the all-day row stay on top. A minute timer moves
the current-time line. Changes made by dragging leave as :class:`Change`
values through :attr:`TimeGrid.changed`; the view hands them to the edit
flow, which writes them through the tools like any other edit. A drag may
cross from the hours to the all-day row or back: the grid tells each of the
two where the other one is, and passes the outline across. A drag held near
the top or bottom of the hours scrolls them, whichever of the two it began on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from assistant.calendar.entries import AgendaEntry
from assistant.ui.calendar.all_day_row import AllDayRow
from assistant.ui.calendar.grid_drag import RowGhost
from assistant.ui.calendar.hour_canvas import HourCanvas
from assistant.ui.calendar.time_layout import minutes_in_day

EDGE_ZONE = 24  # px: a drag this close to the top or bottom scrolls
WORK_START = 8 * 60  # the hour the grid opens at, unless now is later in view


class TimeGrid(QWidget):
    # A finished drag (a Change); a double-click (an AgendaEntry, or a Change for a new event).
    changed = Signal(object)
    activated = Signal(object)
    selection_changed = Signal()
    delete_requested = Signal(object)  # an AgendaEntry

    def __init__(
        self, now: Callable[[], datetime], tz: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._scroll_pending = True
        self.all_day = AllDayRow(tz)
        self.canvas = HourCanvas(tz)
        self.area = QScrollArea()
        self.area.setWidget(self.canvas)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.area.setAccessibleName(self.tr("Hours"))
        self.all_day.setAccessibleName(self.tr("All-day events"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.all_day, 1)
        # The header lines up with the canvas: it leaves room for the scroll bar.
        top.addSpacing(self.area.verticalScrollBar().sizeHint().width())
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self.canvas.changed.connect(self.changed)
        self.all_day.changed.connect(self.changed)
        self.canvas.activated.connect(self.activated)
        self.all_day.activated.connect(self.activated)
        self.canvas.delete_requested.connect(self.delete_requested)
        self.canvas.selection_changed.connect(self._on_selection)
        # A drag near the top or bottom edge scrolls the hours under it: a block's, or a
        # chip's held over the hours.
        self.edge_scroll = QTimer(self)
        self.edge_scroll.setInterval(30)
        self.edge_scroll.timeout.connect(self._scroll_at_edge)
        self.canvas.dragging.connect(self._follow_drag)
        self.canvas.drag_ended.connect(self.edge_scroll.stop)
        self.all_day.dragging.connect(self._follow_chip)
        self.all_day.drag_ended.connect(self.edge_scroll.stop)
        # A block dragged up over the all-day row, or a chip dragged down onto the hours.
        self.canvas.row_at = self._row_at
        self.all_day.hours_at = self._hours_at
        self.canvas.drag_ended.connect(lambda: self.all_day.show_drop(None))
        self.all_day.ghost_moved.connect(self.canvas.show_drop)

    def show_entries(
        self, days: list[date], entries: list[AgendaEntry], colours: dict[int, str]
    ) -> None:
        now = self._now()
        self.all_day.show_entries(days, entries, colours, now.date())
        self.canvas.show_entries(days, entries, colours)
        self.canvas.set_now(now)
        if self._scroll_pending:
            QTimer.singleShot(0, self, self._scroll_if_pending)  # once laid out

    def current_entry(self) -> AgendaEntry | None:
        """The block picked by a click or the arrow keys."""
        block = self.canvas.selected_block()
        return block.piece.entry if block is not None else None

    def _on_selection(self) -> None:
        block = self.canvas.selected_block()
        if block is not None:
            centre = block.rect.center()
            self.area.ensureVisible(
                int(centre.x()), int(centre.y()), 0, int(block.rect.height() / 2) + 8
            )
        self.selection_changed.emit()

    def _edge_step(self, point: QPointF) -> int:
        """Pixels to scroll per tick for a drag at ``point``: toward the edge it is near."""
        y = point.y() - self.area.verticalScrollBar().value()
        height = self.area.viewport().height()
        if y < EDGE_ZONE:
            return -int(min(EDGE_ZONE - y, EDGE_ZONE))
        if y > height - EDGE_ZONE:
            return int(min(y - height + EDGE_ZONE, EDGE_ZONE))
        return 0

    def _row_at(self, point: QPointF) -> int | None:
        """The all-day row's day column for a point of the hours above them; else None."""
        at = self.canvas.mapTo(self, point)
        if at.y() >= self.area.geometry().top():
            return None
        return self.all_day.day_at(self.all_day.mapFrom(self, at).x())

    def _hours_at(self, point: QPointF) -> tuple[int, float] | None:
        """The hours' day column and minute under a point of the all-day row, if on them."""
        at = self.all_day.mapTo(self, point)
        if at.y() < self.area.geometry().top():
            return None
        on = self.canvas.mapFrom(self, at)
        geo = self.canvas.geometry_
        return geo.day_at(on.x()), geo.minute_at(on.y())

    def _follow_drag(self, point: QPointF) -> None:
        """Outline a block held over the all-day row there; near an edge, scroll the hours."""
        ghost = self.canvas.drag.ghost() if self.canvas.drag is not None else None
        self.all_day.show_drop(ghost if isinstance(ghost, RowGhost) else None)
        if isinstance(ghost, RowGhost):
            self.edge_scroll.stop()  # over the row, not at the hours' edge
        else:
            self._check_edge(point)

    def _follow_chip(self, point: QPointF) -> None:
        """A chip held over the hours scrolls them near an edge, as a block does."""
        if self.all_day.drag is not None and self.all_day.drag.minute is not None:
            self._check_edge(self._on_canvas(point))
        else:
            self.edge_scroll.stop()  # over the row, not at the hours' edge

    def _on_canvas(self, point: QPointF) -> QPointF:
        """A point of the all-day row as a point of the hours (it may lie outside them)."""
        return self.canvas.mapFrom(self, self.all_day.mapTo(self, point))

    def _check_edge(self, point: QPointF) -> None:
        if self._edge_step(point) == 0:
            self.edge_scroll.stop()
        elif not self.edge_scroll.isActive():
            self.edge_scroll.start()

    def _scroll_at_edge(self) -> None:
        if self.canvas.drag is not None:
            point = self.canvas.drag_point
        elif self.all_day.drag is not None:
            point = self._on_canvas(self.all_day.drag_point)
        else:
            self.edge_scroll.stop()
            return
        bar = self.area.verticalScrollBar()
        before = bar.value()
        bar.setValue(before + self._edge_step(point))
        if bar.value() == before:  # at the end of the day already
            self.edge_scroll.stop()
            return
        # The pointer stays where it is on screen, so on the hours it moved; on the
        # all-day row, which does not scroll, it stayed, over a later (or earlier) time.
        if self.canvas.drag is not None:
            self.canvas.drag_to(QPointF(point.x(), point.y() + bar.value() - before))
        else:
            self.all_day.drag_to(self.all_day.drag_point)

    def reveal(self) -> None:
        """Scroll to working hours (or now): the grid was just chosen."""
        self._scroll_pending = True
        QTimer.singleShot(0, self, self._scroll_if_pending)  # once it is laid out

    def _scroll_if_pending(self) -> None:
        if self._scroll_pending and self.canvas.days:
            self.scroll_to_start()

    def scroll_to_start(self) -> None:
        """Working hours at the top, or the current time a little below it when that is later."""
        self._scroll_pending = False
        now, geo = self._now(), self.canvas.geometry_
        top = WORK_START - 30
        if now.date() in self.canvas.days:
            visible = geo.minute_at(self.area.viewport().height())
            current = minutes_in_day(now, now.date())
            if current > top + visible - 60 or current < top:
                top = current - 60
        self.area.verticalScrollBar().setValue(int(geo.y_of(max(top, 0))))

    def tick(self) -> None:
        """Move the current-time line, then wait for the next full minute."""
        now = self._now()
        self.canvas.set_now(now)
        into = now.second * 1000 + now.microsecond // 1000
        self.timer.start(max(60_000 - into, 1_000))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def point_at(self, day: date, minutes: float) -> QPointF:
        """A point of the canvas (tests and the benchmark drag through it)."""
        return self.canvas.point_at(day, minutes)
