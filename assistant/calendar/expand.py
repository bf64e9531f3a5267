"""Expanding repeating events into their occurrences.

Expansion runs on naive wall-clock times in the event's own zone, and each
result is localized afterwards (RFC 5545 rules for skipped and doubled hours).
That keeps a weekly 09:00 Berlin meeting at 09:00 across DST, and keeps an
occurrence that lands in a skipped hour instead of dropping it.

Occurrences are matched to overrides and EXDATEs by their UTC instant (or
their date, for all-day series), never by wall text: a shifted 02:30 that was
stored as 03:30 is still the same occurrence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rruleset

from assistant.calendar.model import EventData, Moment, shown_title
from assistant.dates import localize
from assistant.dates.rule import Rule, as_date

# Per series and query: a runaway rule must not flood a list or a prompt.
MAX_OCCURRENCES = 5000
# Rule instances walked before giving up, counting those before the range.
MAX_SCAN = 100_000
# Rules that step by a fixed length can start iterating near the range.
_FIXED_PERIOD = {
    "HOURLY": timedelta(hours=1),
    "DAILY": timedelta(days=1),
    "WEEKLY": timedelta(weeks=1),
}


@dataclass(frozen=True)
class Occurrence:
    """One occurrence: of a single event, of a series, or an override of one."""

    event_id: int
    uid: str
    # The master (or single event), or the override that replaces this occurrence.
    data: EventData
    start: Moment
    end: Moment
    # The occurrence's original start; None for a single event.
    recurrence_id: Moment | None
    is_override: bool
    series_rrule: str | None = None

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def title(self) -> str:
        """As shown: an event imported without a title has the placeholder here."""
        return shown_title(self.data.title)

    def span(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """Start and end as aware instants (dates at midnight in ``tz``)."""
        return instant(self.start, tz), instant(self.end, tz)

    def overlaps(self, range_start: datetime, range_end: datetime, tz: ZoneInfo) -> bool:
        start, end = self.span(tz)
        return overlaps(start, end, range_start, range_end)

    def record(self, tz: ZoneInfo) -> dict[str, Any]:
        """The event JSON record, with this occurrence's start and end."""
        shown = replace(self.data, start=self.start, end=self.end)
        shown.rrule = self.series_rrule or self.data.rrule
        return shown.record(self.event_id, tz)


def single(event_id: int, data: EventData) -> Occurrence:
    """A non-repeating event (or an override whose series is gone) as one occurrence."""
    return Occurrence(
        event_id, data.uid, data, data.start, data.effective_end(), data.recurrence_id, False
    )


def is_recurring(data: EventData) -> bool:
    return bool(data.rrule or data.rdates) and data.recurrence_id is None


def overlaps(start: datetime, end: datetime, range_start: datetime, range_end: datetime) -> bool:
    """Half-open overlap; a zero-length event counts when its start lies in the range."""
    return start < range_end and (end > range_start or start >= range_start)


def instant(value: Moment, tz: ZoneInfo) -> datetime:
    """An aware instant for comparisons: a date is midnight in ``tz``."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else localize(value, tz)
    return localize(datetime.combine(value, time()), tz)


def series_zone(data: EventData, tz: ZoneInfo) -> ZoneInfo:
    """The zone whose wall clock a series follows: its start's zone, else ``tz``."""
    start = data.start
    if isinstance(start, datetime) and isinstance(start.tzinfo, ZoneInfo):
        return start.tzinfo
    return tz


def to_wall(value: Moment, zone: ZoneInfo) -> datetime:
    """Naive wall-clock time in ``zone``; a date is its midnight."""
    if isinstance(value, datetime):
        return value.astimezone(zone).replace(tzinfo=None) if value.tzinfo else value
    return datetime.combine(value, time())


def from_wall(wall: datetime, all_day: bool, zone: ZoneInfo) -> Moment:
    return wall.date() if all_day else localize(wall, zone)


# -- rules ------------------------------------------------------------------


