"""Small checks shared by the tools and the domain code.

So every way in (the model, the window, the command line) refuses bad input the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime

from assistant.errors import InvalidInput
from assistant.limits import MAX_LIST, MAX_REMINDER_MINUTES, MAX_TEXT, MAX_TITLE


def clean_title(value: str, what: str = "title") -> str:
    """A one-line, non-empty title."""
    title = " ".join(value.split())
    if not title:
        raise InvalidInput(f"The {what} cannot be empty.")
    if len(title) > MAX_TITLE:
        raise InvalidInput(
            f"The {what} is {len(title):,} characters long; the limit is {MAX_TITLE}."
        )
    return title


def clean_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    if len(value) > limit:
        raise InvalidInput(f"The {what} is {len(value):,} characters long; the limit is {limit:,}.")
    return value


def check_limit(limit: int) -> int:
    if not 1 <= limit <= MAX_LIST:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIST}.")
    return limit


def check_reminder(minutes: int | None) -> int | None:
    if minutes is not None and not 0 <= minutes <= MAX_REMINDER_MINUTES:
        raise InvalidInput(
            f"reminder_minutes must be between 0 and {MAX_REMINDER_MINUTES} "
            f"({MAX_REMINDER_MINUTES // (60 * 24)} days)."
        )
    return minutes


def is_clear(value: str) -> bool:
    """Words that mean "remove this value" when passed to an update."""
    return value.strip().lower() in {"", "none", "null", "no", "never", "clear", "remove"}


def parse_utc_key(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
