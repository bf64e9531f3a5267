"""Which part of a message no call has spoken to yet (the loop's second look)."""

from __future__ import annotations

import pytest

from assistant.agent.mentions import find_mentions
from assistant.agent.more import clause_of, repeats, unaccounted
from assistant.clock import Clock
from assistant.models.formats import ToolCall


@pytest.mark.parametrize(
    ("text", "call", "left"),
    [
        ("put my vet appointment on Tuesday at 4pm in the calendar, and remind me to buy cat "
         "food tomorrow", ToolCall("add_event", {"title": "Vet appointment", "when": "Tuesday"}),
         ["remind me to buy cat food tomorrow"]),
        ("make a note that my locker code is 2231, and remind me to pick up my gym bag on Monday",
         ToolCall("add_note", {"title": "Locker code", "body": "2231"}),
         ["remind me to pick up my gym bag on Monday", "make a note that my locker code is 2231"]),
        ("trag Zahnarzt am Montag um 9 ein und erinnere mich an die Steuer",
         ToolCall("add_event", {"title": "Zahnarzt", "when": "Montag um 9"}),
         ["erinnere mich an die Steuer"]),
        # One request, however it is worded: no second look.
        ("add eggs and bread", ToolCall("add_todos", {"items": ["eggs", "bread"]}), []),
        ("lunch with Ana and Tom on Tuesday at 1",
         ToolCall("add_event", {"title": "Lunch with Ana", "when": "Tuesday at 1"}), []),
        ("I picked up the gym bag", ToolCall("complete_todos", {"items": ["gym bag"]}), []),
        ("delete the eggs and bread to-dos",
         ToolCall("delete", {"kind": "todo", "item": "eggs and bread"}), []),
        # Words that count the items or say "I have": no request of their own.
        ("add three to-dos: pick up the parcel, book the vet, and buy a birthday card for Sara",
         ToolCall("add_todos", {"items": ["Pick up the parcel", "Book the vet",
                                          "Buy a birthday card for Sara"]}), []),
        ("ya he comprado la leche y el pan, táchalos",
         ToolCall("complete_todos", {"items": ["Comprar leche", "Comprar pan"]}), []),
        ("schedule a call with Dad on Friday at 6 and make it weekly",
         ToolCall("add_event", {"title": "Call with Dad", "when": "Friday at 6"}), []),
    ],
)  # fmt: skip
def test_what_is_left(clock: Clock, text: str, call: ToolCall, left: list[str]) -> None:
    assert unaccounted(find_mentions(text, clock), [call]) == left


def test_the_reminder_word_belongs_to_its_own_clause() -> None:
    text = "put my vet appointment on Tuesday at 4pm in the calendar, and remind me to buy cat food"
    assert clause_of(text, "Vet appointment") == (
        "put my vet appointment on Tuesday at 4pm in the calendar"
    )
    assert clause_of("remind me to pay the bill", "Pay the bill") == "remind me to pay the bill"


def test_a_repeat_is_the_same_intent_with_no_new_words() -> None:
    first = ToolCall("add_event", {"title": "Vet appointment", "when": "Tuesday at 4pm"})
    assert repeats(ToolCall("add_event", {"title": "the vet appointment"}), [first])
    assert not repeats(ToolCall("add_event", {"title": "Parents' evening"}), [first])
    assert not repeats(ToolCall("add_todos", {"items": ["Vet appointment"]}), [first])


def test_a_clause_with_a_date_of_its_own_is_a_request_with_one_word_left(clock: Clock) -> None:
    """ "parents' evening on Wednesday at 7pm": "evening" is read as part of the date."""
    text = (
        "put the school concert on Thursday at 6pm and parents' evening on Wednesday "
        "at 7pm in my calendar"
    )
    first = ToolCall("add_event", {"title": "School concert", "when": "Thursday at 6pm"})
    assert unaccounted(find_mentions(text, clock), [first]) == [
        "parents' evening on Wednesday at 7pm in my calendar"
    ]
