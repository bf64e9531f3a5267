"""GBNF grammars that let a model produce exactly a valid tool call, or text.

A grammar built here admits one of two shapes:

* a call to one registered tool, in the chat format's call syntax, whose
  arguments match that tool's JSON schema: required keys present, no unknown
  keys, enum values only, right types. Keys come in the schema's own order
  (the order of ``properties``); optional keys may be left out. A fixed order
  keeps the grammar deterministic (one way to write each call), which is what
  makes it cheap: llama.cpp keeps one parse stack instead of one per
  permutation;
* a plain-text answer that does not start with the call prefix.

Bounds stop runaway generation: strings up to :data:`MAX_STRING` characters,
integers up to 18 digits, arrays up to :data:`MAX_ITEMS` items. Separators are
the canonical ``", "`` and ``": "`` that the official templates render
(``json.dumps`` defaults), so history and fresh output look the same.

Why two grammars (:class:`GrammarPlan`): the free-text branch of the union
makes llama.cpp check every token of the vocabulary against the grammar at
every step of a text answer. Generating the first tokens unconstrained and
only then choosing call-only grammar or no grammar at all keeps the same
guarantee (any call is well-formed) at no cost for text answers; see
``bench/format_bench.py`` for the numbers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from keyword import iskeyword
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from assistant.models.formats import ChatFormat

MAX_STRING = 500
MAX_ITEMS = 20
MAX_INT_DIGITS = 18

Route = Literal["call", "text", "more"]


class GrammarError(ValueError):
    """A tool schema the grammar builder cannot express, or GBNF llama.cpp refused."""


@dataclass(frozen=True)
class CallStyle:
    """How a chat format spells one call.

    JSON: ``head + NAME + '", "' + args_key + '": ' + ARGS + "}" + tail`` with
    ``head`` ending in ``{"name": "``. Pythonic: ``[NAME(key=value, ...)]``.
    ``prefix`` is the start of ``head`` that marks a call (``{``,
    ``<tool_call>``, ``[``).
    """

    syntax: Literal["json", "pythonic"]
    prefix: str
    head: str
    tail: str = ""
    args_key: str = "arguments"
    # Text that may precede the prefix and carries no meaning (Llama's <|python_tag|>).
    skip: tuple[str, ...] = ()
    # Other starts that mean the model is attempting a call (a bare JSON object
    # from a model whose format wraps calls in tags); text may not start so either.
    also: tuple[str, ...] = ()

    def banned_starts(self) -> tuple[str, ...]:
        """What a text answer may not start with: it would read as a call (attempt)."""
        return (self.prefix, *self.also, *self.skip)

    def __post_init__(self) -> None:
        if not self.head.startswith(self.prefix) or not self.prefix:
            raise ValueError("a call's head must start with its (non-empty) prefix")


@dataclass(frozen=True)
class GrammarPlan:
    """Grammars for the two ways the agent can constrain a turn.

    ``union``: one pass, call or text. ``call_only``: the rest of a call after
    ``prefix`` (prompt + prefix, then generate under it; the call's text is
    ``prefix + output``).
    """

    union: str
    call_only: str
    prefix: str
    skip: tuple[str, ...] = ()
    also: tuple[str, ...] = ()

    def route(self, start: str, *, finished: bool = False) -> Route:
        """Where the unconstrained first tokens of a reply lead.

        ``call``: continue from prompt + prefix under ``call_only``. ``text``:
        continue with no grammar. ``more``: too short to tell, generate on.
        """
        text = start.lstrip()
        for tag in self.skip:
            text = text.removeprefix(tag).lstrip()
        starts = (self.prefix, *self.also)
        if text.startswith(starts):
            return "call"
        if not finished and any(s.startswith(text) for s in starts):
            return "more"
        return "text"


def constrained_plan(fmt: ChatFormat, tools: list[dict[str, Any]]) -> GrammarPlan:
    style = fmt.call_style
    return GrammarPlan(
        union=union_grammar(style, tools),
        call_only=call_grammar(style, tools, after_prefix=True),
        prefix=style.prefix,
        skip=style.skip,
        also=style.also,
    )


# -- whole grammars -------------------------------------------------------


def union_grammar(style: CallStyle, tools: list[dict[str, Any]]) -> str:
    """A call (from the very start) or text that does not start with the prefix."""
    body = _CallBuilder(style, tools)
    root = f"root ::= {_lit(style.head)} call-name | text\n"
    return root + body.rules() + _text_rules(style.banned_starts()) + _SHARED


def text_grammar(banned: tuple[str, ...]) -> str:
    """Only text, which may not start with any of ``banned`` (no call can begin)."""
    return "root ::= text\n" + _text_rules(banned)


def call_grammar(style: CallStyle, tools: list[dict[str, Any]], *, after_prefix: bool) -> str:
    """Only a call; with ``after_prefix`` the part after ``style.prefix``."""
    body = _CallBuilder(style, tools)
    head = style.head[len(style.prefix) :] if after_prefix else style.head
    root = f"root ::= {_lit(head)} call-name\n" if head else "root ::= call-name\n"
    return root + body.rules() + _SHARED


def check_compiles(vocab: Any, grammar: str) -> None:
    """Parse ``grammar`` with llama.cpp itself for ``vocab`` (a ``llama_vocab_p``).

    ``LlamaGrammar.from_string`` only stores the text; llama.cpp parses it when
    the sampler is made, so that is what we do here.
    """
    import llama_cpp

    sampler = llama_cpp.llama_sampler_init_grammar(vocab, grammar.encode("utf-8"), b"root")
    if not sampler:
        raise GrammarError("llama.cpp could not parse the grammar (see its log)")
    llama_cpp.llama_sampler_free(sampler)


class GrammarGate:
    """A llama.cpp grammar consulted one token at a time: check the pick first.

    llama-cpp-python's sampler chain runs the grammar over the whole vocabulary
    at every step (tens of ms for a 150k vocabulary). Asking it about just the
    token the normal sampler picked costs microseconds; only when that token is
    refused does the caller mask the full vocabulary and sample again. That
    draws from exactly the grammar-restricted distribution (one rejection
    step), so it is a pure speed-up; ``bench/format_bench.py`` measures it.
    """

    def __init__(self, vocab: Any, grammar: str) -> None:
        import llama_cpp

        self._ll = llama_cpp
        self._sampler = llama_cpp.llama_sampler_init_grammar(vocab, grammar.encode(), b"root")
        if not self._sampler:
            raise GrammarError("llama.cpp could not parse the grammar (see its log)")
        self._one: Any = (llama_cpp.llama_token_data * 1)()

    def allows(self, token: int) -> bool:
        self._one[0].id, self._one[0].logit, self._one[0].p = token, 0.0, 0.0
        single = self._ll.llama_token_data_array(data=self._one, size=1, selected=-1, sorted=False)
        self._ll.llama_sampler_apply(self._sampler, self._ll.byref(single))
        return bool(self._one[0].logit != float("-inf"))

    def mask(self, candidates: Any) -> None:
        """Set refused tokens of a ``llama_token_data_array`` to -inf (full check)."""
        self._ll.llama_sampler_apply(self._sampler, self._ll.byref(candidates))

    def accept(self, token: int) -> None:
        """Advance past ``token``, which must be allowed: llama.cpp aborts on a refused one."""
        self._ll.llama_sampler_accept(self._sampler, token)

    def close(self) -> None:
        if self._sampler:
            self._ll.llama_sampler_free(self._sampler)
            self._sampler = None


# -- the call -------------------------------------------------------------


class _CallBuilder:
    """Rules ``call-name`` (and below) for the tool set, after the head."""

    def __init__(self, style: CallStyle, tools: list[dict[str, Any]]) -> None:
        self.style = style
        self.functions = [function_of(t) for t in tools]
        if not self.functions:
            raise GrammarError("a call grammar needs at least one tool")
        self._rules: list[str] = []
        self._names: set[str] = set()

    def rules(self) -> str:
        alternatives = [self._tool(i, fn) for i, fn in enumerate(self.functions)]
        self._rules.insert(0, "call-name ::= " + " | ".join(alternatives))
        return "\n".join(self._rules) + "\n"

    def _tool(self, index: int, fn: dict[str, Any]) -> str:
        name = fn["name"]
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) or iskeyword(name):
            raise GrammarError(f"tool name {name!r} is not an identifier")
        params = fn.get("parameters") or {"type": "object", "properties": {}}
        rule = f"t{index}-args"
        if self.style.syntax == "json":
            self._object(rule, params, python=False)
            opening = f'{name}", "{self.style.args_key}": '
            return f"{_lit(opening)} {rule} {_lit('}' + self.style.tail)}"
        self._object(rule, params, python=True)
        return f"{_lit(name + '(')} {rule} {_lit(')]' + self.style.tail)}"

    def _object(self, rule: str, schema: dict[str, Any], *, python: bool) -> None:
        if schema.get("type", "object") != "object":
            raise GrammarError("tool parameters must be a JSON object schema")
        props: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        unknown = required - set(props)
        if unknown:
            raise GrammarError(f"required keys without a schema: {sorted(unknown)}")
        pairs = []
        for i, (key, prop) in enumerate(props.items()):
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) or (python and iskeyword(key)):
                raise GrammarError(f"argument name {key!r} cannot be a keyword argument")
            value = self._value(f"{rule}-{i}", prop, python=python)
            spelled = f"{key}=" if python else json.dumps(key) + ": "
            pairs.append((f"{_lit(spelled)} {value}", key in required))
        seq = _ordered_optional(rule, pairs, self._add)
        self._add(f"{rule} ::= {seq}" if python else f'{rule} ::= "{{" {seq} "}}"')

    def _value(self, rule: str, prop: dict[str, Any], *, python: bool) -> str:
        """A rule (or inline expression) for one value of schema ``prop``."""
        kind = prop.get("type")
        if "enum" in prop:
            return self._enum(rule, prop["enum"], python=python)
        if kind == "string":
            return "pstr" if python else "jstr"
        if kind == "integer":
            return "jint"
        if kind == "number":
            return "jnum"
        if kind == "boolean":
            return "pbool" if python else "jbool"
        if kind == "array":
            item = self._value(f"{rule}-i", prop.get("items") or {}, python=python)
            more = f'("," " " {item}){{0,{MAX_ITEMS - 1}}}'
            self._add(f'{rule} ::= "[" ({item} {more})? "]"')
            return rule
        raise GrammarError(f"unsupported schema type {kind!r}")

    def _enum(self, rule: str, choices: Iterable[Any], *, python: bool) -> str:
        spelled: list[str] = []
        for choice in choices:
            if not isinstance(choice, str):
                raise GrammarError("only string enums are supported")
            spelled.append(_lit(json.dumps(choice, ensure_ascii=False)))
            if python and not re.search(r"['\\\x00-\x1f]", choice):
                spelled.append(_lit(f"'{choice}'"))
        if not spelled:
            raise GrammarError("an enum needs at least one value")
        self._add(f"{rule} ::= " + " | ".join(spelled))
        return rule

    def _add(self, rule: str) -> None:
        name = rule.split(" ::= ", 1)[0]
        if name in self._names:
            raise GrammarError(f"rule {name} defined twice")
        self._names.add(name)
        self._rules.append(rule)


def _ordered_optional(rule: str, pairs: list[tuple[str, bool]], add: Callable[[str], None]) -> str:
    """Keys in schema order, optional ones omittable, ", " between those present.

    ``first(i)`` spells keys i.. when none was written yet (no comma before
    the first); after that each later key brings its own comma. Alternatives
    always start with different keys, so the grammar stays deterministic.
    """

    def rest(start: int) -> str:
        items = [(f'"," " " {text}', required) for text, required in pairs[start:]]
        return " ".join(item if required else f"({item})?" for item, required in items)

    def first(i: int) -> str | None:
        if i == len(pairs):
            return None
        text, required = pairs[i]
        here = f"{text} {rest(i + 1)}".strip()
        if required:
            return here
        later = first(i + 1)
        if later is None:
            return f"({here})?"
        add(f"{rule}-f{i} ::= {here} | {later}")
        return f"{rule}-f{i}"

    return first(0) or '""'


# -- text that is not a call ----------------------------------------------


def _text_rules(banned: tuple[str, ...]) -> str:
    """Text that starts with no whitespace and with none of ``banned``.

    Walks a trie of the banned starts: at each node, any character that leaves
    the trie is followed by free text; one that stays in it continues the walk
    (optionally: a proper start of a banned string on its own is still text).
    """
    trie: dict[str, Any] = {}
    for word in banned:
        node = trie
        for c in word[:-1]:
            node = node.setdefault(c, {})
            if node is _END:
                break
        else:
            node[word[-1]] = _END

    def level(node: dict[str, Any], top: bool) -> str:
        leave = "".join(node) + (" \t\n\r" if top else "")
        alternatives = ["[^" + "".join(_class_char(c) for c in leave) + "] any*"]
        for c, child in node.items():
            if child is not _END:
                alternatives.append(f"{_lit(c)} ({level(child, False)})?")
        return " | ".join(alternatives)

    return f"text ::= {level(trie, True)}\nany ::= [^\\x00]\n"


_END: dict[str, Any] = {}


def _class_char(c: str) -> str:
    if c in "\\]^-[":
        return "\\" + c
    if ord(c) < 0x20 or ord(c) == 0x7F:
        return f"\\x{ord(c):02X}"
    return c


def _lit(text: str) -> str:
    """A GBNF string literal."""
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\x{ord(c):02X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def function_of(tool: dict[str, Any]) -> dict[str, Any]:
    """The function part of an OpenAI-style tool definition (or the thing itself)."""
    inner = tool.get("function")
    return inner if tool.get("type") == "function" and isinstance(inner, dict) else tool


# Values shared by every call grammar. \u escapes exclude control characters
# and surrogates (U+D000-U+DFFF as a whole, for a simple rule), which the
# registry's validation would refuse or SQLite could not store.
_SHARED = rf"""jstr ::= "\"" jchar{{0,{MAX_STRING}}} "\""
jchar ::= [^"\\\x00-\x1F\x7F] | "\\" (["\\/nrt] | "u" uhex)
pstr ::= "\"" pdchar{{0,{MAX_STRING}}} "\"" | "'" pschar{{0,{MAX_STRING}}} "'"
pdchar ::= [^"\\\x00-\x1F\x7F] | "\\" (["'\\nrt] | "u" uhex)
pschar ::= [^'\\\x00-\x1F\x7F] | "\\" (["'\\nrt] | "u" uhex)
uhex ::= [1-9a-cA-Ce-fE-F] hex hex hex | "0" [1-9a-fA-F] hex hex | "00" [2-6] hex | "007" hex7
hex7 ::= [0-9a-eA-E]
hex ::= [0-9a-fA-F]
jint ::= "-"? ("0" | [1-9] [0-9]{{0,{MAX_INT_DIGITS - 1}}})
jnum ::= jint ("." [0-9]{{1,17}})?
jbool ::= "true" | "false"
pbool ::= "True" | "False"
"""
