"""The app's icon: from resources/ in a checkout or a bundle, else from the icon
theme under the app id (a pip install, the Flatpak), so the tray icon is never blank."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from assistant.ui import resources

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def theme_folder(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """An empty hicolor theme as Qt's only icon theme, for the test's duration."""
    paths, name = QIcon.themeSearchPaths(), QIcon.themeName()
    theme = tmp_path / "icons" / "hicolor"
    (theme / "48x48" / "apps").mkdir(parents=True)
    (theme / "index.theme").write_text(
        "[Icon Theme]\nName=hicolor\nDirectories=48x48/apps\n\n[48x48/apps]\nSize=48\nType=Fixed\n",
        encoding="utf-8",
    )
    QIcon.setThemeSearchPaths([str(tmp_path / "icons")])
    QIcon.setThemeName("hicolor")
    yield theme
    QIcon.setThemeSearchPaths(paths)
    QIcon.setThemeName(name)


def test_a_checkout_uses_its_own_pngs(qapp: QApplication) -> None:
    icon = resources.app_icon()
    assert {size.width() for size in icon.availableSizes()} >= {16, 48, 256}


def test_without_resources_the_icon_installed_under_the_app_id(
    theme_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "resources_dir", lambda: None)
    shutil.copy(
        ROOT / "resources" / "icons" / "assistant-48.png",
        theme_folder / "48x48" / "apps" / f"{resources.APP_ID}.png",
    )
    icon = resources.app_icon()
    assert not icon.isNull()
    assert icon.name() == resources.APP_ID


def test_without_resources_or_an_installed_icon_there_is_none(
    theme_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "resources_dir", lambda: None)
    assert resources.app_icon().isNull()
