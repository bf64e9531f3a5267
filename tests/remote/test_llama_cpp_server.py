"""The client on llama.cpp's own ``llama-server`` with the SmolLM2 GGUF.

Skipped where that binary is not installed (``$LLAMA_SERVER`` or the PATH; no
Python package ships it, so CI has none). What it adds over llama-cpp-python's
server (test_remote_server.py) are the parts only llama.cpp's server has, read
for real rather than from its source: ``/props`` (context size and chat
template), ``/tokenize``, a JSON schema enforced on ``/v1/completions``, the
prompt cache reporting how much of a prompt it had to read, a cancelled stream
that frees the server's one slot at once, and the same end state as
in-process for the same GGUF.
"""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.agent.events import Event
from assistant.agent.factory import Brain, load_brain
from assistant.agent.loop import Agent
from assistant.clock import Clock
from assistant.models import server
from assistant.models.formats import ChatML
from assistant.models.remote import RemoteModel
from assistant.store import Store
from tests.remote.conftest import ALIAS, N_CTX
from tests.remote.test_remote_server import assert_same_end_state

pytestmark = [pytest.mark.model, pytest.mark.slow]

TURN = "Put buy eggs and buy bread on my to-do list"


@pytest.fixture(scope="module")
def remote(llama_cpp_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Brain]:
    base = tmp_path_factory.mktemp("data")
    server.use_server(base, llama_cpp_server, ALIAS)
    brain = load_brain(base, n_ctx=512)  # the real size must come from /props
    yield brain
    brain.close()


def test_connecting_reads_props_tokenize_and_both_constraints(remote: Brain) -> None:
    model = remote.model
    assert isinstance(model, RemoteModel)
    assert model.n_ctx == N_CTX  # /props, not the 512 asked for
    assert model.info.tokenizer is not None and model.info.tokenizer.endswith("/tokenize")
    assert model.info.chat_template is not None and "<|im_start|>" in model.info.chat_template
    assert isinstance(remote.fmt, ChatML)  # picked from the template
    assert model.count_tokens("<|im_start|>user\nhi<|im_end|>") == 5
    # Both probes obeyed; GBNF is the one used.
    assert model.grammar_honoured and model.schema_honoured
    assert model.info.constraint == "grammar"


def test_the_prompt_cache_keeps_the_prefix_between_requests(remote: Brain) -> None:
    model = remote.model
    prefix = remote.agent.prefix
    first = model.complete(prefix + "<|im_start|>user\nhello", max_tokens=1)
    second = model.complete(prefix + "<|im_start|>user\nthanks", max_tokens=1)
    # cache_prompt: the second request reads only what differs from the first.
    assert second.evaluated_tokens < 10 < model.count_tokens(prefix)
    assert first.evaluated_tokens >= second.evaluated_tokens


def predicted_tokens(url: str) -> float:
    """llama-server's count of the tokens it generated so far (``--metrics``)."""
    with urllib.request.urlopen(f"{url}/metrics", timeout=10) as answer:
        text = answer.read().decode()
    (line,) = [x for x in text.splitlines() if x.startswith("llamacpp:tokens_predicted_total")]
    return float(line.split()[-1])


def test_a_cancelled_stream_frees_the_slot_for_the_next_request(
    remote: Brain, llama_cpp_server: str
) -> None:
    """The agent cancels its first stream on every tool call and asks again at once.

    With one slot the next request waits until the server is done with the
    cancelled one, so the count after it shows how far that one ran: it must
    stop where it was cancelled, not run on to ``max_tokens`` (as it did when
    the connection was only closed while the reading thread still waited on it).
    """
    model = remote.model
    prompt = (
        "<|im_start|>user\nWrite a long story about a dragon.<|im_end|>\n<|im_start|>assistant\n"
    )
    for attempt in range(3):
        before = predicted_tokens(llama_cpp_server)
        cancel = threading.Event()
        tokens: list[str] = []

        def on_token(
            text: str, tokens: list[str] = tokens, cancel: threading.Event = cancel
        ) -> None:
            tokens.append(text)
            if len(tokens) == 2:
                cancel.set()

        out = model.complete(f"{prompt}{attempt}", max_tokens=200, on_token=on_token, cancel=cancel)
        assert out.finish_reason == "cancelled"
        model.complete("Hi", max_tokens=1)  # waits for the slot
        assert predicted_tokens(llama_cpp_server) - before < 50


@pytest.mark.parametrize("constraint", ["grammar", "schema"])
def test_a_turn_with_a_tool_call_under_each_constraint(
    remote: Brain, store: Store, clock: Clock, constraint: str
) -> None:
    model = remote.model
    assert isinstance(model, RemoteModel)
    held = model.honouring(grammar=constraint == "grammar", schema=constraint == "schema")
    agent = Agent(held, remote.fmt, remote.agent.tools)
    events: list[Event] = []
    agent.run_turn(TURN, [], store=store, clock=clock, emit=events.append)
    data: list[dict[str, Any]] = [e.to_json() for e in events]
    (call,) = [d for d in data if d["type"] == "tool_call"]
    (result,) = [d for d in data if d["type"] == "tool_result"]
    assert call["name"] == "add_todos" and result["ok"], data
    titles = [r["title"].casefold() for r in store.query("SELECT title FROM todos ORDER BY id")]
    assert titles == [item.casefold() for item in call["arguments"]["items"]]


def test_the_same_end_state_as_in_process(remote: Brain, tmp_path: Path, clock: Clock) -> None:
    """Greedy on both sides, the same GGUF: llama.cpp's sampler picks the same tokens."""
    assert_same_end_state(remote, tmp_path, clock)
