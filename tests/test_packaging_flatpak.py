"""packaging/flatpak: the manifest and its pip module file, read without flatpak.

What only a build proves (the runtime, the BaseApp, the compile, the doctor in
the sandbox) runs in .github/workflows/flatpak.yml; this file keeps the pieces
consistent: one app id and one command name with the .deb, a module with
pinned, hashed files for every runtime dependency, the sandbox's permissions.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
FLATPAK = ROOT / "packaging" / "flatpak"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# What the PySide BaseApp provides (PySide6 itself, and NumPy for llama-cpp-python).
FROM_BASEAPP = {"pyside6", "pyside6-essentials", "shiboken6"}
SHA256 = re.compile(r"[0-9a-f]{64}")


def _shell_value(script: Path, name: str) -> str:
    match = re.search(rf'^{name}="([^"]+)"', script.read_text(encoding="utf-8"), re.M)
    assert match, f"{name}= not found in {script}"
    return match.group(1)


APP_ID = _shell_value(ROOT / "packaging" / "linux" / "build_deb.sh", "APP_ID")
COMMAND = _shell_value(ROOT / "packaging" / "linux" / "build_deb.sh", "COMMAND")
MANIFEST_PATH = FLATPAK / f"{APP_ID}.yml"


def _load_generator() -> ModuleType:
    # packaging/ is a folder of scripts, not a package (its name is taken on PyPI).
    spec = importlib.util.spec_from_file_location("flatpak_pip_module", FLATPAK / "pip_module.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["flatpak_pip_module"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(MANIFEST_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def pip_modules(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    assert "python3-requirements.json" in manifest["modules"]
    data = json.loads((FLATPAK / "python3-requirements.json").read_text(encoding="utf-8"))
    return {module["name"]: module for module in data["modules"]}


def _app_module(manifest: dict[str, Any]) -> dict[str, Any]:
    return next(m for m in manifest["modules"] if isinstance(m, dict) and m["name"] == "assistant")


def _pinned(module: dict[str, Any]) -> Requirement:
    """The requirement a module's pip3 install names ("name==version")."""
    command = module["build-commands"][0]
    assert command.startswith("pip3 install ") and "--no-index" in command, command
    return Requirement(re.findall(r'"([^"]+)"', command)[-1])


def _runtime_dependencies() -> list[Requirement]:
    reqs = [Requirement(text) for text in PYPROJECT["project"]["dependencies"]]
    # The Flatpak is Linux: a requirement marked for Windows or macOS is not in it.
    on_linux = [r for r in reqs if r.marker is None or r.marker.evaluate({"sys_platform": "linux"})]
    return [r for r in on_linux if canonicalize_name(r.name) not in FROM_BASEAPP]


# --- one app id, one command ------------------------------------------------------


