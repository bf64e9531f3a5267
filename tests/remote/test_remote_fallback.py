"""The opt-in fallback: a server that cannot be used at start gives way to the
local model only where the user turned that on, and the user is told."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from assistant.agent.factory import load_brain
from assistant.cli import server_cmd
from assistant.errors import ModelError
from assistant.models import config, server
from tests.remote.conftest import SMOLLM2, free_port


def _down_server(base: Path) -> str:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    server.use_server(base, url, "tiny")
    config.set_model_path(base, SMOLLM2)
    server.use_server(base, url, "tiny")  # the local file is kept while the server is used
    return url


def test_without_the_setting_a_down_server_is_reported_and_nothing_loads(
    tmp_path: Path,
) -> None:
    _down_server(tmp_path)
    with pytest.raises(ModelError, match="cannot be reached"):
        load_brain(tmp_path, n_ctx=2048)


@pytest.mark.model
def test_with_the_setting_the_local_model_runs_and_says_why(tmp_path: Path) -> None:
    url = _down_server(tmp_path)
    server.set_fallback_local(tmp_path, True)
    brain = load_brain(tmp_path, n_ctx=2048)
    try:
        assert type(brain.model).__name__ == "LlamaModel"
        assert url.split("://")[1] in brain.notice
        assert "runs on this computer instead" in brain.notice
    finally:
        brain.close()
    assert server.server_choice(tmp_path) is not None  # the choice itself is unchanged


def test_the_setting_is_off_unless_turned_on(tmp_path: Path) -> None:
    server.use_server(tmp_path, "http://127.0.0.1:8080", "qwen")
    choice = server.server_choice(tmp_path)
    assert choice is not None and choice.fallback_local is False
    server.set_fallback_local(tmp_path, True)
    assert server.server_choice(tmp_path).fallback_local is True  # type: ignore[union-attr]
    server.use_server(tmp_path, "http://127.0.0.1:8081", "qwen")  # another server keeps it
    assert server.fallback_local(tmp_path) is True


def test_the_cli_flag_parses_both_ways() -> None:
    parser = argparse.ArgumentParser()
    actions = parser.add_subparsers()
    server_cmd.register(actions, argparse.ArgumentParser(add_help=False))
    on = parser.parse_args(["use-server", "http://h:1", "--fallback-local"])
    off = parser.parse_args(["use-server", "http://h:1", "--no-fallback-local"])
    unset = parser.parse_args(["use-server", "http://h:1"])
    assert (on.fallback_local, off.fallback_local, unset.fallback_local) == (True, False, None)
