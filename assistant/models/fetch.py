"""One resumable, verified HTTP download: ``url`` -> ``dest`` through ``dest.part``.

Plain urllib (see :mod:`assistant.models.download` for why not huggingface_hub).
Bytes arrive in ``<dest>.part``, which is kept when the transfer is interrupted
or cancelled, so the next call asks for the rest with a ``Range`` header. The
whole file is hashed and compared with every known SHA-256 (the server's LFS
hash and the caller's pinned one); only then does ``os.replace`` give it its
final name, so a file under that name has always been verified. A mismatch
deletes the ``.part``.

Hugging Face answers ``/resolve/`` with a redirect to its CDN; that first
answer carries the LFS hash (``X-Linked-Etag``) and size (``X-Linked-Size``),
so the redirect handler keeps its headers. The bearer token goes only to the
host it was meant for, never to the CDN. Certificates are checked against the
authorities :mod:`assistant.models.tls` chooses (the system's trust store, not
the build machine's OpenSSL folder).
"""

from __future__ import annotations

import hashlib
import http.client
import logging
import os
import re
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any, cast

from assistant import __version__
from assistant.errors import ModelError
from assistant.models import hardware, tls

log = logging.getLogger(__name__)

ENV_ENDPOINT = "HF_ENDPOINT"
PART_SUFFIX = ".part"
DISK_MARGIN = 64 * 1024 * 1024  # never fill the disk to its last byte
_CHUNK = 256 * 1024
_REPORT_EVERY = 0.1  # seconds between progress callbacks
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Progress:
    downloaded: int
    total: int | None
    bytes_per_second: float

    @property
    def fraction(self) -> float | None:
        return self.downloaded / self.total if self.total else None


ProgressCallback = Callable[[Progress], None]


class DownloadCancelled(ModelError):
    """The caller's cancel event was set; the ``.part`` file is kept for resuming."""


class TokenRequired(ModelError):
    """The server wants a (valid) Hugging Face access token."""

    def __init__(self, message: str, *, token_sent: bool) -> None:
        super().__init__(message)
        self.token_sent = token_sent


@dataclass(frozen=True)
class _Job:
    url: str
    dest: Path
    token: str | None
    expected_sha256: str | None
    expected_size: int | None
    on_progress: ProgressCallback | None
    cancel: threading.Event | None
    check: Callable[[Path], object] | None
    timeout: float

    @property
    def part(self) -> Path:
        return part_path(self.dest)


@dataclass(frozen=True)
class _Remote:
    """What the server told us about the file."""

    total: int | None
    sha256: str | None
    start: int  # the byte the body begins at: the requested offset, or 0


class _Restart(Exception):
    """The partial file cannot be continued; start over from byte 0."""


def format_bytes(count: float) -> str:
    """Decimal units, as the hub shows sizes: 2.0 GB, 807.7 MB."""
    for unit in ("bytes", "KB", "MB"):
        if abs(count) < 1000:
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000
    return f"{count:.1f} GB"


def part_path(dest: Path) -> Path:
    return dest.with_name(dest.name + PART_SUFFIX)


def download_file(
    url: str,
    dest: Path,
    *,
    token: str | None = None,
    expected_sha256: str | None = None,
    expected_size: int | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    check: Callable[[Path], object] | None = None,
    timeout: float = 30.0,
) -> Path:
    """Download ``url`` to ``dest``, resuming what ``dest.part`` already holds.

    ``expected_size`` (if known) drives the disk-space check before any
    request. ``check`` runs on the verified ``.part`` before it is moved into
    place; a ModelError from it deletes the file.
    """
    job = _Job(
        url, Path(dest), token, expected_sha256, expected_size, on_progress, cancel, check, timeout
    )
    if job.dest.is_file() and (expected_size is None or job.dest.stat().st_size == expected_size):
        return job.dest  # only verified files ever get this name
    job.dest.parent.mkdir(parents=True, exist_ok=True)
    for _attempt in range(2):
        try:
            _download_once(job)
            return job.dest
        except _Restart:
            job.part.unlink(missing_ok=True)
    raise ModelError(f"The server for {url} does not answer partial requests consistently.")


