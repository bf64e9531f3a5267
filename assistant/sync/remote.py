"""The server's side, through the ``caldav`` library: what changed, fetch, put, delete.

Each method is a small number of requests: :meth:`RemoteCalendar.changes` asks
once when nothing changed (a sync-collection REPORT with the last sync-token,
RFC 6578; or, where the server has none, a ctag PROPFIND, else one depth-1
PROPFIND of the ETags). Writes carry ``If-Match`` (or ``If-None-Match: *`` for
a new item), so a server copy changed meanwhile answers 412 instead of being
overwritten. Every failure becomes a :class:`SyncError` that says why. Each
request first passes a :func:`~assistant.sync.stop.checkpoint`, where a sync
asked to stop ends.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

from assistant.sync.errors import Refused, SyncError, explain, status_of
from assistant.sync.stop import checkpoint

# The sync_token value that marks a calendar whose server has no sync-collection.
NO_SYNC_TOKEN = "-"
MULTIGET_BATCH = 200
GETETAG = "{DAV:}getetag"
GETCTAG = "{http://calendarserver.org/ns/}getctag"
VALID_SYNC_TOKEN = "{DAV:}valid-sync-token"
SUPPORTED_REPORT = "{DAV:}supported-report"


@dataclass
class Delta:
    """What changed on the server since the last sync (``full``: every member listed)."""

    changed: dict[str, str | None] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    full: bool = False
    token: str | None = None
    ctag: str | None = None


def href_of(url: Any) -> str:
    """A member's key: its path, percent-decoded (servers differ in what they quote)."""
    return unquote(urlsplit(str(url)).path)


