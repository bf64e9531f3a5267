"""Which model file the assistant runs.

The choice is stored as ``model_path`` in the settings JSON
(:mod:`assistant.settings`); ``$ASSISTANT_MODEL`` overrides it for
one environment and ``--model`` for one command, in that order of strength.
Other keys in the settings file belong to other features and are kept as they are.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assistant.settings import load_settings, save_settings

ENV_MODEL = "ASSISTANT_MODEL"
KEY_MODEL_PATH = "model_path"

Source = Literal["option", "environment", "settings"]


@dataclass(frozen=True)
class ModelChoice:
    """The configured model and where that choice came from."""

    path: Path
    source: Source


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
