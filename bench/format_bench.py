"""Chat formats and grammar cost on a real model (a measurement, not a test).

    .venv/bin/python bench/format_bench.py [--model PATH] [--threads N] [--quick]

For each chat format, ~15 prompts are rendered with the full tool set and
answered greedily (a) with no grammar, showing what the model does by itself,
and (b) with the two-phase scheme (first tokens free, then call-only grammar
or none). Reported per format and mode: valid calls (parsed and schema-valid,
out of the call attempts), right tool (out of prompts that want one), calls
when none was wanted. Then the grammar's cost per generated token: no
grammar, the union grammar, and the two-phase scheme, for a text answer and
for a call. Results go to bench/results/formats.json and a Markdown table on
stdout.

The default model is the eval model (Qwen2.5-Coder-0.5B-Instruct, a qwen2
model). Its native format is ChatML; the Llama 3 forms are rendered with
Llama's header tokens anyway, which this model only sees as plain text, so
their numbers compare the two call syntaxes, not how Llama 3.2 would do.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp._internals import LlamaTokenDataArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.errors import AssistantError  # noqa: E402
from assistant.models.formats import (  # noqa: E402
    ChatFormat,
    ChatML,
    Llama3Json,
    Llama3Pythonic,
    Message,
    Parsed,
    TemplateFallback,
)
from assistant.models.grammar import GrammarGate, GrammarPlan, constrained_plan  # noqa: E402
from assistant.tools import ToolRegistry, default_registry  # noqa: E402

SYSTEM = (
    "You are a helpful assistant that manages the user's to-dos, calendar and notes. "
    "Use a tool when the user asks for an action or for their data; otherwise answer briefly."
)
LATE = "Now: Friday 2026-11-27 10:00 (Europe/Berlin)."

# (prompt, tools that count as right; empty: no call wanted)
PROMPTS: list[tuple[str, set[str]]] = [
    ("remind me to call mom friday 5pm", {"add_todo"}),
    ("what's on my calendar tomorrow", {"list_events"}),
    ("thanks!", set()),
    ("schedule a dentist appointment next tuesday at 10am", {"add_event"}),
    ("what do I still have to do this week?", {"list_todos"}),
    ("take a note: the wifi password is hunter2", {"create_note"}),
    ("hi, who are you?", set()),
    ("find my notes about the garden", {"search_notes", "list_notes"}),
    ("add a high priority task to file taxes by April 15", {"add_todo"}),
    ("what is 2+2?", set()),
    ("lunch with Sam on Saturday at noon", {"add_event"}),
    ("can you write me a short poem about autumn?", set()),
    ("show my overdue tasks", {"list_todos"}),
    ("when am I free for an hour on Monday?", {"find_free_slots", "list_events"}),
    ("how do you spell necessary?", set()),
]
FIRST_TOKENS = 4  # phase one of the two-phase scheme


@dataclass
class Generated:
    text: str
    finished: bool  # ended by the model (end of turn), not by the token limit


@dataclass
class Outcome:
    prompt: str
    output: str
    parsed: Parsed
    valid: bool


def registry() -> ToolRegistry:
    return default_registry()


def load(path: str, threads: int) -> llama_cpp.Llama:
    return llama_cpp.Llama(
        model_path=path, n_ctx=8192, n_threads=threads, n_batch=512, verbose=False, seed=0
    )


def free(dec: Decoder, prefix: str, turns: str, plan: GrammarPlan, max_tokens: int) -> str:
    """No grammar. A reply that does not start like a call is judged on its first tokens."""
    start = dec.generate(dec.prime(prefix, turns), None, FIRST_TOKENS * 2)
    if start.finished or plan.route(start.text, finished=True) == "text":
        return start.text
    return dec.generate(dec.prime(prefix, turns), None, max_tokens).text


def two_phase(dec: Decoder, prefix: str, turns: str, plan: GrammarPlan, max_tokens: int) -> str:
    """First tokens free; then the call-only grammar after the prefix, or (text) no grammar."""
    start = dec.generate(dec.prime(prefix, turns), None, FIRST_TOKENS)
    route = plan.route(start.text, finished=start.finished)
    if route == "more" and not start.finished:
        start = dec.generate(dec.prime(prefix, turns), None, 4 * FIRST_TOKENS)
        route = plan.route(start.text, finished=True)
    if route != "call":
        return start.text  # a text answer goes on with no grammar; its start is all we judge
    rest = dec.generate(dec.prime(prefix, turns + plan.prefix), plan.call_only, max_tokens)
    return plan.prefix + rest.text


def judge(fmt: ChatFormat, reg: ToolRegistry, prompt: str, output: str) -> Outcome:
    parsed = fmt.parse(output)
    valid = False
    if parsed.call is not None:
        try:
            reg.validate(parsed.call.name, parsed.call.arguments)
            valid = True
        except AssistantError:
            valid = False
    return Outcome(prompt, output, parsed, valid)


def run_formats(dec: Decoder, formats: list[ChatFormat], quick: bool) -> dict[str, Any]:
    reg = registry()
    tools = reg.schemas()
    prompts = PROMPTS[:5] if quick else PROMPTS
    results: dict[str, Any] = {}
    for fmt in formats:
        prefix = fmt.render_prefix(SYSTEM, tools)
        plan = constrained_plan(fmt, tools)
        for mode, run in (("free", free), ("two-phase", two_phase)):
            rows = []
            for text, wanted in prompts:
                turns = fmt.render_turns([Message("system", LATE), Message("user", text)])
                out = run(dec, prefix, turns, plan, 200)
                rows.append((judge(fmt, reg, text, out), wanted))
                print(f"[{fmt.name}/{mode}] {text!r} -> {out[:100]!r}", file=sys.stderr)
            results[f"{fmt.name}/{mode}"] = summarize(rows)
    return results


def summarize(rows: list[tuple[Outcome, set[str]]]) -> dict[str, Any]:
    attempts = [o for o, _ in rows if o.parsed.call is not None or o.parsed.error is not None]
    want = [(o, w) for o, w in rows if w]
    none = [o for o, w in rows if not w]
    right = [o for o, w in want if o.valid and o.parsed.call and o.parsed.call.name in w]
    spurious = [o for o in none if o.parsed.call is not None or o.parsed.error is not None]
    return {
        "prompts": len(rows),
        "call_attempts": len(attempts),
        "valid_calls_pct": pct(sum(o.valid for o in attempts), len(attempts)),
        "right_tool_pct": pct(len(right), len(want)),
        "calls_when_none_wanted_pct": pct(len(spurious), len(none)),
        "outputs": [{"prompt": o.prompt, "output": o.output, "valid": o.valid} for o, _ in rows],
    }


def pct(n: int, d: int) -> float | None:
    return round(100 * n / d, 1) if d else None


# -- grammar cost per token -------------------------------------------------


@dataclass
class Decoder:
    """A greedy decode loop on llama.cpp's low-level API, so each grammar mode is timed alike."""

    llm: llama_cpp.Llama

    def __post_init__(self) -> None:
        self.vocab = self.llm._model.vocab
        self.array = LlamaTokenDataArray(n_vocab=self.llm.n_vocab())
        self.eog = [
            t for t in range(self.llm.n_vocab()) if llama_cpp.llama_vocab_is_eog(self.vocab, t)
        ]
        self._base: tuple[str, list[int]] | None = None

    def last_logits(self) -> Any:
        """A copy of the logits of the last evaluated token (llama-cpp-python keeps none)."""
        row = llama_cpp.llama_get_logits_ith(self.llm._ctx.ctx, -1)
        return np.ctypeslib.as_array(row, shape=(self.llm.n_vocab(),)).copy()

    def prime(self, prefix: str, suffix: str) -> list[int]:
        """The tokens of ``prefix + suffix``, the prefix tokenized alone so it is shared."""
        if self._base is None or self._base[0] != prefix:
            self._base = (prefix, self.llm.tokenize(prefix.encode(), add_bos=False, special=True))
        return self._base[1] + self.llm.tokenize(suffix.encode(), add_bos=False, special=True)

    def _load(self, tokens: list[int]) -> None:
        """Evaluate ``tokens``, reusing the KV cache for the part already there.

        The last token is always evaluated again, so its logits are fresh.
        (Saved states were tried first: decoding after a restore ran 50x slower.)
        """
        cached = self.llm.input_ids[: self.llm.n_tokens].tolist()
        common = 0
        for a, b in zip(cached, tokens[:-1], strict=False):
            if a != b:
                break
            common += 1
        self.llm.n_tokens = common  # eval() drops the KV cells after n_tokens
        self.llm.eval(tokens[common:])

    def generate(self, primed: list[int], grammar: str | None, n: int) -> Generated:
        """Greedy; the grammar (if any) is asked about each pick first: same text, less time."""
        r = self.run(primed, grammar, "check", n, fixed=False)
        return Generated(r["text"], r["finished"])

    def run(
        self, primed: list[int], grammar: str | None, mode: str, n: int, fixed: bool
    ) -> dict[str, Any]:
        """``mode`` "full" masks the whole vocabulary each step; "check" asks about the pick."""
        self._load(primed)
        gate = GrammarGate(self.vocab, grammar) if grammar else None
        out: list[int] = []
        refused = 0
        t0 = time.perf_counter()
        for _ in range(n):
            logits = self.last_logits()
            if fixed:
                logits[self.eog] = -np.inf
            token = int(np.argmax(logits))
            if gate is not None and (mode == "full" or not gate.allows(token)):
                refused += mode == "check"
                self.array.copy_logits(logits)
                gate.mask(self.array.candidates)
                token = int(np.argmax(self.array.candidates_data.logit))
            if gate is not None:
                gate.accept(token)
            if token in self.eog:
                break
            out.append(token)
            self.llm.eval([token])
        dt = time.perf_counter() - t0
        if gate is not None:
            gate.close()
        text = self.llm.detokenize(out).decode("utf-8", "replace")
        return {
            "ms": 1000 * dt / max(len(out), 1),
            "tokens": len(out),
            "refused": refused,
            "text": text,
            "finished": len(out) < n,
        }


