"""The few, small tools the model chooses between; code does the rest.

A small model is good at a short closed choice (which intent) and at language
(a title), and bad at dates, ids and leaving fields empty. So these intents
take only what needs language. Everything else comes from code:

- dates, times, ranges, lengths and repeats from the user's own words
  (:mod:`assistant.agent.mentions`); a date the model passes is used only when
  the user's message holds those words;
- a location, tag or priority only when the user's message names it;
- which item from the user's words and the previous turn (:mod:`assistant.agent.targets`);
- several to-dos from one request as one journal group: one card, one Undo.

Each intent runs the real tools (:mod:`assistant.tools`), and returns an
:class:`~assistant.agent.act.Outcome` whose reply is composed from what the
tools stored, so a write turn needs no second generation.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from assistant.agent.act import (
    IntentContext,
    NotRequested,
    Outcome,
    outcome_of,
    plain,
)
from assistant.agent.asked import (
    ALL_DONE,
    BOOKING,
    CALENDAR_NOUNS,
    CALENDAR_WORDS,
    CANCEL_FIRST,
    DELETE,
    DELETE_FIRST,
    EVERYTHING,
    FREE_TIME,
    MOVE,
    NO_DATE,
    NOTE_ASK,
    NOTE_WORDS,
    ONE_TIME,
    REMINDER,
    RENAME,
    REPLACE,
)
from assistant.agent.commands import asks_to_be_told, is_command
from assistant.agent.deleting import delete_named
from assistant.agent.free_time import free_time
from assistant.agent.grounding import (
    grounded_items,
    grounded_place,
    grounded_priority,
    grounded_status,
    grounded_tags,
    said_place,
    said_priority,
    said_tags,
)
from assistant.agent.mentions import resolved
from assistant.agent.more import clause_of
from assistant.agent.moves import as_it_is, end_after, kept_day
from assistant.agent.named_calendar import named_calendar
from assistant.agent.note_edits import (
    NEW_NOTE_TAGS,
    append_items,
    field_edit,
    list_note,
    new_note_tags,
    note_body,
    note_edit,
)
from assistant.agent.schedule import event_times, grounded_when, strip_when
from assistant.agent.targets import (
    Kind,
    Ref,
    content_stems,
    find_target,
    is_anaphora,
)
from assistant.agent.titles import in_own_words
from assistant.agent.todo_state import intended_state
from assistant.agent.which import events_of_the_day, find_item, find_items
from assistant.errors import InvalidInput, NotFound
from assistant.store.tags import tags_for
from assistant.todos.model import Priority
from assistant.tools.registry import Tool, ToolRegistry, tool
from assistant.tools.todos import Status

# -- to-dos ------------------------------------------------------------------------


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
        return _as_outcome(add_note.fn(ctx, title=titles[0], body=note_body(ctx.text)))
    done = _already_listed(ctx, titles)
    if done:
        # "I bought the milk and the bread, tick them off": those to-dos, done.
        return _as_outcome(complete_todos.fn(ctx, items=[r.title for r in done]))
    follow = _follow_up(ctx, titles, due)
    if follow is not None:
        return follow
    onto = list_note(ctx, titles)
    if onto is not None:  # "put butter on the shopping list", a note
        return append_items(ctx, onto, titles)
    if len(titles) == 1 and (_event_words(ctx) or _appointment(ctx, titles[0])):
        # A to-do has no length, time range or repeat: what the user gave one is an
        # event; so is something at a time of day that is not asked to be a to-do.
        return _as_outcome(add_event.fn(ctx, title=titles[0], when=due))
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
        return outcome_of(result, [_ref("todo", result.data)])
    results = []
    summary = f"Add {len(titles)} to-dos"
    with ctx.store.group("add_todo", summary) as tx:
        for title in titles:
            results.append(ctx.must("add_todo", {"title": title, **args}))
    records = [r.data for r in results]
    names = _join([f"'{r['title']}'" for r in records])
    text = f"Added {len(records)} to-dos: {names}" + _due_tail(results[0].text) + "."
    return Outcome(
        text, records, tx.action_id, tool="add_todo", arguments={"items": titles, **args},
        touched=tuple(_ref("todo", r) for r in records), reply=text,
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
        return _as_outcome(reopen_todo.fn(ctx, item=target.title))
    if state == "done":
        return None
    level = said_priority(ctx.text)
    if level or grounded_when(None, ctx.mentions, avoid=target.title):
        return _as_outcome(update_todo.fn(ctx, item=target.title, priority=level))
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
        return _as_outcome(update_event.fn(ctx, item=item, when=due, title=title))
    if target.kind == "note":
        return _change_note(ctx, target, title)
    args: dict[str, Any] = {"todo_id": target.id}
    when = kept_day(ctx, target, grounded_when(due, ctx.mentions, avoid=item))
    if NO_DATE.search(ctx.text):
        args["due"] = "none"  # "it doesn't have a deadline anymore"
    elif when:
        args["due"] = when
    if _renamed(ctx, title, target):
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
            return _as_outcome(complete_todos.fn(ctx, items=[target.title]))
        if state == "open":
            return _as_outcome(reopen_todo.fn(ctx, item=target.title))
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
    shown = [_ref("todo", r) for r in result.data or []]
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


# -- events -------------------------------------------------------------------------


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
    name = in_own_words(strip_when(title, ctx.mentions) or title, ctx.text, ctx.mentions)
    follow = _follow_up(ctx, [name], when)
    if follow is not None:
        return follow
    moved = _moved_not_added(ctx, name, when, location)
    if moved is not None:
        return moved
    if REMINDER.search(clause_of(ctx.text, name)) and not _event_words(ctx):
        # "Remind me to pay the bill tomorrow" is something to do, not a calendar entry.
        return _as_outcome(add_todos.fn(ctx, items=[name], due=when))
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
    return outcome_of(result, [_ref("event", result.data)])


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
        return _as_outcome(add_event.fn(ctx, title=title or item, when=when, location=location))
    if target.kind == "todo":
        return _as_outcome(update_todo.fn(ctx, item=item, due=when, title=title))
    if target.kind == "note":
        return _change_note(ctx, target, title)
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
    if _renamed(ctx, title, target):
        args["title"] = title
    place = grounded_place(location, ctx.text, ctx.mentions) or said_place(ctx.text, mentions)
    if place:
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
    """ "Pasa el dentista del jueves al viernes" filed as a new event: that event, moved."""
    if not MOVE.match(ctx.text.strip()):
        return None
    try:
        find_item(ctx, "event", name)
    except NotFound:
        return None
    return _as_outcome(update_event.fn(ctx, item=name, when=when, location=location))


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


# -- notes --------------------------------------------------------------------------


@tool(writes=True, noun="note", table="notes", progress="Adding a note")
def add_note(ctx: IntentContext, title: str, body: str = "") -> Outcome:
    """Write a new note."""
    existing = note_edit(ctx)
    if existing is not None:
        return existing
    if not NOTE_WORDS.search(ctx.text):
        # A small model files feelings and remarks as notes; a note is asked for.
        raise NotRequested("Nothing was saved: the message does not ask for a note.")
    args: dict[str, Any] = {"title": title, "body": body}
    tags = new_note_tags(ctx.text)
    if tags:
        # "… and tag it travel" names tags, not text for the body.
        args["tags"] = tags
        args["body"] = NEW_NOTE_TAGS.sub("", body.strip()).strip()
    result = ctx.must("create_note", args)
    return outcome_of(result, [_ref("note", result.data)])


@tool(writes=True, noun="note", table="notes", progress="Adding to a note")
def append_to_note(ctx: IntentContext, item: str, text: str) -> Outcome:
    """Append text to a note."""
    target = find_item(ctx, "note", item)
    if REPLACE.search(ctx.text):
        # "replace the text of my Groceries note with just: ...": the new body.
        result = ctx.must("update_note", {"note_id": target.id, "body": text})
        return outcome_of(result, [target])
    return outcome_of(ctx.must("append_to_note", {"note_id": target.id, "text": text}), [target])


# The progress words of `delete`, by the kind of item it deletes.
_DELETING = {"todo": "Deleting a to-do", "event": "Deleting an event", "note": "Deleting a note"}


@tool(destructive=True, progress=_DELETING)
def delete(ctx: IntentContext, kind: Kind, item: str) -> Outcome:
    """Delete a to-do, event (a whole series) or note."""
    return delete_named(ctx, kind, item)


@tool(noun="note", table="notes", progress="Finding notes")
def find_notes(ctx: IntentContext, search: str) -> Outcome:
    """Find notes and read them.

    Args:
        search: Words to look for.
    """
    if is_anaphora(search) or _is_ordinal_only(search):
        target = find_item(ctx, "note", search)
        result = ctx.must("read_note", {"note_id": target.id})
        return outcome_of(result, [target])
    if not content_stems(search) - _ALL_WORDS:  # "notes", "all my notes": which there are
        listed = ctx.must("list_notes", {"limit": 20})
        return outcome_of(listed, [_ref("note", r) for r in listed.data or []])
    found = ctx.must("search_notes", {"query": search, "limit": 5})
    hits = found.data or []
    if not hits:  # a NotFound: a question about nothing stored is answered in words
        raise NotFound(f"No notes match '{search}'.")
    if len(hits) == 1:
        read = ctx.must("read_note", {"note_id": hits[0]["id"]})
        return outcome_of(read, [_ref("note", read.data)])
    return outcome_of(found, [_ref("note", h) for h in hits])


# Words that ask for every note rather than some.
_ALL_WORDS = frozenset({"all", "every", "everything", "any", "have", "which", "what", "list"})

INTENTS: list[Tool] = [
    add_todos,
    complete_todos,
    reopen_todo,
    update_todo,
    list_todos,
    add_event,
    update_event,
    list_events,
    add_note,
    append_to_note,
    find_notes,
    delete,
]


def intent_registry() -> ToolRegistry:
    return ToolRegistry.of(INTENTS)


# -- helpers ---------------------------------------------------------------------------


def _renamed(ctx: IntentContext, title: str | None, target: Ref) -> bool:
    """A new title only when asked for: a small model passes the old one, or a phrase."""
    if not title or title.strip().casefold() == target.title.casefold():
        return False
    return bool(RENAME.search(ctx.text))


def _change_note(ctx: IntentContext, target: Ref, title: str | None) -> Outcome:
    """ "Rename my note 'Ideas' to 'App ideas'", filed as a change of a to-do or event."""
    if _renamed(ctx, title, target):
        result = ctx.must("update_note", {"note_id": target.id, "title": title})
        return outcome_of(result, [target])
    edited = field_edit(ctx, target)
    if edited is not None:
        return edited
    raise InvalidInput(
        f"What should change in the note '{target.title}'? Say a new title, or the text to add."
    )


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
    text = f"{verb} {len(targets)} to-dos: {_join([repr(r.title) for r in targets])}."
    return Outcome(
        text, [r.to_json() for r in targets], tx.action_id, tool=name,
        arguments={"todo_ids": [r.id for r in targets]}, touched=tuple(targets), reply=text,
    )  # fmt: skip


_REFERENCE_WORDS = {
    "make", "it", "that", "this", "move", "change", "set", "them", "those", "the", "one",
    "same", "to", "do", "please", "instead", "actually",
}  # fmt: skip


def _follow_up(ctx: IntentContext, titles: list[str], when: str | None) -> Outcome | None:
    """ "Make that weekly" names no new item: it changes what the last turn touched."""
    words = {w for t in titles for w in re.findall(r"[\w']+", t.casefold())}
    if not ctx.focus or not words or not words <= _REFERENCE_WORDS:
        return None
    if ctx.focus[-1].kind == "event":
        return _as_outcome(update_event.fn(ctx, item="that", when=when))
    return _as_outcome(update_todo.fn(ctx, item="that", due=when))


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


def _event_words(ctx: IntentContext) -> bool:
    m = ctx.mentions
    return m.repeat is not None or m.range_start is not None or m.duration is not None


def _as_outcome(out: object) -> Outcome:
    assert isinstance(out, Outcome)
    return out


def _ref(kind: Kind, record: Any) -> Ref:
    return Ref(kind, int(record["id"]), str(record["title"]))


def _due_tail(text: str) -> str:
    found = re.search(r",? due ([^.;]+)", plain(text))
    return f", due {found.group(1)}" if found else ""


def _is_ordinal_only(text: str) -> bool:
    words = set(re.findall(r"[\w-]+", text.lower())) - {"the", "my", "note", "one"}
    return bool(words) and words <= {"first", "second", "third", "last", "latest"}


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
