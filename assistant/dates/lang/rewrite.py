"""The shared engine: one language's tables applied to date text.

:func:`rewrite` turns words in any of the supported languages into the small
English vocabulary the date grammar reads, and remembers which of the user's
words each piece came from (the agent maps what it finds back onto the
message). Words no table knows pass through unchanged, so "amanhã 3pm" and
"Martes at 19:00" work too, and a word that is not a date at all still
reaches the grammar, which refuses it.

Forms that are the same in every language are handled here, not per table:
"13h", "13h30" and "13.30" are times; "31/3", "31.3." and "31.3.2027" are
dates, read day first where the language writes them so; "1,5" is 1.5;
"1º", "1er" and "3." are day numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from assistant.dates.lang.table import Language
from assistant.dates.words import MONTH_NAMES, ordinal

_TRIM_START = "\"'([¿¡«“‘"
_TRIM_END = "\"')].,;:!?»”’"
_ELIDED = ("l'", "d'", "dell'", "all'", "dall'", "nell'", "sull'", "un'", "qu'", "jusqu'", "c'")
_RANGE_DASH = re.compile(r"(?<=[\dh])([-–—])(?=\d)")

_TIME_H = re.compile(r"(\d{1,2})h(\d{2})?")
_TIME_DOT = re.compile(r"(\d{1,2})[.:](\d{2})")
_TIME_AMPM = re.compile(r"\d{1,2}(:\d{2})?(am|pm)")
_DATE = re.compile(r"(\d{1,2})([./])(\d{1,2})(?:\2(\d{4}|\d{2}))?(\.?)")
_DAY_NUMBER = re.compile(r"(\d{1,2})(?:\.|º|°|ª|o|a|er|re|e|eme|ème)")
_DECIMAL_COMMA = re.compile(r"(\d+),(\d+)")


@dataclass(frozen=True)
class Group:
    """Canonical words, and the user's words they came from: ``source[first:last]``."""

    words: tuple[str, ...]
    first: int
    last: int


@dataclass(frozen=True)
class Rewritten:
    lang: str
    groups: tuple[Group, ...]
    changed: bool

    @property
    def text(self) -> str:
        return " ".join(word for group in self.groups for word in group.words)


@dataclass(frozen=True)
class _Token:
    text: str
    source: int


def fold(text: str) -> str:
    """Lower case without accents: "Terça" -> "terca", "Übermorgen" -> "ubermorgen"."""
    text = text.replace("ß", "ss").replace("’", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(words: Sequence[str], lang: Language) -> list[_Token]:
    """The user's whitespace-separated words, folded and split where dates need it."""
    out: list[_Token] = []
    for index, raw in enumerate(words):
        word = fold(raw).lstrip(_TRIM_START)
        word = _strip_end(word)
        if not word:
            continue
        for piece in _RANGE_DASH.sub(r" \1 ", word).split():
            if lang.elision:
                elided = next(
                    (p for p in _ELIDED if piece.startswith(p) and len(piece) > len(p)), None
                )
                if elided is not None:
                    out.append(_Token(elided, index))
                    piece = piece[len(elided) :]
            out.append(_Token(piece, index))
    return out


def _strip_end(word: str) -> str:
    """Trailing punctuation goes, except the dot of "31.3." and "3." (a day number)."""
    while word and word[-1] in _TRIM_END:
        if word[-1] == "." and re.fullmatch(r"\d{1,2}(\.\d{1,2}(\.\d{2,4})?)?\.", word):
            break
        word = word[:-1]
    return word


def rewrite(
    words: Sequence[str],
    lang: Language,
    fallback: Mapping[str, str] | None = None,
    *,
    times: bool = True,
) -> Rewritten:
    """Canonical words for ``words`` read as ``lang`` (see the module docstring).

    ``fallback``: other languages' weekdays, months and named days, understood
    too when ``lang`` does not know a word ("Martes at 19:00").
    """
    toks = tokens(words, lang)
    phrases = _compiled(lang)
    fallback = fallback or {}
    groups: list[Group] = []
    changed = False
    i = 0
    while i < len(toks):
        best: tuple[int, str] | None = None
        for pattern, template in phrases:
            found = _match(pattern, toks, i, lang)
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], _render(template, found[1]))
        if best is not None:
            size, text = best
            groups.append(Group(tuple(text.split()), toks[i].source, toks[i + size - 1].source + 1))
            changed = True
            i += size
            continue
        token = toks[i]
        text = _word(token.text, lang, fallback, times)
        changed = changed or text != token.text
        groups.append(Group(tuple(text.split()), token.source, token.source + 1))
        i += 1
    return Rewritten(lang.code, tuple(groups), changed)


def _word(word: str, lang: Language, fallback: Mapping[str, str], times: bool) -> str:
    for table in (lang.words, lang.weekdays, lang.months, lang.units):
        if word in table:
            return table[word]
    if word in lang.numbers:
        return str(lang.numbers[word])
    shared = _shared_form(word, lang, times)
    if shared is not None:
        return shared
    return fallback.get(word, word)


