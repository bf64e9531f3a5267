"""A model server that fails: one clear message, and nothing in the store or settings changes.

Runs against the tiny fake server of conftest.py: no GGUF, no llama.cpp.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from assistant.agent.events import Event
from assistant.agent.loop import Agent
from assistant.cli import main
from assistant.clock import Clock
from assistant.errors import ModelError
from assistant.models import server
from assistant.models.formats import ChatML
from assistant.models.remote_probe import connect
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext
from tests.remote.conftest import FakeServer, settings_snapshot

TABLES = ("todos", "events", "notes", "conversations", "messages", "actions", "action_changes")

# (models answer, completions answer, words the one message must hold)
FAILURES = {
    "401": ("401", "ok", "refused the API key (401)"),
    "404": ("404", "ok", "does not know the model 'tiny' (404)"),
    "500": ("500", "ok", "answered with an error (500: fake failure 500)"),
    "garbage": ("garbage", "ok", "sent an answer the app cannot read"),
    "timeout": ("slow", "ok", "did not answer within 0.5 seconds"),
    "unknown model": ("ok", "ok", "has no model named 'other'; it has: tiny"),
}


def choice(
    fake: FakeServer, model: str = "tiny", grammar: bool | None = None
) -> server.ServerChoice:
    return server.ServerChoice(fake.url, model, timeout=0.5, grammar=grammar)


def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: [tuple(r.values()) for r in store.query(f"SELECT * FROM {table} ORDER BY rowid")]
        for table in TABLES
    }


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_connecting_fails_with_one_plain_message(fake_server: FakeServer, case: str) -> None:
    models, completions, words = FAILURES[case]
    fake_server.models, fake_server.completions = models, completions
    model = "other" if case == "unknown model" else "tiny"
    with pytest.raises(ModelError) as caught:
        connect(choice(fake_server, model), "secret")
    message = str(caught.value)
    assert words in message
    assert message.startswith(f"The model server at {fake_server.url[7:]}")
    assert "Traceback" not in message and "\n" not in message


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_ask_against_a_failing_server_changes_nothing(
    fake_server: FakeServer, case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    models, completions, words = FAILURES[case]
    fake_server.models, fake_server.completions = models, completions
    base = tmp_path / "data"
    server.use_server(base, fake_server.url, "other" if case == "unknown model" else "tiny")
    data = base / "settings.json"
    data.write_text(data.read_text().replace('"format": ""', '"format": "", "timeout": 0.5'))
    store = Store.open(base / "assistant.db")
    clock = Clock.from_options("2026-11-27T10:00", "Europe/Berlin")
    assert default_registry().call(ToolContext(store, clock), "add_todo", {"title": "Tea"}).ok
    before = snapshot(store)
    settings = settings_snapshot(base)
    store.close()

    code = main(["ask", "add milk to my list", "--data-dir", str(base), "--now",
                 "2026-11-27T10:00", "--tz", "Europe/Berlin"])  # fmt: skip

    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: The model server at "), err
    assert words in lines[0]
    store = Store.open(base / "assistant.db")
    assert snapshot(store) == before
    store.close()
    assert settings_snapshot(base) == settings


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("500", "answered with an error (500"),
        ("garbage", "cannot read"),
        ("slow", "did not answer within 0.5 seconds"),
    ],
)
def test_a_turn_that_fails_midway_writes_nothing(
    fake_server: FakeServer, store: Store, clock: Clock, mode: str, words: str
) -> None:
    model = connect(choice(fake_server, grammar=True), None)
    fake_server.completions = mode
    agent = Agent(model, ChatML(), default_registry())
    assert default_registry().call(ToolContext(store, clock), "add_todo", {"title": "Tea"}).ok
    before = snapshot(store)
    events: list[Event] = []
    result = agent.run_turn("add milk to my list", [], store=store, clock=clock, emit=events.append)
    errors = [e.to_json()["message"] for e in events if e.type == "error"]
    assert result.finish_reason == "error" and len(errors) == 1, errors
    assert words in errors[0] and errors[0].startswith("The model server at ")
    assert not [e for e in events if e.type in {"tool_call", "tool_result"}]
    assert snapshot(store) == before
    model.close()


def test_use_server_that_fails_keeps_the_settings(
    fake_server: FakeServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "data"
    fake_server.models = "401"
    code = main(["models", "use-server", fake_server.url, "--model", "tiny",
                 "--data-dir", str(base)])  # fmt: skip
    assert code == 1
    assert "refused the API key (401)" in capsys.readouterr().err
    assert settings_snapshot(base) is None


def test_cancel_closes_the_stream_at_once(fake_server: FakeServer) -> None:
    model = connect(choice(fake_server, grammar=True), None)
    fake_server.completions = "endless"
    cancel = threading.Event()
    tokens: list[str] = []

    def on_token(text: str) -> None:
        tokens.append(text)
        if len(tokens) == 3:
            cancel.set()

    started = time.monotonic()
    out = model.complete("Sing", max_tokens=10_000, on_token=on_token, cancel=cancel)
    assert out.finish_reason == "cancelled"
    assert out.text == " la" * len(tokens) and len(tokens) <= 4
    assert time.monotonic() - started < 2
    model.close()


def test_a_grammar_the_server_ignores_is_not_sent(fake_server: FakeServer) -> None:
    """The probe sees its grammar ignored; calls then go unconstrained (and are validated)."""
    fake_server.text = "Hello there."
    model = connect(choice(fake_server), None)
    assert model.grammar_honoured is False
    fake_server.requests.clear()
    out = model.complete("<|begin_of_text|>Hi", grammar='root ::= "x"', stop=["<|eot_id|>"])
    assert out.text == "Hello there."
    assert (out.prompt_tokens, out.completion_tokens, out.evaluated_tokens) == (7, 3, 2)
    (sent,) = fake_server.requests
    assert "grammar" not in sent and sent["cache_prompt"] is True
    assert sent["prompt"] == "Hi"  # the server adds its own BOS
    assert sent["temperature"] == 0 and sent["repeat_penalty"] == 1.0
    model.close()


def test_a_grammar_the_server_honours_is_sent(fake_server: FakeServer) -> None:
    fake_server.text = "zq7x"  # what the probe's grammar admits
    model = connect(choice(fake_server), None)
    assert model.grammar_honoured is True
    fake_server.requests.clear()
    model.complete("Hi", grammar='root ::= "x"')
    assert fake_server.requests[0]["grammar"] == 'root ::= "x"'
    model.close()
