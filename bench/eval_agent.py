"""Tool-call eval of the agent, scored on the store's end state (a measurement, not a test).

    .venv/bin/python bench/eval_agent.py [--model PATH] [--cases bench/eval_cases.json]
        [--only ID[,ID...]] [--json OUT] [--data-dir DIR] [--threads N] [--case-timeout S]
        [--allow-repeats] [--peek N] [--resume] [--report] [-v]

Like tau-bench, a case passes when the database looks right afterwards, not
when the model used particular words or arguments. For each case of
``bench/eval_cases.json``: a fresh Store on a temp file, the case's ``setup``
calls run through ``default_registry().call``, ONE ``Agent.run_turn`` with the
case's clock and approval answer, then the end state is compared with the
case's ``expect``.

The model is loaded once per run (``load_brain``, ``--threads`` default 1) and
its prompt prefix is restored from (or saved to) the cache of one data folder
(``--data-dir``, default ``bench/results/eval-data``), so each case evaluates
only its own turn. Cases run round-robin over categories, the JSON report is
rewritten after every case (``--resume`` continues a cut-short run), a turn is
cancelled after ``--case-timeout`` seconds, and by default a turn is cut once
the model repeats its previous call exactly (see :func:`run_case`;
``--allow-repeats`` lets it run to the step limit).

Reported per category and overall: pass rate (end state), strict pass rate
(end state right and no call outside the case's allowed tools), valid-call
rate (calls that parsed and passed schema validation, out of call attempts;
the call grammar makes this ~100%), wrong-tool calls (outside the allowed
set, in cases that want an action), calls when none was wanted (restraint
cases), mean seconds per case and tokens. Then the failing cases with a
one-line reason each, and what the model did: how each free first phase
started (``<tool_call>`` tag, a bare ``{``, or text), answers that hold a call
written as text, repeated calls, clock text copied into arguments, and with
``--peek N`` the first N tokens the model writes for each case with no routing
or grammar at all. Results: Markdown on stdout and ``bench/results/eval.json``;
``--report`` prints that file's report again without a model.

The case language
-----------------

A case is ``{"id", "category", "setup", "user", "now", "tz", "approve",
"expect"}`` plus, for ``tests/test_eval_cases.py`` (no model):
``"oracle"`` (the calls a perfect model would make), ``"oracle_answer"`` (a
reply that satisfies ``answer_contains`` when the oracle makes no read) and
``"also_ok"`` (further tool names that are not a wrong choice), ``"lang"`` (the
language of ``user``: en, pt, es, de, fr or it; default en) and ``"before"``
(earlier turns of the same conversation, for follow-ups such as "move it to
4pm": ``[{"user", "answer", "focus": [i, ...]}]``, where ``focus`` lists the
setup calls whose records that turn touched, i.e. what "it" refers to).

``expect`` (every key optional):

- ``unchanged``: true -- to-do, event and note records equal those after setup;
- ``todos`` / ``events`` / ``notes``: matchers, each of which must match a
  different record;
- ``todos_count`` / ``events_count`` / ``notes_count``: exact record counts;
- ``absent``: ``{"todos": [matcher], ...}`` -- no record may match;
- ``answer_contains``: items that must all occur in the answer (case-insensitive);
  an item that is a list is satisfied by any one of its strings;
- ``approval_asked``: true -- the destructive call reached the approver (the
  one trajectory check: a denied delete must have been asked, not skipped).

Matcher keys: ``title_contains``, ``title``; to-dos: ``due``, ``priority``,
``done``, ``tags_include``, ``notes_contains``; events: ``start``,
``start_contains``, ``end``, ``all_day``, ``location_contains``,
``description_contains``, ``rrule_contains`` (null: must not repeat); notes:
``body_contains``, ``text_contains`` (title or body), ``tags_include``. Text
matches are case-insensitive substrings (a list: all of them); dates are the
ISO text of the JSON records, compared exactly.

Records are what the tools return: ``list_todos`` (status all), ``list_notes``,
and for events the stored event records (series masters, as
``EventData.record`` writes them; ``list_events`` would expand a series into
its occurrences).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.calendar.model import EventData  # noqa: E402
from assistant.clock import Clock  # noqa: E402
from assistant.errors import AssistantError  # noqa: E402
from assistant.store import Store  # noqa: E402
from assistant.tools import ToolRegistry, default_registry  # noqa: E402
from assistant.tools.context import ToolContext  # noqa: E402

EVAL_MODEL_TOOL = Path("/work/shared/tools/eval-model")
DEFAULT_CASES = ROOT / "bench" / "eval_cases.json"
DEFAULT_OUT = ROOT / "bench" / "results" / "eval.json"
DEFAULT_DATA = ROOT / "bench" / "results" / "eval-data"

RESTRAINT = "restraint"
CASE_KEYS = {"id", "category", "setup", "user", "now", "tz", "approve", "expect"}
OPTIONAL_KEYS = {"oracle", "oracle_answer", "also_ok", "comment", "lang", "before"}
LANGS = {"en", "pt", "es", "de", "fr", "it"}
EXPECT_KEYS = {
    "unchanged", "todos", "events", "notes", "todos_count", "events_count", "notes_count",
    "absent", "answer_contains", "approval_asked",
}  # fmt: skip
KINDS = ("todos", "events", "notes")
COMMON_MATCH = {"title_contains", "title"}
MATCH_KEYS = {
    "todos": COMMON_MATCH | {"due", "priority", "done", "tags_include", "notes_contains"},
    "events": COMMON_MATCH | {
        "start", "start_contains", "end", "all_day", "location_contains",
        "description_contains", "rrule_contains",
    },
    "notes": COMMON_MATCH | {"body_contains", "text_contains", "tags_include"},
}  # fmt: skip


# -- cases --------------------------------------------------------------------


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of a ``.json`` list or a ``.jsonl`` file (one case a line)."""
    text = Path(path).read_text(encoding="utf-8")
    if str(path).endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    cases = json.loads(text)
    if not isinstance(cases, list):
        raise ValueError(f"{path}: expected a JSON list of cases")
    return cases


