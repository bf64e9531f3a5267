"""The agenda's list widget and the delegate that draws its rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from assistant.calendar.entries import AgendaEntry
from assistant.ui.calendar.agenda import Kind, Role

Index = QModelIndex | QPersistentModelIndex
PAD = 12
TIME_WIDTH = 120
REPEAT_MARK = "↻"


# The empty list's hint: Text at this strength still reads 4.5:1 on Base.
PLACEHOLDER_ALPHA = 0.55


def muted_colour(palette: QPalette, selected: bool) -> QColor:
    """Times and places under a title: the row's text, softened (4.5:1 or more).

    On the selection it is not softened: white on Highlight has little to spare."""
    if selected:
        return QColor(palette.color(QPalette.ColorRole.HighlightedText))
    muted = QColor(palette.color(QPalette.ColorRole.Text))
    muted.setAlphaF(0.6)
    return muted


class AgendaDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height()
        extra = 18 if index.data(Role.KIND) == Kind.HEADER else 14
        return QSize(200, height + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = muted_colour(palette, selected)
        painter.save()
        kind = index.data(Role.KIND)
        if kind == Kind.HEADER:
            self._paint_header(painter, rect, palette, str(index.data()))
        elif kind == Kind.EMPTY:
            self._paint_empty(painter, rect, muted, str(index.data()))
        else:
            self._paint_event(painter, rect, index, text_color, muted)
        painter.restore()

    def _paint_header(self, painter: QPainter, rect: QRect, palette: QPalette, text: str) -> None:
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        area = rect.adjusted(PAD // 2, 6, -PAD, 0)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        line = QColor(palette.color(QPalette.ColorRole.WindowText))
        line.setAlphaF(0.2)
        painter.setPen(line)
        painter.drawLine(rect.left() + PAD // 2, rect.bottom(), rect.right() - PAD, rect.bottom())

    def _paint_empty(self, painter: QPainter, rect: QRect, muted: QColor, text: str) -> None:
        font = QFont(painter.font())
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(muted)
        area = rect.adjusted(PAD + TIME_WIDTH, 0, -PAD, 0)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_event(
        self, painter: QPainter, rect: QRect, index: Index, text_color: QColor, muted: QColor
    ) -> None:
        entry = index.data(Role.ENTRY)
        if not isinstance(entry, AgendaEntry):
            return
        area = rect.adjusted(PAD, 0, -PAD, 0)
        colour = index.data(Role.COLOUR)
        if colour:  # its calendar's colour, as a bar before the time
            painter.fillRect(
                QRect(rect.left() + 3, rect.top() + 4, 4, rect.height() - 8), QColor(colour)
            )
        base_font = QFont(painter.font())
        painter.setPen(muted)
        time_rect = QRect(area.left(), area.top(), TIME_WIDTH - 8, area.height())
        _draw(painter, time_rect, str(index.data(Role.TIME)))
        right = area.right()
        if entry.recurring:
            width = painter.fontMetrics().horizontalAdvance(REPEAT_MARK) + 4
            _draw(painter, QRect(right - width, area.top(), width, area.height()), REPEAT_MARK)
            right -= width + 6
        text_rect = QRect(area.left() + TIME_WIDTH, area.top(), 0, area.height())
        text_rect.setRight(right)
        title_font = QFont(base_font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(text_color)
        used = _draw(painter, text_rect, entry.title)
        if entry.location and used < text_rect.width():
            painter.setFont(base_font)
            painter.setPen(muted)
            _draw(painter, text_rect.adjusted(used, 0, 0, 0), f"  ·  {entry.location}")


def _draw(painter: QPainter, rect: QRect, text: str) -> int:
    """Draw one line, elided to fit; returns the width it took."""
    metrics = painter.fontMetrics()
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width()))
    painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
    return metrics.horizontalAdvance(shown)


class AgendaList(QListView):
    """The agenda list: Enter or double-click opens an event, Delete deletes it."""

    open_requested = Signal(object)  # AgendaEntry
    delete_requested = Signal(object)  # AgendaEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        self.setItemDelegate(AgendaDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.doubleClicked.connect(self._open_index)

    def current_entry(self) -> AgendaEntry | None:
        entry = self.currentIndex().data(Role.ENTRY)
        return entry if isinstance(entry, AgendaEntry) else None

    def _open_index(self, index: QModelIndex) -> None:
        entry = index.data(Role.ENTRY)
        if isinstance(entry, AgendaEntry):
            self.open_requested.emit(entry)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        entry = self.current_entry()
        key = event.key()
        if entry is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(entry)
        elif entry is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(entry)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            color = QColor(self.palette().color(QPalette.ColorRole.Text))
            color.setAlphaF(PLACEHOLDER_ALPHA)
            painter.setPen(color)
            painter.drawText(
                self.viewport().rect().adjusted(PAD, PAD, -PAD, -PAD),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
            painter.end()