def test_app_id_is_the_one_of_the_deb_desktop_file_and_metainfo(manifest: dict[str, Any]) -> None:
    assert manifest["id"] == APP_ID
    assert (ROOT / "resources" / "linux" / f"{APP_ID}.desktop").is_file()
    metainfo = ET.parse(ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    # Wayland's app id must name the desktop file the Flatpak exports, and the
    # icon a pip install takes from the theme is the one installed under it.
    resources = importlib.import_module("assistant.ui.resources")
    assert resources.APP_ID == APP_ID
    assert "setDesktopFileName(APP_ID)" in (ROOT / "assistant/ui/app.py").read_text()


def test_command_is_the_packaged_command_and_an_entry_point(manifest: dict[str, Any]) -> None:
    assert manifest["command"] == COMMAND
    desktop = (ROOT / "resources" / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert re.search(rf"^Exec={re.escape(COMMAND)}(\s|$)", desktop, re.M)
    metainfo = ET.parse(ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("provides/binary") == COMMAND
    # The command is a link to a console script pip writes from [project.scripts].
    commands = " ; ".join(_app_module(manifest)["build-commands"])
    link = re.search(rf"ln -s (\S+) \$\{{FLATPAK_DEST\}}/bin/{re.escape(COMMAND)}\b", commands)
    assert link, commands
    scripts = PYPROJECT["project"]["scripts"]
    assert link.group(1) in scripts
    module_name, _, function = scripts[link.group(1)].partition(":")
    assert callable(getattr(importlib.import_module(module_name), function))


def test_desktop_file_metainfo_and_icons_are_installed_under_the_app_id(
    manifest: dict[str, Any],
) -> None:
    commands = "\n".join(_app_module(manifest)["build-commands"])
    assert "resources/linux/${FLATPAK_ID}.desktop -t ${FLATPAK_DEST}/share/applications/" in (
        commands
    )
    assert "resources/linux/${FLATPAK_ID}.metainfo.xml -t ${FLATPAK_DEST}/share/metainfo/" in (
        commands
    )
    assert "hicolor/scalable/apps/${FLATPAK_ID}.svg" in commands
    sizes = re.search(r"for size in ([\d ]+);", commands)
    assert sizes, commands
    for size in sizes.group(1).split():
        assert (ROOT / "resources" / "icons" / f"assistant-{size}.png").is_file()
    assert (ROOT / "resources" / "icons" / "assistant.svg").is_file()


def test_the_app_is_built_from_this_checkout(manifest: dict[str, Any]) -> None:
    module = _app_module(manifest)
    (source,) = module["sources"]
    assert source["type"] == "dir"
    assert (MANIFEST_PATH.parent / source["path"]).resolve() == ROOT
    # pyside6-essentials is the BaseApp's PySide6 here: pip must not resolve anything.
    assert "--no-deps" in module["build-commands"][0]
    assert manifest["modules"].index("python3-requirements.json") < manifest["modules"].index(
        module
    )


# --- runtime and BaseApp ------------------------------------------------------------


def test_kde_runtime_with_the_pyside_baseapp_of_the_same_branch(
    manifest: dict[str, Any],
) -> None:
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["sdk"] == "org.kde.Sdk"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]
    assert re.fullmatch(r"6\.\d+", manifest["runtime-version"])
    # The BaseApp asks every app to run its cleanup script.
    assert "/app/cleanup-BaseApp.sh" in manifest["cleanup-commands"]


# --- Python dependencies --------------------------------------------------------------


@pytest.mark.parametrize("requirement", _runtime_dependencies(), ids=lambda r: r.name)
def test_every_runtime_dependency_has_a_pinned_hashed_module(
    requirement: Requirement, pip_modules: dict[str, dict[str, Any]]
) -> None:
    module = pip_modules.get(f"python3-{canonicalize_name(requirement.name)}")
    assert module is not None, f"no module for {requirement.name}: run pip_module.py"
    pinned = _pinned(module)
    assert canonicalize_name(pinned.name) == canonicalize_name(requirement.name)
    (version,) = [spec.version for spec in pinned.specifier if spec.operator == "=="]
    assert requirement.specifier.contains(version, prereleases=True), (requirement, version)
    # The package's own file, for each architecture Flathub builds.
    stem = re.sub(r"[-_.]+", "_", requirement.name).lower()
    for arch in ("x86_64", "aarch64"):
        own = [
            s
            for s in module["sources"]
            if arch in s.get("only-arches", [arch])
            and re.sub(r"[-_.]+", "_", s["url"].rsplit("/", 1)[1])
            .lower()
            .startswith(f"{stem}_{version}".replace(".", "_"))
        ]
        assert len(own) == 1, (requirement.name, arch)


def test_every_file_is_from_pypi_with_its_sha256(pip_modules: dict[str, dict[str, Any]]) -> None:
    for module in pip_modules.values():
        assert module["sources"], module["name"]
        for source in module["sources"]:
            assert source["type"] == "file"
            assert source["url"].startswith("https://files.pythonhosted.org/"), source["url"]
            assert SHA256.fullmatch(source["sha256"]), source
            assert set(source.get("only-arches", ["x86_64", "aarch64"])) <= {"x86_64", "aarch64"}


def test_llama_cpp_is_compiled_in_the_sandbox_portably(
    pip_modules: dict[str, dict[str, Any]],
) -> None:
    module = pip_modules["python3-llama-cpp-python"]
    sdists = [s for s in module["sources"] if s["url"].endswith(".tar.gz")]
    assert len(sdists) == 1 and "/llama_cpp_python-" in sdists[0]["url"]
    cmake_args = module["build-options"]["env"]["CMAKE_ARGS"].split()
    assert "-DGGML_NATIVE=OFF" in cmake_args
    assert "-DGGML_OPENMP=OFF" in cmake_args
    # Its build backend is there, and goes again once the app is built.
    backend = pip_modules["python3-scikit-build-core"]
    assert backend["cleanup"] == ["*"]
    names = list(pip_modules)
    assert names.index("python3-scikit-build-core") < names.index("python3-llama-cpp-python")


def test_the_baseapps_packages_are_not_installed_again(
    pip_modules: dict[str, dict[str, Any]],
) -> None:
    for module in pip_modules.values():
        for source in module["sources"]:
            name = source["url"].rsplit("/", 1)[1].lower()
            assert not name.startswith(("pyside6", "shiboken6", "numpy-")), name


# --- sandbox permissions ----------------------------------------------------------------


def test_finish_args_grant_what_the_app_uses_and_no_files(manifest: dict[str, Any]) -> None:
    args = manifest["finish-args"]
    for needed in (
        "--share=network",
        "--socket=wayland",
        "--device=dri",
        "--talk-name=org.freedesktop.secrets",
        "--talk-name=org.kde.StatusNotifierWatcher",
        "--talk-name=org.freedesktop.Notifications",
    ):
        assert needed in args
    assert "--socket=fallback-x11" in args or "--socket=x11" in args
    # Files come through the FileChooser portal; the data folder is the sandbox's own.
    assert not [a for a in args if a.startswith(("--filesystem", "--persist"))], args
    assert not [a for a in args if a.split("=", 1)[-1].split(":")[0] in ("home", "host")], args
    # Nothing that escapes the sandbox.
    assert "--talk-name=org.freedesktop.Flatpak" not in args
    assert not [a for a in args if a.startswith("--device=all")]


# --- the generator ----------------------------------------------------------------------


def _item(name: str, version: str, requires: list[str]) -> dict[str, Any]:
    return {"metadata": {"name": name, "version": version, "requires_dist": requires}}


def test_generator_walks_each_architectures_closure_with_the_runtimes_markers() -> None:
    generator = _load_generator()
    resolved = {
        "top": _item("top", "1", ['old-only; python_version < "3.12"', "mid[fast]", "numpy"]),
        "mid": _item(
            "mid", "2", ['speedups; extra == "fast"', 'armlib; platform_machine == "aarch64"']
        ),
        "speedups": _item("speedups", "3", []),
        "armlib": _item("armlib", "4", []),
    }
    top = Requirement("top")
    assert generator.closure(top, resolved, "x86_64", {"numpy"}) == ["speedups", "mid", "top"]
    assert generator.closure(top, resolved, "aarch64", {"numpy"}) == [
        "speedups",
        "armlib",
        "mid",
        "top",
    ]
    del resolved["armlib"]
    with pytest.raises(SystemExit, match="armlib is needed on aarch64"):
        generator.closure(top, resolved, "aarch64", {"numpy"})


def test_generator_shares_a_pure_wheel_and_splits_binary_ones_by_architecture() -> None:
    generator = _load_generator()

    def wheel(url: str) -> dict[str, Any]:
        return {
            "metadata": {"name": "x", "version": "1"},
            "download_info": {"url": url, "archive_info": {"hashes": {"sha256": "0" * 64}}},
        }

    per_arch = {
        "x86_64": {
            "pure": wheel("https://f/pure-1-py3-none-any.whl"),
            "bin": wheel("https://f/b-x86.whl"),
        },
        "aarch64": {
            "pure": wheel("https://f/pure-1-py3-none-any.whl"),
            "bin": wheel("https://f/b-arm.whl"),
        },
    }
    names = {"x86_64": ["pure", "bin"], "aarch64": ["pure", "bin"]}
    entries = generator.sources(names, per_arch)
    assert [(e["url"].rsplit("/", 1)[1], e.get("only-arches")) for e in entries] == [
        ("pure-1-py3-none-any.whl", None),
        ("b-x86.whl", ["x86_64"]),
        ("b-arm.whl", ["aarch64"]),
    ]
