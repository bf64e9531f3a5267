"""The calendars beside the month grid: each with its colour and a checkbox to show it.

The local calendar (items made here, never synced) comes first, then each
synced calendar that holds events, named with its account, then the read-only
subscriptions. A server's colour
(``#RRGGBB`` or Apple's ``#RRGGBBAA``) is used as it is; a calendar without
one gets a colour from a fixed palette by its id, so it stays the same.
Which calendars are hidden is kept in the settings file (``"calendars"``).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from assistant.calendar.entries import AgendaEntry
from assistant.errors import AssistantError
from assistant.settings import load_settings, save_settings
from assistant.store import Store
from assistant.sync import accounts
from assistant.sync.calendars import resolve
from assistant.sync.subscriptions import subscriptions
from assistant.ui.tasks import run_in_background

log = logging.getLogger(__name__)
KEY = "calendars"
LOCAL_COLOUR = "#3b78d8"
PALETTE = ("#d0453a", "#2e9e5b", "#e08a1e", "#8e5bd0", "#1f9bb4", "#c2457e", "#6f7f2a")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CalendarInfo:
    id: int | None  # None: the local calendar
    name: str
    colour: str  # #RRGGBB
    read_only: bool = False  # a subscription: its events are shown, never edited
    target: str = "local"  # its name for the tools ("home/Work")
    is_default: bool = False  # where new events go when none is chosen


def colour_of(calendar_id: int | None, server: str | None) -> str:
    """The colour a calendar is drawn in."""
    if calendar_id is None:
        return LOCAL_COLOUR
    text = (server or "").strip()
    if text.startswith("#") and len(text) in (7, 9):
        shown = QColor(text[:7])
        if shown.isValid():
            return shown.name()
    return PALETTE[calendar_id % len(PALETTE)]


def read_calendars(store: Store, local_name: str, kind: str = "event") -> list[CalendarInfo]:
    """The local calendar, every synced one with items of ``kind`` ("event" or "todo"),
    then, for events, the subscriptions (worker thread)."""
    default = resolve(store, None, kind).id
    found = [CalendarInfo(None, local_name, LOCAL_COLOUR, is_default=default is None)]
    for account in accounts(store):
        for calendar in account.calendars:
            if kind in calendar.kinds:
                name = f"{calendar.name} ({account.name})"
                colour = colour_of(calendar.id, calendar.color)
                target = f"{account.name}/{calendar.name}"
                found.append(
                    CalendarInfo(calendar.id, name, colour, False, target, default == calendar.id)
                )
    for sub in subscriptions(store) if kind == "event" else []:
        found.append(CalendarInfo(sub.id, sub.name, colour_of(sub.id, sub.color), True))
    return found


def load_hidden(base: Path) -> set[int | None]:
    try:
        raw = load_settings(base).get(KEY)
    except AssistantError:
        return set()
    hidden = raw.get("hidden") if isinstance(raw, dict) else None
    if not isinstance(hidden, list):
        return set()
    return {None if v == 0 else v for v in hidden if isinstance(v, int) and not isinstance(v, bool)}


def save_hidden(base: Path, hidden: set[int | None]) -> None:
    try:
        data = load_settings(base)
        data[KEY] = {"hidden": sorted(0 if v is None else v for v in hidden)}
        save_settings(base, data)
    except (AssistantError, OSError):
        log.warning("could not save which calendars are hidden", exc_info=True)


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CalendarList(QListWidget):
    """Checkable calendars; unchecking one hides its events in the grid and the agenda."""

    # The hidden set changed (by the user).
    visibility_changed = Signal()
    # The calendars were loaded and differ from those shown (names, colours, which).
    loaded = Signal()

    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.setAccessibleName(self.tr("Calendars"))
        self.hidden: set[int | None] = load_hidden(base)
        self.calendars: list[CalendarInfo] = [
            CalendarInfo(None, self.tr("Local calendar"), LOCAL_COLOUR)
        ]
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)
        self._fill()

    def load(self, store: Store) -> None:
        local = self.tr("Local calendar")
        run_in_background(lambda: read_calendars(store, local), self._loaded, self._failed)

    def _loaded(self, found: list[CalendarInfo]) -> None:
        if found != self.calendars:
            self.calendars = found
            self._fill()
            self.loaded.emit()

    def _failed(self, message: str) -> None:
        log.warning("the calendars could not be read: %s", message)

    def _fill(self) -> None:
        self._filling = True
        self.clear()
        for calendar in self.calendars:
            item = QListWidgetItem(swatch(calendar.colour), calendar.name)
            item.setData(ID_ROLE, calendar.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = calendar.id not in self.hidden
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Show or hide the events of %1").replace("%1", calendar.name))
            self.addItem(item)
        # Only a few rows: as tall as they need, at most six.
        rows = min(len(self.calendars), 6)
        self.setMaximumHeight(rows * (self.sizeHintForRow(0) + 2) + 2 * self.frameWidth() + 4)
        self._filling = False

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        calendar_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.hidden.discard(calendar_id)
        else:
            self.hidden.add(calendar_id)
        hidden, base = set(self.hidden), self.base
        run_in_background(lambda: save_hidden(base, hidden), None, None)
        self.visibility_changed.emit()

    def set_shown(self, calendar_id: int | None, shown: bool) -> None:
        """Check or uncheck a calendar as the user would."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ID_ROLE) == calendar_id:
                item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def colour(self, calendar_id: int | None) -> str:
        """The colour of a calendar; one since removed is the local one."""
        for calendar in self.calendars:
            if calendar.id == calendar_id:
                return calendar.colour
        return LOCAL_COLOUR

    def choices(self) -> list[tuple[str, str, bool]]:
        """The calendars a new event can go to: (shown name, tools' name, is the default)."""
        return [(c.name, c.target, c.is_default) for c in self.calendars if not c.read_only]

    def choices_for(self, calendar_id: int | None) -> list[tuple[str, str, bool]]:
        """The calendars an event of ``calendar_id`` can move to, its own one picked."""
        own = self.owner(calendar_id)
        return [(c.name, c.target, c.id == own) for c in self.calendars if not c.read_only]

    def read_only(self, calendar_id: int | None) -> str | None:
        """The name of the subscription ``calendar_id`` is, or None (editable)."""
        for calendar in self.calendars:
            if calendar.id == calendar_id and calendar.read_only:
                return calendar.name
        return None

    def owner(self, calendar_id: int | None) -> int | None:
        """The calendar an item of ``calendar_id`` shows in (a removed one: the local)."""
        known = {c.id for c in self.calendars}
        return calendar_id if calendar_id in known else None

    def is_shown(self, calendar_id: int | None) -> bool:
        return self.owner(calendar_id) not in self.hidden

    # -- what the grid and the agenda show ------------------------------------------

    def shown_counts(
        self, by_day: dict[date, dict[int | None, int]]
    ) -> tuple[dict[date, int], dict[date, list[str]]]:
        """Per day, how many events of shown calendars, and their dots' colours (most first)."""
        counts: dict[date, int] = {}
        colours: dict[date, list[str]] = {}
        for day, by_calendar in by_day.items():
            merged: Counter[int | None] = Counter()
            for calendar_id, n in by_calendar.items():
                merged[self.owner(calendar_id)] += n
            shown = [(c, n) for c, n in merged.most_common() if c not in self.hidden]
            if shown:
                counts[day] = sum(n for _c, n in shown)
                colours[day] = [self.colour(c) for c, n in shown for _ in range(n)]
        return counts, colours

    def shown_entries(
        self, entries: list[AgendaEntry], owners: dict[int, int]
    ) -> tuple[list[AgendaEntry], dict[int, str]]:
        """The entries of shown calendars, and each one's colour by event id."""
        kept = [e for e in entries if self.is_shown(owners.get(e.event_id))]
        return kept, {e.event_id: self.colour(self.owner(owners.get(e.event_id))) for e in kept}