def grammar_cost(llm: llama_cpp.Llama, repeats: int) -> dict[str, Any]:
    fmt = ChatML()
    tools = registry().schemas()
    plan = constrained_plan(fmt, tools)
    prefix = fmt.render_prefix(SYSTEM, tools)

    def turns(text: str) -> str:
        return fmt.render_turns([Message("system", LATE), Message("user", text)])

    dec = Decoder(llm)
    text_state = dec.prime(prefix, turns("can you write me a short poem about autumn?"))
    call_turns = turns("remind me to call mom friday 5pm")
    call_state = dec.prime(prefix, call_turns)
    after_prefix = dec.prime(prefix, call_turns + plan.prefix)
    cases = {
        "text / no grammar (= two-phase)": (text_state, None, "full", True),
        "text / union, full vocabulary": (text_state, plan.union, "full", True),
        "text / union, pick checked first": (text_state, plan.union, "check", True),
        "call / no grammar": (call_state, None, "full", False),
        "call / union, full vocabulary": (call_state, plan.union, "full", False),
        "call / union, pick checked first": (call_state, plan.union, "check", False),
        "call / two-phase call-only, full vocabulary": (
            after_prefix,
            plan.call_only,
            "full",
            False,
        ),
        "call / two-phase call-only, pick checked first": (
            after_prefix,
            plan.call_only,
            "check",
            False,
        ),
    }
    dec.run(text_state, None, "full", 16, True)  # warm-up, not timed
    out: dict[str, Any] = {}
    for name, (state, grammar, mode, fixed) in cases.items():
        runs = [dec.run(state, grammar, mode, 64, fixed) for _ in range(repeats)]
        out[name] = {
            "ms_per_token": round(statistics.median(r["ms"] for r in runs), 1),
            "tokens": runs[0]["tokens"],
            "refused_picks": runs[0]["refused"],
            "sample": runs[0]["text"][:160],
        }
        print(f"{name}: {out[name]}", file=sys.stderr)
    out["sampler_only"] = sampler_only(llm, plan)
    return out


