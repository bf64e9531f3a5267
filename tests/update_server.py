"""A real HTTP server on 127.0.0.1 that imitates GitHub's releases API, as the
download tests' fake hub imitates Hugging Face (tests/test_models_download.py).

``/repos/<REPOSITORY>/releases/latest`` answers what ``api.latest`` says (a
release dict, raw bytes, a status, a delay); ``/download/<name>`` serves the
bytes in ``api.files``. Every request is recorded with its headers.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from assistant.updates import check

LATEST_PATH = f"/repos/{check.REPOSITORY}/releases/latest"


@dataclass
class ReleasesApi:
    latest: dict[str, Any] | bytes = field(default_factory=dict)
    status: int = 200
    delay: float = 0.0  # seconds before answering (a stalled server)
    send_length: bool = True  # Content-Length header on the release's answer
    files: dict[str, bytes] = field(default_factory=dict)
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    released: threading.Event = field(default_factory=threading.Event)

    def release(self, tag: str, **extra: Any) -> dict[str, Any]:
        """Serve a release with ``tag`` as the latest; ``extra`` overrides its fields."""
        self.latest = {
            "tag_name": tag,
            "name": tag,
            "html_url": f"https://github.com/{check.REPOSITORY}/releases/tag/{tag}",
            "prerelease": False,
            "draft": False,
            "body": f"## What's new in {tag}\n\n- Faster calendar\n- Fixes",
            "assets": [
                self.asset(f"Assistant-{tag.lstrip('v')}-setup.exe", 1200),
                self.asset(f"Assistant-{tag.lstrip('v')}-macos-arm64.dmg", 1300),
                self.asset(f"assistant_{tag.lstrip('v')}_amd64.deb", 1400),
                self.asset(f"Assistant-{tag.lstrip('v')}-x86_64.AppImage", 1500),
                self.asset("SHA256SUMS.txt", 300),
            ],
            **extra,
        }
        return self.latest

    def asset(self, name: str, size: int) -> dict[str, Any]:
        return {"name": name, "size": size, "browser_download_url": f"{self.url}/download/{name}"}


class ApiHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        api: ReleasesApi = self.server.api  # type: ignore[attr-defined]
        api.requests.append({"path": self.path, "headers": dict(self.headers.items())})
        if self.path.startswith("/download/"):
            data = api.files.get(self.path.removeprefix("/download/"))
            return self._send(404, b"") if data is None else self._send(200, data)
        if self.path != LATEST_PATH:
            return self._send(404, b'{"message": "Not Found"}')
        if api.delay:
            api.released.wait(api.delay)
        body = api.latest if isinstance(api.latest, bytes) else json.dumps(api.latest).encode()
        self._send(api.status, body, length=api.send_length)

    def _send(self, status: int, body: bytes, *, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up (a timeout, a size test)
            self.wfile.write(body)


@pytest.fixture
def releases_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[ReleasesApi]:
    """The imitation, with ASSISTANT_UPDATES_API pointing at it."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), ApiHandler)
    server.daemon_threads = True
    state = ReleasesApi(url=f"http://127.0.0.1:{server.server_address[1]}")
    server.api = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    monkeypatch.setenv(check.ENV_API, state.url)
    yield state
    state.released.set()
    server.shutdown()
    server.server_close()
