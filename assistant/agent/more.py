"""Two requests in one message: "put the concert on Thursday and remind me to buy cat food".

An intent handles one request, so after a write the loop asks the model once
more only when part of the message is still unaccounted for: a clause
(split at "and", "y", "und", "et", "e", ";") with at least two words that no
argument of the calls so far contains. Date words are left out (code reads
them), and so are articles, pronouns and prepositions in the six languages.
"add eggs and bread" is one call covering both; "lunch with Ana and Tom on
Tuesday" leaves only "Tom", one word, so it is one request.

For that second look the model reads, after the first result, the part of
the message not done yet as if the user had sent it next (in that prompt
only): small models handle one request at a time well. A second call runs only if it is a different
request: not the same intent on the same words, and not a deletion after a
change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from assistant.agent.mentions import Mentions
from assistant.agent.targets import content_stems, stem
from assistant.models.formats import ToolCall

_JOINERS = frozenset({"and", "then", "also", "plus", "y", "e", "und", "et", "ed", "dann", "puis"})
_SPLIT = re.compile(r";|,?\s+\b(?:" + "|".join(sorted(_JOINERS)) + r")\b\s+", re.IGNORECASE)
# Small words that carry no request, in the six languages (English ones are
# already dropped by content_stems).
_FILLER_WORDS = """
    el la los las lo le les il gli un una une uno ein eine einen einem der die das den dem des
    o os as um uma de del du da do dos das di dei della al au aux alla em no na nos nas en in im
    am an auf zu zum zur für fur para pour per por con avec mit com me mi mich mir moi meu minha
    mein meine meinen mon ma mes mio mia my que qui che dass also bitte por favor s'il plait
"""
# Words that count or name the kind of item ("add three to-dos: ..."), and the
# auxiliaries of "I have bought" ("ya he comprado"): none of them is a request.
_KIND_WORDS = """
    to do dos todo todos task tasks item items thing things event events note notes list
    tarea tareas cosa cosas evento eventos nota notas pendiente pendientes aufgabe aufgaben
    termin termine notiz notizen sachen dinge tâche tâches chose choses événement événements
    compito compiti cose impegno impegni attività tarefa tarefas coisa coisas lembrete lembretes
    two three four five dos tres cuatro cinco zwei drei vier fünf deux trois quatre cinq
    due tre quattro cinque dois duas três quatro
    ya he ha hemos habe hab ai ho já tenho
"""
_FILLER = frozenset(_FILLER_WORDS.split()) | {stem(w) for w in _KIND_WORDS.split()}
MIN_WORDS = 2


def unaccounted(mentions: Mentions, calls: Iterable[ToolCall]) -> list[str]:
    """The clauses of the message, as written, that no call so far speaks to."""
    dated: set[int] = set()
    for span in [*mentions.when, mentions.repeat, mentions.duration_span, mentions.range_span]:
        if span is not None:
            dated.update(range(span.first, span.last))
    said: set[str] = set()
    said_words: set[str] = set()
    for call in calls:
        for value in _strings(call.arguments):
            said |= content_stems(value)
            said_words |= {w.lower().strip(".,!?:") for w in value.split()}
    # A date no call used any word of: a clause holding it is a request of its own
    # even with one other word ("and parents' evening on Wednesday at 7pm").
    new_dates: set[int] = set()
    for span in mentions.when:
        words = {w.lower().strip(".,!?:") for w in mentions.words[span.first : span.last]}
        if not (words - {"on", "at", "in", "the"}) & said_words:
            new_dates.update(range(span.first, span.last))
    clauses: list[list[tuple[str, bool]]] = [[]]  # (word, is a date word)
    fresh: list[bool] = [False]  # whether the clause holds date words no call used
    for i, word in enumerate(mentions.words):
        bare = word.lower().strip(".,!?:¡¿\"'()")
        if bare in _JOINERS:
            clauses.append([])
            fresh.append(False)
            continue
        clauses[-1].append((word, i in dated))
        fresh[-1] = fresh[-1] or i in new_dates
        if word.endswith(";"):
            clauses.append([])
            fresh.append(False)
    kept = [(c, f) for c, f in zip(clauses, fresh, strict=True) if c]
    if len(kept) < 2:
        return []  # one request, however many words the model left out of its call
    found: list[tuple[int, str]] = []
    for clause, dated_anew in kept:
        left = content_stems(" ".join(w for w, date_word in clause if not date_word)) - said
        left = {w for w in left if w not in _FILLER and not w.isdigit()}
        if len(left) >= (1 if dated_anew else MIN_WORDS):
            found.append((len(left), " ".join(w for w, _ in clause).strip(" ,;")))
    # The clause with the most words no call used first.
    return [text for _, text in sorted(found, key=lambda f: -f[0])]


def clause_of(text: str, words: str) -> str:
    """The clause of ``text`` that speaks of ``words`` ("remind me" in the other one
    does not make the vet appointment a to-do); the whole text if there is one clause."""
    clauses = [c for c in _SPLIT.split(text) if c and c.strip()]
    if len(clauses) < 2:
        return text
    wanted = content_stems(words)
    return max(clauses, key=lambda c: len(content_stems(c) & wanted))


def repeats(call: ToolCall, earlier: Iterable[ToolCall]) -> bool:
    """Whether ``call`` is an earlier request again: same intent, no new words."""
    for before in earlier:
        if before.name != call.name:
            continue
        mine = set().union(*(content_stems(v) for v in _strings(call.arguments)))
        theirs = set().union(*(content_stems(v) for v in _strings(before.arguments)))
        if mine <= theirs:
            return True
    return False


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []
