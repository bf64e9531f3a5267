"""The hour grid's canvas: painted hours, event blocks, the current-time line.

Painting stays cheap on a full week: the hours and blocks are painted once
per load or resize into a pixmap, and a paint copies the exposed part of it
and draws what changes on top (the drag's outline, the picked block, the
current-time line). A drag repaints only the strips its outline left and
entered, so a move costs a small copy, however many events the week holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from assistant.calendar.entries import AgendaEntry
from assistant.ui.calendar.drag_escape import DragEscape
from assistant.ui.calendar.grid_drag import EDGE_PX, Change, Drag, Ghost, Kind, RowGhost
from assistant.ui.calendar.time_layout import (
    Geometry,
    TimedPiece,
    at_minute,
    minutes_in_day,
    timed_pieces,
)


@dataclass(frozen=True)
class Block:
    piece: TimedPiece
    day_index: int
    rect: QRectF
    colour: QColor


class HourCanvas(QWidget):
    # A finished drag: a Change (a new span for an entry, or a new event's span).
    changed = Signal(object)
    # A double-click or Enter: on a block its AgendaEntry; on empty space a Change, no entry.
    activated = Signal(object)
    selection_changed = Signal()
    dragging = Signal(QPointF)  # where the pointer is while a drag goes on
    drag_ended = Signal()
    delete_requested = Signal(object)  # the selected AgendaEntry (the Delete key)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.days: list[date] = []
        self.blocks: list[Block] = []
        self.geometry_ = Geometry(1, float(self.width()))
        self.now: datetime | None = None
        self.drag: Drag | None = None
        self.drag_point = QPointF()  # the pointer's last place in a drag
        self._escape = DragEscape(self._end_drag, self)  # Escape drops the drag
        # The all-day row's day column above a point of the canvas; None on the hours.
        self.row_at: Callable[[QPointF], int | None] = lambda _point: None
        self.drop: Ghost | None = None  # an all-day chip dragged down onto the hours
        # The picked event, by (event id, start): entries are new objects after each load.
        self._selected: tuple[int, object] | None = None
        self._base: QPixmap | None = None  # the hours and blocks, painted once
        self._entries: list[AgendaEntry] = []
        self._colours: dict[int, str] = {}
        self._hour_labels = [
            QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat) for hour in range(24)
        ]
        self.setMouseTracking(True)  # the resize cursor over a block's bottom edge
        self.setMinimumHeight(int(self.geometry_.height))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows pick, Enter opens, Delete

    # -- data ----------------------------------------------------------------

    def show_entries(
        self, days: list[date], entries: list[AgendaEntry], colours: dict[int, str]
    ) -> None:
        self.days, self._entries, self._colours = list(days), list(entries), dict(colours)
        self._end_drag()
        self.drop = None
        self.relayout()
        if self.selected_block() is None:
            self._selected = None
        self.update()
        self.selection_changed.emit()

    def set_now(self, now: datetime) -> None:
        before = self._now_strip()
        self.now = now
        for strip in (before, self._now_strip()):
            if strip is not None:
                self.update(strip.toAlignedRect())

    def relayout(self) -> None:
        """Place the blocks anew (a load, a resize); the next paint repaints them all."""
        self.geometry_ = Geometry(max(len(self.days), 1), float(self.width()))
        palette_colour = self.palette().color(QPalette.ColorRole.Highlight)
        blocks = []
        for index, day in enumerate(self.days):
            for piece in timed_pieces(self._entries, day):
                rect = QRectF(*self.geometry_.block(index, piece.top, piece.bottom, piece.slot))
                own = self._colours.get(piece.entry.event_id)
                colour = QColor(own) if own else QColor(palette_colour)
                blocks.append(Block(piece, index, rect, colour))
        self.blocks = blocks
        self._base = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    # -- geometry ------------------------------------------------------------

    def block_at(self, point: QPointF) -> Block | None:
        """The topmost block under ``point`` (the last drawn wins)."""
        for block in reversed(self.blocks):
            if block.rect.contains(point):
                return block
        return None

    def selected_block(self) -> Block | None:
        for block in self.blocks:
            if self._selected == _key(block.piece.entry):
                return block
        return None

    def select(self, block: Block | None) -> None:
        before = self.selected_block()
        self._selected = None if block is None else _key(block.piece.entry)
        for changed in (before, block):
            if changed is not None:
                self.update(changed.rect.adjusted(-3, -3, 3, 3).toAlignedRect())
        self.selection_changed.emit()

    def show_drop(self, ghost: Ghost | None) -> None:
        """Outline where a chip from the all-day row would land (None: it left the hours)."""
        if ghost != self.drop:
            self._update_ghosts(self.drop, ghost)
            self.drop = ghost

    def ghost_rect(self, ghost: Ghost) -> QRectF:
        geo = self.geometry_
        x, y = geo.day_x(ghost.day_index), geo.y_of(ghost.top)
        return QRectF(x, y, geo.day_width - geo.gap, geo.y_of(ghost.bottom) - y)

    def _now_strip(self) -> QRectF | None:
        if self.now is None or self.now.date() not in self.days:
            return None
        y = self.geometry_.y_of(minutes_in_day(self.now, self.now.date()))
        return QRectF(0, y - 5, self.width(), 10)

    # -- painting ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        exposed = QRectF(event.rect())
        if self._base is None:
            self._base = self._render_base()
        painter = QPainter(self)
        ratio = self._base.devicePixelRatio()
        source = QRectF(exposed.topLeft() * ratio, exposed.size() * ratio)
        painter.drawPixmap(exposed, self._base, source)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.drag is not None and self.drag.started:  # the dragged block fades
            veil = QColor(self.palette().color(QPalette.ColorRole.Base))
            veil.setAlphaF(0.6)
            for block in self.blocks:
                if block.piece is self.drag.piece:
                    painter.fillRect(block.rect, veil)
        chosen = self.selected_block()
        if chosen is not None and chosen.rect.intersects(exposed):
            role = QPalette.ColorRole.Text if self.hasFocus() else QPalette.ColorRole.Mid
            painter.setPen(QPen(self.palette().color(role), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chosen.rect.adjusted(1, 1, -1, -1), 4, 4)
        ghost = self.drag.ghost() if self.drag is not None else self.drop
        if isinstance(ghost, Ghost):  # over the all-day row, the row draws it
            self._paint_ghost(painter, ghost)
        self._paint_now(painter)
        painter.end()

    def _render_base(self) -> QPixmap:
        """The hours and every block, painted once until the next load or resize."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(max(int(self.width() * ratio), 1), int(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        painter.setFont(self.font())
        whole = QRectF(self.rect())
        painter.fillRect(whole, self.palette().color(QPalette.ColorRole.Base))
        self._paint_hours(painter, whole)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for block in self.blocks:
            self._paint_block(painter, block)
        painter.end()
        return pixmap

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._base = None

    def _paint_hours(self, painter: QPainter, exposed: QRectF) -> None:
        geo, palette = self.geometry_, self.palette()
        line = QColor(palette.color(QPalette.ColorRole.Mid))
        line.setAlphaF(0.5)
        painter.setPen(QPen(line, 1))
        first = max(int(geo.minute_at(exposed.top()) // 60), 0)
        last = min(int(geo.minute_at(exposed.bottom()) // 60) + 1, 23)
        for hour in range(first, last + 1):
            y = round(geo.y_of(hour * 60)) + 0.5
            painter.drawLine(QPointF(geo.gutter - 6, y), QPointF(self.width(), y))
        for index in range(len(self.days) + 1):
            x = round(geo.day_x(index)) + 0.5
            painter.drawLine(QPointF(x, exposed.top()), QPointF(x, exposed.bottom()))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        height = painter.fontMetrics().height()
        for hour in range(max(first, 1), last + 1):
            box = QRectF(0, geo.y_of(hour * 60) - height / 2, geo.gutter - 8, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight, self._hour_labels[hour])

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        fill = QColor(block.colour)
        fill.setAlphaF(0.85)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        rect = block.rect.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(rect, 4, 4)
        text = QColor(Qt.GlobalColor.white if fill.lightnessF() < 0.6 else Qt.GlobalColor.black)
        painter.setPen(text)
        inner = rect.adjusted(4, 1, -3, -1)
        metrics = QFontMetrics(painter.font())
        entry = block.piece.entry
        title = entry.title
        if inner.width() > 3 * metrics.horizontalAdvance("…"):  # narrower: cut, not dots
            title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(inner.width()))
        short = inner.height() < metrics.height()
        painter.save()
        painter.setClipRect(rect.toAlignedRect())  # a short or narrow block cuts its text
        top = Qt.AlignmentFlag.AlignVCenter if short else Qt.AlignmentFlag.AlignTop
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | top, title)
        if inner.height() >= 2 * metrics.height() and entry.start is not None:
            below = inner.adjusted(0, metrics.height(), 0, 0)
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft, self._time(entry.start))
        painter.restore()

    @staticmethod
    def _time(moment: datetime) -> str:
        return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    def _paint_ghost(self, painter: QPainter, ghost: Ghost) -> None:
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(colour)
        fill.setAlphaF(0.25)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        rect = self.ghost_rect(ghost).adjusted(1, 1, -1, -1)
        painter.drawRoundedRect(rect, 4, 4)
        day = self.days[ghost.day_index]
        start, end = (self._time(at_minute(day, m, self.tz)) for m in (ghost.top, ghost.bottom))
        inner = rect.adjusted(4, 1, -2, 0)
        span = f"{start} – {end}"
        if painter.fontMetrics().horizontalAdvance(span) > inner.width():
            span = start  # a narrow column: where it would start is what matters
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft, span)

    def _paint_now(self, painter: QPainter) -> None:
        if self.now is None or self.now.date() not in self.days:
            return
        geo = self.geometry_
        index = self.days.index(self.now.date())
        y = geo.y_of(minutes_in_day(self.now, self.now.date()))
        red = QColor("#e01b24")
        painter.setPen(QPen(red, 2))
        left = geo.day_x(index)
        painter.drawLine(QPointF(left, y), QPointF(left + geo.day_width, y))
        painter.setBrush(red)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(left, y), 4, 4)

    # -- interaction ---------------------------------------------------------

    def _where(self, point: QPointF) -> tuple[int, float]:
        return self.geometry_.day_at(point.x()), self.geometry_.minute_at(point.y())

    def _on_edge(self, block: Block, point: QPointF) -> bool:
        return block.rect.bottom() - point.y() <= min(EDGE_PX, block.rect.height() / 3)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if event.button() != Qt.MouseButton.LeftButton or not self.days:
            super().mousePressEvent(event)
            return
        if point.x() < self.geometry_.gutter:
            return
        day_index, minute = self._where(point)
        block = self.block_at(point)
        if block is None:
            self.drag = Drag("create", day_index, minute, point.x(), point.y())
        else:
            kind: Kind = "resize" if self._on_edge(block, point) else "move"
            self.drag = Drag(kind, block.day_index, minute, point.x(), point.y(), block.piece)
        self.drag_point = point
        self._escape.hold()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self.drag is None:
            block = self.block_at(point)
            edge = block is not None and self._on_edge(block, point)
            self.setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor)
            return
        self.drag_to(point)

    def drag_to(self, point: QPointF) -> None:
        """Follow the pointer (or the grid's scrolling under a still pointer) with the drag."""
        if self.drag is None:
            return
        before = self.drag.ghost()
        day_index, minute = self._where(point)
        row_day = self.row_at(point) if self.drag.kind == "move" else None
        if row_day is not None:  # held over the all-day row: it would become all day
            day_index = row_day
        self.drag.move_to(day_index, minute, point.x(), point.y(), row_day is not None)
        self.drag_point = point
        after = self.drag.ghost()
        if after != before:
            # The dragged block fades when the drag starts.
            self._update_ghosts(before, after, self.drag.piece if before is None else None)
        self.dragging.emit(point)

    def _update_ghosts(
        self,
        before: Ghost | RowGhost | None,
        after: Ghost | RowGhost | None,
        source: TimedPiece | None = None,
    ) -> None:
        """Repaint only where the outline was and is (and the dragged block, when it fades)."""
        areas = [self.ghost_rect(g) for g in (before, after) if isinstance(g, Ghost)]
        if len(areas) == 2 and areas[0].intersects(areas[1]):
            areas = [areas[0].united(areas[1])]  # one strip for a step; two for a jump
        areas += [b.rect for b in self.blocks if source is not None and b.piece is source]
        for area in areas:
            self.update(area.adjusted(-3, -3, 3, 3).toAlignedRect())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        drag = self._end_drag()
        if drag is None:
            return
        if not drag.started:  # a click picks the block under it, or none
            self.select(self.block_at(event.position()))
            return
        change = drag.outcome(self.days, self.tz)
        if change is not None:
            self.changed.emit(change)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, chosen = event.key(), self.selected_block()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Right):
            self._step(-1 if key in (Qt.Key.Key_Up, Qt.Key.Key_Left) else 1)
        elif chosen is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(chosen.piece.entry)
        elif chosen is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(chosen.piece.entry)
        else:
            super().keyPressEvent(event)

    def _end_drag(self) -> Drag | None:
        """Stop following the pointer (a drop, Escape, a reload); the drag there was, if any."""
        drag, self.drag = self.drag, None
        self._escape.release()
        if drag is not None:
            # The outline goes, and the faded source comes back.
            self._update_ghosts(drag.ghost(), None, drag.piece if drag.started else None)
            self.drag_ended.emit()
        return drag

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._end_drag()

    def _step(self, by: int) -> None:
        """Pick the next or previous block, in the order of days and start times."""
        order = sorted(self.blocks, key=lambda b: (b.day_index, b.piece.top, b.rect.left()))
        if not order:
            return
        chosen = self.selected_block()
        at = order.index(chosen) + by if chosen is not None else (0 if by > 0 else -1)
        self.select(order[at % len(order)])

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.select(self.selected_block())  # its outline turns to the focus colour

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.select(self.selected_block())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        self._end_drag()
        if event.button() != Qt.MouseButton.LeftButton or not self.days:
            return
        block = self.block_at(point)
        if block is not None:
            self.activated.emit(block.piece.entry)
            return
        if point.x() < self.geometry_.gutter:
            return
        day_index, minute = self._where(point)
        top = min(int(minute // 30) * 30, 23 * 60)  # the half hour clicked
        start = at_minute(self.days[day_index], top, self.tz)
        self.activated.emit(Change(None, start, start + timedelta(hours=1)))

    def point_at(self, day: date, minutes: float) -> QPointF:
        """Where ``minutes`` of ``day`` is, a little inside its column (tests, benchmarks)."""
        geo = self.geometry_
        return QPointF(geo.day_x(self.days.index(day)) + 6, geo.y_of(minutes))


def _key(entry: AgendaEntry) -> tuple[int, object]:
    return (entry.event_id, entry.occurrence.start)
