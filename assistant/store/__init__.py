"""The SQLite store: one file, named migrations, and journaled writes.

Every write that a tool makes happens inside :meth:`Store.action`, a single
transaction that also appends before/after images of each changed row to the
action journal, so that :meth:`Store.undo` can restore them.
"""

from __future__ import annotations

from assistant.store.changes import Changes
from assistant.store.db import Store, utc_stamp
from assistant.store.journal import Action, Step, Tx, UndoResult

__all__ = ["Action", "Changes", "Step", "Store", "Tx", "UndoResult", "utc_stamp"]
