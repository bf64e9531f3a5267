"""Turn date text into tokens, and walk over them.

The grammar is hand-written and small: the lexer only splits the text into
numbers, clock times, ordinals, ISO dates and words, so that "5pm", "5 pm" and
"5 p.m." all look the same to the parsers. Nothing is dropped: punctuation the
grammar does not know becomes an ``other`` token, which no rule accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["isodate", "slash", "clock", "ordinal", "decimal", "number", "word", "other"]

_TOKEN = re.compile(
    r"""
    (?P<isodate>\d{4}-\d{2}-\d{2}(?![\d-]))
    | (?P<slash>\d+(?:/\d+)+)
    | (?P<clock>\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))
    | (?P<ordinal>\d+(?:st|nd|rd|th)(?![a-z]))
    | (?P<decimal>\d+\.\d+)
    | (?P<number>\d+)
    | (?P<word>[a-z]+(?:'[a-z]+)?)
    | (?P<other>\S)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str

    @property
    def number(self) -> int:
        """The integer value of a ``number`` or ``ordinal`` token."""
        return int(re.sub(r"\D", "", self.text))


def normalise(text: str) -> str:
    """Lower-case, drop commas and abbreviation dots ("a.m.", "Dec."), squeeze spaces."""
    lowered = text.lower().replace(",", " ")
    lowered = re.sub(r"(?<=[a-z])\.", "", lowered)
    return " ".join(lowered.split())


def tokenize(text: str) -> list[Token]:
    """Tokens of already normalised text."""
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        assert kind is not None
        tokens.append(Token(kind, match.group()))  # type: ignore[arg-type]
    return tokens


class Cursor:
    """A position in a token list, with small helpers for the parsers.

    Matchers move ``pos`` forward when they succeed; the caller restores it when
    they return nothing, so a failed attempt never consumes input.
    """

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def done(self) -> bool:
        return self.pos >= len(self.tokens)

    def peek(self, ahead: int = 0) -> Token | None:
        index = self.pos + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def word(self, ahead: int = 0) -> str | None:
        """The text of the token ``ahead`` if it is a word, else None."""
        token = self.peek(ahead)
        return token.text if token is not None and token.kind == "word" else None

    def take(self, *choices: str) -> str | None:
        """Consume the next token if it is one of the words ``choices``."""
        word = self.word()
        if word is not None and word in choices:
            self.pos += 1
            return word
        return None

    def take_seq(self, *words: str) -> bool:
        """Consume ``words`` in order, or nothing."""
        for ahead, expected in enumerate(words):
            if self.word(ahead) != expected:
                return False
        self.pos += len(words)
        return True

    def take_kind(self, *kinds: Kind) -> Token | None:
        token = self.peek()
        if token is not None and token.kind in kinds:
            self.pos += 1
            return token
        return None

    def rest(self) -> str:
        return " ".join(token.text for token in self.tokens[self.pos :])
