"""bench/cipher_write_cost.py on a small real pair of files: it runs and counts real pages.

The figures it prints are measurements (docs/benchmarks.md); this only keeps the
script working: SQLite's counters are read through each driver's C API, every
write case gets a row per copy, and the files given are left as they were.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import pytest

from assistant.store import Store, cipher

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import cipher_write_cost
import store_bench

pytestmark = pytest.mark.skipif(
    cipher.unavailable_reason() is not None, reason=f"{cipher.unavailable_reason()}"
)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    plain = tmp_path / "P" / "assistant.db"
    plain.parent.mkdir()
    store = Store.open(plain)
    store_bench.fill(store, 3000, 7)  # enough rows for every read case (an override)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    encrypted = tmp_path / "E" / "assistant.db"
    encrypted.parent.mkdir()
    shutil.copy(plain, encrypted)
    key = cipher.new_key()
    store = Store.open(encrypted)
    store.encrypt(key)
    store.close()
    monkeypatch.setenv(cipher.ENV_RECOVERY_KEY, cipher.recovery_key(key))
    return plain, encrypted


def test_it_counts_pages_for_every_write_on_every_copy(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    plain, encrypted = pair
    before = sha(plain), sha(encrypted)
    configured = cipher.CACHE_KIB
    args = ["--plain", str(plain), "--encrypted", str(encrypted), "--rounds", "12"]
    assert cipher_write_cost.main([*args, "--read-rounds", "2", "--cache-kib", "4096", "2000"]) == 0
    out = capsys.readouterr().out
    assert configured == cipher.CACHE_KIB  # the sizes tried do not leak into later opens
    assert (sha(plain), sha(encrypted)) == before
    assert "encrypted, 4 MiB cache: p50 ratio" in out and "encrypted, 2000 KiB cache" in out
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for line in out.splitlines()]
    rows = {row[0]: row[1:] for row in cells if len(row) == 1 + 4 + 2 * 6}  # plain, two copies
    labels = [c.label for c in store_bench.write_cases(3000)] + ["Store.undo (the last write)"]
    assert sorted(rows) == sorted(["---", "Call", *labels])  # the rule and the head, then the calls
    for label in labels:
        row = rows[label]
        plain_pages, enc_pages = int(row[1]), int(row[5])
        assert plain_pages > 0 and enc_pages > 0, label  # every write commits pages
        assert float(row[2]) > 0 and row[8].endswith("x")
    assert "load average" in out
