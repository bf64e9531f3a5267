"""Reading one VEVENT into :class:`EventData`, or saying why it cannot be read.

Everything here works on a single parsed component, so that one broken
component is skipped with a reason while the rest of the file imports.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Component

from assistant.calendar.model import EventData, Moment
from assistant.dates import localize
from assistant.ical.rule_repair import read_rule
from assistant.ical.tzids import ZoneResolver
from assistant.limits import MAX_REMINDER_MINUTES, MAX_TEXT, MAX_TITLE

# RFC 5545 integers are 32-bit; a larger SEQUENCE could not be stored or exported.
MAX_SEQUENCE = 2**31 - 1
# Properties whose damage makes an event unusable; damage elsewhere is ignored.
# A damaged RRULE is not among them: rule_repair keeps the event and says what it did.
EVENT_CRITICAL = ("DTSTART", "DTEND", "DURATION", "RDATE", "EXDATE", "RECURRENCE-ID")
PROPERTY_NAMES = {
    "DTSTART": "a start (DTSTART)",
    "DTEND": "an end (DTEND)",
    "DURATION": "a duration (DURATION)",
    "RRULE": "a repeat rule (RRULE)",
    "RDATE": "extra dates (RDATE)",
    "EXDATE": "excluded dates (EXDATE)",
    "RECURRENCE-ID": "an occurrence date (RECURRENCE-ID)",
    "DUE": "a due date (DUE)",
    "COMPLETED": "a completion time (COMPLETED)",
}


class Skip(Exception):
    """This component cannot be imported; ``str()`` says why, after the component's name."""


def label(component: Component) -> str:
    """How a report names a component: "VEVENT 'Team meeting'"."""
    name = component.name or "component"
    summary = " ".join(text(component, "SUMMARY").split())
    if summary:
        return f"{name} {shorten(summary, 60)!r}"
    uid = text(component, "UID")
    return f"{name} with UID {shorten(uid, 60)!r}" if uid else f"{name} without a title"


def read_event(
    component: Component, zones: ZoneResolver, repairs: list[str] | None = None
) -> EventData:
    """The event in ``component``; raises :class:`Skip` with the reason it is unusable.

    What is damaged but obvious to repair is repaired, and ``repairs`` gets one
    phrase per repair for the import report ("the empty repeat rule was ignored").
    """
    fixes = [] if repairs is None else repairs
    check_errors(component, EVENT_CRITICAL)
    start = event_start(component, zones)
    end = event_end(component, start, zones)
    data = EventData(
        title=title(component),
        start=start,
        end=end,
        uid=uid_of(component),
        location=limited(text(component, "LOCATION")),
        description=limited(text(component, "DESCRIPTION")),
        sequence=sequence(component),
    )
    if "RECURRENCE-ID" in component:
        data.recurrence_id = like(moment_of(component, "RECURRENCE-ID", zones), start)
    data.rrule = read_rule(component, start, fixes)
    data.rdates = moment_list(component, "RDATE", start, zones)
    data.exdates = moment_list(component, "EXDATE", start, zones)
    end_after_start(data, from_dtend="DTEND" in component, repairs=fixes)
    data.reminder_minutes = reminder(component, data.start, data.start, data.effective_end())
    return data


# -- values -------------------------------------------------------------------


def check_errors(component: Component, critical: tuple[str, ...]) -> None:
    for name, message in getattr(component, "errors", []):
        if name in critical:
            what = PROPERTY_NAMES.get(name, name)
            raise Skip(f"has {what} that cannot be read ({shorten(str(message), 80)}).")


def event_start(component: Component, zones: ZoneResolver) -> Moment:
    if "DTSTART" not in component:
        raise Skip("has no start (DTSTART).")
    return moment_of(component, "DTSTART", zones)


def event_end(component: Component, start: Moment, zones: ZoneResolver) -> Moment | None:
    if "DTEND" in component:
        end = like(moment_of(component, "DTEND", zones), start)
    elif "DURATION" in component:
        prop: Any = component["DURATION"]
        if not isinstance(prop.dt, timedelta):
            raise Skip("has a DURATION that is not a length of time.")
        end = add_duration(start, prop.dt)
    else:
        return None
    if end == start and not isinstance(start, datetime):
        return None  # a zero-length all-day event means the one day (RFC 5545 default)
    return end  # possibly before the start: end_after_start repairs that


def end_after_start(data: EventData, *, from_dtend: bool, repairs: list[str]) -> None:
    """Repair an end before the start, as calendar apps do, and say how.

    A timed one-time event with the two times the wrong way round gets them
    swapped. An all-day event keeps its first day and lasts that day (an end
    date one day early is the usual slip). A series, or one occurrence of it,
    keeps its start, which the rule hangs on, and ends when it starts.
    """
    if data.end is None or instant(data.end) >= instant(data.start):
        return
    single = data.rrule is None and not data.rdates and data.recurrence_id is None
    if data.all_day:
        data.end = None
        repairs.append("its end was before its start, so it lasts the one day it starts on")
    elif single and from_dtend:
        data.start, data.end = data.end, data.start
        repairs.append("its end was before its start, so the two were swapped")
    else:
        data.end = data.start
        repairs.append("its end was before its start, so it now ends when it starts")


