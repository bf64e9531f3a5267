"""Natural-language and ISO date/time resolution in the user's zone.

Dates are resolved by this code, never by the model: the model passes the
user's words ("next Tuesday 1pm") or ISO text, and these functions turn them
into absolute values relative to a fixed :class:`~assistant.clock.Clock`.
The grammar and every choice it makes are written down in docs/dates.md.
"""

from assistant.dates.describe import describe_rrule
from assistant.dates.duration import parse_duration
from assistant.dates.format import format_when
from assistant.dates.ranges import resolve_range
from assistant.dates.recurrence import parse_recurrence
from assistant.dates.resolve import When, resolve_when
from assistant.dates.zones import localize

__all__ = [
    "When",
    "describe_rrule",
    "format_when",
    "localize",
    "parse_duration",
    "parse_recurrence",
    "resolve_range",
    "resolve_when",
]
