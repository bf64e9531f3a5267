"""Servers for the sync tests: a real Radicale on 127.0.0.1, a misbehaving one, a keychain.

``Radicale``: Radicale's WSGI application in a thread, with a temporary
storage folder and an htpasswd user (alice / secret). A middleware counts the
requests that reach it, can refuse the sync-collection REPORT (a server
without RFC 6578), and the server can be stopped and started again on the
same port (offline and back). ``BadServer``: :mod:`http.server` answering
every request as the test says (401, 403, 404, 500, garbage, too slowly).
"""

from __future__ import annotations

import contextlib
import io
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import caldav
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from assistant.clock import Clock
from assistant.store import Store
from assistant.sync import Account, add_account

USER, PASSWORD = "alice", "secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in the test: the real interface, nothing of the OS's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class Radicale:
    """One Radicale server; ``requests`` lists (method, path) of each request it got."""

    def __init__(self, folder: Path) -> None:
        from radicale import Application, config

        folder.mkdir(parents=True, exist_ok=True)
        users = folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        configuration = config.load()
        configuration.update(
            {
                "storage": {"filesystem_folder": str(folder / "collections")},
                "auth": {
                    "type": "htpasswd",
                    "htpasswd_filename": str(users),
                    "htpasswd_encryption": "plain",
                    "delay": "0",  # no pause after a refused login: tests try wrong passwords
                },
                "rights": {"type": "owner_only"},
                "logging": {"level": "error"},
            },
            "test",
            privileged=True,
        )
        self.app = Application(configuration)
        self.port = free_port()
        self.requests: list[tuple[str, str]] = []
        self.refuse_sync_collection = False
        # Called with (method, path) as each request arrives, on the server's thread.
        self.hook: Callable[[str, str], None] | None = None
        self._server: WSGIServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def calendar_url(self, cal_id: str) -> str:
        return f"{self.url}{USER}/{cal_id}/"

    def _wsgi(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")
        self.requests.append((method, path))
        if self.hook is not None:
            self.hook(method, path)
        if self.refuse_sync_collection and method == "REPORT":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            body = environ["wsgi.input"].read(length)
            environ["wsgi.input"] = io.BytesIO(body)
            if b"sync-collection" in body:
                start_response("501 Not Implemented", [("Content-Type", "text/plain")])
                return [b"no sync-collection here"]
        return self.app(environ, start_response)

    def start(self) -> None:
        server = make_server(
            "127.0.0.1",
            self.port,
            self._wsgi,
            server_class=_ThreadingWSGIServer,
            handler_class=_QuietHandler,
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self._server = server

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- what another client (a phone) does on the server --------------------------

    def client(self) -> caldav.DAVClient:
        return caldav.DAVClient(
            self.url, username=USER, password=PASSWORD, timeout=10, auth_type="basic"
        )

    def make_calendar(self, cal_id: str, name: str, components: list[str] | None = None) -> None:
        principal = self.client().principal()
        principal.make_calendar(
            name=name, cal_id=cal_id, supported_calendar_component_set=components
        )

    def put(self, cal_id: str, filename: str, ics: str) -> None:
        answer = self.client().request(
            self.calendar_url(cal_id) + filename, "PUT", ics, {"Content-Type": "text/calendar"}
        )
        assert answer.status in (201, 204), answer.status

    def get(self, cal_id: str, filename: str) -> str | None:
        answer = self.client().request(self.calendar_url(cal_id) + filename, "GET")
        if answer.status == 404:
            return None
        assert answer.status == 200, answer.status
        raw = answer._raw
        return raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)

    def delete(self, cal_id: str, filename: str) -> None:
        answer = self.client().request(self.calendar_url(cal_id) + filename, "DELETE")
        assert answer.status in (200, 204), answer.status

    def files(self, cal_id: str) -> list[str]:
        answer = self.client().propfind(self.calendar_url(cal_id), ["{DAV:}getetag"], depth=1)
        names = [str(r.href).rsplit("/", 1)[-1] for r in answer.results]
        return sorted(n for n in names if n)


def add(store: Store, server: Radicale, clock: Clock, name: str = "home", **kw: Any) -> Account:
    return add_account(store, name, server.url, USER, PASSWORD, clock, **kw)


# -- a server that misbehaves ---------------------------------------------------------


class BadServer:
    """Answers every request with ``mode``: "401", "403", "404", "500", "garbage", "slow"."""

    def __init__(self) -> None:
        self.mode = "500"
        self.requests = 0
        self.reached = threading.Event()  # set when a request arrives
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                outer.requests += 1
                outer.reached.set()
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                mode = outer.mode
                if mode == "slow":
                    time.sleep(3)
                    mode = "garbage"
                if mode == "garbage":
                    body = b"<?xml version='1.0'?><multistatus><response><href>/x</hre"
                    self.send_response(207)
                else:
                    body = f"<html>{mode}</html>".encode()
                    self.send_response(int(mode))
                if mode == "401":
                    self.send_header("WWW-Authenticate", 'Basic realm="test"')
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(OSError):  # a client that gave up
                    self.wfile.write(body)

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_OPTIONS = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
