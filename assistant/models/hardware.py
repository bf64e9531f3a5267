"""What this machine offers the model: RAM, cores, disk, CPU features, GPU offload.

No psutil: each figure comes from the OS directly (/proc on Linux, sysctl on
macOS, the Win32 API through ctypes on Windows). Every probe degrades to
"unknown" (``None``) rather than failing, because a wrong guess here must
never stop the app from starting. The parsers take text so tests can feed
them any machine's /proc files.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import os
import platform
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import ModelError

log = logging.getLogger(__name__)

# llama.cpp's name for a CPU feature (as printed by llama_print_system_info)
# -> (the flag Linux lists in /proc/cpuinfo, the name to show a person).
_X86_FEATURES: dict[str, tuple[str, str]] = {
    "SSE3": ("pni", "SSE3"),
    "SSSE3": ("ssse3", "SSSE3"),
    "AVX": ("avx", "AVX"),
    "AVX2": ("avx2", "AVX2"),
    "FMA": ("fma", "FMA"),
    "F16C": ("f16c", "F16C"),
    "BMI2": ("bmi2", "BMI2"),
    "AVX_VNNI": ("avx_vnni", "AVX-VNNI"),
    "AVX512": ("avx512f", "AVX-512"),
    "AVX512_VBMI": ("avx512vbmi", "AVX-512 VBMI"),
    "AVX512_VNNI": ("avx512_vnni", "AVX-512 VNNI"),
    "AVX512_BF16": ("avx512_bf16", "AVX-512 BF16"),
    "AMX_INT8": ("amx_int8", "AMX-INT8"),
}
# On 64-bit ARM Linux "asimd" is NEON; 32-bit ARM says "neon".
_ARM_FEATURES: dict[str, tuple[str, str]] = {
    "NEON": ("asimd", "NEON"),
    "DOTPROD": ("asimddp", "the dot-product extension"),
    "FP16_VA": ("asimdhp", "half-precision arithmetic"),
    "MATMUL_INT8": ("i8mm", "the int8 matrix-multiply extension"),
    "SVE": ("sve", "SVE"),
}


_REINSTALL = (
    "Reinstall llama-cpp-python built on this computer (pip install --force-reinstall "
    "--no-binary llama-cpp-python llama-cpp-python) or use a build made for older processors."
)


@dataclass(frozen=True)
class HardwareInfo:
    """A snapshot for `assistant doctor` and the model list."""

    machine: str
    total_ram_bytes: int | None
    physical_cores: int
    cpu_features: frozenset[str] | None
    gpu_offload: bool


def probe() -> HardwareInfo:
    return HardwareInfo(
        machine=platform.machine(),
        total_ram_bytes=total_ram_bytes(),
        physical_cores=physical_cores(),
        cpu_features=cpu_features(),
        gpu_offload=supports_gpu_offload(),
    )


# --- RAM -------------------------------------------------------------------


def total_ram_bytes() -> int | None:
    """Installed RAM in bytes, or None when the OS would not say."""
    try:
        if sys.platform.startswith("linux"):
            return parse_meminfo(Path("/proc/meminfo").read_text())
        if sys.platform == "darwin":
            return int(_sysctl("hw.memsize"))
        if sys.platform == "win32":
            return _windows_total_ram()
    except (OSError, ValueError, subprocess.SubprocessError):
        log.debug("could not read the RAM size", exc_info=True)
    return None


def parse_meminfo(text: str) -> int | None:
    match = re.search(r"^MemTotal:\s+(\d+)\s*kB", text, re.MULTILINE)
    return int(match.group(1)) * 1024 if match else None


def _windows_total_ram() -> int | None:
    class MemoryStatusEx(ctypes.Structure):
        _fields_ = [
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatusEx()
    status.dwLength = ctypes.sizeof(MemoryStatusEx)
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    if not kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
        return None
    return int(status.ullTotalPhys)


def _sysctl(name: str) -> str:
    result = subprocess.run(
        ["sysctl", "-n", name], capture_output=True, text=True, timeout=5, check=True
    )
    return result.stdout.strip()


# --- cores -----------------------------------------------------------------


def physical_cores() -> int:
    """Physical cores this process may use: llama.cpp is fastest with one thread per core.

    Hyper-threads share a core's vector units, so counting them makes
    generation slower, not faster. Never less than 1.
    """
    cores = _os_physical_cores()
    if cores is None:
        cores = max(1, (os.cpu_count() or 2) // 2)
    allowed = _allowed_cpus()
    if allowed is not None:
        # A container or `taskset` may give us fewer CPUs than the machine has.
        cores = min(cores, allowed)
    return max(1, cores)


def _os_physical_cores() -> int | None:
    try:
        if sys.platform.startswith("linux"):
            return parse_cpuinfo_cores(Path("/proc/cpuinfo").read_text())
        if sys.platform == "darwin":
            return int(_sysctl("hw.physicalcpu"))
    except (OSError, ValueError, subprocess.SubprocessError):
        log.debug("could not count physical cores", exc_info=True)
    return None


def parse_cpuinfo_cores(text: str) -> int | None:
    """Distinct (physical id, core id) pairs; None where /proc/cpuinfo lacks them (ARM)."""
    cores: set[tuple[str, str]] = set()
    physical = "0"
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "physical id":
            physical = value.strip()
        elif key == "core id":
            cores.add((physical, value.strip()))
    return len(cores) or None


def _allowed_cpus() -> int | None:
    getaffinity = getattr(os, "sched_getaffinity", None)
    if getaffinity is None:
        return None
    try:
        return len(getaffinity(0)) or None
    except OSError:
        return None


# --- disk ------------------------------------------------------------------


def free_disk_bytes(path: Path) -> int:
    """Free bytes on the disk that holds ``path`` (which need not exist yet)."""
    probe_path = Path(path).absolute()
    while not probe_path.exists() and probe_path != probe_path.parent:
        probe_path = probe_path.parent
    return int(shutil.disk_usage(probe_path).free)


# --- CPU features ------------------------------------------------------------


def cpu_features() -> frozenset[str] | None:
    """Lower-case feature flags as Linux names them (avx2, fma, asimd, ...); None if unknown."""
    try:
        if sys.platform.startswith("linux"):
            return parse_cpuinfo_flags(Path("/proc/cpuinfo").read_text())
        if sys.platform == "darwin":
            return _macos_features()
        if sys.platform == "win32":
            return _windows_features()
    except (OSError, ValueError, subprocess.SubprocessError):
        log.debug("could not read CPU features", exc_info=True)
    return None


def parse_cpuinfo_flags(text: str) -> frozenset[str] | None:
    """The first "flags" (x86) or "Features" (ARM) line of /proc/cpuinfo."""
    match = re.search(r"^(?:flags|Features)\s*:(.*)$", text, re.MULTILINE)
    if not match:
        return None
    flags = set(match.group(1).split())
    if "neon" in flags:  # 32-bit ARM spells NEON differently
        flags.add("asimd")
    return frozenset(flags)


def _macos_features() -> frozenset[str] | None:
    if platform.machine() == "arm64":
        # Every Apple-silicon chip has NEON, dot-product and fp16 arithmetic.
        return frozenset({"asimd", "asimddp", "asimdhp"})
    words = " ".join(
        _sysctl(name) for name in ("machdep.cpu.features", "machdep.cpu.leaf7_features")
    ).lower()
    names = {"avx1.0": "avx", "avx2": "avx2", "fma": "fma", "f16c": "f16c", "bmi2": "bmi2"}
    return frozenset(flag for word, flag in names.items() if word in words.split())


def _windows_features() -> frozenset[str] | None:
    # IsProcessorFeaturePresent knows AVX, AVX2 and AVX-512F (Windows 10+), not FMA/F16C.
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    probes = {39: "avx", 40: "avx2", 41: "avx512f"}
    return frozenset(
        flag for code, flag in probes.items() if kernel32.IsProcessorFeaturePresent(code)
    )


_PROBE = (
    "import sys, llama_cpp; "
    "sys.stdout.write(llama_cpp.llama_print_system_info().decode('utf-8', 'replace'))"
)
# A bundled app (PyInstaller) has no interpreter to run ``-c``: its own
# executable answers these arguments instead (assistant/cli/doctor.py prints
# :func:`system_info_in_process` and exits), so the probe still runs in a child.
FROZEN_PROBE_ARGS = ("doctor", "--llama-system-info")
_ILLEGAL_INSTRUCTION = (-4, 0xC000001D)  # SIGILL on POSIX, STATUS_ILLEGAL_INSTRUCTION on Windows


class LlamaCrashed(Exception):
    """Loading llama.cpp died with an illegal instruction."""


LLAMA_CRASHED = (
    "llama.cpp crashed with an illegal instruction while loading: this build uses "
    f"processor features this computer lacks. {_REINSTALL}"
)


def llama_system_info() -> str | None:
    """llama.cpp's own account of what the installed build was compiled to use.

    Asked in a child process: on a CPU the build does not fit, merely loading
    the library can die with an illegal instruction, and that must not take
    the app (or `assistant doctor`) down with it. None when it cannot be asked.
    """
    frozen = getattr(sys, "frozen", False)
    command = [probe_executable(), *FROZEN_PROBE_ARGS] if frozen else [sys.executable, "-c", _PROBE]
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=120,
            # No console window flashing up when the windowed app asks (Windows).
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, subprocess.SubprocessError):
        log.debug("could not ask llama.cpp for its system info", exc_info=True)
        return None
    if result.returncode in _ILLEGAL_INSTRUCTION:
        raise LlamaCrashed
    return result.stdout if result.returncode == 0 else None


def probe_executable() -> str:
    """In a bundle: the console executable where there is one (Windows ships a
    windowed Assistant.exe beside assistant-cli.exe), whose output reliably
    reaches the pipe."""
    console = Path(sys.executable).with_name("assistant-cli.exe")
    return str(console) if sys.platform == "win32" and console.exists() else sys.executable


def system_info_in_process() -> str | None:
    """What :func:`llama_system_info` asks the child; call it only inside that child."""
    try:
        import llama_cpp
    except (ImportError, OSError):
        return None
    raw = llama_cpp.llama_print_system_info()
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def parse_system_info(text: str) -> frozenset[str]:
    """CPU features the build uses: the ``NAME = 1`` entries of its "CPU :" section."""
    features: set[str] = set()
    section = "CPU"  # older builds print the CPU flags without a section name
    for part in text.split("|"):
        if ":" in part:  # "CPU : SSE3 = 1" starts a backend's section
            section, _, part = part.partition(":")
            section = section.strip().upper()
        name, _, value = part.partition("=")
        if section == "CPU" and value.strip() == "1":
            features.add(name.strip().upper())
    return frozenset(features)


def _feature_table(build: frozenset[str], cpu: frozenset[str]) -> dict[str, tuple[str, str]]:
    return _ARM_FEATURES if "asimd" in cpu or "NEON" in build else _X86_FEATURES


def feature_summary(build: frozenset[str], cpu: frozenset[str]) -> tuple[list[str], list[str]]:
    """Display names of (the features this processor has, those the build uses).

    Only the features llama.cpp cares about, in its order, for `assistant doctor`.
    """
    table = _feature_table(build, cpu)
    has = [shown for flag, shown in table.values() if flag in cpu]
    uses = [shown for name, (_, shown) in table.items() if name in build]
    return has, uses


def cpu_problems(build: frozenset[str], cpu: frozenset[str]) -> list[str]:
    """Plain-English problems: features the build needs that this processor lacks."""
    table = _feature_table(build, cpu)
    # Entries such as LLAMAFILE, OPENMP or REPACK are build options, not CPU features.
    missing = [
        table[name][1] for name in sorted(build) if name in table and table[name][0] not in cpu
    ]
    if not missing:
        return []
    names = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
    return [
        f"This processor lacks {names}, which this build of llama.cpp needs: "
        f"the model would crash as soon as it runs. {_REINSTALL}"
    ]


def check_cpu() -> list[str]:
    """Problems that would stop the model from running here; an empty list means OK.

    Unknown on either side (no /proc, llama_cpp missing) is not reported as a
    problem: `assistant doctor` reports llama_cpp's absence on its own.
    """
    try:
        info = llama_system_info()
    except LlamaCrashed:
        return [LLAMA_CRASHED]
    cpu = cpu_features()
    if info is None or cpu is None:
        return []
    return cpu_problems(parse_system_info(info), cpu)


@functools.cache
def cpu_problems_once() -> tuple[str, ...]:
    """:func:`check_cpu`, run once per process: the answer cannot change while we run."""
    return tuple(check_cpu())


def ensure_cpu_supported() -> None:
    """Raise :class:`ModelError` when llama.cpp would die of an illegal instruction here.

    Call it before anything imports ``llama_cpp``: on such a processor merely
    loading the library can crash the process. Cheap after the first call.
    """
    problems = cpu_problems_once()
    if problems:
        raise ModelError(problems[0])


def supports_gpu_offload() -> bool:
    """Whether the installed llama.cpp can put layers on a GPU (Metal, CUDA, Vulkan...).

    False without asking where the CPU check fails: importing llama_cpp there
    could kill the process with an illegal instruction.
    """
    if cpu_problems_once():
        return False
    try:
        import llama_cpp

        return bool(llama_cpp.llama_supports_gpu_offload())
    except (ImportError, OSError, AttributeError):
        return False
