"""The date words of an email, found by code, as the only dates a summary may copy.

A small model asked to copy an item's date words "exactly as the email writes
them" paraphrases instead ("Monday, December 5, 12:00 PM" for "by Monday at
noon"), and invents dates in formats no resolver reads. So code finds the
email's date phrases first, sentence by sentence, in the email's language
(:func:`~assistant.agent.mentions.find_mentions`), and the summary grammar
lets the model's ``"when"`` be one of those phrases or null, nothing else.
The model still decides which item a phrase belongs to; what the phrase means
is read by code (:func:`~assistant.agent.email_items.read_when`).

A phrase is a run of date words with what joins them: "Thursday, December
3rd, between 8 and 10 in the morning" is one phrase (a day and its time
range). Each is offered alone and with the words that lead into it ("on
Thursday ...", "by Monday", "até terça", "d'ici lundi"), since a model copies
either and the grammar must not push it onto another date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.agent.mentions import find_mentions
from assistant.clock import Clock

# At most this many phrases go into a grammar (a long thread has many dates).
MAX_PHRASES = 32
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
_SENTENCE = re.compile(r"(?<=[^\d\s][.!?])\s+(?=[A-ZÀ-ÝÑ¿¡])")


def date_phrases(email: str, clock: Clock) -> list[str]:
    """The email's date phrases, in order, each once, as the email writes them."""
    out: list[str] = []
    for sentence in _sentences(email):
        words = sentence.split()
        for first, last in _groups(sentence, words, clock):
            lead = first
            while lead > 0 and words[lead - 1].casefold().strip(_TRIM) in _LEADS:
                lead -= 1
            # Both as the date alone ("Thursday, December 3rd, ...") and with its
            # lead ("on Thursday ...", "by Monday"): a model copies either.
            for start in dict.fromkeys((first, lead)):
                phrase = " ".join(words[start:last]).strip(_TRIM + " ")
                if _usable(phrase) and phrase not in out:
                    out.append(phrase)
            if len(out) >= MAX_PHRASES:
                return out[:MAX_PHRASES]
    return out


def when_rule(phrases: list[str]) -> str:
    """GBNF for a JSON value that is one of ``phrases`` or null."""
    if not phrases:
        return 'whenvalue ::= "null"'
    choices = " | ".join(f'"{phrase}"' for phrase in phrases)
    return f'whenvalue ::= "null" | "\\"" ( {choices} ) "\\""'


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


def _usable(phrase: str) -> bool:
    """A phrase the grammar can hold as written: no quote, backslash or control."""
    return (
        0 < len(phrase) <= MAX_CHARS
        and not any(c in phrase for c in '"\\')
        and all(c.isprintable() for c in phrase)
    )
