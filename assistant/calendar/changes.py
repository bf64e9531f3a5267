"""Changing and deleting events: a whole series, or one occurrence of it.

One occurrence is changed through an override row (same uid, ``recurrence_id``
= the occurrence's original start) and deleted through an EXDATE on the
master. Either way the whole change is one journaled action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from assistant.calendar.edit import (
    changed_columns,
    check_texts,
    echo,
    find_occurrence,
    keep_length,
    local_date,
    moved_start,
    new_row,
    override_for,
    override_occurrence,
    resolve_end,
    rule_from,
    series_mover,
    shift,
)
from assistant.calendar.expand import (
    Occurrence,
    instant,
    is_recurring,
    series_zone,
    to_wall,
)
from assistant.calendar.index import CalendarIndex
from assistant.calendar.kind import (
    all_day_times,
    check_series_switch,
    switched_override_times,
    switched_rule,
    timed_times,
)
from assistant.calendar.model import EventData, Moment
from assistant.calendar.move import Destination, check_movable, is_there, move_columns, rows_of
from assistant.calendar.query import load_event, load_master, load_overrides
from assistant.calendar.read_only import check_writable
from assistant.calendar.wording import conflict_note, event_summary, span_text
from assistant.checks import check_reminder, clean_title
from assistant.dates import format_when, resolve_when
from assistant.dates.rule import Rule
from assistant.errors import InvalidInput
from assistant.operation import FieldChange, Outcome, Scope, field_changes
from assistant.store import utc_stamp
from assistant.store.journal import Row


def update_event(
    ctx: Scope,
    event_id: int,
    title: str | None = None,
    start: str | None = None,
    end: str | None = None,
    all_day: bool | None = None,
    location: str | None = None,
    description: str | None = None,
    repeat: str | None = None,
    reminder_minutes: int | None = None,
    occurrence: str | None = None,
    to: Destination | None = None,
) -> Outcome:
    """Change an event (see :func:`assistant.tools.events.update_event` for the arguments).

    ``to``: the calendar the whole event or series moves to, in the same action.
    """
    change = _Change(title, start, end, location, description, repeat, reminder_minutes, all_day)
    if change.is_empty() and to is None:
        raise InvalidInput(
            "Nothing to change: give a new title, start, end, location or other field."
        )
    tz = ctx.clock.tz
    row, data = load_event(ctx.store, event_id, tz)
    check_writable(ctx.store, row)
    if to is not None:
        check_movable(row, occurrence if is_recurring(data) else None)
        if change.is_empty():
            return _move(ctx, row, data, to)
    if replace(change, all_day=None).is_empty() and all_day == data.all_day:
        kind = "all day" if all_day else "at a set time"
        raise InvalidInput(f"Nothing to change: '{data.title}' (id {event_id}) is already {kind}.")
    series = _series_of_override(ctx, row, data)
    if series is not None:  # the id of one changed occurrence: edit just that one
        return _update_occurrence(ctx, *series, change)
    if occurrence is not None and is_recurring(data):
        overrides = [d for _, d in load_overrides(ctx.store, data.uid, tz)]
        occ = find_occurrence(event_id, data, overrides, occurrence, ctx.clock)
        return _update_occurrence(ctx, row, data, occ, change)
    if occurrence is not None:
        _check_single_day(data, event_id, occurrence, ctx)
    return _update_whole(ctx, row, data, change, to)


def delete_event(ctx: Scope, event_id: int, occurrence: str | None = None) -> Outcome:
    """Delete an event, or one occurrence of a series."""
    tz = ctx.clock.tz
    row, data = load_event(ctx.store, event_id, tz)
    check_writable(ctx.store, row, "deleted")
    series = _series_of_override(ctx, row, data)
    if series is not None:
        return _delete_occurrence(ctx, *series)
    if occurrence is not None and is_recurring(data):
        overrides = [d for _, d in load_overrides(ctx.store, data.uid, tz)]
        occ = find_occurrence(event_id, data, overrides, occurrence, ctx.clock)
        return _delete_occurrence(ctx, row, data, occ)
    if occurrence is not None:
        _check_single_day(data, event_id, occurrence, ctx)
    doomed = [] if row["recurrence_id"] else load_overrides(ctx.store, data.uid, tz)
    with ctx.store.action("delete_event", f"Delete event '{data.title}'") as tx:
        for orow, _ in doomed:
            tx.delete("events", orow["id"])
        tx.delete("events", event_id)
    text = f"Deleted {event_summary(data, event_id, tz)}."
    if doomed:
        text += f" Its {len(doomed)} changed occurrence(s) went with it."
    return Outcome(text, data.record(event_id, tz), tx.action_id)


def event_edits(before: EventData, after: EventData, tz: ZoneInfo) -> tuple[FieldChange, ...]:
    """Each field a person sees that a change moved, before and after (times in ``tz``)."""
    return field_changes(before.shown_fields(tz), after.shown_fields(tz))


# -- whole event or series -------------------------------------------------------


@dataclass(frozen=True)
class _Change:
    title: str | None
    start: str | None
    end: str | None
    location: str | None
    description: str | None
    repeat: str | None
    reminder_minutes: int | None
    all_day: bool | None = None

    def is_empty(self) -> bool:
        return all(value is None for value in vars(self).values())

    def apply(self, base: EventData, ctx: Scope) -> EventData:
        """Title, texts, reminder and times; the repeat rule is the caller's business."""
        check_texts(self.location, self.description)
        new = replace(base, exdates=list(base.exdates), rdates=list(base.rdates))
        if self.title is not None:
            new.title = clean_title(self.title)
        if self.location is not None:
            new.location = self.location.strip()
        if self.description is not None:
            new.description = self.description
        if self.reminder_minutes is not None:
            keep = self.reminder_minutes >= 0
            check_reminder(self.reminder_minutes if keep else None)
            new.reminder_minutes = self.reminder_minutes if keep else None
        if self.all_day:
            new.start, new.end = all_day_times(self.start, self.end, base, ctx.clock)
        elif self.all_day is not None and base.all_day:
            new.start, new.end = timed_times(self.start, self.end, base, ctx.clock)
        elif self.start is not None:
            new.start = moved_start(self.start, ctx.clock, base.start)
            new.end = (
                resolve_end(self.end, ctx.clock, new.start)
                if self.end is not None
                else keep_length(base.start, base.effective_end(), new.start, ctx.clock.tz)
            )
        elif self.end is not None:
            new.end = resolve_end(self.end, ctx.clock, base.start)
        return new


