"""Which of the six languages an email is written in, from its most common words.

The date tables (:func:`assistant.dates.lang.detect`) know date words only; an
email's language shows better in its small everyday words ("the", "que",
"und", "les", "che"). Both are counted; the user's language breaks a tie.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.dates.lang import CODES, detect, language_of

# Words frequent in one language and rare in the other five.
_WORDS: dict[str, str] = {
    "en": (
        "the and you your for with that this have will please would are our we is can "
        "could be at of to"
    ),
    "pt": (
        "não você vocês uma para com obrigado obrigada também está são pelo pela seu sua "
        "nós isso mais ao os da dos das em que"
    ),
    "es": (
        "el los las usted ustedes una para con gracias también está son por favor "
        "nosotros pero más del al y que en es"
    ),
    "de": (
        "der die das und ist nicht sie ich wir ihr ihre bitte mit für auf zu dem den ein "
        "eine uns danke gerne vielen grüße"
    ),
    "fr": (
        "le la les et est vous nous une pour avec merci pas des du au aux sur dans votre "
        "vos je bien cordialement"
    ),
    "it": (
        "il lo gli e è non una per con grazie anche sono della delle del ci vi vostro "
        "vostra noi ti cordiali saluti"
    ),
}
_COMMON = {code: frozenset(words.split()) for code, words in _WORDS.items()}

# The last line of the summary's prompt, in the email's own language.
_LANGUAGE_LINES: dict[str, str] = {
    "en": "The email is in English: write the summary and the tasks in English.",
    "pt": "O e-mail está em português: escreva o resumo e as tarefas em português.",
    "es": "El correo está en español: escribe el resumen y las tareas en español.",
    "de": "Die E-Mail ist auf Deutsch: schreib die Zusammenfassung und die Aufgaben auf Deutsch.",
    "fr": "L'e-mail est en français : écris le résumé et les tâches en français.",
    "it": "L'email è in italiano: scrivi il riassunto e le attività in italiano.",
}


# How a summary in each language begins (none in English).
_OPENERS: dict[str, str] = {
    "pt": "Neste e-mail, ",
    "es": "En este correo, ",
    "de": "In dieser E-Mail ",
    "fr": "Dans cet e-mail, ",
    "it": "In questa email, ",
}


def summary_opener(lang: str | None) -> str:
    """The words a summary in ``lang`` starts with: "" for English."""
    return _OPENERS.get(lang or "en", "")


def language_line(lang: str | None) -> str:
    """What the summary's prompt ends with: write in ``lang``, said in ``lang``."""
    return _LANGUAGE_LINES.get(lang or "en", _LANGUAGE_LINES["en"])


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def email_language(text: str, prefer: str = "") -> str:
    """The language code ("en", "pt", ...) that most of ``text``'s words point to."""
    words = [w.casefold() for w in _WORD.findall(text)][:2000]
    scores = {code: float(sum(w in _COMMON[code] for w in words)) for code in CODES}
    # Date words count too, once each: "segunda-feira", "Donnerstag", "mañana".
    scores[detect(_date_words(words), prefer)] += 0.5
    top = max(scores.values())
    tied = [code for code in CODES if scores[code] == top]
    preferred = language_of(prefer)
    if preferred in tied:
        return preferred
    return "en" if "en" in tied else tied[0]


def _date_words(words: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(words))
