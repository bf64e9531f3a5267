"""Journal size after many autosaves of one large note.

    .venv/bin/python bench/journal_growth.py [--saves 1000] [--kb 100] [--baseline]

Each save changes a few words of a note of about ``--kb`` kilobytes through the
``update_note`` tool, as the notes editor's autosave does (inside an editing
session, so saves join one journal entry). ``--baseline`` repeats the run
with every save journaled on its own, as before sessions, and then trims that
journal to the default 50 MB. Prints the file and journal sizes as JSON.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.clock import Clock
from assistant.store import Store
from assistant.store.upkeep import journal_bytes, prune_journal
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

MB = 1_000_000


def note_text(kb: int, i: int) -> str:
    line = "The quick brown fox jumps over the lazy dog, again and again. "
    body = line * (kb * 1024 // len(line))
    return f"Draft {i}\n{body}"


def run(saves: int, kb: int, *, sessions: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "assistant.db"
        store = Store.open(path)
        ctx = ToolContext(store, Clock.from_options(None, "UTC"))
        registry = default_registry()
        created = registry.call(ctx, "create_note", {"title": "Big", "body": note_text(kb, 0)})
        note_id = created.data["id"]
        started = time.perf_counter()
        for i in range(1, saves + 1):
            args = {"note_id": note_id, "body": note_text(kb, i)}
            if sessions:
                with store.editing_session(f"note:{note_id}"):
                    result = registry.call(ctx, "update_note", args)
            else:
                result = registry.call(ctx, "update_note", args)
            assert result.ok, result.text
        seconds = time.perf_counter() - started
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        out: dict[str, Any] = {
            "saves": saves,
            "note_kb": kb,
            "sessions": sessions,
            "seconds": round(seconds, 1),
            "ms_per_save": round(1000 * seconds / saves, 2),
            "journal_entries": store.query("SELECT count(*) AS n FROM actions")[0]["n"],
            "journal_mb": round(journal_bytes(store) / MB, 2),
            "file_mb": round(path.stat().st_size / MB, 2),
        }
        if not sessions:
            started = time.perf_counter()
            pruned = prune_journal(store)
            out["pruned_seconds"] = round(time.perf_counter() - started, 1)
            out["journal_mb_after_prune"] = round(pruned.bytes_after / MB, 2)
            entries = store.query("SELECT count(*) AS n FROM actions")[0]["n"]
            out["journal_entries_after_prune"] = entries
            out["file_mb_after_prune"] = round(path.stat().st_size / MB, 2)
        store.close()
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--kb", type=int, default=100)
    parser.add_argument("--baseline", action="store_true")
    args = parser.parse_args()
    print(json.dumps(run(args.saves, args.kb, sessions=True)))
    if args.baseline:
        print(json.dumps(run(args.saves, args.kb, sessions=False)))


if __name__ == "__main__":
    main()
