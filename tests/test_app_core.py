"""The Qt-free app core: one data folder opened, used as both front ends use it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar

from assistant import paths
from assistant.agent.factory import Brain
from assistant.agent.loop import Agent
from assistant.app import Assistant
from assistant.errors import ModelError
from assistant.model_holder import NONE, READY
from assistant.models.base import ScriptedModel
from assistant.models.formats import Llama3Pythonic
from assistant.settings import Preferences
from assistant.tools import default_registry

NOW = "2026-11-27T10:00"
TZ = "Europe/Berlin"

SMALL_ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Someone else//EN\r
BEGIN:VEVENT\r
UID:dentist-1@example.com\r
DTSTAMP:20261120T090000Z\r
DTSTART;TZID=Europe/Berlin:20261202T140000\r
DTEND;TZID=Europe/Berlin:20261202T150000\r
SUMMARY:Dentist\r
LOCATION:Main Street 5\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Assistant]:
    core = Assistant.open(tmp_path / "data", now=NOW, tz=TZ)
    yield core
    core.close()


def open_todos(app: Assistant) -> list[str]:
    result = app.run_tool("list_todos", {"status": "open"})
    assert result.ok, result.text
    return [todo["title"] for todo in result.data]


def test_open_creates_the_database_in_the_data_folder(app: Assistant, tmp_path: Path) -> None:
    assert app.base == tmp_path / "data"
    assert app.store.path == paths.db_path(tmp_path / "data")
    assert app.store.path.is_file()
    assert app.clock().now.isoformat() == "2026-11-27T10:00:00+01:00"


def test_run_tool_adds_a_todo_and_undo_removes_it(app: Assistant) -> None:
    added = app.run_tool("add_todo", {"title": "Buy cat food", "due": "friday 5pm"})
    assert added.ok, added.text
    assert open_todos(app) == ["Buy cat food"]

    undone = app.undo()
    assert "Buy cat food" in undone.describe()
    assert open_todos(app) == []


def test_the_data_outlives_the_app(tmp_path: Path) -> None:
    with Assistant.open(tmp_path / "data", now=NOW, tz=TZ) as first:
        assert first.run_tool("create_note", {"title": "Wi-Fi", "body": "hunter2"}).ok
    with Assistant.open(tmp_path / "data", now=NOW, tz=TZ) as second:
        notes = second.run_tool("list_notes", {}).data
    assert [note["title"] for note in notes] == ["Wi-Fi"]


def test_a_failing_tool_is_a_result(app: Assistant) -> None:
    result = app.run_tool("complete_todo", {"todo_id": 999})
    assert not result.ok and result.text.startswith("Error:")


def test_import_and_export_round_trip_an_ics_file(app: Assistant, tmp_path: Path) -> None:
    source = tmp_path / "dentist.ics"
    source.write_bytes(SMALL_ICS)

    report = app.import_ics(source)
    assert report.events == 1

    exported = tmp_path / "out" / "calendar.ics"
    exported.parent.mkdir()
    assert app.export(exported).events == 1
    calendar = Calendar.from_ical(exported.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == "dentist-1@example.com"
    assert str(event["SUMMARY"]) == "Dentist"
    assert str(event["LOCATION"]) == "Main Street 5"
    assert event["DTSTART"].dt.isoformat() == "2026-12-02T14:00:00+01:00"

    # What was exported reads back as the same event.
    with Assistant.open(tmp_path / "other", now=NOW, tz=TZ) as other:
        assert other.import_ics(exported).events == 1
        again = tmp_path / "out" / "again.ics"
        other.export(again)
    assert again.read_bytes() == exported.read_bytes()


def test_import_is_one_undo(app: Assistant, tmp_path: Path) -> None:
    source = tmp_path / "dentist.ics"
    source.write_bytes(SMALL_ICS)
    app.import_ics(source)
    app.undo()
    assert app.run_tool("list_events", {"range": "next 30 days"}).data == []


def test_export_never_writes_into_the_data_folder(app: Assistant) -> None:
    with pytest.raises(Exception, match="data folder"):
        app.export(app.base / "calendar.ics", overwrite=True)


def test_the_zone_from_settings_applies_only_where_asked(tmp_path: Path) -> None:
    base = tmp_path / "data"
    Preferences(time_zone="Asia/Tokyo").save(base)
    with Assistant.open(base, now=NOW) as window:
        assert str(window.clock().tz) == "Asia/Tokyo"
    with Assistant.open(base, now=NOW, tz=TZ) as pinned:
        assert str(pinned.clock().tz) == TZ
    with Assistant.open(base, now=NOW, preferred_zone=False) as command_line:
        assert str(command_line.clock().tz) != "Asia/Tokyo"


# --- the model holder ------------------------------------------------------------


class ClosingModel(ScriptedModel):
    """A scripted model that notes when it is closed (the holder frees it)."""

    closed = False

    def close(self) -> None:
        self.closed = True


def scripted_brain() -> tuple[Brain, ClosingModel]:
    model = ClosingModel([])
    fmt = Llama3Pythonic()
    return Brain(model, fmt, Agent(model, fmt, default_registry())), model


class Unloads:
    """A listener that wakes the test when the holder frees its model."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.threads: list[str] = []

    def model_progress(self, stage: str, fraction: float) -> None:
        pass

    def model_ready(self, name: str) -> None:
        pass

    def model_failed(self, message: str) -> None:
        pass

    def model_unloaded(self) -> None:
        self.threads.append(threading.current_thread().name)
        self.event.set()


def test_the_model_is_freed_after_its_idle_time(tmp_path: Path) -> None:
    with Assistant.open(tmp_path / "data", now=NOW, tz=TZ, idle_seconds=0.05) as app:
        unloads = Unloads()
        app.models.subscribe(unloads)
        brain, model = scripted_brain()
        app.models.set_brain(brain, "scripted")
        with app.models.session() as held:
            assert held is brain
        assert app.models.state == READY

        assert unloads.event.wait(timeout=5)
        assert model.closed and app.models.brain is None and app.models.state == NONE
        assert unloads.threads == ["model-idle"]  # the timer's thread, not the caller's
        with pytest.raises(ModelError, match="not loaded"), app.models.session():
            pass  # a brain set by hand has nothing to load it from again


def test_without_an_idle_time_the_model_stays(app: Assistant) -> None:
    brain, model = scripted_brain()
    app.models.set_brain(brain, "scripted")
    assert not app.models.release_if_idle()
    assert app.models.brain is brain and not model.closed


def test_close_frees_the_model_and_the_store(tmp_path: Path) -> None:
    app = Assistant.open(tmp_path / "data", now=NOW, tz=TZ)
    brain, model = scripted_brain()
    app.models.set_brain(brain, "scripted")
    app.close()
    assert model.closed and app.models.brain is None
