"""Install a built .deb into a temporary root and check the packaged app works there.

    python3 packaging/linux/check_deb.py dist/assistant_0.1.0_amd64.deb [--json FILE]

Unprivileged: ``dpkg-deb -x`` unpacks the package into a temp folder, and the
app runs from there with a fresh data folder, the file keyring and Qt's
offscreen platform, so nothing on this machine is read or changed. Checks:

- the /usr/bin/local-assistant symlink, desktop entry, metainfo and icons are
  where menus look, named after the app id, and nothing claims
  /usr/bin/assistant (qtchooser's);
- the licence and the third-party notices are inside;
- every shared library the bundle needs resolves (bundled or from Depends);
- ``assistant --version`` names pyproject's version, which the package
  carries in Debian's spelling (packaging/versions.py: 0.2.0rc1 is 0.2.0~rc1);
- ``assistant doctor`` exits 0 (no model configured is only a warning);
- with ``SSL_CERT_DIR``/``SSL_CERT_FILE`` pointing at nothing, the doctor's
  certificates line still names the system store or certifi (issue 16's TLS proof);
- the main window builds and shows (offscreen), timed.

Prints the sizes and start-up times that docs/benchmarks.md records.
Standard library only: runs with any Python 3.11.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

APP_ID = "io.github.localassistant.Assistant"
COMMAND = "local-assistant"
WARM_RUNS = 5
ROOT = Path(__file__).resolve().parents[2]

# Runs inside the bundle through its `-c` runtime hook (the same stages as
# bench/startup_bench.py): the real window on an empty store, until it has
# painted once offscreen. The process's wall time is the figure recorded.
SHOW_WINDOW = """
import argparse
from PySide6.QtCore import QEvent, QObject
from assistant.ui import app, tasks
qapp = app.application()
ctx, window = app.build(argparse.Namespace())
painted = []
class PaintWatch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            painted.append(True)
        return False
watch = PaintWatch()
window.installEventFilter(watch)
window.show()
while not painted:
    qapp.processEvents()
