"""Note tools: create, full-text search with snippets, read, update, append, tag, delete."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.calendar.model import new_uid, shown_title
from assistant.checks import check_limit, clean_text, clean_title, plural
from assistant.errors import InvalidInput, NotFound
from assistant.limits import MAX_NOTE_BODY
from assistant.notes.model import Note
from assistant.notes.queries import fts_query
from assistant.operation import field_changes
from assistant.store import Store, utc_stamp
from assistant.store.tags import clean_tags, set_tags, tags_for, unlink_all
from assistant.tools.context import ToolContext, ToolOutput
from assistant.tools.registry import Tool, tool

# How much of a body the model sees; the full text stays in the store and the UI.
MODEL_BODY_CHARS = 4000


@tool(writes=True, noun="note", table="notes", progress="Creating a note")
def create_note(
    ctx: ToolContext, title: str, body: str = "", tags: list[str] | None = None
) -> ToolOutput:
    """Create a note.

    Args:
        title: A short title.
        body: The text of the note (Markdown).
        tags: Short labels, e.g. ["recipes"].
    """
    clean = clean_title(title)
    text = clean_text(body, "note", MAX_NOTE_BODY)
    names = clean_tags(tags or [])
    stamp = utc_stamp()
    with ctx.store.action("create_note", f"Create note {clean!r}") as tx:
        note_id = tx.insert(
            "notes",
            {"uid": new_uid(), "title": clean, "body": text, "created": stamp, "updated": stamp},
        )
        set_tags(tx, "notes", note_id, names)
    record = get_record(ctx.store, note_id)
    return ToolOutput(f"Created note {describe(record)}.", record, tx.action_id)


@tool(noun="note", table="notes", progress="Searching notes")
def search_notes(ctx: ToolContext, query: str, limit: int = 10) -> ToolOutput:
    """Find notes whose title or text contain the given words, best match first.

    Args:
        query: Words to look for.
        limit: At most this many notes.
    """
    hits = search(ctx.store, query, check_limit(limit))
    if not hits:
        return ToolOutput(f"No notes match {query!r}.", [])
    lines = [f"{describe(h.record)}: {h.snippet}" for h in hits]
    return ToolOutput(
        f"{plural(len(hits), 'note')} match:\n" + "\n".join(lines),
        [{**h.record, "snippet": h.snippet} for h in hits],
    )


@tool(noun="note", table="notes", progress="Looking up notes")
def list_notes(ctx: ToolContext, tag: str | None = None, limit: int = 20) -> ToolOutput:
    """List notes, most recently changed first.

    Args:
        tag: Only notes with this tag.
        limit: At most this many notes.
    """
    records = list_records(ctx.store, tag, check_limit(limit))
    if not records:
        return ToolOutput("No notes.", [])
    return ToolOutput(
        f"{plural(len(records), 'note')}:\n" + "\n".join(describe(r) for r in records), records
    )


@tool(noun="note", table="notes", target="note_id", progress="Reading a note")
def read_note(ctx: ToolContext, note_id: int) -> ToolOutput:
    """Read the whole text of a note.

    Args:
        note_id: The id of the note.
    """
    record = get_record(ctx.store, note_id)
    body = record["body"]
    if len(body) > MODEL_BODY_CHARS:
        body = body[:MODEL_BODY_CHARS] + f"\n[... {len(body) - MODEL_BODY_CHARS:,} more characters]"
    return ToolOutput(f"Note {describe(record)}:\n{body}", record)


@tool(
    writes=True,
    noun="note",
    table="notes",
    target="note_id",
    progress="Changing a note",
    approval="Change the note",
)
def update_note(
    ctx: ToolContext,
    note_id: int,
    title: str | None = None,
    body: str | None = None,
    tags: list[str] | None = None,
) -> ToolOutput:
    """Replace the title, text or tags of a note. Only the given fields change.

    Args:
        note_id: The id of the note.
        title: New title.
        body: New text (replaces the old text).
        tags: New tags (replace the old ones).
    """
    values: dict[str, Any] = {}
    if title is not None:
        values["title"] = clean_title(title)
    if body is not None:
        values["body"] = clean_text(body, "note", MAX_NOTE_BODY)
    names = clean_tags(tags) if tags is not None else None
    if not values and names is None:
        raise InvalidInput("update_note needs at least one field to change.")
    return _write(ctx, "update_note", note_id, values, names, "Updated")


@tool(
    writes=True,
    noun="note",
    table="notes",
    target="note_id",
    progress="Adding to a note",
    approval="Add to the note",
)
def append_to_note(ctx: ToolContext, note_id: int, text: str) -> ToolOutput:
    """Add text at the end of a note.

    Args:
        note_id: The id of the note.
        text: The text to add.
    """
    row = _require(ctx.store, note_id)
    if not text.strip():
        raise InvalidInput("There is no text to append.")
    joined = row["body"].rstrip("\n") + _separator(row["body"], text) + text
    values = {"body": clean_text(joined, "note", MAX_NOTE_BODY)}
    return _write(ctx, "append_to_note", note_id, values, None, "Appended to")


@tool(
    writes=True,
    noun="note",
    table="notes",
    target="note_id",
    progress="Tagging a note",
    approval="Tag the note",
)
def tag_note(ctx: ToolContext, note_id: int, tags: list[str]) -> ToolOutput:
    """Add tags to a note, keeping the ones it has.

    Args:
        note_id: The id of the note.
        tags: Tags to add.
    """
    current = get_record(ctx.store, note_id)["tags"]
    names = clean_tags([*current, *tags])
    return _write(ctx, "tag_note", note_id, {}, names, "Tagged")


@tool(
    destructive=True,
    noun="note",
    table="notes",
    target="note_id",
    progress="Deleting a note",
    approval="Delete the note",
)
def delete_note(ctx: ToolContext, note_id: int) -> ToolOutput:
    """Delete a note for good.

    Args:
        note_id: The id of the note.
    """
    record = get_record(ctx.store, note_id)
    with ctx.store.action("delete_note", f"Delete note {record['title']!r}") as tx:
        unlink_all(tx, "notes", note_id)
        tx.delete("notes", note_id)
    return ToolOutput(f"Deleted note {describe(record)}.", record, tx.action_id)


NOTE_TOOLS: list[Tool] = [
    create_note,
    search_notes,
    list_notes,
    read_note,
    update_note,
    append_to_note,
    tag_note,
    delete_note,
]


# -- queries shared with the CLI and the window ------------------------------------


@dataclass(frozen=True)
class SearchHit:
    record: dict[str, Any]
    snippet: str


def search(
    store: Store, text: str, limit: int, marks: tuple[str, str] = ("**", "**")
) -> list[SearchHit]:
    # Rank on the index alone, then load just the winners: joining notes first
    # would read every matching body.
    hits = store.query(
        "SELECT rowid, snippet(notes_fts, -1, ?, ?, '…', 12) AS snippet FROM notes_fts "
        "WHERE notes_fts MATCH ? ORDER BY bm25(notes_fts, 5.0, 1.0) LIMIT ?",
        [marks[0], marks[1], fts_query(text), limit],
    )
    ids = [h["rowid"] for h in hits]
    marks_sql = ",".join("?" for _ in ids)
    by_id = {r["id"]: r for r in store.query(f"SELECT * FROM notes WHERE id IN ({marks_sql})", ids)}
    rows = [{**by_id[h["rowid"]], "snippet": h["snippet"]} for h in hits]
    records = records_of(store, rows)
    return [
        SearchHit(rec, " ".join(row["snippet"].split()))
        for rec, row in zip(records, rows, strict=True)
    ]


def list_records(store: Store, tag: str | None, limit: int) -> list[dict[str, Any]]:
    if tag:
        rows = store.query(
            "SELECT notes.* FROM notes WHERE id IN (SELECT l.note_id FROM note_tags l "
            "JOIN tags t ON t.id = l.tag_id WHERE t.name = ?) "
            "ORDER BY updated DESC, id DESC LIMIT ?",
            [tag.strip().lstrip("#"), limit],
        )
    else:
        rows = store.query("SELECT * FROM notes ORDER BY updated DESC, id DESC LIMIT ?", [limit])
    return records_of(store, rows)


def get_record(store: Store, note_id: int) -> dict[str, Any]:
    return records_of(store, [_require(store, note_id)])[0]


def describe(record: dict[str, Any]) -> str:
    tags = f" [{', '.join(record['tags'])}]" if record["tags"] else ""
    return f"#{record['id']} {record['title']!r}{tags}"


def records_of(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The `note` records of the CLI contract for these rows."""
    return [n.record() for n in notes_of(store, rows)]


