"""THIRD_PARTY_NOTICES.txt: the licences of everything an installer ships.

    python packaging/third_party_notices.py [-o FILE]      (run with the build venv's python)

The installers carry Python, Qt, llama.cpp, OpenSSL, SQLite and every Python
distribution the app depends on, each under its own licence, and most of
those licences ask for their text to travel with the binaries. This writes
one plain-text file: first the components that Python's metadata does not
describe (the interpreter, the C/C++ libraries inside the wheels), then, for
each distribution in the closure of the project's runtime dependencies as
installed in this environment, its name, version, licence (the
License-Expression or License field, else the classifiers) and the text of
every licence file it ships; last, the full texts in packaging/licenses/ of
the licences named without a file (Qt's LGPL-3.0 and the GPL-3.0 it builds
on, OpenSSL's Apache-2.0). packaging/assistant.spec runs it at build time,
so the file describes exactly the environment that was frozen.

Standard library only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Licences named above whose text no distribution ships (PySide6's wheels carry none).
FULL_TEXTS = ("LGPL-3.0", "GPL-3.0", "Apache-2.0")
PROJECT = "assistant"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_RULE = "=" * 78

# Inside the bundle but not described by any distribution's metadata.
NATIVE_COMPONENTS = """\
Python {python}
  Licence: PSF-2.0 (Python Software Foundation License Version 2)
  https://docs.python.org/3/license.html

Qt 6 (inside PySide6 / shiboken6)
  Licence: LGPL-3.0-only
  The Qt libraries are shipped as separate shared libraries (the PySide6
  folder of the bundle), so they can be replaced with a modified build of the
  same version. Source: https://download.qt.io/official_releases/qt/
  Licence text: at the end of this file (LGPL-3.0, and the GPL-3.0 it builds on)

llama.cpp and ggml (inside llama-cpp-python)
  Licence: MIT. Copyright (c) The ggml authors
  https://github.com/ggml-org/llama.cpp

OpenSSL 3 (linked by Python's ssl module)
  Licence: Apache-2.0 (text at the end of this file)

SQLite
  Licence: public domain. https://sqlite.org/copyright.html

SQLCipher (inside sqlcipher3 wheels)
  Licence: BSD-3-Clause. Copyright (c) Zetetic LLC
  https://github.com/sqlcipher/sqlcipher
"""


def runtime_closure(project: str = PROJECT) -> list[metadata.Distribution]:
    """The installed distributions ``project`` needs at run time, itself excluded.

    Requirements guarded by an ``extra`` marker are left out (test and build
    tools); other markers (a platform) are decided by what is installed.
    """
    seen: dict[str, metadata.Distribution] = {}
    queue = list(_requirement_names(metadata.distribution(project).requires or []))
    while queue:
        name = _canonical(queue.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform
        seen[name] = dist
        queue.extend(_requirement_names(dist.requires or []))
    return sorted(seen.values(), key=lambda d: _canonical(d.metadata["Name"]))


def _requirement_names(requirements: Iterable[str]) -> Iterable[str]:
    for requirement in requirements:
        marker = requirement.partition(";")[2]
        if "extra" in marker:
            continue
        match = _NAME.match(requirement)
        if match:
            yield match.group(1)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    for field in ("License-Expression", "License"):
        value = (meta.get(field) or "").strip()
        if value and len(value) < 200 and "\n" not in value:
            return value
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or "not stated (see the files below)"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of every licence-like file in the distribution's metadata."""
    texts = []
    for file in dist.files or []:
        parts = file.parts
        in_metadata = any(p.endswith((".dist-info", ".egg-info")) for p in parts[:-1])
        if not in_metadata or not _LICENSE_FILE.search(file.name):
            continue
        path = Path(str(dist.locate_file(file)))
        try:
            texts.append((file.name, path.read_text(encoding="utf-8", errors="replace")))
        except OSError:
            continue
    return texts


def render(dists: list[metadata.Distribution]) -> str:
    python = ".".join(map(str, sys.version_info[:3]))
    own = (ROOT / "LICENSE").read_text(encoding="utf-8") if (ROOT / "LICENSE").is_file() else ""
    out = [
        "Third-party software in Assistant",
        _RULE,
        "Assistant itself is under the MIT licence:",
        "",
        own.strip(),
        "",
        _RULE,
        "Components without Python metadata",
        _RULE,
        NATIVE_COMPONENTS.format(python=python),
        _RULE,
        f"Python distributions ({len(dists)})",
        _RULE,
    ]
    for dist in dists:
        meta = dist.metadata
        out += ["", f"{meta['Name']} {dist.version}", f"  Licence: {licence_of(dist)}"]
        home = meta.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or [] if "," in u),
            None,
        )
        if home:
            out.append(f"  {home}")
        for name, text in licence_texts(dist):
            out += ["", f"  --- {name} ---", "", text.rstrip(), ""]
        out.append("-" * 78)
    for name in FULL_TEXTS:
        text = (ROOT / "packaging" / "licenses" / f"{name}.txt").read_text(encoding="utf-8")
        out += ["", _RULE, f"Full text: {name}", _RULE, "", text.rstrip()]
    return "\n".join(out) + "\n"


def write(path: Path, project: str = PROJECT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(runtime_closure(project)), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("THIRD_PARTY_NOTICES.txt"))
    args = parser.parse_args(argv)
    try:
        path = write(args.output)
    except metadata.PackageNotFoundError:
        print(f"{PROJECT} is not installed in this environment", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
