"""Messages that are never a request: greetings, thanks, sign-offs, and "what time is it?".

Such a turn is answered in words only (the loop's talk-only grammar), so a
small model cannot file "Danke dir, das war's erstmal!" as a note. Questions
about the date or time are answered by code (:mod:`assistant.agent.clock_answer`),
never by the model's reading of its clock line.

A message is small talk when every sentence in it is one of the phrases
below, in any of the six languages, compared without case, accents or
punctuation: "valeu, era só isso!" is two known phrases; "thanks, add milk"
is not small talk.
"""

from __future__ import annotations

import re
import unicodedata

_PHRASES = {
    "en": """
        hi | hello | hey | hiya | yo | hi there | hello there | hey there | good morning
        | good afternoon | good evening | good night | morning | thanks | thank you | thanks a lot
        | thanks so much | thank you so much | thank you very much | many thanks | cheers | ok
        | okay | great | perfect | cool | nice | awesome | got it | bye | goodbye | see you
        | see ya | see you later | no thanks | never mind | nevermind | that's all | that's all
        for now | that's it | that's it for now | all good | how are you | how's it going
        | what's up | have a nice day | have a good day | good job | well done | you're welcome
    """,
    "pt": """
        ola | oi | bom dia | boa tarde | boa noite | obrigado | obrigada | muito obrigado
        | muito obrigada | valeu | brigado | brigada | tchau | ate logo | ate mais | ate amanha
        | tudo bem | tudo bom | como vai | como vai voce | beleza | otimo | perfeito | legal
        | show | era so isso | e so isso | so isso | so isso por enquanto | por enquanto e so
    """,
    "es": """
        hola | buenos dias | buenas tardes | buenas noches | buenas | gracias | muchas gracias
        | mil gracias | vale | perfecto | genial | estupendo | adios | hasta luego | hasta manana
        | nos vemos | que tal | que tal estas | como estas | como va | eso es todo | nada mas
        | es todo
    """,
    "de": """
        hallo | hi | servus | moin | guten morgen | guten tag | guten abend | gute nacht | danke
        | danke schon | danke sehr | danke dir | vielen dank | besten dank | tschuss | ciao
        | bis spater | bis morgen | bis bald | wie geht's | wie geht es dir | wie geht's dir
        | super | perfekt | prima | toll | alles klar | ok | das war's | das wars | das war's
        erstmal | das wars erstmal | das ist alles
    """,
    "fr": """
        bonjour | salut | bonsoir | bonne nuit | bonne soiree | bonne journee | coucou | merci
        | merci beaucoup | merci bien | mille mercis | au revoir | a plus | a bientot | a demain
        | ca va | comment ca va | comment vas-tu | comment allez-vous | parfait | super | genial
        | d'accord | ok | c'est tout | c'est tout pour l'instant | c'est tout pour aujourd'hui
    """,
    "it": """
        ciao | buongiorno | buonasera | buonanotte | salve | grazie | grazie mille | grazie tante
        | arrivederci | a dopo | a domani | a presto | come va | come stai | tutto bene | perfetto
        | ottimo | benissimo | va bene | d'accordo | e tutto | per ora e tutto | e tutto per ora
    """,
}
# Questions about the clock: answered by code, in the asker's language.
_CLOCK_PHRASES = {
    "en": """
        what time is it | what's the time | what day is it | what day is it today | what's
        the date | what's the date today | what is the date today | what's today's date
    """,
    "pt": """
        que horas sao | que dia e hoje | qual e a data de hoje | que data e hoje
    """,
    "es": """
        que hora es | que dia es hoy | a que dia estamos | que fecha es hoy
    """,
    "de": """
        wie spat ist es | wie viel uhr ist es
        | welcher tag ist heute | was fur ein tag ist heute | der wievielte ist heute
        | welches datum ist heute | welches datum haben wir heute
    """,
    "fr": """
        quelle heure est-il | il est quelle heure | quel jour sommes-nous | quel jour on est
        | on est quel jour | quelle est la date d'aujourd'hui | quelle date sommes-nous
    """,
    "it": """
        che ore sono | che ora e | che giorno e oggi | che giorno e | quanti ne abbiamo oggi
        | che data e oggi
    """,
}


def _plain(text: str) -> str:
    """Lower case, no accents, apostrophes kept, other punctuation and emoji gone."""
    text = text.replace("’", "'").lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).split())


def _phrases(blocks: dict[str, str]) -> dict[str, str]:
    """Each phrase, as compared, and its language."""
    return {
        _plain(phrase): lang
        for lang, block in blocks.items()
        for phrase in block.split("|")
        if phrase.strip()
    }


_CLOCK = _phrases(_CLOCK_PHRASES)
_KNOWN = frozenset(_phrases(_PHRASES)) | frozenset(_CLOCK)
# A sentence may add a name or a friendly word: "thanks again", "hi assistant".
_EXTRA = re.compile(
    r"\s+(there|again|a lot|buddy|mate|assistant|for now|for your help|for the help"
    r"|so much|very much|!)$"
)
_SENTENCES = re.compile(r"[,.!?;:¡¿\n]+|\s+-\s+")
MAX_CHARS = 120


def is_small_talk(text: str) -> bool:
    """Whether every sentence of ``text`` is a greeting, thanks, sign-off or clock question."""
    parts = _sentences(text)
    return bool(parts) and all(_known(part) is not None for part in parts)


def clock_question(text: str) -> str | None:
    """The language of a small-talk message that asks the date or time ("que dia é hoje?")."""
    if not is_small_talk(text):
        return None
    asked = [_CLOCK.get(str(_known(part))) for part in _sentences(text)]
    return next((lang for lang in asked if lang), None)


def _sentences(text: str) -> list[str]:
    if not text.strip() or len(text) > MAX_CHARS:
        return []
    parts = [_plain(part) for part in _SENTENCES.split(text)]
    return [part for part in parts if part]


def _known(sentence: str) -> str | None:
    """The known phrase ``sentence`` is, once friendly extras are cut; None if none."""
    while sentence not in _KNOWN:
        shorter = _EXTRA.sub("", sentence)
        if shorter == sentence:
            return None
        sentence = shorter
    return sentence
