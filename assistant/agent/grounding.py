"""What the model may pass only when the user said it: titles, priorities, tags, places.

A small model fills in fields nobody asked for: a due date for "buy milk",
"high" priority, a tag, a made-up location, the worked examples' titles. These
checks keep a value only when the user's own message holds it, so an
invented field never reaches the store.
"""

from __future__ import annotations

import re

from assistant.agent.mentions import Mentions
from assistant.agent.schedule import strip_when
from assistant.agent.targets import content_stems

_HIGH = re.compile(r"\b(high|urgent|important|asap|top|!high|!!|critical)\b|!high", re.I)
_LOW = re.compile(r"\b(low|someday|whenever|!low|not urgent)\b|!low", re.I)
_NORMAL = re.compile(r"\b(normal|medium|regular)\b", re.I)


# Where the item goes, never part of its title: "… on my to-do list", "auf meine To-do-Liste".
_LIST_PLACE = re.compile(
    r"(?:^|\s+)(?:(?:on|to|onto|in) my (?:to-?do )?list"
    r"|(?:on|to) my to-?dos?"
    r"|auf (?:meine|die|der) (?:to-?do-?)?liste|zu (?:meiner|der) (?:to-?do-?)?liste"
    r"|(?:a|en) (?:mi|la) lista(?: de (?:tareas|pendientes))?"
    r"|(?:na|à|a) (?:minha|lista)(?: lista)?(?: de (?:tarefas|afazeres))?"
    r"|(?:sur|dans|à) (?:ma|la) liste(?: de (?:tâches|choses à faire))?"
    r"|(?:nella|alla|sulla) (?:mia )?lista(?: delle cose da fare| di cose da fare)?)[\s.!]*$",
    re.IGNORECASE,
)
# An order to put something there, left at the head of a title: "Setz Winterreifen wechseln".
_PUT_VERB = re.compile(
    r"^(?:put|add|setz|setze|schreib|pon|añade|agrega|mets|ajoute|metti|aggiungi|coloca"
    r"|adiciona|põe|poe)\s+",
    re.IGNORECASE,
)


def _without_placement(title: str, text: str) -> str:
    title = _LIST_PLACE.sub(" ", title).strip(" ,.")
    verb = _PUT_VERB.match(title)
    if verb and _PUT_VERB.match(text.strip()):
        title = title[verb.end() :]
    return title


def grounded_items(items: list[str], mentions: Mentions, text: str) -> list[str]:
    """Titles from the user's message: a date alone is no to-do, nor is where it goes
    ("auf meine To-do-Liste"); when some titles share words with the message, the
    ones that share none (copied from the prompt's examples) are dropped. Titles in
    other words (translated) stay."""
    titles = [_without_placement(strip_when(i, mentions), text) for i in items]
    titles = [t for t in titles if t.strip() and not mentions.dates_hold(t)]
    said = content_stems(text)
    grounded = [t for t in titles if content_stems(t) & said]
    return list(dict.fromkeys(grounded or titles))


def grounded_priority(priority: str | None, text: str) -> str | None:
    """The priority, when the user's words say one ("urgent", "low priority", "!high")."""
    if priority == "high" and _HIGH.search(text):
        return "high"
    if priority == "low" and _LOW.search(text):
        return "low"
    if priority == "normal" and _NORMAL.search(text):
        return "normal"
    return None


def said_priority(text: str) -> str | None:
    """The priority the user's words name on their own ("make it urgent"), if any."""
    if _LOW.search(text):
        return "low"
    if _HIGH.search(text):
        return "high"
    return None


def grounded_tags(tags: list[str] | None, text: str) -> list[str]:
    """The tags whose words the user wrote ("tag it work", "#family")."""
    kept = []
    for tag in tags or []:
        name = tag.strip("# ")
        if name and re.search(r"(?<![\w-])#?" + re.escape(name) + r"(?![\w-])", text, re.I):
            kept.append(name)
    return kept


def grounded_place(value: str | None, text: str, mentions: Mentions) -> str | None:
    """``value`` only when the user named that place: "at Luigi's", "in room 4", "@ the gym".

    Words the model took from a date or repeat ("at 5pm", "every other Tuesday")
    or a place the user never wrote are dropped: no invented locations.
    """
    if not value or not value.strip():
        return None
    place = " ".join(value.split()).strip(" .,")
    found = re.search(r"(?:\bat|\bin|@)\s+(?:the\s+)?" + re.escape(place) + r"\b", text, re.I)
    if found is None or mentions.dates_hold(place):
        return None
    return place
