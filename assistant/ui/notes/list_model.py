"""The notes list as a Qt item model: one page of NoteSummary rows, replaced as a whole.

Filtering and ranking happen in SQLite (FTS5 and the tag index), not in a
QSortFilterProxyModel: a proxy could only filter the one page already loaded,
while a search must see all 100,000 notes.
"""

from __future__ import annotations

import html
from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from assistant.notes.queries import MARK_END, MARK_START, NoteSummary
from assistant.ui.day_formats import day_and_month

Index = QModelIndex | QPersistentModelIndex


class NoteRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    # Title and excerpt as HTML, matched words in <b> (the delegate colours them).
    TITLE_HTML = Qt.ItemDataRole.UserRole + 2
    EXCERPT_HTML = Qt.ItemDataRole.UserRole + 3
    UPDATED = Qt.ItemDataRole.UserRole + 4
    TAGS = Qt.ItemDataRole.UserRole + 5
    TITLE_MARKED = Qt.ItemDataRole.UserRole + 6


def plain(marked: str) -> str:
    """Text without the match marks."""
    return marked.replace(MARK_START, "").replace(MARK_END, "")


def marked_html(marked: str) -> str:
    """Escaped HTML with each match in <b>…</b>."""
    return html.escape(marked).replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def cut_marked(marked: str, length: int) -> str:
    """The first ``length`` visible characters of a marked string, marks kept balanced."""
    out: list[str] = []
    seen = 0
    open_mark = False
    for char in marked:
        if char in (MARK_START, MARK_END):
            open_mark = char == MARK_START
            out.append(char)
            continue
        if seen == length:
            break
        out.append(char)
        seen += 1
    if open_mark:
        out.append(MARK_END)
    return "".join(out)


def format_updated(stamp: str, today: QDate, tz: ZoneInfo) -> str:
    """'14:05' today, '27 Nov' this year, '27 Nov 2025' before, in the user's locale."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone(tz)
    except ValueError:
        return ""
    locale = QLocale()
    day = QDate(moment.year, moment.month, moment.day)
    if day == today:
        return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    if day.year() == today.year():
        return locale.toString(day, day_and_month())
    return locale.toString(day, day_and_month(with_year=True))


class NoteListModel(QAbstractListModel):
    def __init__(self, tz: ZoneInfo, today: QDate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: list[NoteSummary] = []
        self._tz = tz
        self._today = today

    # -- Qt model interface ------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain(note.title)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._describe(note)
        return self._note_data(note, role)

    def _note_data(self, note: NoteSummary, role: int) -> Any:
        if role == NoteRole.ID:
            return note.id
        if role == NoteRole.TITLE_HTML:
            return marked_html(note.title)
        if role == NoteRole.TITLE_MARKED:
            return note.title
        if role == NoteRole.EXCERPT_HTML:
            return marked_html(note.excerpt)
        if role == NoteRole.UPDATED:
            return format_updated(note.updated, self._today, self._tz)
        if role == NoteRole.TAGS:
            return list(note.tags)
        return None

    def _describe(self, note: NoteSummary) -> str:
        parts = [plain(note.title), format_updated(note.updated, self._today, self._tz)]
        if note.tags:
            parts.append(self.tr("tags: %1").replace("%1", ", ".join(note.tags)))
        if note.excerpt:
            parts.append(plain(note.excerpt))
        return " — ".join(p for p in parts if p)

    # -- loading -----------------------------------------------------------

    def set_notes(self, notes: list[NoteSummary], today: QDate) -> None:
        self.beginResetModel()
        self._notes = notes
        self._today = today
        self.endResetModel()

    def row_of(self, note_id: int) -> int:
        """The row showing ``note_id``, or -1."""
        return next((i for i, n in enumerate(self._notes) if n.id == note_id), -1)
