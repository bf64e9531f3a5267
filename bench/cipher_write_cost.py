"""Where an encrypted write's extra time goes: page-cache misses, pages written, CPU time.

    ASSISTANT_RECOVERY_KEY=... .venv/bin/python bench/cipher_write_cost.py \\
        --plain PLAIN.db --encrypted ENC.db [--rounds 200] [--read-rounds 5] \\
        [--cache-kib 65536 32768 ...] [--mark FILE]

The plain and encrypted files hold the same data (as for ``cipher_pair_bench.py``).
Each is copied into a temporary folder (the encrypted one once per ``--cache-kib``
size, each copy opened with that page cache instead of ``cipher.CACHE_KIB``), so
the files given are not changed. The store benchmark's read cases run first
(``--read-rounds`` times each, on every copy, so that each page cache holds what
a session of reads leaves in it; their thread-CPU medians after the first round
are printed first, as ratios to the plain copy), then its write cases and ``Store.undo``,
``--rounds`` times, on every copy in turn (the order rotating each round). For
each write it prints, per copy, the median over the calls of:

- page-cache misses (``SQLITE_DBSTATUS_CACHE_MISS``): pages read from the file,
  which an encrypted connection decrypts and checks;
- pages written (``SQLITE_DBSTATUS_CACHE_WRITE``): pages committed to the WAL,
  which an encrypted connection encrypts and MACs;
- thread-CPU time p50 and p95, and its ratio to the plain copy.

The counters are read through the C API of the SQLite library each driver is
built on (``ctypes``): the standard library's ``libsqlite3`` and the SQLCipher
inside ``sqlcipher3``. ``--mark FILE`` writes the process id to FILE when the
writes start, and waits two seconds, so that a profiler can be attached to them
alone (``perf record -p``). Where that library cannot be found this way (another
system, a static build), the script says so and stops.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_bench import NOW, TZ, counts, percentile, read_cases, write_cases

from assistant.clock import Clock
from assistant.store import Store, cipher
from assistant.tools import ToolContext, default_registry

CACHE_MISS, CACHE_WRITE = 8, 9  # SQLITE_DBSTATUS_CACHE_MISS, SQLITE_DBSTATUS_CACHE_WRITE


class Counters:
    """``sqlite3_db_status`` of one store's connection."""

    def __init__(self, store: Store) -> None:
        conn = store.db.conn
        lib = _library(conn)
        # A DB-API connection object starts with the sqlite3* it wraps (CPython's
        # _sqlite3 and sqlcipher3 alike); checked below against the file it has open.
        self.handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
        filename = lib.sqlite3_db_filename
        filename.argtypes, filename.restype = [ctypes.c_void_p, ctypes.c_char_p], ctypes.c_char_p
        opened = filename(self.handle, b"main") if self.handle else None
        if not opened or Path(opened.decode()).resolve() != Path(str(store.path)).resolve():
            raise SystemExit("cannot reach this SQLite build's C API; nothing was measured")
        self.status = lib.sqlite3_db_status
        self.status.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
            ctypes.c_int,
        ]

    def read(self, op: int) -> int:
        cur, high = ctypes.c_int(), ctypes.c_int()
        if self.status(self.handle, op, ctypes.byref(cur), ctypes.byref(high), 0) != 0:
            raise SystemExit("sqlite3_db_status failed")
        return cur.value


def _library(conn: object) -> ctypes.CDLL:
    module = type(conn).__module__
    if module.startswith("sqlcipher3"):
        import sqlcipher3._sqlite3 as built

        return ctypes.CDLL(built.__file__)
    found = ctypes.util.find_library("sqlite3")
    if found is None:
        raise SystemExit("the standard library's libsqlite3 was not found; nothing was measured")
    return ctypes.CDLL(found)


def open_copies(
    plain: Path, encrypted: Path, sizes: list[int], folder: Path
) -> list[tuple[str, Store]]:
    copies: list[tuple[str, Store]] = []
    target = folder / "plain" / "assistant.db"
    target.parent.mkdir()
    shutil.copy(plain, target)
    copies.append(("plain", Store.open(target)))
    key = cipher.key_from_environment()
    for size in sizes:
        target = folder / f"enc{size}" / "assistant.db"
        target.parent.mkdir()
        shutil.copy(encrypted, target)
        default, cipher.CACHE_KIB = cipher.CACHE_KIB, size  # read when the copy is opened
        try:
            store = Store.open(target, key=key)
        finally:
            cipher.CACHE_KIB = default
        if not store.encrypted:
            raise SystemExit(f"{encrypted} is not an encrypted file")
        amount = f"{size // 1024} MiB" if size % 1024 == 0 else f"{size} KiB"
        copies.append((f"encrypted, {amount} cache", store))
    return copies


