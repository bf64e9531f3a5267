"""The event intents: add, move or change, and show calendar events.

Adding a reminder or changing a to-do, filed as an event, is handed to the
to-do intents (:mod:`assistant.agent.todo_intents`); they import this module,
so those calls import theirs where they are made.
"""

from __future__ import annotations

from typing import Any

from assistant.agent.act import IntentContext, NotRequested, Outcome, outcome_of
from assistant.agent.asked import (
    BOOKING,
    CALENDAR_NOUNS,
    CALENDAR_WORDS,
    FREE_TIME,
    MOVE,
    NOW_SAID,
    ONE_TIME,
    REMINDER,
)
from assistant.agent.commands import asks_to_be_told, is_command
from assistant.agent.free_time import free_time
from assistant.agent.grounding import grounded_place, said_place
from assistant.agent.intent_parts import as_outcome, event_words, ref_of, renamed
from assistant.agent.more import clause_of
from assistant.agent.moves import as_it_is, end_after
from assistant.agent.named_calendar import named_calendar
from assistant.agent.note_intents import change_note
from assistant.agent.schedule import event_times, strip_when
from assistant.agent.targets import Ref, content_stems, is_anaphora
from assistant.agent.titles import in_own_words
from assistant.agent.which import events_of_the_day, find_item
from assistant.errors import InvalidInput, NotFound
from assistant.tools.registry import tool


@tool(writes=True, noun="event", table="events", progress="Adding an event")
def add_event(
    ctx: IntentContext, title: str, when: str | None = None, location: str | None = None
) -> Outcome:
    """Add a calendar event (repeating or not).

    Args:
        when: Start, in the user's words.
        location: Only if the user says.
    """
    if asks_to_be_told(ctx.text) and not CALENDAR_NOUNS.search(ctx.text):
        raise NotRequested("Nothing was added: the message asks a question.")
    from assistant.agent.todo_intents import add_todos, follow_up  # they import this module

    name = in_own_words(strip_when(title, ctx.mentions) or title, ctx.text, ctx.mentions)
    follow = follow_up(ctx, [name], when)
    if follow is not None:
        return follow
    moved = _moved_not_added(ctx, name, when, location)
    if moved is not None:
        return moved
    if REMINDER.search(clause_of(ctx.text, name)) and not event_words(ctx):
        # "Remind me to pay the bill tomorrow" is something to do, not a calendar entry.
        return as_outcome(add_todos.fn(ctx, items=[name], due=when))
    args: dict[str, Any] = {"title": name, **event_times(when, ctx.mentions, ctx.clock)}
    if "start" not in args:
        if not ctx.mentions.when and not CALENDAR_WORDS.search(ctx.text):
            # "Call my mom for me", "email Tom": an errand, not a calendar entry.
            raise NotRequested("Nothing was added: the message asks for no calendar entry.")
        raise InvalidInput(f"When is '{name}'? Say a day and time, e.g. 'Tuesday at 1pm'.")
    place = grounded_place(location, ctx.text, ctx.mentions)
    if place:
        args["location"] = place
    calendar = named_calendar(ctx, "event")
    if calendar:  # "put it in my work calendar"
        args["calendar"] = calendar
    result = ctx.must("add_event", args)
    return outcome_of(result, [ref_of("event", result.data)])


@tool(writes=True, noun="event", table="events", progress="Changing an event")
def update_event(
    ctx: IntentContext,
    item: str,
    when: str | None = None,
    title: str | None = None,
    location: str | None = None,
) -> Outcome:
    """Move or change an event.

    Args:
        when: New time, in the user's words.
        title: Only if renamed.
        location: Only if the user says.
    """
    several = events_of_the_day(ctx, item)
    if several:  # "move both my Monday meetings to Tuesday"
        return _each_event(ctx, several, when)
    try:
        target = find_item(ctx, "event", item, new=title or "", any_kind=True)
    except NotFound:
        m = ctx.mentions
        new_entry = BOOKING.match(ctx.text.strip()) or not is_command(ctx.text)
        if not new_entry or not (m.when or m.range_start or m.repeat):
            raise
        # "block today from 2pm to 4pm for deep work", "riunione di condominio il primo
        # lunedì di ogni mese alle 18": a new entry, not a change.
        return as_outcome(add_event.fn(ctx, title=title or item, when=when, location=location))
    if target.kind == "todo":
        from assistant.agent.todo_intents import update_todo  # it imports this module

        return as_outcome(update_todo.fn(ctx, item=item, due=when, title=title))
    if target.kind == "note":
        return change_note(ctx, target, title)
    return _change_event(ctx, target, item, when, title, location)


