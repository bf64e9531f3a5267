"""Schema of the assistant's database, as named, ordered migrations.

The steps live in modules by era (``steps_001_006``, ``steps_007_012``,
``steps_013_018``) and register on :data:`migrations` when imported; they run
in that order, so the modules are imported oldest first (their names sort
that way). Never edit a
migration that has shipped: add ``m0NN_...`` below the last one, in the newest
module, or start a new ``steps_...`` module once that one is full.
tests/test_schema_shipped.py holds the schema the shipped steps make.
"""

from __future__ import annotations

# Imported for their effect, oldest first: each registers its steps on the chain.
from assistant.store.migrations import steps_001_006, steps_007_012, steps_013_018  # noqa: F401
from assistant.store.migrations.chain import migrations

__all__ = ["migrations"]
