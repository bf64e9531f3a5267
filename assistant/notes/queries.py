"""Read-only note queries for the window's list: bounded, index-driven, no Qt.

Writes go through the note tools (so they are journaled); these reads only
fetch what one screen of the list shows, so they stay fast with 100,000 notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.errors import InvalidInput
from assistant.limits import NOTE_EXCERPT_CHARS, NOTE_PAGE_SIZE
from assistant.store import Store
from assistant.store.tags import tags_for

# Control characters cannot occur in stored text (the tools strip them), so
# they mark FTS matches unambiguously until the delegate turns them into markup.
MARK_START = "\x02"
MARK_END = "\x03"
# How many notes one list load shows; search narrows down to the rest.
PAGE_SIZE = NOTE_PAGE_SIZE
# Characters of a body the list reads for its excerpt.
EXCERPT_CHARS = NOTE_EXCERPT_CHARS


_LINE_MARKUP = re.compile(
    r"^\s*(?:#{1,6}\s+|>\s?|(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?|```.*|~~~.*)"
)
_INLINE_MARKUP = re.compile(r"\*\*|__|~~|`|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")


def strip_markdown(text: str) -> str:
    """One line of readable text from Markdown: the list shows words, not syntax."""
    lines = (_LINE_MARKUP.sub("", line) for line in text.splitlines())
    joined = " ".join(_INLINE_MARKUP.sub("", _LINK.sub(r"\1", line)) for line in lines)
    return " ".join(joined.split())


@dataclass(frozen=True)
class NoteSummary:
    """One row of the list. ``title`` and ``excerpt`` may contain MARK_START/MARK_END."""

    id: int
    title: str
    excerpt: str
    updated: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class NotePage:
    """What one list load found; ``more`` says the limit cut the list short."""

    query: str
    tag: str
    notes: list[NoteSummary]
    more: bool


def load_page(store: Store, query: str, tag: str, limit: int = PAGE_SIZE) -> NotePage:
    """Recent notes (empty query) or the best full-text matches, optionally with a tag."""
    if query.strip():
        rows = _search_rows(store, query, tag, limit + 1)
    else:
        rows = _recent_rows(store, tag, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    tags = tags_for(store, "notes", [r["id"] for r in rows])
    notes = [
        NoteSummary(
            id=r["id"],
            title=r["title"],
            excerpt=strip_markdown(r["excerpt"]),
            updated=r["updated"],
            tags=tuple(tags.get(r["id"], [])),
        )
        for r in rows
    ]
    return NotePage(query, tag, notes, more)


def all_tags(store: Store) -> list[str]:
    """Names of the tags that at least one note carries, for the filter and completer."""
    rows = store.query(
        "SELECT name FROM tags WHERE id IN (SELECT tag_id FROM note_tags) "
        "ORDER BY name COLLATE NOCASE"
    )
    return [r["name"] for r in rows]


def _tag_clause(tag: str, column: str) -> tuple[str, list[str]]:
    if not tag:
        return "", []
    return (
        f" AND {column} IN (SELECT l.note_id FROM note_tags l JOIN tags t ON t.id = l.tag_id "
        "WHERE t.name = ?)",
        [tag],
    )


def _recent_rows(store: Store, tag: str, limit: int) -> list[dict[str, Any]]:
    clause, params = _tag_clause(tag, "id")
    return store.query(
        f"SELECT id, title, substr(body, 1, {EXCERPT_CHARS}) AS excerpt, updated FROM notes "
        f"WHERE 1{clause} ORDER BY updated DESC, id DESC LIMIT ?",
        [*params, limit],
    )


def _search_rows(store: Store, query: str, tag: str, limit: int) -> list[dict[str, Any]]:
    # Rank on the index alone, then read just the winners' dates (as the core's
    # search does): joining notes first would read every matching body.
    clause, params = _tag_clause(tag, "rowid")
    hits = store.query(
        "SELECT rowid AS id, highlight(notes_fts, 0, ?, ?) AS title, "
        "snippet(notes_fts, 1, ?, ?, '…', 16) AS excerpt FROM notes_fts "
        f"WHERE notes_fts MATCH ?{clause} ORDER BY bm25(notes_fts, 5.0, 1.0) LIMIT ?",
        [MARK_START, MARK_END, MARK_START, MARK_END, fts_query(query), *params, limit],
    )
    ids = [h["id"] for h in hits]
    marks = ",".join("?" for _ in ids)
    dates = {
        r["id"]: r["updated"]
        for r in store.query(f"SELECT id, updated FROM notes WHERE id IN ({marks})", ids)
    }
    return [{**h, "updated": dates.get(h["id"], "")} for h in hits]


def fts_query(text: str) -> str:
    """User words as a safe FTS5 query: every word must occur (prefix match)."""
    words = re.findall(r"\w+", text)
    if not words:
        raise InvalidInput(f"Nothing to search for in {text!r}.")
    return " ".join(f'"{w}"*' for w in words[:16])
