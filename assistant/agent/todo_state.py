"""Reports that a to-do is done, or asks that it be open again, in the user's words.

"I picked up the gym bag" reports the to-do 'Pick up gym bag' done; "reopen
the invoice" and "that's not done yet" ask for it open again. A small model
often files these as a change with nothing to change (``update_todo`` with
the title it already has); :func:`intended_state` lets that intent do what
was meant instead of failing.
"""

from __future__ import annotations

import re

from assistant.agent.targets import stem

_DONE = re.compile(
    r"\b(done|finished|completed|did it|ticked|(?:check(?:ed)?|tick|cross(?:ed)?)(?: \w+)? off"
    r"|abhak\w*|t[aá]cha\w*|coch\w*|fatt[oa]|segna\w* come|raus|ray[ée]\w*"
    r"|erledigt|fertig|gemacht|hecho|terminad[oa]|listo|hice|fait|termin[ée]e?|fini"
    r"|fatto|finito|completat[oa]|feito|pronto|conclu[ií]d[oa]|terminei|fiz)\b",
    re.IGNORECASE,
)
_OPEN = re.compile(
    r"\b(reopen|re-open|not (?:yet )?done|not finished|undo(?: that)?|uncheck|untick|open again"
    r"|(?:put|move|add) (?:it|that|this|them) back"
    r"|back (?:on|to|in)(?: \w+){0,2} (?:open|to-?dos?|list)"
    r"|wieder (?:öffnen|offen)|nicht erledigt|reabr\w*|no (?:est[aá] )?hecho|pas (?:encore )?fait"
    r"|rouvr\w*|riapr\w*|non (?:ancora )?fatto|n[aã]o (?:est[aá] )?feito)\b",
    re.IGNORECASE,
)
# Past tenses that do not end in -ed: "I bought the milk".
_IRREGULAR = {
    "bought": "buy", "paid": "pay", "sent": "send", "took": "take", "made": "make",
    "wrote": "write", "got": "get", "went": "go", "brought": "bring", "gave": "give",
    "sold": "sell", "read": "read", "put": "put", "did": "do", "found": "find",
    "met": "meet", "left": "leave", "told": "tell", "rang": "ring", "swept": "sweep",
}  # fmt: skip


def intended_state(text: str, title: str) -> str | None:
    """ "open" or "done" when the message asks for that state of ``title``, else None."""
    if _OPEN.search(text):
        return "open"
    if _DONE.search(text) or _past_of_first_verb(text, title):
        return "done"
    return None


def _past_of_first_verb(text: str, title: str) -> bool:
    """The message holds the title's first word in the past: "watered" for "Water the plants"."""
    words = re.findall(r"[a-z']+", title.lower())
    if not words:
        return False
    verb = stem(words[0])
    for word in re.findall(r"[a-z']+", text.lower()):
        if word in _IRREGULAR and _IRREGULAR[word] == words[0]:
            return True
        if word.endswith("ed") and verb in {stem(word), stem(word) + "e"}:
            return True
    return False
