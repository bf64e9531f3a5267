"""Why a sync failed, in one sentence the user can act on.

The caldav library and the HTTP client below it raise many kinds of errors;
:func:`explain` turns each into a :class:`SyncError` naming the server, what
went wrong and, where it helps, what to do. Nothing here talks to a server.
"""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from assistant.errors import AssistantError


class SyncError(AssistantError):
    """A sync (or an account's setup) that could not be done; nothing local was changed."""


class Refused(SyncError):
    """The server answered a write with 412 Precondition Failed: its copy changed."""


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def status_of(exc: BaseException) -> int | None:
    """The HTTP status an error carries, when it carries one."""
    for name in ("status", "status_code"):
        value = getattr(exc, name, None)
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value[:3].isdigit():
            return int(value[:3])
    reason = str(getattr(exc, "reason", "") or exc)
    for code in (401, 403, 404, 405, 409, 412, 500, 501, 502, 503, 504, 507):
        if str(code) in reason.split() or f"{code} " in reason[:40]:
            return code
    return None


def explain(exc: BaseException, url: str, timeout: float | None = None) -> SyncError:
    """A :class:`SyncError` that says why talking to ``url`` failed."""
    if isinstance(exc, SyncError):
        return exc
    host = host_of(url)
    kind = type(exc).__name__
    if _is_timeout(exc):
        within = f" within {timeout:g} seconds" if timeout else " in time"
        return SyncError(f"The server {host} did not answer{within}; try again later.")
    if _is_connection(exc):
        return SyncError(
            f"Cannot reach the server {host}: it is offline or the address is wrong. "
            "Changes made here wait for the next sync."
        )
    if kind in ("XMLSyntaxError", "ParseError") or "xml" in kind.lower():
        return SyncError(
            f"The server {host} did not answer like a CalDAV server (its reply is not XML)."
        )
    code = status_of(exc)
    if code == 401:
        return SyncError(f"The server {host} refused the user name or password (401 Unauthorized).")
    if code == 403:
        return SyncError(
            f"The server {host} does not allow this account to do that (403 Forbidden)."
        )
    if code == 404:
        return SyncError(f"There is no calendar at {url} (404 Not Found); check the address.")
    if code is not None and code >= 500:
        return SyncError(f"The server {host} had an internal error ({code}); try again later.")
    if code is not None:
        return SyncError(f"The server {host} answered with an error ({code}).")
    detail = " ".join(str(exc).split())[:160] or kind
    return SyncError(f"Sync with {host} failed: {detail}")


def _is_timeout(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, TimeoutError | socket.timeout) or "Timeout" in type(seen).__name__:
            return True
        seen = seen.__cause__ or seen.__context__
    return "timed out" in str(exc).lower()


def _is_connection(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionError) or type(seen).__name__ in (
            "ConnectionError",
            "NewConnectionError",
            "MaxRetryError",
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