def _download_once(job: _Job) -> None:
    offset = job.part.stat().st_size if job.part.is_file() else 0
    if job.expected_size is not None and offset > job.expected_size:
        raise _Restart
    _check_cancel(job.cancel, offset, job.expected_size)
    if offset and offset == job.expected_size and job.expected_sha256:
        # A previous run received every byte but stopped before moving the file
        # into place; asking the server for zero bytes would only earn a 416.
        _verify_and_place(job, _hash_prefix(job.part, offset).hexdigest(), [])
        return
    if job.expected_size is not None:
        _check_disk(job.dest.parent, job.expected_size - offset)

    response, remote = _open(job, offset)
    with response:
        pinned = (job.expected_sha256 or "").lower()
        if pinned and remote.sha256 and remote.sha256 != pinned:
            raise ModelError(
                f"The file at {job.url} has changed since this app's catalog was made "
                f"(SHA-256 {remote.sha256}, expected {pinned}); not downloading it."
            )
        if remote.total is not None:
            _check_disk(job.dest.parent, remote.total - remote.start)
        digest = _hash_prefix(job.part, remote.start)
        _receive(job, response, digest, remote)
    _verify_and_place(job, digest.hexdigest(), [remote.sha256])


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows the hub's redirect to its CDN, remembering the hub's headers
    (they carry the LFS hash) and sending the token only to the same host."""

    def __init__(self, token: str | None) -> None:
        self.token = token
        self.hops: list[Message] = []

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        self.hops.append(headers)
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        same_host = (
            urllib.parse.urlsplit(newurl).netloc == urllib.parse.urlsplit(req.full_url).netloc
        )
        if new is not None and self.token and same_host:
            # The CDN's signed URLs reject (and must never see) our bearer token.
            new.add_unredirected_header("Authorization", f"Bearer {self.token}")
        return new


def _open(job: _Job, offset: int) -> tuple[http.client.HTTPResponse, _Remote]:
    request = urllib.request.Request(
        job.url, headers={"User-Agent": f"assistant/{__version__}", "Accept-Encoding": "identity"}
    )
    if job.token:
        request.add_unredirected_header("Authorization", f"Bearer {job.token}")
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    redirects = _RedirectHandler(job.token)
    trust = tls.current()
    https = urllib.request.HTTPSHandler(context=tls.ssl_context(trust))
    opener = urllib.request.build_opener(redirects, https)
    try:
        response = cast(http.client.HTTPResponse, opener.open(request, timeout=job.timeout))
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 416 and offset:
            raise _Restart from None  # our .part is longer than the file: start over
        raise _http_error(exc, job.url, job.token) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", None) or exc
        host = urllib.parse.urlsplit(job.url).netloc
        if isinstance(reason, ssl.SSLCertVerificationError):
            raise _untrusted(host, reason, trust) from None
        raise ModelError(
            f"Could not reach {host} ({reason}). Check the internet connection "
            f"(or the {ENV_ENDPOINT} setting) and try again."
        ) from None
    try:
        remote = _describe(response, [*redirects.hops, response.headers], offset)
    except _Restart:
        response.close()
        raise
    return response, remote


def _describe(response: http.client.HTTPResponse, headers: list[Message], offset: int) -> _Remote:
    """Total size, LFS hash and starting byte from the status and headers."""
    # X-Linked-Etag from any hop; a plain ETag only from the first answer (the
    # hub's), because a CDN's ETag may be some other 64-hex hash of its own.
    candidates = [message.get("X-Linked-Etag") for message in headers]
    candidates.append(headers[0].get("ETag"))
    sha256 = next(filter(None, map(_etag_sha256, candidates)), None)
    length = response.headers.get("Content-Length")
    if response.status == 206:
        match = re.fullmatch(r"bytes (\d+)-\d+/(\d+|\*)", response.headers.get("Content-Range", ""))
        if not match or int(match.group(1)) != offset:
            raise _Restart
        total = int(match.group(2)) if match.group(2) != "*" else None
        return _Remote(total, sha256, offset)
    # A 200 to a Range request: the server ignored it and sends everything.
    total = int(length) if length and length.isdigit() else None
    if total is None:
        linked = next((m.get("X-Linked-Size") for m in headers if m.get("X-Linked-Size")), None)
        total = int(linked) if linked and linked.isdigit() else None
    return _Remote(total, sha256, 0)


def _untrusted(host: str, error: ssl.SSLCertVerificationError, trust: tls.Trust) -> ModelError:
    detail = error.verify_message or error.reason or str(error)
    return ModelError(
        f"The secure connection to {host} could not be verified ({detail}): its certificate "
        f"is not from an authority in {trust.describe()}. Behind a company proxy, add its "
        f"root certificate to the system's trust store, or set {tls.ENV_CA_BUNDLE} to a "
        "PEM file that holds it."
    )


def _etag_sha256(value: str | None) -> str | None:
    text = (value or "").strip().lower().removeprefix("w/").strip('"')
    return text if _SHA256.fullmatch(text) else None


def _http_error(exc: urllib.error.HTTPError, url: str, token: str | None) -> ModelError:
    if exc.code in (401, 403):
        if token:
            return TokenRequired(
                f"The server refused the access token for {url} (HTTP {exc.code}): check that "
                "the token is valid and that your account has accepted the model's licence.",
                token_sent=True,
            )
        return TokenRequired(
            f"{url} needs a Hugging Face access token (the server answered HTTP {exc.code}).",
            token_sent=False,
        )
    if exc.code == 404:
        return ModelError(
            f"{url} was not found (HTTP 404): the file may have been renamed or removed, "
            f"or the mirror in {ENV_ENDPOINT} does not have it."
        )
    if exc.code == 429:
        return ModelError("The server is limiting downloads (HTTP 429); wait a while and retry.")
    return ModelError(
        f"The download server answered HTTP {exc.code} ({exc.reason}) for {url}; try again later."
    )


# --- the file layer ----------------------------------------------------------


def _check_cancel(cancel: threading.Event | None, done: int, total: int | None) -> None:
    if cancel is not None and cancel.is_set():
        of = f" of {format_bytes(total)}" if total else ""
        raise DownloadCancelled(
            f"Download cancelled with {format_bytes(done)}{of} kept; "
            "start it again to resume where it stopped."
        )


def _check_disk(folder: Path, remaining: int) -> None:
    needed = max(0, remaining) + DISK_MARGIN
    free = hardware.free_disk_bytes(folder)
    if free < needed:
        raise ModelError(
            f"Not enough free disk space in {folder}: the download needs "
            f"{format_bytes(needed)} but only {format_bytes(free)} is free. "
            "Free some space and try again."
        )


def _hash_prefix(part: Path, length: int) -> Any:
    """SHA-256 state over the first ``length`` bytes already in ``part``."""
    digest = hashlib.sha256()
    if length:
        with part.open("rb") as handle:
            remaining = length
            while remaining:
                block = handle.read(min(8 * 1024 * 1024, remaining))
                if not block:
                    raise _Restart
                digest.update(block)
                remaining -= len(block)
    return digest


def _receive(job: _Job, response: http.client.HTTPResponse, digest: Any, remote: _Remote) -> None:
    meter = _Meter(job.on_progress, remote.total, remote.start)
    done = remote.start
    with job.part.open("r+b" if remote.start else "wb") as out:
        out.seek(remote.start)
        out.truncate()
        while True:
            _check_cancel(job.cancel, done, remote.total)
            try:
                chunk = response.read1(_CHUNK)
            except (OSError, http.client.HTTPException) as exc:
                raise _interrupted(done, remote.total, str(exc) or type(exc).__name__) from None
            if not chunk:
                break
            out.write(chunk)
            digest.update(chunk)
            done += len(chunk)
            meter.report(done)
        out.flush()
        os.fsync(out.fileno())
    meter.report(done, final=True)
    if remote.total is not None and done < remote.total:
        raise _interrupted(done, remote.total, "the connection closed early")


def _interrupted(done: int, total: int | None, reason: str) -> ModelError:
    of = f" of {format_bytes(total)}" if total else ""
    return ModelError(
        f"The download was interrupted after {format_bytes(done)}{of} ({reason}). "
        "Run it again to resume where it stopped."
    )


def _verify_and_place(job: _Job, actual: str, server_hashes: list[str | None]) -> None:
    known = [value.lower() for value in (job.expected_sha256, *server_hashes) if value]
    name = job.dest.name
    if any(actual != want for want in known):
        job.part.unlink(missing_ok=True)
        raise ModelError(
            f"The downloaded {name} is damaged: its SHA-256 ({actual}) does not match "
            f"the published one ({known[0]}). It was deleted; run the download again."
        )
    if not known:
        log.warning("%s has no published SHA-256; only its size was checked", name)
    if job.check is not None:
        try:
            job.check(job.part)
        except ModelError as exc:
            job.part.unlink(missing_ok=True)
            raise ModelError(
                f"The downloaded {name} is not usable and was deleted: {exc}"
            ) from None
    os.replace(job.part, job.dest)


class _Meter:
    """Turns byte counts into at most ~10 Progress callbacks a second."""

    def __init__(self, callback: ProgressCallback | None, total: int | None, start: int) -> None:
        self._callback = callback
        self._total = total
        self._start_bytes = start
        self._start_time = time.monotonic()
        self._last = 0.0

    def report(self, done: int, *, final: bool = False) -> None:
        if self._callback is None:
            return
        now = time.monotonic()
        if not final and now - self._last < _REPORT_EVERY:
            return
        self._last = now
        elapsed = now - self._start_time
        speed = (done - self._start_bytes) / elapsed if elapsed > 0 else 0.0
        self._callback(Progress(done, self._total, speed))