def add_duration(start: Moment, duration: timedelta) -> Moment:
    """RFC 5545 3.3.6: days and weeks are calendar days, hours and less are exact time."""
    if not isinstance(start, datetime) or not isinstance(start.tzinfo, ZoneInfo):
        return start + duration
    wall = start.replace(tzinfo=None) + timedelta(days=duration.days)
    exact = localize(wall, start.tzinfo).astimezone(UTC) + timedelta(seconds=duration.seconds)
    return exact.astimezone(start.tzinfo)


def moment_of(component: Component, name: str, zones: ZoneResolver) -> Moment:
    prop: Any = component[name]
    if isinstance(prop, list):  # the property repeats; the first one counts
        prop = prop[0]
    return zones.moment(prop.dt, prop.params.get("TZID"))


def moment_list(
    component: Component, name: str, start: Moment, zones: ZoneResolver
) -> list[Moment]:
    """All values of RDATE/EXDATE: repeated properties and comma lists alike."""
    props = component.get(name)
    if props is None:
        return []
    values: list[Moment] = []
    for prop in props if isinstance(props, list) else [props]:
        for item in prop.dts:
            value = item.dt
            if isinstance(value, tuple):  # VALUE=PERIOD: the period's start is the date
                value = value[0]
            if isinstance(value, timedelta):
                raise Skip(f"has a {name} that is a length of time, not a date.")
            values.append(like(zones.moment(value, item.params.get("TZID")), start))
    return sorted(set(values), key=instant)


def like(value: Moment, start: Moment) -> Moment:
    """``value`` in the form of ``start``: same kind and, for datetimes, the same zone.

    The events table stores end, recurrence id, RDATE and EXDATE as wall-clock text
    read in the start's zone, so they must be expressed in that zone.
    """
    if isinstance(start, datetime):
        if not isinstance(value, datetime):
            # A date for a timed series means that day at the series' time of day.
            return _in_zone_of(start, datetime.combine(value, start.replace(tzinfo=None).time()))
        return value.astimezone(start.tzinfo)
    return value.date() if isinstance(value, datetime) else value


def _in_zone_of(start: datetime, wall: datetime) -> datetime:
    """Wall-clock time read in the zone of ``start`` (ZoneInfo after ZoneResolver)."""
    zone = start.tzinfo
    return localize(wall, zone) if isinstance(zone, ZoneInfo) else wall.replace(tzinfo=zone)


def reminder(component: Component, anchor: Moment, start: Moment, end: Moment) -> int | None:
    """Minutes before ``anchor`` of the first display or sound alarm, when it has one.

    Events count from their start; to-dos from their due time. A relative trigger
    counts from ``start``, or from ``end`` with RELATED=END.
    """
    for alarm in component.walk("VALARM"):
        if text(alarm, "ACTION").upper() not in ("DISPLAY", "AUDIO", ""):
            continue  # EMAIL and PROCEDURE alarms are not reminders in this app
        minutes = _alarm_minutes(alarm, anchor, start, end)
        if minutes is not None:
            return minutes
    return None


def _alarm_minutes(alarm: Component, anchor: Moment, start: Moment, end: Moment) -> int | None:
    trigger = alarm.get("TRIGGER")
    if trigger is None or not hasattr(trigger, "dt"):
        return None
    value = trigger.dt
    if isinstance(value, timedelta):
        related_end = str(trigger.params.get("RELATED", "START")).upper() == "END"
        base = end if related_end else start
        offset = value + (instant(base) - instant(anchor))
    elif isinstance(value, datetime) and isinstance(anchor, datetime):
        offset = instant(value) - instant(anchor)
    else:
        return None
    minutes = -offset.total_seconds() / 60
    # Alarms after the anchor have no place in reminder_minutes ("minutes before").
    if not 0 <= minutes <= MAX_REMINDER_MINUTES:
        return None
    return round(minutes)


# -- small readers --------------------------------------------------------------


def text(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value)


def title(component: Component) -> str:
    """SUMMARY on one line, like titles typed into the assistant; "" when there is none.

    No placeholder is stored: an export must write back exactly what was imported.
    """
    return shorten(" ".join(text(component, "SUMMARY").split()), MAX_TITLE)


def limited(value: str) -> str:
    return value[:MAX_TEXT]


def shorten(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def sequence(component: Component) -> int:
    """SEQUENCE, clamped to RFC 5545's integer range (only its order matters)."""
    try:
        return min(max(0, int(str(component.get("SEQUENCE", 0)))), MAX_SEQUENCE)
    except ValueError:
        return 0


def uid_of(component: Component) -> str:
    """The component's UID, or one derived from its content so re-imports still match."""
    uid = text(component, "UID").strip()
    if uid:
        return uid[:MAX_TITLE]  # real UIDs are far shorter; this only bounds garbage
    # DTSTAMP is the export time and changes on every export, so it stays out.
    lines = [
        line
        for line in component.to_ical().decode("utf-8", "replace").splitlines()
        if not line.upper().startswith("DTSTAMP")
    ]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]
    return f"ics-{digest}@import.assistant.local"


def instant(value: Moment) -> datetime:
    """Comparable instants for dates and aware datetimes alike."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return _midnight(value).replace(tzinfo=UTC)


def _midnight(value: date) -> datetime:
    return datetime.combine(value, time(0))
