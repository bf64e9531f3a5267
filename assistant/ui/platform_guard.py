"""The app's fallback when Qt cannot load its platform plugin.

Qt reports that with a fatal message and aborts, saying only that it "could
not load the Qt platform plugin". While the QApplication is created, Qt's
messages pass through here: they still reach stderr, and a fatal one is
followed by the plain explanation of :mod:`assistant.ui.platform_check` (on
stderr and as a desktop notification) before the process exits.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from assistant.ui import platform_check

EXIT_NO_WINDOW = 1


@contextmanager
def platform_guard(exit_process: Callable[[int], object] = os._exit) -> Iterator[None]:
    """Explain a platform plugin failure while the body creates the QApplication."""
    said: list[str] = []

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category if context is not None else None
        line = f"{category}: {message}" if category and category != "default" else message
        said.append(line)
        print(line, file=sys.stderr, flush=True)
        if mode == QtMsgType.QtFatalMsg:
            platform_check.report_failure("\n".join(said))
            exit_process(EXIT_NO_WINDOW)  # instead of Qt's abort and its core dump

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
