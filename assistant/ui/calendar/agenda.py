"""The agenda: one day's events, or a week's grouped under day headings.

An item model (rows are headings, events or "No events" placeholders), a
filter proxy that keeps headings of days with matches, and a delegate that
lays out time, title, location and the repeat marker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
)

from assistant.calendar.entries import AgendaEntry
from assistant.ui.calendar.qdates import to_qdate
from assistant.ui.day_formats import long_day

Index = QModelIndex | QPersistentModelIndex


class Kind(IntEnum):
    HEADER = 0
    EVENT = 1
    EMPTY = 2


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    ENTRY = Qt.ItemDataRole.UserRole + 2
    TIME = Qt.ItemDataRole.UserRole + 3
    LOCATION = Qt.ItemDataRole.UserRole + 4
    RECURRING = Qt.ItemDataRole.UserRole + 5
    DAY = Qt.ItemDataRole.UserRole + 6
    COLOUR = Qt.ItemDataRole.UserRole + 7  # its calendar's colour, "#rrggbb"


@dataclass(frozen=True)
class _Row:
    kind: Kind
    day: date
    entry: AgendaEntry | None = None


class AgendaModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._colours: dict[int, str] = {}
        self.week_mode = False

    def show_entries(
        self,
        days: list[date],
        entries: list[AgendaEntry],
        *,
        week: bool,
        colours: dict[int, str] | None = None,
    ) -> None:
        """Replace the rows: ``days`` are the days shown, ``entries`` sorted by day;
        ``colours``: each event's calendar colour by event id."""
        self.beginResetModel()
        self.week_mode = week
        self._colours = dict(colours or {})
        if week:
            by_day: dict[date, list[AgendaEntry]] = {day: [] for day in days}
            for entry in entries:
                by_day.setdefault(entry.day, []).append(entry)
            rows: list[_Row] = []
            for day, found in by_day.items():
                rows.append(_Row(Kind.HEADER, day))
                rows += [_Row(Kind.EVENT, day, e) for e in found] or [_Row(Kind.EMPTY, day)]
            self._rows = rows
        else:
            self._rows = [_Row(Kind.EVENT, e.day, e) for e in entries]
        self.endResetModel()

    def entries(self) -> list[AgendaEntry]:
        return [row.entry for row in self._rows if row.entry is not None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self._rows[index.row()].kind != Kind.EVENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Role.KIND:
            return row.kind
        if role == Role.DAY:
            return row.day
        if row.kind == Kind.HEADER:
            return self._header_data(row.day, role)
        if row.kind == Kind.EMPTY:
            return self.tr("No events") if role == Qt.ItemDataRole.DisplayRole else None
        assert row.entry is not None
        return self._entry_data(row.entry, role)

    def _header_data(self, day: date, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return day_heading(day)
        return None

    def _entry_data(self, entry: AgendaEntry, role: int) -> object:
        if role == Role.ENTRY:
            return entry
        if role == Role.TIME:
            return self.time_text(entry)
        if role == Role.LOCATION:
            return entry.location
        if role == Role.RECURRING:
            return entry.recurring
        if role == Role.COLOUR:
            return self._colours.get(entry.event_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [self.time_text(entry), entry.title]
            if entry.location:
                parts.append(entry.location)
            if entry.recurring:
                parts.append(self.tr("repeats"))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.title + (f"\n{entry.location}" if entry.location else "")
        return None

    def time_text(self, entry: AgendaEntry) -> str:
        if entry.all_day:
            return self.tr("All day")
        assert entry.start is not None and entry.end is not None
        start, end = (
            clock_text(entry.start.hour, entry.start.minute),
            clock_text(entry.end.hour, entry.end.minute),
        )
        if entry.starts_today and entry.ends_today:
            return start if entry.start == entry.end else f"{start} – {end}"
        if entry.starts_today:
            return self.tr("from %1").replace("%1", start)
        if entry.ends_today:
            return self.tr("until %1").replace("%1", end)
        return self.tr("All day")


class AgendaFilter(QSortFilterProxyModel):
    """Shows events whose title or location contains the text, under their headings."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        kind = model.index(source_row, 0, source_parent).data(Role.KIND)
        if kind == Kind.EVENT:
            return self._matches(model.index(source_row, 0, source_parent))
        if kind == Kind.EMPTY:
            return False
        # A heading stays when any event of its day matches.
        for row in range(source_row + 1, model.rowCount(source_parent)):
            index = model.index(row, 0, source_parent)
            if index.data(Role.KIND) == Kind.HEADER:
                return False
            if index.data(Role.KIND) == Kind.EVENT and self._matches(index):
                return True
        return False

    def _matches(self, index: QModelIndex) -> bool:
        entry = index.data(Role.ENTRY)
        return isinstance(entry, AgendaEntry) and self._needle in (
            f"{entry.title}\n{entry.location}".casefold()
        )


def clock_text(hour: int, minute: int) -> str:
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def day_heading(day: date) -> str:
    return QLocale().toString(to_qdate(day), long_day())
