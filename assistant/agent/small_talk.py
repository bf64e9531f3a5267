"""Messages that are never a request: greetings, thanks, sign-offs, and "what time is it?".

Such a turn is answered in words only (the loop's talk-only grammar), so a
small model cannot file "Danke dir, das war's erstmal!" as a note. The time
and date questions are answered from the clock line the model is given.

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
        | what time is it | what's the time | what day is it | what day is it today | what's
        the date | what's the date today | what is the date today | what's today's date
    """,
    "pt": """
        ola | oi | bom dia | boa tarde | boa noite | obrigado | obrigada | muito obrigado
        | muito obrigada | valeu | brigado | brigada | tchau | ate logo | ate mais | ate amanha
        | tudo bem | tudo bom | como vai | como vai voce | beleza | otimo | perfeito | legal
        | show | era so isso | e so isso | so isso | so isso por enquanto | por enquanto e so
        | que horas sao | que dia e hoje | que dia e hoje | qual e a data de hoje | que data e hoje
    """,
    "es": """
        hola | buenos dias | buenas tardes | buenas noches | buenas | gracias | muchas gracias
        | mil gracias | vale | perfecto | genial | estupendo | adios | hasta luego | hasta manana
        | nos vemos | que tal | que tal estas | como estas | como va | eso es todo | nada mas
        | es todo | que hora es | que dia es hoy | a que dia estamos | que fecha es hoy
    """,
    "de": """
        hallo | hi | servus | moin | guten morgen | guten tag | guten abend | gute nacht | danke
        | danke schon | danke sehr | danke dir | vielen dank | besten dank | tschuss | ciao
        | bis spater | bis morgen | bis bald | wie geht's | wie geht es dir | wie geht's dir
        | super | perfekt | prima | toll | alles klar | ok | das war's | das wars | das war's
        erstmal | das wars erstmal | das ist alles | wie spat ist es | wie viel uhr ist es
        | welcher tag ist heute | was fur ein tag ist heute | der wievielte ist heute
        | welches datum ist heute | welches datum haben wir heute
    """,
    "fr": """
        bonjour | salut | bonsoir | bonne nuit | bonne soiree | bonne journee | coucou | merci
        | merci beaucoup | merci bien | mille mercis | au revoir | a plus | a bientot | a demain
        | ca va | comment ca va | comment vas-tu | comment allez-vous | parfait | super | genial
        | d'accord | ok | c'est tout | c'est tout pour l'instant | c'est tout pour aujourd'hui
        | quelle heure est-il | il est quelle heure | quel jour sommes-nous | quel jour on est
        | on est quel jour | quelle est la date d'aujourd'hui | quelle date sommes-nous
    """,
    "it": """
        ciao | buongiorno | buonasera | buonanotte | salve | grazie | grazie mille | grazie tante
        | arrivederci | a dopo | a domani | a presto | come va | come stai | tutto bene | perfetto
        | ottimo | benissimo | va bene | d'accordo | e tutto | per ora e tutto | e tutto per ora
        | che ore sono | che ora e | che giorno e oggi | che giorno e | quanti ne abbiamo oggi
        | che data e oggi
    """,
}


def _plain(text: str) -> str:
    """Lower case, no accents, apostrophes kept, other punctuation and emoji gone."""
    text = text.replace("’", "'").lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).split())


_KNOWN = frozenset(
    _plain(phrase) for block in _PHRASES.values() for phrase in block.split("|") if phrase.strip()
)
# A sentence may add a name or a friendly word: "thanks again", "hi assistant".
_EXTRA = re.compile(
    r"\s+(there|again|a lot|buddy|mate|assistant|for now|for your help|for the help"
    r"|so much|very much|!)$"
)
_SENTENCES = re.compile(r"[,.!?;:¡¿\n]+|\s+-\s+")
MAX_CHARS = 120


def is_small_talk(text: str) -> bool:
    """Whether every sentence of ``text`` is a greeting, thanks, sign-off or clock question."""
    if not text.strip() or len(text) > MAX_CHARS:
        return False
    parts = [_plain(part) for part in _SENTENCES.split(text)]
    parts = [part for part in parts if part]
    if not parts:
        return False
    return all(_known(part) for part in parts)


def _known(sentence: str) -> bool:
    while sentence not in _KNOWN:
        shorter = _EXTRA.sub("", sentence)
        if shorter == sentence:
            return False
        sentence = shorter
    return True
