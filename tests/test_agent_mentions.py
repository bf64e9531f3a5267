"""What code reads from the user's own words: dates, ranges, lengths, repeats, and items."""

from __future__ import annotations

from datetime import timedelta

import pytest

from assistant.agent.mentions import find_mentions
from assistant.agent.schedule import event_times, grounded_when, strip_when
from assistant.agent.targets import Ref, find_target
from assistant.clock import Clock
from assistant.errors import NotFound
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext


@pytest.mark.parametrize(
    ("text", "when", "repeat"),
    [
        ("remind me to call mom friday 5pm", ["friday 5pm"], None),
        ("lunch with Ana on Tuesday at 1", ["Tuesday at 1"], None),
        ("yoga every Wednesday at 7pm", ["at 7pm"], "every Wednesday"),
        ("Add a team standup every weekday at 9:15", ["at 9:15"], "every weekday"),
        ("piano every other Tuesday at 5pm", ["at 5pm"], "every other Tuesday"),
        ("book club first Monday of the month", [], "the first monday of every month"),
        ("buy 2 eggs", [], None),  # a bare number is no time
        ("I may go to the gym", [], None),  # "may" the verb, not the month
        ("in 3 days call bob", ["in 3 days"], None),
        ("the day after tomorrow at noon", ["the day after tomorrow at noon"], None),
        ("make that weekly", [], "weekly"),
        ("thanks, that's all", [], None),
    ],
)
def test_dates_and_repeats_in_the_users_words(
    clock: Clock, text: str, when: list[str], repeat: str | None
) -> None:
    found = find_mentions(text, clock)
    assert found.texts == when
    assert (found.repeat.text if found.repeat else None) == repeat


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("block today from 2pm to 4pm for deep work", "2pm", "4pm"),
        ("meeting from 3 to 4:30 tomorrow", "3pm", "4:30pm"),
        ("Thursday between 8 and 10 in the morning", "8am", "10am"),
        ("call 3-4pm tuesday", "3pm", "4pm"),
        ("from 13:00 to 14:30 on Monday", "13:00", "14:30"),
    ],
)
def test_time_ranges(clock: Clock, text: str, start: str, end: str) -> None:
    found = find_mentions(text, clock)
    assert (found.range_start, found.range_end) == (start, end)


def test_lengths(clock: Clock) -> None:
    assert find_mentions("dentist Thursday 9:30 for 45 minutes", clock).duration == timedelta(
        minutes=45
    )
    assert find_mentions("gym for two hours tomorrow", clock).duration == timedelta(hours=2)
    assert find_mentions("shopping list for 2 people", clock).duration is None


def test_event_times_come_from_the_users_words(clock: Clock) -> None:
    def times(text: str, when: str | None) -> dict[str, object]:
        return event_times(when, find_mentions(text, clock), clock)

    # Friday 27 November: the first Wednesday is 2 December.
    assert times("yoga every Wednesday at 7pm", "7pm") == {
        "start": "2026-12-02T19:00+01:00",
        "repeat": "every Wednesday",
    }
    # "starting next Tuesday": the fortnightly rule counts from that day.
    assert times("piano every other Tuesday at 5pm, starting next Tuesday", "next Tuesday")[
        "start"
    ] == ("2026-12-01T17:00+01:00")
    assert times("standup every weekday at 9:15", None)["start"] == "2026-11-30T09:15+01:00"
    assert times("meeting from 3 to 4:30 tomorrow", "tomorrow") == {
        "start": "tomorrow 3pm",
        "end": "4:30pm",
    }
    assert times("dentist next Thursday 9:30 for 45 minutes", None) == {
        "start": "next Thursday 9:30",
        "duration_minutes": 45,
    }


def test_a_date_the_user_never_said_is_not_used(clock: Clock) -> None:
    plain = find_mentions("add buy milk to my list", clock)
    assert grounded_when("tomorrow", plain) is None
    dated = find_mentions("add buy milk friday", clock)
    assert grounded_when("tomorrow", dated) == "friday"  # the user's own date wins
    assert grounded_when("Friday", dated) == "Friday"
    moved = find_mentions("move my 3pm meeting to 4pm", clock)
    assert grounded_when(None, moved, avoid="my 3pm meeting") == "4pm"


