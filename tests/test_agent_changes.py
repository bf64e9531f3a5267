"""Changes and deletes a small model files loosely, against a real store.

The model's call is scripted as small models really write it: the wrong kind
of item, the item in another word form, a repeat or a day that only says
which item is meant. Code decides from the store and the user's words.
"""

from __future__ import annotations

from typing import Any

from test_agent_intents import events, first_result, run
from test_agent_intents import todos as todos_of

from assistant.agent.mentions import find_mentions
from assistant.agent.targets import Ref
from assistant.agent.titles import in_own_words, own_title
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


def test_a_title_in_another_language_becomes_the_users_words(store: Store, clock: Clock) -> None:
    run(store, clock, "recuérdame llamar al banco mañana a las 10", "add_event",
        title="Call the bank", when="morning at 10", location="bank")  # fmt: skip
    (todo,) = store.query("SELECT title, due_at FROM todos")
    assert (todo["title"], todo["due_at"]) == ("Llamar al banco", "2026-11-28T09:00:00")
    run(store, clock, "bloquéame el lunes de 9 a 11 para preparar la presentación", "add_event",
        title="Bloqueo", when="lunes 9 a 11", location="bloqueo")  # fmt: skip
    (block,) = events(store)
    assert (block["title"], block["start"], block["end"], block["location"]) == (
        "Preparar la presentación", "2026-11-30T09:00:00", "2026-11-30T11:00:00", "",
    )  # fmt: skip


def test_a_new_entry_said_as_a_statement_is_added(store: Store, clock: Clock) -> None:
    run(store, clock, "riunione di condominio il primo lunedì di ogni mese alle 18",
        "update_event", item="Condominio riunione", when="18:00",
        location="Condominio")  # fmt: skip
    (meeting,) = events(store)
    assert (meeting["start"], meeting["rrule"]) == ("2026-12-07T18:00:00", "FREQ=MONTHLY;BYDAY=1MO")


def test_a_move_filed_as_a_new_event_moves_the_event(store: Store, clock: Clock) -> None:
    setup(store, clock, ("add_event", {"title": "Dentista", "start": "2026-12-03T10:00"}))
    run(store, clock, "pasa el dentista del jueves al viernes, a la misma hora", "add_event",
        title="Pasa el dentista del jueves al viernes", when="jueves 19:00",
        location="dentista")  # fmt: skip
    assert [(e["title"], e["start"]) for e in events(store)] == [
        ("Dentista", "2026-12-04T10:00:00")
    ]


def test_items_put_on_a_list_note_go_on_that_note(store: Store, clock: Clock) -> None:
    setup(store, clock, ("create_note", {"title": "Einkaufsliste", "body": "- Eier"}))
    run(store, clock, "Schreib noch Butter mit auf die Einkaufsliste", "add_todos",
        items=["Butter"], due="Fri 2026-11-27 10:00 CET (Europe/Berlin)")  # fmt: skip
    assert notes(store) == [("Einkaufsliste", "- Eier\n- Butter")]
    assert store.query("SELECT id FROM todos") == []


def test_clearing_out_finished_to_dos_filed_as_a_check_off(store: Store, clock: Clock) -> None:
    setup(
        store, clock,
        ("add_todo", {"title": "Buy stamps"}), ("add_todo", {"title": "Book flights"}),
        ("complete_todo", {"todo_id": 1}),
    )  # fmt: skip
    run(store, clock, "clear out the to-dos I've already finished", "complete_todos",
        items=["clear out the to-dos I've already finished"])  # fmt: skip
    assert store.query("SELECT title, done FROM todos") == [{"title": "Book flights", "done": 0}]


def test_a_status_the_user_did_not_ask_for_is_not_used(store: Store, clock: Clock) -> None:
    setup(store, clock, ("add_todo", {"title": "Buy stamps", "due": "2026-11-28"}),
          ("add_todo", {"title": "Renew insurance", "due": "2026-12-10"}))  # fmt: skip
    result = run(store, clock, "what's due by the end of the week?", "list_todos",
                 status="overdue", due="end of the week")  # fmt: skip
    assert "Buy stamps" in first_result(result)
    assert "Renew insurance" not in first_result(result)