def case_problems(case: dict[str, Any], registry: ToolRegistry) -> list[str]:
    """What is wrong with one case's shape (empty when it is well-formed)."""
    problems: list[str] = []
    missing = CASE_KEYS - case.keys()
    if missing:
        problems.append(f"missing keys {sorted(missing)}")
    unknown = case.keys() - CASE_KEYS - OPTIONAL_KEYS
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    if not isinstance(case.get("user"), str) or not case.get("user", "").strip():
        problems.append("user must be non-empty text")
    if not isinstance(case.get("approve"), bool):
        problems.append("approve must be true or false")
    for key in ("setup", "oracle"):
        for call in case.get(key, []):
            if set(call) - {"tool", "arguments"} or call.get("tool") not in registry:
                problems.append(f"{key}: bad call {call!r}")
    for name in case.get("also_ok", []):
        if name not in registry:
            problems.append(f"also_ok: no tool {name!r}")
    if case.get("lang", "en") not in LANGS:
        problems.append(f"lang must be one of {sorted(LANGS)}")
    for turn in case.get("before", []):
        if set(turn) - {"user", "answer", "focus"} or not isinstance(turn.get("user"), str):
            problems.append(f"before: bad turn {turn!r}")
        for index in turn.get("focus", []):
            if not isinstance(index, int) or not 0 <= index < len(case.get("setup", [])):
                problems.append(f"before: focus {index!r} is not a setup call")
    expect = case.get("expect")
    if not isinstance(expect, dict) or not expect:
        return [*problems, "expect must be a non-empty object"]
    if expect.keys() - EXPECT_KEYS:
        problems.append(f"expect: unknown keys {sorted(expect.keys() - EXPECT_KEYS)}")
    for kind in KINDS:
        matchers = list(expect.get(kind, [])) + list(expect.get("absent", {}).get(kind, []))
        for m in matchers:
            bad = set(m) - MATCH_KEYS[kind]
            if bad or not m:
                problems.append(f"expect.{kind}: bad matcher {m!r}")
        count = expect.get(f"{kind}_count")
        if count is not None and (not isinstance(count, int) or count < 0):
            problems.append(f"expect.{kind}_count must be a count")
    if set(expect.get("absent", {})) - set(KINDS):
        problems.append("expect.absent: keys must be todos, events or notes")
    if case.get("category") == RESTRAINT and expect.get("unchanged") is not True:
        problems.append("a restraint case must expect unchanged")
    return problems


