"""Qt fixtures: a real store in a temp folder, a pinned clock, a scripted model.

Widgets are real and run offscreen (tests/conftest.py sets QT_QPA_PLATFORM).
Tests wait for results with ``qtbot.waitUntil`` / ``waitSignal``, never sleeps.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fakes import BlockingModel
from pytestqt.qtbot import QtBot

from assistant.agent.factory import Brain
from assistant.agent.loop import Agent
from assistant.app import Assistant
from assistant.models.base import ScriptedModel
from assistant.models.formats import Llama3Pythonic, ToolCall
from assistant.settings import Preferences
from assistant.store import Store
from assistant.tools import default_registry
from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow

# The sync tests' servers (a real Radicale on 127.0.0.1, an in-memory keychain).
sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))
from server_fixtures import keychain as keychain  # the shared fixtures
from server_fixtures import radicale as radicale

# Friday 2026-11-27 10:00 in Berlin, as in tests/conftest.py's ``clock``.
NOW = "2026-11-27T10:00"
TZ = "Europe/Berlin"


@pytest.fixture(autouse=True)
def no_desktop_notifications(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reminders show in the app's popup: a test never posts to the desktop's
    notification server (tests/ui/test_reminder_dbus.py runs its own)."""
    monkeypatch.setattr("assistant.ui.tray.platform_notifier", lambda parent=None: None)


@pytest.fixture
def app_ctx(tmp_path: Path, qapp: Any) -> Iterator[AppContext]:
    base = tmp_path / "data"
    base.mkdir(exist_ok=True)
    store = Store.open(base / "assistant.db")
    ctx = AppContext(Assistant(base, store, prefs=Preferences(), now=NOW, tz=TZ))
    yield ctx
    ctx.sync.stop()
    tasks.wait_idle()
    ctx.models.unload()
    store.close()


@pytest.fixture
def scripted(app_ctx: AppContext) -> ScriptedModel:
    """A scripted model installed as the app's brain; enqueue outputs in the test."""
    model = ScriptedModel([])
    fmt = Llama3Pythonic()
    agent = Agent(model, fmt, default_registry())
    app_ctx.models.set_brain(Brain(model, fmt, agent), "scripted-test-model")
    return model


@pytest.fixture
def call_script() -> Callable[..., list[str]]:
    """What the model emits for one tool call: the free first phase, then the constrained rest."""
    fmt = Llama3Pythonic()

    def script(name: str, **arguments: Any) -> list[str]:
        text = fmt.render_call(ToolCall(name, arguments))
        return [text, text[len(fmt.call_style.prefix) :]]

    return script


@pytest.fixture
def blocking(app_ctx: AppContext) -> Iterator[BlockingModel]:
    """A slow model installed as the app's brain (for Stop and streaming tests)."""
    model = BlockingModel()
    fmt = Llama3Pythonic()
    app_ctx.models.set_brain(Brain(model, fmt, Agent(model, fmt, default_registry())), "slow")
    yield model
    model.release.set()  # never leave a worker blocked behind the test


@pytest.fixture
def window(app_ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window, shown (a test file may define its own, e.g. hidden)."""
    w = MainWindow(app_ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
