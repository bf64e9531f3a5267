#!/usr/bin/env python3
"""Write python3-requirements.json: the app's Python dependencies for flatpak-builder.

    python3.13 packaging/flatpak/pip_module.py [--output FILE]

The file has flatpak-pip-generator's layout (one module per requirement of
pyproject.toml, each a ``pip3 install --no-index`` over its own pinned files,
every file a PyPI URL with its SHA-256), so Flathub's tools and reviewers read
it as usual. What this script does beyond the generator:

- the requirements come from pyproject.toml itself, minus what the
  io.qt.PySide.BaseApp already holds (PySide6, and the NumPy llama-cpp-python
  needs);
- llama-cpp-python goes in as its source archive and is compiled in the
  sandbox (portable: ``-DGGML_NATIVE=OFF``; no OpenMP runtime to ship), with
  scikit-build-core and setuptools (the app's own build backend) as build-only
  modules that are removed from the finished app;
- every other package is a wheel: pure-Python wheels for all architectures,
  and manylinux wheels for x86_64 and aarch64 (``only-arches``) where a
  package has compiled parts (pydantic-core, cryptography, lxml, sqlcipher3
  with its own SQLCipher, ...), resolved for the runtime's Python.

Needs the network (PyPI only) and pip >= 23. Run it with the runtime's Python
minor version (RUNTIME_PYTHON) so pip evaluates version markers as the
sandbox will; the closure of each module is walked again here with the
sandbox's markers, per architecture.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

try:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # pip always carries a copy
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[assignment]
    from pip._vendor.packaging.utils import canonicalize_name  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUTPUT = HERE / "python3-requirements.json"

# org.kde.Platform 6.10 and 6.11 are built on the freedesktop SDK 25.08: Python 3.13.
RUNTIME_PYTHON = "3.13"
ARCHES = ("x86_64", "aarch64")
# manylinux tags the runtime's glibc (2.41) accepts; pip does not widen one tag to older ones.
MANYLINUX = ("manylinux2014", *(f"manylinux_2_{minor}" for minor in range(17, 40)))
# In io.qt.PySide.BaseApp already (its PySide6 is built against the runtime's Qt).
FROM_BASEAPP = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6", "numpy"}
# Built from source in the sandbox; everything else is a wheel.
FROM_SOURCE = {"llama-cpp-python"}
LLAMA_CMAKE_ARGS = "-DGGML_NATIVE=OFF -DGGML_OPENMP=OFF"
# Build backends: llama-cpp-python's and the app's own (pyproject's build-system).
BUILD_ONLY = ("scikit-build-core", "setuptools>=77")
# pip itself (sqlite-utils lists it) is the SDK's; nothing imports it at run time.
FROM_SDK = {"pip"}
PIP_INSTALL = (
    'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
    "--prefix=${FLATPAK_DEST} --no-build-isolation"
)


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    """The project's runtime dependencies, as pyproject.toml lists them."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return [Requirement(text) for text in data["project"]["dependencies"]]


def module_name(name: str) -> str:
    """flatpak-pip-generator's module name for a distribution."""
    return f"python3-{canonicalize_name(name)}"


def marker_env(arch: str) -> dict[str, str]:
    return {
        "python_version": RUNTIME_PYTHON,
        "python_full_version": f"{RUNTIME_PYTHON}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "os_name": "posix",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "platform_machine": arch,
    }


def pip_report(args: list[str]) -> list[dict[str, Any]]:
    """What ``pip install --dry-run`` would install, from its JSON report."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed"]
        command += ["--quiet", "--report", str(report), "--target", str(Path(tmp) / "t"), *args]
        # The user's pip configuration (local mirrors, find-links) must not leak in.
        env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": ""}
        subprocess.run(command, check=True, env=env)
        installs: list[dict[str, Any]] = json.loads(report.read_text())["install"]
        return installs


def resolve(requirements: list[str], arch: str) -> dict[str, dict[str, Any]]:
    """Wheels for ``arch`` and the runtime's Python, by canonical name."""
    platforms = [f"--platform={tag}_{arch}" for tag in MANYLINUX]
    args = ["--only-binary=:all:", "--implementation=cp", f"--python-version={RUNTIME_PYTHON}"]
    return {
        canonicalize_name(item["metadata"]["name"]): item
        for item in pip_report([*args, *platforms, *requirements])
    }


def closure(
    top: Requirement, resolved: dict[str, dict[str, Any]], arch: str, skip: set[str]
) -> list[str]:
    """``top`` and everything it needs on ``arch``, in install order (dependencies first)."""
    order: list[str] = []
    seen: set[tuple[str, frozenset[str]]] = set()

    def visit(name: str, extras: frozenset[str]) -> None:
        name = canonicalize_name(name)
        if name in skip or (name, extras) in seen:
            return
        seen.add((name, extras))
        if name not in resolved:
            raise SystemExit(f"{name} is needed on {arch} but pip did not resolve it")
        for text in resolved[name]["metadata"].get("requires_dist") or []:
            req = Requirement(text)
            if req.marker is None or any(
                req.marker.evaluate({**marker_env(arch), "extra": extra}) for extra in ("", *extras)
            ):
                visit(req.name, frozenset(req.extras))
        if name not in order:
            order.append(name)

    visit(top.name, frozenset(top.extras))
    return order


