"""`ask`, `chat` and `summarize`: the model-driven commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from assistant.agent.events import Event
from assistant.agent.factory import Brain
from assistant.agent.invitation import Mail, looks_like_eml, read_eml
from assistant.agent.loop import ApprovalRequest, Approver
from assistant.agent.session import ChatSession
from assistant.agent.summarize import STYLES, accept, rewrite, summarize_mail
from assistant.agent.text_brain import Purpose, TextBrain, load_text_brain
from assistant.app import Assistant
from assistant.cli.common import clock_from, data_dir_from, open_app, print_json
from assistant.clock import Clock
from assistant.errors import InvalidInput, ModelError


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    model = argparse.ArgumentParser(add_help=False)
    model.add_argument(
        "--model",
        metavar="PATH",
        help="GGUF file to run (default: $ASSISTANT_MODEL, else settings)",
    )

    ask = sub.add_parser("ask", parents=[common, model], help="one turn with the assistant")
    ask.add_argument("text", nargs="+", help="what to ask")
    ask.add_argument("--json", action="store_true", help="print the turn's events as JSON lines")
    ask.add_argument(
        "--yes", action="store_true", help="approve deletions you asked for without asking"
    )
    ask.add_argument(
        "--continue", dest="resume", action="store_true", help="continue the last chat"
    )
    ask.set_defaults(handler=cmd_ask)

    chat = sub.add_parser("chat", parents=[common, model], help="chat in the terminal")
    chat.add_argument(
        "--yes", action="store_true", help="approve deletions you asked for without asking"
    )
    chat.add_argument(
        "--continue", dest="resume", action="store_true", help="continue the last chat"
    )
    chat.set_defaults(handler=cmd_chat)

    summ = sub.add_parser("summarize", parents=[common, model], help="summarize a pasted email")
    summ.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="file, or - for stdin")
    summ.add_argument("--json", action="store_true", help="print the result as JSON")
    summ.add_argument("--add", action="store_true", help="add the proposed to-dos and events")
    summ.add_argument("--rewrite", choices=sorted(STYLES), help="rewrite the text instead")
    summ.set_defaults(handler=cmd_summarize)


def _brain(app: Assistant, args: argparse.Namespace) -> Brain:
    """The configured model (or --model), loaded now through the app's holder."""
    brain = app.models.load_now(override=getattr(args, "model", None))
    if brain.notice:
        print(brain.notice, file=sys.stderr)
    return brain


def _approver(args: argparse.Namespace) -> Approver:
    """--yes approves deletions the user asked for in their own words, nothing more.

    A write in a turn with pasted or stored text in front of the model is asked
    about in a terminal, and refused without one, --yes or not.
    """

    def approve(request: ApprovalRequest) -> bool:
        if args.yes and not request.exposed:
            return True
        why = f" ({request.exposed})" if request.exposed else ""
        if not sys.stdin.isatty():
            hint = "answer in a terminal" if request.exposed else "use --yes"
            print(f"Not approved{why}; {hint}: {request.description}", file=sys.stderr)
            return False
        answer = input(f"{request.description}{why}. Allow? [y/N] ")
        return answer.strip().lower() in {"y", "yes"}

    return approve


