"""Tool calls held to a JSON schema where a server enforces schemas but no GBNF grammar.

The fake server of conftest.py enforces nothing; where a test needs a server
that honours schemas it answers as one would (a stand-in for vLLM, whose
``/v1/completions`` reads ``response_format``), and where it answers the same
whatever is asked it stands in for a server that takes the fields and ignores
them (Ollama's ``/v1/completions``, llama-cpp-python's ``response_format``).
The tests marked ``model`` run llama-cpp-python's real server.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.agent.events import Event
from assistant.agent.loop import Agent
from assistant.cli.doctor_server import check_server
from assistant.clock import Clock
from assistant.models import server
from assistant.models.formats import ChatML, Llama3Json, Message
from assistant.models.remote import RemoteModel
from assistant.models.remote_probe import connect
from assistant.store import Store
from assistant.tools import default_registry
from tests.remote.conftest import ALIAS, FakeServer
from tests.schema_check import validate

PROBE = '{"zq7x": "zq7x"}'
CALL = '{"name": "add_todos", "arguments": {"items": ["milk"]}}'


class SchemaServer:
    """Answers as a server enforcing ``response_format`` would, and ignores ``grammar``.

    A request with a schema gets an object of that schema (the probe's, or
    ``call`` in pieces); the grammar probe gets words; any other request gets
    ``free`` once, then "Done.".
    """

    def __init__(self, call: list[str], free: str = "<tool_call>") -> None:
        self.call, self.free = call, free

    def __call__(self, body: dict[str, Any]) -> list[str]:
        if "grammar" in body:
            return ["Hello there."]
        wanted = body.get("response_format")
        if wanted is None:
            free, self.free = self.free, "Done."
            return [free]
        schema = json.dumps(wanted["json_schema"]["schema"])
        return [PROBE] if "zq7x" in schema else self.call


def choice(fake: FakeServer) -> server.ServerChoice:
    return server.ServerChoice(fake.url, "tiny", timeout=2)


def test_an_ignored_schema_is_found_and_doctor_warns(
    fake_server: FakeServer, tmp_path: Path
) -> None:
    """The fake answers "Hello there." to anything: it takes the fields and ignores them."""
    model = connect(choice(fake_server), None)
    assert (model.grammar_honoured, model.schema_honoured) == (False, False)
    assert model.info.constraint == "none"
    completions = [r for r in fake_server.requests if r["path"] == "/v1/completions"]
    grammar_probe, schema_probe = completions
    assert "grammar" in grammar_probe and "json_schema" not in grammar_probe
    # The schema goes in llama.cpp's field and in OpenAI's (vLLM's), never with a grammar.
    wrapped = schema_probe["response_format"]
    assert wrapped["type"] == "json_schema"
    assert wrapped["json_schema"]["schema"] == schema_probe["json_schema"]
    assert "grammar" not in schema_probe
    model.close()

    base = tmp_path / "data"
    chosen = server.use_server(base, fake_server.url, "tiny")
    check = check_server(base, chosen)
    assert check.status == "warn"
    assert "enforces neither a GBNF grammar nor a JSON schema" in check.message
    assert "only checked after they are written" in check.message
    remembered = server.server_choice(base)
    assert remembered is not None and (remembered.grammar, remembered.schema) == (False, False)


def test_a_schema_server_gets_the_call_as_a_schema(fake_server: FakeServer, tmp_path: Path) -> None:
    fake_server.reply = SchemaServer([CALL])
    model = connect(choice(fake_server), None)
    assert (model.grammar_honoured, model.schema_honoured) == (False, True)
    assert model.info.constraint == "schema"
    agent = Agent(model, ChatML(), default_registry())
    fake_server.requests.clear()
    prompt = agent.render([Message("user", "add milk")]) + agent.plan.prefix
    out = model.complete(prompt, grammar=agent.plan.call_only, max_tokens=64)
    (sent,) = fake_server.requests
    assert sent["json_schema"] == agent.plan.call_only.schema  # type: ignore[attr-defined]
    assert sent["response_format"]["json_schema"]["schema"] == sent["json_schema"]
    assert "grammar" not in sent and sent["prompt"].endswith("<tool_call>")
    parsed = agent.fmt.parse(agent.plan.prefix + out.text)
    assert parsed.call is not None and parsed.call.arguments == {"items": ["milk"]}
    # A grammar that is not a call's (words only, a summary) has no schema: not sent.
    fake_server.requests.clear()
    model.complete("Hi", grammar=agent.text_only, max_tokens=8)
    assert not {"grammar", "json_schema", "response_format"} & set(fake_server.requests[0])
    model.close()

    base = tmp_path / "data"
    check = check_server(base, server.use_server(base, fake_server.url, "tiny"))
    assert check.status == "ok" and check.message.endswith("JSON schema honoured (no grammar)")


def test_the_prefix_brace_is_written_once(fake_server: FakeServer) -> None:
    """Llama 3's call prefix is the object's own "{": the server writes the whole object."""
    body = '"name": "list_todos", "parameters": {}}'
    fake_server.reply = SchemaServer([" ", "{", body])
    model = connect(choice(fake_server), None)
    agent = Agent(model, Llama3Json(), default_registry())
    fake_server.requests.clear()
    prompt = agent.render([Message("user", "what is on my list?")])
    tokens: list[str] = []
    out = model.complete(prompt + "{", grammar=agent.plan.call_only, on_token=tokens.append)
    assert fake_server.requests[0]["prompt"] == prompt.removeprefix("<|begin_of_text|>")
    assert out.text == body and "".join(tokens) == body
    parsed = agent.fmt.parse("{" + out.text)
    assert parsed.call is not None and parsed.call.name == "list_todos"
    # An answer that does not start with the brace is passed on as it came.
    fake_server.reply = SchemaServer(["Sorry"])
    assert model.complete(prompt + "{", grammar=agent.plan.call_only).text == "Sorry"
    model.close()


def test_a_turn_on_a_schema_server_runs_the_call(
    fake_server: FakeServer, store: Store, clock: Clock
) -> None:
    fake_server.reply = SchemaServer(
        ['{"name": ', '"add_todos", "arguments": ', '{"items": ["milk"]}}']
    )
    model = connect(choice(fake_server), None)
    agent = Agent(model, ChatML(), default_registry())
    events: list[Event] = []
    agent.run_turn("add milk to my list", [], store=store, clock=clock, emit=events.append)
    data = [e.to_json() for e in events]
    assert [d["name"] for d in data if d["type"] == "tool_call"] == ["add_todos"], data
    assert [r["title"] for r in store.query("SELECT title FROM todos")] == ["milk"]
    schemas = [r for r in fake_server.requests if "response_format" in r]
    assert len(schemas) == 2  # the probe, then the call
    model.close()


# --- llama-cpp-python's real server ---------------------------------------------


@pytest.mark.model
@pytest.mark.slow
def test_llama_cpp_python_honours_the_grammar_only(llama_server: str) -> None:
    """Its ``/v1/completions`` has a ``grammar`` field and drops ``response_format``
    and ``json_schema`` unread (``CreateCompletionRequest`` in llama_cpp/server/types.py)."""
    model = connect(server.ServerChoice(llama_server, ALIAS), None)
    assert (model.grammar_honoured, model.schema_honoured) == (True, False)
    assert model.info.constraint == "grammar"
    agent = Agent(model, ChatML(), default_registry())
    sent = model.request("Hi", grammar=agent.plan.call_only, max_tokens=8, stop=None)
    assert sent["extra_body"]["grammar"] == agent.plan.call_only
    assert "json_schema" not in sent["extra_body"]  # GBNF is preferred where honoured
    model.close()


@pytest.mark.model
@pytest.mark.slow
def test_the_call_schema_constrains_a_real_server(llama_server: str) -> None:
    """The schema, turned into GBNF by llama-cpp-python's port of llama.cpp's own
    schema converter (what llama.cpp's server does with ``json_schema``), held
    SmolLM2 on the real server to a call that validates and runs."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    model = connect(server.ServerChoice(llama_server, ALIAS, grammar=True, schema=False), None)
    assert isinstance(model, RemoteModel)
    agent = Agent(model, ChatML(), default_registry())
    schema = agent.plan.call_only.schema  # type: ignore[attr-defined]
    prompt = agent.render([Message("user", "Put buy eggs on my to-do list")]) + agent.plan.prefix
    out = model.complete(prompt, grammar=json_schema_to_gbnf(json.dumps(schema)), max_tokens=160)
    model.close()
    assert out.finish_reason == "stop", out
    call = json.loads(out.text)
    assert validate(call, schema), call
    parsed = agent.fmt.parse(agent.plan.prefix + out.text)
    assert parsed.call is not None and parsed.error is None
    agent.registry.validate(parsed.call.name, parsed.call.arguments)
