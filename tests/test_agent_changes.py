"""Changes and deletes a small model files loosely, against a real store.

The model's call is scripted as small models really write it: the wrong kind
of item, the item in another word form, a repeat or a day that only says
which item is meant. Code decides from the store and the user's words.
"""

from __future__ import annotations

from typing import Any

from test_agent_intents import events, first_result, run

from assistant.agent.targets import Ref
from assistant.clock import Clock
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext


def setup(store: Store, clock: Clock, *calls: tuple[str, dict[str, Any]]) -> None:
    ctx = ToolContext(store, clock)
    for name, arguments in calls:
        assert default_registry().call(ctx, name, arguments).ok


def notes(store: Store) -> list[tuple[str, str]]:
    return [(r["title"], r["body"]) for r in store.query("SELECT title, body FROM notes")]


def test_a_note_renamed_through_a_to_do_change(store: Store, clock: Clock) -> None:
    setup(store, clock, ("create_note", {"title": "Ideas", "body": "habit tracker"}))
    result = run(store, clock, "rename my note 'Ideas' to 'App ideas'", "update_todo",
                 item="Ideas", title="App ideas")  # fmt: skip
    assert notes(store) == [("App ideas", "habit tracker")]
    assert result.generations == 1


def test_one_value_in_a_note_changed(store: Store, clock: Clock) -> None:
    body = "Network: HomeNet, password: hunter2"
    setup(store, clock, ("create_note", {"title": "Wifi", "body": body}))
    run(store, clock, "in my wifi note, change the password to sunflower42", "update_todo",
        item="wifi note", title="wifi note", priority="normal")  # fmt: skip
    assert notes(store) == [("Wifi", "Network: HomeNet, password: sunflower42")]
    # A value the note does not hold is not invented: nothing changes.
    run(store, clock, "in my wifi note, change the pin to 1234", "update_todo", item="wifi note")
    assert notes(store) == [("Wifi", "Network: HomeNet, password: sunflower42")]


def test_a_delete_of_the_wrong_kind_deletes_the_item_named(store: Store, clock: Clock) -> None:
    setup(
        store, clock,
        ("add_todo", {"title": "Comprare il latte"}),
        ("add_todo", {"title": "Portare la macchina dal meccanico"}),
        ("add_event", {"title": "Planning", "start": "2026-11-30T10:00"}),
    )  # fmt: skip
    # "promemoria" is a reminder: the to-do, though the model said note.
    run(store, clock, "cancella il promemoria del latte", "delete", kind="note",
        item="promemoria del latte")  # fmt: skip
    assert [r["title"] for r in store.query("SELECT title FROM todos")] == [
        "Portare la macchina dal meccanico"
    ]
    focus = [Ref("event", 1, "Planning")]
    run(store, clock, "cancel the first one", "delete", focus=focus, kind="todo", item="Planning")
    assert events(store) == []


def test_the_kind_the_user_names_is_not_overruled(store: Store, clock: Clock) -> None:
    setup(store, clock, ("add_event", {"title": "Planning", "start": "2026-11-30T10:00"}))
    result = run(store, clock, "delete the planning note", "delete", kind="note", item="planning")
    assert [e["title"] for e in events(store)] == ["Planning"]
    assert first_result(result).endswith("There is a event 'Planning'.")


def test_words_in_another_form_name_the_item(store: Store, clock: Clock) -> None:
    setup(
        store, clock,
        ("create_note", {"title": "Alte Rezepte", "body": "Linsensuppe"}),
        ("create_note", {"title": "Urlaubsplanung", "body": "Gardasee"}),
        ("add_todo", {"title": "Acheter du pain"}),
        ("add_todo", {"title": "Réserver le restaurant"}),
    )  # fmt: skip
    run(store, clock, "Lösch die Notiz mit den alten Rezepten", "delete", kind="note",
        item="alten Rezepten")  # fmt: skip
    assert [t for t, _ in notes(store)] == ["Urlaubsplanung"]
    run(store, clock, "c'est bon, j'ai réservé le resto, tu peux cocher", "complete_todos",
        items=["Réservation du resto"])  # fmt: skip
    done = store.query("SELECT title, done FROM todos ORDER BY id")
    assert [(r["title"], r["done"]) for r in done] == [
        ("Acheter du pain", 0),
        ("Réserver le restaurant", 1),
    ]


def test_a_repeat_that_says_which_series_keeps_the_series_day(store: Store, clock: Clock) -> None:
    setup(store, clock, ("add_event", {"title": "Yoga", "start": "2026-12-02T18:00",
                                       "repeat": "every wednesday"}))  # fmt: skip
    run(store, clock, "move my weekly yoga to 7pm", "update_event", item="Yoga", when="7pm")
    (yoga,) = events(store)
    assert (yoga["start"], yoga["rrule"]) == ("2026-12-02T19:00:00", "FREQ=WEEKLY;BYDAY=WE")


def test_a_day_that_says_which_event_is_not_a_move(store: Store, clock: Clock) -> None:
    # Friday 27 November: "my call on Friday" is the one on 4 December.
    setup(store, clock, ("add_event", {"title": "Call with Dad", "start": "2026-12-04T18:00"}))
    run(store, clock, "make my call with Dad on Friday a weekly thing", "update_todo",
        item="make my call with Dad", due="Friday", priority="normal")  # fmt: skip
    (call,) = events(store)
    assert (call["start"], call["rrule"]) == ("2026-12-04T18:00:00", "FREQ=WEEKLY;BYDAY=FR")


def test_a_bare_time_keeps_the_to_dos_day(store: Store, clock: Clock) -> None:
    setup(store, clock, ("add_todo", {"title": "Call mom", "due": "2026-11-28T14:00"}))
    run(store, clock, "actually make it 3pm", "update_todo", focus=[Ref("todo", 1, "Call mom")],
        item="Call mom", due="Sat 2026-11-28 17:00 CET")  # fmt: skip
    (todo,) = store.query("SELECT due_date, due_at FROM todos")
    assert todo["due_date"] == "2026-11-28"
    assert todo["due_at"] == "2026-11-28T14:00:00"  # UTC: 15:00 in Berlin, was 14:00


def test_checking_off_an_event_changes_no_to_do(store: Store, clock: Clock) -> None:
    setup(
        store, clock,
        ("add_todo", {"title": "Buy stamps"}),
        ("add_event", {"title": "Dentist", "start": "2026-11-30T10:00"}),
    )  # fmt: skip
    # The event and the to-do have the same id: "it" must not check off the to-do.
    result = run(store, clock, "done with it", "complete_todos", focus=[Ref("event", 1, "Dentist")],
                 items=["it"])  # fmt: skip
    assert store.query("SELECT done FROM todos") == [{"done": 0}]
    assert "'Dentist' is not a to-do" in first_result(result)
