"""Fetching a subscribed calendar's .ics feed over HTTP, politely.

A refresh sends the validators of the last answer (``If-None-Match`` with the
ETag, ``If-Modified-Since`` with Last-Modified); a 304 means nothing changed,
and costs one small request. Every failure is one :class:`SyncError` sentence
that names the address and what went wrong; nothing is retried here.
"""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from assistant import __version__
from assistant.ical.ics_import import MAX_BYTES
from assistant.sync.errors import SyncError

DEFAULT_TIMEOUT = 30.0
_SCHEMES = {"webcal": "https", "webcals": "https", "https": "https", "http": "http"}


class NoTls(SyncError):
    """The server answered a TLS handshake in plain HTTP."""


@dataclass(frozen=True)
class Feed:
    """A feed's answer: its bytes and validators; ``body`` is None for 304 Not Modified."""

    body: bytes | None
    etag: str | None = None
    modified: str | None = None

    @property
    def unchanged(self) -> bool:
        return self.body is None


def feed_urls(url: str) -> list[str]:
    """The addresses to try, in order; only webcal(s) and http(s) addresses are accepted.

    ``webcal://`` names no protocol: https is tried first and plain http only
    where the server does not speak TLS at all (as Thunderbird and Apple
    Calendar do); ``webcals://`` is https only.
    """
    text = url.strip()
    parts = urlsplit(text)
    given = parts.scheme.lower()
    scheme = _SCHEMES.get(given)
    if scheme is None or not parts.netloc:
        raise SyncError(
            f"{url!r} is not a calendar address; give one that starts with webcal://, "
            "https:// or http://."
        )
    schemes = ["https", "http"] if given == "webcal" else [scheme]
    return [urlunsplit((s, parts.netloc, parts.path or "/", parts.query, "")) for s in schemes]


def first_answer(url: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[str, Feed]:
    """Fetch the feed at ``url`` the first time: the address that answered, and its answer."""
    candidates = feed_urls(url)
    for address in candidates[:-1]:
        try:
            return address, fetch(address, timeout=timeout)
        except NoTls:
            continue
    return candidates[-1], fetch(candidates[-1], timeout=timeout)


def fetch(
    url: str, etag: str | None = None, modified: str | None = None, timeout: float = DEFAULT_TIMEOUT
) -> Feed:
    """GET the feed with the validators of the last answer; raises SyncError on failure."""
    request = urllib.request.Request(
        url, headers={"User-Agent": f"assistant/{__version__}", "Accept": "text/calendar, */*"}
    )
    if etag:
        request.add_header("If-None-Match", etag)
    if modified:
        request.add_header("If-Modified-Since", modified)
    host = urlsplit(url).netloc
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            body = answer.read(MAX_BYTES + 1)
            headers = answer.headers
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Feed(None, etag, modified)
        raise SyncError(_status_text(exc.code, url, host)) from None
    except TimeoutError:
        raise SyncError(
            f"{host} did not answer within {timeout:g} seconds; try again later."
        ) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, ssl.SSLError) and "WRONG_VERSION_NUMBER" in str(exc.reason):
            raise NoTls(f"{host} does not speak TLS (https).") from None
        raise SyncError(_unreachable(exc.reason, host)) from None
    except (OSError, ValueError) as exc:  # a connection cut mid-answer, a bad header
        raise SyncError(f"The answer from {host} broke off ({exc}); try again later.") from None
    if len(body) > MAX_BYTES:
        raise SyncError(
            f"The calendar at {url} is over {MAX_BYTES // 1024 // 1024} MB; it was not read."
        )
    return Feed(body, headers.get("ETag"), headers.get("Last-Modified"))


def _status_text(code: int, url: str, host: str) -> str:
    if code == 404 or code == 410:
        return f"There is no calendar at {url} ({code}); check the address."
    if code in (401, 403):
        return (
            f"{host} refused to hand out the calendar ({code}); a subscription needs an "
            "address that works without a password (a public or secret link)."
        )
    if code >= 500:
        return f"{host} had a server error ({code}); the next refresh tries again."
    return f"{host} answered {code} for {url}; the calendar was not read."


def _unreachable(reason: object, host: str) -> str:
    if isinstance(reason, TimeoutError):
        return f"{host} did not answer in time; try again later."
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection; is the address right, and the server up?"
    if isinstance(reason, socket.gaierror):
        return f"{host} could not be found (no network, or a typo in the address)."
    return f"{host} cannot be reached ({reason}); the next refresh tries again."
