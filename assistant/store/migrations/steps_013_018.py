"""Migrations from m013: fewer pages written a write.

A new step goes at the end of this module (see :mod:`assistant.store.migrations`).
"""

from __future__ import annotations

from sqlite_utils import Database

from assistant.store.migrations.chain import migrations

# Full-text indexes kept by triggers: (index, table, columns, trigger name prefix).
_FTS_TRIGGERS = (
    ("notes_fts", "notes", ("title", "body"), "notes"),
    ("todos_fts", "todos", ("title", "notes"), "todos"),
    ("todos_words", "todos", ("title", "notes"), "todos_words"),
    ("events_words", "events", ("title", "location", "description"), "events_words"),
)
# The indexes no query ranks (they filter by MATCH and order by rowid), so they
# need no per-row token counts: (index, table, columns, tokenizer).
_UNRANKED = (
    ("todos_fts", "todos", ("title", "notes"), "trigram"),
    ("todos_words", "todos", ("title", "notes"), "unicode61 remove_diacritics 2"),
    (
        "events_words",
        "events",
        ("title", "location", "description"),
        "unicode61 remove_diacritics 2",
    ),
)


@migrations()
def m013_fewer_pages_a_write(db: Database) -> None:
    # Every page a write changes is written to the WAL again, and on an encrypted
    # file encrypted and MACed again (docs/benchmarks.md, "Pages a write
    # touches"). Three kinds of pages were written for nothing:
    #
    # - The full-text update triggers deleted and re-added a row's words on any
    #   update (sqlite-utils' on every column; ours on every SET of a text
    #   column, which Undo's full-row writes always are), so completing a to-do
    #   rewrote two of its indexes. Now they run when a text column or the rowid
    #   really changed; the words of an unchanged text are the same words.
    # - todos_fts, todos_words and events_words kept each row's token counts
    #   (the _docsize table) for ranking, but no query ranks them: they are
    #   rebuilt with columnsize=0, which MATCH needs nothing from (2 s at
    #   100,000 rows a table, once).
    # - The journal's indexes on group_id and undone_at held every action,
    #   though those columns are NULL for almost all of them and no query looks
    #   a NULL up through them (EXPLAIN QUERY PLAN in the same section): they
    #   hold only the non-NULL ones now.
    #
    # One transaction: a crash leaves the old schema, whole.
    for index, table, columns, tokenize in _UNRANKED:
        names = ", ".join(f"[{c}]" for c in columns)
        db.execute(f"DROP TABLE [{index}]")
        db.execute(
            f"CREATE VIRTUAL TABLE [{index}] USING fts5 ({names}, content=[{table}], "
            f"tokenize='{tokenize}', columnsize=0)"
        )
        db.execute(f"INSERT INTO [{index}] ([{index}]) VALUES ('rebuild')")
        # One segment: else the first writes after the upgrade merge what the
        # rebuild left, nearly the whole index, in one commit.
        db.execute(f"INSERT INTO [{index}] ([{index}]) VALUES ('optimize')")
    for index, table, columns, prefix in _FTS_TRIGGERS:
        db.execute(f"DROP TRIGGER [{prefix}_au]")
        db.execute(_update_trigger(index, table, columns, prefix))
    db.execute("DROP INDEX actions_group")
    db.execute("CREATE INDEX actions_group ON actions (group_id) WHERE group_id IS NOT NULL")
    db.execute("DROP INDEX actions_undone")
    db.execute("CREATE INDEX actions_undone ON actions (undone_at) WHERE undone_at IS NOT NULL")


def _update_trigger(index: str, table: str, columns: tuple[str, ...], prefix: str) -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    changed = " OR ".join(
        ["old.rowid IS NOT new.rowid", *(f"old.[{c}] IS NOT new.[{c}]" for c in columns)]
    )
    return f"""
        CREATE TRIGGER [{prefix}_au] AFTER UPDATE ON [{table}] WHEN {changed} BEGIN
            INSERT INTO [{index}] ([{index}], rowid, {names}) VALUES ('delete', old.rowid, {old});
            INSERT INTO [{index}] (rowid, {names}) VALUES (new.rowid, {new});
        END
        """
