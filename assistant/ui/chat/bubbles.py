"""The pieces of a transcript: user bubbles, Markdown answers, discreet notes.

Colours come from the palette at paint time (blends of Base, Text and
Highlight), so the same widgets look right in light and dark themes.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from assistant.agent.prompt import looks_pasted
from assistant.ui.chat.wrapping import breakable_markdown, breakable_text
from assistant.ui.theme import blend, error_colour

Tint = Literal["user", "card", "approval"]

# Long user messages show this much until expanded.
PREVIEW_LINES = 6
PREVIEW_CHARS = 500
# The widest a user bubble gets before its text wraps.
BUBBLE_WIDTH = 520
# Answers longer than this are re-rendered as Markdown at most every
# RENDER_INTERVAL_MS while they stream; shorter ones on every flush.
CHEAP_RENDER_CHARS = 3000
RENDER_INTERVAL_MS = 400
_AMBER = QColor(225, 150, 0)


def text_label(text: str = "", *, markdown: bool = False, label: QLabel | None = None) -> QLabel:
    """A wrapping, mouse-selectable label (no tab stop: messages are not controls).

    Long tokens get break points; a line that still cannot wrap (code) is cut
    at the column's edge rather than widening it."""
    label = label or QLabel()
    label.setText(breakable_markdown(text) if markdown else breakable_text(text))
    label.setWordWrap(True)
    label.setMinimumWidth(1)
    label.setTextFormat(Qt.TextFormat.MarkdownText if markdown else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    label.setOpenExternalLinks(True)
    return label


def panel_colours(palette: QPalette, tint: Tint) -> tuple[QColor, QColor]:
    """A panel's fill and border; its text keeps the palette's Text colour."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    if tint == "user":
        fill = blend(base, palette.color(QPalette.ColorRole.Highlight), 0.16)
        return fill, fill
    if tint == "approval":
        return blend(base, _AMBER, 0.10), blend(base, _AMBER, 0.55)
    return blend(base, text, 0.04), blend(base, text, 0.16)


class Panel(QFrame):
    """A rounded box whose colours follow the palette."""

    def __init__(self, tint: Tint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tint = tint

    def paintEvent(self, event: QPaintEvent) -> None:
        fill, border = panel_colours(self.palette(), self.tint)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)


class BubbleLabel(QLabel):
    """Wraps only where it must: as wide as its longest line, up to BUBBLE_WIDTH.

    (A plain word-wrapping QLabel guesses a narrow width for short messages.)
    """

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        lines = self.text().splitlines()[:200] or [""]
        longest = max(metrics.horizontalAdvance(line) for line in lines)
        margins = self.contentsMargins()
        width = min(longest + margins.left() + margins.right() + 2, BUBBLE_WIDTH)
        return QSize(width, self.heightForWidth(width))


class UserBubble(QWidget):
    """The user's words, right-aligned; long pasted text starts collapsed."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.panel = Panel("user")
        self.panel.setAccessibleName(self.tr("Your message"))
        self.panel.setAccessibleDescription(text[:PREVIEW_CHARS])
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(12, 8, 12, 8)
        self.label = text_label(label=BubbleLabel())
        inner.addWidget(self.label)
        self.toggle: QToolButton | None = None
        self.expanded = True
        if _is_long(text):
            self._add_collapse(inner)
        else:
            self.label.setText(breakable_text(text))
        row = QHBoxLayout(self)
        row.setContentsMargins(60, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.panel)

    def _add_collapse(self, inner: QVBoxLayout) -> None:
        if looks_pasted(self.text):
            # Such a turn runs with write tools off (see Agent.run_turn): say so.
            hint = QLabel(self.tr("Pasted text: read only, nothing will be changed."))
            hint.setWordWrap(True)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            inner.insertWidget(0, hint)
        self.toggle = QToolButton()
        self.toggle.setAutoRaise(True)
        self.toggle.clicked.connect(lambda: self.set_expanded(not self.expanded))
        inner.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_expanded(False)

    def set_expanded(self, expanded: bool) -> None:
        self.expanded = expanded
        lines = self.text.count("\n") + 1
        if expanded:
            self.label.setText(breakable_text(self.text))
            label = self.tr("Show less")
        else:
            self.label.setText(breakable_text(_preview(self.text)))
            label = self.tr("Show all %1 lines").replace("%1", str(lines))
        if self.toggle is not None:
            self.toggle.setText(label)
            self.toggle.setAccessibleName(label)


class AnswerBlock(QWidget):
    """An assistant answer: streamed in, rendered as Markdown.

    While streaming, every finished paragraph is frozen into a label of its own
    and only the paragraph being written is re-rendered, so a flush costs the
    same at the end of a long answer as at its start.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.setAccessibleName(self.tr("Answer"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 0, 60, 0)
        self.layout_.setSpacing(8)
        self.labels: list[QLabel] = []
        self.sources: list[str] = []  # each label's Markdown, before break points
        self._frozen = 0  # text[:_frozen] sits in finished labels
        self.tail = self._add_label(text)
        self._since_render = QElapsedTimer()
        self._since_render.start()

    def append(self, piece: str) -> None:
        """More streamed text; a long last paragraph re-renders at most every RENDER_INTERVAL_MS."""
        self.text += piece
        while (boundary := _paragraph_end(self.text, self._frozen)) > self._frozen:
            self._show(self.text[self._frozen : boundary].strip())
            self._frozen = boundary
            self.tail = self._add_label("")
        tail = self.text[self._frozen :]
        if len(tail) <= CHEAP_RENDER_CHARS or self._since_render.elapsed() >= RENDER_INTERVAL_MS:
            self._render()

    def finish(self, text: str) -> None:
        """The final text: what streamed, stripped by the agent."""
        if text != self.text.strip():  # not what streamed: show it whole
            for label in self.labels[:-1]:
                label.deleteLater()
            self.labels, self.sources = self.labels[-1:], self.sources[-1:]
            self._frozen, self.text = 0, text
        self._render()

    def rendered(self) -> str:
        """The Markdown source shown, paragraph labels joined (for tests and copying)."""
        return "\n\n".join(source for source in self.sources if source)

    def _add_label(self, text: str) -> QLabel:
        label = text_label(text, markdown=True)
        self.layout_.addWidget(label)
        self.labels.append(label)
        self.sources.append(text)
        return label

    def _show(self, source: str) -> None:
        """The last label shows ``source``."""
        self.sources[-1] = source
        self.tail.setText(breakable_markdown(source))

    def _render(self) -> None:
        self._show(self.text[self._frozen :].strip())
        self._since_render.restart()


def _paragraph_end(text: str, start: int) -> int:
    """The end of the first blank line after ``start`` outside a code fence, else ``start``."""
    end = text.find("\n\n", start)
    while end >= 0:
        if text[start:end].strip() and text.count("```", 0, end) % 2 == 0:
            return end + 2
        end = text.find("\n\n", end + 2)
    return start


class Note(QLabel):
    """A discreet line: a failed tool call, a stop, an error (more visible)."""

    def __init__(self, text: str, *, error: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(breakable_text(text), parent)
        self.setWordWrap(True)
        self.setMinimumWidth(1)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(4, 0, 60, 0)
        self.error = error
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        font.setItalic(not error)
        self.setFont(font)
        self.setAccessibleName(self.tr("Error") if error else self.tr("Note"))
        if error:
            # A red that reads at 4.5:1 in the light and the dark theme.
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
            self.setPalette(palette)
        else:
            self.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def _is_long(text: str) -> bool:
    return looks_pasted(text) or text.count("\n") >= PREVIEW_LINES * 2 or len(text) > 1200


def _preview(text: str) -> str:
    lines = text.splitlines()[:PREVIEW_LINES]
    preview = "\n".join(lines)[:PREVIEW_CHARS]
    return preview.rstrip() + " …"
