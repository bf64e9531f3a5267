"""The model the window talks to: the core's :class:`ModelHolder`, reported as signals.

The window opens at once; :meth:`ModelController.load` reads the GGUF on the
window's long-work pool and reports progress, then ``ready`` or ``failed``.
Chat and the email panel take :meth:`session` around each generation, so the
two never run the model at the same time. Everything but the signals is the
holder's (:mod:`assistant.model_holder`); this class only forwards.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from assistant.agent.factory import Brain
from assistant.model_holder import FAILED, LOADING, NONE, READY, ModelHolder
from assistant.settings import Preferences
from assistant.ui.tasks import run_in_background

__all__ = ["FAILED", "LOADING", "NONE", "READY", "ModelController", "on_long_pool"]


def on_long_pool(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]
) -> None:
    """The holder's runner in the window: the long-work pool, results on the GUI thread."""
    run_in_background(work, on_done, on_error, kind="long")


class ModelController(QObject):
    # (what is happening, fraction 0..1)
    progress = Signal(str, float)
    # the model's display name
    ready = Signal(str)
    failed = Signal(str)
    unloaded = Signal()

    def __init__(self, holder: ModelHolder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.holder = holder
        holder.runner = on_long_pool
        holder.subscribe(self)

    # -- the holder's reports, as signals (from any thread) ----------------

    def model_progress(self, stage: str, fraction: float) -> None:
        self.progress.emit(stage, fraction)

    def model_ready(self, name: str) -> None:
        self.ready.emit(name)

    def model_failed(self, message: str) -> None:
        self.failed.emit(message)

    def model_unloaded(self) -> None:
        self.unloaded.emit()

    # -- the holder, forwarded ------------------------------------------------

    @property
    def base(self) -> Path:
        return self.holder.base

    @property
    def state(self) -> str:
        return self.holder.state

    @state.setter
    def state(self, value: str) -> None:
        self.holder.state = value

    @property
    def name(self) -> str:
        return self.holder.name

    @name.setter
    def name(self, value: str) -> None:
        self.holder.name = value

    @property
    def server(self) -> str:
        return self.holder.server

    @property
    def error(self) -> str:
        return self.holder.error

    @property
    def notice(self) -> str:
        return self.holder.notice

    @property
    def brain(self) -> Brain | None:
        return self.holder.brain

    @property
    def is_ready(self) -> bool:
        return self.holder.is_ready

    def configured_path(self) -> Path | None:
        return self.holder.configured_path()

    def is_configured(self) -> bool:
        return self.holder.is_configured()

    def load(self, prefs: Preferences, override: str | None = None) -> None:
        self.holder.load(prefs, override)

    def set_brain(self, brain: Brain, name: str) -> None:
        self.holder.set_brain(brain, name)

    def unload(self) -> None:
        self.holder.unload()

    def session(self) -> AbstractContextManager[Brain]:
        return self.holder.session()
