"""The month grid: Qt's calendar with event markers and the app clock's today.

Markers are dots under the day number (one per event, up to three, each in
its calendar's colour; a number beyond that). "Today" comes from the app's
clock, not the system date, so a pinned clock (tests, screenshots) shows the
right day.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QCalendarWidget, QWidget

from assistant.ui.calendar.qdates import to_date, to_qdate

MAX_DOTS = 3
DOT = 5.0


class MonthGrid(QCalendarWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._markers: dict[date, int] = {}
        # Per day, the colours of its dots (the calendars of its events); none: the palette's.
        self._colours: dict[date, list[str]] = {}
        self.setAccessibleName(self.tr("Month"))
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setSelectedDate(to_qdate(today))
        self.setMinimumSize(340, 300)
        self._name_parts()

    def _name_parts(self) -> None:
        """Qt's grid and arrows have no names of their own: screen readers need them.

        The arrows stay mouse-only, as Qt made them: Page Up and Page Down in
        the grid change the month (Ctrl with them, the year)."""
        names = {
            "qt_calendar_calendarview": self.tr("Days of the month"),
            "qt_calendar_prevmonth": self.tr("Previous month"),
            "qt_calendar_nextmonth": self.tr("Next month"),
            "qt_calendar_monthbutton": self.tr("Choose the month"),
            "qt_calendar_yearbutton": self.tr("Choose the year"),
        }
        for name, text in names.items():
            part = self.findChild(QWidget, name)
            if part is not None:
                part.setAccessibleName(text)

    # -- data ----------------------------------------------------------------

    def set_today(self, today: date) -> None:
        if today != self._today:
            self._today = today
            self.updateCells()

    def set_markers(
        self, counts: dict[date, int], colours: dict[date, list[str]] | None = None
    ) -> None:
        self._markers = dict(counts)
        self._colours = dict(colours or {})
        self.updateCells()

    def marker_colours(self, day: date) -> list[str]:
        return list(self._colours.get(day, []))

    def marker_count(self, day: date) -> int:
        return self._markers.get(day, 0)

    def marked_days(self) -> list[date]:
        return sorted(self._markers)

    def selected_day(self) -> date:
        return to_date(self.selectedDate())

    def shown_range(self) -> tuple[date, date]:
        """The days the grid can show for the current page (six weeks, and a margin)."""
        first = date(self.yearShown(), self.monthShown(), 1)
        return first - timedelta(days=7), first + timedelta(days=42)

    # -- painting --------------------------------------------------------------

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        day = to_date(qdate)
        selected = qdate == self.selectedDate()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if day == self._today:
            self._paint_today(painter, rect, selected)
        count = self._markers.get(day, 0)
        if count:
            in_month = qdate.month() == self.monthShown()
            colours = self._colours.get(day, [])
            self._paint_markers(painter, rect, count, selected, in_month, colours)
        painter.restore()

    def _paint_today(self, painter: QPainter, rect: QRect, selected: bool) -> None:
        palette = self.palette()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        pen = QPen(palette.color(role), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect).adjusted(2.5, 2.5, -2.5, -2.5), 4, 4)

    def _paint_markers(
        self,
        painter: QPainter,
        rect: QRect,
        count: int,
        selected: bool,
        in_month: bool,
        colours: list[str],
    ) -> None:
        palette = self.palette()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        color = QColor(palette.color(role))
        if not in_month:
            color.setAlphaF(0.45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        bottom = rect.bottom() - DOT - 3
        if count <= MAX_DOTS:
            width = count * DOT + (count - 1) * 3
            x = rect.center().x() - width / 2
            for i in range(count):
                if i < len(colours) and not selected:  # on the highlight: its text colour
                    own = QColor(colours[i])
                    own.setAlphaF(color.alphaF())
                    painter.setBrush(own)
                painter.drawEllipse(QRectF(x + i * (DOT + 3), bottom, DOT, DOT))
            return
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(color)
        band = QRect(rect.left(), rect.bottom() - 14, rect.width(), 13)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, f"• {count}")
