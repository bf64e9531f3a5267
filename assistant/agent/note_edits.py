"""Requests that change an existing note, whatever intent the model chose.

"Add bread to my shopping list note" or "tag my recipe note with cooking"
name a note that exists; a small model often answers them with a new note.
:func:`note_edit` recognises the phrasing and changes that note instead.
"""

from __future__ import annotations

import re

from assistant.agent.act import IntentContext, Outcome, outcome_of
from assistant.agent.targets import Ref, find_target, split_items
from assistant.errors import NotFound

_ADD_TO_NOTE = re.compile(
    r"^(?:please\s+)?(?:add|append|put|write|jot)\s+(?P<text>.+?)\s+(?:to|on|in|into)\s+"
    r"(?:my|the)\s+(?P<note>.+?)\s+note\b",
    re.IGNORECASE,
)
# "add butter and flour to it too", right after a turn that touched a note.
_ADD_TO_FOCUS = re.compile(
    r"^(?:please\s+)?(?:also\s+)?(?:add|append|put|write|jot)\s+(?P<text>.+?)\s+"
    r"(?:to|on|in|into)\s+(?:it|that|this|that note|this note|the note)"
    r"(?:\s+too|\s+as well|\s+also)?[.!]?$",
    re.IGNORECASE,
)
# "… and tag it travel", "tagged #work" at the end of a request for a new note.
NEW_NOTE_TAGS = re.compile(
    r"[,;]?\s*(?:and\s+)?tag(?:ged)?(?:\s+(?:it|this|them|the note))?(?:\s+(?:with|as))?"
    r"\s+(?P<tags>#?[\w-]+(?:(?:\s*,\s*|\s+and\s+)#?[\w-]+)*)[.!]?$",
    re.IGNORECASE,
)
_TAG_NOTE = re.compile(
    r"^(?:please\s+)?tag\s+(?:my|the)\s+(?P<note>.+?)\s+note\s+(?:with|as)\s+(?P<tags>.+?)[.!]?$",
    re.IGNORECASE,
)


# "change the password to sunflower42", "setz den Code auf 1234": one value in a note.
_SET_FIELD = re.compile(
    r"\b(?:change|set|update|make|[äa]nder\w*|setz\w*|cambi\w*|modifi\w*|mud[ae]\w*|alter[ae]\w*"
    r"|mets|metti|pon)\s+(?:the\s+|my\s+|its\s+|den\s+|die\s+|das\s+|el\s+|la\s+|le\s+"
    r"|il\s+|o\s+|a\s+)?(?P<field>[^\W\d][\w -]{1,28}?)\s+(?:to|into|auf|zu|a|por|para|en|in"
    r"|à|with)\s+(?P<value>[^\s,;]+?)[.!]?\s*$",
    re.IGNORECASE,
)
_IN_NOTE = re.compile(r"\b(?:in|on)\s+(?:my|the)\s+(?P<note>.+?)\s+note\b", re.IGNORECASE)


def field_edit(ctx: IntentContext, target: Ref) -> Outcome | None:
    """ "In my wifi note, change the password to sunflower42": that one value replaced.

    Only a field the note already holds as "name: value" (or "name value") is
    changed; anything else is left to the user, with nothing written.
    """
    asked = _SET_FIELD.search(ctx.text.strip())
    if asked is None:
        return None
    rows = ctx.store.query("SELECT body FROM notes WHERE id = ?", [target.id])
    if not rows:
        return None
    body = str(rows[0]["body"])
    field = re.escape(asked.group("field").strip())
    old = re.compile(r"(?P<lead>\b" + field + r"\b\s*[:=]?\s*)(?P<old>[^\s,;]+)", re.IGNORECASE)
    if len(old.findall(body)) != 1:
        return None
    new = old.sub(lambda m: m.group("lead") + asked.group("value"), body)
    return outcome_of(ctx.must("update_note", {"note_id": target.id, "body": new}), [target])


def note_edit(ctx: IntentContext) -> Outcome | None:
    """ "Add bread to my shopping list note" changes that note; it writes no new one."""
    adding, tagging = _ADD_TO_NOTE.search(ctx.text), _TAG_NOTE.search(ctx.text)
    found = adding or tagging
    if found is None:
        named = _IN_NOTE.search(ctx.text)
        if named is not None and _SET_FIELD.search(ctx.text.strip()):
            try:
                target = find_target(ctx.store, "note", named.group("note"), list(ctx.focus))
            except NotFound:
                return None
            return field_edit(ctx, target)
        return _add_to_focus(ctx)
    try:
        target = find_target(ctx.store, "note", found.group("note"), list(ctx.focus))
    except NotFound:
        return None  # no such note: a new one is what the user gets
    if adding is not None:
        result = ctx.must("append_to_note", {"note_id": target.id, "text": adding.group("text")})
    else:
        tags = split_items(found.group("tags"))
        result = ctx.must("tag_note", {"note_id": target.id, "tags": tags})
    return outcome_of(result, [target])


def _add_to_focus(ctx: IntentContext) -> Outcome | None:
    """ "Add butter and flour to it too": the note the last turn touched gets them."""
    found = _ADD_TO_FOCUS.search(ctx.text.strip())
    if found is None or not ctx.focus or ctx.focus[-1].kind != "note":
        return None
    return append_items(ctx, ctx.focus[-1], split_items(found.group("text")))


def new_note_tags(text: str) -> list[str]:
    """The tags a request for a new note names at its end ("… and tag it travel")."""
    found = NEW_NOTE_TAGS.search(text.strip())
    if found is None:
        return []
    return [t.strip("# ") for t in re.split(r"\s*,\s*|\s+and\s+", found.group("tags")) if t]


# Where an item is put: "to my", "auf die", "a la", "sulla", before a note's title.
_ONTO = (
    r"(?:to|on|onto|in|into|auf|zu|in|a|en|na|no|em|sur|dans|à|sulla|nella|alla|alle|sulle)"
    r"\s+(?:(?:my|the|die|meine|meiner|der|mi|la|el|minha|meu|a|o|ma|mon|la mia|il mio|mia)\s+)?"
)


def list_note(ctx: IntentContext, titles: list[str]) -> Ref | None:
    """The note the items are put on: "Schreib noch Butter mit auf die Einkaufsliste".

    The message names an existing note's title right after "on"/"to"/"auf die"/…,
    and the title is not part of an item.
    """
    rows = ctx.store.query("SELECT id, title FROM notes ORDER BY id DESC LIMIT 200")
    for row in rows:
        title = " ".join(str(row["title"]).split())
        if len(title) < 3 or any(title.casefold() in t.casefold() for t in titles):
            continue
        if re.search(r"\b" + _ONTO + re.escape(title) + r"\b", ctx.text, re.IGNORECASE):
            return Ref("note", int(row["id"]), title)
    return None


def append_items(ctx: IntentContext, target: Ref, items: list[str]) -> Outcome:
    """``items`` appended to a note, as list lines when the note is a list."""
    rows = ctx.store.query("SELECT body FROM notes WHERE id = ?", [target.id])
    body = str(rows[0]["body"]) if rows else ""
    as_list = any(line.lstrip().startswith(("- ", "* ")) for line in body.splitlines())
    text = "\n".join(f"- {i}" for i in items) if as_list else ", ".join(items)
    return outcome_of(ctx.must("append_to_note", {"note_id": target.id, "text": text}), [target])


def note_body(text: str) -> str:
    """What a request for a note asks to keep: the words after its colon, or all of it."""
    _, colon, rest = text.partition(":")
    kept = rest.strip() if colon and rest.strip() else text.strip()
    return kept[:1].upper() + kept[1:]
