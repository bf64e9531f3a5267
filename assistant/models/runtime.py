"""The real model: llama-cpp-python's ``Llama``, driven token by token.

We run our own evaluate/sample loop on top of ``Llama.eval`` rather than
``Llama.generate``/``create_completion`` because the assistant needs things
those do not give: a count of the prompt tokens that were actually evaluated
(the rest came from the KV cache), cancellation between prompt batches as well
as between tokens, stop strings that never reach the screen, and a grammar
check that costs almost nothing when the model already agrees with the grammar.

Decisions worth knowing:

* Prefix reuse: the tokens in ``Llama.input_ids[:n_tokens]`` mirror the KV
  cache. A new prompt keeps the longest common prefix (always re-evaluating at
  least its last token, whose logits drive the first sample) and evaluates the
  rest.
* Sampling is greedy (temperature 0): tool calls must be exact, and the same
  prompt giving the same answer makes bugs reproducible.
* Grammar: llama.cpp's grammar sampler scans the whole vocabulary (15 ms a
  token for a 150k vocabulary). Like llama.cpp's own ``common_sampler`` we
  first pick a token without it, ask the grammar about that one token, and
  only on a rejection constrain the whole vocabulary. Parsed grammars are kept
  by text and cloned per completion.
* Progress: ``llama_model_params.progress_callback`` exists but ``Llama()``
  builds its params internally and offers no way to set it, so we report
  stages, with a real fraction while we read the file once into the OS page
  cache (the slow part of a cold start; llama.cpp then maps warm pages).
* Prefix state on disk: only sequence 0's KV cells
  (``llama_state_seq_get_data``), not ``Llama.save_state()``, which also copies
  the ``scores`` array (n_batch x n_vocab floats: 260 MB for Llama 3's vocab).
  The file is our own header + token ids + the KV bytes, checked by SHA-256;
  never pickle.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp import llama_cpp as C

from assistant.errors import ModelError
from assistant.models import hardware
from assistant.models.base import Completion, TokenCallback
from assistant.models.gguf import validate_model_file
from assistant.models.kvstate import (
    STATE_SUFFIX,
    STATE_VERSION,
    BadState,
    prune_states,
    read_state,
    write_state,
)
from assistant.models.sampling import SamplingParams, TextStream, TokenSampler
from assistant.models.trial import load_guard

log = logging.getLogger(__name__)
llama_log = logging.getLogger("assistant.llama_cpp")

ProgressCallback = Callable[[str, float], None]
_GRAMMAR_CACHE = 32
_READ_CHUNK = 16 * 1024 * 1024


# --- llama.cpp's log: into Python logging, never onto the terminal -----------

_recent_errors: deque[str] = deque(maxlen=8)


# ggml.h: NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5 (llama_cpp._logger's table is older).
_LOG_LEVELS = {3: logging.WARNING, 4: logging.ERROR}


@C.llama_log_callback
def _route_log(level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
    try:
        message = text.decode("utf-8", "replace").strip()
        if not message:
            return
        if level == 4:  # kept to explain a failed load to the user
            _recent_errors.append(message)
        llama_log.log(_LOG_LEVELS.get(level, logging.DEBUG), "%s", message)
    except Exception:  # an exception must not unwind into C
        pass


def _quiet_llama() -> None:
    C.llama_log_set(_route_log, ctypes.c_void_p(0))


# --- the model ---------------------------------------------------------------


class LlamaModel:
    """A loaded GGUF model implementing :class:`~assistant.models.base.ChatModel`.

    One lock serialises everything that touches the context; calls from other
    threads wait rather than interleave.
    """

    def __init__(self, llama: Any, path: Path, sampling: SamplingParams) -> None:
        self._llama: Any = llama
        self.path = path
        self.sampling = sampling
        self._lock = threading.RLock()
        self._vocab = C.llama_model_get_vocab(llama.model)
        bos = C.llama_vocab_bos(self._vocab)
        self._bos_text = C.llama_vocab_get_text(self._vocab, bos).decode() if bos >= 0 else ""
        self._grammars: OrderedDict[str, Any] = OrderedDict()
        self._stat = os.stat(path)
        # Hears "preparing" (0.0-1.0) while save_prefix_state evaluates the prefix.
        self.on_progress: ProgressCallback | None = None

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str],
        *,
        n_ctx: int = 8192,
        n_threads: int | None = None,
        n_gpu_layers: int | None = None,
        on_progress: ProgressCallback | None = None,
        sampling: SamplingParams | None = None,
        prefetch: bool = True,
        guard: bool = True,
    ) -> LlamaModel:
        """Check, then load ``path``; every failure is a :class:`ModelError`.

        ``on_progress(stage, fraction)`` hears "checking" (0.0), "reading"
        (0.0-0.8, while the file is read into the page cache), "loading" (0.8)
        and "loaded" (1.0); later "preparing" (0.0-1.0, prefix tokens evaluated)
        when a prompt prefix is evaluated and saved for the first time. ``n_ctx``
        is clamped to the model's trained context.
        ``guard``: bracket the load with :func:`~assistant.models.trial.load_guard`,
        so a file whose last load killed the process is tried in a child first.
        """
        report = on_progress or (lambda _stage, _fraction: None)
        path = Path(path)
        report("checking", 0.0)
        info = validate_model_file(path)
        # Running on a processor the build does not fit would die of an illegal instruction.
        hardware.ensure_cpu_supported()
        if prefetch:
            _read_into_page_cache(path, lambda f: report("reading", 0.8 * f))
        report("loading", 0.8)
        threads = n_threads or hardware.physical_cores()
        if n_gpu_layers is None:
            n_gpu_layers = -1 if hardware.supports_gpu_offload() else 0
        _quiet_llama()
        _recent_errors.clear()
        with load_guard(path) if guard else nullcontext():
            try:
                llama = llama_cpp.Llama(
                    model_path=str(path),
                    n_ctx=min(n_ctx, info.context_length or n_ctx),
                    n_threads=threads,
                    n_threads_batch=threads,
                    n_gpu_layers=n_gpu_layers,
                    verbose=False,
                )
            except (ValueError, RuntimeError, OSError) as exc:
                raise ModelError(_load_failure(path, exc)) from None
        report("loaded", 1.0)
        model = cls(llama, path, sampling or SamplingParams())
        model.on_progress = on_progress
        return model

    @property
    def n_ctx(self) -> int:
        return int(self._live().n_ctx())

    @property
    def n_threads(self) -> int:
        return int(self._live().n_threads)

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` as a fragment of a prompt (no BOS added)."""
        with self._lock:
            return len(self._tokenize(text, add_bos=False))

    def close(self) -> None:
        """Free the weights and the context; later calls raise ModelError."""
        with self._lock:
            for grammar in self._grammars.values():
                C.llama_sampler_free(grammar)
            self._grammars.clear()
            if self._llama is not None:
                self._llama.close()
                self._llama = None

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
        with self._lock:
            tokens = self._prompt_tokens(prompt)
            parsed = self._grammar(grammar)  # a bad grammar fails before the slow part
            evaluated, finished = self._evaluate(tokens, cancel)
            stream = TextStream(stop or [], on_token)
            if not finished:
                return Completion("", "cancelled", len(tokens), 0, evaluated)
            sampler = TokenSampler(self._llama, self.sampling, parsed)
            try:
                reason, produced = self._generate(sampler, stream, max_tokens, cancel)
            finally:
                sampler.close()
            return Completion(stream.finish(), reason, len(tokens), produced, evaluated)

    # --- generation internals ---

    def _live(self) -> Any:
        if self._llama is None:
            raise ModelError("The model has been unloaded; load it again.")
        return self._llama

    def _tokenize(self, text: str, *, add_bos: bool) -> list[int]:
        # special=True: the rendered chat template's <|eot_id|> etc. become control tokens.
        return list(self._live().tokenize(text.encode("utf-8"), add_bos=add_bos, special=True))

    def _prompt_tokens(self, prompt: str) -> list[int]:
        # llama.cpp adds BOS only where the model asks for it; a rendered template
        # that already starts with it must not get a second one.
        has_bos = bool(self._bos_text) and prompt.startswith(self._bos_text)
        tokens = self._tokenize(prompt, add_bos=not has_bos)
        if not tokens:
            raise ModelError("The prompt is empty.")
        if len(tokens) >= self.n_ctx:
            raise ModelError(
                f"The conversation is too long for the model: {len(tokens)} tokens, "
                f"but its context holds {self.n_ctx}. Start a new conversation."
            )
        return tokens

    def _evaluate(
        self,
        tokens: list[int],
        cancel: threading.Event | None,
        report: Callable[[float], None] | None = None,
    ) -> tuple[int, bool]:
        """Bring the KV cache to ``tokens``; returns (tokens evaluated, not cancelled).

        ``report`` hears the fraction of the tokens to evaluate done after each batch."""
        llama = self._live()
        keep = min(_common_prefix(llama.input_ids[: llama.n_tokens], tokens), len(tokens) - 1)
        memory = C.llama_get_memory(llama.ctx)
        if not C.llama_memory_seq_rm(memory, -1, keep, -1):
            C.llama_memory_clear(memory, True)  # a model that cannot drop a tail
            keep = 0
        llama.n_tokens = keep
        for start in range(keep, len(tokens), llama.n_batch):
            if cancel is not None and cancel.is_set():
                return start - keep, False
            self._decode(tokens[start : start + llama.n_batch])
            if report is not None:
                report((min(start + llama.n_batch, len(tokens)) - keep) / (len(tokens) - keep))
        return len(tokens) - keep, True

    def _decode(self, tokens: Sequence[int]) -> None:
        try:
            self._llama.eval(tokens)
        except RuntimeError as exc:
            self._llama.n_tokens = 0  # the cache no longer matches input_ids
            C.llama_memory_clear(C.llama_get_memory(self._llama.ctx), True)
            raise ModelError(f"The model failed while working ({exc}).") from None

    def _generate(
        self,
        sampler: TokenSampler,
        stream: TextStream,
        max_tokens: int,
        cancel: threading.Event | None,
    ) -> tuple[str, int]:
        llama = self._llama
        n_ctx = self.n_ctx
        for produced in range(max_tokens):
            if cancel is not None and cancel.is_set():
                return "cancelled", produced
            token = sampler.sample(llama.ctx)
            if token < 0 or C.llama_vocab_is_eog(self._vocab, token):
                return "stop", produced
            if stream.feed(self._piece(token)):
                return "stop", produced + 1
            if llama.n_tokens + 1 >= n_ctx:
                return "length", produced + 1
            self._decode([token])
        return "length", max_tokens

    def _piece(self, token: int) -> bytes:
        buf = ctypes.create_string_buffer(64)
        n = C.llama_token_to_piece(self._vocab, token, buf, len(buf), 0, False)
        if n < 0:  # a longer piece than the buffer: retry at its size
            buf = ctypes.create_string_buffer(-n)
            n = C.llama_token_to_piece(self._vocab, token, buf, len(buf), 0, False)
        return buf.raw[:n]

    def _grammar(self, text: str | None) -> Any:
        """A parsed grammar sampler to clone, cached by text (LRU)."""
        if text is None:
            return None
        if text in self._grammars:
            self._grammars.move_to_end(text)
            return self._grammars[text]
        parsed = C.llama_sampler_init_grammar(self._vocab, text.encode("utf-8"), b"root")
        if not parsed:  # llama.cpp printed the parse error on stderr
            raise ValueError(f"invalid GBNF grammar: {text[:200]!r}")
        self._grammars[text] = parsed
        if len(self._grammars) > _GRAMMAR_CACHE:
            C.llama_sampler_free(self._grammars.popitem(last=False)[1])
        return parsed

    # --- the prompt prefix's KV state on disk ---

    def state_path(self, prefix: str, cache_dir: Path) -> Path:
        return Path(cache_dir) / f"{self._state_key(prefix).hex()}{STATE_SUFFIX}"

    def save_prefix_state(self, prefix: str, cache_dir: Path) -> Path:
        """Evaluate ``prefix`` and write its KV state, so a restart can skip that work."""
        with self._lock:
            tokens = self._prompt_tokens(prefix)
            on_progress = self.on_progress
            if on_progress is not None:
                on_progress("preparing", 0.0)
            self._evaluate(tokens, None, on_progress and (lambda f: on_progress("preparing", f)))
            ctx = self._llama.ctx
            size = C.llama_state_seq_get_size(ctx, 0)
            buf = (ctypes.c_uint8 * size)()
            written = C.llama_state_seq_get_data(ctx, buf, size, 0)
            path = self.state_path(prefix, cache_dir)
            write_state(path, self._state_key(prefix), tokens, memoryview(buf)[:written])
            prune_states(path)
            return path

    def restore_prefix_state(self, prefix: str, cache_dir: Path) -> bool:
        """Load a saved prefix state; False (and the file deleted) if absent or unusable."""
        path = self.state_path(prefix, cache_dir)
        if not path.is_file():
            return False
        with self._lock:
            llama = self._live()
            try:
                tokens, kv = read_state(path, self._state_key(prefix))
                if tokens != self._prompt_tokens(prefix):
                    raise BadState("its tokens differ from the prefix")
                C.llama_memory_clear(C.llama_get_memory(llama.ctx), True)
                src = (ctypes.c_uint8 * len(kv)).from_buffer(kv)
                if C.llama_state_seq_set_data(llama.ctx, src, len(kv), 0) != len(kv):
                    raise BadState("llama.cpp refused it")
            except (BadState, OSError) as exc:
                log.warning("ignoring prefix state %s: %s", path, exc)
                C.llama_memory_clear(C.llama_get_memory(llama.ctx), True)
                llama.n_tokens = 0
                path.unlink(missing_ok=True)
                return False
            llama.input_ids[: len(tokens)] = tokens
            llama.n_tokens = len(tokens)
            return True

    def prepare_prefix(self, prefix: str, cache_dir: Path) -> bool:
        """Restore the prefix state, or evaluate and save it; True if it was restored."""
        if self.restore_prefix_state(prefix, cache_dir):
            return True
        self.save_prefix_state(prefix, cache_dir)
        return False

    def _state_key(self, prefix: str) -> bytes:
        # Anything that changes what the KV bytes mean belongs in the key.
        identity = (
            f"{self.path.resolve()}\0{self._stat.st_size}\0{self._stat.st_mtime_ns}\0"
            f"{llama_cpp.__version__}\0{self.n_ctx}\0{STATE_VERSION}\0"
        )
        return hashlib.sha256(identity.encode("utf-8") + prefix.encode("utf-8")).digest()


def _common_prefix(cached: np.ndarray, tokens: list[int]) -> int:
    n = min(len(cached), len(tokens))
    differs = np.flatnonzero(cached[:n] != np.asarray(tokens[:n], dtype=cached.dtype))
    return int(differs[0]) if len(differs) else n


def _read_into_page_cache(path: Path, report: Callable[[float], None]) -> None:
    size = max(1, path.stat().st_size)
    buf = bytearray(_READ_CHUNK)
    done = 0
    with path.open("rb", buffering=0) as stream:
        while n := stream.readinto(buf):
            done += n
            report(done / size)


def _load_failure(path: Path, exc: Exception) -> str:
    detail = next((m for m in reversed(_recent_errors) if "error" in m.lower()), str(exc))
    reason = detail.rpartition("error loading model: ")[2]  # drop llama.cpp's function prefix
    if "alloc" in reason.lower():
        return (
            f"There is not enough memory to load {path.name} ({reason}). Close other "
            "programs, or choose a smaller model or a shorter context."
        )
    return (
        f"llama.cpp could not load {path}: {reason}. The file may need a newer version "
        "of the app, or it is not a model the app can run."
    )
