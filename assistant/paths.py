"""The one module that knows where files live.

platformdirs gives the right folder on each OS; ``ASSISTANT_DATA_DIR`` (or
``--data-dir``) overrides it so tests and portable installs stay self-contained.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Assistant"
APP_AUTHOR = "assistant"
ENV_DATA_DIR = "ASSISTANT_DATA_DIR"
DB_FILENAME = "assistant.db"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override``, else ``$ASSISTANT_DATA_DIR``, else the OS default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def db_path(base: Path) -> Path:
    """The SQLite file inside a data folder."""
    return base / DB_FILENAME


def models_dir(base: Path) -> Path:
    """Where downloaded GGUF files are kept."""
    return base / "models"


def cache_dir(base: Path) -> Path:
    """Derived files that can be rebuilt (prompt-prefix KV states)."""
    return base / "cache"


def config_path(base: Path) -> Path:
    """User settings (JSON)."""
    return base / "settings.json"
