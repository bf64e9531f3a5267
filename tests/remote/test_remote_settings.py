"""Where the model runs: the server settings, the address checks, the format choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import paths
from assistant.agent.remote_brain import server_format
from assistant.errors import InvalidInput
from assistant.models import config, server
from assistant.models.formats import ChatML, Llama3Json, Llama3Pythonic
from assistant.models.remote import _cut_at_stop, _without_bos, estimate_tokens


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080"),
        ("127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("https://box.lan/llm/v1/", "https://box.lan/llm"),
    ],
)
def test_addresses_are_normalized(given: str, expected: str) -> None:
    assert server.normalize_url(given) == expected


@pytest.mark.parametrize("bad", ["", "ftp://host", "http://"])
def test_a_bad_address_is_refused_in_words(bad: str) -> None:
    with pytest.raises(InvalidInput, match="not a server address"):
        server.normalize_url(bad)


@pytest.mark.parametrize(
    ("url", "public"),
    [
        ("http://127.0.0.1:8080", False),
        ("http://localhost:11434", False),
        ("http://192.168.1.20:8080", False),
        ("http://10.0.0.5", False),
        ("http://172.16.3.4", False),
        ("http://[::1]:8000", False),
        ("http://desk.local:1234", False),
        ("http://8.8.8.8:8080", True),
        ("https://[2606:4700::1111]", True),
    ],
)
def test_what_counts_as_a_server_outside_the_network(url: str, public: bool) -> None:
    assert server.is_public(url) is public


def test_the_public_warning_is_shown_once_per_server(tmp_path: Path) -> None:
    assert not server.needs_public_warning(tmp_path, "http://192.168.1.2:8080")
    assert server.needs_public_warning(tmp_path, "http://8.8.8.8:8080")
    server.mark_warned(tmp_path, "http://8.8.8.8:8080/v1")
    assert not server.needs_public_warning(tmp_path, "http://8.8.8.8:8080")
    assert server.needs_public_warning(tmp_path, "http://1.1.1.1")
    assert "will be sent to that server" in server.public_warning("http://8.8.8.8:8080")


def test_server_local_and_a_model_file_switch_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert server.server_choice(tmp_path) is None
    choice = server.use_server(tmp_path, "http://127.0.0.1:8080/v1", "qwen", api_key="s3cret")
    assert (choice.url, choice.model, choice.grammar) == ("http://127.0.0.1:8080", "qwen", None)
    assert server.api_key(tmp_path) == "s3cret"
    assert "s3cret" not in paths.config_path(tmp_path).read_text()  # kept apart
    server.remember_constraints(tmp_path, choice, grammar=True, schema=False)
    assert server.server_choice(tmp_path) == server.ServerChoice(
        "http://127.0.0.1:8080", "qwen", None, server.DEFAULT_TIMEOUT, True, schema=False
    )
    monkeypatch.setenv(config.ENV_MODEL, "/models/x.gguf")
    assert server.active_server(tmp_path) is None  # a file named for this run wins
    monkeypatch.delenv(config.ENV_MODEL)
    assert server.active_server(tmp_path, "/models/x.gguf") is None
    assert server.active_server(tmp_path) is not None
    config.set_model_path(tmp_path, tmp_path / "x.gguf")  # `models use FILE`: run it here
    assert server.server_choice(tmp_path) is None
    server.use_server(tmp_path, "http://127.0.0.1:8080", "qwen")
    assert server.server_choice(tmp_path).grammar is True  # type: ignore[union-attr]
    server.use_local(tmp_path)
    assert server.server_choice(tmp_path) is None
    assert config.configured_model(tmp_path) == tmp_path / "x.gguf"
    server.use_server(tmp_path, "http://127.0.0.1:8080", "qwen", api_key="")
    assert server.api_key(tmp_path) is None  # an empty key forgets the saved one


def test_the_prompt_format_for_a_server() -> None:
    assert isinstance(server_format("llama3-json", None, "anything"), Llama3Json)
    llama = "{{ '<|start_header_id|>' }}"
    assert isinstance(server_format(None, llama, "m"), Llama3Pythonic)
    assert isinstance(server_format(None, None, "Meta-Llama-3.2-3B-Instruct"), Llama3Pythonic)
    assert isinstance(server_format(None, None, "llama3.2:3b"), Llama3Pythonic)
    assert isinstance(server_format(None, None, "qwen2.5:3b"), ChatML)


def test_prompt_and_output_details() -> None:
    assert _without_bos("<|begin_of_text|><|start_header_id|>") == "<|start_header_id|>"
    assert _without_bos("<|im_start|>") == "<|im_start|>"
    assert _cut_at_stop("Hi<|im_end|>junk", ["<|im_end|>"]) == "Hi"
    assert estimate_tokens("x" * 300) >= 100  # never below a real tokenizer's count


def test_a_server_without_a_key_never_asks_a_locked_keychain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.use_server(tmp_path, "http://127.0.0.1:8080", "qwen")

    def locked(name: str, base: Path | None = None) -> str | None:
        raise AssertionError("the keychain was asked")

    monkeypatch.setattr(server.secrets, "get_secret", locked)
    assert server.api_key(tmp_path) is None
