"""One chat turn: generate, constrain calls, validate, approve, dispatch, answer.

Calls are constrained in two phases. The first tokens are generated freely;
as soon as they show the format's call prefix ("[", "{", "<tool_call>") that
generation stops and the rest is generated from prompt + prefix under a
grammar that admits only a valid call to a registered tool. A text answer never
pays for a grammar, and a call can never be malformed (see docs/benchmarks.md
for what the union grammar would cost instead).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.agent.events import (
    AnswerEvent,
    ApprovalNeededEvent,
    ErrorEvent,
    Event,
    TokenEvent,
    ToolCallEvent,
    ToolResultEvent,
)
from assistant.agent.prompt import SYSTEM_PROMPT, clock_block, looks_pasted, user_content
from assistant.clock import Clock
from assistant.errors import AssistantError
from assistant.models.base import ChatModel
from assistant.models.formats import ChatFormat, Message, ToolCall
from assistant.models.grammar import GrammarPlan, constrained_plan
from assistant.store import Store
from assistant.tools.context import ToolContext
from assistant.tools.registry import Tool, ToolRegistry, ToolResult

log = logging.getLogger(__name__)

Emit = Callable[[Event], None]


@dataclass(frozen=True)
class ApprovalRequest:
    tool: Tool
    arguments: dict[str, Any]
    description: str


Approver = Callable[[ApprovalRequest], bool]


def deny_all(request: ApprovalRequest) -> bool:
    return False


@dataclass(frozen=True)
class AgentConfig:
    max_steps: int = 4
    max_answer_tokens: int = 512
    max_call_tokens: int = 300
    # Tokens kept free for the answer when trimming history to the context.
    reserve_tokens: int = 768


@dataclass
class TurnResult:
    answer: str
    finish_reason: str
    # Messages this turn added to the conversation, with their journal actions.
    messages: list[tuple[Message, int | None]] = field(default_factory=list)
    context: str = ""


class Agent:
    """Runs turns for one model, chat format and tool set."""

    def __init__(
        self,
        model: ChatModel,
        fmt: ChatFormat,
        registry: ToolRegistry,
        config: AgentConfig | None = None,
        system_prompt: str = SYSTEM_PROMPT,
    ) -> None:
        self.model = model
        self.fmt = fmt
        self.registry = registry
        self.config = config or AgentConfig()
        schemas = registry.schemas()
        self.prefix = fmt.render_prefix(system_prompt, schemas)
        self.plan: GrammarPlan = constrained_plan(fmt, schemas)

    def run_turn(
        self,
        text: str,
        history: list[Message],
        *,
        store: Store,
        clock: Clock,
        emit: Emit,
        approve: Approver = deny_all,
        cancel: threading.Event | None = None,
    ) -> TurnResult:
        """Answer ``text`` after ``history``; every step is passed to ``emit``."""
        cancel = cancel or threading.Event()
        context = clock_block(clock)
        turn = _Turn(self, ToolContext(store, clock), emit, approve, cancel)
        # Pasted content is data: this turn may read but not write.
        turn.read_only = looks_pasted(text)
        turn.add(Message("user", f"{context}\n{user_content(text)}"), None)
        result = turn.run(history)
        result.context = context
        return result

    def render(self, messages: list[Message]) -> str:
        return self.prefix + self.fmt.render_turns(messages)

    def trim(self, history: list[Message], new: list[Message]) -> list[Message]:
        """Drop the oldest whole exchanges until the prompt fits the context window."""
        budget = self.model.n_ctx - self.config.reserve_tokens
        kept = list(history)
        while kept and self.model.count_tokens(self.render(kept + new)) > budget:
            kept = _drop_first_exchange(kept)
        return kept


class _Turn:
    def __init__(
        self,
        agent: Agent,
        ctx: ToolContext,
        emit: Emit,
        approve: Approver,
        cancel: threading.Event,
    ) -> None:
        self.agent = agent
        self.ctx = ctx
        self.emit = emit
        self.approve = approve
        self.cancel = cancel
        self.read_only = False
        self.last_call: ToolCall | None = None
        self.last_result = ""
        self.new: list[Message] = []
        self.result = TurnResult("", "stop")

    def add(self, message: Message, action_id: int | None) -> None:
        self.new.append(message)
        self.result.messages.append((message, action_id))

    def run(self, history: list[Message]) -> TurnResult:
        config = self.agent.config
        for step in range(config.max_steps + 1):
            kept = self.agent.trim(history, self.new)
            prompt = self.agent.render(kept + self.new)
            try:
                call = self._generate(prompt, last=step == config.max_steps)
            except AssistantError as exc:
                self._fail(str(exc))
                return self.result
            if call is None:
                return self.result
            if call == self.last_call:
                # Small models often repeat the call they just made instead of
                # answering; running it again would duplicate a write.
                self._answer(self.last_result, "stop")
                return self.result
            self._dispatch(call)
        return self.result  # not reached: the last step never dispatches

    # -- generation -------------------------------------------------------

    def _generate(self, prompt: str, *, last: bool) -> ToolCall | None:
        """A call to dispatch, or None once the answer has been emitted."""
        router = _Router(self.agent.plan, self.emit, self.cancel)
        first = self.agent.model.complete(
            prompt,
            max_tokens=self.agent.config.max_answer_tokens,
            stop=self.agent.fmt.stop,
            on_token=router.feed,
            cancel=router.stop,
        )
        if router.route == "call" and not self.cancel.is_set():
            if not last:
                return self._constrained_call(prompt)
            self._answer(STEP_LIMIT_TEXT, "step_limit")
            return None
        if router.route != "text":  # a short output that never decided is text
            router.flush()
        reason = "cancelled" if self.cancel.is_set() else first.finish_reason
        self._answer(router.text, reason)
        return None

    def _constrained_call(self, prompt: str) -> ToolCall | None:
        plan = self.agent.plan
        out = self.agent.model.complete(
            prompt + plan.prefix,
            grammar=plan.call_only,
            max_tokens=self.agent.config.max_call_tokens,
            stop=self.agent.fmt.stop,
            cancel=self.cancel,
        )
        if self.cancel.is_set():
            self._answer("", "cancelled")
            return None
        raw = plan.prefix + out.text
        parsed = self.agent.fmt.parse(raw)
        if parsed.call is None:
            # The grammar admits only whole calls, so this is a call cut off by
            # max_call_tokens: end the turn rather than run half a call.
            self._fail(f"The model's tool call was cut off ({parsed.error or 'too long'}).")
            return None
        return parsed.call

    def _answer(self, text: str, reason: str) -> None:
        text = text.strip()
        self.add(Message("assistant", text), None)
        self.result.answer = text
        self.result.finish_reason = reason
        self.emit(AnswerEvent(text, reason))

    def _fail(self, message: str) -> None:
        self.emit(ErrorEvent(message))
        self.result.finish_reason = "error"

    # -- dispatch ---------------------------------------------------------

    def _dispatch(self, call: ToolCall) -> None:
        self.emit(ToolCallEvent(call.name, call.arguments))
        result = self._execute(call)
        self.emit(ToolResultEvent(result))
        self.last_call, self.last_result = call, result.text
        self.add(Message("assistant", "", call), None)
        self.add(Message("tool", result.text), result.action_id)

    def _execute(self, call: ToolCall) -> ToolResult:
        registry = self.agent.registry
        if call.name not in registry:
            return registry.call(self.ctx, call.name, call.arguments)  # the "no such tool" error
        tool = registry.get(call.name)
        if self.read_only and tool.writes:
            return ToolResult(
                call.name,
                call.arguments,
                False,
                "Error: this message contains pasted text, so no changes are made. "
                "Tell the user what you would change and let them ask for it.",
            )
        if tool.destructive:
            try:
                clean = registry.validate(call.name, call.arguments)
            except AssistantError as exc:
                return ToolResult(call.name, call.arguments, False, f"Error: {exc}")
            description = describe_call(tool, clean)
            self.emit(ApprovalNeededEvent(call.name, clean, description))
            if not self.approve(ApprovalRequest(tool, clean, description)):
                return ToolResult(
                    call.name, clean, False, f"The user declined: {description} was not done."
                )
        return registry.call(self.ctx, call.name, call.arguments)


class _Router:
    """Watches the free first tokens and decides: a call, or text to stream."""

    def __init__(self, plan: GrammarPlan, emit: Emit, cancel: threading.Event) -> None:
        self.plan = plan
        self.emit = emit
        self.cancel = cancel
        self.stop = _EitherEvent(cancel)
        self.route = "more"
        self.pending = ""
        self.text = ""

    def feed(self, piece: str) -> None:
        if self.cancel.is_set():
            self.stop.set()
            return
        if self.route == "text":
            self._stream(piece)
            return
        self.pending += piece
        self.route = self.plan.route(self.pending)
        if self.route == "call":
            self.stop.set()
        elif self.route == "text":
            self.flush()

    def flush(self) -> None:
        self.route = "text"
        pending, self.pending = self.pending.lstrip(), ""
        if pending:
            self._stream(pending)

    def _stream(self, piece: str) -> None:
        self.text += piece
        self.emit(TokenEvent(piece))


class _EitherEvent(threading.Event):
    """Set when set itself or when the user's cancel is: the runtime polls it
    between prompt batches too, so Stop works before the first token."""

    def __init__(self, other: threading.Event) -> None:
        super().__init__()
        self.other = other

    def is_set(self) -> bool:
        return super().is_set() or self.other.is_set()


def describe_call(tool: Tool, arguments: dict[str, Any]) -> str:
    """Plain words for an approval card: 'delete_note (note_id=4)'."""
    shown = ", ".join(f"{k}={v!r}" for k, v in arguments.items())
    return f"{tool.name} ({shown})"


STEP_LIMIT_TEXT = (
    "I stopped after several tool steps without finishing. "
    "The results above show what was done; tell me how to continue."
)


def _drop_first_exchange(messages: list[Message]) -> list[Message]:
    """Remove the oldest user message and everything up to the next user message."""
    rest = messages[1:]
    while rest and rest[0].role != "user":
        rest = rest[1:]
    return rest
