"""packaging/versions.py: one PEP 440 version, spelled for each installer.

The Debian spellings are ordered by the real ``dpkg --compare-versions``
(where dpkg exists) and must agree with PEP 440's order; the Windows numbers
must be what Inno Setup's VersionInfoVersion accepts.
"""

from __future__ import annotations

import importlib.util
import itertools
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    # packaging/ is a folder of scripts, not a package (its name is taken on PyPI).
    spec = importlib.util.spec_from_file_location("versions", ROOT / "packaging" / "versions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["versions"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


versions = _load()

# In PEP 440 order, lowest first.
ORDERED = [
    "0.2.0.dev1",
    "0.2.0a2",
    "0.2.0rc1.dev3",
    "0.2.0rc1",
    "0.2.0",
    "0.2.0.post1",
    "0.2.1",
    "1.0.0b3",
    "1.0.0",
]

EXPECTED = {
    # version: (debian, windows numeric, macOS short/build)
    "0.2.0": ("0.2.0", "0.2.0.0", "0.2.0"),
    "0.2.0rc1": ("0.2.0~rc1", "0.2.0.0", "0.2.0"),
    "0.2.0a2": ("0.2.0~a2", "0.2.0.0", "0.2.0"),
    "0.2.0.post1": ("0.2.0+post1", "0.2.0.1", "0.2.0"),
    "1.0.0b3": ("1.0.0~b3", "1.0.0.0", "1.0.0"),
    "0.2.0.dev1": ("0.2.0~~dev1", "0.2.0.0", "0.2.0"),
    "0.3": ("0.3", "0.3.0.0", "0.3.0"),
}


@pytest.mark.parametrize("version", EXPECTED)
def test_each_format_spells_the_version(version: str) -> None:
    debian, windows, macos = EXPECTED[version]
    derived = versions.derive(version)
    assert derived.pep440 == version
    assert derived.debian == debian
    assert derived.windows_numeric == windows
    assert derived.windows_display == version
    assert derived.macos_short == derived.macos_build == macos
    assert all(0 <= n <= 65535 for n in derived.windows_tuple)


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg is not installed")
@pytest.mark.parametrize(("lower", "higher"), list(itertools.combinations(ORDERED, 2)))
def test_dpkg_orders_them_as_pep440_does(lower: str, higher: str) -> None:
    a, b = versions.derive(lower).debian, versions.derive(higher).debian
    result = subprocess.run(["dpkg", "--compare-versions", a, "lt", b], check=False)
    assert result.returncode == 0, f"dpkg does not sort {a} before {b}"


@pytest.mark.parametrize("bad", ["1!0.2.0", "0.2.0+local", "0.2.0.1.5", "v0.2.0", "0.2.0-rc1", ""])
def test_what_some_installer_cannot_spell_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="version"):
        versions.derive(bad)


def test_the_command_line_reads_pyproject() -> None:
    script = str(ROOT / "packaging" / "versions.py")
    run = subprocess.run(
        [sys.executable, script, "debian", "--version", "0.2.0rc1"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout == "0.2.0~rc1\n"
    current = subprocess.run(
        [sys.executable, script, "pep440"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert current == versions.project_version()
    bad = subprocess.run(
        [sys.executable, script, "windows-numeric", "--version", "1!1.0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1 and "versions.py:" in bad.stderr