def _update_whole(
    ctx: Scope, row: Row, data: EventData, change: _Change, to: Destination | None = None
) -> Outcome:
    tz = ctx.clock.tz
    new = change.apply(data, ctx)
    mover = _move_series(row["id"], data, new, change, tz)
    new.sequence = data.sequence + 1
    overrides = load_overrides(ctx.store, data.uid, tz) if is_recurring(data) else []
    # Shift in the direction of travel, so no two overrides share a RECURRENCE-ID midway.
    forward = mover is not None and instant(new.start, tz) > instant(data.start, tz)
    overrides.sort(
        key=lambda pair: instant(pair[1].recurrence_id or pair[1].start, tz), reverse=forward
    )
    followed = [(orow, _follow_series(odata, data, new, mover, tz)) for orow, odata in overrides]
    if new.all_day != data.all_day:
        _check_distinct(row["id"], new, [fresh for _, fresh in followed])
    stamp = utc_stamp()
    with ctx.store.action("update_event", f"Change event '{new.title}'") as tx:
        tx.update("events", row["id"], _moved(row, to, changed_columns(row, new, tz), stamp))
        for orow, fresh in followed:
            if not is_recurring(new):
                tx.delete("events", orow["id"])
            else:
                tx.update(
                    "events", orow["id"], _moved(orow, to, changed_columns(orow, fresh, tz), stamp)
                )
    out = replace(
        echo("Changed", row["id"], new, ctx, tx.action_id), edits=event_edits(data, new, tz)
    )
    return _named(out, to) if to is not None and not is_there(row, to) else out


