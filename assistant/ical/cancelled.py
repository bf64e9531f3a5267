"""Cancelled occurrences of a series, kept as the file (or the server) wrote them.

A STATUS:CANCELLED override becomes an EXDATE of its series, so everything that
reads the series skips that date. The master's ``cancelled`` column (migration
m006, JSON) remembers each such date, so an export writes back what the file
said rather than a plain EXDATE (issue 12 §3). Each entry is an object:

- ``at``: the date, as its text in ``exdates``;
- ``exdate``: whether the file also listed the date as an EXDATE of the series
  (then both go back: the EXDATE and the cancelled occurrence);
- ``ics``: the cancelled VEVENT as it came, so its own summary, times,
  location and X- properties go back unchanged.

Entries written before these fields existed are the bare date text: a cancelled
occurrence with the series' own details and no EXDATE.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from icalendar import Component

from assistant.calendar.model import EventData, Moment
from assistant.ical.components import instant, like


@dataclass(frozen=True)
class Cancelled:
    at: str  # the date's text in the master's ``exdates``
    exdate: bool = False  # the file had it as an EXDATE too
    ics: str = ""  # the cancelled VEVENT as it came ("" for entries of older rows)

    def component(self) -> Component | None:
        """The cancelled VEVENT as it came; None when there is none (or it cannot be read)."""
        if not self.ics:
            return None
        with suppress(Exception):  # stored by this app, but read defensively
            return Component.from_ical(self.ics)
        return None


# A cancelled date and its entry.
Gone = tuple[Moment, Cancelled]


def read_marks(text: str | None) -> dict[str, Cancelled]:
    """The entries of a ``cancelled`` column, by date text."""
    try:
        entries = json.loads(text or "[]")
    except ValueError:
        return {}
    found: dict[str, Cancelled] = {}
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, str):
            found[entry] = Cancelled(entry)
        elif isinstance(entry, dict) and isinstance(entry.get("at"), str):
            ics = entry.get("ics")
            found[entry["at"]] = Cancelled(
                entry["at"], bool(entry.get("exdate")), ics if isinstance(ics, str) else ""
            )
    return found


def cancel(master: EventData, cancelled: list[tuple[EventData, Component]]) -> list[Gone]:
    """Make each cancelled occurrence (of ``master``'s series, with a RECURRENCE-ID) an
    EXDATE of ``master``. Returns each date with its entry (``at`` comes in :func:`marks`).
    """
    listed = set(master.exdates)  # as the file listed them, before any is added
    gone: list[Gone] = []
    for event, component in cancelled:
        assert event.recurrence_id is not None
        removed = like(event.recurrence_id, master.start)
        if removed not in master.exdates:
            master.exdates = sorted([*master.exdates, removed], key=instant)
        ics = component.to_ical().decode("utf-8")
        gone.append((removed, Cancelled("", removed in listed, ics)))
    return gone


def marks(master: EventData, row: Mapping[str, Any], gone: list[Gone]) -> str:
    """The ``cancelled`` column for ``master``'s row, in the order of its EXDATEs."""
    texts = dict(zip(master.exdates, json.loads(row["exdates"]), strict=True))
    by_day = {day: entry for day, entry in gone}
    entries = [
        {"at": texts[day], "exdate": entry.exdate, "ics": entry.ics}
        for day in master.exdates
        if (entry := by_day.get(day)) is not None
    ]
    return json.dumps(entries, ensure_ascii=False)


def split(
    data: EventData, row: Mapping[str, Any]
) -> tuple[list[Moment], list[tuple[Moment, Cancelled]]]:
    """The EXDATEs to write, and the cancelled occurrences to write, of a master row.

    Only dates still excluded count: one the user brought back, or a series moved to
    other dates, leaves no cancellation behind.
    """
    found = read_marks(row.get("cancelled"))
    if not found:
        return list(data.exdates), []
    texts = json.loads(row["exdates"])  # in the order of data.exdates
    kept: list[Moment] = []
    gone: list[Gone] = []
    for day, text in zip(data.exdates, texts, strict=True):
        entry = found.get(text)
        if entry is not None:
            gone.append((day, entry))
        if entry is None or entry.exdate:
            kept.append(day)
    return kept, gone
