"""The note intents: write a note, add to one, find and read notes."""

from __future__ import annotations

import re
from typing import Any

from assistant.agent.act import IntentContext, NotRequested, Outcome, outcome_of
from assistant.agent.asked import NOTE_WORDS, REPLACE
from assistant.agent.intent_parts import ref_of, renamed
from assistant.agent.note_edits import NEW_NOTE_TAGS, field_edit, new_note_tags, note_edit
from assistant.agent.targets import Ref, content_stems, is_anaphora
from assistant.agent.which import find_item
from assistant.errors import InvalidInput, NotFound
from assistant.tools.registry import tool


@tool(writes=True, noun="note", table="notes", progress="Adding a note")
def add_note(ctx: IntentContext, title: str, body: str = "") -> Outcome:
    """Write a new note."""
    existing = note_edit(ctx)
    if existing is not None:
        return existing
    if not NOTE_WORDS.search(ctx.text):
        # A small model files feelings and remarks as notes; a note is asked for.
        raise NotRequested("Nothing was saved: the message does not ask for a note.")
    args: dict[str, Any] = {"title": title, "body": body}
    tags = new_note_tags(ctx.text)
    if tags:
        # "… and tag it travel" names tags, not text for the body.
        args["tags"] = tags
        args["body"] = NEW_NOTE_TAGS.sub("", body.strip()).strip()
    result = ctx.must("create_note", args)
    return outcome_of(result, [ref_of("note", result.data)])


@tool(writes=True, noun="note", table="notes", progress="Adding to a note")
def append_to_note(ctx: IntentContext, item: str, text: str) -> Outcome:
    """Append text to a note."""
    target = find_item(ctx, "note", item)
    if REPLACE.search(ctx.text):
        # "replace the text of my Groceries note with just: ...": the new body.
        result = ctx.must("update_note", {"note_id": target.id, "body": text})
        return outcome_of(result, [target])
    return outcome_of(ctx.must("append_to_note", {"note_id": target.id, "text": text}), [target])


@tool(noun="note", table="notes", progress="Finding notes")
def find_notes(ctx: IntentContext, search: str) -> Outcome:
    """Find notes and read them.

    Args:
        search: Words to look for.
    """
    if is_anaphora(search) or _is_ordinal_only(search):
        target = find_item(ctx, "note", search)
        result = ctx.must("read_note", {"note_id": target.id})
        return outcome_of(result, [target])
    if not content_stems(search) - _ALL_WORDS:  # "notes", "all my notes": which there are
        listed = ctx.must("list_notes", {"limit": 20})
        return outcome_of(listed, [ref_of("note", r) for r in listed.data or []])
    found = ctx.must("search_notes", {"query": search, "limit": 5})
    hits = found.data or []
    if not hits:  # a NotFound: a question about nothing stored is answered in words
        raise NotFound(f"No notes match '{search}'.")
    if len(hits) == 1:
        read = ctx.must("read_note", {"note_id": hits[0]["id"]})
        return outcome_of(read, [ref_of("note", read.data)])
    return outcome_of(found, [ref_of("note", h) for h in hits])


# Words that ask for every note rather than some.
_ALL_WORDS = frozenset({"all", "every", "everything", "any", "have", "which", "what", "list"})


def change_note(ctx: IntentContext, target: Ref, title: str | None) -> Outcome:
    """ "Rename my note 'Ideas' to 'App ideas'", filed as a change of a to-do or event."""
    if renamed(ctx, title, target):
        result = ctx.must("update_note", {"note_id": target.id, "title": title})
        return outcome_of(result, [target])
    edited = field_edit(ctx, target)
    if edited is not None:
        return edited
    raise InvalidInput(
        f"What should change in the note '{target.title}'? Say a new title, or the text to add."
    )


def _is_ordinal_only(text: str) -> bool:
    words = set(re.findall(r"[\w-]+", text.lower())) - {"the", "my", "note", "one"}
    return bool(words) and words <= {"first", "second", "third", "last", "latest"}
