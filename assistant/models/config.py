"""Which model file the assistant runs.

The choice is stored as ``model_path`` in the settings JSON
(:func:`assistant.paths.config_path`); ``$ASSISTANT_MODEL`` overrides it for
one environment and ``--model`` for one command, in that order of strength.
Other keys in the settings file belong to other features and are kept as they are.
"""

from __future__ import annotations

import errno
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from assistant import paths
from assistant.errors import AssistantError

ENV_MODEL = "ASSISTANT_MODEL"
KEY_MODEL_PATH = "model_path"

Source = Literal["option", "environment", "settings"]


@dataclass(frozen=True)
class ModelChoice:
    """The configured model and where that choice came from."""

    path: Path
    source: Source


def load_settings(base: Path) -> dict[str, Any]:
    path = paths.config_path(base)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError as exc:
        raise AssistantError(
            f"The settings file {path} is not valid JSON ({exc}); fix it or delete it."
        ) from None
    except OSError as exc:
        raise AssistantError(f"The settings file {path} cannot be read: {exc.strerror}.") from None
    if not isinstance(data, dict):
        raise AssistantError(f"The settings file {path} should hold a JSON object.")
    return data


def save_settings(base: Path, data: dict[str, Any]) -> None:
    """Write atomically, so a crash never leaves half a settings file."""
    path = paths.config_path(base)
    paths.make_private_folder(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    try:
        # 0600 from the start; O_TRUNC keeps an old .tmp's mode, so tighten it as well.
        descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.PRIVATE_FILE_MODE)
        paths.tighten(tmp)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            # On a full disk the write may only fail here: never swap in a short file.
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise AssistantError(
                "The disk is full, so the settings were not saved; "
                "the old ones are kept. Free some space and try again."
            ) from None
        raise AssistantError(
            f"The settings file {path} cannot be written: {exc.strerror}."
        ) from None


def set_model_path(base: Path, model: Path) -> None:
    """Remember ``model`` (made absolute, so it works from any folder) and run it locally."""
    data = load_settings(base)
    data[KEY_MODEL_PATH] = str(Path(model).expanduser().absolute())
    # Choosing a file means running it here, also after a model server (models/server.py).
    if data.get("model_backend") == "server":
        data["model_backend"] = "local"
    save_settings(base, data)


def clear_model_path(base: Path) -> None:
    data = load_settings(base)
    if data.pop(KEY_MODEL_PATH, None) is not None:
        save_settings(base, data)


def model_choice(base: Path, override: str | os.PathLike[str] | None = None) -> ModelChoice | None:
    """``--model``, else ``$ASSISTANT_MODEL``, else the settings; None when nothing is chosen."""
    if override:
        return ModelChoice(Path(override).expanduser(), "option")
    env = os.environ.get(ENV_MODEL)
    if env:
        return ModelChoice(Path(env).expanduser(), "environment")
    stored = load_settings(base).get(KEY_MODEL_PATH)
    if isinstance(stored, str) and stored:
        return ModelChoice(Path(stored).expanduser(), "settings")
    return None


def configured_model(base: Path, override: str | os.PathLike[str] | None = None) -> Path | None:
    """The model file to run. Existence is not checked here: the runtime validates it."""
    choice = model_choice(base, override)
    return choice.path if choice else None
