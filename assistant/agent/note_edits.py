"""Requests that change an existing note, whatever intent the model chose.

"Add bread to my shopping list note" or "tag my recipe note with cooking"
name a note that exists; a small model often answers them with a new note.
:func:`note_edit` recognises the phrasing and changes that note instead.
"""

from __future__ import annotations

import re

from assistant.agent.act import IntentContext, Outcome, outcome_of
from assistant.agent.targets import find_target, split_items
from assistant.errors import NotFound

_ADD_TO_NOTE = re.compile(
    r"^(?:please\s+)?(?:add|append|put|write|jot)\s+(?P<text>.+?)\s+(?:to|on|in|into)\s+"
    r"(?:my|the)\s+(?P<note>.+?)\s+note\b",
    re.IGNORECASE,
)
_TAG_NOTE = re.compile(
    r"^(?:please\s+)?tag\s+(?:my|the)\s+(?P<note>.+?)\s+note\s+(?:with|as)\s+(?P<tags>.+?)[.!]?$",
    re.IGNORECASE,
)


def note_edit(ctx: IntentContext) -> Outcome | None:
    """ "Add bread to my shopping list note" changes that note; it writes no new one."""
    adding, tagging = _ADD_TO_NOTE.search(ctx.text), _TAG_NOTE.search(ctx.text)
    found = adding or tagging
    if found is None:
        return None
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
