"""Plain against encrypted, call by call: the store benchmark's cases on two files at once.

    .venv/bin/python bench/cipher_pair_bench.py --plain PLAIN.db --encrypted ENC.db [--repeat 50]
        [--write-repeat 400]

Both files hold the same data (one filled by ``bench/store_bench.py`` and
copied; the copy encrypted, for example by a ``store_bench.py --encrypted``
run). Each case of ``store_bench.py`` is called on the plain file, then on the
encrypted one (the other way round every second time), ``--repeat`` times, so
that other work on a shared machine slows both sides alike; separate runs,
minutes apart, do not see the same load. Prints p50 and p95 of wall and
thread-CPU time per side and their ratios, and the load average.
``--write-repeat`` (default: ``--repeat``) times the writes more often than
the reads: their p95 is set by the few calls that land on a checkpoint or a
full-text merge, so it needs more calls than a read's, and writes are quick.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_bench import (
    NOW,
    TZ,
    Case,
    Result,
    Timer,
    counts,
    percentile,
    read_cases,
    summary,
    write_cases,
)

from assistant.clock import Clock
from assistant.store import Store
from assistant.tools import ToolContext, ToolRegistry, default_registry


def call(registry: ToolRegistry, ctx: ToolContext, case: Case, i: int, res: Result) -> None:
    args = case.make_args(i) if case.make_args else case.args
    with Timer() as t:
        out = registry.call(ctx, case.tool, args)
    if i == 0:
        res.first_ms, res.answer = t.wall_ms, summary(out)
    else:
        res.add(t.wall_ms, t.cpu_ms)


def undo(store: Store, i: int, res: Result) -> None:
    with Timer() as t:
        store.undo()
    if i > 0:
        res.add(t.wall_ms, t.cpu_ms)


def order(i: int) -> tuple[int, int]:
    """Plain first on even rounds, encrypted first on odd ones: neither always goes first."""
    return (0, 1) if i % 2 == 0 else (1, 0)


def paired(
    stores: list[Store], repeat: int, write_repeat: int | None = None
) -> list[tuple[Result, Result]]:
    registry = default_registry()
    ctxs = [ToolContext(s, Clock(NOW, TZ)) for s in stores]
    reads = [{c.label: c for c in read_cases(s)} for s in stores]
    pairs: list[tuple[Result, Result]] = []
    for label, case in reads[0].items():
        results = [Result(label, case.tool, case.args, "read", 0.0) for _ in stores]
        for i in range(repeat + 1):  # call 0 is the warm-up
            for side in order(i):
                call(registry, ctxs[side], reads[side][label], i, results[side])
        pairs.append((results[0], results[1]))
        print(f"  {label}", file=sys.stderr)
    writes = [{c.label: c for c in write_cases(counts(s)["todos"])} for s in stores]
    wres = [
        {lab: Result(lab, c.tool, c.args, "write", 0.0) for lab, c in w.items()} for w in writes
    ]
    undos = [Result("Store.undo (the last write)", "Store.undo", {}, "write", 0.0) for _ in stores]
    for i in range((repeat if write_repeat is None else write_repeat) + 1):
        for label in writes[0]:
            for side in order(i):
                call(registry, ctxs[side], writes[side][label], i, wres[side][label])
        for side in order(i):
            undo(stores[side], i, undos[side])
    pairs += [(wres[0][lab], wres[1][lab]) for lab in writes[0]]
    pairs.append((undos[0], undos[1]))
    return pairs


def row(plain: Result, enc: Result) -> str:
    cells = [plain.label, plain.kind]
    for key in ("times_ms", "cpu_ms"):
        a, b = sorted(getattr(plain, key)), sorted(getattr(enc, key))
        p50a, p50b = statistics.median(a), statistics.median(b)
        p95a, p95b = percentile(a, 0.95), percentile(b, 0.95)
        cells += [f"{p50a:.2f}", f"{p50b:.2f}", f"{p95a:.2f}", f"{p95b:.2f}", f"{p95b / p95a:.2f}x"]
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plain", type=Path, required=True)
    parser.add_argument("--encrypted", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--write-repeat", type=int, help="timed calls per write (default --repeat)")
    args = parser.parse_args(argv)
    stores = [Store.open(args.plain), Store.open(args.encrypted)]
    try:
        if stores[0].encrypted or not stores[1].encrypted:
            raise SystemExit("--plain must be a plain file and --encrypted an encrypted one")
        for s in stores:
            s.check_integrity()  # once, before the timings (the first write would run it)
        before = os.getloadavg()[0]
        pairs = paired(stores, args.repeat, args.write_repeat)
        after = os.getloadavg()[0]
    finally:
        for s in stores:
            s.close()
    writes = args.repeat if args.write_repeat is None else args.write_repeat
    print(
        f"repeat {args.repeat} (writes {writes}), alternating; "
        f"load average {before:.1f} before, {after:.1f} after"
    )
    print()
    head = ["Call", "kind"]
    for what in ("wall", "CPU"):
        head += [f"{what} p50 plain", "encrypted", f"{what} p95 plain", "encrypted", "p95 ratio"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for plain, enc in pairs:
        print(row(plain, enc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
