"""Whether a rewrite came back as prose, the only thing a rewrite may offer to paste.

A small model asked to rewrite an email sometimes answers with a JSON object
(the summary's shape), a fenced code block, or a tool call written as text.
None of that may replace the user's email: :func:`prose_problem` says what
is wrong with such an output in one plain sentence, and :func:`check_prose`
refuses it with a :class:`~assistant.errors.ModelError`.

The check looks at the output's shape, never its words: a rewritten email
that mentions "{name}" or ends with a list is still prose. A marker that the
pasted text itself holds (a code fence in a developer's email) is allowed.
"""

from __future__ import annotations

import json
import re

from assistant.errors import ModelError

TRY_AGAIN = "Nothing was replaced; try again, or try another style."
EMPTY = f"The model returned no text. {TRY_AGAIN}"
NO_WORDS = f"The model returned no words, only symbols or numbers. {TRY_AGAIN}"
DATA = f"The model returned data (JSON) instead of a rewritten text. {TRY_AGAIN}"
CODE = f"The model returned a code block instead of a rewritten text. {TRY_AGAIN}"
CALL = f"The model tried to run a command instead of rewriting the text. {TRY_AGAIN}"

_FENCE = re.compile(r"^\s*(```|~~~)", re.MULTILINE)
# A call written as text, in the chat formats' shapes: tags, special tokens,
# "[update_event(event_id=3)]", "update_event(event_id=3)".
_CALL_MARKUP = re.compile(
    r"</?tool_call>|</?tools?>|<function[=\s>]|</function>|<\|python_tag\|>|<\|[a-z_]+\|>",
    re.IGNORECASE,
)
_CALL_TEXT = re.compile(r"^\[?\s*[A-Za-z_][\w.]*\(\s*(\)|[A-Za-z_]\w*\s*=)")
# The start of a JSON object or array: '{"', "{}", '[{', '["', "[]", "[1, 2".
_JSON_START = re.compile(
    r'^(\{\s*("|\}|$)|\[\s*(\{|"|\]|(-?\d+(\.\d+)?|true|false|null)\s*(,|\]\s*$)|$))'
)
# Where JSON inside other words may begin, and how many such places are tried.
_OPENING = re.compile(r"[\[{]")
_CANDIDATES = 8
_LETTER = re.compile(r"[^\W\d_]")


def prose_problem(text: str, source: str = "") -> str:
    """Why ``text`` is no rewrite of ``source`` that may replace it ("" when it is prose)."""
    body = text.strip()
    if not body:
        return EMPTY
    data = _json_in(body)
    if data is not None:
        return CALL if _looks_like_call(data) else DATA
    if _FENCE.search(body) and not _FENCE.search(source):
        return CODE
    if _CALL_MARKUP.search(body) and not _CALL_MARKUP.search(source):
        return CALL
    if _CALL_TEXT.match(body) and not _CALL_TEXT.match(source.strip()):
        return CALL
    if not _LETTER.search(body):
        return NO_WORDS
    return ""


def check_prose(text: str, source: str = "") -> str:
    """``text`` stripped, when it is prose; otherwise a ModelError that says why."""
    problem = prose_problem(text, source)
    if problem:
        raise ModelError(problem)
    return text.strip()


def _json_in(body: str) -> object | None:
    """The JSON object or array that ``body`` is, starts with (cut off), or mostly
    holds ("Sure! {...}"); None for text. A JSON string or number is text."""
    if _JSON_START.match(body):
        return _decoded(body, 0) or {}
    decoder = json.JSONDecoder()
    for found in list(_OPENING.finditer(body))[:_CANDIDATES]:
        start = found.start()
        try:
            value, end = decoder.raw_decode(body, start)
        except ValueError:
            continue
        if isinstance(value, dict | list) and value and (end - start) * 2 >= len(body):
            return value
    return None


def _decoded(body: str, start: int) -> object | None:
    try:
        value, _ = json.JSONDecoder().raw_decode(body, start)
    except ValueError:
        return None
    return value


def _looks_like_call(data: object) -> bool:
    calls = data if isinstance(data, list) else [data]
    return any(
        isinstance(c, dict) and "name" in c and ("arguments" in c or "parameters" in c)
        for c in calls
    )