def _moved(row: Row, to: Destination | None, values: Row, stamp: str) -> Row:
    if to is None or is_there(row, to):
        return values
    return move_columns(row, to, {"updated": stamp, **values})


def _move(ctx: Scope, row: Row, data: EventData, to: Destination) -> Outcome:
    """Only the calendar changes: every row of the event's UID goes there."""
    if is_there(row, to):
        raise InvalidInput(
            f"'{data.title}' (id {row['id']}) is already in the calendar {to.label}; "
            "nothing was changed."
        )
    stamp = utc_stamp()
    with ctx.store.action("update_event", f"Move event '{data.title}' to {to.label}") as tx:
        for one in rows_of(ctx.store, data.uid):
            tx.update("events", one["id"], _moved(one, to, {}, stamp))
    return _named(echo("Moved", row["id"], data, ctx, tx.action_id), to)


def _named(outcome: Outcome, to: Destination) -> Outcome:
    first, sep, rest = outcome.text.partition("\n")
    text = f"{first.removesuffix('.')}, now in the calendar {to.label}." + sep + rest
    return replace(outcome, text=text)


def _move_series(
    event_id: int, data: EventData, new: EventData, change: _Change, tz: ZoneInfo
) -> Callable[[Moment], Moment] | None:
    """Set ``new``'s rule, RDATEs and EXDATEs for its new start; the mover, if it moved."""
    switched = new.all_day != data.all_day
    if switched and change.repeat is None and is_recurring(data):
        check_series_switch(data, event_id)
    mover = series_mover(data, new.start, tz) if new.start != data.start else None
    if change.repeat is not None:
        new.rrule = rule_from(change.repeat, new.start)
    elif data.rrule and mover is not None:
        new.rrule = Rule.read(data.rrule).retarget(data.start, new.start).render()
        if switched:  # UNTIL must take the start's value type
            new.rrule = switched_rule(new.rrule, data, mover, tz)
    if change.repeat is not None and new.rrule is None:
        new.rdates, new.exdates = [], []  # a one-time event keeps no series leftovers
    elif mover is not None:
        new.rdates = [mover(d) for d in new.rdates]
        new.exdates = [mover(d) for d in new.exdates]
    return mover


def _check_distinct(event_id: int, new: EventData, overrides: list[EventData]) -> None:
    """Two changed occurrences on one day cannot both stay when the series becomes all-day."""
    if not is_recurring(new):
        return
    keys = [o.recurrence_id for o in overrides]
    if len(set(keys)) < len(keys):
        raise InvalidInput(
            f"'{new.title}' (id {event_id}) has changed occurrences on the same day, "
            "so it cannot become all day; nothing was changed."
        )


def _follow_series(
    override: EventData,
    old: EventData,
    new: EventData,
    mover: Callable[[Moment], Moment] | None,
    tz: ZoneInfo,
) -> EventData:
    """An override after a series edit: it keeps its own changes and takes the rest.

    An override whose time was never changed (only, say, its location) moves
    with the series and takes its new length.
    """
    fresh = replace(override)
    for name in ("title", "location", "description", "reminder_minutes"):
        if getattr(override, name) == getattr(old, name):
            setattr(fresh, name, getattr(new, name))
    rid = override.recurrence_id
    if rid is None:
        return fresh
    if mover is not None and new.all_day != old.all_day:
        follows = _length(override) == _length(old)
        fresh.start, fresh.end = switched_override_times(override, new, mover, follows, tz)
        fresh.recurrence_id = mover(rid)
        return fresh
    if override.start == rid:
        fresh.start = mover(rid) if mover is not None else override.start
        if _length(override) == _length(old):
            fresh.end = shift(fresh.start, _length(new), series_zone(new, ZoneInfo("UTC")))
        elif mover is not None and override.end is not None:
            fresh.end = mover(override.end)
    fresh.recurrence_id = mover(rid) if mover is not None else rid
    return fresh


def _length(data: EventData) -> timedelta:
    zone = series_zone(data, ZoneInfo("UTC"))
    return to_wall(data.effective_end(), zone) - to_wall(data.start, zone)


# -- one occurrence ----------------------------------------------------------------


