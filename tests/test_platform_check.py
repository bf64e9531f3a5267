"""Why the window cannot open: doctor's display check and the app's fallback text.

A seam (fake ldd output, a failing probe) covers the wording and the packages;
one real run of the probe and one real start of the app show that both reach
Qt and ldd on this machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.ui import platform_check

ROOT = Path(__file__).resolve().parents[1]
# ldd on libqxcb.so where two helper libraries are missing.
FAKE_LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
"""
QT_SAID = 'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though found.'


@pytest.fixture
def broken_xcb(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setattr(platform_check, "xcb_plugin", lambda: Path("/opt/libqxcb.so"))
    monkeypatch.setattr(platform_check, "run_ldd", lambda _plugin: FAKE_LDD)
    monkeypatch.setattr(platform_check, "probe", lambda _env=None: (False, QT_SAID))


def test_missing_libraries_are_read_from_ldd_once_each() -> None:
    assert platform_check.missing_libraries(FAKE_LDD) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb-cursor.so.0",
    ]
    assert platform_check.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


@pytest.mark.usefixtures("broken_xcb")
def test_doctor_fails_the_display_check_and_names_the_packages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    code = main(["doctor", "--data-dir", str(tmp_path), "--skip-model-load"])
    lines = capsys.readouterr().out.splitlines()
    display = lines[1]
    assert code == 1
    assert display.startswith("FAIL  display: Assistant cannot open its window.")
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libxcb-cursor.so.0" in display
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0" in display
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms xcb-util-cursor" in display
    assert lines[-1] == "1 problem: display."


def test_doctor_skips_the_display_check_without_a_display(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)

    def no_probe(_env: object = None) -> tuple[bool, str]:
        raise AssertionError("probed without a display")

    monkeypatch.setattr(platform_check, "probe", no_probe)
    main(["doctor", "--data-dir", str(tmp_path), "--skip-model-load"])
    display = capsys.readouterr().out.splitlines()[1]
    assert display == (
        "ok    display: none here (DISPLAY and WAYLAND_DISPLAY unset); window not tried"
    )


@pytest.mark.usefixtures("broken_xcb")
def test_the_app_fallback_says_the_same_on_stderr_and_as_a_notification(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[str, str]] = []
    monkeypatch.setattr(platform_check, "notify", lambda title, text: sent.append((title, text)))
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    text = platform_check.report_failure(QT_SAID)
    assert capsys.readouterr().err.strip() == text
    assert sent == [(platform_check.HEADLINE, text)]
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0" in text


def test_without_missing_libraries_the_text_quotes_qt() -> None:
    text = platform_check.explain([], "first\nqt.qpa.xcb: could not connect to display :9\n")
    assert "Qt said: qt.qpa.xcb: could not connect to display :9" in text
    assert "DISPLAY" in text


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    return {**env, **extra}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")
def test_the_real_probe_fails_on_an_unreachable_display() -> None:
    # :97 has no X server; where xcb's libraries are missing, ldd names them.
    diagnosis = platform_check.diagnose(_env(DISPLAY=":97"))
    assert diagnosis.status == "fail"
    assert diagnosis.text.startswith("display: Assistant cannot open its window.")
    for library in platform_check.xcb_missing_libraries(_env()):
        assert library in diagnosis.text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")
def test_the_real_app_explains_instead_of_aborting() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from assistant.ui.app import application; application()"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=_env(DISPLAY=":97", PATH=os.environ.get("PATH", "")),
    )
    assert result.returncode == 1  # exited with the explanation, not aborted (-6)
    assert "Assistant cannot open its window." in result.stderr
    assert "platform plugin" in result.stderr  # Qt's own message is still there
    for library in platform_check.xcb_missing_libraries(_env()):
        assert library in result.stderr


def test_the_readme_installs_every_package_the_check_names() -> None:
    """A source install's instructions (README) and doctor's advice name the same packages."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")

    def command(tool: str) -> set[str]:
        start = readme.index(f"sudo {tool} install ")
        block = readme[start : readme.index("\n\n", start)].replace("\\\n", " ")
        return set(block.split()[3:])

    assert command("apt") == {debian for debian, _ in platform_check.PACKAGES.values()}
    assert command("dnf") == {fedora for _, fedora in platform_check.PACKAGES.values()}
