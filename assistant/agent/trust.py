"""Which turns have had untrusted text in front of the model, and so may not write unasked.

Text the user did not write is data, never instructions: an email they
pasted, or the body of a note the model was shown (notes are where forwarded
and imported text ends up). A model that obeys "delete all my notes" written
inside such text must not be able to act on it alone, so every write in a
turn that has it in front of the model needs the user's approval, shown with
what would change; a deletion needs it anyway.

A turn is *exposed* when its own message looks pasted, or when the part of
the conversation the model still sees (history trimmed to the context
window) holds a pasted message or a note's text: "ok thanks" three turns
after an email is still read next to that email. A new chat starts clean.
Within one turn the model never acts after reading: a reading intent ends the
turn with a reply composed by code, so the same turn cannot act on what it
read. Titles in lists are one line each and are not counted (see
docs/security.md for the boundary).
"""

from __future__ import annotations

import itertools

from assistant.agent.prompt import PASTED_LEAD, looks_pasted
from assistant.models.formats import Message

# Intents whose results show stored free text (note bodies and snippets).
READS_FREE_TEXT = frozenset({"find_notes"})

PASTED = "your message contains pasted text"
FOLLOWS_PASTED = "this chat holds text you pasted"
FOLLOWS_NOTE = "this chat holds the text of a note I read"


def exposure(text: str, seen: list[Message]) -> str:
    """Why this turn's writes need approval ("" when the user's own words alone drive it).

    ``seen``: the earlier messages that will be in front of the model this turn.
    """
    if looks_pasted(text):
        return PASTED
    if any(m.role == "user" and PASTED_LEAD in m.content for m in seen):
        return FOLLOWS_PASTED
    for before, message in itertools.pairwise(seen):
        call = before.tool_call
        if message.role != "tool" or call is None or call.name not in READS_FREE_TEXT:
            continue
        if not message.content.startswith("Error:"):
            return FOLLOWS_NOTE
    return ""