def source(item: dict[str, Any], arches: list[str] | None) -> dict[str, Any]:
    url = item["download_info"]["url"]
    entry: dict[str, Any] = {
        "type": "file",
        "url": url,
        "sha256": item["download_info"]["archive_info"]["hashes"]["sha256"],
    }
    if arches is not None:
        entry["only-arches"] = arches
    entry["x-checker-data"] = {
        "type": "pypi",
        "name": item["metadata"]["name"],
        "packagetype": "sdist" if url.endswith(".tar.gz") else "bdist_wheel",
    }
    return entry


def sources(
    names: dict[str, list[str]], per_arch: dict[str, dict[str, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Each needed file once: one entry where all arches share it, else one per arch."""
    entries: list[dict[str, Any]] = []
    for name in dict.fromkeys(n for arch in ARCHES for n in names[arch]):
        items = {arch: per_arch[arch][name] for arch in ARCHES if name in names[arch]}
        urls = {item["download_info"]["url"] for item in items.values()}
        if len(urls) == 1 and len(items) == len(ARCHES):
            entries.append(source(next(iter(items.values())), None))
        else:
            entries += [source(item, [arch]) for arch, item in items.items()]
    return entries


def module(
    req: Requirement, pinned: str, files: list[dict[str, Any]], build_only: bool = False
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "name": module_name(req.name),
        "buildsystem": "simple",
        "build-commands": [f'{PIP_INSTALL} "{pinned}"'],
        "sources": files,
    }
    if build_only:
        entry["cleanup"] = ["*"]
    return entry


def llama_sdist(req: Requirement) -> dict[str, Any]:
    """The pinned llama-cpp-python source archive, with its metadata."""
    items = pip_report(["--no-deps", f"--no-binary={req.name}", str(req)])
    return items[0]


def generate() -> dict[str, Any]:
    runtime = [r for r in runtime_requirements() if canonicalize_name(r.name) not in FROM_BASEAPP]
    wheels = [r for r in runtime if canonicalize_name(r.name) not in FROM_SOURCE]
    llama_req = next(r for r in runtime if canonicalize_name(r.name) == "llama-cpp-python")
    llama = llama_sdist(llama_req)
    llama_deps = [
        Requirement(text)
        for text in llama["metadata"].get("requires_dist") or []
        if Requirement(text).marker is None
        and canonicalize_name(Requirement(text).name) not in FROM_BASEAPP
    ]
    build = [Requirement(text) for text in BUILD_ONLY]
    everything = [str(r) for r in [*wheels, *llama_deps, *build]]
    per_arch = {arch: resolve(everything, arch) for arch in ARCHES}

    def pin(req: Requirement) -> str:
        version = per_arch[ARCHES[0]][canonicalize_name(req.name)]["metadata"]["version"]
        extras = f"[{','.join(sorted(req.extras))}]" if req.extras else ""
        return f"{req.name}{extras}=={version}"

    def files_for(reqs: list[Requirement]) -> list[dict[str, Any]]:
        names: dict[str, list[str]] = {arch: [] for arch in ARCHES}
        for arch in ARCHES:
            for req in reqs:
                for name in closure(req, per_arch[arch], arch, FROM_BASEAPP | FROM_SDK):
                    if name not in names[arch]:
                        names[arch].append(name)
        return sources(names, per_arch)

    modules = [module(req, pin(req), files_for([req]), build_only=True) for req in build]
    for req in runtime:
        if canonicalize_name(req.name) not in FROM_SOURCE:
            modules.append(module(req, pin(req), files_for([req])))
            continue
        version = llama["metadata"]["version"]
        entry = module(req, f"{req.name}=={version}", [source(llama, None), *files_for(llama_deps)])
        # Portable CPU code (AVX2 baseline on x86-64, as the other installers);
        # llama.cpp's own thread pool instead of OpenMP.
        entry["build-options"] = {"env": {"CMAKE_ARGS": LLAMA_CMAKE_ARGS}}
        modules.append(entry)
    return {
        "name": "python3-requirements",
        "buildsystem": "simple",
        "build-commands": [],
        "modules": modules,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if f"{sys.version_info.major}.{sys.version_info.minor}" != RUNTIME_PYTHON:
        print(
            f"warning: run with Python {RUNTIME_PYTHON} (the runtime's) so that pip's "
            "version markers match the sandbox",
            file=sys.stderr,
        )
    args.output.write_text(json.dumps(generate(), indent=4) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