def test_titles_lose_copied_date_words(clock: Clock) -> None:
    found = find_mentions("remind me to call mom friday 5pm", clock)
    assert strip_when("Call mom friday 5pm", found) == "Call mom"
    assert strip_when("Call mom", found) == "Call mom"


def test_items_are_found_by_their_words(store: Store, clock: Clock) -> None:
    ctx = ToolContext(store, clock)
    registry = default_registry()
    plants = registry.call(ctx, "add_todo", {"title": "Water the plants"}).data
    tax = registry.call(ctx, "add_todo", {"title": "File the tax return"}).data
    assert find_target(store, "todo", "I watered the plants", []).id == plants["id"]
    assert find_target(store, "todo", "the tax return to-do", []).id == tax["id"]
    focus = [Ref("todo", tax["id"], tax["title"]), Ref("todo", plants["id"], plants["title"])]
    assert find_target(store, "todo", "it", focus[:1]).id == tax["id"]
    assert find_target(store, "todo", "the second one", focus).id == plants["id"]
    with pytest.raises(NotFound, match="No to-do matches 'the gym'"):
        find_target(store, "todo", "the gym", [])
    with pytest.raises(NotFound, match="Which to-do do you mean"):
        find_target(store, "todo", "it", [])


# -- other languages: the scan runs over canonical words, spans keep the user's ------


@pytest.mark.parametrize(
    ("text", "lang", "when", "said", "title"),
    [
        (
            "Almoço com a Júlia na terça às 13h",
            "pt",
            ["tuesday at 13:00"],
            ["terça às 13h"],
            "Almoço com a Júlia",
        ),
        ("Cena con Marta el jueves a las 21", "es", None, None, "Cena con Marta"),
        ("Friseur übermorgen um 15 Uhr", "de", None, None, "Friseur"),
        ("Dîner avec Claire demain à 20h", "fr", None, None, "Dîner avec Claire"),
        ("Cena da Giulia giovedì alle 20", "it", None, None, "Cena da Giulia"),
    ],
)
def test_dates_in_other_languages(
    clock: Clock,
    text: str,
    lang: str,
    when: list[str] | None,
    said: list[str] | None,
    title: str,
) -> None:
    found = find_mentions(text, clock)
    assert found.lang == lang
    assert len(found.when) == 1
    if when is not None:
        assert found.texts == when
    if said is not None:
        assert [span.as_written for span in found.when] == said
    assert strip_when(text, found) == title
    # What the tools get resolves to a time (the grammar's words).
    start = event_times(None, found, clock)["start"]
    assert ":" in start or "at" in start


def test_a_range_and_a_repeat_in_portuguese(clock: Clock) -> None:
    found = find_mentions("Reunião com o contador quinta das 14h às 15h30", clock)
    assert (found.range_start, found.range_end) == ("14:00", "15:30")
    assert event_times(None, found, clock) == {"start": "thursday 14:00", "end": "15:30"}
    assert strip_when("Reunião com o contador quinta das 14h às 15h30", found) == (
        "Reunião com o contador"
    )
    found = find_mentions("Academia toda segunda, quarta e sexta às 7h por uma hora", clock)
    assert found.repeat is not None
    assert found.repeat.text == "every monday wednesday and friday"
    assert found.duration == timedelta(hours=1)
    assert strip_when("Academia toda segunda, quarta e sexta às 7h", found) == "Academia"


def test_a_title_keeps_words_that_only_look_like_glue(clock: Clock) -> None:
    # Nothing was cut: a title that ends in "de" or "la" keeps it.
    found = find_mentions("add a to-do: plan de", clock)
    assert strip_when("Plan de", found) == "Plan de"


def test_a_date_the_model_shortened_is_taken_whole_from_the_user(clock: Clock) -> None:
    # "amanhã às 16h" is in the message, but only as part of "depois de amanhã às 16h".
    found = find_mentions("me lembra de buscar as fotos depois de amanhã às 16h", clock)
    assert grounded_when("amanhã às 16h", found) == "the day after tomorrow at 16:00"
    found = find_mentions("dentist the day after tomorrow at 3pm", clock)
    assert grounded_when("tomorrow at 3pm", found) == "the day after tomorrow at 3pm"
    # The model's words are kept when they are the user's whole phrase.
    found = find_mentions("lunch with Ana on Tuesday at 1", clock)
    assert grounded_when("Tuesday at 1", found) == "Tuesday at 1"
