"""Chat templates from a GGUF's metadata are untrusted code.

A template with nested loops stalled a turn for over 11 minutes; a macro
that calls itself ended in "Internal error: RecursionError", a broken one in
"Internal error: TemplateSyntaxError" (exit 70). Each now gives one plain
sentence within seconds, and `models use` refuses such a model up front.
"""

from __future__ import annotations

import json
import struct
import time
from pathlib import Path

import pytest

from assistant import paths
from assistant.cli import main
from assistant.models import trial
from assistant.models.formats import Message, TemplateFallback, check_chat_template
from assistant.models.formats.sandbox import TemplateRefused

REFUSED = "This model's chat template was refused: "

HOSTILE = {
    "recursive macro": "{% macro f(x) %}{{ f(x) }}{% endmacro %}{{ f(1) }}",
    "syntax error": "{% for m in messages %}{{ m.content }",
    "nested huge loops": (
        "{% for m in messages %}{% for i in range(100000) %}{% for j in range(100000) %}"
        "{% endfor %}{% endfor %}{% endfor %}"
    ),
    "huge range": "{% for i in range(10**9) %}{% endfor %}",
    "huge output": "{% for i in range(100000) %}{% for j in range(100000) %}xxxx{% endfor %}"
    "{% endfor %}",
    "huge repeat": "{{ 'x' * 10**10 }}",
    "huge width": "{{ 'x'|center(10**9) }}{{ 'y'.ljust(10**9) }}",
    "huge format width": "{{ '{:>999999999}'.format(1) }}",
    "doubling macro": (
        "{% macro f(s, n) %}{% if n %}{{ f(s ~ s, n - 1) }}{% else %}{{ s }}{% endif %}"
        "{% endmacro %}{{ f('x', 64) }}"
    ),
    "macro hoarding output": (
        "{% macro f() %}{% for i in range(100000) %}{{ 'x' * 1000000 ~ i }}{% endfor %}"
        "{% endmacro %}{{ f() }}"
    ),
    "huge power": "{{ 7 ** 100000000 }}",
    "deep nesting": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}",
    "raises": "{{ raise_exception('Only user and assistant roles are supported!') }}",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_template_is_refused_fast_and_plainly(name: str) -> None:
    started = time.monotonic()
    with pytest.raises(TemplateRefused) as err:
        check_chat_template("gemma2", HOSTILE[name])
    assert time.monotonic() - started < 8  # the stall was 11 minutes
    message = str(err.value)
    assert message.startswith(REFUSED) and message.endswith(".")
    assert "\n" not in message and "Traceback" not in message
    assert "Error" not in message.removeprefix(REFUSED)  # no exception class names


def test_a_turn_with_a_hostile_template_gives_the_plain_message() -> None:
    """At run time too (a model configured before `models use` checked templates)."""
    loops = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    fmt = TemplateFallback(
        "{% for m in messages %}{{ m.content }}{% if m.content == 'boom' %}"
        + loops
        + "{% endif %}{% endfor %}"
    )
    fmt.render_prefix("system text", [])  # what the agent renders when the model loads
    started = time.monotonic()
    with pytest.raises(TemplateRefused, match=f"^{REFUSED}it takes (more|longer) than"):
        fmt.render_turns([Message("user", "boom")])
    assert time.monotonic() - started < 8

    # A template that loops on every conversation is refused as soon as the model loads.
    with pytest.raises(TemplateRefused, match=f"^{REFUSED}it takes (more|longer) than"):
        TemplateFallback("{% for m in messages %}" + loops + "{% endfor %}").render_prefix("", [])


def test_ordinary_templates_still_render() -> None:
    check_chat_template(
        "gemma2",
        "{{ bos_token }}{% for m in messages %}<{{ m.role }}>{{ m.content | trim }}\n"
        "{% endfor %}{% if tools %}{{ tools | tojson(indent=2) }}{% endif %}"
        "{% if add_generation_prompt %}<assistant>{% endif %}",
    )


# --- `models use` on a small GGUF whose template is hostile -----------------------------


def _string(text: str) -> bytes:
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


def tiny_gguf(path: Path, template: str) -> Path:
    """A header-valid GGUF (one F32 tensor) with ``template`` as its chat template."""
    meta = [
        _string("general.architecture") + struct.pack("<I", 8) + _string("llama"),
        _string("llama.context_length") + struct.pack("<II", 4, 4096),
        _string("tokenizer.chat_template") + struct.pack("<I", 8) + _string(template),
    ]
    head = b"GGUF" + struct.pack("<IQQ", 3, 1, len(meta)) + b"".join(meta)
    head += _string("token_embd.weight") + struct.pack("<I2QIQ", 2, 64, 4, 0, 0)
    head += b"\0" * (-len(head) % 32)
    path.write_bytes(head + b"\0" * (64 * 4 * 4))
    return path


@pytest.mark.parametrize("name", ["recursive macro", "syntax error", "nested huge loops"])
def test_models_use_refuses_a_hostile_template(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[Path] = []
    monkeypatch.setattr(trial, "trial_load", lambda path, **_: tried.append(path))
    base = tmp_path / "data"
    paths.make_private_folder(base)
    paths.config_path(base).write_text(json.dumps({"model_path": "/models/old.gguf"}))
    model = tiny_gguf(tmp_path / "hostile.gguf", HOSTILE[name])

    code = main(["models", "use", str(model), "--data-dir", str(base)])

    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.startswith(f"Error: {REFUSED}") and err.count("\n") == 1, err
    assert "Internal error" not in err and "Traceback" not in err
    assert json.loads(paths.config_path(base).read_text()) == {"model_path": "/models/old.gguf"}
    assert tried == []  # refused before any load


def test_models_use_accepts_a_plain_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trial, "trial_load", lambda path, **_: None)
    model = tiny_gguf(tmp_path / "plain.gguf", "{% for m in messages %}{{ m.content }}{% endfor %}")
    assert main(["models", "use", str(model), "--data-dir", str(tmp_path / "data")]) == 0
    assert "It is now the configured model" in capsys.readouterr().out
