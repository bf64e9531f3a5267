"""The model catalog, the recommendation for this machine, and the hardware probes
behind it (fed with other machines' /proc text where the answer depends on them)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.models import catalog, hardware
from assistant.models.catalog import GIB

# --- catalog ---------------------------------------------------------------------------


def test_the_default_is_llama_3_2_3b() -> None:
    entry = catalog.get(catalog.DEFAULT_MODEL)
    assert entry.repo_id == "bartowski/Llama-3.2-3B-Instruct-GGUF"
    assert entry.filename == "Llama-3.2-3B-Instruct-Q4_K_M.gguf"
    assert entry.size_bytes == 2_019_377_696
    assert entry.license == "Llama 3.2 Community License"
    assert entry.family == "llama3"


def test_entries_are_well_formed() -> None:
    names = [entry.name for entry in catalog.entries()]
    assert len(set(names)) == len(names) == 3
    for entry in catalog.entries():
        assert entry.filename.endswith(".gguf")
        assert entry.repo_id.count("/") == 1
        assert entry.sha256 is None or re.fullmatch(r"[0-9a-f]{64}", entry.sha256)
        assert entry.ram_required_bytes > entry.size_bytes > 0
        assert entry.context_length >= 2048
        assert entry.family in ("llama3", "qwen2")
        assert catalog.find_by_filename(entry.filename) is entry
        assert entry.to_json()["name"] == entry.name


@pytest.mark.parametrize(
    ("ram", "expected"),
    [
        (16 * GIB, "llama-3.2-3b-instruct"),
        (6 * GIB, "llama-3.2-3b-instruct"),
        (6 * GIB - 1, "llama-3.2-1b-instruct"),
        (4 * GIB, "llama-3.2-1b-instruct"),
        (None, "llama-3.2-3b-instruct"),
    ],
)
def test_recommendation_follows_ram(ram: int | None, expected: str) -> None:
    assert catalog.recommend(ram).name == expected


def test_names_are_case_insensitive() -> None:
    assert catalog.get("  Qwen2.5-3B-Instruct ").license == "Qwen Research License"


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(ModelError) as err:
        catalog.get("gpt-5")
    message = str(err.value)
    assert "no model called 'gpt-5'" in message
    for entry in catalog.entries():
        assert entry.name in message


def test_find_by_filename_of_a_stranger() -> None:
    assert catalog.find_by_filename("my-model.gguf") is None


# --- hardware: parsers -----------------------------------------------------------------

MEMINFO = "MemTotal:       16314368 kB\nMemFree:         1234 kB\n"

# Two sockets x two cores x two hyper-threads = 8 logical CPUs, 4 physical cores.
CPUINFO_X86 = "".join(
    f"processor\t: {n}\nphysical id\t: {n // 4}\ncore id\t\t: {n % 2}\n"
    "flags\t\t: fpu sse2 pni ssse3 avx f16c fma\n\n"
    for n in range(8)
)
CPUINFO_ARM = "processor\t: 0\nFeatures\t: fp asimd evtstrm aes crc32 asimddp\n\n"


def test_meminfo_is_parsed() -> None:
    assert hardware.parse_meminfo(MEMINFO) == 16314368 * 1024
    assert hardware.parse_meminfo("nonsense") is None


def test_physical_cores_count_distinct_core_ids() -> None:
    assert hardware.parse_cpuinfo_cores(CPUINFO_X86) == 4
    assert hardware.parse_cpuinfo_cores(CPUINFO_ARM) is None


def test_cpu_flags_are_read_on_x86_and_arm() -> None:
    x86 = hardware.parse_cpuinfo_flags(CPUINFO_X86)
    assert x86 is not None and {"avx", "fma", "f16c"} <= x86 and "avx2" not in x86
    arm = hardware.parse_cpuinfo_flags(CPUINFO_ARM)
    assert arm is not None and "asimd" in arm
    arm32 = hardware.parse_cpuinfo_flags("Features\t: half thumb neon vfpv4\n")
    assert arm32 is not None and "asimd" in arm32  # NEON under its 32-bit name
    assert hardware.parse_cpuinfo_flags("") is None


def test_system_info_keeps_only_enabled_cpu_features() -> None:
    text = (
        "CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | AVX512 = 0 | LLAMAFILE = 1 | "
        "CUDA : ARCHS = 890 | USE_GRAPHS = 1 | "
    )
    assert hardware.parse_system_info(text) == {"SSE3", "AVX", "AVX2", "LLAMAFILE"}
    # Older builds print the flags without a "CPU :" section.
    assert hardware.parse_system_info("AVX = 1 | AVX2 = 0 | FMA = 1 | ") == {"AVX", "FMA"}


def test_a_missing_feature_is_a_plain_sentence() -> None:
    cpu = hardware.parse_cpuinfo_flags(CPUINFO_X86)
    assert cpu is not None
    problems = hardware.cpu_problems(frozenset({"AVX", "AVX2", "FMA", "OPENMP"}), cpu)
    assert len(problems) == 1
    assert problems[0].startswith("This processor lacks AVX2, which this build of llama.cpp needs")
    two = hardware.cpu_problems(frozenset({"AVX2", "AVX512"}), cpu)
    assert "lacks AVX2 and AVX-512," in two[0]


def test_a_matching_build_has_no_problems() -> None:
    cpu = hardware.parse_cpuinfo_flags(CPUINFO_X86)
    assert cpu is not None
    assert hardware.cpu_problems(frozenset({"SSE3", "AVX", "FMA", "F16C", "REPACK"}), cpu) == []
    arm = hardware.parse_cpuinfo_flags(CPUINFO_ARM)
    assert arm is not None
    assert hardware.cpu_problems(frozenset({"NEON", "DOTPROD"}), arm) == []
    assert "SVE" in hardware.cpu_problems(frozenset({"NEON", "SVE"}), arm)[0]


# --- hardware: this machine ------------------------------------------------------------


def test_the_installed_llama_cpp_runs_on_this_cpu() -> None:
    # The test suite runs the model on this very machine, so the build must fit it.
    info = hardware.llama_system_info()
    assert info is not None and "CPU" in info
    assert hardware.check_cpu() == []


def test_a_crash_while_loading_llama_cpp_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash() -> str:
        raise hardware.LlamaCrashed

    monkeypatch.setattr(hardware, "llama_system_info", crash)
    problems = hardware.check_cpu()
    assert len(problems) == 1 and "illegal instruction" in problems[0]


def test_an_unknown_cpu_or_build_is_not_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hardware, "llama_system_info", lambda: None)
    assert hardware.check_cpu() == []


def test_this_machine_is_probed() -> None:
    info = hardware.probe()
    assert info.physical_cores >= 1
    assert isinstance(info.gpu_offload, bool)
    if sys.platform.startswith("linux"):
        assert info.total_ram_bytes is not None and info.total_ram_bytes > 256 * 1024 * 1024
        assert info.cpu_features


def test_cores_fall_back_to_half_the_logical_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hardware, "_os_physical_cores", lambda: None)
    monkeypatch.setattr(hardware, "_allowed_cpus", lambda: None)
    monkeypatch.setattr(hardware.os, "cpu_count", lambda: 1)
    assert hardware.physical_cores() == 1
    monkeypatch.setattr(hardware.os, "cpu_count", lambda: 12)
    assert hardware.physical_cores() == 6


def test_cores_respect_the_cpus_this_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hardware, "_os_physical_cores", lambda: 16)
    monkeypatch.setattr(hardware, "_allowed_cpus", lambda: 4)
    assert hardware.physical_cores() == 4


def test_free_disk_is_measured_on_the_nearest_existing_folder(tmp_path: Path) -> None:
    assert hardware.free_disk_bytes(tmp_path / "not" / "yet" / "there") > 0
