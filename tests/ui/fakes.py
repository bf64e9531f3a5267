"""Fake models and prompts for the window's tests (pytest puts tests/ui on sys.path)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from assistant.models.base import Completion, TokenCallback
from assistant.ui.prompts import Decline, Prompts


@dataclass
class BlockingModel:
    """Streams ``first``, then holds like a slow model until cancelled or released."""

    first: str = "Let me think"
    started: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    calls: int = 0

    @property
    def n_ctx(self) -> int:
        return 8192

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)

    def complete(
        self,
        prompt: str,
        *,
        grammar: str | None = None,
        max_tokens: int = 512,
        stop: list[str] | None = None,
        on_token: TokenCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Completion:
        self.calls += 1
        if on_token is not None:
            on_token(self.first)
        self.started.set()
        assert cancel is not None, "the view must pass a cancel event"
        while not cancel.is_set() and not self.release.is_set():
            cancel.wait(0.05)
        if cancel.is_set():
            return Completion(self.first, "cancelled")
        return Completion(self.first + " the rest.", "stop")


class ScriptedPrompts(Prompts):
    """Answers every question from its script and keeps what was asked; opens no window."""

    def __init__(
        self, *, confirm: bool = False, files: list[str] | None = None, folder: str | None = None
    ) -> None:
        self.answer = confirm
        self.files = files or []
        self.chosen_folder = folder
        # (what was asked, its title, its text): "confirm", "warn", "inform", "open", "save", ...
        self.asked: list[tuple[str, str, str]] = []

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        warning: bool = False,
        decline: Decline = "no",
    ) -> bool:
        self.asked.append(("confirm", title, text))
        return self.answer

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        self.asked.append(("warn", title, text))

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.asked.append(("inform", title, text))

    def open_file(
        self, parent: QWidget, caption: str, directory: str = "", filter: str = ""
    ) -> str | None:
        self.asked.append(("open", caption, directory))
        return self.files[0] if self.files else None

    def open_files(
        self, parent: QWidget, caption: str, directory: str = "", filter: str = ""
    ) -> list[str]:
        self.asked.append(("open", caption, directory))
        return list(self.files)

    def save_file(
        self, parent: QWidget, caption: str, directory: str = "", filter: str = ""
    ) -> str | None:
        self.asked.append(("save", caption, directory))
        return self.files[0] if self.files else None

    def folder(self, parent: QWidget, caption: str) -> str | None:
        self.asked.append(("folder", caption, ""))
        return self.chosen_folder
