"""Autosave: edits reach the store after a pause in typing, through the note tools.

Each opened note gets a ``NoteSession`` that remembers what the store holds.
A save sends only the fields that differ, as one journaled tool call (saves
of one note in a row join one journal entry: see ``Store.editing_session``), and a
session never has two saves in flight: edits made meanwhile are sent when the
first save returns. Sessions outlive switching notes, so a flushed save of the
previous note still completes (and a draft still gets its id) while the
editor already shows another note. Results only update the session's record of
the store; they never write into the editor, so they cannot undo newer typing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from assistant.tools.registry import ToolResult
from assistant.ui.context import AppContext
from assistant.ui.people_text import said
from assistant.ui.tasks import run_in_background

SAVE_DELAY_MS = 800


@dataclass(frozen=True)
class NoteFields:
    title: str
    body: str
    tags: tuple[str, ...]


def untitled() -> str:
    """The title a note gets when the user leaves the title field empty."""
    return QCoreApplication.translate("Notes", "Untitled")


def parse_tags(text: str) -> tuple[str, ...]:
    """'work, #ideas ,, home' -> ('work', 'ideas', 'home')."""
    return tuple(t.strip().lstrip("#").strip() for t in text.split(",") if t.strip(" #"))


def save_arguments(
    note_id: int | None, saved: NoteFields | None, fields: NoteFields
) -> tuple[str, dict[str, Any]] | None:
    """The tool call that makes the store match ``fields``, or None if it already does."""
    title = " ".join(fields.title.split()) or untitled()
    if note_id is None or saved is None:
        return "create_note", {"title": title, "body": fields.body, "tags": list(fields.tags)}
    args: dict[str, Any] = {}
    if fields.title != saved.title:
        args["title"] = title
    if fields.body != saved.body:
        args["body"] = fields.body
    if fields.tags != saved.tags:
        args["tags"] = list(fields.tags)
    return ("update_note", {"note_id": note_id, **args}) if args else None


class NoteSession:
    """The save state of one opened note (or of a draft not yet created)."""

    def __init__(self, note_id: int | None, saved: NoteFields | None) -> None:
        self.note_id = note_id
        self.saved = saved
        self.pending: NoteFields | None = None
        self.in_flight = False
        self.discarded = False


class AutoSaver(QObject):
    """Saves the open note after a pause in typing, and on every switch."""

    # kind is "saving", "saved" or "error"; text is what the status line shows.
    status = Signal(str, str)
    # A draft became a stored note (its id), while it is still the open note.
    created = Signal(int)

    def __init__(
        self, ctx: AppContext, read_fields: Callable[[], NoteFields], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_fields = read_fields
        self.session: NoteSession | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    # -- the open note -----------------------------------------------------

    def open(self, note_id: int | None, fields: NoteFields | None) -> None:
        """Start tracking a note as loaded from the store (``None`` id: a new draft)."""
        self.flush()
        self.session = NoteSession(note_id, fields)

    def close(self) -> None:
        """Save what is pending and stop tracking the open note."""
        self.flush()
        self.session = None

    def discard(self) -> None:
        """Forget the open note without saving (it is being deleted)."""
        self.timer.stop()
        if self.session is not None:
            self.session.discarded = True
        self.session = None

    def current_id(self) -> int | None:
        return self.session.note_id if self.session else None

    def touch(self) -> None:
        """The user edited the open note: save once typing pauses."""
        if self.session is None:
            return
        self.timer.start()
        self.status.emit("saving", self.tr("Saving…"))

    def is_clean(self) -> bool:
        """True when the editor shows exactly what the store holds."""
        s = self.session
        if s is None:
            return True
        if s.in_flight or self.timer.isActive():
            return False
        return s.saved == self.read_fields()

    def mark_loaded(self, fields: NoteFields) -> None:
        """The editor was refreshed from the store (another part changed the note)."""
        if self.session is not None:
            self.session.saved = fields

    # -- saving --------------------------------------------------------------

    def flush(self) -> None:
        """Save the open note now if it differs from the store."""
        self.timer.stop()
        s = self.session
        if s is None:
            return
        fields = self.read_fields()
        if s.note_id is None and fields == NoteFields("", "", ()):
            return  # an untouched draft is not worth a note
        if fields == s.saved and s.pending is None:
            return
        s.pending = fields
        self._push(s)

    def _push(self, s: NoteSession) -> None:
        if s.in_flight or s.pending is None or s.discarded:
            return
        fields, s.pending = s.pending, None
        call = save_arguments(s.note_id, s.saved, fields)
        if call is None:
            self._report(s, "saved", self.tr("Saved"))
            return
        name, args = call
        s.in_flight = True
        self._report(s, "saving", self.tr("Saving…"))
        note_id = s.note_id
        run_in_background(
            lambda: self._call(name, args, note_id),
            lambda result: self._saved(s, fields, result),
            lambda message: self._failed(s, message),
        )

    def _call(self, name: str, args: dict[str, Any], note_id: int | None) -> ToolResult:
        """One save; saves of the same note in a row share one journal entry (one Undo)."""
        if note_id is None:
            return self.ctx.call_tool(name, args)
        with self.ctx.store.editing_session(f"note:{note_id}"):
            return self.ctx.call_tool(name, args)

    def _saved(self, s: NoteSession, fields: NoteFields, result: ToolResult) -> None:
        s.in_flight = False
        if not result.ok:
            self._failed(s, said(result.text.removeprefix("Error: "), self.ctx.clock()))
            return
        was_draft = s.note_id is None
        s.note_id = int(result.data["id"])
        s.saved = fields
        self.ctx.bus.notify(result.changes)
        if was_draft and s is self.session:
            self.created.emit(s.note_id)
        if s.pending is not None and s.pending != s.saved:
            self._push(s)
        else:
            s.pending = None
            self._report(s, "saved", self.tr("Saved"))

    def _failed(self, s: NoteSession, message: str) -> None:
        s.in_flight = False
        s.pending = None
        # Errors of a note the user has left are shown too: they mean lost text.
        self.status.emit("error", self.tr("Not saved: %1").replace("%1", message))

    def _report(self, s: NoteSession, kind: str, text: str) -> None:
        if s is self.session:
            self.status.emit(kind, text)
