"""Which b-trees one write touches: the WAL frames of each write's commit, by owner.

    .venv/bin/python bench/page_breakdown.py [--db FILLED.db | --fill 10000] [--rounds 20]

Works on a copy of a filled plain file (``store_bench.py`` makes one) or on a
new one filled with ``--fill`` rows per table. For each write case of
``store_bench.py`` and ``Store.undo``, the WAL is checkpointed and emptied,
the call runs, and the page number in each frame header of the WAL is mapped
to the table or index that owns it with the ``dbstat`` virtual table (the
standard library's SQLite has it). Pages that no b-tree owns are the file
header (page 1) or the freelist. Prints a Markdown table: per call, the
frames of its commit (median and range over ``--rounds`` calls; calls that
wrote nothing, such as ``complete_todo`` of a done to-do, left out) and the
median pages per owner. An encrypted file writes the same pages (SQLCipher
encrypts each page in place of the plain one), so a plain file gives the count.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import statistics
import struct
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_bench import NOW, TZ, counts, fill, write_cases

from assistant.clock import Clock
from assistant.store import Store
from assistant.tools import ToolContext, default_registry

WAL_HEADER = 32
FRAME_HEADER = 24


def frame_pages(wal: Path) -> list[int]:
    """The page number of every frame in ``wal``, in order."""
    data = wal.read_bytes() if wal.exists() else b""
    if len(data) < WAL_HEADER:
        return []
    page_size = struct.unpack(">I", data[8:12])[0]
    pages, at = [], WAL_HEADER
    while at + FRAME_HEADER <= len(data):
        pages.append(struct.unpack(">I", data[at : at + 4])[0])
        at += FRAME_HEADER + page_size
    return pages


def owners(store: Store) -> dict[int, str]:
    """Page number -> owning table or index (``name:overflow`` for overflow pages)."""
    rows = store.db.execute("SELECT name, pageno, pagetype FROM dbstat").fetchall()
    return {p: (f"{n}:overflow" if t == "overflow" else n) for n, p, t in rows}


def measure(store: Store, run: Callable[[], object]) -> tuple[int, collections.Counter[str]]:
    conn = store.db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert store.path is not None
    wal = Path(str(store.path) + "-wal")
    run()
    pages = frame_pages(wal)
    owner = owners(store)
    found = collections.Counter(
        owner.get(p, "file header" if p == 1 else "freelist") for p in pages
    )
    return len(pages), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a filled plain file (copied, never changed)")
    parser.add_argument("--fill", type=int, default=10_000, help="rows per table without --db")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="page_breakdown-") as folder:
        path = Path(folder) / "assistant.db"
        if args.db is not None:
            shutil.copy(args.db, path)
        store = Store.open(path)
        try:
            if args.db is None:
                fill(store, args.fill, 20261127)
            report(store, args.rounds)
        finally:
            store.close()
    return 0


def report(store: Store, rounds: int) -> None:
    store.check_integrity()
    registry = default_registry()
    ctx = ToolContext(store, Clock(NOW, TZ))
    cases = write_cases(counts(store)["todos"])
    totals: dict[str, list[int]] = collections.defaultdict(list)
    by_owner: dict[str, list[collections.Counter[str]]] = collections.defaultdict(list)
    for i in range(rounds):
        for case in cases:
            arguments = case.make_args(i) if case.make_args else case.args

            def call(tool: str = case.tool, arguments: dict[str, Any] = arguments) -> None:
                out = registry.call(ctx, tool, arguments)
                if not out.ok:
                    raise RuntimeError(out.text)

            n, found = measure(store, call)
            if n == 0:  # complete_todo of a to-do done already: nothing written
                continue
            totals[case.label].append(n)
            by_owner[case.label].append(found)
        n, found = measure(store, store.undo)
        totals["Store.undo (the last write)"].append(n)
        by_owner["Store.undo (the last write)"].append(found)
    print("| Call | frames (median, min-max) | pages by owner (median over calls) |")
    print("|---|--:|---|")
    for label, ns in totals.items():
        names = sorted({k for c in by_owner[label] for k in c})
        medians = {k: statistics.median(c.get(k, 0) for c in by_owner[label]) for k in names}
        parts = ", ".join(
            f"{k} {v:g}" for k, v in sorted(medians.items(), key=lambda kv: (-kv[1], kv[0])) if v
        )
        print(f"| {label} | {statistics.median(ns):g} ({min(ns)}-{max(ns)}) | {parts} |")


if __name__ == "__main__":
    raise SystemExit(main())