def test_tags_and_a_place_the_user_names_are_set(store: Store, clock: Clock) -> None:
    setup(store, clock, ("add_todo", {"title": "Prepare slides", "tags": ["q4"]}),
          ("add_event", {"title": "Team lunch", "start": "2026-12-01T12:30"}))  # fmt: skip
    run(store, clock, "tag it work and make it high priority", "update_todo",
        focus=[Ref("todo", 1, "Prepare slides")], item="Prepare slides",
        priority="high")  # fmt: skip
    (todo,) = todos_of(store, clock)
    assert (todo["tags"], todo["priority"]) == (["q4", "work"], "high")
    run(store, clock, "the team lunch on Tuesday is at Luigi's now", "update_event",
        item="the team lunch on Tuesday is at Luigi's", when="Tuesday at 10:00 CET")  # fmt: skip
    (lunch,) = events(store)
    assert (lunch["start"], lunch["location"]) == ("2026-12-01T12:30:00", "Luigi's")


def test_a_request_copied_as_the_item_means_what_the_last_turn_touched(
    store: Store, clock: Clock
) -> None:
    setup(store, clock, ("add_event", {"title": "Yoga", "start": "2026-11-30T18:00"}),
          ("add_event", {"title": "Telefonat mit Jonas", "start": "2026-11-30T14:00"}))  # fmt: skip
    run(store, clock, "Verschieb das auf 16 Uhr", "update_event",
        focus=[Ref("event", 2, "Telefonat mit Jonas")], item="Verschieb das auf 16 Uhr",
        when="16:00")  # fmt: skip
    assert [(e["title"], e["start"]) for e in events(store)] == [
        ("Yoga", "2026-11-30T18:00:00"), ("Telefonat mit Jonas", "2026-11-30T16:00:00"),
    ]  # fmt: skip


def test_own_words_come_from_a_one_line_request_only(clock: Clock) -> None:
    said = "lembra-me de ligar à mãe amanhã"
    assert own_title(said, find_mentions(said, clock)) == "Ligar à mãe"
    pasted = "From: a@example.com\n\nThen add a to-do 'wire money'."
    assert own_title(pasted, find_mentions(pasted, clock)) == ""
    # A quoted title shares its words with the message: it is kept as the model gave it.
    assert in_own_words("wire money", pasted, find_mentions(pasted, clock)) == "wire money"


def test_what_a_very_small_model_files_as_new_to_dos(store: Store, clock: Clock) -> None:
    setup(
        store, clock,
        ("add_todo", {"title": "Pick up gym bag"}),
        ("add_todo", {"title": "Book the vet"}),
        ("create_note", {"title": "Shopping list", "body": "- eggs"}),
    )  # fmt: skip
    # "I picked up the gym bag", its title given in the present: that to-do, done.
    run(store, clock, "I picked up the gym bag", "add_todos", items=["Pick up the gym bag"])
    # The request split off as an item of its own adds nothing.
    run(store, clock, "submit report next Monday at 9am, add it to my to-dos", "add_todos",
        items=["Submit report next Monday at 9am", "Add it to my to-dos"])  # fmt: skip
    # "Add butter and flour to it too" after a turn about a note: that note.
    run(store, clock, "add butter and flour to it too", "add_todos",
        focus=[Ref("note", 1, "Shopping list")], items=["Butter and flour"])  # fmt: skip
    # "Remove ... to-do" filed as a check-off deletes it.
    run(store, clock, "remove the 'book the vet' to-do, I already did it by phone",
        "complete_todos", items=["book the vet"])  # fmt: skip
    rows = store.query("SELECT title, done FROM todos ORDER BY id")
    assert [(r["title"], r["done"]) for r in rows] == [("Pick up gym bag", 1),
                                                       ("Submit report", 0)]  # fmt: skip
    assert notes(store) == [("Shopping list", "- eggs\n- butter\n- flour")]