def run(
    copies: list[tuple[str, Store]], rounds: int, read_rounds: int, mark: Path | None = None
) -> None:
    registry = default_registry()
    stores = [s for _, s in copies]
    ctxs = [ToolContext(s, Clock(NOW, TZ)) for s in stores]
    meters = [Counters(s) for s in stores]
    for s in stores:
        s.check_integrity()  # once, before the timings (the first write would run it)
    n = len(stores)
    reads = [{c.label: c for c in read_cases(s)} for s in stores]
    read_cpu: dict[tuple[str, int], list[float]] = {}
    for i in range(read_rounds):
        for label in reads[0]:
            for j in range(n):
                k = (i + j) % n
                read = reads[k][label]
                args = read.make_args(i) if read.make_args else read.args
                started = time.thread_time()
                registry.call(ctxs[k], read.tool, args)
                if i > 0:  # the first round fills the caches
                    spent = (time.thread_time() - started) * 1000
                    read_cpu.setdefault((label, k), []).append(spent)
    if read_rounds > 1:
        print_reads(copies, list(reads[0]), read_cpu)
    cases = write_cases(counts(stores[0])["todos"])
    if mark is not None:  # for a profiler to attach to the writes only (perf record -p PID)
        mark.write_text(str(os.getpid()))
        time.sleep(2.0)
    seen: dict[tuple[str, int], list[tuple[int, int, float]]] = {}
    for i in range(rounds):
        for case in [*cases, None]:
            for j in range(n):
                k = (i + j) % n
                misses, writes = meters[k].read(CACHE_MISS), meters[k].read(CACHE_WRITE)
                started = time.thread_time()
                if case is None:
                    stores[k].undo()
                else:
                    args = case.make_args(i) if case.make_args else case.args
                    registry.call(ctxs[k], case.tool, args)
                cpu = (time.thread_time() - started) * 1000
                label = "Store.undo (the last write)" if case is None else case.label
                if i >= 10:  # the first rounds warm what the writes touch
                    missed = meters[k].read(CACHE_MISS) - misses
                    written = meters[k].read(CACHE_WRITE) - writes
                    seen.setdefault((label, k), []).append((missed, written, cpu))
    labels = [c.label for c in cases] + ["Store.undo (the last write)"]
    head = ["Call"]
    for name, _ in copies:
        head += [f"{name}: misses", "pages written", "CPU p50", "CPU p95"]
        if name != "plain":
            head += ["p50 ratio", "p95 ratio"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" + "--:|" * (len(head) - 1))
    for label in labels:
        cells = [label]
        base = (0.0, 0.0)
        for k in range(n):
            calls = seen[(label, k)]
            times = sorted(c for _, _, c in calls)
            p50, p95 = statistics.median(times), percentile(times, 0.95)
            cells += [
                f"{statistics.median(m for m, _, _ in calls):.0f}",
                f"{statistics.median(w for _, w, _ in calls):.0f}",
                f"{p50:.3f}",
                f"{p95:.3f}",
            ]
            if k == 0:
                base = (p50, p95)
            else:
                cells += [f"{p50 / base[0]:.2f}x", f"{p95 / base[1]:.2f}x"]
        print("| " + " | ".join(cells) + " |")


def print_reads(
    copies: list[tuple[str, Store]], labels: list[str], cpu: dict[tuple[str, int], list[float]]
) -> None:
    head = ["Read", "plain CPU p50", *(f"{name}: p50 ratio" for name, _ in copies[1:])]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" + "--:|" * (len(head) - 1))
    for label in labels:
        p50 = [statistics.median(cpu[(label, k)]) for k in range(len(copies))]
        print(
            f"| {label} | {p50[0]:.3f} | "
            + " | ".join(f"{x / p50[0]:.2f}x" for x in p50[1:])
            + " |"
        )
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plain", type=Path, required=True)
    parser.add_argument("--encrypted", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--read-rounds", type=int, default=5)
    parser.add_argument("--cache-kib", type=int, nargs="+", default=[cipher.CACHE_KIB])
    parser.add_argument("--mark", type=Path, help="write the process id here when the writes start")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cipher-write-cost-") as tmp:
        copies = open_copies(args.plain, args.encrypted, args.cache_kib, Path(tmp))
        try:
            before = os.getloadavg()[0]
            run(copies, args.rounds, args.read_rounds, args.mark)
            after = os.getloadavg()[0]
        finally:
            for _, store in copies:
                store.close()
    print()
    print(
        f"{args.rounds} rounds of writes after {args.read_rounds} of reads; "
        f"load average {before:.1f} before, {after:.1f} after"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
