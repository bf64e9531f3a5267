"""Rewrites return prose (issue 14, defect 7): what is refused, what passes, and why.

"Rewrite → Shorter" once came back as a JSON object and was offered as the
new email. :func:`prose_problem` looks at an output's shape; :func:`rewrite`
refuses what is not prose with a plain sentence.
"""

from __future__ import annotations

import json

import pytest

from assistant.agent.prose import CALL, CODE, DATA, EMPTY, NO_WORDS, check_prose, prose_problem
from assistant.agent.summarize import rewrite
from assistant.clock import Clock
from assistant.errors import ModelError
from assistant.models.base import ScriptedModel
from assistant.models.formats import Llama3Pythonic

EMAIL = "hey ana, tues lunch ok? bring the budget pls. thx, bo"

PROSE = [
    "Dear Ana, would Tuesday lunch suit you? Please bring the budget. Best, Bo",
    "Hi Ana,\n\nLunch on Tuesday?\n\n- bring the budget\n- and the slides\n\nBo",
    "[Your name], thank you for the note; Tuesday works.",
    "[1] See the attached budget before Tuesday.",
    "{name}, lunch on Tuesday suits me.",
    '"Lunch on Tuesday?" she asked. I said yes.',
    "Olá Ana, almoço na terça? Traz o orçamento. Abraço, Bo",
    "Привет, Анна! Обед во вторник?",
    "Lunch Tuesday at 12:30 (room 4) — bring the budget: €1,200.",
    "Call me (or text) on Tuesday.",
    "Meeting moved: 10:00 → 11:00. Thanks!",
    "ok",
    "Here is the plan: {budget} first, then lunch.",
    "Use <b>bold</b> only where needed.",
]

NOT_PROSE = [
    ("", EMPTY),
    ("   \n\t ", EMPTY),
    ('{"summary": "Ana proposes lunch.", "action_items": []}', DATA),
    ('{"text": "Dear Ana, lunch on Tuesday?"}', DATA),
    ('  {\n  "rewritten": "Hi"\n}', DATA),
    ('{"summary": "Ana proposes lu', DATA),  # cut off midway
    ("{}", DATA),
    ("{", DATA),
    ('["Dear Ana", "lunch on Tuesday"]', DATA),
    ('[{"task": "Lunch"}]', DATA),
    ("[1, 2, 3]", DATA),
    ("[]", DATA),
    ('Sure! Here it is:\n{"text": "Dear Ana, would Tuesday lunch suit you? Best, Bo"}', DATA),
    ('{"name": "update_event", "arguments": {"event_id": 3}}', CALL),
    ('[{"name": "add_todo", "parameters": {"title": "Budget"}}]', CALL),
    ("```\nDear Ana, lunch on Tuesday?\n```", CODE),
    ("```json\n{}\n```", CODE),
    ('```json\n{"text": "Dear Ana, would Tuesday lunch suit you?"}\n```', DATA),
    ("Here you go:\n```text\nDear Ana\n```", CODE),
    ("~~~\nDear Ana\n~~~", CODE),
    ('<tool_call>{"name": "add_todo"}</tool_call>', CALL),
    ("<tool_call>\nadd_todo(title='Budget')\n</tool_call>", CALL),
    ("<function=add_todo>{}</function>", CALL),
    ("<|python_tag|>add_todo(title='Budget')", CALL),
    ("[update_event(event_id=3, start='tuesday')]", CALL),
    ("add_todo(title='Bring the budget')", CALL),
    ("list_todos()", CALL),
    ("Dear Ana<|eot_id|>", CALL),
    ("12:30 / 4 / 1,200", NO_WORDS),
    ("...", NO_WORDS),
    ("— — —", NO_WORDS),
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_passes(text: str) -> None:
    assert prose_problem(text, EMAIL) == ""
    assert check_prose(f"  {text}\n") == text.strip()


@pytest.mark.parametrize(("text", "why"), NOT_PROSE)
def test_what_is_not_prose_is_refused_with_its_reason(text: str, why: str) -> None:
    assert prose_problem(text, EMAIL) == why
    with pytest.raises(ModelError) as refused:
        check_prose(text, EMAIL)
    message = str(refused.value)
    assert message == why and "Nothing was replaced" in message
    assert "{" not in message and "Error" not in message  # a plain sentence


def test_a_fence_or_call_the_email_itself_holds_may_stay() -> None:
    email = "Hi team,\n```\nmake build\n```\nthen run_tests(fast=1) please."
    rewritten = "Hi all,\n```\nmake build\n```\nPlease run the fast tests."
    assert prose_problem(rewritten, email) == ""
    assert prose_problem(rewritten, EMAIL) == CODE


def test_json_in_the_email_does_not_make_a_json_rewrite_prose() -> None:
    email = 'The config is {"debug": true}; can you check it?'
    assert prose_problem('{"debug": true}', email) == DATA


# -- through rewrite(), with a scripted model -----------------------------------


def test_a_json_rewrite_is_refused(clock: Clock) -> None:
    reply = json.dumps({"summary": "Ana proposes lunch on Tuesday.", "action_items": []})
    model = ScriptedModel([reply])
    with pytest.raises(ModelError, match="data \\(JSON\\) instead of a rewritten text"):
        rewrite(model, Llama3Pythonic(), EMAIL, "shorter", clock)


def test_an_empty_rewrite_is_refused(clock: Clock) -> None:
    with pytest.raises(ModelError, match="no text"):
        rewrite(ScriptedModel(["  \n"]), Llama3Pythonic(), EMAIL, "friendlier", clock)


def test_a_prose_rewrite_comes_back_stripped(clock: Clock) -> None:
    model = ScriptedModel(["\nDear Ana, would Tuesday lunch suit you?\n"])
    out = rewrite(model, Llama3Pythonic(), EMAIL, "more formal", clock)
    assert out == "Dear Ana, would Tuesday lunch suit you?"
