"""packaging/third_party_notices.py over this environment's real distributions.

The installers ship what it writes; here it runs on the test venv, where the
project and its runtime dependencies are installed beside test tools that
must not be listed.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    # packaging/ is a folder of scripts, not a package (its name is taken on PyPI).
    path = ROOT / "packaging" / "third_party_notices.py"
    spec = importlib.util.spec_from_file_location("third_party_notices", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["third_party_notices"] = module
    spec.loader.exec_module(module)
    return module


notices = _load()


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_closure_holds_the_runtime_dependencies_and_no_test_tools() -> None:
    names = {canonical(d.metadata["Name"]) for d in notices.runtime_closure()}
    assert {"pyside6-essentials", "shiboken6", "llama-cpp-python", "icalendar"} <= names
    assert "numpy" in names  # a dependency of a dependency
    assert not names & {"pytest", "mypy", "ruff", "hypothesis", "pyinstaller", "assistant"}


def test_every_distribution_has_a_licence_and_texts_travel(tmp_path: Path) -> None:
    path = notices.write(tmp_path / "THIRD_PARTY_NOTICES.txt")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("Third-party software in Assistant")
    assert "MIT License" in text and "Permission is hereby granted" in text  # our LICENSE
    assert "LGPL-3.0-only" in text and "ggml authors" in text
    # Qt's licence travels in full: PySide6's wheels ship no licence file.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "Apache License" in text
    for dist in notices.runtime_closure():
        assert f"\n{dist.metadata['Name']} {dist.version}\n  Licence: " in text
    llama = next(
        d for d in notices.runtime_closure() if canonical(d.metadata["Name"]) == "llama-cpp-python"
    )
    assert notices.licence_of(llama) == "MIT"
    assert notices.licence_texts(llama), "llama-cpp-python ships its licence file"


def test_the_command_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "notices.txt"
    script = ROOT / "packaging" / "third_party_notices.py"
    subprocess.run([sys.executable, str(script), "-o", str(out)], check=True, capture_output=True)
    assert out.stat().st_size > 10_000
