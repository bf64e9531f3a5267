"""The week and day hour grid: day headings with an all-day row, and the hours below.

The hours scroll (to working hours, or to the current time, when the grid is
shown); the headings and the all-day row stay on top. A minute timer moves
the current-time line. Changes made by dragging leave as :class:`Change`
values through :attr:`TimeGrid.changed`; the view hands them to the edit
flow, which writes them through the tools like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from assistant.calendar.entries import AgendaEntry
from assistant.ui.calendar.hour_canvas import HourCanvas
from assistant.ui.calendar.qdates import to_qdate
from assistant.ui.calendar.time_layout import Geometry, minutes_in_day

HEADING = 24  # the day names' height
CHIP = 20  # one all-day event's height
MAX_CHIPS = 3  # all-day events shown per day; more are counted
EDGE_ZONE = 24  # px: a drag this close to the top or bottom scrolls
WORK_START = 8 * 60  # the hour the grid opens at, unless now is later in view


class AllDayRow(QWidget):
    """Each shown day's name, and its all-day events as chips."""

    activated = Signal(object)  # the AgendaEntry of a double-clicked chip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.today: date | None = None
        self.chips: dict[date, list[AgendaEntry]] = {}
        self._colours: dict[int, str] = {}

    def show_entries(
        self,
        days: list[date],
        entries: list[AgendaEntry],
        colours: dict[int, str],
        today: date | None,
    ) -> None:
        self.days, self.today, self._colours = list(days), today, dict(colours)
        self.chips = {day: [e for e in entries if e.day == day and e.all_day] for day in days}
        rows = min(max((len(c) for c in self.chips.values()), default=0), MAX_CHIPS + 1)
        self.setFixedHeight(HEADING + rows * CHIP + 4)
        self.update()

    def _geometry(self) -> Geometry:
        return Geometry(max(len(self.days), 1), float(self.width()))

    def chip_rect(self, day_index: int, row: int) -> QRectF:
        geo = self._geometry()
        return QRectF(
            geo.day_x(day_index) + 1, HEADING + row * CHIP + 1, geo.day_width - 3, CHIP - 2
        )

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
        painter.end()

    def _paint_chips(self, painter: QPainter, index: int, chips: list[AgendaEntry]) -> None:
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        shown = chips if len(chips) <= MAX_CHIPS + 1 else chips[:MAX_CHIPS]
        for row, entry in enumerate(shown):
            rect = self.chip_rect(index, row)
            own = self._colours.get(entry.event_id)
            fill = QColor(own) if own else self.palette().color(QPalette.ColorRole.Highlight)
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

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        for index, day in enumerate(self.days):
            for row, entry in enumerate(self.chips.get(day, [])[: MAX_CHIPS + 1]):
                if self.chip_rect(index, row).contains(point):
                    self.activated.emit(entry)
                    return


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
        self.all_day = AllDayRow()
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
        self.canvas.activated.connect(self.activated)
        self.all_day.activated.connect(self.activated)
        self.canvas.delete_requested.connect(self.delete_requested)
        self.canvas.selection_changed.connect(self._on_selection)
        # A drag near the top or bottom edge scrolls the hours under it.
        self.edge_scroll = QTimer(self)
        self.edge_scroll.setInterval(30)
        self.edge_scroll.timeout.connect(self._scroll_at_edge)
        self.canvas.dragging.connect(self._check_edge)
        self.canvas.drag_ended.connect(self.edge_scroll.stop)

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

    def _check_edge(self, point: QPointF) -> None:
        if self._edge_step(point) == 0:
            self.edge_scroll.stop()
        elif not self.edge_scroll.isActive():
            self.edge_scroll.start()

    def _scroll_at_edge(self) -> None:
        if self.canvas.drag is None:
            self.edge_scroll.stop()
            return
        bar = self.area.verticalScrollBar()
        point = self.canvas.drag_point
        before = bar.value()
        bar.setValue(before + self._edge_step(point))
        if bar.value() == before:  # at the end of the day already
            self.edge_scroll.stop()
            return
        # The pointer stays where it is on screen, so on the grid it moved.
        self.canvas.drag_to(QPointF(point.x(), point.y() + bar.value() - before))

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