def _change_event(
    ctx: IntentContext,
    target: Ref,
    item: str,
    when: str | None,
    title: str | None = None,
    location: str | None = None,
) -> Outcome:
    """The change the user's words ask of the event ``target``."""
    args: dict[str, Any] = {"event_id": target.id}
    mentions, described = as_it_is(ctx, target)
    # The item's words describe the event ("the lunch on Tuesday"), unless they are
    # the request copied whole ("Verschieb das auf 16 Uhr"): then they hold the change.
    naming = item if content_stems(item) & content_stems(target.title) else ""
    times = event_times(when, mentions, ctx.clock, avoid=f"{naming} {described}", moving=True)
    minutes = times.pop("duration_minutes", None)
    args.update(times)
    if ONE_TIME.search(ctx.text):
        args["repeat"] = "never"  # "just this Tuesday, make it a one-time event"
    if minutes is not None and "end" not in args:
        # "make it two hours": the tool takes an end, not a length.
        args["end"] = end_after(ctx, target, args.get("start"), minutes)
    if renamed(ctx, title, target):
        args["title"] = title
    place = grounded_place(location, ctx.text, ctx.mentions) or said_place(ctx.text, mentions)
    if place and not content_stems(place) <= content_stems(target.title):
        # "le rendez-vous à la banque" names the event 'Rendez-vous banque': no new place.
        args["location"] = place
    if len(args) == 1:
        raise InvalidInput(f"What should change about '{target.title}'? Say a new time or title.")
    return outcome_of(ctx.must("update_event", args), [target])


def _each_event(ctx: IntentContext, targets: list[Ref], when: str | None) -> Outcome:
    """The same change to each event, as one action: one card, one Undo."""
    with ctx.store.group("update_event", f"Change {len(targets)} events") as tx:
        done = [_change_event(ctx, t, t.title, when) for t in targets]
    text = " ".join(o.text for o in done)
    return Outcome(
        text, None, tx.action_id, tool="update_event", touched=tuple(targets),
        reply=" ".join(o.reply for o in done),
    )  # fmt: skip


def _moved_not_added(
    ctx: IntentContext, name: str, when: str | None, location: str | None
) -> Outcome | None:
    """A change filed as a new event: that event, changed.

    "Pasa el dentista del jueves al viernes" asks for a move; "the dentist on
    Thursday is at Smile Clinic now" says, with no request verb, that a stored
    event has changed.
    """
    text = ctx.text.strip()
    if not MOVE.match(text) and not (NOW_SAID.search(text) and not is_command(text)):
        return None
    try:
        find_item(ctx, "event", name)
    except NotFound:
        return None
    return as_outcome(update_event.fn(ctx, item=name, when=when, location=location))


@tool(noun="event", table="events", progress="Looking up events")
def list_events(ctx: IntentContext, range: str | None = None, search: str | None = None) -> Outcome:
    """Show calendar events.

    Args:
        range: Which days, in the user's words.
        search: Words in the title.
    """
    args: dict[str, Any] = {}
    if range and ctx.mentions.covers(range):
        args["range"] = range
    elif ctx.mentions.when:
        args["range"] = ctx.mentions.when[0].text
    if FREE_TIME.search(ctx.text):
        return free_time(ctx, args.get("range"))
    if search and search.strip() and not is_anaphora(search):
        args["query"] = search.strip()
        if "range" not in args:
            args["range"] = "the next 365 days"
    result = ctx.must("list_events", args)
    shown = [Ref("event", int(r["id"]), str(r["title"])) for r in result.data or []]
    return outcome_of(result, shown)