class RemoteCalendar:
    """One calendar collection on the server, through one ``caldav.DAVClient``."""

    def __init__(self, client: Any, url: str, timeout: float | None = None) -> None:
        from caldav.collection import Calendar

        self.client = client
        self.url = url
        self.timeout = timeout
        self.calendar: Any = Calendar(client=client, url=url)  # the sync client's, not async

    def _fail(self, exc: BaseException) -> SyncError:
        return explain(exc, self.url, self.timeout)

    # -- reading ---------------------------------------------------------------

    def changes(self, token: str | None, ctag: str | None, known: Iterable[str]) -> Delta:
        """What changed since ``token`` (or ``ctag``); ``known``: the hrefs synced before."""
        if token != NO_SYNC_TOKEN:
            try:
                return self._by_sync_token(token)
            except _NoSyncCollection:
                pass
            except _StaleToken:
                return self._by_sync_token(None)
        delta = self._by_etags(ctag)
        if delta.full:
            delta.deleted = set(known) - set(delta.changed)
        delta.token = NO_SYNC_TOKEN
        return delta

    def _by_sync_token(self, token: str | None) -> Delta:
        from caldav.lib import error

        checkpoint()

        try:
            result = self.calendar.get_objects_by_sync_token(token, disable_fallback=True)
        except error.AuthorizationError as exc:
            preconditions = getattr(exc, "preconditions", None) or []
            if VALID_SYNC_TOKEN in preconditions and token is not None:
                raise _StaleToken from None
            if SUPPORTED_REPORT in preconditions or (status_of(exc) == 403 and not preconditions):
                raise _NoSyncCollection from None
            raise self._fail(exc) from None
        except error.DAVError as exc:
            code = status_of(exc)
            if code is not None and code >= 500 and code != 501:  # failing, not a missing feature
                raise self._fail(exc) from None
            if status_of(exc) in (400, 405, 409, 412, 415, 501) or isinstance(
                exc, error.ReportError
            ):
                if status_of(exc) in (409, 412) and token is not None:
                    raise _StaleToken from None
                raise _NoSyncCollection from None
            raise self._fail(exc) from None
        except Exception as exc:
            raise self._fail(exc) from None
        deleted = {href_of(u) for u in getattr(result, "deleted_urls", ())}
        changed = {
            href_of(o.url): (o.props or {}).get(GETETAG)
            for o in result
            if href_of(o.url) not in deleted
        }
        return Delta(changed, deleted, full=token is None, token=result.sync_token)

    def _by_etags(self, ctag: str | None) -> Delta:
        if ctag is not None:
            results = self._propfind([GETCTAG], 0)
            now = next((r.properties.get(GETCTAG) for r in results), None)
            if now is not None and now == ctag:
                return Delta(ctag=ctag)
        results = self._propfind([GETETAG, GETCTAG], 1)
        own = href_of(self.url).rstrip("/")
        delta = Delta(full=True)
        for result in results:
            href = unquote(str(result.href))
            href = href_of(urljoin(self.url, href))
            if href.rstrip("/") == own:
                delta.ctag = result.properties.get(GETCTAG)
                continue
            if not href.endswith("/"):
                delta.changed[href] = result.properties.get(GETETAG)
        return delta

    def _propfind(self, props: list[str], depth: int) -> list[Any]:
        checkpoint()
        try:
            response = self.client.propfind(self.url, props=props, depth=depth)
        except Exception as exc:
            raise self._fail(exc) from None
        if response.status not in (200, 207):
            raise self._fail(_StatusError(response.status))
        results = getattr(response, "results", None)
        if results is None:
            raise SyncError(
                f"The server {urlsplit(self.url).netloc} did not answer like a CalDAV server "
                "(its reply is not XML)."
            )
        return list(results)

    def fetch(self, hrefs: list[str]) -> dict[str, tuple[str | None, str]]:
        """``href -> (etag, calendar data)`` for each href still there (calendar-multiget)."""
        from caldav.lib.url import URL

        found: dict[str, tuple[str | None, str]] = {}
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            batch = hrefs[start : start + MULTIGET_BATCH]
            urls = [URL.objectify(self._absolute(h)) for h in batch]
            checkpoint()
            try:
                objects = self.calendar.multiget(urls)
            except Exception as exc:
                raise self._fail(exc) from None
            for obj in objects:
                data = obj.data
                if not data:
                    continue
                found[href_of(obj.url)] = ((obj.props or {}).get(GETETAG), str(data))
        return found

    # -- writing ---------------------------------------------------------------

    def new_href(self, uid: str) -> str:
        """Where a new item goes: the calendar's path and a file name from its UID."""
        safe = "".join(c if c.isalnum() or c in "-_.@" else "_" for c in uid)[:120] or "item"
        return href_of(self.url.rstrip("/") + "/" + quote(safe, safe="@") + ".ics")

    def put(self, href: str, body: str, etag: str | None, *, new: bool = False) -> str | None:
        """Write an item; its new ETag (None when the server gave none). Refused on 412."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if new:
            headers["If-None-Match"] = "*"
        elif etag is not None:
            headers["If-Match"] = etag
        response = self._request(href, "PUT", body, headers)
        if response.status == 412:
            raise Refused(f"{href} changed on the server.")
        if response.status not in (200, 201, 204):
            raise self._fail(_StatusError(response.status))
        value = response.headers.get("ETag")
        return str(value) if value else None

    def delete(self, href: str, etag: str | None) -> None:
        """Delete an item (already gone is fine). Refused on 412."""
        headers = {"If-Match": etag} if etag is not None else {}
        response = self._request(href, "DELETE", "", headers)
        if response.status == 412:
            raise Refused(f"{href} changed on the server.")
        if response.status not in (200, 202, 204, 404, 410):
            raise self._fail(_StatusError(response.status))

    def _request(self, href: str, method: str, body: str, headers: dict[str, str]) -> Any:
        checkpoint()
        try:
            return self.client.request(self._absolute(href), method, body, headers)
        except Exception as exc:
            raise self._fail(exc) from None

    def _absolute(self, href: str) -> str:
        return urljoin(self.url, quote(href, safe="/@:"))


class _NoSyncCollection(Exception):
    """The server has no RFC 6578 sync-collection REPORT for this calendar."""


class _StaleToken(Exception):
    """The server no longer knows the sync-token: list everything again."""


class _StatusError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
