"""The date words of an email, found by code: the dates a summary's items are made for.

A small model asked to copy an item's date words "exactly as the email writes
them" paraphrases instead ("Monday, December 5, 12:00 PM" for "by Monday at
noon") and invents dates in formats no resolver reads; asked to choose among
the email's own phrases, it leaves an item undated or gives it another item's
date. So code finds the email's date phrases, sentence by sentence, in the
email's language (:func:`~assistant.agent.mentions.find_mentions`), and the
summary's action items begin with one slot per phrase (:func:`date_slots`),
in the email's order, the phrase written by the grammar (:func:`slots_rule`).
The model only says what each date is for, or that it asks nothing of the
reader ("none"). What the phrase means is read by code
(:func:`~assistant.agent.email_items.read_when`).

A phrase is a run of date words with what joins them and the words that lead
into it: "on Thursday, December 3rd, between 8 and 10 in the morning" is one
phrase (a day and its time range), as are "by Monday", "até terça" and
"d'ici lundi". A phrase that names no day ("next week", "evening") gets no slot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.agent.mentions import find_mentions
from assistant.clock import Clock
from assistant.dates.lang import canonical

# At most this many dated action items (the summary's own limit is 8 in all).
MAX_SLOTS = 6
# A slot's sentence, as the prompt shows it, is cut here.
MAX_SENTENCE = 200
MAX_CHARS = 120
# Words before a date that belong to it: deadlines, ranges, "on"/"am"/"le".
_LEAD_WORDS = """
    by before until till due on at from between
    até ate antes entre de das desde na no em a partir
    hasta para el del al entre desde las
    bis vor spätestens ab am um von zwischen zum
    d'ici avant jusqu'au jusqu'à le du à partir entre
    entro prima il dal dalle tra fra alle da
"""
_LEADS = frozenset(_LEAD_WORDS.split())
# Words that may stand between two date words of one phrase.
_GLUE_WORDS = "in the at às as a las la um alle dia den der le los del di of , -"
_GLUE = frozenset(_GLUE_WORDS.split())
_TRIM = ".,;:!?()[]\"'«»“”"
# A sentence ends at . ! or ? before a capital, but not after a number ("1. Dezember").
_SENTENCE = re.compile(r"(?:(?<=[^\d\s]\.)|(?<=[!?]))\s+(?=[A-ZÀ-ÝÑ¿¡])")


def date_slots(email: str, clock: Clock) -> list[str]:
    """The phrases the action items are made for: each date once, lead words and all.

    Only a phrase that names a day gets a slot: "next week", "the evening
    before" or "une soirée" date nothing on their own. Header lines get none.
    """
    return [phrase for phrase, _sentence in dated_sentences(email, clock)]


def dated_sentences(email: str, clock: Clock) -> list[tuple[str, str]]:
    """Each slot's phrase and the sentence it comes from (what the date is for)."""
    out: dict[str, str] = {}
    for sentence in _sentences(_without_headers(email)):
        words = sentence.split()
        for first, last in _groups(sentence, words, clock):
            lead = first
            while lead > 0 and words[lead - 1].casefold().strip(_TRIM) in _LEADS:
                lead -= 1
            phrase = " ".join(words[lead:last]).strip(_TRIM + " ")
            if _usable(phrase) and phrase not in out and _names_a_day(phrase, clock):
                out[phrase] = " ".join(words)[:MAX_SENTENCE]
            if len(out) >= MAX_SLOTS:
                return list(out.items())
    return list(out.items())


def slots_rule(slots: list[str]) -> str:
    """GBNF for the action items: a slot per date phrase, in order, then undated tasks.

    Each item is ``{"when": ..., "type": ..., "task": ..., "place": ...}``; the
    ``body`` rule (type, task, place) comes with the summary grammar.
    """
    when = '"{" ws "\\"when\\":" ws'
    lines = [f'undated ::= {when} "null," ws body "}}"']
    if not slots:
        lines.insert(0, 'items ::= "[" ws ( undated ( "," ws undated ){0,7} )? ws "]"')
        return "\n".join(lines)
    chain = ' "," ws '.join(f"slot{i}" for i in range(len(slots)))
    lines.insert(0, f'items ::= "[" ws {chain} ( "," ws undated ){{0,3}} ws "]"')
    for i, phrase in enumerate(slots):
        lines.append(f'slot{i} ::= {when} "\\"{phrase}\\"," ws body "}}"')
    return "\n".join(lines)


def _sentences(text: str) -> Iterator[str]:
    for line in text.splitlines():
        for sentence in _SENTENCE.split(line):
            if sentence.strip():
                yield sentence


def _groups(sentence: str, words: list[str], clock: Clock) -> list[tuple[int, int]]:
    """Word spans of the sentence's date words, neighbours joined into one."""
    mentions = find_mentions(sentence, clock)
    spans = [(s.first, s.last) for s in mentions.when]
    if mentions.range_span is not None:
        spans.append((mentions.range_span.first, mentions.range_span.last))
    groups: list[list[int]] = []
    for first, last in sorted(spans):
        if groups and _joined(words[groups[-1][1] : first]):
            groups[-1][1] = max(groups[-1][1], last)
        else:
            groups.append([first, last])
    return [(first, last) for first, last in groups]


def _joined(gap: list[str]) -> bool:
    """Whether two date spans with ``gap`` between them are one phrase."""
    if len(gap) > 2:
        return False
    bare = [w.casefold().strip(_TRIM) for w in gap]
    return all(not w or w in _LEADS or w in _GLUE for w in bare)


# A mail header line ("Subject: Boiler service next week", "Date: ..."): its dates
# restate the body's, or are the sent date; they get no slot.
_HEADER = re.compile(
    r"(?:from|to|cc|subject|date|sent|de|para|asunto|fecha|enviado|assunto|data|von|an"
    r"|betreff|datum|gesendet|objet|à|envoyé|da|a|oggetto|inviato):\s.*",
    re.IGNORECASE,
)


def _without_headers(email: str) -> str:
    """``email`` less its header lines: the block it starts with, and any run of two
    or more (a forwarded message's). A lone "Date: Thursday 3 December" in the
    body may be what the email announces, and stays."""
    lines = email.splitlines()
    header = [bool(_HEADER.fullmatch(line.strip())) for line in lines]
    top = 0
    while top < len(header) and header[top]:
        top += 1

    def dropped(i: int) -> bool:
        beside = (i > 0 and header[i - 1]) or (i + 1 < len(header) and header[i + 1])
        return i < top or (header[i] and beside)

    keep = [line for i, line in enumerate(lines) if not dropped(i)]
    return "\n".join(keep)


# A phrase that names only a part of a day, a week or a month: no day of its own.
_NO_DAY = re.compile(
    r"^(?:in |on |during )?(?:the |this |next |last |coming |1 |a |an )?"
    r"(?:week|month|year|weekend|morning|afternoon|evening|night|day)s?(?: before| after)?$"
)


def _names_a_day(phrase: str, clock: Clock) -> bool:
    """Whether ``phrase`` dates something on its own: a day, not "next week" or "evening"."""
    return not _NO_DAY.match(canonical(phrase, clock.lang or "").casefold().strip())


def _usable(phrase: str) -> bool:
    """A phrase the grammar can hold as written: no quote, backslash or control."""
    return (
        0 < len(phrase) <= MAX_CHARS
        and not any(c in phrase for c in '"\\')
        and all(c.isprintable() for c in phrase)
    )
