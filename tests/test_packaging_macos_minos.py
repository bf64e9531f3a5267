"""packaging/macos/check_minos.py's reading of ``otool -l`` (otool exists only on macOS,
where the release workflow runs the whole script on the built app)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]

# Abridged real output: a modern arm64 dylib, then an old-style x86_64 one.
BUILD_VERSION = """\
Load command 9
      cmd LC_BUILD_VERSION
  cmdsize 32
 platform 1
    minos 13.3
      sdk 14.0
   ntools 1
     tool 3
  version 1015.7
Load command 10
      cmd LC_SOURCE_VERSION
  cmdsize 16
  version 0.0
"""
VERSION_MIN = """\
Load command 8
      cmd LC_VERSION_MIN_MACOSX
  cmdsize 16
  version 10.9
      sdk 10.15
"""


def _load() -> ModuleType:
    path = ROOT / "packaging" / "macos" / "check_minos.py"
    spec = importlib.util.spec_from_file_location("check_minos", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_minos"] = module
    spec.loader.exec_module(module)
    return module


check_minos = _load()


def test_both_load_commands_are_read_and_nothing_else() -> None:
    # LC_SOURCE_VERSION's and LC_BUILD_VERSION's tool "version" lines are not minimums.
    assert check_minos.minimum_versions(BUILD_VERSION) == ["13.3"]
    assert check_minos.minimum_versions(VERSION_MIN) == ["10.9"]
    assert check_minos.minimum_versions(BUILD_VERSION + VERSION_MIN) == ["13.3", "10.9"]


def test_a_binary_newer_than_the_promise_is_reported() -> None:
    assert check_minos.too_new(BUILD_VERSION, "12.0") == ["13.3"]
    assert check_minos.too_new(BUILD_VERSION, "13.3") == []
    assert check_minos.too_new(VERSION_MIN, "12.0") == []
    assert check_minos.too_new(BUILD_VERSION, "14") == []


def test_mach_o_files_are_told_from_others(tmp_path: Path) -> None:
    macho = tmp_path / "libx.dylib"
    macho.write_bytes(b"\xcf\xfa\xed\xfe" + bytes(60))
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert check_minos.is_macho(macho) and not check_minos.is_macho(text)
