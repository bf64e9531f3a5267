"""Messages that ask for words, not changes, though they name things a tool could file.

A small model given tools reaches for them: "order me a pizza for tonight"
became an event at 20:00, "do you think 7am is too early for a team
meeting?" an event at 7:00, and "summarize this email" a note holding the
email. None of these asks for a change to the user's to-dos, calendar or
notes, and each has a shape code can see, in any of the six languages:

* **work on pasted text**: the message is pasted text (see
  :func:`~assistant.agent.prompt.looks_pasted`) and its first lines ask to
  summarize, translate, rewrite, explain or answer it, without naming a
  to-do, the calendar, a note or a reminder;
* **an opinion question**: "do you think …?", "should I …?", "¿crees que
  …?", "glaubst du …?" (a question that ends with "?");
* **an errand in the world**: ordering, calling, messaging or booking for the
  user ("call my mom for me", "order me a pizza", "tu peux m'appeler un
  taxi ?"), which this app cannot do.

Such a turn is answered in words only (the loop's talk-only grammar).
"How many days until Christmas?" is answered by code (:func:`days_until`):
the date is what code knows for sure.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from assistant.agent.clock_answer import day_name
from assistant.agent.prompt import looks_pasted
from assistant.clock import Clock
from assistant.dates.resolve import resolve_when
from assistant.errors import AssistantError


def _plain(text: str) -> str:
    """Lower case, no accents, curly apostrophes straightened, spaces collapsed."""
    text = text.replace("’", "'").lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.split())


_POLITE = r"(?:(?:please|pls|hey|ok|okay)[, ]+)?(?:(?:can|could|would|will) you (?:please )?)?"

# Asking for work on the text itself (its first lines), in six languages.
_TEXT_WORK = re.compile(
    r"\b(summar\w*|sum (?:it|this) up|tl;?dr|translat\w*|rewrite|rephrase|proofread|explain"
    r"|what does (?:it|this) say|draft a reply|reply to (?:it|this)"
    r"|resum\w*|traduz\w*|traduc\w*|tradu\w*|reescrib\w*|reescrev\w*|explica\w*"
    r"|zusammenfass\w*|fass\w* .{0,20}zusammen|ubersetz\w*|erklar\w*"
    r"|traduis|traduire|explique\w*|reformule\w*"
    r"|riassum\w*|riepilog\w*|tradu\w*|spiega\w*|riscriv\w*)\b"
)
# ... unless the request also names something to file.
_FILE_WORDS = re.compile(
    r"\b(add|put|save|remind|schedule|calendar|to-?do|todo|note|task|event"
    r"|anade|agrega|guarda|recuerda|agenda|calendario|tarea|nota|evento|lembre|lembra|adicione"
    r"|hinzu|speicher\w*|erinner\w*|kalender|aufgabe|notiz|termin"
    r"|ajoute|enregistre|rappelle|calendrier|tache|rendez-vous"
    r"|aggiungi|salva|ricorda|calendario|promemoria|attivita|appuntamento)\b"
)

_OPINION = re.compile(
    r"^(?:and |so |but |hmm,? )?(?:do you think|what do you think|don't you think|should i|"
    r"shall i|is it (?:too|a good idea|better|ok|okay|worth)|would it be|am i|"
    r"voce acha|acha que|sera que|devo|devia|"
    r"crees que|te parece|deberia|"
    r"glaubst du|meinst du|findest du|sollte ich|soll ich|ist es (?:zu|besser|ok)|"
    r"tu penses|penses-tu|tu crois|crois-tu|est-ce que je devrais|devrais-je|c'est trop|"
    r"pensi che|secondo te|dovrei|ti sembra|e troppo)\b"
)

# Errands for the user in the world: ordering, calling, messaging, booking.
_ERRAND = re.compile(
    "^" + _POLITE + r"(?:"
    r"(?:order|get|call|book|fetch) me (?:an? |some )?\w+"
    r"|(?:call|phone|ring|email|e-mail|text|message|order|book|pay)\b.* for me"
    r"|(?:email|e-mail|text|message|tell) \w+ (?:that|to say|saying)\b"
    r")"
    r"|\b(?:m'appeler|m'appelle|appelle-moi|commande-moi|me commander|reserve-moi)"
    r" (?:un|une|le|la) \w+"
    r"|\b(?:pideme|llamame|pedirme|llamarme|reservame|pidame) (?:un|una|el|la) \w+"
    r"|\b(?:bestell|bestelle|ruf|reservier) mir (?:bitte )?(?:ein|eine|einen|den|die|das) \w+"
    r"|\b(?:ordinami|chiamami|prenotami|mi chiami|mi ordini|mi prenoti) (?:un|una|uno|il|la) \w+"
    r"|\b(?:me chama|me chame|me pede|me peca|pede|peca|chama|chame) (?:um|uma) \w+ "
    r"(?:pra|para) mim\b"
    r"|\b(?:appelle|commande|envoie|appeler|commander|envoyer)\b.* pour moi\b"
    r"|\b(?:llama|pide|envia|manda)\b.* por mi\b"
    r"|\b(?:ruf|bestell|schreib)\w*\b.* fur mich\b"
    r"|\b(?:chiama|ordina|manda|prenota)\b.* per me\b"
)


def wants_words(text: str) -> bool:
    """Whether ``text`` asks for an answer in words, and no change at all."""
    if looks_pasted(text):
        lead = _plain("\n".join(text.strip().splitlines()[:2]))[:200]
        return bool(_TEXT_WORK.search(lead)) and not _FILE_WORDS.search(lead)
    plain = _plain(text)
    if len(plain) > 200:
        return False
    if plain.rstrip().endswith("?") and _OPINION.search(plain.lstrip("¿¡ ")):
        return True
    return bool(_ERRAND.search(plain.rstrip("?!. ")))


# "How many days until X?", and X, in six languages.
_UNTIL = re.compile(
    r"^(?:how many (?:more )?days (?:are (?:there|left) )?(?:until|till|til|to|before)"
    r"|how long (?:until|till|to|before)"
    r"|quantos dias faltam (?:para|pra|pro)(?: o| a)?"
    r"|cuantos dias faltan (?:para|hasta)(?: el| la)?"
    r"|wie viele tage (?:sind es )?(?:noch )?bis(?: zum| zur)?"
    r"|combien de jours (?:reste-t-il )?(?:avant|jusqu'a)(?: la| le| l')?"
    r"|quanti giorni mancano (?:a|al|alla|all')"
    r") (.+?)[?!. ]*$"
)
# Days the date resolver does not know by name: (month, day).
_HOLIDAYS = {
    (12, 25): "christmas|christmas day|xmas|natal|navidad|weihnachten|noel|natale",
    (12, 24): "christmas eve|vespera de natal|nochebuena|heiligabend|heiliger abend|reveillon"
    "|la vigilia di natale|vigilia di natale|vigilia",
    (12, 31): "new year's eve|new years eve|silvester|nochevieja|saint-sylvestre|san silvestro"
    "|ano novo eve",
    (1, 1): "new year|new year's|new years|new year's day|ano novo|ano nuevo|neujahr"
    "|nouvel an|jour de l'an|capodanno",
    (10, 31): "halloween",
    (2, 14): "valentine's day|valentines day|dia dos namorados|san valentin|valentinstag"
    "|saint-valentin|la saint-valentin|san valentino",
}
_HOLIDAY = {
    _plain(name.strip()): day for day, names in _HOLIDAYS.items() for name in names.split("|")
}
_UNTIL_SENTENCE = {
    "en": ("{n} days until {what} ({day}).", "1 day until {what} ({day}).", "{what} is today."),
    "pt": ("Faltam {n} dias para {what} ({day}).", "Falta 1 dia para {what} ({day}).",
           "{what} é hoje."),
    "es": ("Faltan {n} días para {what} ({day}).", "Falta 1 día para {what} ({day}).",
           "{what} es hoy."),
    "de": ("Noch {n} Tage bis {what} ({day}).", "Noch 1 Tag bis {what} ({day}).",
           "{what} ist heute."),
    "fr": ("Encore {n} jours avant {what} ({day}).", "Encore 1 jour avant {what} ({day}).",
           "{what}, c'est aujourd'hui."),
    "it": ("Mancano {n} giorni a {what} ({day}).", "Manca 1 giorno a {what} ({day}).",
           "{what} è oggi."),
}  # fmt: skip


def days_until(text: str, clock: Clock) -> str | None:
    """The answer to "how many days until X?" when X is a day code can name, else None."""
    plain = _plain(text).lstrip("¿¡ ")
    found = _UNTIL.match(plain)
    if found is None or len(plain) > 120:
        return None
    words = re.sub(r"^(?:the |o |a |el |la |le |il |das |der |die )", "", found.group(1))
    today = clock.now.astimezone(clock.tz).date()
    target = _holiday(words, today) or _resolved(found.group(1), clock)
    if target is None or target < today:
        return None
    lang = clock.lang if clock.lang in _UNTIL_SENTENCE else "en"
    what = text.strip().rstrip("?!. ")[-len(found.group(1)) :] if found.group(1) else ""
    many, one, now = _UNTIL_SENTENCE[lang]
    n = (target - today).days
    shown = what[:1].upper() + what[1:] if n == 0 else what
    return (now if n == 0 else one if n == 1 else many).format(
        n=n, what=shown, day=day_name(target, lang)
    )


def _holiday(words: str, today: date) -> date | None:
    day = _HOLIDAY.get(words.strip())
    if day is None:
        return None
    this_year = date(today.year, *day)
    return this_year if this_year >= today else date(today.year + 1, *day)


def _resolved(words: str, clock: Clock) -> date | None:
    try:
        value = resolve_when(words, clock).value
    except AssistantError:
        return None
    return value if type(value) is date else value.date()  # type: ignore[union-attr]
