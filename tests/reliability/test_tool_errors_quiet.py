"""A tool's internal error is one line for the user; its traceback stays at DEBUG.

``log.exception`` in the registry used to print a full traceback on the
terminal for every bad input that hit a bug, at the default log level.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.clock import Clock
from assistant.store import Store
from assistant.tools.context import ToolContext, ToolOutput
from assistant.tools.registry import ToolRegistry, tool


@tool()
def broken(ctx: ToolContext, value: str) -> ToolOutput:
    """A tool with a bug in it.

    Args:
        value: Anything.
    """
    raise RuntimeError(f"the tool tripped over {value}")


def test_registry_keeps_the_traceback_at_debug(
    store: Store, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="assistant")
    result = ToolRegistry.of([broken]).call(ToolContext(store, clock), "broken", {"value": "x"})
    assert not result.ok
    assert result.text == "Error: internal error in broken: the tool tripped over x"
    assert not [r for r in caplog.records if r.levelno > logging.DEBUG and r.exc_info]
    assert [r for r in caplog.records if r.levelno == logging.DEBUG and r.exc_info]


def test_cli_prints_one_line_and_no_traceback_for_a_tool_bug(tmp_path: Path) -> None:
    # The year-9999 end overflows inside add_event: a real internal error.
    argv = ["events", "add", "Late", "--start", "9999-12-31 23:30", "--duration", "60"]
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", *argv, "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=300,  # a hang guard; a loaded CI machine starts Python slowly
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith("Error: internal error in add_event")
