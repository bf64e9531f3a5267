"""Bounds on a file's own VTIMEZONE, checked before anything expands it.

icalendar turns a VTIMEZONE into transitions by expanding every STANDARD and
DAYLIGHT rule up to 2038 with no limit, and then pairs them in quadratic time:
a 337-byte file with ``RRULE:FREQ=SECONDLY`` never finished, FREQ=HOURLY took
51 s and 1.25 GB. Real zones change their offset once or twice a year, by
yearly rules (RFC 5545 section 3.6.5 shows nothing else), so anything finer,
or more transitions than a full history needs, is refused with a message.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from itertools import islice, takewhile
from typing import Any

from dateutil.rrule import rrulestr

from assistant.errors import IcsError

# Two yearly rules from 1601 (Outlook's habit) give 876 transitions up to 2038;
# a full tzdata history a few hundred.
MAX_TRANSITIONS = 1000
# Where icalendar stops expanding an open-ended rule.
_HORIZON = datetime(2039, 1, 1)
_SUB_DAY_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")


def check_vtimezone(definition: Any) -> None:
    """Raise :class:`IcsError` when expanding ``definition`` could run away."""
    tzid = str(definition.get("TZID", ""))
    total = 0
    for part in definition.subcomponents:
        if (part.name or "").upper() not in ("STANDARD", "DAYLIGHT"):
            continue
        total += 1 + _rdate_count(part) + _rule_count(part, tzid, MAX_TRANSITIONS - total)
        if total > MAX_TRANSITIONS:
            raise IcsError(
                f'The time zone "{tzid}" defined in the file changes its offset more than '
                f"{MAX_TRANSITIONS} times; it is not a real time zone."
            )


def _rdate_count(part: Any) -> int:
    rdates = part.get("RDATE")
    if rdates is None:
        return 0
    lists = rdates if isinstance(rdates, list) else [rdates]
    return sum(len(getattr(item, "dts", [item])) for item in lists)


def _rule_count(part: Any, tzid: str, limit: int) -> int:
    """Instances of the part's RRULE(s) up to the horizon, counted to ``limit + 1`` at most."""
    rules = part.get("RRULE")
    if rules is None:
        return 0
    count = 0
    for rule in rules if isinstance(rules, list) else [rules]:
        freq = str(_first(rule.get("FREQ")) or "").upper()
        if freq != "YEARLY" or any(key in rule for key in _SUB_DAY_PARTS):
            how = f"by a FREQ={freq} rule" if freq != "YEARLY" else "several times a day"
            raise IcsError(
                f'The time zone "{tzid}" defined in the file changes its offset {how}; '
                "real time zones change by yearly rules, so it is not used."
            )
        count += _instances(rule, part, limit - count + 1)
    return count


def _instances(rule: Any, part: Any, limit: int) -> int:
    start = _naive(part.get("DTSTART").dt) if part.get("DTSTART") is not None else None
    if start is None:
        return 0  # a broken part: icalendar fails on it quickly, and it matches nothing
    until = _naive(_first(rule.get("UNTIL")))
    end = min(until, _HORIZON) if until is not None else _HORIZON
    try:
        pieces = rule.to_ical().decode().split(";")
        text = ";".join(p for p in pieces if not p.upper().startswith("UNTIL="))
        expansion = rrulestr(text, dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError):
        return 0  # unreadable: icalendar's own parse of it fails just as fast
    return sum(1 for _ in islice(takewhile(lambda moment: moment <= end, expansion), limit))


def _naive(value: Any) -> datetime | None:
    """A naive datetime (UTC wall time for aware ones); close enough for counting."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return None


def _first(values: Any) -> Any:
    if isinstance(values, list | tuple):
        return values[0] if values else None
    return values
