"""The model on a server: an OpenAI-compatible ``/v1/completions`` endpoint.

A second implementation of :class:`~assistant.models.base.ChatModel`. The agent
renders its own prompt (prefix + turns), so the raw completions endpoint with
``prompt=`` fits: the byte-stable prefix reaches the server unchanged, and
servers with prefix caching (llama.cpp's ``cache_prompt``, vLLM's prefix cache)
reuse its state across turns.

Decisions worth knowing:

* Constrained calls: the GBNF grammar goes in llama.cpp's ``grammar`` field.
  A server that enforces JSON schemas but no GBNF (vLLM) gets the rest of a
  call as a schema instead (:class:`~assistant.models.call_schema.CallGrammar`),
  in ``json_schema`` (llama.cpp's name) and ``response_format`` (OpenAI's, which
  vLLM reads on ``/v1/completions``). What a server honours is probed once
  (:mod:`assistant.models.remote_probe`) and remembered, GBNF preferred; where
  it honours neither, generation runs unconstrained and the agent's parsing
  and schema validation catch a bad call, as for a call found in prose.
* Cancellation: the stream is read on a helper thread, so the caller's thread
  notices ``cancel`` within 50 ms even while the server is still reading the
  prompt, and closes the connection (llama.cpp's server then stops generating).
  The socket is shut down before it is closed: a close alone, while the helper
  thread still waits on the socket, may send nothing to the server until that
  wait ends, and a server with one slot (llama-server ``-np 1``,
  llama-cpp-python's) then finishes the abandoned completion before it starts
  the next request (the agent cancels its first stream on every tool call).
* Greedy by default with no repeat penalty, as in-process, so both back ends
  give the same output for the same GGUF.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import openai

from assistant.errors import ModelError
from assistant.models.base import Completion, TokenCallback
from assistant.models.call_schema import CallGrammar, response_format
from assistant.models.remote_errors import explain

log = logging.getLogger(__name__)

# The server adds its own BOS; a rendered template's must not make it two.
_LEADING_BOS = ("<|begin_of_text|>", "<s>")
_POLL = 0.05
_COUNT_CACHE = 256
Tokenizer = Callable[[str], int]
Constraint = Literal["grammar", "schema", "none"]


@dataclass(frozen=True)
class Sampling:
    """The in-process defaults (:class:`~assistant.models.sampling.SamplingParams`): greedy.

    A copy, not an import: sampling.py loads llama.cpp, which no front end may
    import before the CPU check, and a server needs no llama.cpp here at all.
    """

    temperature: float = 0.0
    top_k: int = 40
    top_p: float = 0.95
    min_p: float = 0.05
    repeat_penalty: float = 1.0


@dataclass(frozen=True)
class ServerInfo:
    """What was learned about a server when connecting."""

    url: str
    model: str
    n_ctx: int
    grammar: bool  # enforces a GBNF grammar (llama.cpp's ``grammar`` field)
    chat_template: str | None = None
    tokenizer: str | None = None  # the endpoint counting tokens, None: estimated
    schema: bool = False  # enforces a JSON schema (``json_schema`` / ``response_format``)

    @property
    def constraint(self) -> Constraint:
        """What a call is held to on this server: GBNF where it is honoured."""
        return "grammar" if self.grammar else "schema" if self.schema else "none"


class RemoteModel:
    """A model served over HTTP; one completion at a time, like the local one."""

    def __init__(
        self,
        client: openai.OpenAI,
        info: ServerInfo,
        *,
        timeout: float,
        sampling: Sampling | None = None,
        tokenizer: Tokenizer | None = None,
    ) -> None:
        self._client = client
        self.info = info
        self.timeout = timeout
        self.sampling = sampling or Sampling()
        self._tokenizer = tokenizer
        self._counts: OrderedDict[str, int] = OrderedDict()
        self._lock = threading.RLock()
        self.host = info.url.split("://", 1)[-1]

    @property
    def n_ctx(self) -> int:
        return self.info.n_ctx

    @property
    def grammar_honoured(self) -> bool:
        return self.info.grammar

    @property
    def schema_honoured(self) -> bool:
        return self.info.schema

    def honouring(self, *, grammar: bool, schema: bool) -> RemoteModel:
        """The same server and connection, sending GBNF grammars and call schemas or not."""
        info = dataclasses.replace(self.info, grammar=grammar, schema=schema)
        return RemoteModel(
            self._client,
            info,
            timeout=self.timeout,
            sampling=self.sampling,
            tokenizer=self._tokenizer,
        )

    def count_tokens(self, text: str) -> int:
        """The server's own count where it offers one, else a cautious estimate."""
        if text in self._counts:
            self._counts.move_to_end(text)
            return self._counts[text]
        if self._tokenizer is None:
            return estimate_tokens(text)
        try:
            count = self._tokenizer(_without_bos(text))
        except Exception as exc:
            raise self._error(exc) from None
        self._counts[text] = count
        if len(self._counts) > _COUNT_CACHE:
            self._counts.popitem(last=False)
        return count

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
        cancel = cancel or threading.Event()
        body = self.request(prompt, grammar=grammar, max_tokens=max_tokens, stop=stop)
        call = self._schema_for(grammar)
        lead = call.lead if call is not None and prompt.endswith(call.lead) else ""
        with self._lock:
            return self._stream(body, stop or [], _LeadCut(lead, on_token), cancel)

    def request(
        self, prompt: str, *, grammar: str | None, max_tokens: int, stop: list[str] | None
    ) -> dict[str, Any]:
        """The body of one streamed completion request."""
        extra: dict[str, Any] = {
            "cache_prompt": True,  # llama.cpp: keep the prompt's KV state for the next turn
            "top_k": self.sampling.top_k,
            "min_p": self.sampling.min_p,
            "repeat_penalty": self.sampling.repeat_penalty,
        }
        if grammar is not None and self.info.grammar:
            extra["grammar"] = grammar
        elif (call := self._schema_for(grammar)) is not None and call.schema is not None:
            # The server writes the whole object: a brace the prompt ends with goes.
            prompt = prompt.removesuffix(call.lead)
            extra["json_schema"] = call.schema  # llama.cpp
            extra["response_format"] = response_format(call.schema)  # vLLM, OpenAI's name
        body: dict[str, Any] = {
            "model": self.info.model,
            "prompt": _without_bos(prompt),
            "max_tokens": max_tokens,
            "temperature": self.sampling.temperature,
            "top_p": self.sampling.top_p,
            "stream": True,
            "extra_body": extra,
        }
        if stop:
            body["stop"] = stop
        return body

    def _schema_for(self, grammar: str | None) -> CallGrammar | None:
        """The call schema to send in place of ``grammar``: where only schemas are enforced."""
        if self.info.constraint != "schema" or not isinstance(grammar, CallGrammar):
            return None
        return grammar if grammar.schema is not None else None

    def prepare_prefix(self, prefix: str, cache_dir: Path) -> bool:
        """Have the server read the prefix once, so the first turn finds it cached.

        Nothing is saved here (the server keeps its cache); returns False, like a
        prefix that was evaluated rather than restored.
        """
        self.warm_up(prefix)
        return False

    def warm_up(self, prefix: str) -> int:
        started = time.perf_counter()
        self.complete(prefix, max_tokens=1)
        log.info("server read the prompt prefix in %.2f s", time.perf_counter() - started)
        return 0

    def close(self) -> None:
        self._client.close()

    # --- streaming ---

    def _stream(
        self,
        body: dict[str, Any],
        stop: list[str],
        out: _LeadCut,
        cancel: threading.Event,
    ) -> Completion:
        reader = _StreamReader(self._client, body, cancel)
        reader.start()
        reason = "stop"
        while True:
            if cancel.is_set():
                reader.abort()
                return Completion(out.finish(), "cancelled")
            try:
                kind, item = reader.events.get(timeout=_POLL)
            except queue.Empty:
                continue
            if kind == "error":
                raise self._error(item)
            if kind == "end":
                if not reader.received:
                    raise self._error(ValueError("no completion in the answer"))
                break
            text, finish = item
            if text:
                out.feed(text)
            if finish:
                reason = "length" if finish == "length" else "stop"
        return Completion(
            _cut_at_stop(out.finish(), stop),
            reason,
            prompt_tokens=reader.prompt_tokens,
            completion_tokens=reader.completion_tokens or out.chunks,
            evaluated_tokens=reader.evaluated_tokens,
        )

    def _error(self, exc: BaseException) -> ModelError:
        if not isinstance(exc, ModelError):
            log.warning("model server request failed: %r", exc)
        return explain(exc, self.host, self.info.model, self.timeout)


