"""What the model may pass only when the user said it: titles, priorities, tags, places.

A small model fills in fields nobody asked for: a due date for "buy milk",
"high" priority, a tag, a made-up location, the worked examples' titles. These
checks keep a value only when the user's own message holds it, so an
invented field never reaches the store.
"""

from __future__ import annotations

import re

from assistant.agent.asked import FINISHED, OVERDUE
from assistant.agent.mentions import Mentions
from assistant.agent.schedule import strip_when
from assistant.agent.titles import in_own_words, shares_words
from assistant.dates.lang import LANGUAGES
from assistant.dates.words import MONTHS, WEEKDAYS

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


# An item that only repeats the request: "Add it to my to-dos", "Add it every year".
_THE_REQUEST = re.compile(
    r"^\s*(?:please\s+)?(?:add|put|save|schedule|set|make|create|note|remind me)"
    r"\s+(?:it|that|this|them)\b",
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
    other words (a translation) become the user's own words when they can be told apart."""
    titles = [_without_placement(strip_when(i, mentions), text) for i in items]
    titles = [t for t in titles if t.strip() and not mentions.dates_hold(t)]
    if len(titles) > 1:
        # "Submit report", "Add it to my to-dos": the request itself is no item.
        titles = [t for t in titles if not _THE_REQUEST.match(t)] or titles
    grounded = [t for t in titles if shares_words(t, text, mentions)]
    if not grounded and len(titles) == 1:
        # "recuérdame llamar al banco" titled "Call the bank": the user's own words.
        titles = [in_own_words(titles[0], text, mentions)]
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
    found = re.search(_AT + re.escape(place) + r"\b", text, re.I)
    if found is None or _a_date(place, mentions):
        return None
    return place


# The words that put something at a place, in the six languages: "at Luigi's",
# "en Casa Pepe", "no Café Central", "im Café Mozart", "chez Paul", "al Bar Roma".
_AT = (
    r"(?:@|\b(?:at|in|en|em|no|na|im|bei|beim|à|au|chez|dans|al|alla|allo|presso|nel|nella)\s)"
    r"\s*(?:(?:the|el|la|los|las|o|a|der|die|dem|le|l'|il|lo)\s+)?"
)

# Weekday and month names in the six languages: never a place.
_DAY_AND_MONTH_NAMES = frozenset(
    [*MONTHS, *WEEKDAYS, *(w for t in LANGUAGES.values() for w in (*t.months, *t.weekdays))]
)

# "the lunch is at Luigi's now", "the meeting will be in Room 4", "la cena ahora es
# en Casa Pepe", "der Termin ist jetzt im Café Mozart": a place, named.
_NEW_PLACE = re.compile(
    r"\b(?:is|are|will be|'s|now|moved|location|venue|place|es|será|está|ahora|é|agora"
    r"|fica|ist|jetzt|nun|findet|est|sera|maintenant|désormais|è|sarà|ora|adesso)\s+"
    r"(?:(?:now|ahora|agora|jetzt|nun|maintenant|ora|adesso)\s+)?(?:(?:to|a)\s+)?"
    + _AT
    + r"(?P<place>[A-Z0-9À-Ý][\w'’&.-]*(?:\s+[A-Z0-9À-Ý][\w'’&.-]*){0,3})",
)


def said_place(text: str, mentions: Mentions) -> str | None:
    """A new place the message names for an event ("… is at Luigi's now"), never a time."""
    found = _NEW_PLACE.search(text)
    if found is None:
        return None
    place = found.group("place").strip(" .,")
    if not place or _a_date(place, mentions) or re.fullmatch(r"[\d:.]+\w{0,2}", place):
        return None
    return place


def _a_date(place: str, mentions: Mentions) -> bool:
    """Words of the message's dates, or day and month names ("in March", "im Januar")."""
    names = all(w.lower() in _DAY_AND_MONTH_NAMES for w in place.split())
    return names or mentions.dates_hold(place)


# "tag it work", "tagged as errands", "#family": tags the message names.
_TAGGED = re.compile(
    r"\btag(?:ged)?\s+(?:it|this|that|them|the \w+)?\s*(?:with\s+|as\s+)?#?(?P<tag>[^\W\d][\w-]*)"
    r"|(?<![\w&])#(?P<hash>[^\W\d][\w-]*)",
    re.IGNORECASE,
)


def said_tags(text: str) -> list[str]:
    """The tags the message names on its own ("tag it work and make it urgent")."""
    out = []
    for found in _TAGGED.finditer(text):
        name = (found.group("tag") or found.group("hash") or "").strip()
        if name and name.lower() not in {"it", "this", "that", "them", "with", "as"}:
            out.append(name)
    return list(dict.fromkeys(out))


def grounded_status(status: str, text: str) -> str:
    """Overdue or finished to-dos only when asked for; "all" when the model says so."""
    if status == "overdue":
        return "overdue" if OVERDUE.search(text) else "open"
    if status == "done":
        return "done" if FINISHED.search(text) else "open"
    return status