def sampler_only(llm: llama_cpp.Llama, plan: GrammarPlan) -> dict[str, float]:
    """The grammar's own time per step (no model), on fixed token streams."""
    poem = "Autumn leaves are falling down, painting gold on every town. The air is crisp."
    call = '\n{"name": "add_todo", "arguments": {"title": "Call mom"}}\n</tool_call>'
    vocab = llm._model.vocab
    array = LlamaTokenDataArray(n_vocab=llm.n_vocab())
    zeros = np.zeros(llm.n_vocab(), dtype=np.single)
    out = {}
    for name, grammar, text in (
        ("text under union", plan.union, poem),
        ("call under call-only", plan.call_only, call),
    ):
        tokens = llm.tokenize(text.encode(), add_bos=False, special=True)
        for mode in ("full", "check"):
            gate = GrammarGate(vocab, grammar)
            t0 = time.perf_counter()
            for t in tokens:
                if mode == "full":
                    array.copy_logits(zeros)
                    gate.mask(array.candidates)
                else:
                    assert gate.allows(t)
                gate.accept(t)
            out[f"{name}, {mode} (ms/token)"] = round(
                1000 * (time.perf_counter() - t0) / len(tokens), 3
            )
            gate.close()
    print(out, file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="GGUF path (default: the eval model)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="5 prompts only")
    parser.add_argument("--no-formats", action="store_true", help="grammar cost only")
    parser.add_argument("--out", default=str(ROOT / "bench/results/formats.json"))
    args = parser.parse_args()
    path = (
        args.model
        or subprocess.run(
            ["/work/shared/tools/eval-model"], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    llm = load(path, args.threads)
    template = llm.metadata.get("tokenizer.chat_template")
    formats: list[ChatFormat] = [ChatML(), Llama3Json(), Llama3Pythonic()]
    if template:
        formats.append(TemplateFallback(template, eos_token="<|im_end|>"))
    report = {
        "model": Path(path).name,
        "threads": args.threads,
        "llama_cpp_python": llama_cpp.__version__,
        "grammar_cost": grammar_cost(llm, args.repeats),
        "formats": {} if args.no_formats else run_formats(Decoder(llm), formats, args.quick),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print_tables(report)


def print_tables(report: dict[str, Any]) -> None:
    print(f"Model: {report['model']}, {report['threads']} threads\n")
    print("| format / mode | valid calls | right tool | calls when none wanted |")
    print("|---|---|---|---|")
    for name, r in report["formats"].items():
        print(
            f"| {name} | {r['valid_calls_pct']}% of {r['call_attempts']} "
            f"| {r['right_tool_pct']}% | {r['calls_when_none_wanted_pct']}% |"
        )
    print("\n| grammar case (model + sampling) | ms/token | tokens | refused picks |")
    print("|---|---|---|---|")
    for name, r in report["grammar_cost"].items():
        if name != "sampler_only":
            print(f"| {name} | {r['ms_per_token']} | {r['tokens']} | {r['refused_picks']} |")
    print("\n| grammar alone | ms/token |")
    print("|---|---|")
    for name, ms in report["grammar_cost"]["sampler_only"].items():
        print(f"| {name} | {ms} |")


if __name__ == "__main__":
    main()
