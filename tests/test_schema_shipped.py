"""The shipped migrations still make the schema they made when they shipped.

A migration that has shipped must never change (assistant/store/migrations):
a database an older version migrated has to match a new one. This migrates a
new file with the shipped steps alone and compares its ``sqlite_master``,
object by object and in order, with tests/data/schema/shipped.json, written
from those steps as they shipped (m001 to m013). Steps added later are left
out, so a new one needs no change here; once it has shipped, add it by running
this file (``PYTHONPATH=. python tests/test_schema_shipped.py``), never to make
an edited step pass.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from assistant.store.migrations import migrations

FIXTURE = Path(__file__).parent / "data" / "schema" / "shipped.json"
# The tables FTS5 makes for each of its virtual tables: SQLite writes their SQL,
# not a migration, and may word it differently from one version to the next.
FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")


def migrate(path: Path, steps: list[str]) -> dict[str, Any]:
    """Apply ``steps`` (the first names of the chain) to a new file at ``path``; its schema."""
    registered = [m.name for m in migrations._migrations]
    assert registered[: len(steps)] == steps, "a shipped step was renamed, moved or dropped"
    conn = sqlite3.connect(path)
    try:
        db = Database(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")  # as Store.open sets it
        migrations.apply(db, stop_before=set(registered[len(steps) :]))
        return {"steps": [m.name for m in migrations.applied(db)], "objects": _objects(conn)}
    finally:
        conn.close()


def _objects(conn: sqlite3.Connection) -> list[list[str | None]]:
    query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
    rows = conn.execute(query).fetchall()
    virtual = [name for kind, name, _, sql in rows if kind == "table" and _is_virtual(sql)]
    shadows = {f"{table}_{suffix}" for table in virtual for suffix in FTS5_SHADOWS}
    return [[kind, name, on, None if name in shadows else sql] for kind, name, on, sql in rows]


def _is_virtual(sql: str | None) -> bool:
    return sql is not None and sql.upper().startswith("CREATE VIRTUAL TABLE")


def test_the_shipped_migrations_make_the_schema_they_shipped_with(tmp_path: Path) -> None:
    shipped = json.loads(FIXTURE.read_text(encoding="utf-8"))
    made = migrate(tmp_path / "new.db", shipped["steps"])
    assert made["steps"] == shipped["steps"]
    assert len(made["objects"]) == len(shipped["objects"])
    for got, expected in zip(made["objects"], shipped["objects"], strict=True):
        assert got == expected


def test_the_shipped_schema_has_what_the_store_needs() -> None:
    # The fixture itself: a file of nothing would pass the test above vacuously.
    shipped = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert shipped["steps"][0] == "m001_initial"
    names = {name for _, name, _, _ in shipped["objects"]}
    assert {"todos", "events", "notes", "actions", "sync_calendars", "reminder_snoozes"} <= names


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        every = [m.name for m in migrations._migrations]
        schema = migrate(Path(folder) / "new.db", every)
    objects = ",\n  ".join(json.dumps(o) for o in schema["objects"])  # one a line
    text = f'{{\n "steps": {json.dumps(schema["steps"])},\n "objects": [\n  {objects}\n ]\n}}\n'
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE.write_text(text, encoding="utf-8")
    print(f"{FIXTURE}: {len(schema['steps'])} steps, {len(schema['objects'])} objects")
