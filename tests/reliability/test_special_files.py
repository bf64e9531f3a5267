"""Paths that name something other than a regular file, and GGUF headers built to exhaust.

`assistant import /dev/zero` read forever, importing a named pipe or `models
use` on one waited forever for a writer, and a GGUF of 100,000 nested arrays
overflowed the recursive header reader. The commands run in a child process
here with a timeout, so a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.models.gguf import MAX_ARRAY_DEPTH, inspect_gguf


def assistant(*argv: str, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *argv, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=60,  # a hang fails the test (TimeoutExpired) rather than the suite
        stdin=subprocess.DEVNULL,
    )


def fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev/zero")
@pytest.mark.parametrize(
    ("argv", "kind"),
    [
        (("import", "/dev/zero"), "a device"),
        (("import", "FIFO:calendar.ics"), "a named pipe"),
        (("models", "use", "FIFO:model.gguf"), "a named pipe"),
    ],
)
def test_special_files_are_refused_in_one_line(
    tmp_path: Path, argv: tuple[str, ...], kind: str
) -> None:
    args = [str(fifo(tmp_path, a[5:])) if a.startswith("FIFO:") else a for a in argv]
    result = assistant(*args, data=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr == f"Error: '{args[-1]}' is not a regular file (it is {kind}).\n"
    assert not (tmp_path / "data" / "settings.json").exists()


# --- GGUF arrays nested without end --------------------------------------------------


def nested_arrays_gguf(path: Path, depth: int) -> Path:
    """A GGUF whose one metadata value is an array of an array of ... ``depth`` deep."""
    key = b"general.nested"
    value = struct.pack("<I", 9) + struct.pack("<IQ", 9, 1) * (depth - 1) + struct.pack("<IQ", 5, 0)
    head = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", len(key)) + key + value
    path.write_bytes(head + b"\0" * 64)
    return path


def test_arrays_nested_100000_deep_are_refused_as_damage(tmp_path: Path) -> None:
    path = nested_arrays_gguf(tmp_path / "deep.gguf", 100_000)
    started = time.monotonic()
    with pytest.raises(ModelError) as err:
        inspect_gguf(path)
    assert time.monotonic() - started < 5
    assert str(err.value) == (
        f"{path} is damaged: its header contains arrays nested more than {MAX_ARRAY_DEPTH} deep."
    )


def test_nested_array_counts_are_bounded_by_the_file_size(tmp_path: Path) -> None:
    # One array claiming 2**60 element arrays: refused at once, not looped over.
    key = b"general.nested"
    value = struct.pack("<IIQ", 9, 9, 2**60)
    head = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", len(key)) + key + value
    path = tmp_path / "counts.gguf"
    path.write_bytes(head + b"\0" * 64)
    with pytest.raises(ModelError, match="is incomplete"):
        inspect_gguf(path)


def test_nesting_up_to_the_limit_is_still_read(tmp_path: Path) -> None:
    path = nested_arrays_gguf(tmp_path / "shallow.gguf", MAX_ARRAY_DEPTH)
    # The arrays pass; what fails is the missing architecture, later in the checks.
    with pytest.raises(ModelError, match=r"general\.architecture is missing"):
        inspect_gguf(path)
    path = nested_arrays_gguf(tmp_path / "deeper.gguf", MAX_ARRAY_DEPTH + 1)
    with pytest.raises(ModelError, match="arrays nested more than"):
        inspect_gguf(path)
