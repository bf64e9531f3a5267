"""One model job at a time for the email panel: cancellable, tokens coalesced.

The worker thread only appends streamed tokens to a locked buffer; a GUI-side
timer drains it every ~40 ms, so a fast model cannot flood the event loop
with one signal per token.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from assistant.agent.factory import Brain
from assistant.models.base import TokenCallback
from assistant.ui.model_controller import ModelController
from assistant.ui.tasks import run_in_background

# What a job does with the brain it holds; runs on a worker thread.
Work = Callable[[Brain, threading.Event, TokenCallback], Any]

FLUSH_MS = 40


class ModelJob(QObject):
    """Runs :data:`Work` under ``models.session()`` and reports on the GUI thread."""

    # Coalesced streamed text since the last flush.
    streamed = Signal(str)
    # (result, whether Stop was pressed)
    finished = Signal(object, bool)
    # (message, whether Stop was pressed)
    failed = Signal(str, bool)
    running_changed = Signal(bool)

    def __init__(self, models: ModelController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.models = models
        self.running = False
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._pending: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self._flush)

    def start(self, work: Work) -> bool:
        """Start ``work``; False (and nothing started) while another job runs."""
        if self.running:
            return False
        cancel = self._cancel = threading.Event()
        with self._lock:
            self._pending.clear()

        def on_token(piece: str) -> None:  # worker thread: no Qt calls here
            with self._lock:
                self._pending.append(piece)

        def job() -> Any:
            with self.models.session() as brain:
                return work(brain, cancel, on_token)

        self._set_running(True)
        self._timer.start()
        run_in_background(job, self._done, self._error, kind="long")
        return True

    def stop(self) -> None:
        """Ask the running job to stop at its next token."""
        if self.running:
            self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _flush(self) -> None:
        with self._lock:
            text = "".join(self._pending)
            self._pending.clear()
        if text:
            self.streamed.emit(text)

    def _end(self) -> bool:
        # The view may be gone by the time a long job ends (window closed).
        if not shiboken6.isValid(self):
            return False
        self._timer.stop()
        self._flush()
        self._set_running(False)
        return True

    def _done(self, result: Any) -> None:
        if self._end():
            self.finished.emit(result, self.cancelled)

    def _error(self, message: str) -> None:
        if self._end():
            self.failed.emit(message, self.cancelled)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.running_changed.emit(running)
