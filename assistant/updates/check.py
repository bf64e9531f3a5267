"""The one request: GET the latest release from GitHub's API, bounded in size and time.

The API address is ``ASSISTANT_UPDATES_API`` (default ``https://api.github.com``;
the tests point it at 127.0.0.1) and the repository :data:`REPOSITORY`. The
request carries no cookies and no token; TLS trust is the app's
(:mod:`assistant.models.tls`). Every failure is an :class:`UpdateError` with
one sentence: offline, a timeout, GitHub's rate limit, an answer that is not a
release or is too large.
"""

from __future__ import annotations

import http.client
import json
import os
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import cast

from assistant import __version__
from assistant.errors import ModelError
from assistant.models import tls
from assistant.updates.release import (
    Asset,
    Release,
    UpdateError,
    Version,
    allowed_url,
    is_newer,
    parse_version,
    read_release,
)

ENV_API = "ASSISTANT_UPDATES_API"
DEFAULT_API = "https://api.github.com"
# The project's repository (the app id io.github.localassistant.Assistant).
REPOSITORY = "localassistant/assistant"
RELEASES_PAGE = f"https://github.com/{REPOSITORY}/releases"
# A release's JSON is a few kilobytes; anything past this is not GitHub's answer.
MAX_BODY = 512 * 1024
TIMEOUT = 10.0  # seconds for the whole request: connect, headers and body
_CHUNK = 16 * 1024


@dataclass(frozen=True)
class CheckResult:
    """What the check found: ``release`` is set when it is newer than ``current``."""

    current: Version
    latest: Version
    release: Release | None

    @property
    def newer(self) -> bool:
        return self.release is not None

    def installer(self, platform: str | None = None) -> Asset | None:
        if self.release is None:
            return None
        return self.release.installer(platform) if platform else self.release.installer()

    def describe(self) -> str:
        if self.release is None:
            return (
                f"Assistant {self.current.text} is up to date (latest release: {self.latest.text})."
            )
        return f"Assistant {self.release.version.text} is available (you have {self.current.text})."


def api_base() -> str:
    return os.environ.get(ENV_API, "").strip().rstrip("/") or DEFAULT_API


def latest_url(base: str | None = None) -> str:
    return f"{base or api_base()}/repos/{REPOSITORY}/releases/latest"


def check_for_update(
    *, current: str = __version__, base: str | None = None, timeout: float = TIMEOUT
) -> CheckResult:
    """Ask for the latest release and compare it with ``current``; UpdateError on failure."""
    running = parse_version(current)
    if running is None:
        raise UpdateError(f"This build's version {current!r} cannot be compared with releases.")
    release = read_release(_parse_json(fetch_latest(latest_url(base), timeout)))
    newer = release if is_newer(release, running) else None
    return CheckResult(running, release.version, newer)


def fetch_latest(url: str, timeout: float = TIMEOUT) -> bytes:
    """The body of the API's answer about the latest release."""
    return fetch_bounded(url, timeout, accept="application/vnd.github+json")


def fetch_bounded(url: str, timeout: float = TIMEOUT, *, accept: str = "*/*") -> bytes:
    """The body of one GET of ``url``: at most :data:`MAX_BODY` bytes in ``timeout`` seconds."""
    if not allowed_url(url):
        raise UpdateError(f"The update address {url} is not HTTPS; not asking it.")
    host = urllib.parse.urlsplit(url).netloc
    request = urllib.request.Request(
        url,
        headers={
            "Accept": accept,
            "User-Agent": f"assistant/{__version__}",
            "X-GitHub-Api-Version": "2022-11-28",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        trust = tls.current()
        https = urllib.request.HTTPSHandler(context=tls.ssl_context(trust))
        opener = urllib.request.build_opener(https)
        with cast(http.client.HTTPResponse, opener.open(request, timeout=timeout)) as response:
            return _read_bounded(response, deadline, host)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise _http_error(exc.code, host) from None
    except ModelError as exc:  # the CA bundle setting is wrong
        raise UpdateError(str(exc)) from None
    except TimeoutError:
        raise _timed_out(host, timeout) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", None) or exc
        if isinstance(reason, TimeoutError):
            raise _timed_out(host, timeout) from None
        if isinstance(reason, ssl.SSLCertVerificationError):
            raise UpdateError(
                f"The secure connection to {host} could not be verified "
                f"({reason.verify_message or reason}); no update check was made."
            ) from None
        raise UpdateError(
            f"Could not reach {host} to check for updates ({reason}); "
            "check the internet connection."
        ) from None


def _read_bounded(response: http.client.HTTPResponse, deadline: float, host: str) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > MAX_BODY:
        raise _too_large(host)
    body = bytearray()
    while chunk := response.read1(_CHUNK):
        body += chunk
        if len(body) > MAX_BODY:
            raise _too_large(host)
        if time.monotonic() > deadline:
            raise TimeoutError
    return bytes(body)


def _parse_json(body: bytes) -> object:
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise UpdateError("GitHub's answer about the latest release was not readable.") from None


def _http_error(code: int, host: str) -> UpdateError:
    if code in (403, 429):
        return UpdateError(
            f"{host} is limiting requests from this network (HTTP {code}); "
            "the check will be tried again later."
        )
    if code == 404:
        return UpdateError("No release has been published yet.")
    return UpdateError(f"{host} answered HTTP {code} to the update check; try again later.")


def _timed_out(host: str, timeout: float) -> UpdateError:
    return UpdateError(f"{host} did not answer the update check within {timeout:g} seconds.")


def _too_large(host: str) -> UpdateError:
    return UpdateError(
        f"{host} sent more than {MAX_BODY // 1024} KB for one release; the answer was ignored."
    )
