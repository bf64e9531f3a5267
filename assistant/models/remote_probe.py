"""Connecting to a model server: is it there, has it the model, what does it honour.

Everything here runs once per connection (and `assistant doctor`), never per
turn. Each server type says different things about itself beyond the OpenAI
API, so each is asked in turn and what answers is used:

* context size: llama.cpp's ``/props``, vLLM's ``max_model_len`` in ``/v1/models``,
  else what the user configured;
* a tokenizer: llama.cpp's ``/tokenize``, llama-cpp-python's ``/extras/tokenize``,
  else an estimate;
* the chat template (to pick the prompt format): llama.cpp's ``/props``;
* a GBNF grammar, and a JSON schema: a short completion under a grammar (then
  a schema) that no model would write unasked shows whether the server
  enforces it. A server may take the field and ignore it (llama-cpp-python's
  server drops ``response_format`` on ``/v1/completions``, Ollama's too), so
  only the output tells.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import openai

from assistant.errors import ModelError
from assistant.models import tls
from assistant.models.call_schema import CallGrammar
from assistant.models.remote import RemoteModel, ServerInfo, Tokenizer
from assistant.models.remote_errors import explain
from assistant.models.server import ServerChoice

log = logging.getLogger(__name__)

_PROBE_TEXT = "zq7x"
_PROBE_GRAMMAR = f'root ::= "{_PROBE_TEXT}"'
# The keywords a call schema uses (anyOf, const, required, no other keys), and
# an object no model writes unasked.
_PROBE_OBJECT = {_PROBE_TEXT: _PROBE_TEXT}
_PROBE_SCHEMA = CallGrammar(
    f'root ::= "{{\\"{_PROBE_TEXT}\\": \\"{_PROBE_TEXT}\\"}}"',
    {
        "anyOf": [
            {
                "type": "object",
                "properties": {_PROBE_TEXT: {"const": _PROBE_TEXT}},
                "required": [_PROBE_TEXT],
                "additionalProperties": False,
            }
        ]
    },
)


@dataclass(frozen=True)
class Listing:
    """The server's models, and what it said about the one in use."""

    models: list[str]
    context: int | None = None


def client_for(url: str, api_key: str | None, timeout: float) -> openai.OpenAI:
    # No retries: a server that is down must be reported now, not after backoff.
    # An https:// server is checked against the same authorities as downloads.
    http = openai.DefaultHttpxClient(verify=tls.ssl_context()) if url.startswith("https:") else None
    return openai.OpenAI(
        base_url=f"{url}/v1",
        api_key=api_key or "none",
        timeout=timeout,
        max_retries=0,
        http_client=http,
    )


def list_models(
    url: str, api_key: str | None = None, timeout: float = 15.0, model: str = ""
) -> Listing:
    """The model names ``/v1/models`` lists; a ModelError in words if that fails."""
    client = client_for(url, api_key, timeout)
    try:
        return _listing(client, model)
    except Exception as exc:
        raise explain(exc, url.split("://", 1)[-1], model, timeout) from None
    finally:
        client.close()


def connect(
    choice: ServerChoice,
    api_key: str | None,
    *,
    n_ctx: int = 8192,
    client: openai.OpenAI | None = None,
) -> RemoteModel:
    """Check the server and its model, learn what it offers, and return the model.

    ``choice.grammar`` or ``choice.schema`` None: that one is probed (the caller
    remembers the answer). Any failure is one :class:`ModelError` naming the server.
    """
    client = client or client_for(choice.url, api_key, choice.timeout)
    try:
        listing = _listing(client, choice.model)
        if choice.model not in listing.models:
            shown = ", ".join(listing.models[:8]) or "none"
            raise ModelError(
                f"The model server at {choice.host} has no model named {choice.model!r}; "
                f"it has: {shown}. Pick one in Settings → Model, or with "
                "`assistant models use-server URL --model NAME`."
            )
        props = _get_json(client, f"{choice.url}/props") or {}
        settings = props.get("default_generation_settings")
        context = settings.get("n_ctx") if isinstance(settings, dict) else None
        template = props.get("chat_template")
        found, tokenizer = _tokenizer(client, choice)
        info = ServerInfo(
            choice.url,
            choice.model,
            int(context or listing.context or n_ctx),
            bool(choice.grammar),
            template if isinstance(template, str) and template else None,
            found,
            bool(choice.schema),
        )
        model = RemoteModel(client, info, timeout=choice.timeout, tokenizer=tokenizer)
        grammar = probe_grammar(model) if choice.grammar is None else choice.grammar
        schema = probe_schema(model) if choice.schema is None else choice.schema
        return model.honouring(grammar=grammar, schema=schema)
    except Exception as exc:
        client.close()
        raise explain(exc, choice.host, choice.model, choice.timeout) from None


