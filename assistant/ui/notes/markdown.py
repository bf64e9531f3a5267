"""Light Markdown highlighting for the note body: headings, emphasis, lists, code, links.

Line-based regular expressions, not a parser: the editor re-highlights a block
on every keystroke, so this must stay cheap even in a 1 MB note.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from assistant.ui.theme import muted_text

HEADING = re.compile(r"^(#{1,6})\s.*$")
LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")
QUOTE = re.compile(r"^\s*>.*$")
BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
ITALIC = re.compile(r"(?<![*\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*\w])")
CODE = re.compile(r"`[^`\n]+`")
LINK = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)|https?://\S+")
FENCE = re.compile(r"^\s*(```|~~~)")

IN_FENCE = 1


def _format(
    color: QColor | None = None, *, weight: int = 0, italic: bool = False
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color is not None:
        fmt.setForeground(color)
    if weight:
        fmt.setFontWeight(weight)
    if italic:
        fmt.setFontItalic(True)
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.update_colors(QApplication.palette())

    def update_colors(self, palette: QPalette) -> None:
        """Pick colours from the palette, so dark themes stay readable."""
        link = palette.color(QPalette.ColorRole.Link)
        muted = muted_text(palette)
        self.heading = _format(link, weight=QFont.Weight.Bold.value)
        self.bold = _format(weight=QFont.Weight.Bold.value)
        self.italic = _format(italic=True)
        self.marker = _format(link, weight=QFont.Weight.Bold.value)
        self.code = _format(muted)
        self.code.setFontFamilies(["monospace"])
        self.quote = _format(muted, italic=True)
        self.link = _format(link)
        self.link.setFontUnderline(True)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self._fenced(text):
            return
        if HEADING.match(text):
            self.setFormat(0, len(text), self.heading)
            return
        if QUOTE.match(text):
            self.setFormat(0, len(text), self.quote)
        if marker := LIST_MARK.match(text):
            self.setFormat(0, marker.end(), self.marker)
        for pattern, fmt in (
            (ITALIC, self.italic),
            (BOLD, self.bold),
            (CODE, self.code),
            (LINK, self.link),
        ):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)

    def _fenced(self, text: str) -> bool:
        """Code fences span blocks; the block state carries 'inside a fence' forward."""
        inside = self.previousBlockState() == IN_FENCE
        if FENCE.match(text):
            self.setFormat(0, len(text), self.code)
            self.setCurrentBlockState(0 if inside else IN_FENCE)
            return True
        self.setCurrentBlockState(IN_FENCE if inside else 0)
        if inside:
            self.setFormat(0, len(text), self.code)
        return inside
