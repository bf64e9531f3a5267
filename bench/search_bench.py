"""Search everything's latency at scale (a measurement, not a test).

    .venv/bin/python bench/search_bench.py [--rows 100000] [--repeat 20] [--db PATH]

Fills a real SQLite file with ``--rows`` to-dos, events and notes exactly as
``bench/store_bench.py`` does (same seed, same clock), then times
:func:`assistant.search.search_everything` for what a user types into Ctrl+F,
one keystroke at a time ("d", "de", "den", ...), plus common, rare and
accented words. Prints wall and thread-CPU p50/p95 per query in ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from store_bench import NOW, TZ, Timer, fill, percentile  # noqa: E402

from assistant.clock import Clock  # noqa: E402
from assistant.search import search_everything  # noqa: E402
from assistant.store import Store  # noqa: E402

QUERIES = [
    *("dentist"[:n] for n in range(1, 8)),  # typing, one keystroke at a time
    "the",  # in almost every to-do
    "meeting notes",
    "budget review",
    "zanzibar",  # planted in a few notes
    "café",  # accents folded
    "nothing like this",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--db", type=Path, help="an already filled file (default: fill one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "search.db"
        store = Store.open(path)
        if args.db is None:
            fill(store, args.rows, 20261127)
        clock = Clock(NOW, TZ)
        print("| query | hits | wall p50 | wall p95 | CPU p50 | CPU p95 |")
        print("|---|---:|---:|---:|---:|---:|")
        for text in QUERIES:
            hits = len(search_everything(store, clock, text))  # warm-up
            walls, cpus = [], []
            for _ in range(args.repeat):
                with Timer() as t:
                    search_everything(store, clock, text)
                walls.append(t.wall_ms)
                cpus.append(t.cpu_ms)
            walls.sort()
            cpus.sort()
            print(
                f"| `{text}` | {hits} | {statistics.median(walls):.1f} | "
                f"{percentile(walls, 0.95):.1f} | {statistics.median(cpus):.1f} | "
                f"{percentile(cpus, 0.95):.1f} |"
            )
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
