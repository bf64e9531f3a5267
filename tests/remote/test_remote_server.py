"""The agent on a real llama.cpp server (llama-cpp-python's) with the SmolLM2 GGUF.

SmolLM2-135M's judgement is not under test: these check the mechanics through
HTTP, the grammar honoured and the call parsed, validated and run against a real
store, a summary, Stop mid-stream, and that the server back end leaves the same
end state as the in-process one for the same GGUF and greedy decoding.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.agent.events import Event
from assistant.agent.factory import Brain, load_brain
from assistant.agent.loop import Agent
from assistant.agent.session import ChatSession
from assistant.agent.summarize import summarize_email
from assistant.cli import main
from assistant.clock import Clock
from assistant.models import server
from assistant.models.base import Completion, TokenCallback
from assistant.models.formats import ChatML
from assistant.models.remote import RemoteModel, Sampling
from assistant.models.sampling import SamplingParams
from assistant.store import Store
from tests.remote.conftest import ALIAS, N_CTX, SMOLLM2, THREADS

pytestmark = [pytest.mark.model, pytest.mark.slow]

EMAIL = """From: Ana <ana@example.com>
Subject: Friday

Hi! Can you send me the slides by Thursday? Lunch on Friday at 1 still works.
"""


class Recording:
    """Wraps a model and keeps each call's grammar and Completion."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.calls: list[tuple[str | None, Completion]] = []

    @property
    def n_ctx(self) -> int:
        return int(self.model.n_ctx)

    def count_tokens(self, text: str) -> int:
        return int(self.model.count_tokens(text))

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
        out: Completion = self.model.complete(
            prompt, grammar=grammar, max_tokens=max_tokens, stop=stop,
            on_token=on_token, cancel=cancel,
        )  # fmt: skip
        self.calls.append((grammar, out))
        return out


@pytest.fixture(scope="module")
def remote(llama_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Brain]:
    base = tmp_path_factory.mktemp("data")
    server.use_server(base, llama_server, ALIAS)
    brain = load_brain(base, n_ctx=N_CTX)
    brain.base = base  # type: ignore[attr-defined]
    yield brain
    brain.close()


def test_connecting_learns_what_the_server_offers(remote: Brain) -> None:
    model = remote.model
    assert isinstance(model, RemoteModel)
    assert model.grammar_honoured  # llama.cpp's grammar field, probed once
    assert model.info.tokenizer is not None and model.info.tokenizer.endswith("/extras/tokenize")
    assert model.n_ctx == N_CTX
    assert model.count_tokens("<|im_start|>user\nhi<|im_end|>") == 5
    assert isinstance(remote.fmt, ChatML)
    remembered = server.server_choice(remote.base)  # type: ignore[attr-defined]
    assert remembered is not None and remembered.grammar is True


def test_sampling_matches_the_in_process_defaults() -> None:
    local, sent = SamplingParams(), Sampling()
    # In process it is always greedy; the server is asked for the same.
    assert sent.temperature == 0.0
    assert sent.repeat_penalty == local.repeat_penalty


def test_a_turn_with_a_tool_call_through_the_server(
    remote: Brain, store: Store, clock: Clock
) -> None:
    model = Recording(remote.model)
    agent = Agent(model, remote.fmt, remote.agent.tools)
    events: list[Event] = []
    agent.run_turn(
        "Put buy eggs and buy bread on my to-do list",
        [], store=store, clock=clock, emit=events.append,
    )  # fmt: skip
    data = [e.to_json() for e in events]
    constrained = [out for grammar, out in model.calls if grammar == agent.plan.call_only]
    assert constrained, data  # the call was generated under the grammar ...
    parsed = remote.fmt.parse(agent.plan.prefix + constrained[0].text)
    assert parsed.call is not None and parsed.error is None  # ... and parses
    agent.registry.validate(parsed.call.name, parsed.call.arguments)  # ... and validates
    (call,) = [d for d in data if d["type"] == "tool_call"]
    (result,) = [d for d in data if d["type"] == "tool_result"]
    assert call["name"] == parsed.call.name and result["ok"], data
    # The store holds what the call says.
    titles = [r["title"] for r in store.query("SELECT title FROM todos ORDER BY id")]
    assert [t.casefold() for t in titles] == [
        item.casefold() for item in parsed.call.arguments["items"]
    ]
    assert data[-1]["type"] == "answer" and data[-1]["text"].startswith("Added 2 to-dos")


def test_a_summary_through_the_server(remote: Brain, clock: Clock) -> None:
    summary = summarize_email(remote.model, remote.fmt, EMAIL, clock)
    assert summary.summary.strip()
    assert all(item.proposal.description for item in summary.action_items)


def test_stop_cancels_mid_stream_and_the_server_stays_usable(remote: Brain) -> None:
    cancel = threading.Event()
    tokens: list[str] = []
    stopped_at: list[float] = []

    def on_token(text: str) -> None:
        tokens.append(text)
        if len(tokens) == 3:
            stopped_at.append(time.monotonic())
            cancel.set()

    prompt = (
        "<|im_start|>user\nWrite a long story about a dragon.<|im_end|>\n<|im_start|>assistant\n"
    )
    out = remote.model.complete(prompt, max_tokens=400, on_token=on_token, cancel=cancel)
    assert out.finish_reason == "cancelled"
    assert time.monotonic() - stopped_at[0] < 1.0
    assert len(tokens) <= 4 and out.text == "".join(tokens)
    after = remote.model.complete(prompt, max_tokens=3)
    assert after.finish_reason in {"stop", "length"} and after.text


def test_use_server_checks_and_remembers(
    llama_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "data"
    code = main(["models", "use-server", f"{llama_server}/v1", "--json", "--data-dir", str(base)])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["model"] == ALIAS and report["grammar"] is True and report["public"] is False
    choice = server.server_choice(base)
    assert choice is not None and choice.url == llama_server and choice.grammar is True


TURNS = ("Put buy eggs and buy bread on my to-do list", "lunch with Ana on Tuesday at 1")


def end_state(brain: Brain, store: Store, clock: Clock) -> dict[str, Any]:
    session = ChatSession(brain.agent, store)
    answers = [session.ask(text, clock=clock, emit=lambda e: None).answer for text in TURNS]
    return {
        "answers": answers,
        "todos": store.query(
            "SELECT title, due_date, due_at, priority, done FROM todos ORDER BY id"
        ),
        "events": store.query('SELECT title, start, "end" FROM events ORDER BY id'),
        "notes": store.query("SELECT title, body FROM notes ORDER BY id"),
        "actions": store.query("SELECT tool, summary FROM actions ORDER BY id"),
    }


def assert_same_end_state(remote: Brain, tmp_path: Path, clock: Clock) -> None:
    """The same turns in-process and through ``remote`` (the same GGUF) leave the same store."""
    local = load_brain(tmp_path / "local", SMOLLM2, n_ctx=N_CTX, n_threads=THREADS)
    stores = [Store.open(tmp_path / "local.db"), Store.open(tmp_path / "remote.db")]
    try:
        here = end_state(local, stores[0], clock)
        there = end_state(remote, stores[1], clock)
    finally:
        local.close()
        for store in stores:
            store.close()
    assert here["todos"], here  # the turns did something to compare
    assert there == here


def test_the_server_leaves_the_same_end_state_as_in_process(
    remote: Brain, tmp_path: Path, clock: Clock
) -> None:
    assert_same_end_state(remote, tmp_path, clock)