def notes_of(store: Store, rows: list[dict[str, Any]]) -> list[Note]:
    """These ``notes`` rows as values, with their tags."""
    tags = tags_for(store, "notes", [r["id"] for r in rows])
    return [Note.from_row(r, tags[r["id"]]) for r in rows]


def _separator(body: str, text: str) -> str:
    """A blank line between paragraphs; one line break between items of a list."""
    if not body.strip():
        return ""
    last = body.rstrip("\n").splitlines()[-1].lstrip()
    if last.startswith(_LIST_MARKS) and text.lstrip().startswith(_LIST_MARKS):
        return "\n"
    return "\n\n"


_LIST_MARKS = ("- ", "* ", "• ")


def _require(store: Store, note_id: int) -> dict[str, Any]:
    row = store.get("notes", note_id)
    if row is None:
        raise NotFound(f"There is no note with id {note_id}.")
    return row


def _write(
    ctx: ToolContext,
    tool_name: str,
    note_id: int,
    values: dict[str, Any],
    names: list[str] | None,
    verb: str,
) -> ToolOutput:
    before = get_record(ctx.store, note_id)
    with ctx.store.action(tool_name, f"{verb} note {shown_title(before['title'])!r}") as tx:
        tx.update("notes", note_id, {**values, "updated": utc_stamp()})
        if names is not None:
            set_tags(tx, "notes", note_id, names)
    record = get_record(ctx.store, note_id)
    edits = field_changes(
        {"title": before["title"], "tags": tuple(before["tags"]), "body": before["body"]},
        {"title": record["title"], "tags": tuple(record["tags"]), "body": record["body"]},
    )
    return ToolOutput(f"{verb} note {describe(record)}.", record, tx.action_id, edits)