class _Printer:
    """Events as a person reads them (or as JSON lines with --json)."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def __call__(self, event: Event) -> None:
        if self.as_json:
            sys.stdout.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
        elif event.type == "token":
            sys.stdout.write(event.to_json()["text"])
        elif event.type == "tool_call":
            data = event.to_json()
            shown = ", ".join(f"{k}={v!r}" for k, v in data["arguments"].items())
            print(f"  -> {data['name']}({shown})", file=sys.stderr)
        elif event.type == "tool_result":
            data = event.to_json()
            mark = "ok" if data["ok"] else "!!"
            first = data["text"].splitlines()[0] if data["text"] else ""
            print(f"  {mark} {first}", file=sys.stderr)
        elif event.type == "answer":
            sys.stdout.write("\n")
        elif event.type == "error":
            print(f"Error: {event.to_json()['message']}", file=sys.stderr)
        sys.stdout.flush()


def _session(args: argparse.Namespace, brain: Brain, store: Any) -> ChatSession:
    from assistant.conversations.history import Conversations

    latest = Conversations(store).latest() if args.resume else None
    return ChatSession(brain.agent, store, latest)


def cmd_ask(args: argparse.Namespace) -> int:
    text = " ".join(args.text).strip()
    if not text:
        raise InvalidInput("There is nothing to ask.")
    with open_app(args) as app:
        session = _session(args, _brain(app, args), app.store)
        result = session.ask(
            text, clock=app.clock(), emit=_Printer(args.json), approve=_approver(args)
        )
    return 1 if result.finish_reason == "error" else 0


def cmd_chat(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        session = _session(args, _brain(app, args), app.store)
        printer = _Printer(False)
        print("Chat with the assistant. An empty line or Ctrl+D ends it.", file=sys.stderr)
        while True:
            try:
                text = input("> ").strip()
            except EOFError:
                break
            if not text:
                break
            try:
                session.ask(text, clock=app.clock(), emit=printer, approve=_approver(args))
            except KeyboardInterrupt:
                print("\n(stopped)", file=sys.stderr)
    return 0


def cmd_summarize(args: argparse.Namespace) -> int:
    clock = clock_from(args)
    mail = _read_mail(args.file, clock)
    base = data_dir_from(args)
    purpose: Purpose = "rewrite" if args.rewrite else "summary"
    try:
        brain: TextBrain | None = load_text_brain(
            base, getattr(args, "model", None), purpose=purpose
        )
    except ModelError as exc:
        if args.rewrite or not mail.invitations:
            raise
        # An invitation's event needs no model; only the summary sentences do.
        print(f"No model ({exc}); showing the invitation only.", file=sys.stderr)
        brain = None
    try:
        if args.rewrite and brain is not None:
            on_token = None if args.json else _write
            result = rewrite(
                brain.model, brain.fmt, mail.text, args.rewrite, clock, on_token=on_token
            )
            if args.json:
                print_json({"style": args.rewrite, "text": result})
            else:
                print()
            return 0
        model, fmt = (brain.model, brain.fmt) if brain is not None else (None, None)
        summary = summarize_mail(model, fmt, mail, clock)
    finally:
        if brain is not None:
            brain.close()
    # Items that look like phishing are never added in bulk; only one by one, by hand.
    added = _add_all(args, summary.unmarked) if args.add else []
    if args.json:
        print_json({**summary.to_json(), "added": added})
        return 0
    print(summary.summary)
    for i, item in enumerate(summary.action_items, 1):
        unresolved = item.when and not item.resolved
        note = f' ("{item.when}": date not understood)' if unresolved else ""
        if item.source == "invitation":
            note += " [from the calendar invitation]"
        if item.warning:
            note += f" [looks like phishing: {item.warning}]"
        print(f"{i}. {item.proposal.description}{note}")
    skipped = len(summary.action_items) - len(summary.unmarked)
    if args.add and skipped:
        print(f"Not added: {skipped} item(s) that look like phishing.", file=sys.stderr)
    if summary.action_items and not args.add:
        print("Add them with --add.", file=sys.stderr)
    for line in added:
        print(line["text"])
    return 0


def _add_all(args: argparse.Namespace, proposals: list[Any]) -> list[dict[str, Any]]:
    with open_app(args) as app:
        return [accept(app.registry, app.tool_context(), p).to_json() for p in proposals]


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _read_mail(name: str, clock: Clock) -> Mail:
    """The text to summarize; an .eml file (or piped raw email) with its invitations."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"Cannot read {name}: {exc.strerror}.") from None
    text = data.decode("utf-8", errors="replace")
    if name.lower().endswith(".eml") or looks_like_eml(text):
        return read_eml(data, clock)
    return Mail(text)
