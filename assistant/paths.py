"""The one module that knows where files live.

platformdirs gives the right folder on each OS; ``ASSISTANT_DATA_DIR`` (or
``--data-dir``) overrides it so tests and portable installs stay self-contained.
An empty override (``--data-dir ""``, or the variable set to nothing) is refused:
it is almost always an unset shell variable, and falling back to the user's own
folder would write a script's test data into their real database.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from assistant.errors import InvalidInput

APP_NAME = "Assistant"
APP_AUTHOR = "assistant"
ENV_DATA_DIR = "ASSISTANT_DATA_DIR"
DB_FILENAME = "assistant.db"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override``, else ``$ASSISTANT_DATA_DIR``, else the OS default.

    Raises InvalidInput when either is given but empty (see the module docstring).
    """
    if override is not None:
        if not os.fspath(override).strip():
            raise InvalidInput(
                "--data-dir was given an empty value; name a folder, "
                "or leave the option out to use the default data folder."
            )
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env is not None:
        if not env.strip():
            raise InvalidInput(
                f"{ENV_DATA_DIR} is set but empty; set it to a folder, "
                "or unset it to use the default data folder."
            )
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
