"""Importing and exporting .ics files: the worker-thread halves and their messages.

Each file is imported on its own (one undoable action per file), so one
broken file does not stop the others and its message names it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl

from assistant.clock import Clock
from assistant.errors import AssistantError
from assistant.ical.ics_import import ImportReport, import_file
from assistant.store import Store
from assistant.ui.tasks import user_message

ICS_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")


@dataclass(frozen=True)
class FileOutcome:
    name: str
    report: ImportReport | None = None
    error: str = ""


def import_all(store: Store, files: Iterable[str], clock: Clock) -> list[FileOutcome]:
    """Import every file in turn (worker thread); a failure is reported, not raised."""
    outcomes: list[FileOutcome] = []
    for file in files:
        name = Path(file).name
        try:
            outcomes.append(FileOutcome(name, report=import_file(store, file, clock)))
        except AssistantError as exc:
            outcomes.append(FileOutcome(name, error=str(exc)))
        except Exception as exc:  # an unexpected failure of one file must not hide the others
            outcomes.append(FileOutcome(name, error=user_message(exc)))
    return outcomes


def outcome_text(outcomes: list[FileOutcome]) -> str:
    """One line per file; a single file needs no name in front."""
    lines = [o.error or (o.report.describe() if o.report else "") for o in outcomes]
    if len(outcomes) == 1:
        return lines[0]
    return "\n".join(f"{o.name}: {line}" for o, line in zip(outcomes, lines, strict=True))


def undo_id(outcomes: list[FileOutcome]) -> int | None:
    """The action to offer Undo for: only when exactly one file changed something."""
    ids = [
        o.report.action_id
        for o in outcomes
        if o.report is not None and o.report.action_id is not None
        and (o.report.added or o.report.updated)
    ]  # fmt: skip
    return ids[0] if len(ids) == 1 else None


def ics_paths(mime: QMimeData) -> list[str]:
    """The local .ics files in a drag's data (other URLs and files are ignored)."""
    if not mime.hasUrls():
        return []
    urls: list[QUrl] = mime.urls()
    paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
    return [p for p in paths if p.lower().endswith(ICS_SUFFIXES)]


def export_path(chosen: str) -> str:
    """The file name from a save dialog, with .ics added when the user left it out."""
    return chosen if Path(chosen).suffix else f"{chosen}.ics"
