"""The calendars (task lists) to-dos can belong to: the local one and each synced one with to-dos.

The to-do view draws each row's calendar colour beside its title, and the
quick-add box and the row menu choose a calendar, the way the calendar view
does for events. With only the local calendar there is nothing to tell apart
or choose, so neither the colours nor the chooser show. The list is read on a
worker thread, at start and whenever the calendars change (``CALENDARS`` on the
data bus: an account added or removed, a sync that renamed one).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from assistant.store import Store
from assistant.ui.calendar.calendars import LOCAL_COLOUR, CalendarInfo, read_calendars
from assistant.ui.tasks import run_in_background

log = logging.getLogger(__name__)
# A calendar to-dos can be in (never a subscription: those hold events only).
TaskList = CalendarInfo


class TaskLists(QObject):
    """The calendars to-dos can be in, as last read."""

    # The list was read and differs from the one before.
    loaded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lists: list[TaskList] = [CalendarInfo(None, self.tr("Local calendar"), LOCAL_COLOUR)]

    def load(self, store: Store) -> None:
        local = self.tr("Local calendar")
        run_in_background(lambda: read_calendars(store, local, "todo"), self._loaded, self._failed)

    def _loaded(self, found: list[TaskList]) -> None:
        if found != self.lists:
            self.lists = found
            self.loaded.emit()

    def _failed(self, message: str) -> None:
        log.warning("the to-do calendars could not be read: %s", message)

    @property
    def several(self) -> bool:
        """Whether there is more than the local calendar (colours and choosers show)."""
        return len(self.lists) > 1

    def choices_for(self, calendar_id: int | None) -> list[tuple[str, str, bool]]:
        """(shown name, tools' name, picked) of each calendar, that of ``calendar_id`` picked."""
        own = self.of(calendar_id).id
        return [(one.name, one.target, one.id == own) for one in self.lists]

    def of(self, calendar_id: int | None) -> TaskList:
        """The calendar a to-do of ``calendar_id`` is in (one since removed: the local one)."""
        for one in self.lists:
            if one.id == calendar_id:
                return one
        return self.lists[0]
