"""The one module that knows where files live.

platformdirs gives the right folder on each OS; ``ASSISTANT_DATA_DIR`` (or
``--data-dir``) overrides it so tests and portable installs stay self-contained.
An empty override (``--data-dir ""``, or the variable set to nothing) is refused:
it is almost always an unset shell variable, and falling back to the user's own
folder would write a script's test data into their real database.
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path

import platformdirs

from assistant.errors import InvalidInput

APP_NAME = "Assistant"
APP_AUTHOR = "assistant"
ENV_DATA_DIR = "ASSISTANT_DATA_DIR"
DB_FILENAME = "assistant.db"
# The user's data is theirs alone (POSIX; Windows keeps a profile's files private).
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


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


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) as 0700, and tighten it if it is looser."""
    folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    tighten(folder)


def make_private_file(path: Path) -> None:
    """Create ``path`` empty as 0600 if it is missing, and tighten it if it is looser.

    Created with its final mode, so there is no moment when others can open it.
    """
    if os.name == "posix" and not path.exists():
        with suppress(FileExistsError):  # another process made it a moment ago
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    tighten(path)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all, 0600 from the start on POSIX.

    Through ``<name>.tmp`` beside it, flushed to disk, then one atomic rename,
    so a crash or a full disk never leaves half a file; on failure the
    temporary file is removed and the OSError raised for the caller to word.
    """
    make_private_folder(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    try:
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        tighten(tmp)  # O_TRUNC keeps the mode of an old .tmp
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())  # on a full disk the write may only fail here
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def tighten(path: Path) -> None:
    """Take group and other permissions off ``path`` (a folder or file) on POSIX.

    Only what the user owns, and never a shared folder with the sticky bit
    (``--data-dir /tmp`` must not lock everyone else out of /tmp).
    """
    if os.name != "posix":
        return
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    loose = stat.S_IMODE(info.st_mode) & 0o077
    if loose and info.st_uid == os.getuid() and not info.st_mode & stat.S_ISVTX:
        os.chmod(path, stat.S_IMODE(info.st_mode) & ~0o077)