class _StreamReader(threading.Thread):
    """Reads one streamed completion into a queue: (text, finish_reason) chunks, then end."""

    def __init__(self, client: openai.OpenAI, body: dict[str, Any], cancel: threading.Event):
        super().__init__(name="model-stream", daemon=True)
        self._client, self._body, self._cancel = client, body, cancel
        self.events: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.received = 0
        # From the usage and llama.cpp's timings, where the server sends them (else 0).
        self.prompt_tokens = self.completion_tokens = self.evaluated_tokens = 0
        self._stream: Any = None
        self._closed = threading.Lock()

    def run(self) -> None:
        try:
            self._stream = self._client.completions.create(**self._body)
            if self._cancel.is_set():
                return
            for chunk in self._stream:
                self._count(chunk)
                choices = getattr(chunk, "choices", None) or []
                if not choices:
                    continue
                self.received += 1
                choice = choices[0]
                self.events.put(("chunk", (choice.text or "", choice.finish_reason)))
                if self._cancel.is_set():
                    return
            self.events.put(("end", None))
        except Exception as exc:
            if not self._cancel.is_set():
                self.events.put(("error", exc))
        finally:
            self.abort()

    def _count(self, chunk: Any) -> None:
        usage = getattr(chunk, "usage", None)
        if usage is not None:
            self.prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
            self.completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        timings = (getattr(chunk, "model_extra", None) or {}).get("timings")
        if isinstance(timings, dict) and isinstance(timings.get("prompt_n"), int):
            self.evaluated_tokens = timings["prompt_n"]  # llama.cpp: not from its cache

    def abort(self) -> None:
        """Close the connection: the server sees the client leave and stops."""
        stream = self._stream
        if stream is not None and self._closed.acquire(blocking=False):
            _shut_down(stream)
            try:
                stream.close()
            except Exception:  # closing from another thread mid-read may complain
                log.debug("closing the completion stream", exc_info=True)


