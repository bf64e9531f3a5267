"""Dates in six languages: which language some words are in, and their canonical form.

The date grammar reads one small English vocabulary. :func:`canonical` turns
text in English, Portuguese, Spanish, German, French or Italian into it, using
that language's table (``pt.py``, ``es.py``, ...). The language comes from the
words themselves (:func:`detect`); the user's own language (``Clock.lang``)
breaks ties, such as "31/3" or "15h", which hold no word at all.

English text comes back exactly as written, so English behaves as it always has.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from assistant.clock import language_code
from assistant.dates.lang import de, en, es, fr, it, pt
from assistant.dates.lang.rewrite import Group, Rewritten, fold, rewrite
from assistant.dates.lang.table import Language

LANGUAGES: dict[str, Language] = {
    table.code: table
    for table in (en.LANGUAGE, pt.LANGUAGE, es.LANGUAGE, de.LANGUAGE, fr.LANGUAGE, it.LANGUAGE)
}
CODES = tuple(LANGUAGES)

__all__ = ["CODES", "LANGUAGES", "Group", "Language", "Rewritten", "canonical", "detect", "read"]


@cache
def _scoring() -> dict[str, dict[str, float]]:
    """Per language, the words that point to it and how strongly.

    English counts its words no other language has; another language, its
    words English does not have. A word that a table knows only inside a
    phrase counts half: the Italian article "il" outweighs the "il" of French
    "il y a".
    """
    english = LANGUAGES["en"].vocabulary()
    foreign = {code: table.vocabulary() for code, table in LANGUAGES.items() if code != "en"}
    everyone_else = frozenset().union(*foreign.values())
    scoring: dict[str, dict[str, float]] = {"en": dict.fromkeys(english - everyone_else, 1.0)}
    for code, words in foreign.items():
        alone = LANGUAGES[code].vocabulary(phrases=False)
        scoring[code] = {word: 1.0 if word in alone else 0.5 for word in words - english}
    return scoring


def language_of(code: str | None) -> str:
    """A supported language code for a setting or locale ("pt_BR.UTF-8" -> "pt"), else ""."""
    short = language_code(code)
    return short if short in LANGUAGES else ""


def detect(words: Sequence[str], prefer: str = "") -> str:
    """The language these words are in: the one most of its own words point to.

    A tie goes to ``prefer``, then to English, then to the order of
    :data:`CODES`. Words no language claims ("15h", "31/3") score nothing.
    """
    seen: list[str] = []
    for word in words:
        folded = fold(word).strip("\"'()[]¿¡«»“”.,;:!?")
        seen.append(folded)
        if "'" in folded:
            # "all'una", "l'après-midi": the elided article counts as itself ("all'").
            head, _, tail = folded.partition("'")
            seen.extend(part for part in (head, f"{head}'", tail) if part)
    scores = {
        code: sum(weights.get(word, 0.0) for word in seen) for code, weights in _scoring().items()
    }
    top = max(scores.values())
    tied = [code for code in CODES if scores[code] == top]
    prefer = language_of(prefer)
    if prefer in tied:
        return prefer
    return "en" if "en" in tied else tied[0]


def read(
    words: Sequence[str], prefer: str = "", lang: str | None = None, *, times: bool = True
) -> Rewritten:
    """``words`` in canonical form, as groups that remember which words they came from.

    ``lang``: read as this language instead of detecting one. ``times``: read
    "13h" as a time of day (not in a length, where "1h30" is 90 minutes).
    """
    code = lang if lang in LANGUAGES else detect(words, prefer)
    return rewrite(words, LANGUAGES[code], _fallback(code), times=times)


@cache
def _fallback(code: str) -> dict[str, str]:
    """The other languages' weekdays, months and named days, for mixed text."""
    found: dict[str, str] = {}
    for other, table in LANGUAGES.items():
        if other != code:
            for key, value in table.strong().items():
                found.setdefault(key, value)
    return found


def canonical(text: str, prefer: str = "", *, times: bool = True) -> str:
    """``text`` in the grammar's words; English (or text nothing changes) comes back as is."""
    result = read(text.split(), prefer, times=times)
    return result.text if result.changed else text