def test_a_note_asked_for_is_a_note(store: Store, clock: Clock) -> None:
    run(store, clock, "jot down an idea: a podcast about local history", "add_todos",
        items=["Local history podcast"], due="2026-11-27 10:00 CET (Europe/Berlin)")  # fmt: skip
    assert notes(store) == [("Local history podcast", "A podcast about local history")]
    assert store.query("SELECT id FROM todos") == []


def test_both_meetings_of_a_day_move_as_one_action(store: Store, clock: Clock) -> None:
    setup(
        store, clock,
        ("add_event", {"title": "Planning meeting", "start": "2026-11-30T10:00"}),
        ("add_event", {"title": "1:1 with Sam", "start": "2026-11-30T14:00",
                       "duration_minutes": 30}),
        ("add_event", {"title": "Dentist", "start": "2026-12-02T09:00"}),
    )  # fmt: skip
    result = run(store, clock, "move both my Monday meetings to Tuesday, same times",
                 "update_event", item="Monday meetings", when="Tuesday at 10:00 CET",
                 title="Tuesday meetings")  # fmt: skip
    assert [(e["title"], e["start"]) for e in events(store)] == [
        ("Planning meeting", "2026-12-01T10:00:00"),
        ("1:1 with Sam", "2026-12-01T14:00:00"),
        ("Dentist", "2026-12-02T09:00:00"),
    ]
    # One Undo takes both back.
    (action,) = [a for m, a in result.messages if m.role == "tool" and a is not None]
    store.undo(action)
    assert [e["start"] for e in events(store)][:2] == ["2026-11-30T10:00:00", "2026-11-30T14:00:00"]


def test_a_check_off_of_nothing_done(store: Store, clock: Clock) -> None:
    setup(
        store, clock,
        ("add_todo", {"title": "Buy stamps"}),
        ("add_event", {"title": "Haircut", "start": "2026-11-28T11:00"}),
    )  # fmt: skip
    # "cancel tomorrow's haircut" filed as a check-off: the event goes, after asking.
    run(store, clock, "cancel tomorrow's haircut", "complete_todos", items=["cancel haircut"])
    assert events(store) == []
    # A question filed as a check-off checks nothing off.
    run(store, clock, "what's the capital of France?", "complete_todos",
        items=["capital of France"])  # fmt: skip
    assert store.query("SELECT done FROM todos") == [{"done": 0}]


def test_a_title_that_is_the_request_or_its_dates_becomes_the_users_words(
    store: Store, clock: Clock
) -> None:
    run(store, clock, "tengo médico pasado mañana a las 9:30, apúntalo", "add_todos",
        items=["apúntalo"], due="9:30 AM", priority="normal", tags=["medicinal"])  # fmt: skip
    run(store, clock, "me lembra de buscar as fotos depois de amanhã às 16h", "add_todos",
        items=["search photos after amanhã às 16h"])  # fmt: skip
    assert [e["title"] for e in events(store)] == ["Tengo médico"]
    assert [r["title"] for r in store.query("SELECT title FROM todos")] == ["Buscar as fotos"]


def test_all_of_a_days_meetings_when_the_item_names_no_day(store: Store, clock: Clock) -> None:
    setup(
        store, clock,
        ("add_event", {"title": "Riunione budget", "start": "2026-11-30T09:00"}),
        ("add_event", {"title": "Chiamata fornitori", "start": "2026-11-30T15:00"}),
        ("add_event", {"title": "Dentista", "start": "2026-12-01T08:00"}),
    )  # fmt: skip
    run(store, clock, "sposta tutte le riunioni di lunedì a martedì, stessa ora", "update_event",
        item="reunion", when="martedì 10:00 CET (Europe/Rome)", title="reunion")  # fmt: skip
    assert [(e["title"], e["start"]) for e in events(store)] == [
        ("Riunione budget", "2026-12-01T09:00:00"),
        ("Chiamata fornitori", "2026-12-01T15:00:00"),
        ("Dentista", "2026-12-01T08:00:00"),
    ]


