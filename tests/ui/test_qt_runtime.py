"""The Qt binding itself: defects in it that would take the app down.

PySide6 6.12.0 under Python 3.11 released a reference to ``True`` on every
``SignalInstance.emit()``; the window emits thousands of signals while the
model streams, and the process aborted with "deallocating True or False".
This pins the behaviour the app relies on, whatever version gets installed.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)
    text = Signal(str, float)
    bare = Signal()


EMITS = 500


def test_emitting_signals_keeps_reference_counts(qapp: Any) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    emitter.text.connect(lambda text, fraction: received.append(text))
    emitter.bare.connect(lambda: received.append(None))
    before = {flag: sys.getrefcount(flag) for flag in (True, False, None)}
    for _ in range(EMITS):
        emitter.value.emit(None)
        emitter.text.emit("token", 0.5)
        emitter.bare.emit()
    received.clear()
    # Other threads of the test session (pools winding down) may move a count
    # by a few; the defect moves it by one per emission.
    for flag, count in before.items():
        assert abs(sys.getrefcount(flag) - count) < EMITS // 10, flag
