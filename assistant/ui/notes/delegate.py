"""Paints one note in the list: title and date, a highlighted excerpt, tag chips.

Matched words arrive as <b> in the model's HTML; the delegate gives them a
background blended from the palette, so they read well in light and dark
themes and on a selected row. Clicking a tag chip asks the view to filter by it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from assistant.ui.notes.list_model import NoteRole, cut_marked, marked_html, plain
from assistant.ui.theme import blend, muted_text

Index = QModelIndex | QPersistentModelIndex

PAD = 8
GAP = 3
EXCERPT_LINES = 2
CHIP_PAD = 5
CHIP_GAP = 4


def secondary_colour(palette: QPalette, selected: bool) -> QColor:
    """The date and the excerpt: softer than the title, on the row or the selection."""
    if selected:  # a softer white on the selection would drop under 4.5:1
        return palette.color(QPalette.ColorRole.HighlightedText)
    return muted_text(palette)


def chip_colours(palette: QPalette, selected: bool) -> tuple[QColor, QColor]:
    """A tag chip's fill and text."""
    if selected:
        text = palette.color(QPalette.ColorRole.HighlightedText)
        # Darker than the selection, so the chip shows and its text reads.
        return blend(palette.color(QPalette.ColorRole.Highlight), QColor(0, 0, 0), 0.3), text
    link = palette.color(QPalette.ColorRole.Link)
    return blend(palette.color(QPalette.ColorRole.Base), link, 0.15), link


def hit_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """A search hit's marker fill and its text (an unselected row)."""
    base = palette.color(QPalette.ColorRole.Base)
    amount = 0.3 if base.lightness() < 128 else 0.45  # light text needs a darker marker
    return blend(base, QColor(255, 200, 0), amount), palette.color(QPalette.ColorRole.Text)


class NoteDelegate(QStyledItemDelegate):
    tag_clicked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    # -- geometry ------------------------------------------------------------

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.88, 7.0))
        return title, QFont(option.font), small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, body, small = self._fonts(option)
        height = (
            PAD * 2
            + QFontMetrics(title).height()
            + GAP
            + QFontMetrics(body).lineSpacing() * EXCERPT_LINES
            + GAP
            + QFontMetrics(small).height()
            + 2
        )
        return QSize(240, height)

    def _tag_rects(self, option: QStyleOptionViewItem, tags: list[str]) -> list[QRect]:
        _, _, small = self._fonts(option)
        metrics = QFontMetrics(small)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        top = rect.bottom() - metrics.height() - 1
        rects: list[QRect] = []
        x = rect.left()
        for tag in tags:
            width = metrics.horizontalAdvance("#" + tag) + CHIP_PAD * 2
            if x + width > rect.right():
                break
            rects.append(QRect(x, top, width, metrics.height() + 2))
            x += width + CHIP_GAP
        return rects

    # -- painting ------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = palette.color(text_role)
        muted = secondary_colour(palette, selected)

        title_font, body_font, small_font = self._fonts(opt)
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        title_h = QFontMetrics(title_font).height()
        date_w = self._paint_date(painter, opt, rect, small_font, title_h, muted)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - date_w - PAD, title_h)
        self._paint_title(painter, opt, index, title_rect, title_font, text, selected)
        lines = QFontMetrics(body_font).lineSpacing() * EXCERPT_LINES
        excerpt_rect = QRect(rect.left(), rect.top() + title_h + GAP, rect.width(), lines)
        excerpt = str(index.data(NoteRole.EXCERPT_HTML) or "")
        self._paint_html(painter, opt, excerpt, excerpt_rect, body_font, muted, selected, True)
        self._paint_tags(painter, opt, index.data(NoteRole.TAGS) or [], small_font, selected)
        painter.restore()

    def _paint_date(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        rect: QRect,
        font: QFont,
        line_h: int,
        color: QColor,
    ) -> int:
        updated = str(opt.index.data(NoteRole.UPDATED) or "")
        width = QFontMetrics(font).horizontalAdvance(updated)
        painter.setFont(font)
        painter.setPen(color)
        date_rect = QRect(rect.right() - width, rect.top(), width, line_h)
        painter.drawText(
            date_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, updated
        )
        return width

    def _paint_title(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: Index,
        rect: QRect,
        font: QFont,
        color: QColor,
        selected: bool,
    ) -> None:
        marked = str(index.data(NoteRole.TITLE_MARKED) or "")
        visible = plain(marked)
        elided = QFontMetrics(font).elidedText(visible, Qt.TextElideMode.ElideRight, rect.width())
        if elided != visible:
            # Cut the marked text at the same place, so highlights survive eliding.
            marked = cut_marked(marked, max(len(elided) - 1, 0)) + "…"
        self._paint_html(painter, opt, marked_html(marked), rect, font, color, selected, False)

    def _paint_html(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        html_text: str,
        rect: QRect,
        font: QFont,
        color: QColor,
        selected: bool,
        wrap: bool,
    ) -> None:
        palette = opt.palette
        if selected:
            hit = "b { text-decoration: underline; }"
        else:
            accent, ink = hit_colours(palette)
            hit = f"b {{ background-color: {accent.name()}; color: {ink.name()}; }}"
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(hit)
        doc.setHtml(html_text if wrap else f"<span style='white-space:pre'>{html_text}</span>")
        doc.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def _paint_tags(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        tags: list[str],
        font: QFont,
        selected: bool,
    ) -> None:
        chip, ink = chip_colours(opt.palette, selected)
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for tag, chip_rect in zip(tags, self._tag_rects(opt, tags), strict=False):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chip)
            painter.drawRoundedRect(chip_rect, 4, 4)
            painter.setPen(ink)
            painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, "#" + tag)

    # -- clicks on tags ----------------------------------------------------

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            tags = index.data(NoteRole.TAGS) or []
            point = event.position().toPoint()
            for tag, rect in zip(tags, self._tag_rects(option, tags), strict=False):
                if rect.contains(point):
                    self.tag_clicked.emit(tag)
                    return True
        return super().editorEvent(event, model, option, index)
