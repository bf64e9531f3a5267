"""What one language module holds: its date words, and phrases that reorder.

The date grammar (:mod:`assistant.dates.resolve`, ``ranges``, ``rrule_words``,
``duration``) is written once, over a small English vocabulary. A language is
data that rewrites its own words into that vocabulary, which the shared
engine (:mod:`assistant.dates.lang.rewrite`) applies before the grammar runs:
"terça às 13h" becomes "tuesday at 13:00", "jeden zweiten Dienstag" becomes
"every 2 tuesday". Adding a language is adding one of these tables and its
tests; nothing in the grammar changes.

Every key is lower-case with accents removed ("terca", "ubermorgen"), since
people often type without them. Values are canonical English, several words
allowed, or "" to drop a filler word.

A phrase is a pattern of space-separated slots and a template:

- a literal word, or several joined by ``|`` ("as|das");
- ``<W>`` a weekday, ``<M>`` a month, ``<U>`` a unit ("dias"), ``<C>`` a
  count (3, "tres"), ``<N>`` a day of the month (3, "3.", "1er", "1º"),
  ``<T>`` a time (13, 13h, 13h30, 13:30, 13.30), ``<Y>`` a year;
- a trailing ``?`` makes a slot optional.

The template names the captured slots in order as ``{1}``, ``{2}``; ``{1:ord}``
writes a number as an ordinal ("15th"), and ``{1:-1}`` writes the number one
less (German "halb 3" is 2:30). The longest phrase that matches wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, eq=False)  # hashed by identity: the phrase cache
class Language:
    code: str
    name: str
    # Single words: the grammar's English for them ("amanha" -> "tomorrow").
    words: Mapping[str, str] = field(default_factory=dict)
    # Weekday and month names and their short and plural forms, to English.
    weekdays: Mapping[str, str] = field(default_factory=dict)
    months: Mapping[str, str] = field(default_factory=dict)
    # Units of time ("dias" -> "days") and counts people spell out ("tres" -> 3).
    units: Mapping[str, str] = field(default_factory=dict)
    numbers: Mapping[str, int] = field(default_factory=dict)
    # Ordinals for "the first Monday" and "every second week" ("primeira" -> 1).
    ordinals: Mapping[str, int] = field(default_factory=dict)
    phrases: Sequence[tuple[str, str]] = ()
    # 3/4 and 3.4. are 3 April (day first), as in every language here but English.
    day_first: bool = True
    # French and Italian elide articles: "l'après-midi", "dell'anno", "all'una".
    elision: bool = False

    def vocabulary(self, *, phrases: bool = True) -> frozenset[str]:
        """Every word this language's tables know, for telling languages apart.

        ``phrases=False``: only the words that mean something on their own, not
        those that appear only inside a phrase (French "il" of "il y a").
        """
        known = {*self.words, *self.weekdays, *self.months, *self.units, *self.numbers}
        known |= set(self.ordinals)
        for pattern, _ in self.phrases if phrases else ():
            for slot in pattern.split():
                if not slot.startswith("<"):
                    known.update(slot.rstrip("?").split("|"))
        return frozenset(word for word in known if word and not word[0].isdigit())

    def strong(self) -> Mapping[str, str]:
        """Words that mean the same in any sentence: weekdays, months, named days."""
        return {
            **self.weekdays,
            **self.months,
            **{k: v for k, v in self.words.items() if v in _DAYS},
        }


_DAYS = {"today", "tomorrow", "yesterday", "tonight", "noon", "midnight", "now"}
