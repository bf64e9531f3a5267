"""One chat turn: one constrained generation, then code does the rest.

The model chooses between a few small intents (:mod:`assistant.agent.intents`)
or answers in plain text. Calls are constrained in two phases: the first
tokens are generated freely; as soon as they show a call's start ("[", "{",
"<tool_call>", or a fenced block) that generation stops and the rest is
generated from prompt + the format's call prefix under a grammar that admits
only a valid call to an intent. A text answer never pays for a grammar, and a
call can never be malformed or shown to the user as text. Code routes two
kinds of message first: a plain question about stored things is only a choice
of lookup (:mod:`assistant.agent.asks`), and a plain instruction has its first
tokens held to a call's start (:mod:`assistant.agent.commands`).

Then code runs the intent, and the reply is composed from what the tools
stored: a write turn costs one generation. A failed intent is shown to the
model once, with its message, for one corrected try; after that the user gets
a plain sentence, never an ``Error:`` string.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.agent.act import IntentContext, Outcome
from assistant.agent.approval import ApprovalRequest, Approver, deny_all
from assistant.agent.approval_words import describe_call
from assistant.agent.asks import asks_about_stored, lookup_intents
from assistant.agent.call_starts import CLAIMS, TEXT_CALL_STARTS
from assistant.agent.clock_answer import clock_answer
from assistant.agent.commands import is_command
from assistant.agent.events import (
    AnswerEvent,
    ApprovalNeededEvent,
    ErrorEvent,
    TokenEvent,
    ToolCallEvent,
    ToolResultEvent,
)
from assistant.agent.intents import intent_registry
from assistant.agent.mentions import find_mentions
from assistant.agent.more import repeats
from assistant.agent.no_action import days_until, wants_words
from assistant.agent.prompt import clock_block, prompt_tools, system_prompt, user_content
from assistant.agent.recover import failure_sentence, salvage_call
from assistant.agent.router import Emit, Router
from assistant.agent.run_intent import DECLINED, run_intent
from assistant.agent.second_request import quiet_call, second_prompt
from assistant.agent.small_talk import clock_question, is_small_talk
from assistant.agent.steering import steer_after
from assistant.agent.targets import Ref
from assistant.agent.trust import exposure
from assistant.clock import Clock
from assistant.errors import AssistantError
from assistant.models.base import ChatModel
from assistant.models.call_schema import CallGrammar, call_constraint, with_schema
from assistant.models.formats import ChatFormat, Message, ToolCall
from assistant.models.grammar import GrammarPlan, call_grammar, constrained_plan, text_grammar
from assistant.operation import FieldChange
from assistant.store import Store
from assistant.tools.registry import Tool, ToolRegistry

_ECHOED_FENCE = re.compile(r"^\s*<document>\s*|\s*</document>\s*$")
KEPT = "OK, I made no changes."

# Added to the request when a retry must answer in words.
WORDS_ONLY = "(No tool is needed for this: answer in one or two plain sentences.)"
_HINT_ECHO = ("No tool is needed",)


@dataclass(frozen=True)
class AgentConfig:
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
    # Positions in `messages` of tool results whose call failed or was declined.
    failed: set[int] = field(default_factory=set)
    context: str = ""
    # The items this turn added, changed or showed: what "it" means next turn.
    touched: list[Ref] = field(default_factory=list)
    generations: int = 0


class Agent:
    """Runs turns for one model and chat format over the real tools in ``tools``."""

    def __init__(
        self,
        model: ChatModel,
        fmt: ChatFormat,
        tools: ToolRegistry,
        config: AgentConfig | None = None,
        system: str | None = None,
    ) -> None:
        self.model = model
        self.fmt = fmt
        self.tools = tools
        # What the model chooses between; the real tools run behind them.
        self.registry = intent_registry()
        self.config = config or AgentConfig()
        schemas = self.registry.schemas()
        self.prefix = fmt.render_prefix(system or system_prompt(fmt), prompt_tools(schemas))
        plan = constrained_plan(fmt, schemas)
        starts = (*plan.also, *TEXT_CALL_STARTS, *CLAIMS)
        # Each call-only grammar carries the call's JSON schema too, for a server
        # that enforces schemas but no GBNF (the local runtime reads the GBNF).
        call_only = with_schema(plan.call_only, fmt.call_style, schemas)
        self.plan: GrammarPlan = dataclasses.replace(plan, call_only=call_only, also=starts)
        # Text that cannot begin a call, for messages that are only small talk (nor
        # any markup: a small model held to words writes "<tools/>" instead).
        self.text_only = text_grammar((plan.prefix, *plan.also, *plan.skip, *TEXT_CALL_STARTS, "<"))
        # The rest of a call to a reading intent, for plain questions about stored things.
        reads = [s for s in schemas if not self.registry.get(s["function"]["name"]).writes]
        self.read_call = call_constraint(fmt.call_style, reads)
        # A whole call, prefix included: the first tokens of a plain instruction.
        self.whole_call = call_grammar(fmt.call_style, schemas, after_prefix=False)
        self._steered: dict[tuple[str, ...], CallGrammar] = {}

    def steered_call(self, names: tuple[str, ...]) -> CallGrammar:
        """The rest of a call to one of ``names`` (built once per set)."""
        if names not in self._steered:
            chosen = [s for s in self.registry.schemas() if s["function"]["name"] in names]
            self._steered[names] = call_constraint(self.fmt.call_style, chosen)
        return self._steered[names]

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
        focus: list[Ref] | None = None,
        ask_changes: bool = False,
    ) -> TurnResult:
        """Answer ``text`` after ``history``; every step is passed to ``emit``.

        ``focus``: what the previous turn touched, for "it" and "the second one".
        ``ask_changes``: a change to an existing item waits for ``approve``, as a
        deletion does (the user's "Ask before changes").
        """
        cancel = cancel or threading.Event()
        context = clock_block(clock)
        turn = _Turn(self, emit, approve, cancel)
        mentions = find_mentions(text, clock)
        if mentions.lang != "en":
            # Date words the model passes on are read in the user's language.
            clock = replace(clock, lang=mentions.lang)
        turn.ctx = IntentContext(
            store, clock, text=text, mentions=mentions,
            focus=tuple(focus or ()), tools=self.tools, ask=turn.ask,
            # Pasted text or a note's body is data: while the model still sees
            # it, writes wait for the user's word.
            exposed=exposure(text, self.trim(history, [Message("user", text)])),
            ask_changes=ask_changes,
        )  # fmt: skip
        # "thanks!" is never a request: such a turn is answered in words only.
        turn.talk_only = is_small_talk(text) or wants_words(text)
        turn.lookup = not turn.talk_only and asks_about_stored(text)
        turn.command = not (turn.talk_only or turn.lookup) and is_command(text)
        turn.add(Message("user", f"{context}\n{user_content(text)}"), None)
        asked = clock_question(text)
        until = None if asked is not None else days_until(text, clock)
        if asked is not None:
            turn.say(clock_answer(clock, asked))  # the date is what code knows for sure
            result = turn.result
        elif until is not None:
            turn.say(until)
            result = turn.result
        else:
            with store.undo_step():  # the turn's writes are one Undo
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
    ctx: IntentContext

    def __init__(
        self, agent: Agent, emit: Emit, approve: Approver, cancel: threading.Event
    ) -> None:
        self.agent = agent
        self.emit = emit
        self.approve = approve
        self.cancel = cancel
        self.talk_only = False
        # The last intent failed because the item it names does not exist.
        self.missing = False
        # The message turned out to ask for no change at all.
        self.not_asked = False
        # The message is a plain question about stored things (see asks.py).
        self.lookup = False
        # The message plainly instructs a change (see commands.py): its first
        # try is a call, never words.
        self.command = False
        # What to tell the user if the corrected try comes to nothing either.
        self.unsaid = ""
        # The intents the corrected try may call: the miss named an item of
        # another kind ("No event matches 'gym bag'. There is a to-do ...").
        self.steer: tuple[str, ...] = ()
        self.new: list[Message] = []
        self.result = TurnResult("", "stop")

    def add(self, message: Message, action_id: int | None, *, ok: bool = True) -> None:
        self.new.append(message)
        if not ok:
            self.result.failed.add(len(self.result.messages))
        self.result.messages.append((message, action_id))

    def run(self, history: list[Message]) -> TurnResult:
        for attempt in range(2):
            # A retry in words reads the request alone, without the call that failed
            # (a small model shown its own call tends to write it again), and is told
            # that no tool is needed.
            shown = self.new
            if attempt and self.talk_only:
                asked = self.new[0]
                shown = [dataclasses.replace(asked, content=f"{asked.content}\n{WORDS_ONLY}")]
            kept = self.agent.trim(history, shown)
            prompt = self.agent.render(kept + shown)
            try:
                if attempt == 0 and self.lookup:
                    # A plain question about stored things: only which lookup to make.
                    self.result.generations += 1
                    names = lookup_intents(self.ctx.text)
                    reads = self.agent.steered_call(names) if names else self.agent.read_call
                    call = self._constrained_call(prompt, reads)
                elif attempt == 1 and self.steer and not self.talk_only:
                    # The item exists, as another kind: a call to that kind's intents.
                    self.result.generations += 1
                    call = self._constrained_call(prompt, self.agent.steered_call(self.steer))
                else:
                    call = self._generate(prompt, must_call=attempt == 0 and self.command)
            except AssistantError as exc:
                self._fail(str(exc))
                return self.result
            if call is None:
                return self.result
            if attempt == 1 and self._escalates(call):
                # A retry after "no such to-do" must not turn into a deletion the
                # user never asked for: say what failed instead.
                self.say(self.unsaid)
                return self.result
            outcome = self._dispatch(call)
            final = outcome.ok or outcome.text.startswith(DECLINED)
            if not final:
                self.unsaid = "" if self.not_asked else failure_sentence(call, outcome.text)
                self.steer = steer_after(call, outcome.text, reading=self.lookup)
            # A question whose call found nothing, or lacked what a change needs.
            question, writes = self.ctx.text.rstrip().endswith("?"), self._writes(call)
            if not final and (self.not_asked or (question and (self.missing or writes))):
                # A question about stored things filed as a change ("c'è qualcosa di
                # già scaduto?" as checking it off): the second try is its lookup.
                # Else not a request after all ("ugh, so busy" filed as a note), or a
                # question about nothing stored ("what's the capital of France?" read
                # as the to-do 'capital of France'): the second try is words.
                self.steer = lookup_intents(self.ctx.text) if question and writes else ()
                self.talk_only = not self.steer
            if final or attempt == 1:
                said = (outcome.reply or KEPT) if final else failure_sentence(call, outcome.text)
                if outcome.ok:
                    said = self._also(history, call, outcome, said)
                self.say(said)
                return self.result
        return self.result  # not reached

    # -- generation -------------------------------------------------------

    def _generate(self, prompt: str, *, must_call: bool = False) -> ToolCall | None:
        """A call to dispatch, or None once the answer has been emitted.

        ``must_call``: the first tokens are held to a call's start (the grammar
        of a whole call; the router hands over to the constrained rest as usual).
        """
        router = Router(self.agent.plan, self.emit, self.cancel, talk_only=self.talk_only)
        self.result.generations += 1
        grammar = self.agent.text_only if self.talk_only else None
        if must_call and not self.talk_only:
            grammar = self.agent.whole_call
        # A small model told that no tool is needed may say so back: the words
        # stop there and never reach the screen.
        stop = [*self.agent.fmt.stop, *(_HINT_ECHO if self.talk_only else ())]
        first = self.agent.model.complete(
            prompt,
            grammar=grammar,
            max_tokens=self.agent.config.max_answer_tokens,
            stop=stop,
            on_token=router.feed,
            cancel=router.stop,
        )
        if router.route == "call" and not self.cancel.is_set():
            return self._constrained_call(prompt)
        if router.route != "text":  # a short output that never decided is text
            router.flush()
        reason = "cancelled" if self.cancel.is_set() else first.finish_reason
        if reason != "cancelled":
            # A call written inside the text ("Sure! {"name": ...}") is run, never shown.
            found = salvage_call(router.text, self.agent.fmt, self.agent.registry)
            if found is not None and not self.talk_only:
                return found
            if self.talk_only and (found is not None or router.held):
                # Words only, yet the model wrote a call: say what could not be done.
                self._answer(self.unsaid or "Sorry, I cannot help with that.", "stop")
                return None
        router.release()
        if reason == "stop" and not router.text.strip() and not self.talk_only:
            # Nothing said: a question that names stored things gets its lookup.
            names = lookup_intents(self.ctx.text)
            if names:
                self.result.generations += 1
                return self._constrained_call(prompt, self.agent.steered_call(names))
        self._answer(router.text, reason)
        return None

    def _constrained_call(self, prompt: str, grammar: str | None = None) -> ToolCall | None:
        plan = self.agent.plan
        out = self.agent.model.complete(
            prompt + plan.prefix,
            grammar=grammar or plan.call_only,
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
        # A small model sometimes wraps its words in the prompt's own fence.
        text = _ECHOED_FENCE.sub("", text).strip()
        if text.startswith("Error:"):
            text = failure_sentence(None, text)
        if not text and reason != "cancelled":
            text = "Sorry, I have no answer to that."  # never an empty reply
        self.add(Message("assistant", text), None)
        self.result.answer = text
        self.result.finish_reason = reason
        self.emit(AnswerEvent(text, reason))

    def say(self, text: str) -> None:
        """An answer composed by code, streamed like a generated one."""
        if text:
            self.emit(TokenEvent(text))
        self._answer(text, "stop")

    def _fail(self, message: str) -> None:
        self.emit(ErrorEvent(message))
        self.result.finish_reason = "error"

    # -- dispatch ---------------------------------------------------------

    def _dispatch(self, call: ToolCall) -> Outcome:
        self.emit(ToolCallEvent(call.name, call.arguments))
        with self.ctx.store.watch() as watch:
            outcome, miss = run_intent(self.agent.registry, self.ctx, call)
        self.not_asked = self.not_asked or miss == "not asked"
        self.missing = self.missing or miss == "missing"
        result = replace(outcome.result(), changes=watch.changes)  # what the views refresh
        self.emit(ToolResultEvent(result))
        self.add(Message("assistant", "", call), None)
        self.add(Message("tool", outcome.text), result.action_id, ok=outcome.ok)
        if outcome.ok:
            self.result.touched = list(outcome.touched)
        return outcome

    def _also(self, history: list[Message], first: ToolCall, done: Outcome, said: str) -> str:
        """A second request in the same message, run once the first is done (see more.py).

        Returns the reply for both; ``said`` alone when there is no second request.
        """
        prompt = second_prompt(self.agent, history, self.new, self.ctx, first)
        if prompt is None:
            return said
        self.result.generations += 1
        call = quiet_call(self.agent, prompt, self.cancel)
        intents = self.agent.registry
        if call is None or call.name not in intents or not intents.get(call.name).writes:
            return said
        if repeats(call, [first]) or self._escalates(call):
            return said
        second = self._dispatch(call)
        self.result.touched = [*done.touched, *second.touched]
        if second.ok or second.text.startswith(DECLINED):
            return f"{said} {second.reply or KEPT}"
        return f"{said} {failure_sentence(call, second.text)}"

    def _writes(self, call: ToolCall) -> bool:
        intents = self.agent.registry
        return call.name in intents and intents.get(call.name).writes

    def _escalates(self, call: ToolCall) -> bool:
        """Whether a second try is destructive where the first one was not."""
        intents = self.agent.registry
        first = next((m.tool_call for m in self.new if m.tool_call is not None), None)
        if call.name not in intents or first is None or first.name not in intents:
            return False
        return intents.get(call.name).destructive and not intents.get(first.name).destructive

    def ask(
        self, tool: Tool, arguments: dict[str, Any], edits: tuple[FieldChange, ...] = ()
    ) -> bool:
        """The approver's answer about one call of a real tool (``edits``: what it would change)."""
        description = describe_call(self.ctx.store, tool, arguments)
        self.emit(ApprovalNeededEvent(tool.name, arguments, description, edits))
        request = ApprovalRequest(tool, arguments, description, self.ctx.exposed, edits)
        return self.approve(request)


def _drop_first_exchange(messages: list[Message]) -> list[Message]:
    """Remove the oldest user message and everything up to the next user message."""
    rest = messages[1:]
    while rest and rest[0].role != "user":
        rest = rest[1:]
    return rest
