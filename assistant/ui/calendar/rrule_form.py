"""The recurrence form's values, and the RRULE they stand for (both ways).

A rule the form cannot show exactly (BYSETPOS, "second Tuesday", a week
starting on Sunday...) is left to the editor's custom-rule field instead of
being silently simplified.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from assistant.dates.zones import localize

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
EndMode = Literal["never", "until", "count"]
_FORM_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST"}


@dataclass
class RuleForm:
    freq: str  # one of FREQUENCIES
    interval: int = 1
    weekdays: list[str] = field(default_factory=list)  # weekly only, e.g. ["TU", "TH"]
    end: EndMode = "never"
    until: date | None = None  # last day, inclusive
    count: int = 10


def build_rule(form: RuleForm, start: date | datetime, tz: ZoneInfo) -> str:
    """The RRULE value for the form, with UNTIL in the form RFC 5545 wants for ``start``."""
    parts = [f"FREQ={form.freq}"]
    if form.interval > 1:
        parts.append(f"INTERVAL={form.interval}")
    if form.freq == "WEEKLY" and form.weekdays:
        parts.append("BYDAY=" + ",".join(d for d in WEEKDAYS if d in form.weekdays))
    if form.end == "count":
        parts.append(f"COUNT={form.count}")
    elif form.end == "until" and form.until is not None:
        parts.append(f"UNTIL={_until_text(form.until, start, tz)}")
    return ";".join(parts)


def form_from_rule(rule: str, start: date | datetime, tz: ZoneInfo) -> RuleForm | None:
    """The form for an RRULE, or None when the form cannot express it exactly."""
    try:
        parts = dict(part.split("=", 1) for part in rule.strip().upper().split(";") if part)
    except ValueError:
        return None
    freq = parts.get("FREQ", "")
    if freq not in FREQUENCIES or not set(parts) <= _FORM_PARTS:
        return None
    if parts.get("WKST", "MO") != "MO" or not _matches_start(freq, parts, start):
        return None
    form = RuleForm(freq)
    try:
        form.interval = int(parts.get("INTERVAL", "1"))
        if "COUNT" in parts:
            form.end, form.count = "count", int(parts["COUNT"])
        elif "UNTIL" in parts:
            form.end, form.until = "until", until_day(parts["UNTIL"], tz)
    except ValueError:
        return None
    if freq == "WEEKLY":
        days = parts["BYDAY"].split(",") if "BYDAY" in parts else [weekday_code(start)]
        if not set(days) <= set(WEEKDAYS):
            return None
        form.weekdays = days
    return form


def weekday_code(day: date | datetime) -> str:
    return WEEKDAYS[day.weekday()]


def until_day(text: str, tz: ZoneInfo) -> date:
    """The local last day of an UNTIL value (date, floating or UTC date-time)."""
    if len(text) == 8:
        return datetime.strptime(text, "%Y%m%d").date()
    if text.endswith("Z"):
        moment = datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return moment.astimezone(tz).date()
    return datetime.strptime(text, "%Y%m%dT%H%M%S").date()


def _until_text(last: date, start: date | datetime, tz: ZoneInfo) -> str:
    if not isinstance(start, datetime):
        return f"{last:%Y%m%d}"
    # The whole last day counts: its final second, in UTC as RFC 5545 requires.
    zone = start.tzinfo if isinstance(start.tzinfo, ZoneInfo) else tz
    end_of_day = localize(datetime.combine(last, time(23, 59, 59)), zone)
    if start.tzinfo is None:
        return f"{end_of_day:%Y%m%dT%H%M%S}"
    return f"{end_of_day.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _matches_start(freq: str, parts: dict[str, str], start: date | datetime) -> bool:
    """BYMONTHDAY / BYMONTH are fine only when they repeat what the start implies."""
    if "BYDAY" in parts and freq != "WEEKLY":
        return False
    if "BYMONTHDAY" in parts and (
        freq not in ("MONTHLY", "YEARLY") or parts["BYMONTHDAY"] != str(start.day)
    ):
        return False
    return "BYMONTH" not in parts or (freq == "YEARLY" and parts["BYMONTH"] == str(start.month))