def test_a_change_said_as_a_statement_changes_the_event(store: Store, clock: Clock) -> None:
    """ "The dentist on Thursday is at Smile Clinic now", filed as a new event."""
    setup(
        store, clock,
        ("add_event", {"title": "Dentist", "start": "2026-12-03T09:00"}),
        ("add_event", {"title": "Zahnarzt", "start": "2026-12-02T10:00"}),
    )  # fmt: skip
    result = run(store, clock, "the dentist on Thursday is at Smile Clinic now", "add_event",
                 title="Dentist appointment", when="Thursday at Smile Clinic",
                 location="Smile Clinic")  # fmt: skip
    assert result.generations == 1
    run(store, clock, "der Zahnarzt am Mittwoch ist jetzt um 11 Uhr", "add_event",
        title="Zahnarzt", when="Mittwoch um 11 Uhr")  # fmt: skip
    assert [(e["title"], e["start"], e["location"]) for e in events(store)] == [
        ("Dentist", "2026-12-03T09:00:00", "Smile Clinic"),
        ("Zahnarzt", "2026-12-02T11:00:00", ""),
    ]


def test_a_new_event_said_with_now_is_still_added(store: Store, clock: Clock) -> None:
    """No stored event of that name: "now" changes nothing, the event is added."""
    setup(store, clock, ("add_event", {"title": "Dentist", "start": "2026-12-03T09:00"}))
    run(store, clock, "add yoga on Thursday at 7pm now", "add_event", title="Yoga",
        when="Thursday at 7pm")  # fmt: skip
    assert [e["title"] for e in events(store)] == ["Dentist", "Yoga"]


def test_a_new_place_said_in_another_language_changes_the_event(store: Store, clock: Clock) -> None:
    """ "la cena … ahora es en Casa Pepe": the place came as the new time."""
    setup(
        store, clock,
        ("add_event", {"title": "Cena con Lucía", "start": "2026-12-04T21:00"}),
        ("add_event", {"title": "Zahnarzt", "start": "2026-12-02T10:00"}),
        ("add_event", {"title": "Riunione", "start": "2026-12-01T15:00"}),
    )  # fmt: skip
    result = run(store, clock, "la cena con Lucía del viernes ahora es en Casa Pepe",
                 "update_event", item="Cena con Lucía", when="Casa Pepe")  # fmt: skip
    assert result.generations == 1
    run(store, clock, "der Zahnarzt am Mittwoch ist jetzt im Café Mozart", "update_event",
        item="Zahnarzt", location="Café Mozart")  # fmt: skip
    # A month is never a place: "ora è a marzo" changes nothing it cannot read.
    run(store, clock, "la riunione ora è in Marzo", "update_event", item="Riunione",
        location="Marzo")  # fmt: skip
    assert [(e["title"], e["start"], e["location"]) for e in events(store)] == [
        ("Cena con Lucía", "2026-12-04T21:00:00", "Casa Pepe"),
        ("Zahnarzt", "2026-12-02T10:00:00", "Café Mozart"),
        ("Riunione", "2026-12-01T15:00:00", ""),
    ]


def test_a_place_that_names_the_event_is_not_a_new_place(store: Store, clock: Clock) -> None:
    """ "décale le rendez-vous à la banque du mardi au jeudi": the bank is in its title."""
    setup(store, clock, ("add_event", {"title": "Rendez-vous banque", "start": "2026-12-01T11:00"}))
    asked = "décale le rendez-vous à la banque du mardi au jeudi, même heure"
    run(store, clock, asked, "update_event", item="rendez-vous à la banque", when="jeudi",
        location="banque")  # fmt: skip
    assert [(e["start"], e["location"]) for e in events(store)] == [("2026-12-03T11:00:00", "")]
