"""Quick add: which words are the title, the due date, the priority and the tags.

The clock is Friday 2026-11-27 10:00 in Berlin (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from assistant.clock import Clock
from assistant.errors import InvalidInput
from assistant.todos.quick_add import QuickTodo, parse_quick_todo
from assistant.tools.context import ToolContext
from assistant.tools.todos import add_todo
from tests.conftest import BERLIN


def at(day: int, hour: int, minute: int = 0, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


# text -> (title, due, due_text)
CASES: list[tuple[str, str, datetime | date | None, str | None]] = [
    # a date at the end
    ("call mom friday 5pm", "Call mom", at(27, 17), "friday 5pm"),
    ("Call mom tomorrow", "Call mom", date(2026, 11, 28), "tomorrow"),
    ("buy milk, eggs tomorrow", "Buy milk, eggs", date(2026, 11, 28), "tomorrow"),
    ("call mom at 5", "Call mom", at(27, 17), "at 5"),
    ("email bob on the 15th at 9am", "Email bob", at(15, 9, month=12), "on the 15th at 9am"),
    ("dentist next tuesday 14:30", "Dentist", at(1, 14, 30, month=12), "next tuesday 14:30"),
    ("meeting 2026-12-01 13:00", "Meeting", at(1, 13, month=12), "2026-12-01 13:00"),
    ("call may 5", "Call", date(2027, 5, 5), "may 5"),
    ("water plants tonight", "Water plants", at(27, 20), "tonight"),
    ("call mom this morning", "Call mom", at(27, 9), "this morning"),  # earlier today is fine
    ("send card end of the month", "Send card", date(2026, 11, 30), "end of the month"),
    # connecting words and punctuation between title and date are dropped
    ("submit report by friday", "Submit report", date(2026, 11, 27), "friday"),
    ("pay rent due next monday", "Pay rent", date(2026, 11, 30), "next monday"),
    ("book table for tomorrow evening", "Book table", at(28, 19), "tomorrow evening"),
    ("buy milk - dec 24", "Buy milk", date(2026, 12, 24), "dec 24"),
    # a date at the start
    ("tomorrow: buy milk", "Buy milk", date(2026, 11, 28), "tomorrow"),
    ("friday call mom", "Call mom", date(2026, 11, 27), "friday"),
    ("in 2 hours check the oven", "Check the oven", at(27, 12), "in 2 hours"),
    # no date at all
    ("buy milk", "Buy milk", None, None),
    ("read may report", "Read may report", None, None),  # "may" alone is not a date
    ("march of the penguins", "March of the penguins", None, None),
    ("chapter 5", "Chapter 5", None, None),  # a bare number is not a time
    ("buy 2 apples", "Buy 2 apples", None, None),
    ("season 2 episode 3", "Season 2 episode 3", None, None),
    ("watch the second", "Watch the second", None, None),  # an ordinal alone is not a day
    ("lie in the sun", "Lie in the sun", None, None),  # nor a weekday abbreviation
    ("notes from last friday", "Notes from last friday", None, None),  # past: title words
    ("yesterday review", "Yesterday review", None, None),
    ("call mom friday 5pm about rent", "Call mom friday 5pm about rent", None, None),  # middle
    ('"plan the weekend"', "Plan the weekend", None, None),  # quotes keep words as title
    ("“meet at 5” tomorrow", "Meet at 5", date(2026, 11, 28), "tomorrow"),
    ('"open quote', '"open quote', None, None),
    # only a date: no title
    ("tomorrow 5pm", "", at(28, 17), "tomorrow 5pm"),
    ("   ", "", None, None),
]


@pytest.mark.parametrize(("text", "title", "due", "due_text"), CASES)
def test_splits_title_and_date(
    clock: Clock, text: str, title: str, due: datetime | date | None, due_text: str | None
) -> None:
    parsed = parse_quick_todo(text, clock)
    assert (parsed.title, parsed.due, parsed.due_text) == (title, due, due_text)
    assert type(parsed.due) is type(due)  # a date stays a date, never midnight


@pytest.mark.parametrize(
    ("text", "priority", "tags", "title"),
    [
        ("pay rent !high", "high", (), "Pay rent"),
        ("pay rent !!", "high", (), "Pay rent"),
        ("!!! pay rent", "high", (), "Pay rent"),
        ("pay rent !LOW", "low", (), "Pay rent"),
        ("!high pay rent !normal", "normal", (), "Pay rent"),  # the last one wins
        ("call mom #family", "normal", ("family",), "Call mom"),
        ("call #Family mom #work #family", "normal", ("Family", "work"), "Call mom"),
        ("fix bug #123", "normal", (), "Fix bug #123"),  # a tag starts with a letter
        ("wow!", "normal", (), "Wow!"),
    ],
)
def test_priority_and_tag_markers(
    clock: Clock, text: str, priority: str, tags: tuple[str, ...], title: str
) -> None:
    parsed = parse_quick_todo(text, clock)
    assert (parsed.title, parsed.priority, parsed.tags) == (title, priority, tags)


def test_markers_anywhere_with_a_date(clock: Clock) -> None:
    parsed = parse_quick_todo("call mom #family friday 5pm !!", clock)
    assert parsed == QuickTodo("Call mom", at(27, 17), "friday 5pm", "high", ("family",))


def test_arguments_add_exactly_the_previewed_todo(ctx: ToolContext) -> None:
    parsed = parse_quick_todo("call mom friday 5pm !high #family", ctx.clock)
    args: dict[str, Any] = parsed.arguments(ctx.clock)
    assert args == {
        "title": "Call mom",
        "priority": "high",
        "due": "2026-11-27T17:00:00+01:00",
        "tags": ["family"],
    }
    record = add_todo.fn(ctx, **args).data
    assert (record["title"], record["due"], record["tags"]) == (
        "Call mom",
        "2026-11-27T17:00:00+01:00",
        ["family"],
    )
    day_only = parse_quick_todo("buy milk tomorrow", ctx.clock).arguments(ctx.clock)
    assert day_only["due"] == "2026-11-28"


def test_arguments_without_a_title_are_refused(clock: Clock) -> None:
    with pytest.raises(InvalidInput, match="what needs doing"):
        parse_quick_todo("tomorrow", clock).arguments(clock)


def test_long_text_stays_a_title(clock: Clock) -> None:
    words = " ".join(["word"] * 500)
    parsed = parse_quick_todo(words + " tomorrow", clock)
    assert parsed.title == "W" + words[1:]
    assert parsed.due == date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "title", "due", "priority", "tags"),
    [
        ("ligar à mãe sexta 17h !alta #família", "Ligar à mãe", at(27, 17), "high", ("família",)),
        ("pagar boleto até amanhã", "Pagar boleto", date(2026, 11, 28), "normal", ()),
        ("comprar leche mañana a las 10 !baja", "Comprar leche", at(28, 10), "low", ()),
        ("Zahnarzt anrufen bis Montag 10 Uhr !hoch", "Zahnarzt anrufen", at(30, 10), "high", ()),
        ("appeler le garagiste lundi à 15h", "Appeler le garagiste", at(30, 15), "normal", ()),
        ("chiamare il commercialista domani alle 9", "Chiamare il commercialista", at(28, 9),
         "normal", ()),
    ],
)  # fmt: skip
def test_quick_add_in_other_languages(
    clock: Clock,
    text: str,
    title: str,
    due: datetime | date,
    priority: str,
    tags: tuple[str, ...],
) -> None:
    parsed = parse_quick_todo(text, clock)
    assert (parsed.title, parsed.due, parsed.priority, parsed.tags) == (title, due, priority, tags)
