"""Search everything (assistant/search.py) on a real SQLite file, items made by the tools."""

from __future__ import annotations

from datetime import date
from typing import Any

from assistant.search import LIMIT, fold, people_when, search_everything
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

TOOLS = default_registry()


def make(ctx: ToolContext, tool: str, **args: Any) -> int:
    result = TOOLS.call(ctx, tool, args)
    assert result.ok, result.text
    return int(result.data["id"])


def found(ctx: ToolContext, text: str) -> list[tuple[str, str]]:
    return [(h.kind, h.title) for h in search_everything(ctx.store, ctx.clock, text)]


def test_one_search_finds_todos_events_and_notes(ctx: ToolContext) -> None:
    todo = make(ctx, "add_todo", title="Call the dentist", due="2026-12-01")
    event = make(ctx, "add_event", title="Dentist", start="2026-12-03 09:00")
    note = make(ctx, "create_note", title="Dentists nearby", body="Dr. Silva, Main St.")
    make(ctx, "create_note", title="Groceries", body="milk")
    hits = search_everything(ctx.store, ctx.clock, "dent")
    assert {(h.kind, h.id) for h in hits} == {("todo", todo), ("event", event), ("note", note)}
    # The exact title first, then a title that starts with the words, then a word in a title.
    assert found(ctx, "dentist") == [
        ("event", "Dentist"),
        ("note", "Dentists nearby"),
        ("todo", "Call the dentist"),
    ]


def test_ranking_exact_then_prefix_then_title_words_then_text(ctx: ToolContext) -> None:
    make(ctx, "create_note", title="Notes", body="pay the plumber")
    make(ctx, "add_todo", title="Ask the plumber about the sink")
    make(ctx, "add_todo", title="Plumber invoice")
    make(ctx, "add_event", title="Plumber", start="2026-12-02 08:00")
    assert found(ctx, "plumber") == [
        ("event", "Plumber"),
        ("todo", "Plumber invoice"),
        ("todo", "Ask the plumber about the sink"),
        ("note", "Notes"),
    ]


def test_accents_and_case_do_not_matter_either_way(ctx: ToolContext) -> None:
    make(ctx, "add_todo", title="Café with Zoë")
    make(
        ctx, "add_event", title="Reunião de equipa", start="2026-12-02 10:00", location="São Paulo"
    )
    make(ctx, "create_note", title="Crème brûlée", body="Caramelise the SUGAR")
    assert found(ctx, "CAFE zoe") == [("todo", "Café with Zoë")]
    assert found(ctx, "reuniao") == [("event", "Reunião de equipa")]
    assert found(ctx, "sao paulo") == [("event", "Reunião de equipa")]
    assert found(ctx, "creme brul") == [("note", "Crème brûlée")]
    assert found(ctx, "sugar") == [("note", "Crème brûlée")]
    make(ctx, "add_todo", title="Cafe order")
    assert found(ctx, "café") == [("todo", "Cafe order"), ("todo", "Café with Zoë")]


def test_open_todos_before_done_and_upcoming_events_before_past(ctx: ToolContext) -> None:
    done = make(ctx, "add_todo", title="Yoga mat", due="2026-11-28")
    assert TOOLS.call(ctx, "complete_todo", {"todo_id": done}).ok
    make(ctx, "add_todo", title="Yoga class booking", due="2027-03-01")
    make(ctx, "add_event", title="Yoga retreat", start="2026-10-01 09:00")
    make(ctx, "add_event", title="Yoga workshop", start="2027-01-10 09:00")
    # Within each group the nearest date comes first.
    assert found(ctx, "yoga") == [
        ("event", "Yoga workshop"),
        ("todo", "Yoga class booking"),
        ("todo", "Yoga mat"),
        ("event", "Yoga retreat"),
    ]


def test_a_series_shows_its_next_occurrence(ctx: ToolContext) -> None:
    # Weekly since October: the next one after Friday 27 Nov 10:00 is Monday 30 Nov.
    event = make(ctx, "add_event", title="Standup", start="2026-10-05 09:00", repeat="every monday")
    [hit] = search_everything(ctx.store, ctx.clock, "stand")
    assert (hit.kind, hit.id, hit.day) == ("event", event, date(2026, 11, 30))
    assert hit.when == "Mon 30 Nov 09:00"
    assert not hit.stale


def test_hits_carry_a_snippet_and_a_date_for_people(ctx: ToolContext) -> None:
    make(ctx, "add_todo", title="Taxes", due="2026-11-28 09:30", notes="Send the forms to Ana")
    make(ctx, "add_event", title="Flight", start="2027-01-05", all_day=True, location="Lisbon")
    [todo] = search_everything(ctx.store, ctx.clock, "taxes")
    assert (todo.when, todo.day, todo.snippet) == (
        "Tomorrow 09:30",
        date(2026, 11, 28),
        "Send the forms to Ana",
    )
    [by_notes] = search_everything(ctx.store, ctx.clock, "forms")
    assert by_notes.title == "Taxes" and "forms" in by_notes.snippet
    [flight] = search_everything(ctx.store, ctx.clock, "flight")
    assert (flight.when, flight.snippet) == ("Tue 5 Jan 2027", "Lisbon")


def test_results_are_bounded_and_stay_in_sync_with_edits(ctx: ToolContext) -> None:
    for n in range(LIMIT + 10):
        make(ctx, "add_todo", title=f"Report {n}")
    assert len(search_everything(ctx.store, ctx.clock, "report")) == LIMIT
    todo = make(ctx, "add_todo", title="Old name")
    assert TOOLS.call(ctx, "update_todo", {"todo_id": todo, "title": "New name"}).ok
    assert found(ctx, "old") == []
    assert found(ctx, "new name") == [("todo", "New name")]
    assert TOOLS.call(ctx, "delete_todo", {"todo_id": todo}).ok
    assert found(ctx, "new name") == []


def test_query_syntax_is_only_words(ctx: ToolContext) -> None:
    make(ctx, "create_note", title="Quotes", body='He said "hi" (twice) AND left*')
    for text in ['"', "(", "AND", "NEAR(", "*", "title:", "   ", ""]:
        search_everything(ctx.store, ctx.clock, text)  # never an FTS syntax error
    assert search_everything(ctx.store, ctx.clock, "  ") == []
    assert found(ctx, '"twice"') == [("note", "Quotes")]


def test_fold_and_people_dates(ctx: ToolContext) -> None:
    assert fold("ÉCOLE Straße") == "ecole strasse"
    assert people_when(date(2026, 11, 26), ctx.clock) == "Yesterday"
    assert people_when(date(2026, 12, 4), ctx.clock) == "Fri 4 Dec"


def test_the_snippet_is_cut_around_the_first_match(ctx: ToolContext) -> None:
    body = " ".join(f"word{n}" for n in range(40)) + " the **Zanzibar** trip " + "tail " * 30
    make(ctx, "create_note", title="Travel", body=body)
    [hit] = search_everything(ctx.store, ctx.clock, "zanzi")
    assert hit.snippet.startswith("…word38 word39 the Zanzibar trip tail")
    assert hit.snippet.endswith("…")


def test_one_or_two_letters_match_whole_words_in_notes_and_prefixes_elsewhere(
    ctx: ToolContext,
) -> None:
    make(ctx, "create_note", title="Plano de viagem")
    make(ctx, "create_note", title="Dentists nearby")
    make(ctx, "add_todo", title="Dentist")
    assert found(ctx, "de") == [("todo", "Dentist"), ("note", "Plano de viagem")]
    assert ("note", "Dentists nearby") in found(ctx, "den")