def _shared_form(word: str, lang: Language, times: bool) -> str | None:
    """Times, dates, decimals and day numbers written the same way in every language."""
    if not word[:1].isdigit():
        return None
    if times and (match := _TIME_H.fullmatch(word)):
        # "02h" keeps its zero: a 24-hour time, never read as 2 pm.
        return f"{match[1]}:{match[2] or '00'}"
    if lang.day_first and (match := _DATE.fullmatch(word)):
        day, month, year = int(match[1]), int(match[3]), match[4]
        dotted_time = match[2] == "." and not year and not match[5]
        if 1 <= month <= 12 and not dotted_time:
            if year is not None and len(year) == 2:
                year = "20" + year
            return " ".join(x for x in (str(day), MONTH_NAMES[month - 1].lower(), year) if x)
    if lang.day_first and (match := _DAY_NUMBER.fullmatch(word)):
        return match[1]
    if match := _DECIMAL_COMMA.fullmatch(word):
        return f"{match[1]}.{match[2]}"
    if times and (match := _TIME_DOT.fullmatch(word)) and int(match[1]) < 24:
        return f"{match[1]}:{match[2]}"  # "13.30": half past one in the afternoon
    return None


# -- phrases ------------------------------------------------------------------

_Slot = tuple[str, frozenset[str], bool]  # kind ("" for literal words), words, optional


@cache
def _compiled(lang: Language) -> tuple[tuple[tuple[_Slot, ...], str], ...]:
    out = []
    for pattern, template in lang.phrases:
        slots: list[_Slot] = []
        for part in pattern.split():
            optional = part.endswith("?")
            part = part.rstrip("?")
            if part.startswith("<"):
                slots.append((part.strip("<>"), frozenset(), optional))
            else:
                slots.append(("", frozenset(part.split("|")), optional))
        out.append((tuple(slots), template))
    return tuple(out)


def _match(
    slots: tuple[_Slot, ...], toks: list[_Token], start: int, lang: Language
) -> tuple[int, list[str]] | None:
    """How many tokens the pattern takes at ``start``, and what its slots captured."""

    def walk(s: int, t: int, captured: list[str]) -> tuple[int, list[str]] | None:
        if s == len(slots):
            return t - start, captured
        kind, literals, optional = slots[s]
        if t < len(toks):
            value = _slot(kind, literals, toks[t].text, lang)
            if value is not None:
                found = walk(s + 1, t + 1, captured + ([value] if kind else []))
                if found is not None:
                    return found
        if optional:
            return walk(s + 1, t, captured + ([""] if kind else []))
        return None

    found = walk(0, start, [])
    if found is None or found[0] == 0:
        return None
    return found


_TIME = re.compile(r"(\d{1,2})(?:[h:.](\d{2})|h)?")


def _slot(kind: str, literals: frozenset[str], word: str, lang: Language) -> str | None:
    if not kind:
        return word if word in literals else None
    if kind == "W":
        return lang.weekdays.get(word)
    if kind == "M":
        return lang.months.get(word)
    if kind == "U":
        return lang.units.get(word)
    if kind == "C":
        if word.isdigit():
            return word
        return str(lang.numbers[word]) if word in lang.numbers else None
    if kind == "O":
        if word in lang.ordinals:
            n = lang.ordinals[word]
            return "last" if n == -1 else ordinal(n)
        match = _DAY_NUMBER.fullmatch(word)
        return ordinal(int(match[1])) if match else None
    if kind == "N":
        if re.fullmatch(r"\d{1,2}", word):
            return word
        match = _DAY_NUMBER.fullmatch(word)
        return match[1] if match else None
    if kind == "Y":
        return word if re.fullmatch(r"\d{4}", word) else None
    if kind == "T":
        if _TIME_AMPM.fullmatch(word):
            return word
        match = _TIME.fullmatch(word)
        if match is None:
            return str(lang.numbers[word]) if lang.numbers.get(word, 0) in range(1, 13) else None
        hour = match[1]  # as written: "02:30" keeps its zero and stays a 24-hour time
        minutes = match[2]
        if minutes is None and not word.endswith("h"):
            return hour
        return f"{hour}:{minutes or '00'}"
    raise ValueError(f"unknown slot <{kind}>")


_FIELD = re.compile(r"\{(\d)(?::(ord|-1))?\}")


def _render(template: str, captured: list[str]) -> str:
    def field(match: re.Match[str]) -> str:
        value = captured[int(match[1]) - 1]
        if match[2] == "ord" and value.isdigit():
            return ordinal(int(value))
        if match[2] == "-1" and value.isdigit():
            return str((int(value) - 2) % 12 + 1)
        return value

    return _FIELD.sub(field, template)
