"""A calendar feed on 127.0.0.1 for the subscription tests: real HTTP, with validators.

``FeedServer`` serves ``body`` at ``/cal.ics`` with an ETag (a hash of the body)
and a Last-Modified, answers 304 to a request whose ``If-None-Match`` or
``If-Modified-Since`` still matches, and logs every request (path, status,
headers), so a test can assert what a refresh cost. ``status`` makes it answer
an error instead (404, 500), and ``body`` may be anything (garbage).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Request:
    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None
    sent_bytes: int


def vcalendar(*events: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Feed//EN\r\n"
        + "".join(events)
        + ("END:VCALENDAR\r\n")
    )


def vevent(uid: str, summary: str, day: str = "20261225", extra: str = "") -> str:
    """An all-day event (a holiday) on ``day`` (YYYYMMDD)."""
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\n"
        f"DTSTART;VALUE=DATE:{day}\r\nSUMMARY:{summary}\r\n{extra}END:VEVENT\r\n"
    )


class FeedServer:
    def __init__(self, body: str = "") -> None:
        self.body = body.encode()
        self.status = 200
        self.send_validators = True
        self.requests: list[Request] = []
        self.modified = formatdate(1_790_000_000, usegmt=True)
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                outer._answer(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/cal.ics"

    @property
    def webcal(self) -> str:
        return f"webcal://127.0.0.1:{self.port}/cal.ics"

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'

    def publish(self, body: str, modified: int) -> None:
        """New content upstream, modified at the Unix time ``modified``."""
        self.body = body.encode()
        self.modified = formatdate(modified, usegmt=True)

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        match = handler.headers.get("If-None-Match")
        since = handler.headers.get("If-Modified-Since")
        status, body = self.status, self.body
        if status == 200 and self.send_validators:
            fresh = match == self.etag if match is not None else since == self.modified
            if (match is not None or since is not None) and fresh:
                status, body = 304, b""
        elif status != 200:
            body = b"<html>nope</html>"
        self.requests.append(Request(handler.path, status, match, since, len(body)))
        handler.send_response(status)
        if status in (200, 304) and self.send_validators:
            handler.send_header("ETag", self.etag)
            handler.send_header("Last-Modified", self.modified)
        if status != 304:
            handler.send_header("Content-Type", "text/calendar; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if body:
            handler.wfile.write(body)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
