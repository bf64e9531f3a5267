"""Render resources/icons/assistant.svg into the PNG, .ico and .icns files the installers use.

The outputs are committed, so this only reruns when the SVG changes:

    build/pkg-venv/bin/python packaging/render_icons.py

PNGs come from Qt's own SVG renderer (the one the app uses at run time);
Pillow, when installed (it is in the packaging venv, not in .venv), packs
them into the Windows .ico and the macOS .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "assistant.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"Qt cannot read {SVG}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"assistant-{size}.png"
        if not image.save(str(path)):  # format from the .png suffix
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def pack_ico_icns() -> list[Path]:
    try:
        from PIL import Image  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print("Pillow is not installed: skipping assistant.ico and assistant.icns", file=sys.stderr)
        return []
    largest = Image.open(ICONS / "assistant-512.png")
    ico = ICONS / "assistant.ico"
    # Pillow downsamples the largest image for each size; 256 is the .ico maximum.
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    icns = ICONS / "assistant.icns"
    largest.save(icns, format="ICNS")
    return [ico, icns]


def main() -> int:
    for path in render_pngs() + pack_ico_icns():
        print(f"wrote {path.relative_to(ICONS.parents[1])} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
