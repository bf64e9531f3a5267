"""Tags shared by to-dos and notes: a vocabulary table plus journaled link rows.

Tag names themselves are vocabulary and are created outside the journal (undo
never has to delete a name another item may use by then); the links between
an item and its tags are ordinary journaled rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.errors import InvalidInput
from assistant.limits import MAX_TAG_LENGTH, MAX_TAGS
from assistant.store.db import Store
from assistant.store.journal import Tx

# item table -> (link table, link column)
LINKS = {"todos": ("todo_tags", "todo_id"), "notes": ("note_tags", "note_id")}


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed, '#'-less, de-duplicated (case-insensitively) tag names."""
    seen: dict[str, str] = {}
    for raw in tags:
        name = raw.strip().lstrip("#").strip()
        if not name:
            continue
        if len(name) > MAX_TAG_LENGTH:
            raise InvalidInput(
                f"The tag {name[:20]!r}... is longer than {MAX_TAG_LENGTH} characters."
            )
        seen.setdefault(name.lower(), name)
    if len(seen) > MAX_TAGS:
        raise InvalidInput(f"At most {MAX_TAGS} tags per item.")
    return list(seen.values())


def tag_id(tx: Tx, name: str) -> int:
    row = tx.db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    if row:
        return int(row[0])
    cursor = tx.db.execute("INSERT INTO tags (name) VALUES (?)", [name])
    return int(cursor.lastrowid or 0)


def set_tags(tx: Tx, table: str, item_id: int, names: list[str]) -> None:
    """Make the item's tags exactly ``names``, journaling each link change."""
    link_table, column = LINKS[table]
    wanted = {tag_id(tx, n) for n in names}
    current = {
        int(tag): int(link)
        for link, tag in tx.db.execute(
            f"SELECT id, tag_id FROM {link_table} WHERE {column} = ?", [item_id]
        ).fetchall()
    }
    for tag, link in current.items():
        if tag not in wanted:
            tx.delete(link_table, link)
    for tag in sorted(wanted - current.keys()):
        tx.insert(link_table, {column: item_id, "tag_id": tag})


def tag_names(tx: Tx, table: str, item_id: int) -> list[str]:
    link_table, column = LINKS[table]
    rows = tx.db.execute(
        f"SELECT t.name FROM {link_table} l JOIN tags t ON t.id = l.tag_id WHERE l.{column} = ?",
        [item_id],
    ).fetchall()
    return [r[0] for r in rows]


def tags_for(store: Store, table: str, ids: list[int]) -> dict[int, list[str]]:
    """Tag names of many items in one query, sorted by name."""
    if not ids:
        return {}
    link_table, column = LINKS[table]
    result: dict[int, list[str]] = {i: [] for i in ids}
    marks = ",".join("?" for _ in ids)
    for row in store.query(
        f"SELECT l.{column} AS item, t.name FROM {link_table} l JOIN tags t ON t.id = l.tag_id "
        f"WHERE l.{column} IN ({marks}) ORDER BY t.name COLLATE NOCASE",
        ids,
    ):
        result[row["item"]].append(row["name"])
    return result


def unlink_all(tx: Tx, table: str, item_id: int) -> None:
    """Delete an item's link rows (before deleting the item, so undo restores both)."""
    set_tags(tx, table, item_id, [])
