"""Email summaries and rewriting: pasted text in, proposals out, nothing written.

These modes bind no tools at all. What the model extracts (action items and
their dates) comes back as proposals; a proposal becomes a to-do or an event
only when the user accepts it (:func:`accept`), through the ordinary tools.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from assistant.agent.phishing import phishing_reason
from assistant.agent.prompt import SUMMARY_SYSTEM_PROMPT, as_document, clock_block
from assistant.agent.router import EitherEvent
from assistant.clock import Clock
from assistant.dates import format_when, resolve_when
from assistant.errors import AssistantError, InvalidInput, ModelError
from assistant.models.base import ChatModel, TokenCallback
from assistant.models.formats import ChatFormat, Message
from assistant.tools.context import ToolContext
from assistant.tools.registry import ToolRegistry, ToolResult

MAX_EMAIL_CHARS = 24_000
_DEADLINE = re.compile(r"^\s*(by|before|until|till|no later than|not later than|due)\s+", re.I)
MAX_ITEMS = 8
Style = Literal["shorter", "friendlier", "more formal"]
STYLES: dict[str, str] = {
    "shorter": "Rewrite the text to be about half as long. Keep every fact, date and name.",
    "friendlier": "Rewrite the text in a warmer, friendlier tone. Keep every fact, date and name.",
    "more formal": "Rewrite the text in a polite, formal business tone. Keep every fact and date.",
}

SUMMARY_INSTRUCTIONS = (
    "Summarize the pasted email below in two or three sentences, and list the action items "
    "it asks of the reader. For each action item give the task as a short imperative, and "
    '"when" exactly as the email words it (for example "Friday at 3pm" or "by December 5"), '
    'or null. Use "event" for meetings and appointments, "todo" for tasks. Reply with JSON: '
    '{"summary": "...", "action_items": [{"task": "...", "when": "..." or null, '
    '"type": "todo" or "event"}]}'
)

# The reply's JSON shape as GBNF: strings are bounded so a model cannot run on.
SUMMARY_GRAMMAR = r"""
root ::= "{" ws "\"summary\":" ws string "," ws "\"action_items\":" ws items ws "}"
items ::= "[" ws ( item ( "," ws item ){0,7} )? ws "]"
item ::= "{" ws "\"task\":" ws string "," ws "\"when\":" ws when "," ws "\"type\":" ws kind ws "}"
when ::= string | "null"
kind ::= "\"todo\"" | "\"event\""
string ::= "\"" char{0,600} "\""
char ::= [^"\\\x7F\x00-\x1F] | "\\" ( ["\\/bfnrt] | "u" [0-9a-fA-F]{4} )
ws ::= [ \t\n]{0,8}
"""


@dataclass(frozen=True)
class Proposal:
    """A change the user may accept: a tool and its arguments, already resolved."""

    tool: Literal["add_todo", "add_event"]
    arguments: dict[str, Any]
    description: str


@dataclass(frozen=True)
class ActionItem:
    task: str
    kind: Literal["todo", "event"]
    # As the email said it, and as we resolved it (ISO), if we could.
    when: str | None
    resolved: str | None
    proposal: Proposal
    # Why this item looks like phishing ("" if it does not): never in "Add all".
    warning: str = ""


@dataclass
class EmailSummary:
    summary: str
    action_items: list[ActionItem] = field(default_factory=list)

    @property
    def proposals(self) -> list[Proposal]:
        return [item.proposal for item in self.action_items]

    @property
    def unmarked(self) -> list[Proposal]:
        """What "Add all" adds: every proposal that does not look like phishing."""
        return [item.proposal for item in self.action_items if not item.warning]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def summarize_email(
    model: ChatModel,
    fmt: ChatFormat,
    text: str,
    clock: Clock,
    *,
    cancel: threading.Event | None = None,
) -> EmailSummary:
    """Summary and action items of ``text``; dates resolved by code, nothing written."""
    email = _check_text(text)
    prompt = _prompt(fmt, f"{SUMMARY_INSTRUCTIONS}\n\n{as_document(email)}", clock)
    loop = LoopGuard(cancel)
    out = model.complete(
        prompt,
        grammar=SUMMARY_GRAMMAR,
        max_tokens=900,
        stop=fmt.stop,
        on_token=loop.feed,
        cancel=loop.stop,
    )
    if out.finish_reason == "cancelled" and not loop.looped:  # the user's cancel
        raise AssistantError("The summary was cancelled.")
    try:
        data = json.loads(out.text)
    except json.JSONDecodeError:
        # Cut off (a loop the guard stopped, or the token limit): keep what is whole.
        data = salvage_summary(out.text)
        if data is None:
            raise ModelError("The model's summary was cut off; try a shorter email.") from None
    items: list[ActionItem] = []
    seen: set[str] = set()
    for raw in data["action_items"]:
        key = " ".join(re.findall(r"\w+", raw["task"].casefold()))
        if key and key not in seen and len(items) < MAX_ITEMS:
            seen.add(key)
            items.append(_item(raw, clock))
    return EmailSummary(unrepeated(data["summary"]), items)


class LoopGuard:
    """Stops a generation that has started to repeat itself (a small model's loop).

    Watches the streamed text: once its last ``WINDOW`` characters have
    appeared twice before, the output is a loop, and generation stops.
    """

    WINDOW = 48

    def __init__(self, cancel: threading.Event | None) -> None:
        # Set by a loop, or by the user's cancel (polled during the prompt, too).
        self.stop = EitherEvent(cancel or threading.Event())
        self.text = ""
        self.looped = False

    def feed(self, piece: str) -> None:
        self.text += piece
        tail = self.text[-self.WINDOW :]
        if len(tail) == self.WINDOW and self.text.count(tail) >= 3:
            self.looped = True
            self.stop.set()


_STRING = r'"((?:[^"\\]|\\.)*)"'
_SUMMARY = re.compile(r'^\s*\{\s*"summary":\s*"((?:[^"\\]|\\.)*)')
_ITEM = re.compile(
    r'\{\s*"task":\s*' + _STRING + r',\s*"when":\s*(null|' + _STRING + r'),\s*"type":\s*'
    r'"(todo|event)"\s*\}'
)


def salvage_summary(text: str) -> dict[str, Any] | None:
    """The summary and the whole action items of a reply cut off midway, if any."""
    found = _SUMMARY.match(text)
    if found is None:
        return None
    summary = _unescape(found.group(1).rstrip("\\"))
    items = [
        {
            "task": _unescape(m.group(1)),
            "when": None if m.group(2) == "null" else _unescape(m.group(3)),
            "type": m.group(4),
        }
        for m in _ITEM.finditer(text, found.end())
    ]
    return {"summary": summary, "action_items": items}


def _unescape(value: str) -> str:
    try:
        return str(json.loads(f'"{value}"'))
    except json.JSONDecodeError:
        return value


def unrepeated(text: str) -> str:
    """``text`` with each sentence once, and no half sentence left at a cut."""
    sentences = re.findall(r"[^.!?]+[.!?]+|[^.!?]+$", " ".join(text.split()))
    out: list[str] = []
    seen: set[str] = set()
    for sentence in sentences:
        key = " ".join(re.findall(r"\w+", sentence.casefold()))
        if key and key not in seen:
            seen.add(key)
            out.append(sentence.strip())
    if len(out) > 1 and out[-1][-1] not in ".!?":
        out.pop()  # the loop guard cut it midway
    return " ".join(out)


def rewrite(
    model: ChatModel,
    fmt: ChatFormat,
    text: str,
    style: Style,
    clock: Clock,
    *,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
) -> str:
    """``text`` rewritten in ``style``, streamed through ``on_token``."""
    if style not in STYLES:
        raise InvalidInput(f"Unknown style {style!r}; use one of: {', '.join(STYLES)}.")
    body = _check_text(text)
    instructions = f"{STYLES[style]} Reply with the rewritten text only."
    prompt = _prompt(fmt, f"{instructions}\n\n{as_document(body)}", clock)
    out = model.complete(prompt, max_tokens=1024, stop=fmt.stop, on_token=on_token, cancel=cancel)
    return out.text.strip()


def accept(registry: ToolRegistry, ctx: ToolContext, proposal: Proposal) -> ToolResult:
    """Carry out a proposal the user accepted, through the ordinary (journaled) tool."""
    return registry.call(ctx, proposal.tool, proposal.arguments)


def _prompt(fmt: ChatFormat, content: str, clock: Clock) -> str:
    user = Message("user", f"{clock_block(clock)}\n{content}")
    return fmt.render_prefix(SUMMARY_SYSTEM_PROMPT, []) + fmt.render_turns([user])


def _check_text(text: str) -> str:
    body = text.strip()
    if not body:
        raise InvalidInput("There is no text to work on.")
    if len(body) > MAX_EMAIL_CHARS:
        raise InvalidInput(
            f"The text is {len(body):,} characters long; the limit is {MAX_EMAIL_CHARS:,}."
        )
    return body


def _item(raw: dict[str, Any], clock: Clock) -> ActionItem:
    task = " ".join(raw["task"].split())[:200]
    when = raw["when"].strip() if raw["when"] else None
    kind: Literal["todo", "event"] = "event" if raw["type"] == "event" else "todo"
    value = None
    if when:
        try:
            # Emails give deadlines: "by Friday", "no later than Dec 5".
            value = resolve_when(_DEADLINE.sub("", when), clock).value
        except AssistantError:
            value = None  # kept as words; the proposal then has no date
    resolved = value.isoformat() if value is not None else None
    if kind == "event" and value is not None:
        shown = format_when(value, clock.tz)
        proposal = Proposal(
            "add_event", {"title": task, "start": resolved}, f"Add event {task!r} on {shown}"
        )
    else:
        kind = "todo"
        arguments: dict[str, Any] = {"title": task}
        description = f"Add to-do {task!r}"
        if value is not None:
            arguments["due"] = resolved
            description += f", due {format_when(value, clock.tz)}"
        proposal = Proposal("add_todo", arguments, description)
    return ActionItem(task, kind, when, resolved, proposal, phishing_reason(task))
