"""Reminders: which to-do and event reminders fall due in a time window.

A reminder fires ``reminder_minutes`` before a to-do's due time (a to-do due
on a date, without a time, counts as due at 09:00 that day) or before each
occurrence of an event (all-day events at 09:00 on their day). A snoozed
reminder (the ``reminder_snoozes`` table) goes off again at its stored time,
until its to-do is done or its item is gone. The window's scheduler asks for
the next firing time (:func:`next_reminder_at`) and then for the window that
just passed, and remembers ``key`` to show each once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from assistant.calendar.expand import instant
from assistant.calendar.index import CalendarIndex
from assistant.calendar.model import shown_title
from assistant.calendar.times import iso
from assistant.clock import Clock
from assistant.dates import localize
from assistant.store import Store
from assistant.todos.model import due_of

# When a to-do or all-day event has no time of day, its reminder counts from here.
DEFAULT_REMINDER_TIME = time(9, 0)


@dataclass(frozen=True)
class Reminder:
    kind: Literal["todo", "event"]
    item_id: int
    title: str
    fire_at: datetime
    due: datetime | date
    # Stable identity of this reminder (one per event occurrence); a snoozed
    # one's is its origin's with "|" and the snooze time appended.
    key: str

    @property
    def origin(self) -> str:
        """The key of the reminder this one is (a snooze's origin, else its own)."""
        return self.key.split("|", 1)[0]

    def to_json(self, clock: Clock) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.item_id,
            "title": self.title,
            "fire_at": iso(self.fire_at, clock.tz),
            "due": iso(self.due, clock.tz),
            "key": self.key,
        }


def due_reminders(store: Store, clock: Clock, start: datetime, end: datetime) -> list[Reminder]:
    """Reminders whose firing time falls in [start, end), soonest first."""
    found = (
        _todo_reminders(store, clock, start, end)
        + _event_reminders(store, clock, start, end)
        + _snoozed_reminders(store, clock, start, end)
    )
    return sorted(found, key=lambda r: (r.fire_at, r.kind, r.item_id))


def next_reminder_at(
    store: Store, clock: Clock, after: datetime, horizon: timedelta
) -> datetime | None:
    """When the first reminder in [after, after + horizon) goes off, or None."""
    found = due_reminders(store, clock, after, after + horizon)
    return found[0].fire_at if found else None


def snooze_stamp(moment: datetime) -> str:
    """How ``reminder_snoozes.until`` stores an instant: UTC, to the second (sorts as text)."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def reminder_time(due: datetime | date, minutes: int, tz: ZoneInfo) -> datetime:
    """When a reminder ``minutes`` before ``due`` goes off (a bare date counts from 09:00)."""
    if isinstance(due, datetime):
        anchor = due.astimezone(tz)
    else:
        anchor = localize(datetime.combine(due, DEFAULT_REMINDER_TIME), tz)
    return anchor - timedelta(minutes=minutes)


def _todo_reminders(store: Store, clock: Clock, start: datetime, end: datetime) -> list[Reminder]:
    horizon = timedelta(minutes=_max_minutes(store, "todos") or 0)
    rows = store.query(
        # "+done" keeps the planner on the partial todos_reminders index.
        "SELECT * FROM todos WHERE +done = 0 AND reminder_minutes IS NOT NULL "
        "AND due_date BETWEEN ? AND ?",
        [
            (start - timedelta(days=1)).astimezone(clock.tz).date().isoformat(),
            (end + horizon + timedelta(days=1)).astimezone(clock.tz).date().isoformat(),
        ],
    )
    found = []
    for row in rows:
        due = due_of(row, clock.tz)
        if due is None:
            continue
        fire = reminder_time(due, row["reminder_minutes"], clock.tz)
        if start <= fire < end:
            key = f"todo:{row['uid']}:{iso(due, clock.tz)}"
            title = shown_title(row["title"])
            found.append(Reminder("todo", row["id"], title, fire, due, key))
    return found


def _event_reminders(store: Store, clock: Clock, start: datetime, end: datetime) -> list[Reminder]:
    most = _max_minutes(store, "events")
    if most is None:  # no event has a reminder
        return []
    horizon = timedelta(minutes=most)
    found = []
    # Only occurrences with a reminder are read and decoded (15% in the benchmark set).
    for occ in CalendarIndex(store, clock).reminder_occurrences(
        start, end + horizon + timedelta(days=1)
    ):
        minutes = occ.data.reminder_minutes
        if minutes is None:
            continue
        fire = reminder_time(occ.start, minutes, clock.tz)
        if start <= fire < end and instant(occ.start, clock.tz) >= start - timedelta(days=1):
            key = f"event:{occ.uid}:{iso(occ.recurrence_id or occ.start, clock.tz)}"
            found.append(Reminder("event", occ.event_id, occ.title, fire, occ.start, key))
    return found


def _max_minutes(store: Store, table: str) -> int | None:
    row = store.query(
        f"SELECT max(reminder_minutes) AS m FROM {table} WHERE reminder_minutes IS NOT NULL"
    )[0]
    return None if row["m"] is None else int(row["m"])


def _snoozed_reminders(
    store: Store, clock: Clock, start: datetime, end: datetime
) -> list[Reminder]:
    rows = store.query(
        "SELECT s.*, coalesce(t.title, e.title) AS title FROM reminder_snoozes s "
        "LEFT JOIN todos t ON s.kind = 'todo' AND t.id = s.item_id "
        "LEFT JOIN events e ON s.kind = 'event' AND e.id = s.item_id "
        "WHERE s.until >= ? AND s.until < ? "
        "AND ((s.kind = 'todo' AND t.done = 0) OR (s.kind = 'event' AND e.id IS NOT NULL))",
        [snooze_stamp(start - timedelta(seconds=1)), snooze_stamp(end + timedelta(seconds=1))],
    )
    found = []
    for row in rows:
        fire = datetime.fromisoformat(row["until"]).astimezone(clock.tz)
        if not start <= fire < end:
            continue
        text = row["due"]
        due = datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
        key = f"{row['key']}|{row['until']}"
        title = shown_title(row["title"])
        found.append(Reminder(row["kind"], row["item_id"], title, fire, due, key))
    return found
