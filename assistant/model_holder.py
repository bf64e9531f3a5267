"""Holding the model: loaded off the caller's thread, one user at a time, freed when idle.

A few GB of RAM stay taken while a model is loaded; an assistant left in the
tray should give them back. :class:`ModelHolder` is the one place that loads
the configured brain (:func:`assistant.agent.factory.load_brain`), hands it to
one generation at a time (:meth:`ModelHolder.session`; llama.cpp contexts are
not re-entrant), and, with ``idle_seconds`` set, closes it after that long
unused; the next session loads it again.

No Qt: what happens is reported through plain callbacks (a
:class:`ModelListener`), which the window turns into signals
(``assistant/ui/model_controller.py``). Background work goes through a
``runner``, a daemon thread by default; the window passes its own pool.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.agent.factory import Brain, load_brain, model_path
from assistant.errors import AssistantError, ModelError
from assistant.models.server import active_server
from assistant.settings import Preferences

log = logging.getLogger(__name__)

NONE, LOADING, READY, FAILED = "none", "loading", "ready", "failed"

NOT_LOADED = "The model is not loaded yet; wait until the status bar says it is ready."

# run(work, on_done, on_error): run ``work`` off the caller's thread, then call back.
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[str], None]], None]
# load(base, override, on_progress=..., n_ctx=..., ...) -> Brain, as load_brain.
BrainLoader = Callable[..., Brain]


class ModelListener(Protocol):
    """What a holder reports; called on whichever thread the event happens."""

    def model_progress(self, stage: str, fraction: float) -> None: ...
    def model_ready(self, name: str) -> None: ...
    def model_failed(self, message: str) -> None: ...
    def model_unloaded(self) -> None: ...


def run_on_thread(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]
) -> None:
    """Run ``work`` on a daemon thread; an error reaches ``on_error`` as a sentence."""

    def run() -> None:
        try:
            result = work()
        except AssistantError as exc:
            on_error(str(exc))
            return
        except Exception as exc:  # a bug, but the user still deserves a sentence
            log.exception("loading the model failed")
            on_error(f"The model could not be loaded ({type(exc).__name__}: {exc}).")
            return
        on_done(result)

    # A daemon thread: quitting must not wait for a half-read model file.
    threading.Thread(target=run, name="model-loader", daemon=True).start()


class IdleTimer:
    """Calls ``fire`` once ``seconds`` have passed since the last :meth:`restart`.

    Thread-safe: any thread may restart or cancel it; a timer superseded while
    it was already firing is ignored, so ``fire`` runs once per quiet period.
    """

    def __init__(self, seconds: float, fire: Callable[[], object]) -> None:
        self.seconds = seconds
        self._fire = fire
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._token = 0

    def restart(self) -> None:
        with self._lock:
            self._stop_locked()
            self._token += 1
            timer = threading.Timer(self.seconds, self._expired, args=(self._token,))
            timer.daemon = True
            timer.name = "model-idle"
            self._timer = timer
            timer.start()

    def cancel(self) -> None:
        with self._lock:
            self._stop_locked()
            self._token += 1

    def _stop_locked(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expired(self, token: int) -> None:
        with self._lock:
            if token != self._token:
                return
            self._timer = None
        self._fire()


@dataclass(frozen=True)
class _Request:
    """What the last load asked for, so an idle-freed model loads the same again."""

    prefs: Preferences | None
    override: str | None


class ModelHolder:
    """The brain of one running app, with its state for the status bar."""

    def __init__(
        self,
        base: Path,
        *,
        idle_seconds: float | None = None,
        runner: Runner = run_on_thread,
        loader: BrainLoader = load_brain,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base = base
        self.state = NONE
        self.name = ""
        # Where the model runs, for the status bar: "" (this computer) or a server's host:port.
        self.server = ""
        self.error = ""
        # Said once the model is ready: why it is not where the settings put it.
        self.notice = ""
        self.runner = runner
        self._loader = loader
        self._clock = clock
        self._brain: Brain | None = None
        self._busy = threading.Lock()
        self._generation = 0
        self._request: _Request | None = None
        # Freed for sitting idle (not unloaded on purpose): the next session loads it again.
        self._freed_idle = False
        self._last_used = clock()
        self._listeners: list[ModelListener] = []
        self.idle_seconds = idle_seconds
        self._idle = IdleTimer(idle_seconds, self.release_if_idle) if idle_seconds else None

    def subscribe(self, listener: ModelListener) -> None:
        self._listeners.append(listener)

    # -- what is chosen --------------------------------------------------

    def configured_path(self) -> Path | None:
        try:
            return model_path(self.base)
        except ModelError:
            return None

    def is_configured(self) -> bool:
        """A model file or a model server is chosen."""
        return active_server(self.base) is not None or self.configured_path() is not None

    # -- loading ---------------------------------------------------------

    def load(self, prefs: Preferences | None = None, override: str | None = None) -> None:
        """Load the configured model in the background (replacing a loaded one)."""
        generation = self._begin(prefs, override)
        if generation is None:
            return
        self.runner(
            lambda: self._load_brain(prefs, override),
            lambda brain: self._loaded(brain, generation),
            lambda message: self._fail(message, generation),
        )

    def load_now(self, prefs: Preferences | None = None, override: str | None = None) -> Brain:
        """Load the configured model on this thread and return it (the command line)."""
        generation = self._begin(prefs, override)
        if generation is None:
            raise ModelError(self.error)
        try:
            brain = self._load_brain(prefs, override)
        except AssistantError as exc:
            self._fail(str(exc), generation)
            raise
        self._loaded(brain, generation)
        return brain

    def set_brain(self, brain: Brain, name: str) -> None:
        """Use an already loaded brain (a scripted fake in tests)."""
        self.unload()
        self._brain, self.name, self.state = brain, name, READY
        self._used()
        self._tell(lambda listener: listener.model_ready(name))

    def _begin(self, prefs: Preferences | None, override: str | None) -> int | None:
        self.unload()
        self._generation += 1
        generation = self._generation
        self._request = _Request(prefs, override)
        self.state = LOADING
        remote = active_server(self.base, override)
        self.server = remote.host if remote is not None else ""
        try:
            self.name = remote.model if remote is not None else model_path(self.base, override).name
        except ModelError as exc:
            self._fail(str(exc), generation)
            return None
        return generation

    def _load_brain(self, prefs: Preferences | None, override: str | None) -> Brain:
        def report(stage: str, fraction: float) -> None:
            self._tell(lambda listener: listener.model_progress(stage, fraction))

        sizes: dict[str, Any] = {}
        if prefs is not None:
            sizes = {
                "n_ctx": prefs.context_size,
                "n_threads": prefs.threads,
                "n_gpu_layers": prefs.gpu_layers,
            }
        return self._loader(self.base, override, on_progress=report, **sizes)

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
        self._used()
        name = self.name
        self._tell(lambda listener: listener.model_ready(name))

    def _fail(self, message: str, generation: int) -> None:
        if generation != self._generation:
            return
        self.state, self.error = FAILED, message
        self._tell(lambda listener: listener.model_failed(message))

    def unload(self) -> None:
        """Free the model's memory (waits for a running generation to end)."""
        self._generation += 1
        self._freed_idle = False
        if self._idle is not None:
            self._idle.cancel()
        brain, self._brain = self._brain, None
        if brain is not None:
            with self._busy:
                brain.close()
        if self.state != NONE:
            self.state = NONE
            self._tell(lambda listener: listener.model_unloaded())

    def close(self) -> None:
        """Unload for good (as :meth:`unload`, which also ends reloading after idle)."""
        self._request = None
        self.unload()

    # -- using -----------------------------------------------------------

    @property
    def brain(self) -> Brain | None:
        return self._brain

    @property
    def is_ready(self) -> bool:
        return self.state == READY and self._brain is not None

    @contextmanager
    def session(self) -> Iterator[Brain]:
        """The brain, held exclusively; call from a worker thread only.

        A model freed because it sat idle is loaded again first, as it was.
        """
        with self._busy:
            brain = self._brain
            if brain is None and self._freed_idle and self._request is not None:
                brain = self._reload_locked(self._request)
            if brain is None:
                raise ModelError(NOT_LOADED)
            try:
                yield brain
            finally:
                self._used()

    def _reload_locked(self, request: _Request) -> Brain:
        # _busy is held: unload() must not run here, so this is _begin without it.
        self._freed_idle = False
        self._generation += 1
        generation = self._generation
        self.state = LOADING
        try:
            brain = self._load_brain(request.prefs, request.override)
        except AssistantError as exc:
            self._fail(str(exc), generation)
            raise
        self._loaded(brain, generation)
        return brain

    def _used(self) -> None:
        self._last_used = self._clock()
        if self._idle is not None:
            self._idle.restart()

    def release_if_idle(self) -> bool:
        """Close the brain if nobody used it for ``idle_seconds``; True if it was closed.

        Never waits: a brain in use, or one being loaded, is left alone (its
        session restarts the idle timer when it ends).
        """
        if self.idle_seconds is None or not self._busy.acquire(blocking=False):
            return False
        try:
            brain = self._brain
            if brain is None:
                return False
            if self._clock() - self._last_used < self.idle_seconds:
                if self._idle is not None:  # a timer that woke early: wait for the rest
                    self._idle.restart()
                return False
            self._brain = None
            self._generation += 1
            brain.close()
            self.state = NONE
            self._freed_idle = True
        finally:
            self._busy.release()
        log.info("model unloaded after %.0f s unused", self.idle_seconds)
        self._tell(lambda listener: listener.model_unloaded())
        return True

    def _tell(self, call: Callable[[ModelListener], None]) -> None:
        for listener in list(self._listeners):
            call(listener)