def _shut_down(stream: Any) -> None:
    """Send the server the end of the connection now, whoever still reads the socket.

    httpx names the connection's stream in the response's ``network_stream``
    extension; where there is none (another transport), closing has to do.
    """
    try:
        network = stream.response.extensions.get("network_stream")
        sock = network.get_extra_info("socket") if network is not None else None
        if isinstance(sock, socket.socket):
            sock.shutdown(socket.SHUT_RDWR)
    except (AttributeError, OSError):  # already closed, or no socket to reach
        log.debug("shutting down the completion stream's socket", exc_info=True)


class _LeadCut:
    """Passes a stream's text on, less ``lead`` at its start (after any whitespace).

    For a call written under a schema: the prompt lost the object's first
    character, the server wrote it again, so it comes off here, as the text
    arrives, and the caller sees the same text as from a GBNF-constrained call.
    A stream that does not start with ``lead`` passes unchanged.
    """

    def __init__(self, lead: str, on_token: TokenCallback | None) -> None:
        self.lead, self.on_token = lead, on_token
        self.held = ""
        self.parts: list[str] = []
        self.chunks = 0

    def feed(self, text: str) -> None:
        self.chunks += 1
        if self.lead:
            self.held += text
            start = self.held.lstrip()
            if len(start) < len(self.lead) and self.lead.startswith(start):
                return  # too short to tell yet
            text = start[len(self.lead) :] if start.startswith(self.lead) else self.held
            self.lead = self.held = ""
        self._emit(text)

    def finish(self) -> str:
        """All the text passed on (what was held back too)."""
        held, self.held, self.lead = self.held, "", ""
        self._emit(held)
        return "".join(self.parts)

    def _emit(self, text: str) -> None:
        if text:
            self.parts.append(text)
            if self.on_token is not None:
                self.on_token(text)


def estimate_tokens(text: str) -> int:
    """An overestimate (about 3 characters a token), so a trimmed history still fits."""
    return max(1, len(text) // 3 + 1)


def _without_bos(prompt: str) -> str:
    for bos in _LEADING_BOS:
        if prompt.startswith(bos):
            return prompt[len(bos) :]
    return prompt


def _cut_at_stop(text: str, stop: list[str]) -> str:
    """Servers drop the stop string; one that passes it through is cut here."""
    ends = [text.find(s) for s in stop if s and s in text]
    return text[: min(ends)] if ends else text