print("painted", flush=True)
tasks.wait_idle()
ctx.store.close()
"""


class CheckFailed(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deb", type=Path)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--model",
        type=Path,
        help="a small GGUF: the packaged doctor must also load it and generate with it",
    )
    args = parser.parse_args(argv)
    try:
        results = check(args.deb.resolve(), args.model)
    except CheckFailed as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_summary(results)
    return 0


def check(deb: Path, model: Path | None = None) -> dict[str, Any]:
    control = run(["dpkg-deb", "--field", str(deb), "Version", "Depends"]).stdout
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)
    with tempfile.TemporaryDirectory(prefix="assistant-deb-") as tmp:
        root = Path(tmp) / "root"
        start = time.perf_counter()
        run(["dpkg-deb", "-x", str(deb), str(root)])
        unpack_s = time.perf_counter() - start
        exe = check_layout(root)
        missing = missing_libraries(root / "opt" / "assistant", fields["Depends"])
        if missing:
            raise CheckFailed("libraries neither bundled nor in Depends: " + ", ".join(missing))
        env = clean_env(Path(tmp))
        # Timed in this order so that "first" means the first start after
        # unpacking (--version) and the first start that loads Qt (window).
        version = expected_version(fields["Version"])
        version_times = timings(exe, env, "--version", expect=f"assistant {version}")
        window_times = timings(exe, env, "-c", SHOW_WINDOW, expect="painted")
        start = time.perf_counter()
        doctor = app(exe, env, "doctor", check=False)
        doctor_s = round(time.perf_counter() - start, 2)
        print(doctor.stdout + doctor.stderr, end="")
        if doctor.returncode != 0:
            raise CheckFailed(f"assistant doctor exited {doctor.returncode}")
        check_tls(exe, env, Path(tmp))
        model_s = check_model(exe, env, model) if model is not None else None
        return {
            "model_doctor_s": model_s,
            "deb": deb.name,
            "deb_bytes": deb.stat().st_size,
            "installed_bytes": tree_bytes(root),
            "bundle_files": sum(1 for p in (root / "opt" / "assistant").rglob("*") if p.is_file()),
            "unpack_s": round(unpack_s, 2),
            "version_first_s": version_times[0],
            "version_warm_median_s": statistics.median(version_times[1:]),
            "window_first_s": window_times[0],
            "window_warm_median_s": statistics.median(window_times[1:]),
            "doctor_s": doctor_s,
        }


def expected_version(debian: str) -> str:
    """pyproject's version, after checking that the package spells it Debian's way."""
    spec = importlib.util.spec_from_file_location("versions", ROOT / "packaging" / "versions.py")
    assert spec is not None and spec.loader is not None
    versions = importlib.util.module_from_spec(spec)
    sys.modules["versions"] = versions
    spec.loader.exec_module(versions)
    version = versions.project_version()
    if versions.derive(version).debian != debian:
        raise CheckFailed(f"the package's Version {debian} is not pyproject's {version}")
    return str(version)


def check_tls(exe: Path, env: dict[str, str], tmp: Path) -> None:
    """With OpenSSL's folders pointing at nothing, downloads still trust a real store.

    The bundle's OpenSSL would look in the build machine's folder; the frozen
    truststore (or certifi) must find authorities without it.
    """
    empty = tmp / "no-certs"
    empty.mkdir()
    hidden = {**env, "SSL_CERT_DIR": str(empty), "SSL_CERT_FILE": str(tmp / "no-such.pem")}
    doctor = app(exe, hidden, "doctor", "--skip-model-load", check=False)
    line = next((x for x in doctor.stdout.splitlines() if "certificates:" in x), "")
    print(f"without OpenSSL folders: {line.strip()}")
    if not line.startswith("ok") or not any(
        source in line for source in ("system trust store", "certifi")
    ):
        raise CheckFailed(f"the packaged app has no certificate store of its own: {line!r}")


def check_model(exe: Path, env: dict[str, str], model: Path) -> float:
    """The frozen llama.cpp loads a real GGUF and generates (the classic PyInstaller failure)."""
    start = time.perf_counter()
    doctor = app(exe, env, "doctor", "--model", str(model.resolve()), check=False)
    seconds = round(time.perf_counter() - start, 2)
    print(doctor.stdout + doctor.stderr, end="")
    if doctor.returncode != 0 or not any(
        line.startswith("ok") and " model " in f" {line} " for line in doctor.stdout.splitlines()
    ):
        raise CheckFailed(f"the packaged app could not load {model.name}")
    return seconds


def check_layout(root: Path) -> Path:
    link = root / "usr" / "bin" / COMMAND
    if not link.is_symlink() or os.path.isabs(os.readlink(link)):
        raise CheckFailed(f"/usr/bin/{COMMAND} should be a relative symlink into /opt/assistant")
    if (root / "usr" / "bin" / "assistant").exists():
        raise CheckFailed("/usr/bin/assistant belongs to qtchooser; the package must not ship it")
    expected = [
        "opt/assistant/assistant",
        "opt/assistant/_internal/resources/icons/assistant-256.png",
        f"usr/share/applications/{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        "opt/assistant/_internal/resources/LICENSE",
        "opt/assistant/_internal/resources/THIRD_PARTY_NOTICES.txt",
    ]
    for name in expected:
        if not (root / name).exists():
            raise CheckFailed(f"{name} is missing from the package")
    check_names(root / expected[2], root / expected[3])
    notices = re.sub(r"[-_.]+", "-", (root / expected[-1]).read_text(encoding="utf-8").lower())
    for component in ("lgpl-3-0", "llama-cpp-python", "pyside6-essentials", "mit license"):
        if component not in notices:
            raise CheckFailed(f"THIRD_PARTY_NOTICES.txt does not mention {component}")
    if not list((root / "opt/assistant/_internal/llama_cpp/lib").glob("libllama.so*")):
        raise CheckFailed("libllama.so is not in _internal/llama_cpp/lib, where llama_cpp looks")
    validate(["desktop-file-validate", str(root / expected[2])])
    validate(["appstreamcli", "validate", "--no-net", str(root / expected[3])])
    return link


def check_names(desktop: Path, metainfo: Path) -> None:
    """The desktop entry starts the command and shows the icon the package installs."""
    lines = desktop.read_text(encoding="utf-8").splitlines()
    entry = dict(line.split("=", 1) for line in lines if "=" in line)
    if entry.get("Exec", "").split()[:1] != [COMMAND] or entry.get("Icon") != APP_ID:
        raise CheckFailed(f"{desktop.name} should have Exec={COMMAND} and Icon={APP_ID}")
    text = metainfo.read_text(encoding="utf-8")
    for needed in (f"<id>{APP_ID}</id>", f">{APP_ID}.desktop<", f"<binary>{COMMAND}</binary>"):
        if needed not in text:
            raise CheckFailed(f"{metainfo.name} lacks {needed}")


def validate(command: list[str]) -> None:
    """Run a validator if this machine has it (desktop-file-utils, appstream)."""
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        print(f"note: {command[0]} is not installed; skipped")
        return
    if result.returncode != 0:
        raise CheckFailed(f"{command[0]} rejected the file:\n{result.stdout}{result.stderr}")


def missing_libraries(bundle: Path, depends: str) -> list[str]:
    """Libraries the app loads on every start that neither the bundle nor Depends provide.

    Checked with `ldd` as the bundle's loader sees them (``_internal`` first):
    the executable, llama.cpp, QtCore/Gui/Widgets and the platform plugins.
    Optional plugins (GTK theme, image formats) may need libraries a desktop
    lacks; Qt skips those quietly. A library missing on this machine is fine
    when Depends names its Debian package (libfoo.so.N is packaged as
    libfooN, or libfoo-N when the name ends in a digit): dpkg installs it.
    """
    internal = bundle / "_internal"
    targets = [bundle / "assistant", *internal.glob("llama_cpp/lib/lib*.so")]
    qt_core = re.compile(r"libQt6(Core|Gui|Widgets)\.so")
    targets += [p for p in internal.rglob("*.so*") if qt_core.match(p.name)]
    targets += list(internal.rglob("platforms/libq*.so"))
    packages = {re.split(r"[\s(]", dep.strip())[0] for dep in depends.split(",")}
    problems: set[str] = set()
    # The bootloader puts _internal on the library path; ldd must look there too.
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    for target in targets:
        out = subprocess.run(["ldd", str(target)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" not in line:
                continue
            soname = line.split()[0]
            if debian_package(soname) not in packages:
                problems.add(f"{soname} (for {target.name})")
    return sorted(problems)


def debian_package(soname: str) -> str:
    """Debian's package name for a shared library: libxcb-icccm.so.4 -> libxcb-icccm4."""
    match = re.fullmatch(r"(.+)\.so\.(\d+).*", soname)
    if not match:
        return soname
    name, major = match.groups()
    return f"{name}{'-' if name[-1].isdigit() else ''}{major}".lower()