def _series_of_override(
    ctx: Scope, row: Row, data: EventData
) -> tuple[Row, EventData, Occurrence] | None:
    """For the id of an override row: its master and the occurrence it is."""
    if not row["recurrence_id"]:
        return None
    series = load_master(ctx.store, row["uid"], ctx.clock.tz)
    if series is None:
        return None  # an override whose series is gone is handled like a single event
    master_row, master = series
    return master_row, master, override_occurrence(master_row["id"], master, data)


def _update_occurrence(
    ctx: Scope, master_row: Row, master: EventData, occ: Occurrence, change: _Change
) -> Outcome:
    tz = ctx.clock.tz
    if change.repeat is not None:
        raise InvalidInput("repeat changes the whole series; leave out occurrence for that.")
    if change.all_day and not occ.all_day:
        raise InvalidInput(
            f"Only a whole series can become all day; leave out occurrence to make every "
            f"'{master.title}' (id {master_row['id']}) all day."
        )
    base = occ.data if occ.is_override else override_for(master, occ)
    new = change.apply(replace(base, start=occ.start, end=occ.end), ctx)
    existing = _override_row(ctx, master, occ)
    rid = occ.recurrence_id if occ.recurrence_id is not None else occ.start
    summary = f"Change the {format_when(rid, tz)} occurrence of '{master.title}'"
    with ctx.store.action("update_event", summary) as tx:
        if existing is None:
            tx.insert("events", new_row(new, tz))
        else:
            new.sequence = base.sequence + 1
            tx.update("events", existing["id"], changed_columns(existing, new, tz))
    shown = replace(occ, data=new, start=new.start, end=new.effective_end(), is_override=True)
    text = (
        f"Changed only the {format_when(rid, tz)} occurrence of '{master.title}' "
        f"(id {master_row['id']}): now '{new.title}' {span_text(shown.start, shown.end, tz)}."
    )
    note = conflict_note(CalendarIndex(ctx.store, ctx.clock).conflicts([shown], master.uid), tz)
    edits = event_edits(replace(base, start=occ.start, end=occ.end), new, tz)
    return Outcome(f"{text}\n{note}" if note else text, shown.record(tz), tx.action_id, edits)


def _delete_occurrence(ctx: Scope, master_row: Row, master: EventData, occ: Occurrence) -> Outcome:
    tz = ctx.clock.tz
    rid = occ.recurrence_id if occ.recurrence_id is not None else occ.start
    if isinstance(rid, datetime):
        rid = rid.astimezone(series_zone(master, tz))  # EXDATEs decode in the master's zone
    new = replace(master, exdates=[*master.exdates, rid], sequence=master.sequence + 1)
    doomed = _override_row(ctx, master, replace(occ, recurrence_id=rid, is_override=True))
    summary = f"Delete the {format_when(rid, tz)} occurrence of '{master.title}'"
    with ctx.store.action("delete_event", summary) as tx:
        tx.update("events", master_row["id"], changed_columns(master_row, new, tz))
        if doomed is not None:
            tx.delete("events", doomed["id"])
    text = (
        f"Deleted the {span_text(occ.start, occ.end, tz)} occurrence of '{occ.title}' "
        f"(id {master_row['id']}); the rest of the series stays."
    )
    return Outcome(text, occ.record(tz), tx.action_id)


def _override_row(ctx: Scope, master: EventData, occ: Occurrence) -> Row | None:
    if not occ.is_override:
        return None
    for orow, odata in load_overrides(ctx.store, master.uid, ctx.clock.tz):
        if odata.recurrence_id == occ.recurrence_id:
            return orow
    return None


def _check_single_day(data: EventData, event_id: int, occurrence: str, ctx: Scope) -> None:
    """``occurrence`` on a one-time event is fine only when it names that event's day."""
    tz = ctx.clock.tz
    day = local_date(resolve_when(occurrence, ctx.clock).value, tz)
    if day != local_date(data.start, tz):
        raise InvalidInput(
            f"'{data.title}' (id {event_id}) does not repeat; it is on "
            f"{format_when(data.start, tz)}. Leave out occurrence."
        )
