"""The to-do intents: add, check off, reopen, change and show to-dos."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from assistant.agent.act import IntentContext, NotRequested, Outcome, outcome_of, plain
from assistant.agent.asked import (
    ALL_DONE,
    CANCEL_FIRST,
    DELETE,
    DELETE_FIRST,
    EVERYTHING,
    NO_DATE,
    NOTE_ASK,
    REMINDER,
)
from assistant.agent.commands import asks_to_be_told
from assistant.agent.deleting import delete_named
from assistant.agent.event_intents import add_event, update_event
from assistant.agent.grounding import (
    grounded_items,
    grounded_priority,
    grounded_status,
    grounded_tags,
    said_priority,
    said_tags,
)
from assistant.agent.intent_parts import as_outcome, event_words, joined, ref_of, renamed
from assistant.agent.mentions import resolved
from assistant.agent.more import clause_of
from assistant.agent.moves import kept_day
from assistant.agent.named_calendar import named_calendar
from assistant.agent.note_edits import append_items, list_note, note_body, note_edit
from assistant.agent.note_intents import add_note, change_note
from assistant.agent.schedule import grounded_when
from assistant.agent.targets import Ref, find_target
from assistant.agent.todo_state import intended_state
from assistant.agent.which import find_item, find_items
from assistant.errors import InvalidInput, NotFound
from assistant.store.tags import tags_for
from assistant.todos.model import Priority
from assistant.tools.registry import tool
from assistant.tools.todos import Status


@tool(writes=True, noun="to-do", table="todos", progress="Adding to-dos")
def add_todos(
    ctx: IntentContext,
    items: list[str],
    due: str | None = None,
    priority: Priority | None = None,
    tags: list[str] | None = None,
) -> Outcome:
    """Add one or more to-dos.

    Args:
        items: One title per to-do.
        due: In the user's words.
        priority: Only if the user says.
        tags: Only if the user names them.
    """
    if asks_to_be_told(ctx.text) and not REMINDER.search(ctx.text):
        # "what is 15% of 80?", "how do I boil an egg?": a question, not a to-do.
        raise NotRequested("Nothing was added: the message asks a question.")
    edited = note_edit(ctx)
    if edited is not None:  # "add butter and flour to it too", after a note
        return edited
    titles = grounded_items(items, ctx.mentions, ctx.text)
    if not titles:
        raise InvalidInput("What should the to-do say?")
    if len(titles) == 1 and NOTE_ASK.match(ctx.text.strip()) and not REMINDER.search(ctx.text):
        # "jot down an idea: a podcast about local history" asks for a note.
        return as_outcome(add_note.fn(ctx, title=titles[0], body=note_body(ctx.text)))
    done = _already_listed(ctx, titles)
    if done:
        # "I bought the milk and the bread, tick them off": those to-dos, done.
        return as_outcome(complete_todos.fn(ctx, items=[r.title for r in done]))
    follow = follow_up(ctx, titles, due)
    if follow is not None:
        return follow
    onto = list_note(ctx, titles)
    if onto is not None:  # "put butter on the shopping list", a note
        return append_items(ctx, onto, titles)
    if len(titles) == 1 and (event_words(ctx) or _appointment(ctx, titles[0])):
        # A to-do has no length, time range or repeat: what the user gave one is an
        # event; so is something at a time of day that is not asked to be a to-do.
        return as_outcome(add_event.fn(ctx, title=titles[0], when=due))
    args: dict[str, Any] = {}
    when = grounded_when(due, ctx.mentions)
    if when:
        args["due"] = when
    level = grounded_priority(priority, ctx.text)
    if level:
        args["priority"] = level
    labels = grounded_tags(tags, ctx.text)
    if labels:
        args["tags"] = labels
    calendar = named_calendar(ctx, "todo")
    if calendar:  # "add it to my Tasks list"
        args["calendar"] = calendar
    if len(titles) == 1:
        result = ctx.must("add_todo", {"title": titles[0], **args})
        return outcome_of(result, [ref_of("todo", result.data)])
    results = []
    summary = f"Add {len(titles)} to-dos"
    with ctx.store.group("add_todo", summary) as tx:
        for title in titles:
            results.append(ctx.must("add_todo", {"title": title, **args}))
    records = [r.data for r in results]
    names = joined([f"'{r['title']}'" for r in records])
    text = f"Added {len(records)} to-dos: {names}" + _due_tail(results[0].text) + "."
    return Outcome(
        text, records, tx.action_id, tool="add_todo", arguments={"items": titles, **args},
        touched=tuple(ref_of("todo", r) for r in records), reply=text,
    )  # fmt: skip


@tool(writes=True, noun="to-do", table="todos", progress="Checking off to-dos")
def complete_todos(ctx: IntentContext, items: list[str]) -> Outcome:
    """Mark to-dos as done.

    Args:
        items: Which to-dos, in the user's words.
    """
    items = items or ["it"]
    if (ALL_DONE.search(ctx.text) and DELETE.search(ctx.text)) or DELETE_FIRST.match(ctx.text):
        # "clear out the to-dos I've already finished", "remove the 'book the vet'
        # to-do, I already did it": those go, after asking.
        return delete_named(ctx, "todo", items[0])
    if CANCEL_FIRST.match(ctx.text) and not any(intended_state(ctx.text, i) for i in items):
        # "cancel tomorrow's haircut": that item goes (an event, as often as not).
        return delete_named(ctx, "todo", items[0])
    if len(items) == 1:
        changed = _not_a_completion(ctx, items[0])
        if changed is not None:
            return changed
    return _each_todo(ctx, items, "complete_todo", "Completed")


def _not_a_completion(ctx: IntentContext, item: str) -> Outcome | None:
    """ "Undo that", "make the passport one urgent", "push it to Friday", filed as a check-off.

    A message that reports nothing done but asks for the to-do open again, or
    names a new date or priority, is that change instead.
    """
    try:
        target = find_item(ctx, "todo", item)
    except NotFound:
        return None
    state = intended_state(ctx.text, target.title)
    if state == "open":
        return as_outcome(reopen_todo.fn(ctx, item=target.title))
    if state == "done":
        return None
    level = said_priority(ctx.text)
    if level or grounded_when(None, ctx.mentions, avoid=target.title):
        return as_outcome(update_todo.fn(ctx, item=target.title, priority=level))
    return None


@tool(writes=True, noun="to-do", table="todos", progress="Reopening a to-do")
def reopen_todo(ctx: IntentContext, item: str) -> Outcome:
    """Reopen a done to-do."""
    return _each_todo(ctx, [item], "reopen_todo", "Reopened")


@tool(writes=True, noun="to-do", table="todos", progress="Changing a to-do")
def update_todo(
    ctx: IntentContext,
    item: str,
    due: str | None = None,
    title: str | None = None,
    priority: Priority | None = None,
) -> Outcome:
    """Change a to-do.

    Args:
        due: New due date, in the user's words.
        title: Only if renamed.
        priority: Only if the user says.
    """
    target = find_item(ctx, "todo", item, new=title or "", any_kind=True)
    if target.kind == "event":
        return as_outcome(update_event.fn(ctx, item=item, when=due, title=title))
    if target.kind == "note":
        return change_note(ctx, target, title)
    args: dict[str, Any] = {"todo_id": target.id}
    when = kept_day(ctx, target, grounded_when(due, ctx.mentions, avoid=item))
    if NO_DATE.search(ctx.text):
        args["due"] = "none"  # "it doesn't have a deadline anymore"
    elif when:
        args["due"] = when
    if renamed(ctx, title, target):
        args["title"] = title
    level = grounded_priority(priority, ctx.text) or (said_priority(ctx.text) if priority else None)
    if level:
        args["priority"] = level
    labels = said_tags(ctx.text)
    if labels:  # "tag it work": added to the tags it has
        have = tags_for(ctx.store, "todos", [target.id]).get(target.id, [])
        args["tags"] = list(dict.fromkeys([*have, *labels]))
    if len(args) == 1:
        # "I picked up the gym bag", "reopen the invoice": a state, not a change.
        state = intended_state(ctx.text, target.title)
        if state == "done":
            return as_outcome(complete_todos.fn(ctx, items=[target.title]))
        if state == "open":
            return as_outcome(reopen_todo.fn(ctx, item=target.title))
        raise InvalidInput(
            f"What should change about '{target.title}'? Say a new date or title; "
            "if it is done, it can be checked off."
        )
    return outcome_of(ctx.must("update_todo", args), [target])


@tool(noun="to-do", table="todos", progress="Looking up to-dos")
def list_todos(ctx: IntentContext, status: Status = "open", due: str | None = None) -> Outcome:
    """Show to-dos.

    Args:
        due: Due by then, in the user's words.
    """
    args: dict[str, Any] = {"status": grounded_status(status, ctx.text)}
    when = grounded_when(due, ctx.mentions)
    if when:
        args["due_before"] = when
    result = ctx.must("list_todos", args)
    shown = [ref_of("todo", r) for r in result.data or []]
    if not ctx.mentions.when:
        return outcome_of(result, shown)
    # "What do I have tomorrow?": the day's events belong in the answer too.
    day = ctx.must("list_events", {"range": ctx.mentions.when[0].text})
    shown += [Ref("event", int(r["id"]), str(r["title"])) for r in day.data or []]
    text = f"{result.text}\n{day.text}"
    return Outcome(
        text, result.data, None, tool="list_todos", arguments=args, touched=tuple(shown),
        reply=plain(text),
    )  # fmt: skip


def _each_todo(ctx: IntentContext, items: list[str], name: str, verb: str) -> Outcome:
    targets: list[Ref] = []
    if any(EVERYTHING.search(i) for i in items) and name == "complete_todo":
        rows = ctx.store.query("SELECT id, title FROM todos WHERE done = 0 ORDER BY id LIMIT 50")
        items, targets = [], [Ref("todo", r["id"], r["title"]) for r in rows]
        if not targets:
            raise InvalidInput("There are no open to-dos to check off.")
    for item in items:
        for ref in find_items(ctx, item):
            if ref.kind != "todo":  # "it" after a turn about an event or note
                raise InvalidInput(f"'{ref.title}' is not a to-do; only to-dos are checked off.")
            if ref not in targets:
                targets.append(ref)
    if len(targets) == 1:
        return outcome_of(ctx.must(name, {"todo_id": targets[0].id}), targets)
    with ctx.store.group(name, f"{verb} {len(targets)} to-dos") as tx:
        for ref in targets:
            ctx.must(name, {"todo_id": ref.id})
    text = f"{verb} {len(targets)} to-dos: {joined([repr(r.title) for r in targets])}."
    return Outcome(
        text, [r.to_json() for r in targets], tx.action_id, tool=name,
        arguments={"todo_ids": [r.id for r in targets]}, touched=tuple(targets), reply=text,
    )  # fmt: skip


_REFERENCE_WORDS = {
    "make", "it", "that", "this", "move", "change", "set", "them", "those", "the", "one",
    "same", "to", "do", "please", "instead", "actually",
}  # fmt: skip


def follow_up(ctx: IntentContext, titles: list[str], when: str | None) -> Outcome | None:
    """ "Make that weekly" names no new item: it changes what the last turn touched."""
    words = {w for t in titles for w in re.findall(r"[\w']+", t.casefold())}
    if not ctx.focus or not words or not words <= _REFERENCE_WORDS:
        return None
    if ctx.focus[-1].kind == "event":
        return as_outcome(update_event.fn(ctx, item="that", when=when))
    return as_outcome(update_todo.fn(ctx, item="that", due=when))


def _already_listed(ctx: IntentContext, titles: list[str]) -> list[Ref]:
    """The open to-dos ``titles`` name, when the message reports them done."""
    found: list[Ref] = []
    for title in titles:
        # "I picked up the gym bag" filed as "Pick up the gym bag": its verb, in the past.
        if intended_state(ctx.text, title) != "done":
            return []
        try:
            ref = find_target(ctx.store, "todo", title, [])
        except NotFound:
            return []
        found.append(ref)
    return found


def _appointment(ctx: IntentContext, title: str) -> bool:
    """ "Dinner with Claire tomorrow at 8": a time of day, and no word asking for a to-do."""
    if REMINDER.search(clause_of(ctx.text, title)):
        return False
    return any(isinstance(resolved(s.text, ctx.clock), datetime) for s in ctx.mentions.when)


def _due_tail(text: str) -> str:
    found = re.search(r",? due ([^.;]+)", plain(text))
    return f", due {found.group(1)}" if found else ""
