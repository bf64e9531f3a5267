"""Property tests on the tool layer: any JSON arguments either succeed or fail
with the project's own error text, and the store stays consistent."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.clock import Clock
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

REGISTRY = default_registry()
CLOCK = Clock(
    datetime(2026, 11, 27, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")), ZoneInfo("Europe/Berlin")
)
DATA_TABLES = ("todos", "todo_tags", "notes", "note_tags", "events")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False)
    | st.text(max_size=40)
    | st.sampled_from(["tomorrow 5pm", "2026-12-01", "next friday", "every weekday", "1", "high"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def tool_calls(draw: st.DrawFn) -> tuple[str, Any]:
    name = draw(st.sampled_from([*REGISTRY.names(), "drop_tables", ""]))
    keys = list(REGISTRY.tools[name].parameters["properties"]) if name in REGISTRY else []
    chosen = draw(st.lists(st.sampled_from([*keys, "id", "bogus"]), max_size=5, unique=True))
    if draw(st.integers(0, 20)) == 0:
        return name, draw(json_values)  # not even an object
    return name, {key: draw(json_values) for key in chosen}


def assert_consistent(store: Store) -> None:
    # FTS5 indexes agree with their tables.
    store.db.execute("INSERT INTO notes_fts(notes_fts) VALUES('integrity-check')")
    store.db.execute("INSERT INTO todos_fts(todos_fts) VALUES('integrity-check')")
    assert store.query("SELECT rowid, title, notes FROM todos_fts ORDER BY rowid") == store.query(
        "SELECT id AS rowid, title, notes FROM todos ORDER BY id"
    )
    fts = store.query("SELECT rowid, title, body FROM notes_fts ORDER BY rowid")
    notes = store.query("SELECT id AS rowid, title, body FROM notes ORDER BY id")
    assert fts == notes
    # Journal complete: every data row is exactly what its last journaled change left.
    for table in DATA_TABLES:
        for row in store.query(f"SELECT * FROM {table}"):
            last = store.query(
                "SELECT after FROM action_changes WHERE table_name = ? AND row_id = ? "
                "ORDER BY action_id DESC, seq DESC LIMIT 1",
                [table, row["id"]],
            )
            assert last, f"{table} row {row['id']} has no journal entry"
            assert json.loads(last[0]["after"]) == json.loads(json.dumps(row))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls=st.lists(tool_calls(), min_size=1, max_size=8))
def test_any_arguments_succeed_or_fail_cleanly(calls: list[tuple[str, Any]]) -> None:
    store = Store.open(None)
    ctx = ToolContext(store, CLOCK)
    # Some rows for ids to hit.
    REGISTRY.call(ctx, "add_todo", {"title": "seed", "due": "tomorrow", "tags": ["a"]})
    REGISTRY.call(ctx, "create_note", {"title": "seed", "body": "text"})
    REGISTRY.call(ctx, "add_event", {"title": "seed", "start": "monday 9am", "repeat": "daily"})
    for name, arguments in calls:
        result = REGISTRY.call(ctx, name, arguments)
        if not result.ok:
            assert result.text.startswith("Error: ")
            assert "internal error" not in result.text, result.text
        json.dumps(result.data)  # always JSON-able
    assert_consistent(store)
    # Undoing everything, newest first, always succeeds and empties the data tables.
    for action in store.journal.recent(1000):
        store.undo(action.id)
    for table in DATA_TABLES:
        assert store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"] == 0
    store.close()
