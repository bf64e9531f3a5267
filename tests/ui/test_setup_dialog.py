"""The first-run setup dialog against a real HTTP server on 127.0.0.1 that
imitates the hub: progress, pause and resume (Range), cancel, a gated file
that needs a token, and GGUF files picked from disk."""

from __future__ import annotations

import hashlib
import http.server
import struct
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from assistant import paths, secrets
from assistant.models import config, hardware, trial
from assistant.models.catalog import GIB, CatalogEntry
from assistant.models.download import Progress
from assistant.ui.context import AppContext
from assistant.ui.setup_dialog import SetupDialog, format_duration, progress_text

REPO = "org/tiny-GGUF"
TOKEN = "hf_test_token"


def _string(text: str) -> bytes:
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


def tiny_gguf(floats: int = 1024 * 1024) -> bytes:
    """A valid GGUF v3 file: llama metadata and one F32 tensor of zeros (4 MiB)."""
    meta = [
        _string("general.architecture") + struct.pack("<I", 8) + _string("llama"),
        _string("llama.context_length") + struct.pack("<II", 4, 4096),
        _string("tokenizer.chat_template") + struct.pack("<I", 8) + _string("{{ messages }}"),
    ]
    tensor = _string("token_embd.weight") + struct.pack("<I1QIQ", 1, floats, 0, 0)
    head = b"GGUF" + struct.pack("<IQQ", 3, 1, len(meta)) + b"".join(meta) + tensor
    head += b"\0" * (-len(head) % 32)
    return head + b"\0" * (4 * floats)


MODEL = tiny_gguf()


@dataclass
class Hub:
    data: bytes = MODEL
    throttle: bool = False  # send slowly, so a test can pause mid-transfer
    require_token: bool = False
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""


class HubHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        hub: Hub = self.server.hub  # type: ignore[attr-defined]
        hub.requests.append(
            {"range": self.headers.get("Range"), "auth": self.headers.get("Authorization")}
        )
        if self.path != f"/{REPO}/resolve/main/tiny.gguf":
            return self._empty(404)
        if hub.require_token and self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self._empty(401)
        start = int((self.headers.get("Range") or "bytes=0-")[6:].split("-")[0])
        body = hub.data[start:]
        self.send_response(206 if start else 200)
        self.send_header("X-Linked-Etag", f'"{hashlib.sha256(hub.data).hexdigest()}"')
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(hub.data) - 1}/{len(hub.data)}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for offset in range(0, len(body), 16 * 1024):
                self.wfile.write(body[offset : offset + 16 * 1024])
                if hub.throttle:
                    time.sleep(0.02)  # the server's pace, not the test's
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client paused or cancelled

    def _empty(self, status: int) -> None:
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hub]:
    monkeypatch.delenv("HF_TOKEN", raising=False)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HubHandler)
    state = Hub(url=f"http://127.0.0.1:{server.server_address[1]}")
    server.hub = state  # type: ignore[attr-defined]
    monkeypatch.setenv("HF_ENDPOINT", state.url)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


ENTRY = CatalogEntry(
    name="tiny",
    title="Tiny Test Model (F32)",
    repo_id=REPO,
    filename="tiny.gguf",
    size_bytes=len(MODEL),
    sha256=hashlib.sha256(MODEL).hexdigest(),
    license="Apache 2.0",
    family="llama3",
    ram_required_bytes=1024,
    context_length=4096,
    description="For tests.",
)


@pytest.fixture
def dialog(app_ctx: AppContext, qtbot: QtBot) -> SetupDialog:
    d = SetupDialog(app_ctx, entries=[ENTRY])
    qtbot.addWidget(d)
    d.show()
    return d


def model_file(ctx: AppContext) -> Path:
    return paths.models_dir(ctx.base) / "tiny.gguf"


def part_file(ctx: AppContext) -> Path:
    return paths.models_dir(ctx.base) / "tiny.gguf.part"


def wait_for_progress(qtbot: QtBot, dialog: SetupDialog) -> None:
    qtbot.waitUntil(lambda: dialog.progress.value() > 0 and " of " in dialog.status.text())


# -- recommendation ----------------------------------------------------------------


def test_recommends_the_3b_model_for_16_gb(
    app_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hardware, "total_ram_bytes", lambda: 16 * GIB)
    d = SetupDialog(app_ctx)
    qtbot.addWidget(d)
    assert d.recommendation.text() == (
        "You have 16 GB of memory; Llama 3.2 3B Instruct (2.0 GB) fits well."
    )
    assert d.entry.name == "llama-3.2-3b-instruct"
    assert "free in" in d.disk.text() and d.download_button.text() == "&Download"


def test_a_small_machine_gets_the_1b_model_and_a_warning_for_the_3b(
    app_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hardware, "total_ram_bytes", lambda: 3 * GIB)
    d = SetupDialog(app_ctx)
    qtbot.addWidget(d)
    assert d.entry.name == "llama-3.2-1b-instruct"
    assert "You have 3 GB of memory; Llama 3.2 1B Instruct (807.7 MB)" in d.recommendation.text()
    assert "may be slow" not in d.details.text()
    d.model_combo.setCurrentIndex(0)  # the 3B
    assert "Needs about 4 GB of memory" in d.details.text()
    assert "may be slow" in d.details.text()


