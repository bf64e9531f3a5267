"""The model the window talks to: loaded in the background, one user at a time.

The window opens at once; :meth:`ModelController.load` reads the GGUF on a
worker thread and reports progress, then ``ready`` or ``failed``. Chat and the
email panel take :meth:`session` around each generation, so the two never run
the model at the same time (llama.cpp contexts are not re-entrant).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from assistant.agent.factory import Brain, load_brain, model_path
from assistant.errors import ModelError
from assistant.models.server import active_server
from assistant.settings import Preferences
from assistant.ui.tasks import run_in_background

log = logging.getLogger(__name__)

NONE, LOADING, READY, FAILED = "none", "loading", "ready", "failed"


class ModelController(QObject):
    # (what is happening, fraction 0..1)
    progress = Signal(str, float)
    # the model's display name
    ready = Signal(str)
    failed = Signal(str)
    unloaded = Signal()

    def __init__(self, base: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.state = NONE
        self.name = ""
        # Where the model runs, for the status bar: "" (this computer) or a server's host:port.
        self.server = ""
        self.error = ""
        # Said once the model is ready: why it is not where the settings put it.
        self.notice = ""
        self._brain: Brain | None = None
        self._busy = threading.Lock()
        self._generation = 0

    # -- loading ---------------------------------------------------------

    def configured_path(self) -> Path | None:
        try:
            return model_path(self.base)
        except ModelError:
            return None

    def is_configured(self) -> bool:
        """A model file or a model server is chosen."""
        return active_server(self.base) is not None or self.configured_path() is not None

    def load(self, prefs: Preferences, override: str | None = None) -> None:
        """Load the configured model off the GUI thread (replacing a loaded one)."""
        self.unload()
        self._generation += 1
        generation = self._generation
        self.state = LOADING
        remote = active_server(self.base, override)
        self.server = remote.host if remote is not None else ""
        try:
            self.name = remote.model if remote is not None else model_path(self.base, override).name
        except ModelError as exc:
            self._fail(str(exc), generation)
            return

        def report(stage: str, fraction: float) -> None:
            self.progress.emit(stage, fraction)

        def work() -> Brain:
            return load_brain(
                self.base,
                override,
                n_ctx=prefs.context_size,
                n_threads=prefs.threads,
                n_gpu_layers=prefs.gpu_layers,
                on_progress=report,
            )

        run_in_background(
            work,
            lambda brain: self._loaded(brain, generation),
            lambda message: self._fail(message, generation),
            kind="long",
        )

    def set_brain(self, brain: Brain, name: str) -> None:
        """Use an already loaded brain (a scripted fake in tests)."""
        self.unload()
        self._brain, self.name, self.state = brain, name, READY
        self.ready.emit(name)

    def _loaded(self, brain: Brain, generation: int) -> None:
        if generation != self._generation:  # superseded while loading
            brain.close()
            return
        if hasattr(brain.model, "on_progress"):
            # Later first evaluations (an email summary's own prefix) are not the load's.
            setattr(brain.model, "on_progress", None)  # noqa: B010
        if brain.notice:  # the server gave way to the local model, as the user set up
            self.server = ""
            path = self.configured_path()
            self.name = path.name if path is not None else self.name
        self.notice = brain.notice
        self._brain, self.state = brain, READY
        self.ready.emit(self.name)

    def _fail(self, message: str, generation: int) -> None:
        if generation != self._generation:
            return
        self.state, self.error = FAILED, message
        self.failed.emit(message)

    def unload(self) -> None:
        """Free the model's memory (waits for a running generation to end)."""
        self._generation += 1
        brain, self._brain = self._brain, None
        if brain is not None:
            with self._busy:
                brain.close()
        if self.state != NONE:
            self.state = NONE
            self.unloaded.emit()

    # -- using -----------------------------------------------------------

    @property
    def brain(self) -> Brain | None:
        return self._brain

    @property
    def is_ready(self) -> bool:
        return self.state == READY and self._brain is not None

    @contextmanager
    def session(self) -> Iterator[Brain]:
        """The brain, held exclusively; call from a worker thread only."""
        with self._busy:
            brain = self._brain
            if brain is None:
                raise ModelError(
                    "The model is not loaded yet; wait until the status bar says it is ready."
                )
            yield brain
