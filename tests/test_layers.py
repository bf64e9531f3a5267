"""The import contracts in pyproject.toml name every core module.

The "core never imports Qt" contract lists its source modules one by one
(import-linter cannot say "everything but assistant.ui"), so a new top-level
module or package would be unchecked until someone added it. This test fails
first.
"""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

import assistant

ROOT = Path(__file__).resolve().parents[1]


def contracts() -> dict[str, dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found = config["tool"]["importlinter"]["contracts"]
    return {c["name"]: c for c in found}


def test_the_qt_contract_covers_every_core_module() -> None:
    top = {f"assistant.{m.name}" for m in pkgutil.iter_modules(assistant.__path__)}
    contract = contracts()["The core never imports the window or Qt"]
    listed = set(contract["source_modules"])  # type: ignore[arg-type]
    assert listed == top - {"assistant.ui"}
    assert {"assistant.ui", "PySide6"} <= set(contract["forbidden_modules"])  # type: ignore[arg-type]