def probe_grammar(model: RemoteModel) -> bool:
    """Whether the server enforces a GBNF grammar (False if it refuses the field)."""
    text = _probe(model.honouring(grammar=True, schema=False), _PROBE_GRAMMAR)
    honoured = text is not None and text.strip() == _PROBE_TEXT
    log.info("server %s %s a GBNF grammar", model.host, "honours" if honoured else "ignores")
    return honoured


def probe_schema(model: RemoteModel) -> bool:
    """Whether the server enforces a JSON schema (False if it refuses or ignores the field)."""
    # llama.cpp turns a schema into a grammar that lets whitespace in between
    # (SmolLM2 wrote 18 tokens for this object), and ends the answer with it.
    text = _probe(model.honouring(grammar=False, schema=True), _PROBE_SCHEMA, max_tokens=64)
    try:
        honoured = text is not None and json.loads(text) == _PROBE_OBJECT
    except ValueError:
        honoured = False
    log.info("server %s %s a JSON schema", model.host, "honours" if honoured else "ignores")
    return honoured


def _probe(model: RemoteModel, grammar: str, max_tokens: int = 16) -> str | None:
    """A short answer under ``grammar``; None where the server refuses the request."""
    try:
        return model.complete("Say hello.", grammar=grammar, max_tokens=max_tokens).text
    except ModelError as exc:
        if "(400" in str(exc) or "(422" in str(exc):
            return None
        raise


def latency(model: RemoteModel) -> float:
    """Seconds for a one-token completion of a short prompt."""
    started = time.perf_counter()
    model.complete("Hello", max_tokens=1)
    return time.perf_counter() - started


def _listing(client: openai.OpenAI, model: str) -> Listing:
    page = client.models.list()
    names: list[str] = []
    context = None
    for entry in page.data:
        names.append(str(entry.id))
        extra = entry.model_extra or {}
        if entry.id == model and isinstance(extra.get("max_model_len"), int):
            context = int(extra["max_model_len"])  # vLLM
    return Listing(names, context)


def _get_json(client: openai.OpenAI, url: str) -> dict[str, Any] | None:
    """A JSON object from a server-specific endpoint, or None where the server has none."""
    try:
        data = client.get(url, cast_to=object)
    except (openai.APIStatusError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _tokenizer(client: openai.OpenAI, choice: ServerChoice) -> tuple[str | None, Tokenizer | None]:
    """The first tokenize endpoint that answers, as a counting function."""
    candidates: list[tuple[str, Callable[[str], dict[str, Any]]]] = [
        (f"{choice.url}/tokenize", lambda text: {"content": text}),  # llama.cpp
        (f"{choice.url}/extras/tokenize", lambda text: {"input": text}),  # llama-cpp-python
    ]
    for url, body in candidates:
        try:
            data = client.post(url, body=body("Hi"), cast_to=object)
        except (openai.APIStatusError, ValueError, TypeError):
            continue
        if isinstance(data, dict) and isinstance(data.get("tokens"), list):
            return url, _counter(client, url, body)
    return None, None


def _counter(client: openai.OpenAI, url: str, body: Callable[[str], dict[str, Any]]) -> Tokenizer:
    def count(text: str) -> int:
        data = client.post(url, body=body(text), cast_to=object)
        tokens = data.get("tokens") if isinstance(data, dict) else None
        if not isinstance(tokens, list):
            raise ValueError("the tokenizer's answer has no tokens")
        return len(tokens)

    return count
