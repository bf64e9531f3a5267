"""System-wide hotkeys on Windows (RegisterHotKey) and macOS (Carbon).

Both are small ctypes bindings behind platform checks; this module imports
everywhere, and :func:`native_hotkey` returns None on other systems or when
the system refuses the keys (another app holds them). pynput is not used:
it is known to crash PySide6 apps on macOS.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

log = logging.getLogger(__name__)

HOTKEY_ID = 0x5141  # "QA"


def split_sequence(sequence: str) -> tuple[Qt.KeyboardModifier, Qt.Key] | None:
    """The modifiers and key of a one-chord Qt sequence ("Ctrl+Shift+Space")."""
    keys = QKeySequence(sequence)
    if keys.count() != 1:
        return None
    combo = keys[0]  # type: ignore[index]  # QKeySequence.operator[]
    return combo.keyboardModifiers(), combo.key()


class WindowsHotkey(QAbstractNativeEventFilter):
    """RegisterHotKey on the thread's queue; WM_HOTKEY arrives through Qt's event loop."""

    WM_HOTKEY = 0x0312
    MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 1, 2, 4, 8, 0x4000

    class _Msg(ctypes.Structure):
        _fields_ = [
            ("hwnd", ctypes.c_void_p),
            ("message", ctypes.c_uint),
            ("wParam", ctypes.c_size_t),
            ("lParam", ctypes.c_ssize_t),
        ]

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback
        self.user32: Any = getattr(ctypes, "windll").user32  # noqa: B009 (Windows only)

    def register(self, sequence: str) -> bool:
        parts = split_sequence(sequence)
        if parts is None:
            return False
        mods, key = parts
        flags = self.MOD_NOREPEAT
        for qt_mod, flag in (
            (Qt.KeyboardModifier.AltModifier, self.MOD_ALT),
            (Qt.KeyboardModifier.ControlModifier, self.MOD_CONTROL),
            (Qt.KeyboardModifier.ShiftModifier, self.MOD_SHIFT),
            (Qt.KeyboardModifier.MetaModifier, self.MOD_WIN),
        ):
            if mods & qt_mod:
                flags |= flag
        code = int(key.value)
        # Space, digits and letters have the same codes as Windows' virtual keys.
        if not (code == 0x20 or 0x30 <= code <= 0x39 or 0x41 <= code <= 0x5A):
            return False
        if not self.user32.RegisterHotKey(None, HOTKEY_ID, flags, code):
            return False
        QCoreApplication.instance().installNativeEventFilter(self)  # type: ignore[union-attr]
        return True

    def unregister(self) -> None:
        self.user32.UnregisterHotKey(None, HOTKEY_ID)
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self)

    def nativeEventFilter(self, eventType: Any, message: Any) -> Any:
        # WM_HOTKEY is a thread message (no window): Qt's event dispatcher sees it.
        if bytes(eventType) in (b"windows_dispatcher_MSG", b"windows_generic_MSG"):
            msg = self._Msg.from_address(int(message))
            if msg.message == self.WM_HOTKEY and msg.wParam == HOTKEY_ID:
                self.callback()
                return True, 0
        return False, 0


class MacHotkey:
    """Carbon's RegisterEventHotKey; Cocoa's event loop (Qt's) delivers the press."""

    CMD, SHIFT, OPTION, CONTROL = 0x100, 0x200, 0x800, 0x1000
    SPACE = 49
    # Carbon's ANSI key codes in order (10 is a key US keyboards lack).
    LETTERS: ClassVar[dict[str, int]] = {
        **dict(zip("ASDFHGZXCV?BQWERYT123465=97-80]OU[IP", range(36), strict=True)),
        **{"L": 37, "J": 38, "K": 40, "N": 45, "M": 46},
    }
    HANDLER = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)

    class _HotKeyId(ctypes.Structure):
        _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]

    class _EventType(ctypes.Structure):
        _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]

    def __init__(self, callback: Callable[[], None]) -> None:
        self.carbon: Any = ctypes.CDLL("/System/Library/Frameworks/Carbon.framework/Carbon")
        self.carbon.GetApplicationEventTarget.restype = ctypes.c_void_p
        self.ref = ctypes.c_void_p()
        self.handler_ref = ctypes.c_void_p()
        # Kept referenced: Carbon calls it for as long as the app runs.
        self._handler = self.HANDLER(self._pressed)
        self.callback = callback

    def _pressed(self, _call: Any, _event: Any, _data: Any) -> int:
        self.callback()
        return 0

    def register(self, sequence: str) -> bool:
        parts = split_sequence(sequence)
        if parts is None:
            return False
        mods, key = parts
        flags = 0
        # Qt on macOS: Ctrl is Command and Meta is Control.
        for qt_mod, flag in (
            (Qt.KeyboardModifier.ControlModifier, self.CMD),
            (Qt.KeyboardModifier.ShiftModifier, self.SHIFT),
            (Qt.KeyboardModifier.AltModifier, self.OPTION),
            (Qt.KeyboardModifier.MetaModifier, self.CONTROL),
        ):
            if mods & qt_mod:
                flags |= flag
        name = QKeySequence(key).toString()
        code = self.SPACE if key == Qt.Key.Key_Space else self.LETTERS.get(name.upper())
        if code is None:
            return False
        target = ctypes.c_void_p(self.carbon.GetApplicationEventTarget())
        spec = self._EventType(int.from_bytes(b"keyb", "big"), 5)  # kEventHotKeyPressed
        self.carbon.InstallEventHandler(
            target, self._handler, 1, ctypes.byref(spec), None, ctypes.byref(self.handler_ref)
        )
        hotkey_id = self._HotKeyId(int.from_bytes(b"QkAd", "big"), HOTKEY_ID)
        status = self.carbon.RegisterEventHotKey(
            code, flags, hotkey_id, target, 0, ctypes.byref(self.ref)
        )
        return bool(status == 0)

    def unregister(self) -> None:
        if self.ref:
            self.carbon.UnregisterEventHotKey(self.ref)
        if self.handler_ref:
            self.carbon.RemoveEventHandler(self.handler_ref)


def native_hotkey(sequence: str, callback: Callable[[], None]) -> WindowsHotkey | MacHotkey | None:
    """The registered hotkey on Windows or macOS; None elsewhere or when refused."""
    try:
        hotkey: WindowsHotkey | MacHotkey
        if sys.platform == "win32":
            hotkey = WindowsHotkey(callback)
        elif sys.platform == "darwin":
            hotkey = MacHotkey(callback)
        else:
            return None
        return hotkey if hotkey.register(sequence) else None
    except (OSError, AttributeError):  # no such library or function: no hotkey
        log.info("no global shortcut on this system", exc_info=True)
        return None
