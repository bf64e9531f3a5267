"""From the bytes of a file to parsed calendars, or an IcsError that says why not.

Text encoding policy: iCalendar is UTF-8 (RFC 5545 3.1.4). A UTF-8 or UTF-16
byte order mark is honoured. Bytes that are not valid UTF-8 (a stray Latin-1
"ü" from an old exporter) do not reject the file or the component: they are
replaced with U+FFFD "�", so the event still imports with its time intact, and
the report says how many characters were replaced. Guessing another encoding
instead would silently turn valid text into the wrong letters.

Some programs write bare VEVENT and VTODO components with no VCALENDAR around
them; those are read as one calendar (:func:`is_bare`), as calendar apps do.
"""

from __future__ import annotations

import codecs
import logging
import warnings

from icalendar import Calendar
from icalendar.error import GloballyUniqueTZIDGuessed

from assistant.errors import IcsError

log = logging.getLogger(__name__)

REPLACEMENT = "\ufffd"
# How a file of bare components can start (a VTIMEZONE may come before its events).
BARE_STARTS = ("BEGIN:VEVENT", "BEGIN:VTODO", "BEGIN:VTIMEZONE")
WRAPPER = ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Assistant//bare components//EN")
_UTF8_REPLACEMENT = REPLACEMENT.encode()


def decode_ics(data: bytes, name: str) -> tuple[str, list[str]]:
    """The file's text and notes for the report; IcsError when it is no calendar."""
    if not data.strip():
        raise IcsError(f"{name} is empty.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", "replace")
        already = 0
    else:
        text = data.decode("utf-8-sig", "replace")
        already = data.count(_UTF8_REPLACEMENT)
    if "\x00" in text:
        raise IcsError(f"{name} is not an iCalendar (.ics) file: it contains binary data.")
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR") and not is_bare(text):
        raise IcsError(
            f"{name} is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR."
        )
    notes = []
    replaced = text.count(REPLACEMENT) - already
    if replaced > 0:
        chars = "character" if replaced == 1 else "characters"
        notes.append(
            f"{replaced} {chars} in {name} that were not valid UTF-8 were replaced with “�”."
        )
    return text, notes


def is_bare(text: str) -> bool:
    """Whether the text is events or to-dos without a VCALENDAR around them."""
    return text.lstrip().upper().startswith(BARE_STARTS)


def parse_calendars(text: str, name: str) -> list[Calendar]:
    """Every VCALENDAR in the text (some exporters concatenate several)."""
    if is_bare(text):
        text = "\r\n".join([*WRAPPER, text.strip(), "END:VCALENDAR", ""])
    try:
        with warnings.catch_warnings():
            # "/vendor/Europe/Berlin" TZIDs: icalendar warns that it guesses the
            # zone by dropping the prefix; tzids.py makes the same guess on purpose.
            warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
            components = Calendar.from_ical(text, multiple=True)
    except Exception as exc:
        # icalendar reports a damaged file with ValueError, KeyError, IndexError...
        log.debug("cannot parse %s", name, exc_info=True)
        raise IcsError(f"{name} is not a valid iCalendar file ({_short(exc)}).") from None
    calendars = [c for c in components if (c.name or "").upper() == "VCALENDAR"]
    if not calendars:
        raise IcsError(f"{name} has no complete calendar (BEGIN:VCALENDAR … END:VCALENDAR).")
    return calendars


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"
