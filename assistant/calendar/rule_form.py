"""The calendar form's repeat values, and the :class:`Rule` they stand for (both ways).

Qt-free, so the event dialog's widget (``ui/calendar/recurrence_editor.py``)
only shows and reads these values. A rule the form cannot show exactly
(BYSETPOS, "second Tuesday", a week starting on Sunday...) is left to the
editor's custom-rule field instead of being silently simplified.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from assistant.dates.rule import WEEKDAY_CODES, Rule
from assistant.errors import RecurrenceError

# What the form offers; HOURLY rules are kept as custom text.
FORM_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
EndMode = Literal["never", "until", "count"]
_FORM_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST"}


@dataclass
class RuleForm:
    freq: str  # one of FORM_FREQUENCIES
    interval: int = 1
    weekdays: list[str] = field(default_factory=list)  # weekly only, e.g. ["TU", "TH"]
    end: EndMode = "never"
    until: date | None = None  # last day, inclusive
    count: int = 10


def from_form(form: RuleForm, start: date | datetime, tz: ZoneInfo) -> Rule:
    """The rule for the form, with UNTIL in the form RFC 5545 wants for ``start``."""
    weekly = form.freq == "WEEKLY"
    rule = Rule.build(
        form.freq,
        interval=max(form.interval, 1),
        byday=[d for d in WEEKDAY_CODES if d in form.weekdays] if weekly else [],
        count=form.count if form.end == "count" else None,
    )
    if form.end == "until" and form.until is not None:
        rule = rule.with_until_day(form.until, start, tz)
    return rule


def to_form(rule: Rule | str, start: date | datetime, tz: ZoneInfo) -> RuleForm | None:
    """The form for a rule, or None when the form cannot express it exactly."""
    try:
        read = Rule.read(rule) if isinstance(rule, str) else rule
        return _form(read, start, tz)
    except (RecurrenceError, ValueError):
        return None


def weekday_code(day: date | datetime) -> str:
    return WEEKDAY_CODES[day.weekday()]


def _form(rule: Rule, start: date | datetime, tz: ZoneInfo) -> RuleForm | None:
    if rule.freq not in FORM_FREQUENCIES or not rule.keys <= _FORM_PARTS:
        return None
    if (rule.get("WKST") or "MO") != "MO" or not _matches_start(rule, start):
        return None
    form = RuleForm(rule.freq, rule.interval)
    count = rule.get("COUNT")
    if count is not None:
        form.end, form.count = "count", int(count)
    elif rule.until is not None:
        form.end, form.until = "until", rule.until_day(tz)
    if rule.freq == "WEEKLY":
        days = list(rule.byday) or [weekday_code(start)]
        if not set(days) <= set(WEEKDAY_CODES):
            return None
        form.weekdays = days
    return form


def _matches_start(rule: Rule, start: date | datetime) -> bool:
    """BYMONTHDAY / BYMONTH are fine only when they repeat what the start implies."""
    if rule.has("BYDAY") and rule.freq != "WEEKLY":
        return False
    monthday = rule.get("BYMONTHDAY")
    if monthday is not None and (
        rule.freq not in ("MONTHLY", "YEARLY") or monthday != str(start.day)
    ):
        return False
    month = rule.get("BYMONTH")
    return month is None or (rule.freq == "YEARLY" and month == str(start.month))
