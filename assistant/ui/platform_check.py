"""Can Qt open a window here? The platform plugin, asked without importing Qt.

On a Linux desktop that lacks one of the X11 helper libraries Qt's xcb plugin
links against (libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0, ...), Qt only
says it "could not load the Qt platform plugin xcb" and aborts. This module
names what is missing and which package provides it:

- :func:`diagnose` (for `assistant doctor`) starts a tiny ``QGuiApplication``
  in a child process with the user's own environment, and on failure reads the
  xcb plugin's missing shared libraries from ``ldd``;
- :func:`explain_failure` (for the app, when Qt's fatal message arrives) gives
  the same text without a child process.

No Qt import here: doctor must work where Qt cannot load.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

log = logging.getLogger(__name__)

# Shared library -> (Debian/Ubuntu package, Fedora package).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
PROBE_TIMEOUT_S = 20.0
# A bundled app has no interpreter for ``-c``; its executable answers these instead.
FROZEN_PROBE_ARGS = ("doctor", "--qt-platform-probe")
_PROBE = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication([sys.argv[0]])\n"
    "print(app.platformName())\n"
)
HEADLINE = "Assistant cannot open its window."


@dataclass(frozen=True)
class Diagnosis:
    """What doctor reports: ``skip`` where there is no display to try."""

    status: Literal["ok", "skip", "fail"]
    text: str


def has_display(env: Mapping[str, str] | None = None) -> bool:
    """Whether a desktop session is there to open a window on (always, off Linux/BSD)."""
    env = os.environ if env is None else env
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def xcb_plugin() -> Path | None:
    """The X11 platform plugin of the installed PySide6, where there is one."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def run_ldd(plugin: Path) -> str:
    """``ldd``'s report on ``plugin`` (empty where ldd is missing or fails)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        log.debug("ldd failed on %s", plugin, exc_info=True)
        return ""
    return result.stdout


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ldd reports as "not found", each once, in ldd's order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def xcb_missing_libraries(env: Mapping[str, str] | None = None) -> list[str]:
    """What the installed xcb plugin lacks (none off Linux, where another platform is
    chosen, or where it cannot be told)."""
    chosen = (os.environ if env is None else env).get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (chosen and "xcb" not in chosen):
        return []
    plugin = xcb_plugin()
    return missing_libraries(run_ldd(plugin)) if plugin else []


def explain(missing: list[str], qt_said: str = "") -> str:
    """The plain text shown by doctor and by the app when the window cannot open."""
    if missing:
        debian = " ".join(dict.fromkeys(PACKAGES[m][0] for m in missing if m in PACKAGES))
        fedora = " ".join(dict.fromkeys(PACKAGES[m][1] for m in missing if m in PACKAGES))
        text = (
            f"{HEADLINE} Qt's X11 (xcb) platform plugin needs libraries this system "
            f"lacks: {', '.join(missing)}."
        )
        if debian:
            text += (
                f" Install them with `sudo apt install {debian}` (Debian, Ubuntu) "
                f"or `sudo dnf install {fedora}` (Fedora), then start Assistant again."
            )
        unknown = [m for m in missing if m not in PACKAGES]
        if unknown:
            text += f" Also install the package that provides {', '.join(unknown)}."
        return text
    said = _last_line(qt_said)
    detail = f" Qt said: {said}" if said else ""
    return (
        f"{HEADLINE} Qt's platform plugin could not start.{detail} "
        "Check that you are in a desktop session (DISPLAY or WAYLAND_DISPLAY set); "
        "`assistant doctor` checks the rest. The command line still works: "
        "see `assistant --help`."
    )


def explain_failure(qt_said: str = "") -> str:
    """The app's text when Qt could not load its platform plugin."""
    return explain(xcb_missing_libraries(), qt_said)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        from assistant.models.hardware import probe_executable

        return [probe_executable(), *FROZEN_PROBE_ARGS]
    return [sys.executable, "-c", _PROBE]


def probe_in_process() -> int:
    """The bundled app's probe (``doctor --qt-platform-probe``): open the platform, say its name."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0] if sys.argv else "assistant"])
    print(app.platformName())
    return 0


def probe(env: Mapping[str, str] | None = None) -> tuple[bool, str]:
    """(opened, platform name or Qt's complaint), from a child with the user's environment."""
    try:
        result = subprocess.run(
            probe_command(),
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
            env=dict(os.environ if env is None else env),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except subprocess.TimeoutExpired:
        return False, f"the platform plugin did not start within {PROBE_TIMEOUT_S:.0f} s"
    except (OSError, subprocess.SubprocessError) as exc:
        return False, f"the probe could not run ({exc})"
    if result.returncode == 0:
        return True, result.stdout.strip() or "unknown platform"
    return False, result.stderr


def diagnose(env: Mapping[str, str] | None = None) -> Diagnosis:
    """Open Qt's platform in a child; name what is missing when it cannot."""
    env = os.environ if env is None else env
    if not has_display(env):
        return Diagnosis(
            "skip", "display: none here (DISPLAY and WAYLAND_DISPLAY unset); window not tried"
        )
    opened, said = probe(env)
    if opened:
        return Diagnosis("ok", f"display: Qt opens its {said} platform")
    return Diagnosis("fail", f"display: {explain(xcb_missing_libraries(env), said)}")


def notify(title: str, text: str) -> bool:
    """A desktop notification through ``notify-send`` where it exists; True when sent."""
    tool = shutil.which("notify-send")
    if tool is None:
        return False
    try:
        subprocess.run(
            [tool, "--app-name=Assistant", "--urgency=critical", title, text],
            capture_output=True,
            timeout=5,
        )
    except (OSError, subprocess.SubprocessError):
        log.debug("notify-send failed", exc_info=True)
        return False
    return True


def report_failure(qt_said: str = "") -> str:
    """Say why the window cannot open: on stderr and as a desktop notification."""
    text = explain_failure(qt_said)
    print(text, file=sys.stderr, flush=True)
    notify(HEADLINE, text)
    return text
