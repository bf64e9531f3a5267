"""The settings file keeps its place and format: a file written before still loads as it was."""

from __future__ import annotations

import json
from pathlib import Path

from assistant import paths
from assistant.models import config, server
from assistant.settings import Preferences, load_settings, save_settings

# A settings file as earlier versions wrote it (models/config.py and preferences.py):
# two-space indents, UTF-8 kept as is, a final newline, every feature's keys side by side.
EARLIER_FILE = """{
  "model_path": "/home/ana/Modelle/llama-3.2-3b-instruct-q4_k_m.gguf",
  "model_backend": "local",
  "preferences": {
    "threads": 6,
    "gpu_layers": 0,
    "context_size": 16384,
    "time_zone": "Europe/Lisbon",
    "theme": "dark",
    "close_to_tray": false,
    "journal_days": 30,
    "journal_megabytes": 20
  },
  "window": {
    "geometry": "AdnQywADAAAAAAB4",
    "tab": 2
  },
  "database_encrypted": false,
  "notiz": "Grüße"
}
"""


def write_earlier(base: Path) -> Path:
    path = paths.config_path(base)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(EARLIER_FILE, encoding="utf-8")
    return path


def test_the_file_is_where_it_was(tmp_path: Path) -> None:
    assert paths.config_path(tmp_path) == tmp_path / "settings.json"


def test_an_earlier_file_loads_unchanged(tmp_path: Path) -> None:
    write_earlier(tmp_path)
    assert load_settings(tmp_path) == json.loads(EARLIER_FILE)
    assert Preferences.load(tmp_path) == Preferences(
        threads=6,
        gpu_layers=0,
        context_size=16384,
        time_zone="Europe/Lisbon",
        theme="dark",
        close_to_tray=False,
        journal_days=30,
        journal_megabytes=20,
    )
    choice = config.model_choice(tmp_path)
    assert choice == config.ModelChoice(
        Path("/home/ana/Modelle/llama-3.2-3b-instruct-q4_k_m.gguf"), "settings"
    )
    assert server.server_choice(tmp_path) is None


def test_saving_writes_the_same_bytes_back(tmp_path: Path) -> None:
    path = write_earlier(tmp_path)
    Preferences.load(tmp_path).save(tmp_path)
    assert path.read_text(encoding="utf-8") == EARLIER_FILE
    save_settings(tmp_path, load_settings(tmp_path))
    assert path.read_text(encoding="utf-8") == EARLIER_FILE


def test_saving_preferences_keeps_the_other_keys(tmp_path: Path) -> None:
    path = write_earlier(tmp_path)
    prefs = Preferences.load(tmp_path)
    prefs.theme = "light"
    prefs.save(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    expected = json.loads(EARLIER_FILE)
    expected["preferences"]["theme"] = "light"
    assert data == expected


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    save_settings(
        tmp_path,
        {"preferences": {"threads": 0, "context_size": 1234, "theme": "sepia", "gpu_layers": -1}},
    )
    assert Preferences.load(tmp_path) == Preferences(gpu_layers=-1)
