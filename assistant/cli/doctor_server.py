"""`assistant doctor` when the model runs on a server: reachable, model, constraint, latency."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import ModelError
from assistant.models import server
from assistant.models.remote_probe import connect, latency

if TYPE_CHECKING:
    from assistant.cli.doctor import Check


def check_server(base: Path, choice: server.ServerChoice) -> Check:
    """One line: the server answers, has the model, constrains calls, and how fast."""
    from assistant.cli.doctor import Check

    label = f"model {choice.model} on {choice.host}"
    try:
        # Probed afresh (not the remembered answer): the server may have changed.
        model = connect(
            server.ServerChoice(choice.url, choice.model, choice.chat_format, choice.timeout),
            server.api_key(base),
        )
    except ModelError as exc:
        return Check("model", "fail", f"{label}: {exc}")
    try:
        seconds = latency(model)
    except ModelError as exc:
        return Check("model", "fail", f"{label}: reachable, but generating failed: {exc}")
    finally:
        model.close()
    server.remember_constraints(
        base, choice, grammar=model.grammar_honoured, schema=model.schema_honoured
    )
    facts = f"reachable, model present, {model.n_ctx:,} tokens of context, {seconds:.2f} s a token"
    notes = []
    constraint = model.info.constraint
    if constraint == "none":
        notes.append(
            "the server enforces neither a GBNF grammar nor a JSON schema (it ignores or "
            "refuses both), so tool calls are only checked after they are written "
            "(llama.cpp's server enforces grammars: docs/remote.md)"
        )
    if server.is_public(choice.url):
        notes.append("it is outside your network: what you type is sent there")
    if notes:
        return Check("model", "warn", f"{label}: {facts}; but {'; and '.join(notes)}")
    held = "grammar honoured" if constraint == "grammar" else "JSON schema honoured (no grammar)"
    return Check("model", "ok", f"{label}: {facts}; {held}")
