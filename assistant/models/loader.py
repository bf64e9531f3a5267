"""Loading the model off the caller's thread, and unloading it when idle.

Plain callbacks, no Qt: the GUI's worker turns them into signals (the window is
usable before the model has loaded). Callbacks run on the loading thread.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, Protocol, TypeVar

from assistant.errors import AssistantError
from assistant.models.runtime import LlamaModel, ProgressCallback

log = logging.getLogger(__name__)


def load_in_background(
    path: str | os.PathLike[str],
    *,
    on_loaded: Callable[[LlamaModel], None],
    on_error: Callable[[str], None],
    on_progress: ProgressCallback | None = None,
    load: Callable[..., LlamaModel] = LlamaModel.load,
    **options: Any,
) -> threading.Thread:
    """Start ``load(path, on_progress=..., **options)`` on a daemon thread.

    Exactly one of ``on_loaded(model)`` or ``on_error(message)`` is called; the
    message is ready to show to the user.
    """

    def run() -> None:
        try:
            model = load(path, on_progress=on_progress, **options)
        except AssistantError as exc:
            on_error(str(exc))
            return
        except Exception as exc:  # a bug, but the user still deserves a sentence
            log.exception("loading %s failed", path)
            on_error(f"The model could not be loaded ({type(exc).__name__}: {exc}).")
            return
        on_loaded(model)

    # A daemon thread: quitting the app must not wait for a half-read model file.
    thread = threading.Thread(target=run, name="model-loader", daemon=True)
    thread.start()
    return thread


class Closeable(Protocol):
    def close(self) -> None: ...


M = TypeVar("M", bound=Closeable)


class ModelHolder(Generic[M]):
    """Loads the model on first use and frees it after ``idle_seconds`` unused.

    A few GB of RAM stay taken while the model is loaded; an assistant left in
    the tray should give them back. Call :meth:`release_if_idle` from a timer.
    """

    def __init__(
        self,
        load: Callable[[], M],
        idle_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._load = load
        self.idle_seconds = idle_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._model: M | None = None
        self._last_used = 0.0
        self._users = 0

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @contextmanager
    def use(self) -> Iterator[M]:
        """The model, loaded if needed; it is never released while in use."""
        # Loading takes seconds: hold only the load lock meanwhile, so that a
        # timer calling release_if_idle never waits for it.
        with self._load_lock:
            with self._lock:
                model = self._model
                if model is not None:
                    self._users += 1
            if model is None:
                model = self._load()
                with self._lock:
                    self._model = model
                    self._users += 1
        try:
            yield model
        finally:
            with self._lock:
                self._users -= 1
                self._last_used = self._clock()

    def release_if_idle(self, now: float | None = None) -> bool:
        """Close the model if nobody used it for ``idle_seconds``; True if it was closed."""
        now = self._clock() if now is None else now
        with self._lock:
            if self._model is None or self._users:
                return False
            if now - self._last_used < self.idle_seconds:
                return False
            self._model.close()
            self._model = None
            return True

    def close(self) -> None:
        with self._lock:
            if self._model is not None:
                self._model.close()
                self._model = None
