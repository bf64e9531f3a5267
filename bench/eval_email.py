"""Email summaries on a real model: timing against raw llama-cpp-python, and dates found.

    python bench/eval_email.py MODEL.gguf [--threads 2] [--skip-timing] [--only [ID ...]]

Timing: one email (``timing_case`` in bench/email_cases.json, ~120 words),
from paste to full summary with the model loaded and the summary's prefix
warm (what the window and a second CLI run do), and cold (the whole prompt
evaluated). Raw: llama-cpp-python's own ``Llama.eval``/``generate``, greedy, on the
same prompt and for the same number of output tokens, no grammar.
Dates: for each case, every appointment and deadline listed must come out
as an item with that start (and end, where given), to the minute.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.agent.email_lang import email_language
from assistant.agent.summarize import EmailSummary, summarize_email, summary_prompt
from assistant.agent.text_brain import load_text_brain
from assistant.clock import Clock
from assistant.models.base import Completion

CASES = Path(__file__).with_name("email_cases.json")


class Counting:
    """Wraps a model to keep the last completion's token counts."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.last: Completion | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)

    def complete(self, prompt: str, **kwargs: Any) -> Completion:
        self.last = self.model.complete(prompt, **kwargs)
        return self.last


def local(value: str | None, tz: ZoneInfo) -> str | None:
    if not value:
        return None
    if "T" not in value:
        return value
    return datetime.fromisoformat(value).astimezone(tz).strftime("%Y-%m-%dT%H:%M")


def score(case: dict[str, Any], summary: EmailSummary, tz: ZoneInfo) -> list[dict[str, Any]]:
    got = [(local(i.resolved, tz), local(i.end, tz)) for i in summary.action_items]
    rows = []
    for want in case["expect"]:
        start_ok = any(start == want["start"] for start, _ in got)
        end_ok = "end" not in want or any(
            start == want["start"] and end == want["end"] for start, end in got
        )
        rows.append({"words": want["words"], "start_ok": start_ok, "end_ok": end_ok})
    return rows


def invented(case: dict[str, Any], summary: EmailSummary, tz: ZoneInfo) -> list[str]:
    """Dated items the email does not hold (a newsletter's made-up appointment)."""
    wanted = {want["start"] for want in case["expect"]}
    return [
        f"{i.task} @ {local(i.resolved, tz)}"
        for i in summary.action_items
        if i.resolved and local(i.resolved, tz) not in wanted
    ]


def raw_times(path: Path, prompt: str, n_tokens: int, threads: int, n_ctx: int) -> list[float]:
    """Seconds from the start to each of ``n_tokens`` raw output tokens (prompt evaluated first)."""
    import llama_cpp

    llama = llama_cpp.Llama(
        model_path=str(path), n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads,
        n_gpu_layers=0, verbose=False,
    )  # fmt: skip
    try:
        tokens = llama.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)
        began = time.perf_counter()
        times: list[float] = []
        # generate() never stops by itself: an end-of-text token does not cut it short.
        for _token in llama.generate(tokens, temp=0.0, top_k=1):
            times.append(time.perf_counter() - began)
            if len(times) >= n_tokens:
                break
        return times
    finally:
        llama.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", type=Path)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--n-ctx", type=int, default=4096)
    parser.add_argument("--skip-timing", action="store_true")
    parser.add_argument("--only", nargs="*", help="case ids; none given: no cases")
    args = parser.parse_args()
    data = json.loads(CASES.read_text(encoding="utf-8"))
    tz = ZoneInfo(data["tz"])
    clock = Clock(datetime.fromisoformat(data["now"]).replace(tzinfo=tz), tz, "en")
    cases = [c for c in data["cases"] if args.only is None or c["id"] in args.only]
    base = Path(tempfile.mkdtemp(prefix="eval-email-"))
    began = time.perf_counter()
    brain = load_text_brain(base, args.model, n_ctx=args.n_ctx, n_threads=args.threads)
    print(f"loaded, summary prefix warm: {time.perf_counter() - began:.1f} s", flush=True)
    model = Counting(brain.model)
    report: dict[str, Any] = {"model": args.model.name, "threads": args.threads, "cases": []}
    try:
        if not args.skip_timing:
            case = next(c for c in data["cases"] if c["id"] == data["timing_case"])
            began = time.perf_counter()
            summary = summarize_email(model, brain.fmt, case["email"], clock)
            warm = time.perf_counter() - began
            done = model.last
            assert done is not None
            # The same prompt with nothing cached: the whole of it evaluated. Its
            # output can differ from the warm run's (the KV cache was built in other
            # batches, so the floats differ), so each run is held to raw at its own length.
            brain.model.complete("x", max_tokens=1)  # evicts the cached prefix
            began = time.perf_counter()
            summarize_email(model, brain.fmt, case["email"], clock)
            cold = time.perf_counter() - began
            cold_done = model.last
            assert cold_done is not None
            lang = email_language(case["email"], clock.lang)
            prompt = summary_prompt(brain.fmt, case["email"].strip(), replace(clock, lang=lang))
            report["timing"] = {
                "words": len(case["email"].split()),
                "prompt_tokens": done.prompt_tokens,
                "evaluated_warm": done.evaluated_tokens,
                "output_tokens_warm": done.completion_tokens,
                "output_tokens_cold": cold_done.completion_tokens,
                "warm_s": round(warm, 1),
                "cold_s": round(cold, 1),
                "summary": summary.summary,
                "summary_lang": email_language(summary.summary, "en"),
            }
            # Raw llama-cpp-python right after, on the same load: same prompt, same output length.
            timing = report["timing"]
            longest = max(done.completion_tokens, cold_done.completion_tokens, 1)
            raw = raw_times(args.model, prompt, longest, args.threads, args.n_ctx)
            raw_warm = raw[max(done.completion_tokens, 1) - 1]
            raw_cold = raw[max(cold_done.completion_tokens, 1) - 1]
            timing["raw_s_warm_length"] = round(raw_warm, 1)
            timing["raw_s_cold_length"] = round(raw_cold, 1)
            timing["ratio_cold"] = round(cold / raw_cold, 2)
            timing["ratio_warm"] = round(warm / raw_warm, 2)
            print(json.dumps(timing, ensure_ascii=False), flush=True)
        for case in cases:
            began = time.perf_counter()
            summary = summarize_email(model, brain.fmt, case["email"], clock)
            took = time.perf_counter() - began
            rows = score(case, summary, tz)
            entry = {
                "id": case["id"],
                "seconds": round(took, 1),
                "expected": rows,
                "invented": invented(case, summary, tz),
                "summary": summary.summary,
                "summary_lang": email_language(summary.summary, "en"),
                "items": [
                    [i.kind, i.task, i.when, local(i.resolved, tz), local(i.end, tz), i.place]
                    for i in summary.action_items
                ],
            }
            report["cases"].append(entry)
            print(json.dumps(entry, ensure_ascii=False), flush=True)
    finally:
        brain.close()
    expected = [row for entry in report["cases"] for row in entry["expected"]]
    report["found"] = sum(r["start_ok"] and r["end_ok"] for r in expected)
    report["expected"] = len(expected)
    report["summaries_in_its_language"] = sum(
        entry["summary_lang"] == case["lang"]
        for entry, case in zip(report["cases"], cases, strict=True)
    )
    report["invented"] = sum(len(e["invented"]) for e in report["cases"])
    report["emails_all_right"] = sum(
        all(r["start_ok"] and r["end_ok"] for r in e["expected"]) and not e["invented"]
        for e in report["cases"]
    )
    print(json.dumps({k: v for k, v in report.items() if k != "cases"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