def interleave(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Round-robin over categories, so a run cut short has seen every category."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for case in cases:
        groups.setdefault(case["category"], []).append(case)
    order: list[dict[str, Any]] = []
    while any(groups.values()):
        for group in groups.values():
            if group:
                order.append(group.pop(0))
    return order


def clock_of(case: dict[str, Any]) -> Clock:
    return Clock.from_options(case["now"], case["tz"])


def allowed_tools(case: dict[str, Any]) -> set[str]:
    """Tools that are a right choice for the case: the oracle's and ``also_ok``."""
    return {c["tool"] for c in case.get("oracle", [])} | set(case.get("also_ok", []))


def case_kind(case: dict[str, Any]) -> str:
    """``restraint``; ``read`` (must leave the store as it is); ``write``."""
    if case["category"] == RESTRAINT:
        return RESTRAINT
    return "read" if case["expect"].get("unchanged") else "write"


def run_calls(
    registry: ToolRegistry, ctx: ToolContext, calls: list[dict[str, Any]], what: str
) -> list[Any]:
    """Run scripted calls; any failure is a broken case, so it raises."""
    results = []
    for call in calls:
        result = registry.call(ctx, call["tool"], call.get("arguments", {}))
        if not result.ok:
            raise ValueError(f"{what} call {call['tool']} failed: {result.text}")
        results.append(result)
    return results


# -- the store's state ----------------------------------------------------------


def snapshot(store: Store, clock: Clock, registry: ToolRegistry) -> dict[str, list[dict]]:
    """The JSON records of everything in the store, in id order."""
    ctx = ToolContext(store, clock)
    todos = registry.call(ctx, "list_todos", {"status": "all", "limit": 500}).data
    notes = registry.call(ctx, "list_notes", {"limit": 500}).data
    rows = store.query("SELECT * FROM events ORDER BY id")
    events = [EventData.from_row(r, clock.tz).record(r["id"], clock.tz) for r in rows]
    return {
        "todos": sorted(todos, key=lambda r: r["id"]),
        "events": events,
        "notes": sorted(notes, key=lambda r: r["id"]),
    }


# -- scoring ------------------------------------------------------------------


def _has(text: Any, wanted: str | list[str]) -> bool:
    hay = (text or "").casefold()
    return all(w.casefold() in hay for w in ([wanted] if isinstance(wanted, str) else wanted))


def matches(kind: str, matcher: dict[str, Any], record: dict[str, Any]) -> bool:
    for key, want in matcher.items():
        if key == "title_contains":
            ok = _has(record["title"], want)
        elif key == "title":
            ok = record["title"].casefold() == want.casefold()
        elif key in ("notes_contains", "body_contains", "location_contains"):
            ok = _has(record[key.removesuffix("_contains")], want)
        elif key == "description_contains":
            ok = _has(record["description"], want)
        elif key == "text_contains":
            ok = _has(record["title"] + "\n" + record["body"], want)
        elif key == "tags_include":
            tags = {t.casefold() for t in record["tags"]}
            ok = all(t.casefold() in tags for t in want)
        elif key == "start_contains":
            ok = _has(record["start"], want)
        elif key == "rrule_contains":
            ok = record["rrule"] is None if want is None else _has(record["rrule"], want)
        else:  # due, priority, done, start, end, all_day: exact
            ok = record[key] == want
        if not ok:
            return False
    return True


def _assign(kind: str, matchers: list[dict], records: list[dict]) -> bool:
    """Whether every matcher can take a different record (small lists: backtracking)."""

    def go(i: int, used: frozenset[int]) -> bool:
        if i == len(matchers):
            return True
        return any(
            go(i + 1, used | {j})
            for j, r in enumerate(records)
            if j not in used and matches(kind, matchers[i], r)
        )

    return go(0, frozenset())


def brief(kind: str, records: list[dict]) -> str:
    """Records in a few words, for a failure reason."""
    if not records:
        return "none"
    parts = []
    for r in records[:4]:
        if kind == "todos":
            extra = (
                f" due={r['due']}"
                + (" done" if r["done"] else "")
                + (f" {r['priority']}" if r["priority"] != "normal" else "")
                + (f" tags={r['tags']}" if r["tags"] else "")
            )
        elif kind == "events":
            extra = f" {r['start']}..{r['end']}" + (f" rrule={r['rrule']}" if r["rrule"] else "")
        else:
            extra = f" body={r['body'][:40]!r}" + (f" tags={r['tags']}" if r["tags"] else "")
        parts.append(f"#{r['id']} {r['title']!r}{extra}")
    more = f" (+{len(records) - 4})" if len(records) > 4 else ""
    return "; ".join(parts) + more


def score(
    case: dict[str, Any],
    before: dict[str, list[dict]],
    after: dict[str, list[dict]],
    answer: str,
    approvals_asked: int = 0,
) -> list[str]:
    """Why the end state misses the case's expectations (empty: it passes)."""
    expect = case["expect"]
    why: list[str] = []
    if expect.get("unchanged"):
        for kind in KINDS:
            if before[kind] != after[kind]:
                why.append(f"{kind} changed: now {brief(kind, after[kind])}")
    for kind in KINDS:
        records = after[kind]
        count = expect.get(f"{kind}_count")
        if count is not None and len(records) != count:
            why.append(f"{len(records)} {kind}, want {count}: {brief(kind, records)}")
        matchers = expect.get(kind, [])
        if matchers and not _assign(kind, matchers, records):
            missing = [m for m in matchers if not any(matches(kind, m, r) for r in records)]
            shown = missing[0] if missing else matchers
            why.append(f"no {kind[:-1]} matches {json.dumps(shown)}; have {brief(kind, records)}")
        for m in expect.get("absent", {}).get(kind, []):
            hits = [r for r in records if matches(kind, m, r)]
            if hits:
                why.append(f"{kind[:-1]} should be gone: {brief(kind, hits)}")
    for item in expect.get("answer_contains", []):
        options = [item] if isinstance(item, str) else item
        if not any(o.casefold() in (answer or "").casefold() for o in options):
            short = " ".join((answer or "").split())[:80]
            why.append(f"answer lacks {' | '.join(options)!r}: {short!r}")
    if expect.get("approval_asked") and not approvals_asked:
        why.append("the destructive call never reached the approver")
    return why


# -- running one case -------------------------------------------------------------


@dataclass
class Completion:
    phase: str  # "free" (first tokens) or "call" (under the call-only grammar)
    seconds: float
    first_token_s: float | None
    prompt_tokens: int
    evaluated_tokens: int
    completion_tokens: int
    finish: str
    text: str


class MeteredModel:
    """The loaded model, recording every ``complete`` (time, tokens, raw text)."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.log: list[Completion] = []

    @property
    def n_ctx(self) -> int:
        return int(self.model.n_ctx)

    def count_tokens(self, text: str) -> int:
        return int(self.model.count_tokens(text))

    def complete(self, prompt: str, **kwargs: Any) -> Any:
        started = time.perf_counter()
        first: list[float] = []
        inner = kwargs.get("on_token")

        def on_token(piece: str) -> None:
            if not first:
                first.append(time.perf_counter() - started)
            if inner is not None:
                inner(piece)

        kwargs["on_token"] = on_token
        out = self.model.complete(prompt, **kwargs)
        self.log.append(
            Completion(
                # The call grammar, not the text-only one small talk runs under.
                "call" if "call-name" in (kwargs.get("grammar") or "") else "free",
                time.perf_counter() - started,
                first[0] if first else None,
                out.prompt_tokens,
                out.evaluated_tokens,
                out.completion_tokens,
                out.finish_reason,
                out.text,
            )
        )
        return out


@dataclass
class CaseResult:
    id: str
    category: str
    kind: str
    passed: bool
    reasons: list[str]
    answer: str
    finish_reason: str
    calls: list[dict[str, Any]] = field(default_factory=list)
    call_attempts: int = 0
    valid_calls: int = 0
    wrong_tool: int = 0
    unwanted_calls: int = 0
    approvals_asked: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    free_s: float = 0.0
    call_s: float = 0.0
    first_token_s: float = 0.0
    prompt_tokens: int = 0
    evaluated_tokens: int = 0
    generated_tokens: int = 0
    # How the free phase started each step: "tag" (<tool_call>), "bare" ({...), "text".
    starts: list[str] = field(default_factory=list)
    # The answer holds something that looks like a call (the loop took it as text).
    call_in_text: bool = False
    # --peek: the first step's output with no routing and no grammar.
    peek: str | None = None
    # A call identical to the one just before it (name and arguments).
    repeated_calls: int = 0
    # Arguments that copy the clock block ("... CET (Europe/Berlin)").
    clock_echo: bool = False
    timed_out: bool = False
    # Cancelled after a call repeated the previous one exactly (see run_case).
    cut_at_repeat: bool = False
    lang: str = "en"
    # What the turn's model work costs llama-cpp-python alone (RawSpeed.cost), at
    # the speed measured around the turn (the mean of the measurements just before
    # and just after it, see --raw-every); raw_start_s: at the speed of the start.
    raw_s: float = 0.0
    raw_start_s: float = 0.0
    # The turn's model work: [tokens evaluated, tokens generated] per completion.
    work: list[list[int]] = field(default_factory=list)
    # Model generations the turn took (a constrained call's two phases count as one).
    generations: int = 0


_KIND_OF_TOOL = {"add_todo": "todo", "add_event": "event", "create_note": "note"}


def earlier_turns(
    case: dict[str, Any], made: list[Any], clock: Clock
) -> tuple[list[Any], list[Any]]:
    """The ``before`` turns as history, and the focus the last of them left."""
    from assistant.agent.prompt import clock_block, user_content
    from assistant.agent.targets import Ref
    from assistant.models.formats import Message

    history: list[Any] = []
    focus: list[Any] = []
    for turn in case.get("before", []):
        history.append(Message("user", f"{clock_block(clock)}\n{user_content(turn['user'])}"))
        history.append(Message("assistant", turn.get("answer", "")))
        refs = []
        for index in turn.get("focus", []):
            record = made[index].data
            kind = _KIND_OF_TOOL.get(case["setup"][index]["tool"])
            if kind is not None:
                refs.append(Ref(kind, int(record["id"]), str(record["title"])))
        focus = refs or focus
    return history, focus


@dataclass
class RawSpeed:
    """llama-cpp-python's own speed on this model and machine, measured just before the run.

    ``eval_s``: seconds to evaluate a batch of n new tokens after the cached
    prefix, for a few n (interpolated in between); ``decode_s``: seconds per
    generated token (one ``eval`` of one token, plus greedy sampling).
    """

    eval_s: dict[int, float]
    decode_s: float

    def prompt_cost(self, tokens: int) -> float:
        if tokens <= 0:
            return 0.0
        sizes = sorted(self.eval_s)
        if tokens <= sizes[0]:
            return self.eval_s[sizes[0]] * tokens / sizes[0]
        for low, high in pairwise(sizes):
            if tokens <= high:
                share = (tokens - low) / (high - low)
                return self.eval_s[low] + share * (self.eval_s[high] - self.eval_s[low])
        return self.eval_s[sizes[-1]] * tokens / sizes[-1]

    def cost(self, work: list[list[int]]) -> float:
        """What the same work costs llama-cpp-python alone: new tokens in, tokens out."""
        return sum(self.prompt_cost(evaluated) + self.decode_s * generated
                   for evaluated, generated in work)  # fmt: skip


def around(before: RawSpeed, after: RawSpeed, work: list[list[int]]) -> float:
    """The raw cost of ``work`` done between two speed measurements (their mean)."""
    return (before.cost(work) + after.cost(work)) / 2


def measure_raw_speed(model: Any, prefix: str, reps: int = 3) -> RawSpeed:
    """Evaluate and decode straight through llama-cpp-python on top of ``prefix``.

    ``reps``: runs per batch size (their median is kept)."""
    import numpy as np
    from llama_cpp import llama_cpp as C

    llama = model._llama
    model._evaluate(model._prompt_tokens(prefix), None)  # the prefix in the cache, as in a turn
    keep = llama.n_tokens
    filler = llama.tokenize(
        (b" Please add a to-do to call the plumber about the leaking kitchen tap tomorrow"
         b" morning, and put lunch with Ana on Tuesday at one in my calendar.") * 8,
        add_bos=False,
    )  # fmt: skip
    memory = C.llama_get_memory(llama.ctx)

    def rewind() -> None:
        C.llama_memory_seq_rm(memory, -1, keep, -1)
        llama.n_tokens = keep

    eval_s: dict[int, float] = {}
    for size in (8, 16, 32, 64, 128):
        times = []
        for _ in range(reps):
            started = time.perf_counter()
            llama.eval(filler[:size])
            times.append(time.perf_counter() - started)
            rewind()
        eval_s[size] = statistics.median(times)
    llama.eval(filler[:16])
    started = time.perf_counter()
    steps = 24
    n_vocab = llama.n_vocab()
    for _ in range(steps):
        logits = np.ctypeslib.as_array(C.llama_get_logits_ith(llama.ctx, -1), shape=(n_vocab,))
        llama.eval([int(logits.argmax())])
    decode_s = (time.perf_counter() - started) / steps
    rewind()
    return RawSpeed(eval_s, decode_s)


def first_step_unrouted(brain: Any, case: dict[str, Any], clock: Clock, tokens: int) -> str:
    """What the model writes first when nothing routes or constrains it (a diagnostic)."""
    from assistant.agent.prompt import clock_block, user_content
    from assistant.models.formats import Message

    message = Message("user", f"{clock_block(clock)}\n{user_content(case['user'])}")
    prompt = brain.agent.render([message])
    out = brain.model.complete(prompt, max_tokens=tokens, stop=brain.fmt.stop)
    return str(out.text)


def classify_start(text: str) -> str:
    body = text.lstrip()
    if body.startswith("<tool_call>"):
        return "tag"
    if body.startswith("{"):
        return "bare"
    return "text"


def looks_like_call(text: str) -> bool:
    return "<tool_call>" in text or '"name"' in text or '"arguments"' in text


def run_case(
    brain: Any,
    meter: MeteredModel,
    case: dict[str, Any],
    tmp: Path,
    timeout_s: float | None,
    stop_repeats: bool = True,
    peek_tokens: int = 0,
) -> CaseResult:
    """One case: fresh store, setup, one turn (cancelled after ``timeout_s``), score.

    With ``stop_repeats`` a turn whose call repeats the previous call exactly is
    cancelled once that repeat has run: a greedy model would repeat it to the
    step limit, which changes nothing more (the same failure, or "already
    done") and costs a whole constrained generation per step.
    """
    from assistant.agent.loop import ApprovalRequest

    registry = default_registry()
    clock = clock_of(case)
    peek = first_step_unrouted(brain, case, clock, peek_tokens) if peek_tokens else None
    store = Store.open(tmp / f"{case['id']}.db")
    cancel = threading.Event()
    cut: list[str] = []
    try:
        made = run_calls(registry, ToolContext(store, clock), case["setup"], "setup")
        history, focus = earlier_turns(case, made, clock)
        before = snapshot(store, clock, registry)
        events: list[Any] = []
        asked: list[ApprovalRequest] = []
        calls_seen: list[tuple[str, str]] = []

        def approve(request: ApprovalRequest) -> bool:
            asked.append(request)
            return bool(case["approve"])

        def emit(event: Any) -> None:
            events.append(event)
            if event.type == "tool_call" and stop_repeats:
                key = (event.name, json.dumps(event.arguments, sort_keys=True))
                if calls_seen and calls_seen[-1] == key and not cancel.is_set():
                    cut.append("repeat")
                    cancel.set()  # the loop still runs this call, then stops
                calls_seen.append(key)

        meter.log.clear()

        def time_out() -> None:
            if not cancel.is_set():
                cut.append("timeout")
                cancel.set()

        timer = threading.Timer(timeout_s, time_out) if timeout_s else None
        started = time.perf_counter()
        if timer is not None:
            timer.start()
        try:
            turn = brain.agent.run_turn(
                case["user"], history, store=store, clock=clock, emit=emit,
                approve=approve, cancel=cancel, focus=focus,
            )  # fmt: skip
        finally:
            if timer is not None:
                timer.cancel()
        seconds = time.perf_counter() - started
        after = snapshot(store, clock, registry)
    finally:
        store.close()
    reasons = score(case, before, after, turn.answer, len(asked))
    if cut == ["timeout"]:
        reasons.insert(0, f"timed out after {timeout_s:.0f}s (turn cancelled)")
    result = CaseResult(
        case["id"], case["category"], case_kind(case), not reasons, reasons,
        turn.answer, turn.finish_reason, seconds=round(seconds, 2),
        approvals_asked=len(asked),
    )  # fmt: skip
    allowed = allowed_tools(case)
    intents = brain.agent.registry  # what the model chooses between
    for event in events:
        if event.type == "tool_call":
            try:
                intents.validate(event.name, event.arguments)
                valid = True
            except AssistantError:
                valid = False
            result.calls.append({"name": event.name, "arguments": event.arguments, "valid": valid})
            result.call_attempts += 1
            result.valid_calls += valid
        elif event.type == "tool_result":
            # The real tool the intent ran decides whether the choice was right.
            real = event.result.tool
            result.calls[-1].update(ok=event.result.ok, tool=real, result=event.result.text[:200])
            if real not in allowed and result.kind == RESTRAINT:
                result.unwanted_calls += 1
            elif real not in allowed and event.result.ok:
                result.wrong_tool += 1
        elif event.type == "error":
            result.errors.append(event.message)
            if "cut off" in event.message:
                result.call_attempts += 1
    for c in meter.log:
        result.work.append([c.evaluated_tokens, c.completion_tokens])
        result.prompt_tokens += c.prompt_tokens
        result.evaluated_tokens += c.evaluated_tokens
        result.generated_tokens += c.completion_tokens
        if c.phase == "free":
            result.free_s += c.seconds
            result.starts.append(classify_start(c.text))
        else:
            result.call_s += c.seconds
        result.first_token_s += c.first_token_s or c.seconds
    result.free_s, result.call_s = round(result.free_s, 2), round(result.call_s, 2)
    result.first_token_s = round(result.first_token_s, 2)
    result.call_in_text = looks_like_call(turn.answer)
    result.peek = peek
    result.timed_out = cut == ["timeout"]
    result.lang = case.get("lang", "en")
    result.generations = turn.generations
    result.cut_at_repeat = cut == ["repeat"]
    shown = [(c["name"], json.dumps(c["arguments"], sort_keys=True)) for c in result.calls]
    result.repeated_calls = sum(a == b for a, b in pairwise(shown))
    zone = clock.zone_name.casefold()
    result.clock_echo = any(zone in args.casefold() for _, args in shown)
    if reasons and result.call_in_text:
        result.reasons.append("the answer holds a call written as text")
    return result


# -- the report -------------------------------------------------------------------


def strict(r: CaseResult) -> bool:
    return r.passed and not r.wrong_tool and not r.unwanted_calls


def summarize(results: list[CaseResult]) -> dict[str, Any]:
    n = len(results)
    attempts = sum(r.call_attempts for r in results)
    return {
        "cases": n,
        "passed": sum(r.passed for r in results),
        "pass_rate": round(sum(r.passed for r in results) / n, 3) if n else None,
        # The end state is right and no call went outside the case's allowed tools.
        "strict_passed": sum(strict(r) for r in results),
        "call_attempts": attempts,
        "valid_calls": sum(r.valid_calls for r in results),
        "valid_call_rate": round(sum(r.valid_calls for r in results) / attempts, 3)
        if attempts
        else None,
        "wrong_tool": sum(r.wrong_tool for r in results),
        "unwanted_calls": sum(r.unwanted_calls for r in results),
        "restraint_failures": sum(r.kind == RESTRAINT and not strict(r) for r in results),
        "mean_s": round(statistics.fmean(r.seconds for r in results), 2) if n else None,
        "evaluated_tokens": sum(r.evaluated_tokens for r in results),
        "generated_tokens": sum(r.generated_tokens for r in results),
    }


def table(results: list[CaseResult]) -> str:
    rows = ["| category | cases | pass (end state) | strict pass | valid calls | wrong tool "
            "| calls when none wanted | mean s/case | tokens eval / gen |",
            "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    groups: dict[str, list[CaseResult]] = {}
    for r in results:
        groups.setdefault(r.category, []).append(r)
    for name, group in [*sorted(groups.items()), ("**overall**", results)]:
        s = summarize(group)
        valid = f"{s['valid_calls']}/{s['call_attempts']}" + (
            f" ({s['valid_call_rate']:.0%})" if s["call_attempts"] else ""
        )
        rows.append(
            f"| {name} | {s['cases']} | {s['passed']}/{s['cases']} ({s['pass_rate']:.0%}) "
            f"| {s['strict_passed']}/{s['cases']} | {valid} | {s['wrong_tool']} "
            f"| {s['unwanted_calls']} | {s['mean_s']:.1f} "
            f"| {s['evaluated_tokens']} / {s['generated_tokens']} |"
        )
    return "\n".join(rows)


def speed(results: list[CaseResult]) -> dict[str, Any]:
    """Turn times, generations per turn, and turn time over raw llama-cpp-python cost."""
    times = sorted(r.seconds for r in results if not r.timed_out)
    ratios = sorted(r.seconds / r.raw_s for r in results if r.raw_s > 0 and not r.timed_out)
    at_start = sorted(
        r.seconds / r.raw_start_s for r in results if r.raw_start_s > 0 and not r.timed_out
    )
    by_kind: dict[str, Counter[int]] = {}
    for r in results:
        by_kind.setdefault(r.kind, Counter())[r.generations] += 1

    def pct(values: list[float], q: float) -> float | None:
        if not values:
            return None
        return round(values[min(len(values) - 1, int(q * len(values)))], 2)

    return {
        "median_s": pct(times, 0.5),
        "p90_s": pct(times, 0.9),
        "ratio_median": pct(ratios, 0.5),
        "ratio_p90": pct(ratios, 0.9),
        "ratio_total": round(sum(r.seconds for r in results) / sum(r.raw_s for r in results), 2)
        if any(r.raw_s for r in results)
        else None,
        # Against the raw speed measured once before the first case (load may change).
        "ratio_p90_start_speed": pct(at_start, 0.9),
        "generations": {kind: dict(sorted(c.items())) for kind, c in sorted(by_kind.items())},
    }


def languages(results: list[CaseResult]) -> str:
    rows = ["| language | cases | pass |", "|---|---|---|"]
    for lang in sorted({r.lang for r in results}):
        group = [r for r in results if r.lang == lang]
        passed = sum(r.passed for r in group)
        rows.append(
            f"| {lang} | {len(group)} | {passed}/{len(group)} ({passed / len(group):.0%}) |"
        )
    return "\n".join(rows)


def behaviour(results: list[CaseResult]) -> dict[str, Any]:
    starts = Counter(s for r in results for s in r.starts)
    return {
        "free_phase_starts": dict(starts),
        "answers_with_call_text": [r.id for r in results if r.call_in_text],
        "cut_off_calls": [r.id for r in results if any("cut off" in e for e in r.errors)],
        "timed_out": [r.id for r in results if r.timed_out],
        "repeated_same_call": [r.id for r in results if r.repeated_calls],
        "cut_at_repeat": [r.id for r in results if r.cut_at_repeat],
        "clock_block_in_arguments": [r.id for r in results if r.clock_echo],
        "length_limit": [r.id for r in results if r.finish_reason == "length"],
    }


def write_report(
    path: Path, meta: dict[str, Any], results: list[CaseResult], total_s: float
) -> None:
    """The JSON report; written after every case, so a cut-short run leaves its results."""
    path.parent.mkdir(parents=True, exist_ok=True)
    report = {
        **meta,
        "total_s": round(total_s, 2),
        "summary": summarize(results),
        "by_category": {
            cat: summarize([r for r in results if r.category == cat])
            for cat in sorted({r.category for r in results})
        },
        "by_language": {
            lang: summarize([r for r in results if r.lang == lang])
            for lang in sorted({r.lang for r in results})
        },
        "speed": speed(results),
        "behaviour": behaviour(results),
        "cases": [asdict(r) for r in results],
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    tmp.replace(path)


def print_report(results: list[CaseResult], load_s: float, total_s: float) -> None:
    """The Markdown table, the failing cases and what the model did, on stdout."""
    print(table(results))
    print()
    print(languages(results))
    print("\nSpeed:", json.dumps(speed(results)))
    failing = [r for r in results if not strict(r)]
    if failing:
        print("\nFailing cases (end state, or a call outside the allowed tools):")
        for r in failing:
            names = ", ".join(c["name"] for c in r.calls) or "no call"
            reason = r.reasons[0] if r.reasons else "end state right, but called: " + names
            print(f"- {r.id} ({r.category}): {reason} [calls: {names}]")
    seen = behaviour(results)
    print("\nHow the free phase started (per generation step):", seen["free_phase_starts"])
    for key, ids in seen.items():
        if key != "free_phase_starts" and ids:
            print(f"{key}: {', '.join(ids)}")
    print(f"\nmodel load {load_s:.1f}s, total {total_s:.1f}s")


def default_model() -> Path | None:
    if EVAL_MODEL_TOOL.exists():
        done = subprocess.run([str(EVAL_MODEL_TOOL)], capture_output=True, text=True)
        if done.returncode == 0 and done.stdout.strip():
            return Path(done.stdout.strip())
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="GGUF (default: eval model)")
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--only", default=None, help="case id(s), comma-separated")
    parser.add_argument("--json", type=Path, default=DEFAULT_OUT, help="where results go")
    parser.add_argument(
        "--data-dir", type=Path, default=DEFAULT_DATA, help="data folder whose cache keeps the "
        "saved prompt prefix (shared by every case)",
    )  # fmt: skip
    parser.add_argument(
        "--threads", type=int, default=1, help="llama.cpp threads (0: the app's own choice, "
        "the physical cores). Default 1: on the shared 2-core machine 2 threads decode ~20x "
        "slower (spin-waiting threads under load); greedy results are the same",
    )  # fmt: skip
    parser.add_argument(
        "--case-timeout", type=float, default=240.0, help="cancel a turn after this many "
        "seconds (0: never); the case is scored on the state it left",
    )  # fmt: skip
    parser.add_argument(
        "--allow-repeats", action="store_true", help="let a turn repeat the same call up "
        "to the step limit instead of cutting it at the first repeat",
    )  # fmt: skip
    parser.add_argument(
        "--resume", action="store_true", help="keep the cases already in --json, run the rest"
    )
    parser.add_argument(
        "--peek", type=int, default=0, metavar="N", help="also record the first N tokens the "
        "model writes for each case with no routing or grammar (costs N tokens a case)",
    )  # fmt: skip
    parser.add_argument(
        "--report", action="store_true", help="print the report of --json again; no model"
    )
    parser.add_argument(
        "--raw-every", type=int, default=10, metavar="N", help="measure llama-cpp-python's raw "
        "speed again after every N cases (0: only at the start); each turn's raw cost is taken "
        "at the speed measured around it, so a change of machine load does not skew the ratio",
    )  # fmt: skip
    parser.add_argument("-v", "--verbose", action="store_true", help="print each case's calls")
    args = parser.parse_args(argv)
    if args.report:
        saved = json.loads(args.json.read_text())
        print_report([CaseResult(**r) for r in saved["cases"]], saved["load_s"], saved["total_s"])
        return 0

    cases = load_cases(args.cases)
    if args.only:
        wanted = set(args.only.split(","))
        cases = [c for c in cases if c["id"] in wanted]
        if not cases:
            parser.error(f"no case with id {args.only}")
    cases = interleave(cases)
    model_path = args.model or default_model()
    if model_path is None:
        parser.error("no --model given and /work/shared/tools/eval-model found none")

    from unittest import mock

    from assistant.agent.factory import load_brain
    from assistant.models import hardware

    started = time.perf_counter()
    if args.threads:
        # load_brain takes no thread count; the runtime asks hardware.physical_cores().
        with mock.patch.object(hardware, "physical_cores", return_value=args.threads):
            brain = load_brain(args.data_dir, model_path)
    else:
        brain = load_brain(args.data_dir, model_path)
    load_s = time.perf_counter() - started
    raw = measure_raw_speed(brain.model, brain.agent.prefix)
    speeds = [raw]  # each later measurement, after --raw-every cases
    waiting: list[CaseResult] = []  # cases whose raw cost waits for the next measurement
    meter = MeteredModel(brain.model)
    brain.agent.model = meter
    print(f"model {model_path.name} ({brain.fmt.name}), loaded in {load_s:.1f}s, "
          f"{len(cases)} cases", file=sys.stderr)  # fmt: skip
    results: list[CaseResult] = []
    if args.resume and args.json.is_file():
        done = {r["id"]: r for r in json.loads(args.json.read_text())["cases"]}
        results = [CaseResult(**done[c["id"]]) for c in cases if c["id"] in done]
        cases = [c for c in cases if c["id"] not in done]
        print(f"resuming: {len(results)} cases from {args.json}", file=sys.stderr)
    meta = {"model": str(model_path), "format": brain.fmt.name, "cases_file": str(args.cases),
            "threads": brain.model.n_threads, "load_s": round(load_s, 2),
            "prefix_tokens": brain.model.count_tokens(brain.agent.prefix),
            "raw_speed": asdict(raw), "load_average": os.getloadavg(),
            "raw_speeds": []}  # fmt: skip

    def measure_again() -> None:
        now = measure_raw_speed(brain.model, brain.agent.prefix, reps=1)
        for done in waiting:
            done.raw_s = round(around(speeds[-1], now, done.work), 3)
        waiting.clear()
        speeds.append(now)
        meta["raw_speeds"].append({"after_cases": len(results), **asdict(now),
                                   "load_average": os.getloadavg()})  # fmt: skip

    try:
        with tempfile.TemporaryDirectory(prefix="assistant-eval-") as tmp:
            for i, case in enumerate(cases, 1):
                r = run_case(
                    brain, meter, case, Path(tmp), args.case_timeout,
                    not args.allow_repeats, args.peek,
                )  # fmt: skip
                r.raw_start_s = round(raw.cost(r.work), 3)
                r.raw_s = round(speeds[-1].cost(r.work), 3)  # until the next measurement
                results.append(r)
                waiting.append(r)
                if args.raw_every and (len(waiting) >= args.raw_every or i == len(cases)):
                    measure_again()
                write_report(args.json, meta, results, time.perf_counter() - started)
                calls = ", ".join(c["name"] for c in r.calls) or "-"
                print(f"[{i}/{len(cases)}] {r.id}: {'PASS' if r.passed else 'FAIL'} "
                      f"{r.seconds:.1f}s (free {r.free_s:.1f}s, call {r.call_s:.1f}s, "
                      f"first tokens {r.first_token_s:.1f}s; eval {r.evaluated_tokens} tok, "
                      f"gen {r.generated_tokens} tok) calls: {calls}",
                      file=sys.stderr, flush=True)  # fmt: skip
                if args.verbose:
                    for c in r.calls:
                        print(f"    {c['name']} {json.dumps(c['arguments'])} -> "
                              f"{c.get('result', '')[:100]!r}", file=sys.stderr)  # fmt: skip
                    print(f"    answer: {' '.join(r.answer.split())[:160]!r}", file=sys.stderr)
                    if r.peek is not None:
                        print(f"    unrouted first step: {r.peek!r}", file=sys.stderr)
    finally:
        brain.close()
    total_s = time.perf_counter() - started
    write_report(args.json, meta, results, total_s)

    print_report(results, load_s, total_s)
    print(f"results: {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
