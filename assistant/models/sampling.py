"""Picking tokens and turning them into streamed text (see :mod:`assistant.models.runtime`).

:class:`TokenSampler` wraps llama.cpp's sampler chain and checks a grammar
lazily: it picks a token without the grammar, asks the grammar about that one
token, and only on a rejection constrains the whole vocabulary.
:class:`TextStream` decodes token bytes into whole UTF-8 characters and holds
back anything that could be the start of a stop string.
"""

from __future__ import annotations

import codecs
import ctypes
from dataclasses import dataclass
from typing import Any

import numpy as np
from llama_cpp import llama_cpp as C

from assistant.models.base import TokenCallback

_TOKEN_DATA = np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)


@dataclass(frozen=True)
class SamplingParams:
    """Greedy decoding, optionally with a repeat penalty (1.0: none).

    Always greedy: tool calls must be exact, and the same prompt giving the
    same answer makes bugs reproducible.
    """

    repeat_penalty: float = 1.0


class TokenSampler:
    """One completion's sampler chain, plus an optional grammar checked lazily."""

    def __init__(self, llama: Any, params: SamplingParams, grammar: Any) -> None:
        self._n_vocab = int(llama.n_vocab())
        self._chain = _build_chain(params, self._n_vocab)
        self._grammar = C.llama_sampler_clone(grammar) if grammar is not None else None
        if self._grammar is not None:
            self._data = np.zeros(self._n_vocab, dtype=_TOKEN_DATA)
            self._ids = np.arange(self._n_vocab, dtype=np.intc)
            self._one = np.zeros(1, dtype=_TOKEN_DATA)

    def sample(self, ctx: Any) -> int:
        """The next token, or -1 when the grammar allows nothing."""
        if self._grammar is None:
            return int(C.llama_sampler_sample(self._chain, ctx, -1))
        logits = np.ctypeslib.as_array(C.llama_get_logits_ith(ctx, -1), shape=(self._n_vocab,))
        token = self._pick(logits, with_grammar=False)
        if not self._grammar_allows(token, float(logits[token])):
            token = self._pick(logits, with_grammar=True)
        if token >= 0:
            C.llama_sampler_accept(self._grammar, token)
            C.llama_sampler_accept(self._chain, token)
        return token

    def _pick(self, logits: np.ndarray, *, with_grammar: bool) -> int:
        self._data["id"] = self._ids
        self._data["logit"] = logits
        self._data["p"] = 0.0
        array = _token_array(self._data)
        if with_grammar:
            C.llama_sampler_apply(self._grammar, ctypes.byref(array))
        C.llama_sampler_apply(self._chain, ctypes.byref(array))
        chosen = array.data[array.selected]  # samplers may sort the array in place
        return int(chosen.id) if np.isfinite(chosen.logit) else -1

    def _grammar_allows(self, token: int, logit: float) -> bool:
        self._one[0] = (token, logit, 0.0)
        array = _token_array(self._one)
        C.llama_sampler_apply(self._grammar, ctypes.byref(array))
        return bool(np.isfinite(self._one[0]["logit"]))

    def close(self) -> None:
        C.llama_sampler_free(self._chain)
        if self._grammar is not None:
            C.llama_sampler_free(self._grammar)


def _build_chain(params: SamplingParams, n_vocab: int) -> Any:
    chain = C.llama_sampler_chain_init(C.llama_sampler_chain_default_params())
    add = C.llama_sampler_chain_add
    if params.repeat_penalty != 1.0:
        add(chain, C.llama_sampler_init_penalties(64, params.repeat_penalty, 0.0, 0.0))
    add(chain, C.llama_sampler_init_greedy())
    return chain


def _token_array(data: np.ndarray) -> Any:
    return C.llama_token_data_array(
        data=data.ctypes.data_as(C.llama_token_data_p), size=len(data), selected=-1, sorted=False
    )


class TextStream:
    """Bytes in, text out: whole UTF-8 characters only, stop strings held back."""

    def __init__(self, stop: list[str], on_token: TokenCallback | None) -> None:
        self._stop = [s for s in stop if s]
        self._on_token = on_token
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._pending = ""  # text that might be the start of a stop string
        self._parts: list[str] = []

    def feed(self, data: bytes) -> bool:
        """Add a token's bytes; True when a stop string appeared (it is not emitted)."""
        self._pending += self._decoder.decode(data)
        hits = [i for i in (self._pending.find(s) for s in self._stop) if i >= 0]
        if hits:
            self._emit(self._pending[: min(hits)])
            self._pending = ""
            return True
        hold = max((_overlap(self._pending, s) for s in self._stop), default=0)
        cut = len(self._pending) - hold
        self._emit(self._pending[:cut])
        self._pending = self._pending[cut:]
        return False

    def finish(self) -> str:
        """Emit what was held back and return the whole text."""
        self._emit(self._pending + self._decoder.decode(b"", final=True))
        self._pending = ""
        return "".join(self._parts)

    def _emit(self, text: str) -> None:
        if text:
            self._parts.append(text)
            if self._on_token is not None:
                self._on_token(text)


def _overlap(text: str, stop: str) -> int:
    """Length of the longest end of ``text`` that begins ``stop``."""
    for k in range(min(len(stop) - 1, len(text)), 0, -1):
        if text.endswith(stop[:k]):
            return k
    return 0
