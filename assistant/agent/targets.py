"""Which stored item the user means: "it", "the second one", "the tax return to-do".

The model never handles ids. It passes the user's words for the item, and
:func:`find_target` turns them into a row: words like "it" or "that" mean what
the previous turn touched (the *focus*), "the second one" counts in that
list, and anything else is matched against titles word by word, so "I
watered the plants" finds "Water the plants".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from assistant.errors import NotFound
from assistant.store import Store

Kind = Literal["todo", "event", "note"]
TABLES: dict[Kind, str] = {"todo": "todos", "event": "events", "note": "notes"}
NOUNS: dict[Kind, str] = {"todo": "to-do", "event": "event", "note": "note"}
KINDS: tuple[Kind, ...] = ("todo", "event", "note")

ANAPHORA = {
    "", "it", "that", "this", "them", "those", "these", "that one", "this one", "the last one",
    "same", "the same", "that event", "that to-do", "that todo", "that note", "this event",
    "this note", "this to-do", "the event", "the to-do", "the note", "the todo",
}  # fmt: skip
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "last": -1,
}  # fmt: skip
# Words that say what kind of thing it is, not which one.
_NOISE = {
    "the", "a", "an", "my", "to", "do", "todo", "todos", "to-do", "to-dos", "task", "tasks",
    "item", "event", "events", "note", "notes", "appointment", "entry", "one", "list", "on",
    "for", "of", "i", "about", "called", "named", "titled", "please", "off", "as", "done",
    "calendar", "reminder", "that", "this", "it", "from", "with", "s",
    # The same small words in the other five languages: "du" names no item.
    "de", "du", "da", "des", "la", "le", "les", "el", "los", "las", "il", "lo", "gli",
    "der", "die", "das", "den", "dem", "ein", "eine", "un", "une", "una", "uno", "os",
    "al", "au", "aux", "del", "della", "di", "en", "em", "no", "na", "im", "am", "zum", "zur",
    "mit", "con", "avec", "com", "para", "pour", "per", "por", "meu", "minha", "mi", "mis",
    "mein", "meine", "mon", "ma", "mes", "mio", "mia",
}  # fmt: skip
CANDIDATES = 2000
MATCH = 0.5  # the least score that names an item
HINTS = 3  # titles offered when nothing matches


@dataclass(frozen=True)
class Ref:
    """A stored item a turn touched or showed."""

    kind: Kind
    id: int
    title: str

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "id": self.id, "title": self.title}


def is_anaphora(words: str | None) -> bool:
    return words is None or " ".join(words.lower().split()).strip(".!?") in ANAPHORA


def find_target(store: Store, kind: Kind, words: str | None, focus: list[Ref]) -> Ref:
    """The one item of ``kind`` that ``words`` names; :class:`NotFound` with a hint if none."""
    mine = [r for r in focus if r.kind == kind]
    if is_anaphora(words):
        if len(mine) >= 1:
            return mine[-1] if len(mine) == 1 else mine[0]
        raise NotFound(f"Which {NOUNS[kind]} do you mean? Say its name.")
    assert words is not None
    number = re.fullmatch(r"\s*(?:#|id\s*)?(\d{1,9})\s*", words)
    if number is not None:  # the model read an id in an earlier result ("#2")
        return _by_id(store, kind, int(number.group(1)))
    ordinal = _ordinal(words)
    if ordinal is not None and mine:
        index = ordinal - 1 if ordinal > 0 else len(mine) - 1
        if 0 <= index < len(mine):
            return mine[index]
    return best_match(store, kind, words, mine)


def _by_id(store: Store, kind: Kind, item_id: int) -> Ref:
    row = store.get(TABLES[kind], item_id)
    if row is None:
        raise NotFound(f"There is no {NOUNS[kind]} with id {item_id}.")
    return Ref(kind, item_id, str(row["title"]))


def split_items(words: str) -> list[str]:
    """ "eggs and bread" -> ["eggs", "bread"]: one phrase that names several items."""
    parts = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&|\+)\s*", words) if p.strip()]
    return parts if len(parts) > 1 else [words]


def best_match(store: Store, kind: Kind, words: str, focus: list[Ref]) -> Ref:
    if not content_stems(words):
        raise NotFound(f"Which {NOUNS[kind]} do you mean? Say its name.")
    ranked = _ranked(store, kind, words, focus)
    if not ranked or ranked[0][0] < MATCH:
        raise NotFound(_not_found(store, kind, words, ranked))
    row = ranked[0][2]
    return Ref(kind, int(row["id"]), str(row["title"]))


def _ranked(
    store: Store, kind: Kind, words: str, focus: list[Ref]
) -> list[tuple[float, int, dict[str, Any]]]:
    """Items sharing a word with ``words``, best first: (score, id, row)."""
    wanted = content_stems(words)
    in_focus = {r.id for r in focus if r.kind == kind}
    out: list[tuple[float, int, dict[str, Any]]] = []
    for row in _candidates(store, kind):
        have = content_stems(str(row["title"]))
        hits = _hits(wanted, have)
        if not hits:
            continue
        # Most of the user's words found, then most of the title covered.
        score = hits / len(wanted) + 0.5 * hits / len(have) + (0.3 if row["id"] in in_focus else 0)
        if kind == "todo" and not row.get("done"):
            score += 0.1  # an open to-do before a finished one of the same name
        out.append((score, int(row["id"]), row))
    out.sort(key=lambda r: r[:2], reverse=True)
    return out


def _hits(wanted: set[str], have: set[str]) -> float:
    """How many of ``wanted`` the title holds; a near form ("alten"/"Alte") counts 0.8."""
    exact = wanted & have
    near = sum(1 for w in wanted - exact if any(_near(w, h) for h in have - exact))
    return len(exact) + 0.8 * near


def _near(a: str, b: str) -> bool:
    """The same word in another form: "Rezepten"/"Rezepte", "réservation"/"réserver".

    Most of the shorter word, and at least four letters, begin the longer one.
    """
    short = min(len(a), len(b))
    if short < 4:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, math.ceil(0.75 * short))


def _candidates(store: Store, kind: Kind) -> list[dict[str, Any]]:
    table = TABLES[kind]
    extra = ", done" if kind == "todo" else ""
    if kind == "event":
        # Series masters and single events; a changed occurrence shares its master's uid.
        return store.query(
            f"SELECT id, title FROM events WHERE recurrence_id = '' "
            f"ORDER BY id DESC LIMIT {CANDIDATES}"
        )
    return store.query(
        f"SELECT id, title{extra} FROM [{table}] ORDER BY id DESC LIMIT {CANDIDATES}"
    )


def _not_found(
    store: Store, kind: Kind, words: str, ranked: list[tuple[float, int, dict[str, Any]]]
) -> str:
    """The miss, and what there is instead: the model's second try (and the user) need it.

    An item of another kind that the words name ("the wifi note" asked of the
    to-dos) comes first; else the nearest titles of this kind, else the latest.
    """
    noun = NOUNS[kind]
    message = f"No {noun} matches '{words.strip()}'."
    for other in TABLES:
        found = _ranked(store, other, words, []) if other != kind else []
        if found and found[0][0] >= MATCH:
            return f"{message} There is a {NOUNS[other]} '{found[0][2]['title']}'."
    titles = [str(r[2]["title"]) for r in ranked[:HINTS]]
    if not titles:
        rows = _candidates(store, kind)[:HINTS]
        titles = [str(r["title"]) for r in rows]
    if not titles:
        return f"{message} There are no {noun}s yet."
    return f"{message} Your {noun}s include {', '.join(repr(t) for t in titles)}."


def _ordinal(words: str) -> int | None:
    for word in re.findall(r"[\w-]+", words.lower()):
        if word in ORDINALS:
            return ORDINALS[word]
    return None


def content_stems(text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[\w']+", text.lower()):
        word = word.strip("'").removesuffix("'s")  # "'wire money'" quoted
        if word in _NOISE or len(word) < 2:
            continue
        out.add(stem(word))
    return out


def stem(word: str) -> str:
    """A rough English stem, enough to match "watered" with "water", "plants" with "plant"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
