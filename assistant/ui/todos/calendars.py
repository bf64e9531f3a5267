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
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from assistant.store import Store
from assistant.sync import accounts
from assistant.sync.calendars import resolve
from assistant.ui.calendar.calendars import LOCAL_COLOUR, colour_of
from assistant.ui.tasks import run_in_background

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaskList:
    id: int | None  # None: the local calendar
    name: str  # as shown: "Tasks (home)"
    colour: str  # #RRGGBB
    target: str = "local"  # its name for the tools ("home/Tasks")
    is_default: bool = False  # where new to-dos go when none is chosen


def read_task_lists(store: Store, local_name: str) -> list[TaskList]:
    """The local calendar, then every synced calendar that syncs to-dos (worker thread)."""
    default = resolve(store, None, "todo").id
    found = [TaskList(None, local_name, LOCAL_COLOUR, is_default=default is None)]
    for account in accounts(store):
        for calendar in account.calendars:
            if "todo" in calendar.kinds:
                found.append(
                    TaskList(
                        calendar.id,
                        f"{calendar.name} ({account.name})",
                        colour_of(calendar.id, calendar.color),
                        f"{account.name}/{calendar.name}",
                        default == calendar.id,
                    )
                )
    return found


class TaskLists(QObject):
    """The calendars to-dos can be in, as last read."""

    # The list was read and differs from the one before.
    loaded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lists: list[TaskList] = [TaskList(None, self.tr("Local calendar"), LOCAL_COLOUR)]

    def load(self, store: Store) -> None:
        local = self.tr("Local calendar")
        run_in_background(lambda: read_task_lists(store, local), self._loaded, self._failed)

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

    def of(self, calendar_id: int | None) -> TaskList:
        """The calendar a to-do of ``calendar_id`` is in (one since removed: the local one)."""
        for one in self.lists:
            if one.id == calendar_id:
                return one
        return self.lists[0]
