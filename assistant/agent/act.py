"""What an intent works with: the turn's context, the real tools, and what came of it.

An intent (see :mod:`assistant.agent.intents`) is what the model chooses; it
runs one or more of the real tools in :mod:`assistant.tools` through
:meth:`IntentContext.run`, which asks the approver before anything
destructive, and before any write in a turn that has untrusted text in front
of the model (and, with the user's "Ask before changes", before each change
to an existing item). Several writes of one request run in one journal group
(:meth:`Store.group`), so one Undo takes them all back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.agent.mentions import Mentions
from assistant.agent.targets import Ref
from assistant.errors import AssistantError, InvalidInput
from assistant.operation import FieldChange
from assistant.tools.context import ToolContext, ToolOutput
from assistant.tools.registry import Tool, ToolRegistry, ToolResult

# Asks the user about one call of a real tool (with what it would change, when
# that is known: each field before and after); True means go ahead.
AskApproval = Callable[[Tool, dict[str, Any], tuple[FieldChange, ...]], bool]


def _never(tool: Tool, arguments: dict[str, Any], edits: tuple[FieldChange, ...] = ()) -> bool:
    return False


@dataclass(frozen=True)
class IntentContext(ToolContext):
    """A ToolContext plus the turn: the user's words, what they mention, the focus."""

    text: str = ""
    mentions: Mentions = field(default_factory=Mentions)
    focus: tuple[Ref, ...] = ()
    tools: ToolRegistry = field(default_factory=ToolRegistry)
    ask: AskApproval = _never
    # Why every write needs approval this turn: untrusted text is in front of
    # the model (see agent/trust.py); "" when only the user's words drive it.
    exposed: str = ""
    # The user's "Ask before changes": a change to an existing item waits for
    # approval too, as a deletion does.
    ask_changes: bool = False

    def needs_approval(self, tool: Tool) -> bool:
        """Whether a call of ``tool`` waits for the user's approval this turn."""
        if tool.destructive:
            return True
        return tool.writes and (bool(self.exposed) or (self.ask_changes and tool.edits))

    def run(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        """Run a real tool; a destructive one, any write in an exposed turn,
        and with "Ask before changes" any change to an item, only once the user approves."""
        tool = self.tools.get(name)
        if self.needs_approval(tool):
            clean = self.tools.validate(name, arguments)
            edits: tuple[FieldChange, ...] = ()
            if tool.edits:
                # Tried first and taken back, so the question shows what would change.
                tried = self.preview(name, clean)
                if tried is not None and not tried.ok:
                    return tried  # it would fail: nothing to ask about
                edits = tried.edits if tried is not None else ()
            if not self.ask(tool, clean, edits):
                return ToolResult(name, clean, False, "The user declined.")
        return self.tools.call(self, name, arguments)

    def preview(self, name: str, arguments: dict[str, Any]) -> ToolResult | None:
        """What calling ``name`` would do, written and taken back (None when it cannot be tried)."""
        try:
            with self.store.trial():
                return self.tools.call(self, name, arguments)
        except AssistantError:  # writing is off, say: the call itself will tell
            return None

    def must(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        """:meth:`run`, raising the tool's own message when it fails."""
        result = self.run(name, arguments)
        if not result.ok:
            raise IntentFailed(result)
        return result


class NotRequested(InvalidInput):
    """The message asks for no such change ("ugh, this week is so busy" is not a note).

    The loop answers such a turn in words; nothing is written.
    """


class IntentFailed(InvalidInput):
    """A real tool refused; carries its result so the turn can report it."""

    def __init__(self, result: ToolResult) -> None:
        super().__init__(result.text.removeprefix("Error: "))
        self.result = result


@dataclass(frozen=True)
class Outcome(ToolOutput):
    """What an intent did: the real tool that ran (for the UI), and the reply."""

    tool: str = ""
    arguments: dict[str, Any] = field(default_factory=dict)
    touched: tuple[Ref, ...] = ()
    reply: str = ""
    ok: bool = True

    def result(self) -> ToolResult:
        return ToolResult(
            self.tool,
            self.arguments,
            self.ok,
            self.text,
            self.data,
            self.action_id,
            edits=self.edits,
        )


def outcome_of(result: ToolResult, touched: list[Ref]) -> Outcome:
    """The outcome of one real tool call; the reply is its text without ids."""
    return Outcome(
        result.text,
        result.data,
        result.action_id,
        result.edits,
        tool=result.tool,
        arguments=result.arguments,
        touched=tuple(touched),
        reply=plain(result.text),
        ok=result.ok,
    )


_ID = re.compile(r"\s*\((?:id|to-do|note|event) #?\d+\)|\s*\[id \d+[^\]]*\]|(?<!\S)#\d+ ")


def plain(text: str) -> str:
    """A tool's text as the user reads it: ids and internal marks left out."""
    return _ID.sub("", text).strip()
