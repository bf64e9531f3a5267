"""Finding an account's calendars: the principal, its calendar home, the calendars in it.

The address the user gives may be the server's DAV root, a principal, a
calendar, or only the host: the principal is asked for there first
(``current-user-principal``), then at the host's ``/.well-known/caldav``
(RFC 6764), which servers such as Nextcloud redirect to their DAV root.
One depth-1 PROPFIND of the calendar home then lists every calendar with its
name, colour and the components it stores (VEVENT, VTODO).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from assistant.sync.errors import SyncError, explain, status_of

DEFAULT_TIMEOUT = 30.0
CALENDAR = "{urn:ietf:params:xml:ns:caldav}calendar"
LIST_PROPS = [
    "{DAV:}resourcetype",
    "{DAV:}displayname",
    "{urn:ietf:params:xml:ns:caldav}supported-calendar-component-set",
    "{http://apple.com/ns/ical/}calendar-color",
]
SYNCED_COMPONENTS = ("VEVENT", "VTODO")


@dataclass(frozen=True)
class FoundCalendar:
    url: str
    name: str
    color: str | None
    components: tuple[str, ...]


@dataclass(frozen=True)
class Discovery:
    principal_url: str
    auth: str  # "basic", "digest" or "none": what the server asked for
    calendars: list[FoundCalendar]


def normal_url(url: str) -> str:
    """The address with a scheme (https unless it says http) and a path."""
    text = url.strip()
    if not text:
        raise SyncError("Give the server's address, e.g. https://cloud.example.com/remote.php/dav.")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(f"{url} is not a web address (http:// or https://).")
    return text if parts.path else text + "/"


def client_for(url: str, user: str, password: str, auth: str | None, timeout: float) -> Any:
    """A ``caldav.DAVClient`` that sends the credentials the way the server wants them."""
    from caldav.davclient import DAVClient

    auth_type = auth if auth in ("basic", "digest") else None
    return DAVClient(
        url,
        username=user or None,
        password=password or None,
        auth_type=auth_type,
        timeout=timeout,  # type: ignore[arg-type]  # seconds, a float works
        enable_rfc6764=False,
    )


def discover(url: str, user: str, password: str, timeout: float = DEFAULT_TIMEOUT) -> Discovery:
    """The principal and calendars at ``url``; SyncError with the reason when there are none."""
    address = normal_url(url)
    client = client_for(address, user, password, None, timeout)
    try:
        principal = client.principal()
    except Exception as exc:
        first = explain(exc, address, timeout)
        if status_of(exc) not in (403, 404, 405, 501) and "CalDAV" not in str(first):
            raise first from None
        well_known = urljoin(address, "/.well-known/caldav")
        client = client_for(well_known, user, password, None, timeout)
        try:
            principal = client.principal()
        except Exception:
            raise first from None
    calendars = _calendars(client, principal, address, timeout)
    return Discovery(str(principal.url), _auth_of(client), calendars)


def _calendars(client: Any, principal: Any, address: str, timeout: float) -> list[FoundCalendar]:
    try:
        home = str(principal.calendar_home_set.url)
        response = client.propfind(home, props=LIST_PROPS, depth=1)
    except Exception as exc:
        raise explain(exc, address, timeout) from None
    found = []
    for result in getattr(response, "results", None) or []:
        props = result.properties
        if CALENDAR not in (props.get("{DAV:}resourcetype") or []):
            continue
        stored = {str(c).upper() for c in props.get(LIST_PROPS[2]) or SYNCED_COMPONENTS}
        components = tuple(c for c in SYNCED_COMPONENTS if c in stored)
        if not components:
            continue  # a journal-only calendar: nothing this app keeps
        url = urljoin(home, str(result.href))
        name = str(props.get("{DAV:}displayname") or "").strip() or _last_segment(url)
        color = props.get(LIST_PROPS[3])
        found.append(FoundCalendar(url, name, str(color) if color else None, components))
    return sorted(found, key=lambda c: c.name.lower())


def _auth_of(client: Any) -> str:
    kind = type(getattr(client, "auth", None)).__name__.lower()
    if "digest" in kind:
        return "digest"
    if "basic" in kind:
        return "basic"
    return "none"


def _last_segment(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] or url
