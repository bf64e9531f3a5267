"""A model download on a worker thread, reported to the GUI as signals.

After Dangerzone's ``ConvertTask``: the core's plain ``on_progress`` callback
(:func:`assistant.models.download.download_model`) becomes ``progress``
emissions, at most about ten a second so a fast connection cannot flood the
event loop. Pause and cancel both set the core's cancel event; pause keeps the
``.part`` file for a later Range request, cancel deletes it.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Signal

from assistant import paths
from assistant.errors import AssistantError
from assistant.models import config, download
from assistant.models.catalog import CatalogEntry
from assistant.models.download import DownloadCancelled, Progress, TokenRequired
from assistant.ui.tasks import run_in_background

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.1  # seconds between progress signals

Outcome = Literal["done", "paused", "cancelled", "token", "failed"]


@dataclass(frozen=True)
class _Result:
    outcome: Outcome
    path: Path | None = None
    message: str = ""


class DownloadWorker(QObject):
    """Downloads one catalog entry and, once verified, makes it the configured model."""

    # Progress (bytes so far, total, speed)
    progress = Signal(object)
    # the model file's path, now the configured model
    finished = Signal(object)
    paused = Signal()
    cancelled = Signal()
    # the hub wants a (valid) token: the message says how to get one
    token_required = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        entry: CatalogEntry,
        base: Path,
        *,
        token: str | None = None,
        endpoint: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.base = base
        self.token = token
        self.endpoint = endpoint
        self.running = False
        self._stop = threading.Event()
        self._discard = False
        self._last_emit = 0.0

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        self._stop.clear()
        self._discard = False
        run_in_background(self._work, self._done, self._crashed, kind="long")

    def pause(self) -> None:
        """Stop soon, keeping what was received (the ``paused`` signal follows)."""
        self._discard = False
        self._stop.set()

    def cancel(self) -> None:
        """Stop soon and delete the partial file (``cancelled`` follows)."""
        self._discard = True
        self._stop.set()
        if not self.running:  # nothing in flight: just delete what an earlier run left
            self.running = True
            run_in_background(self._discard_partial, self._done, self._crashed, kind="long")

    # -- on the worker thread -------------------------------------------------

    def _report(self, progress: Progress) -> None:
        now = time.monotonic()
        final = progress.total is not None and progress.downloaded >= progress.total
        if final or now - self._last_emit >= PROGRESS_INTERVAL:
            self._last_emit = now
            self.progress.emit(progress)

    def _work(self) -> _Result:
        try:
            path = download.download_model(
                self.entry,
                self.base,
                token=self.token,
                endpoint=self.endpoint,
                on_progress=self._report,
                cancel=self._stop,
            )
            config.set_model_path(self.base, path)
        except DownloadCancelled:
            return self._discard_partial() if self._discard else _Result("paused")
        except TokenRequired as exc:
            return _Result("token", message=str(exc))
        except AssistantError as exc:
            return _Result("failed", message=str(exc))
        return _Result("done", path)

    def _discard_partial(self) -> _Result:
        partial = download.part_path(paths.models_dir(self.base) / self.entry.filename)
        partial.unlink(missing_ok=True)
        return _Result("cancelled")

    # -- back on the GUI thread -------------------------------------------------

    def _done(self, result: _Result) -> None:
        self.running = False
        if result.outcome == "done":
            self.finished.emit(result.path)
        elif result.outcome == "paused":
            self.paused.emit()
        elif result.outcome == "cancelled":
            self.cancelled.emit()
        elif result.outcome == "token":
            self.token_required.emit(result.message)
        else:
            self.failed.emit(result.message)

    def _crashed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)
