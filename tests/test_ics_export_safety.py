"""Exporting never destroys data: not the data folder, not a file the app did not write."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.clock import Clock
from assistant.errors import IcsError
from assistant.ical.ics_export import export_ics, export_to_file, is_own_export
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

CLOCK = Clock.from_options("2026-01-15T09:00", "Europe/Berlin")
FOREIGN = b"My own notes, not a calendar.\n"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def live(data: Path) -> Iterator[Store]:
    store = Store.open(data / "assistant.db")
    result = default_registry().call(ToolContext(store, CLOCK), "create_note", {"title": "Keep"})
    assert result.ok, result.text
    yield store
    store.close()


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize(
    "name", ["assistant.db", "assistant.db-wal", "assistant.db-shm", "settings.json", "new.ics"]
)
@pytest.mark.parametrize("overwrite", [False, True])
def test_nothing_is_written_into_the_data_folder(
    live: Store, data: Path, name: str, overwrite: bool
) -> None:
    (data / "settings.json").write_text('{"theme": "dark"}')
    before = contents(data)
    with pytest.raises(IcsError, match=r"^Refusing to write .*the assistant's data folder"):
        export_to_file(live, data / name, CLOCK, overwrite=overwrite)
    assert contents(data) == before
    assert live.query("SELECT title FROM notes") == [{"title": "Keep"}]


def test_the_data_folder_is_found_through_symlinks_and_subfolders(
    live: Store, data: Path, tmp_path: Path
) -> None:
    link = tmp_path / "calendar.ics"
    link.symlink_to(data / "assistant.db")
    alias = tmp_path / "alias"
    alias.symlink_to(data, target_is_directory=True)
    (data / "models").mkdir()
    for target in (
        link,
        alias / "assistant.db",
        data / "models" / "x.ics",
        data,
        data / ".." / data.name / "settings.json",
    ):
        with pytest.raises(IcsError, match="data folder"):
            export_to_file(live, target, CLOCK, overwrite=True)
    assert live.query("SELECT title FROM notes") == [{"title": "Keep"}]


def test_a_data_dir_is_protected_even_for_a_store_without_a_file(data: Path) -> None:
    (data / "settings.json").write_text("{}")
    with pytest.raises(IcsError, match="data folder"):
        export_to_file(
            Store.open(None), data / "settings.json", CLOCK, overwrite=True, data_dir=data
        )
    assert (data / "settings.json").read_text() == "{}"


def test_a_foreign_file_is_replaced_only_when_asked(live: Store, tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_bytes(FOREIGN)
    with pytest.raises(IcsError) as refused:
        export_to_file(live, target, CLOCK)
    assert str(refused.value) == (
        f"Refusing to overwrite {target}: it is not a calendar file this app exported. "
        "Choose another name, or pass --force to replace it."
    )
    assert target.read_bytes() == FOREIGN
    assert sorted(os.listdir(tmp_path)) == ["data", "notes.txt"]  # no temporary file left
    export_to_file(live, target, CLOCK, overwrite=True)
    assert target.read_bytes() == export_ics(live, CLOCK)


def test_another_apps_calendar_is_foreign_too(live: Store, tmp_path: Path) -> None:
    target = tmp_path / "google.ics"
    theirs = b"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    target.write_bytes(theirs)
    with pytest.raises(IcsError, match="not a calendar file this app exported"):
        export_to_file(live, target, CLOCK)
    assert target.read_bytes() == theirs


def test_an_earlier_export_is_replaced_without_asking(live: Store, tmp_path: Path) -> None:
    target = tmp_path / "calendar.ics"
    export_to_file(Store.open(None), target, CLOCK)
    assert is_own_export(target)
    report = export_to_file(live, target, CLOCK)
    assert report.path == target and target.read_bytes() == export_ics(live, CLOCK)


@pytest.mark.parametrize(
    "head",
    [
        b"\xef\xbb\xbfBEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Assistant//Assistant 0.1//EN\r\n",
        b"BEGIN:VCALENDAR\nPRODID:-//Assistant//Assistant 0.2//EN\n",
    ],
)
def test_own_exports_are_recognized_in_any_line_ending_or_version(
    tmp_path: Path, head: bytes
) -> None:
    (tmp_path / "a.ics").write_bytes(head)
    assert is_own_export(tmp_path / "a.ics")


@pytest.mark.parametrize(
    "head",
    [b"", b"PRODID:-//Assistant//Assistant 0.1//EN\r\n", b"SQLite format 3\x00BEGIN:VCALENDAR"],
)
def test_other_heads_are_not_own_exports(tmp_path: Path, head: bytes) -> None:
    (tmp_path / "a.ics").write_bytes(head)
    assert not is_own_export(tmp_path / "a.ics")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_even_when_forced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.ics"
    os.mkfifo(pipe)
    with pytest.raises(IcsError, match="not a regular file"):
        export_to_file(Store.open(None), pipe, CLOCK, overwrite=True)
    assert not pipe.is_file() and pipe.exists()


def test_a_device_is_refused_even_when_forced() -> None:
    with pytest.raises(IcsError, match="not a regular file"):
        export_to_file(Store.open(None), Path(os.devnull), CLOCK, overwrite=True)


def test_a_folder_is_refused_even_when_forced(tmp_path: Path) -> None:
    (tmp_path / "calendar.ics").mkdir()
    with pytest.raises(IcsError, match="is a folder"):
        export_to_file(Store.open(None), tmp_path / "calendar.ics", CLOCK, overwrite=True)
