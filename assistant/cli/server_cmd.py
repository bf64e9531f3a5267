"""`assistant models use-server URL` and `use-local`: where the model runs.

assistant models use-server URL [--model NAME] [--format F] [--key] [--fallback-local]
assistant models use-local

The server is checked before anything is saved: reachable, the model present,
whether it honours a grammar or a JSON schema. A server that fails leaves the settings
as they were.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from assistant import paths
from assistant.cli.common import print_json
from assistant.errors import InvalidInput
from assistant.models import server
from assistant.models.formats import FORMATS
from assistant.models.remote import RemoteModel
from assistant.models.remote_probe import connect, latency, list_models


def register(actions: Any, common: argparse.ArgumentParser) -> None:
    use = actions.add_parser(
        "use-server",
        parents=[common],
        help="run the model on an OpenAI-compatible server",
        description="Use a model on a server (llama.cpp's llama-server, Ollama, vLLM, "
        "LM Studio: docs/remote.md). The server is checked first; to-dos, events, notes "
        "and the tools stay on this computer.",
    )
    use.add_argument("url", metavar="URL", help="the server, e.g. http://192.168.1.20:8080")
    use.add_argument("--model", metavar="NAME", help="a model the server lists")
    use.add_argument(
        "--format", choices=sorted(FORMATS), help="prompt format (default: from the server)"
    )
    use.add_argument(
        "--key", action="store_true", help="ask for the API key (kept in the keychain)"
    )
    use.add_argument("--forget-key", action="store_true", help="forget a saved API key")
    use.add_argument(
        "--fallback-local",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="when the server cannot be used at start, run the model on this computer "
        "instead (and say so); off unless turned on",
    )
    use.add_argument("--json", action="store_true", help="print what was checked as JSON")
    use.set_defaults(handler=cmd_use_server)

    local = actions.add_parser(
        "use-local", parents=[common], help="run the model on this computer again"
    )
    local.set_defaults(handler=cmd_use_local)


def cmd_use_server(args: argparse.Namespace) -> int:
    base = paths.data_dir(getattr(args, "data_dir", None))
    url = server.normalize_url(args.url)
    key = _read_key() if args.key else ("" if args.forget_key else server.api_key(base))
    name = args.model or _only_model(url, key)
    probe = server.ServerChoice(url, name, args.format)
    model = connect(probe, key)
    try:
        seconds = latency(model)
    finally:
        model.close()
    # Checked: now remember it (the key only when it was typed or is to be forgotten).
    choice = server.use_server(
        base,
        url,
        name,
        chat_format=args.format,
        api_key=key if args.key or args.forget_key else None,
    )
    server.remember_constraints(
        base, choice, grammar=model.grammar_honoured, schema=model.schema_honoured
    )
    if args.fallback_local is not None:
        server.set_fallback_local(base, args.fallback_local)
    report = _report(model, seconds)
    if args.json:
        print_json({"url": url, "model": name, **report, "public": server.is_public(url)})
    else:
        _print_report(base, choice, report)
    if server.needs_public_warning(base, url):
        print(f"\nWarning: {server.public_warning(url)}", file=sys.stderr)
        server.mark_warned(base, url)
    return 0


def cmd_use_local(args: argparse.Namespace) -> int:
    base = paths.data_dir(getattr(args, "data_dir", None))
    server.use_local(base)
    print("The model runs on this computer again.")
    return 0


def _read_key() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("API key (empty to use none): ").strip()
    return sys.stdin.readline().strip()


def _only_model(url: str, key: str | None) -> str:
    names = list_models(url, key).models
    if len(names) == 1:
        return names[0]
    shown = ", ".join(names) or "none"
    raise InvalidInput(f"Name the model with --model; the server has: {shown}.")


def _report(model: RemoteModel, seconds: float) -> dict[str, Any]:
    return {
        "context": model.n_ctx,
        "grammar": model.grammar_honoured,
        "schema": model.schema_honoured,
        "tokenizer": model.info.tokenizer is not None,
        "latency_s": round(seconds, 3),
    }


def _print_report(base: Path, choice: server.ServerChoice, report: dict[str, Any]) -> None:
    if report["grammar"]:
        grammar = "honours grammars: tool calls are constrained as on this computer"
    elif report["schema"]:
        grammar = "honours JSON schemas but not grammars: tool calls are constrained by a schema"
    else:
        grammar = (
            "enforces neither grammars nor JSON schemas: tool calls are checked after "
            "they are written, not constrained"
        )
    counted = "by the server" if report["tokenizer"] else "estimated (no tokenize endpoint)"
    print(f"Model {choice.model!r} on {choice.host}: {report['context']:,} tokens of context.")
    print(f"The server {grammar}.")
    print(f"Tokens are counted {counted}; a one-token answer took {report['latency_s']:.2f} s.")
    print(f"It is now the model in use ({paths.config_path(base)}).")
    if choice.fallback_local or server.fallback_local(base):
        print("If it cannot be used at start, the model on this computer runs instead.")
