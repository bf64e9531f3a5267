"""Emails as files (.eml): their readable text, and the calendar invitations they carry.

An invitation (a ``text/calendar`` part, or an attached .ics, with METHOD
REQUEST or PUBLISH) is read by the project's own .ics reading
(:mod:`assistant.ical`), so its event comes out exactly as the invitation
says: title, start, end, zone and place, with no model involved. The rest of
the email (headers that matter and the plain-text body) is what the model
summarizes.
"""

from __future__ import annotations

import email
import email.policy
import html
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage

from icalendar import Calendar

from assistant.agent.email_items import ActionItem, build_item
from assistant.calendar.model import EventData, shown_title
from assistant.calendar.wording import span_text
from assistant.clock import Clock
from assistant.errors import AssistantError, InvalidInput
from assistant.ical.components import Skip, read_event, text
from assistant.ical.ics_decode import decode_ics, parse_calendars
from assistant.ical.tzids import ZoneResolver, iana_zone

log = logging.getLogger(__name__)

MAX_EML_BYTES = 10 * 1024 * 1024
_KEPT_HEADERS = ("From", "To", "Date", "Subject")
_MIME_START = re.compile(
    r"\A(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?(?:MIME-Version|Content-Type):", re.IGNORECASE
)
_METHODS = {"REQUEST", "PUBLISH"}


@dataclass(frozen=True)
class Mail:
    """What the model reads of an email, and the events its invitations give."""

    text: str
    invitations: list[EventData] = field(default_factory=list)


def looks_like_eml(text: str) -> bool:
    """Whether pasted or piped text is a raw MIME message (headers, then MIME parts)."""
    return bool(_MIME_START.match(text.replace("\r\n", "\n")[:20_000]))


def read_eml(data: bytes, clock: Clock) -> Mail:
    """The readable text and the invitations of a raw email; InvalidInput if it is none."""
    if len(data) > MAX_EML_BYTES:
        raise InvalidInput(
            f"The email file is {len(data):,} bytes; the limit is {MAX_EML_BYTES:,}."
        )
    message = email.message_from_bytes(data, policy=email.policy.default)
    body, invitations = "", []
    for part in message.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        name = (part.get_filename() or "").lower()
        if kind == "text/calendar" or name.endswith(".ics"):
            invitations.extend(_invitation(part, clock))
        elif kind == "text/plain" and not part.is_attachment() and not body:
            body = _content(part)
        elif kind == "text/html" and not part.is_attachment() and not body:
            body = _from_html(_content(part))
    headers = [f"{h}: {message[h]}" for h in _KEPT_HEADERS if message[h]]
    readable = "\n".join(headers) + "\n\n" + body.strip()
    if not body.strip() and not invitations:
        raise InvalidInput("The file holds no text to summarize and no calendar invitation.")
    return Mail(readable.strip(), invitations)


def invitation_items(mail: Mail, clock: Clock) -> list[ActionItem]:
    """One event proposal per invitation, as the invitation says it."""
    items = []
    for event in mail.invitations:
        start, end = event.start, event.effective_end()
        place = " ".join(event.location.split())
        items.append(
            build_item(
                event.title, "event", None, start, end, place, clock, "invitation",
                repeat=event.rrule,
            )
        )  # fmt: skip
    return items


def invitation_sentence(mail: Mail, clock: Clock) -> str:
    """A summary in words when no model is at hand: what each invitation asks."""
    parts = []
    for event in mail.invitations:
        where = f", at {event.location}" if event.location else ""
        parts.append(
            f"Invitation: {event.title}, {span_text(event.start, event.effective_end(), clock.tz)}"
            f"{where}."
        )
    return " ".join(parts)


def _invitation(part: EmailMessage, clock: Clock) -> list[EventData]:
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return []
    try:
        content, _notes = decode_ics(raw, "the invitation")
        calendars = parse_calendars(content, "the invitation")
    except AssistantError as exc:
        log.info("calendar part not read: %s", exc)
        return []
    method = str(part.get_param("method") or "").upper()
    found = []
    for calendar in calendars:
        if str(calendar.get("METHOD", method or "PUBLISH")).upper() not in _METHODS:
            continue  # a reply, a cancellation or a counter-proposal
        found.extend(_events(calendar, clock))
    return found


def _events(calendar: Calendar, clock: Clock) -> list[EventData]:
    zones = ZoneResolver(calendar, clock.tz, iana_zone(str(calendar.get("X-WR-TIMEZONE", ""))))
    events = []
    for component in calendar.subcomponents:
        if (component.name or "").upper() != "VEVENT":
            continue
        if text(component, "STATUS").upper() == "CANCELLED":
            continue
        try:
            event = read_event(component, zones)
        except (Skip, AssistantError, ValueError, OverflowError) as exc:
            log.info("invitation event not read: %s", exc)
            continue
        # A proposal becomes a new event only when accepted, and needs a title for that.
        event.title = shown_title(event.title)
        events.append(event)
    return events


def _content(part: EmailMessage) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError):  # an unknown or lying charset
        raw = part.get_payload(decode=True)
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""


def _from_html(markup: str) -> str:
    without = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    spaced = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>", "\n", without)
    return html.unescape(re.sub(r"<[^>]+>", " ", spaced))


def same_moment(a: datetime | date | None, b: datetime | date | None) -> bool:
    """Whether two starts are the same instant (or the same day, for dates)."""
    if a is None or b is None:
        return False
    if isinstance(a, datetime) and isinstance(b, datetime):
        return abs(a - b) < timedelta(minutes=1)
    return not isinstance(a, datetime) and not isinstance(b, datetime) and a == b