def clean_env(tmp: Path) -> dict[str, str]:
    """A first-run user: empty home and data folder, no keychain, no display."""
    home = tmp / "home"
    home.mkdir()
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(tmp),
        "ASSISTANT_DATA_DIR": str(tmp / "data"),
        "ASSISTANT_KEYRING": "file",
        "QT_QPA_PLATFORM": "offscreen",
    }


def app(
    exe: Path, env: dict[str, str], *args: str, check: bool = True
) -> subprocess.CompletedProcess[str]:
    return run([str(exe), *args], env=env, check=check)


def timings(exe: Path, env: dict[str, str], *args: str, expect: str) -> list[float]:
    """Wall seconds of one first run and WARM_RUNS more, each checked for ``expect``."""
    seconds = []
    for _ in range(1 + WARM_RUNS):
        start = time.perf_counter()
        result = app(exe, env, *args)
        seconds.append(round(time.perf_counter() - start, 3))
        if expect not in result.stdout:
            raise CheckFailed(f"{args[0]} printed {result.stdout!r}, expected {expect!r}")
    return seconds


def run(
    command: list[str], env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    if check and result.returncode != 0:
        shown = " ".join(command[:2])
        raise CheckFailed(f"{shown} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result


def tree_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def print_summary(results: dict[str, Any]) -> None:
    mib = 1024 * 1024
    print(f"package         {results['deb']}: {results['deb_bytes'] / mib:.1f} MiB")
    print(f"installed       {results['installed_bytes'] / mib:.1f} MiB")
    for label, key in (("--version", "version"), ("window painted", "window")):
        first, warm = results[f"{key}_first_s"], results[f"{key}_warm_median_s"]
        print(f"{label:<16}first {first:.2f} s, warm (median of {WARM_RUNS}) {warm:.2f} s")
    print(f"doctor          exit 0 in {results['doctor_s']:.1f} s")
    if results["model_doctor_s"] is not None:
        print(f"doctor + model  loads and generates, exit 0 in {results['model_doctor_s']:.1f} s")
    print("OK: the .deb installs and the packaged app starts")


if __name__ == "__main__":
    raise SystemExit(main())
