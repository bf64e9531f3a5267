"""A title in the user's own words, when the model's shares none of them.

A small model asked in Spanish often titles the item in English ("Call the
bank" for "recuérdame llamar al banco"), or takes the request's verb for the
title ("Bloqueo" for "bloquéame el lunes de 9 a 11 para preparar la
presentación"). People expect their own words back. :func:`own_title` takes
the message, less its date words, the request at its head ("remind me to",
"recuérdame", "bloquéame ... para") and where the item goes ("on my list").
"""

from __future__ import annotations

import re

from assistant.agent.mentions import Mentions
from assistant.agent.schedule import strip_when
from assistant.agent.targets import content_stems

MAX_CHARS = 160  # longer is not a one-line request

# The request at the head of a message, in the six languages.
_REQUEST = re.compile(
    r"^(?:(?:please|can you|could you|por favor|bitte|s'il te plaît|per favore)[,\s]+)*"
    r"(?:remind me(?: to| about)?|add|put|schedule|book|block(?: out)?|create|set up|plan"
    r"|recu[ée]rda(?:me|le)(?: que)?|a[ñn]ade|agrega|pon|bloqu[ée]a(?:me)?|reserva(?:me)?"
    r"|ap[uú]nta(?:lo|la|me)?|an[oó]ta(?:lo|la)|ag[eé]nda(?:lo|la)?"
    r"|lembr[ae]-me(?: de)?|me lembr[ae](?: de)?|adiciona|coloca|p[õo]e|marca"
    r"|bloqueia|erinnere? mich(?: daran)?,?(?: an)?|f[üu]ge?|trag|setze?|blockiere?|plane"
    r"|rappelle-moi(?: de| d')?|ajoute|mets|bloque|r[ée]serve|planifie|ricordami(?: di)?"
    r"|aggiungi|metti|blocca(?:mi)?|prenota|segna)\b[\s,:]*",
    re.IGNORECASE,
)
# The request at the end: "tengo médico pasado mañana, apúntalo", "..., add it to my list".
_TRAILING = re.compile(
    r"[,;]?\s*(?:(?:and |please )?(?:add|put|save|note|schedule|write) (?:it|that|this)\b.*"
    r"|ap[uú]ntalo|an[oó]talo|ag[eé]ndalo|p[oó]nlo|a[ñn][aá]delo|anota(?:-o)?|coloca(?:-o)?"
    r"|notier(?:e|st)? (?:es|das)|trag (?:es|das) ein|note[- ]le|ajoute[- ]le|segnalo"
    r"|annotalo|aggiungilo)\s*[.!]?$",
    re.IGNORECASE,
)
# A word left between the request and the item ("… para preparar", "… to buy").
_GLUE = re.compile(
    r"^(?:to|for|that|me|que|para|de|mir|zu|um|pour|per|di|il|lo|la|el|los|las|le|les|den|die"
    r"|das|der|dem|the|a|an|o|os|as)\s+",
    re.IGNORECASE,
)
# Where the item goes, at the end: "on my list", "in my calendar", "en mi agenda".
_PLACE = re.compile(
    r"\s+(?:on|to|in|into|en|a|na|no|em|auf|in|im|dans|sur|à|nel|nella|sul|sulla)\s+"
    r"(?:my|the|mi|la|el|minha|meu|o|a|meine[nm]?|die|den|mon|ma|le|il|la mia|il mio)\s+"
    r"(?:to-?do\s+)?(?:list|calendar|agenda|lista|calendario|calend[áa]rio|liste|kalender"
    r"|to-?do-?liste|calendrier)\b.*$",
    re.IGNORECASE,
)


def own_title(text: str, mentions: Mentions) -> str:
    """The item in the user's words: "recuérdame llamar al banco mañana" -> "Llamar al banco".

    Empty for pasted text (several lines, or long): its words are not one item.
    """
    if "\n" in text.strip() or len(text) > MAX_CHARS:
        return ""
    plain = " ".join(text.split()).strip(" ¿¡?!.")
    plain = strip_when(_TRAILING.sub("", _PLACE.sub("", plain)), mentions)
    plain = _REQUEST.sub("", plain, count=1)
    while (glue := _GLUE.match(plain)) is not None and glue.end() < len(plain):
        plain = plain[glue.end() :]
    plain = plain.strip(" ,;:.!?")
    if not content_stems(plain) or mentions.dates_hold(plain):
        return ""
    return plain[:1].upper() + plain[1:]


def in_own_words(title: str, text: str, mentions: Mentions) -> str:
    """``title``, or the user's own words for it when it shares none of them.

    The request itself ("apúntalo") and the date words ("amanhã às 16h" in
    "search photos after amanhã às 16h") are not words of the item.
    """
    if shares_words(title, text, mentions):
        return title
    return own_title(text, mentions) or title


def shares_words(title: str, text: str, mentions: Mentions) -> bool:
    """Whether ``title`` holds a word of the message besides its request and dates."""
    mine = content_stems(_REQUEST.sub("", " ".join(title.split()), count=1))
    return bool(mine & content_stems(strip_when(text, mentions)))