def _fast_forward(rule: Rule, dtstart: datetime, lower: datetime) -> tuple[Rule, datetime]:
    """A later DTSTART (and the rule made explicit) so iteration skips years of history.

    The new start lies whole periods after the real one, so every later
    occurrence is the same. Not for COUNT, which counts from the real start.
    """
    freq = rule.freq
    interval = rule.interval
    if rule.has("COUNT") or lower <= dtstart:
        return rule, dtstart
    if freq in _FIXED_PERIOD:
        step = _FIXED_PERIOD[freq] * interval
        periods = (lower - dtstart) // step - 1
        return rule, dtstart + step * periods if periods > 0 else dtstart
    if freq not in ("MONTHLY", "YEARLY") or {"BYWEEKNO", "BYYEARDAY", "BYEASTER"} & rule.keys:
        return rule, dtstart
    months = interval * (12 if freq == "YEARLY" else 1)
    elapsed = (lower.year - dtstart.year) * 12 + lower.month - dtstart.month
    periods = elapsed // months - 1
    if periods <= 0:
        return rule, dtstart
    explicit = rule
    if not rule.has("BYMONTHDAY") and not rule.has("BYDAY"):
        # What dateutil would otherwise take from DTSTART, which is about to move.
        explicit = explicit.with_part("BYMONTHDAY", str(dtstart.day))
        if freq == "YEARLY" and not rule.has("BYMONTH"):
            explicit = explicit.with_part("BYMONTH", str(dtstart.month))
    first_month = 0 if freq == "YEARLY" else dtstart.month - 1
    index = dtstart.year * 12 + first_month + periods * months
    return explicit, dtstart.replace(year=index // 12, month=index % 12 + 1, day=1)


# -- expansion --------------------------------------------------------------


@dataclass(frozen=True)
class _Series:
    """A master prepared for expansion: zone, duration and exclusions."""

    master: EventData
    zone: ZoneInfo
    dtstart: datetime
    duration: timedelta
    excluded: frozenset[datetime | date]
    excluded_days: frozenset[date]

    @classmethod
    def of(cls, master: EventData, tz: ZoneInfo) -> _Series:
        zone = series_zone(master, tz)
        dtstart = to_wall(master.start, zone)
        keys: set[datetime | date] = set()
        days: set[date] = set()
        for ex in master.exdates:
            if master.all_day or not isinstance(ex, datetime):
                # A date EXDATE removes every occurrence on that day.
                (keys if master.all_day else days).add(as_date(to_wall(ex, zone)))
            else:
                keys.add(ex.astimezone(UTC))
        duration = to_wall(master.effective_end(), zone) - dtstart
        return cls(master, zone, dtstart, duration, frozenset(keys), frozenset(days))

    def key(self, start: Moment) -> datetime | date:
        return start.astimezone(UTC) if isinstance(start, datetime) else start

    def is_excluded(self, start: Moment) -> bool:
        if self.key(start) in self.excluded:
            return True
        return isinstance(start, datetime) and start.astimezone(self.zone).date() in (
            self.excluded_days
        )

    def walls(self, lower: datetime, upper: datetime) -> Iterator[datetime]:
        """Wall-clock starts in [lower, upper), in order, EXDATEs not yet removed."""
        rules = rruleset()
        until: datetime | None = None
        if self.master.rrule:
            rule = Rule.read(self.master.rrule)
            until = rule.until_wall(self.zone, self.master.all_day)
            later, first = _fast_forward(rule, self.dtstart, lower)
            rules.rrule(later.dateutil(first, self.zone, self.master.all_day))
        if until is None or self.dtstart <= until:
            rules.rdate(self.dtstart)  # RFC 5545: DTSTART is always the first instance
        for extra in self.master.rdates:
            wall = to_wall(extra, self.zone)
            if not isinstance(extra, datetime) and not self.master.all_day:
                wall = datetime.combine(extra, self.dtstart.time())
            rules.rdate(wall)
        for scanned, wall in enumerate(rules):
            if wall >= upper or scanned >= MAX_SCAN:
                return
            if wall >= lower:
                yield wall

    def occurrence_at(self, wall: datetime, event_id: int) -> Occurrence:
        all_day = self.master.all_day
        start = from_wall(wall, all_day, self.zone)
        end = from_wall(wall + self.duration, all_day, self.zone)
        m = self.master
        return Occurrence(event_id, m.uid, m, start, end, start, False, m.rrule)


def expand(
    master: EventData,
    overrides: list[EventData],
    range_start: datetime,
    range_end: datetime,
    tz: ZoneInfo,
    *,
    event_id: int = 0,
    limit: int = MAX_OCCURRENCES,
) -> list[Occurrence]:
    """Occurrences overlapping [range_start, range_end), sorted by start.

    ``overrides`` are the rows of the same uid with a recurrence_id: each replaces
    the occurrence at its original start, and is listed where it now lies (so it
    can move into or out of the range). Every occurrence carries ``event_id``,
    the master's id, which is what the user edits.
    """
    if not is_recurring(master):
        one = single(event_id, master)
        return [one] if one.overlaps(range_start, range_end, tz) else []
    series = _Series.of(master, tz)
    replaced = {series.key(o.recurrence_id) for o in overrides if o.recurrence_id is not None}
    # Widen the wall-clock window by the duration and a day of zone slack; the
    # exact overlap test below runs on instants.
    lower = to_wall(range_start, series.zone) - series.duration - timedelta(days=1)
    upper = to_wall(range_end, series.zone) + timedelta(days=1)
    found: list[Occurrence] = []
    for wall in series.walls(lower, upper):
        occ = series.occurrence_at(wall, event_id)
        if series.is_excluded(occ.start) or series.key(occ.start) in replaced:
            continue
        if occ.overlaps(range_start, range_end, tz):
            found.append(occ)
            if len(found) >= limit:
                break
    for override in overrides:
        rid = override.recurrence_id
        if rid is None or series.is_excluded(rid):
            continue
        occ = Occurrence(
            event_id, master.uid, override, override.start, override.effective_end(),
            rid, True, master.rrule,
        )  # fmt: skip
        if occ.overlaps(range_start, range_end, tz):
            found.append(occ)
    found.sort(key=lambda o: instant(o.start, tz))
    return found[:limit]


def last_rule_start(data: EventData, tz: ZoneInfo) -> Moment | None:
    """The last start the RRULE reaches before its UNTIL (RDATEs aside); None without UNTIL.

    Lets a series that changes value type (timed and all-day) rewrite UNTIL so it
    keeps exactly the occurrences it had.
    """
    if not data.rrule or not is_recurring(data):
        return None
    rule = Rule.read(data.rrule)
    series = _Series.of(data, tz)
    until = rule.until_wall(series.zone, data.all_day)
    if until is None:
        return None
    steps = rule.dateutil(series.dtstart, series.zone, data.all_day)
    last = steps.before(until, inc=True) or series.dtstart
    return from_wall(last, data.all_day, series.zone)


def series_end(data: EventData, tz: ZoneInfo | None = None) -> Moment | None:
    """The latest end any occurrence can reach (an upper bound), None when unbounded.

    Stored as ``series_end_utc`` so range queries can skip finished series.
    Overrides are rows of their own and found by their own times.
    """
    if not is_recurring(data):
        return data.effective_end()
    series = _Series.of(data, tz or series_zone(data, ZoneInfo("UTC")))
    last = series.dtstart
    if data.rrule:
        rule = Rule.read(data.rrule)
        until = rule.until_wall(series.zone, data.all_day)
        count = rule.get("COUNT")
        if until is not None:
            last = max(last, until)
        elif count is not None and int(count) <= MAX_OCCURRENCES:
            steps = rule.dateutil(series.dtstart, series.zone, data.all_day)
            last = max([last, *islice(steps, MAX_OCCURRENCES)])
        else:
            return None  # unbounded, or too long to be worth counting out
    rdates = [to_wall(r, series.zone) for r in data.rdates]
    last = max([last, *rdates])
    # A day of slack: all-day keys are midnight UTC, and UNTIL may be a floating time.
    return from_wall(last + series.duration + timedelta(days=1), data.all_day, series.zone)
