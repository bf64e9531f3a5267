"""Questions about what is stored: "what work to-dos do I have?", "what did I write down?".

A small model answers such a question from nothing ("You have 1 to-do: Buy
eggs and bread") as often as it looks it up. When a message is plainly a
question about the user's own to-dos, calendar or notes, the loop skips the
free first phase and asks the model only which lookup to make, under a
grammar that admits the three reading intents and nothing else.

A message counts when it asks (a question word at the start, or a request to
show or find) and names stored things (to-dos, tasks, the calendar, events,
meetings, notes, what the user wrote down). "How do I add a to-do?", "should
I schedule a meeting?" and "can you add milk?" do not count: they ask how, ask
advice, or ask for a change.
"""

from __future__ import annotations

import re
import unicodedata

_ASKS = re.compile(
    r"^(what|what's|whats|which|when|where|do i|did i|have i|am i|is there|are there|any"
    r"|anything|show|list|find|look up|tell me|read|o que|que|qual|quais|quando|onde|tenho"
    r"|mostra|lista|procura|qué|que|cuál|cuáles|cuándo|dónde|tengo|muestra|busca|dime|was"
    r"|welche|welcher|welches|wann|wo|habe ich|hab ich|zeig|such|finde|quel|quelle|quels"
    r"|quelles|quand|où|ai-je|est-ce que j'ai|qu'est-ce que j'ai|c'est quoi|qu'est-ce que"
    r"|quel est|quelle est|was ist|was war|qual é|qual è|cuál es|cu[aá]l era"
    r"|montre|affiche|cherche|cosa|che|quale|quali"
    r"|quando|dove|ho|mostra|elenca|cerca|dimmi)\b",
    re.IGNORECASE,
)
_STORED = re.compile(
    r"\b(to-?dos?|tasks?|todo list|calendar|schedule|agenda|events?|meetings?|appointments?"
    r"|notes?|wrote|written|write down|free|busy|due|finished|done|tarefas?|afazeres|eventos?"
    r"|compromissos?|reuni\w+|notas?|anotei|tareas?|pendientes|citas?|apunt\w+|aufgaben?|todos"
    r"|termine?|kalender|notizen?|notiert|t[aâ]ches?|[ée]v[ée]nements?|rendez-vous|r[ée]unions?"
    r"|not[ée]|scritto|compiti|impegni|appuntament\w+|riunion\w+|annotat\w+|calendario|agenda)\b",
    re.IGNORECASE,
)
_NOT_A_LOOKUP = re.compile(
    r"^(how|should|could|can|would|will|why|como|cómo|deber\w*|soll\w*|wie|warum|comment"
    r"|pourquoi|dois|devrais|come|perch[ée]|dovrei)\b",
    re.IGNORECASE,
)
# Asking what something is, or what would happen: explained in words, not looked up.
_EXPLAIN = re.compile(
    r"\b(would|if i|what is an?|what's an?|difference|mean|means|diferen\w+|unterschied"
    r"|diff[ée]ren\w+|se eu|si yo|wenn ich|si je|se io|aconteceria|pasar[íi]a|passierte?"
    r"|arriverait|succederebbe)\b",
    re.IGNORECASE,
)
MAX_CHARS = 160


_TODO_NOUNS = re.compile(
    r"\b(to-?dos?|tasks?|todo list|due|overdue|finished|done|tarefas?|afazeres|tareas?|pendientes"
    r"|aufgaben?|todos|f[äa]llig|t[aâ]ches?|compiti|scadut\w*|scadenz\w*)\b",
    re.IGNORECASE,
)
_EVENT_NOUNS = re.compile(
    r"\b(calendar|schedule|agenda|events?|meetings?|appointments?|free|busy|eventos?"
    r"|compromissos?|reuni\w+|citas?|termine?|kalender|[ée]v[ée]nements?|rendez-vous"
    r"|r[ée]unions?|impegni|appuntament\w+|riunion\w+|calendario)\b",
    re.IGNORECASE,
)
_NOTE_NOUNS = re.compile(
    r"\b(notes?|wrote|written|write down|notas?|anotei|apunt\w+|notizen?|notiert|not[ée]"
    r"|scritto|annotat\w+)\b",
    re.IGNORECASE,
)


def lookup_intents(text: str) -> tuple[str, ...]:
    """The one reading intent a question's nouns point to ("what's due...?": the to-dos).

    Empty when the nouns name more than one kind, or none: the model chooses.
    """
    kinds = [
        name
        for name, nouns in (
            ("list_todos", _TODO_NOUNS), ("list_events", _EVENT_NOUNS), ("find_notes", _NOTE_NOUNS)
        )
        if nouns.search(text)
    ]  # fmt: skip
    return tuple(kinds) if len(kinds) == 1 else ()


def asks_about_stored(text: str) -> bool:
    """Whether ``text`` is a plain question (or "show me") about stored to-dos, events or notes."""
    plain = " ".join(unicodedata.normalize("NFC", text).split()).strip(" ¿¡").lower()
    if not plain or len(plain) > MAX_CHARS or "\n" in text.strip():
        return False
    if _NOT_A_LOOKUP.match(plain) or _EXPLAIN.search(plain):
        return False
    return bool(_ASKS.match(plain) and _STORED.search(plain))
