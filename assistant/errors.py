"""Errors whose message is meant for the user.

Everything the user (or the model) may see derives from :class:`AssistantError`;
its ``str()`` is a complete, plain sentence. Anything else that escapes is a bug
and is logged with its traceback, never shown raw.
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: the message will be displayed to the user as it is."""


class InvalidInput(AssistantError):
    """Arguments that are wrong: a missing field, a bad type, an unknown choice."""


class NotFound(AssistantError):
    """An id or uid that names nothing in the store."""


class DateError(InvalidInput):
    """A date or time expression that could not be resolved unambiguously."""


class RecurrenceError(InvalidInput):
    """A recurrence rule (RRULE or everyday words) that could not be understood."""


class IcsError(AssistantError):
    """An .ics file that cannot be read or written."""


class UndoError(AssistantError):
    """An action that cannot be undone (already undone, or changed since)."""


class StoreError(AssistantError):
    """The database cannot be opened or written (locked, read-only, disk full)."""


class ModelError(AssistantError):
    """A model file, download or runtime problem."""


class DatabaseDamaged(StoreError):
    """The integrity check found damage: the store takes no more changes."""

    MESSAGE = "The database is damaged; changes are off until it is repaired."

    def __init__(self, message: str = MESSAGE) -> None:
        super().__init__(message)


class ReadOnlyData(StoreError):
    """The data folder or database cannot be written (read-only media, permissions)."""

    @classmethod
    def of(cls, folder: object) -> ReadOnlyData:
        return cls(f"The data folder {folder} is read-only, so changes are off; nothing was saved.")