def test_progress_text_reads_like_a_sentence() -> None:
    progress = Progress(1_200_000_000, 2_000_000_000, 8_400_000)
    assert progress_text(progress) == "1.2 GB of 2.0 GB · 8.4 MB/s · 2 min left"
    assert progress_text(Progress(5_000, None, 0)) == "5.0 KB"
    assert format_duration(42) == "42 s" and format_duration(3 * 3600 + 120) == "3 h 2 min"


# -- downloading ------------------------------------------------------------------------


def test_download_pause_and_resume_configure_the_model(
    dialog: SetupDialog, hub: Hub, app_ctx: AppContext, qtbot: QtBot
) -> None:
    hub.throttle = True
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    assert dialog.pause_button.isVisible() and not dialog.download_button.isVisible()
    wait_for_progress(qtbot, dialog)

    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.download_button.isVisible())
    assert dialog.download_button.text() == "&Resume"
    assert dialog.status.text().startswith("Paused")
    kept = part_file(app_ctx).stat().st_size
    assert 0 < kept < len(MODEL)
    assert not model_file(app_ctx).exists()
    assert config.configured_model(app_ctx.base) is None

    hub.throttle = False
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    assert model_file(app_ctx).read_bytes() == MODEL
    assert not part_file(app_ctx).exists()
    assert hub.requests[-1]["range"] == f"bytes={kept}-"
    assert config.configured_model(app_ctx.base) == model_file(app_ctx).absolute()


def test_cancel_deletes_the_partial_file(
    dialog: SetupDialog,
    hub: Hub,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def yes(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    hub.throttle = True
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    wait_for_progress(qtbot, dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in dialog.status.text())
    assert asked == ["Cancel the download?"]
    assert not part_file(app_ctx).exists() and not model_file(app_ctx).exists()
    assert dialog.download_button.text() == "&Download"
    assert not dialog.cancel_button.isVisible()
    assert dialog.result() == 0


def test_a_partial_download_from_an_earlier_run_is_offered_as_resume(
    app_ctx: AppContext, qtbot: QtBot, hub: Hub
) -> None:
    part_file(app_ctx).parent.mkdir(parents=True)
    part_file(app_ctx).write_bytes(MODEL[:1_000_000])
    d = SetupDialog(app_ctx, entries=[ENTRY])
    qtbot.addWidget(d)
    d.show()
    assert d.download_button.text() == "&Resume"
    assert "1.0 MB of 4.2 MB was downloaded earlier" in d.status.text()
    with qtbot.waitSignal(d.accepted, timeout=20_000):
        qtbot.mouseClick(d.download_button, Qt.MouseButton.LeftButton)
    assert hub.requests == [{"range": "bytes=1000000-", "auth": None}]
    assert model_file(app_ctx).read_bytes() == MODEL


def test_a_gated_model_asks_for_a_token_and_saves_it(
    dialog: SetupDialog, hub: Hub, app_ctx: AppContext, qtbot: QtBot
) -> None:
    hub.require_token = True
    assert not dialog.token_row.isVisible()
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.token_row.isVisible())
    assert "needs a Hugging Face access token" in dialog.status.text()
    assert dialog.token_edit.echoMode() == dialog.token_edit.EchoMode.Password

    qtbot.keyClicks(dialog.token_edit, TOKEN)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.token_button, Qt.MouseButton.LeftButton)
    assert secrets.get_secret(secrets.HF_TOKEN, app_ctx.base) == TOKEN
    assert hub.requests[0]["auth"] is None
    assert hub.requests[-1]["auth"] == f"Bearer {TOKEN}"
    assert model_file(app_ctx).read_bytes() == MODEL


def test_a_network_error_is_shown_with_retry(
    dialog: SetupDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # the discard port: nobody there
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.download_button.isVisible(), timeout=20_000)
    assert "Could not reach 127.0.0.1:9" in dialog.status.text()
    assert dialog.download_button.text() == "&Retry"
    assert "Traceback" not in dialog.status.text()


# -- a file on disk -------------------------------------------------------------------


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def test_a_truncated_file_is_refused_with_a_message(
    dialog: SetupDialog,
    app_ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(MODEL[: len(MODEL) // 2])
    choose(monkeypatch, broken)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.file_button.isEnabled())
    assert "broken.gguf" in dialog.status.text() and "Checking" not in dialog.status.text()
    assert dialog.isVisible() and dialog.result() == 0
    assert config.configured_model(app_ctx.base) is None


def test_a_valid_file_on_disk_becomes_the_model(
    dialog: SetupDialog,
    app_ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = tmp_path / "mine.gguf"
    good.write_bytes(MODEL)
    choose(monkeypatch, good)
    # A header-only file: the child-process test load (trial.trial_load) would fail
    # it; that load is tested in tests/reliability/test_crashing_model.py.
    monkeypatch.setattr(trial, "trial_load", lambda path, **_: None)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert config.configured_model(app_ctx.base) == good
