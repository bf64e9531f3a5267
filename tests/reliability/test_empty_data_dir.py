"""An empty data folder setting is a mistake, never "use the real folder".

``--data-dir ""`` (a script with an unset variable) used to fall through to the
user's own data folder and write into their database.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant import paths
from assistant.cli import main
from assistant.errors import InvalidInput


@pytest.fixture
def fake_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every default location and the working folder at an empty folder."""
    home = tmp_path / "home"
    home.mkdir()
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(name, str(home))
    monkeypatch.chdir(home)
    return home


@pytest.mark.parametrize("value", ["", "   "])
def test_empty_flag_is_refused_and_creates_nothing(
    value: str, fake_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env_dir = Path(os.environ[paths.ENV_DATA_DIR])
    code = main(["--data-dir", value, "todos", "add", "Buy milk"])
    out, err = capsys.readouterr()
    assert code != 0
    assert err.startswith("Error: ") and "--data-dir" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert out == ""
    assert list(fake_home.iterdir()) == []
    assert not env_dir.exists()


def test_empty_environment_variable_is_refused_and_creates_nothing(
    fake_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, "")
    code = main(["todos", "add", "Buy milk"])
    _, err = capsys.readouterr()
    assert code != 0
    assert err.startswith("Error: ") and paths.ENV_DATA_DIR in err
    assert err.count("\n") == 1
    assert list(fake_home.iterdir()) == []


def test_empty_values_raise_in_the_paths_module(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidInput):
        paths.data_dir("")
    monkeypatch.setenv(paths.ENV_DATA_DIR, " ")
    with pytest.raises(InvalidInput):
        paths.data_dir()


def test_unset_variable_still_means_the_default(
    fake_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    assert paths.data_dir().is_relative_to(fake_home)
