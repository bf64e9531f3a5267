"""An event as Python values, and its row in the `events` table.

Both the calendar tools and the .ics importer build :class:`EventData` and
store it with :meth:`EventData.to_row`, so the two never disagree on encoding.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from assistant.calendar.times import decode_time, encode_time, iso, utc_key
from assistant.dates.describe import describe_rrule

Moment = datetime | date
# Shown for an event without a title; never stored, so an export writes no SUMMARY.
UNTITLED = "(no title)"


def shown_title(title: str) -> str:
    """The title as the calendar shows it: the placeholder when there is none."""
    return title or UNTITLED


@dataclass
class EventData:
    title: str
    start: Moment
    end: Moment | None = None
    uid: str = field(default_factory=lambda: new_uid())
    # For an override of one occurrence: that occurrence's original start.
    recurrence_id: Moment | None = None
    location: str = ""
    description: str = ""
    rrule: str | None = None
    rdates: list[Moment] = field(default_factory=list)
    exdates: list[Moment] = field(default_factory=list)
    reminder_minutes: int | None = None
    sequence: int = 0

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    def effective_end(self) -> Moment:
        """DTEND, or the RFC 5545 default: one day for all-day, zero length otherwise."""
        if self.end is not None:
            return self.end
        return self.start + timedelta(days=1) if self.all_day else self.start

    def to_row(self, tz: ZoneInfo, series_end: datetime | date | None = None) -> dict[str, Any]:
        """Column values (without id/created/updated) for the events table.

        ``series_end`` is the last instant a recurring series can reach (None when
        it is unbounded); the recurrence module computes it.
        """
        start_text, tzid = encode_time(self.start, tz)
        # Every other time is read back in the start's zone, so write it in that zone.
        zone = ZoneInfo(tzid) if tzid else tz

        def text(value: Moment) -> str:
            return encode_time(_in_zone(value, zone), tz)[0]

        end_text = text(self.end) if self.end is not None else None
        rid = text(self.recurrence_id) if self.recurrence_id is not None else ""
        return {
            "uid": self.uid,
            "recurrence_id": rid,
            "title": self.title,
            "start": start_text,
            "end": end_text,
            "tzid": tzid,
            "all_day": int(self.all_day),
            "start_utc": utc_key(self.start),
            "end_utc": utc_key(self.effective_end()),
            "series_end_utc": utc_key(series_end) if series_end is not None else None,
            "location": self.location,
            "description": self.description,
            "rrule": self.rrule,
            "rdates": json.dumps([text(d) for d in self.rdates]),
            "exdates": json.dumps([text(d) for d in self.exdates]),
            "reminder_minutes": self.reminder_minutes,
            "sequence": self.sequence,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any], tz: ZoneInfo) -> EventData:
        tzid = row["tzid"]

        def value(text: str) -> Moment:
            return decode_time(text, tzid, tz)

        return cls(
            uid=row["uid"],
            recurrence_id=value(row["recurrence_id"]) if row["recurrence_id"] else None,
            title=row["title"],
            start=value(row["start"]),
            end=value(row["end"]) if row["end"] else None,
            location=row["location"],
            description=row["description"],
            rrule=row["rrule"],
            rdates=[value(t) for t in json.loads(row["rdates"])],
            exdates=[value(t) for t in json.loads(row["exdates"])],
            reminder_minutes=row["reminder_minutes"],
            sequence=row["sequence"],
        )

    def record(self, event_id: int, tz: ZoneInfo) -> dict[str, Any]:
        """The JSON record of ARCHITECTURE.md (datetimes in the user's zone)."""
        return {
            "id": event_id,
            "uid": self.uid,
            "title": self.title,
            "start": iso(self.start, tz),
            "end": iso(self.end, tz),
            "all_day": self.all_day,
            "location": self.location,
            "description": self.description,
            "rrule": self.rrule,
        }

    def shown_fields(self, tz: ZoneInfo) -> dict[str, Any]:
        """What a person sees of the event, field by field (times in ``tz``).

        The end is the effective one, so an event with no DTEND shows where it ends;
        an all-day event's is its last day, as people say it (DTEND is the day after).
        """
        end = self.effective_end()
        if self.all_day:
            end -= timedelta(days=1)
        return {
            "title": self.title,
            "start": _in_zone(self.start, tz),
            "end": _in_zone(end, tz),
            "location": self.location,
            "repeat": describe_rrule(self.rrule, tz=tz) if self.rrule else None,
            "reminder_minutes": self.reminder_minutes,
            "description": self.description,
        }


def _in_zone(value: Moment, zone: ZoneInfo) -> Moment:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(zone)
    return value


def new_uid() -> str:
    return f"{uuid.uuid4()}@assistant.local"
