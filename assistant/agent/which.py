"""Which stored item a change is about, when the model's words alone may not say.

"It" follows the previous turn's focus even when the model named the wrong
kind; a miss is looked for again by the item's day and in the user's own
message; "eggs and bread" may name two items (see :mod:`assistant.agent.targets`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from assistant.agent.act import IntentContext
from assistant.agent.asked import ALL_DONE, said_kinds
from assistant.agent.mentions import resolved
from assistant.agent.targets import (
    KINDS,
    Kind,
    Ref,
    best_match,
    content_stems,
    find_target,
    is_anaphora,
    split_items,
)
from assistant.errors import NotFound


def find_item(
    ctx: IntentContext, kind: Kind, item: str | None, *, new: str = "", any_kind: bool = False
) -> Ref:
    """The item meant; "it" follows the focus even when the model named the wrong kind.

    When the model's words name nothing, the user's own words are tried: the
    item's day ("delete the to-do due Monday"), then the message without the
    new values (``new``: "rename my standup to Daily sync" passed as 'Daily sync').
    With ``any_kind`` (a change or a delete, whose caller acts on the kind it
    gets back), the one item of another kind that the words name comes last.
    """
    focus = list(ctx.focus)
    if is_anaphora(item) and focus and not any(r.kind == kind for r in focus):
        return find_target(ctx.store, focus[-1].kind, item, focus)
    try:
        return find_target(ctx.store, kind, item, focus)
    except NotFound:
        found = _on_the_day(ctx, kind, item) or _in_the_message(ctx, kind, new)
        if found is None:
            found = _pointed_back(ctx, kind, item)
        if found is None and any_kind:
            found = _of_another_kind(ctx, kind, item)
        if found is None:
            raise
        return found


# Words that point back to what the last turn touched, in the six languages.
_BACK = re.compile(
    r"\b(it|that|this|them|those|das|dies|diese[ns]?|ihn|eso|esto|ello|ça|cela|ceci|isso|isto"
    r"|quello|questo|ci[òo])\b|\w-(?:le|la|les)\b",
    re.IGNORECASE,
)


def _pointed_back(ctx: IntentContext, kind: Kind, item: str | None) -> Ref | None:
    """ "Verschieb das auf 16 Uhr" copied whole as the item: "das" is what the last turn touched."""
    if not item or not ctx.focus or _BACK.search(item) is None:
        return None
    if not content_stems(item) <= content_stems(ctx.text):
        return None  # the item names something of its own
    mine = [r for r in ctx.focus if r.kind == kind]
    return mine[0] if len(mine) == 1 else None


def _of_another_kind(ctx: IntentContext, kind: Kind, item: str | None) -> Ref | None:
    """ "Cancel the milk reminder" filed as a note: the one item of another kind it names.

    Not when the user's own message names the kind the model chose ("delete the
    Planning note" with only a Planning event), and not when items of two other
    kinds both match: then the miss and its hint go back instead.
    """
    said = said_kinds(ctx.text)
    if not item or is_anaphora(item) or kind in said:
        return None
    found: list[Ref] = []
    for other in KINDS:
        if other == kind or (said and other not in said):
            continue
        mine = [r for r in ctx.focus if r.kind == other]
        try:
            found.append(best_match(ctx.store, other, item, mine))
        except NotFound:
            continue
    return found[0] if len(found) == 1 else None


def _on_the_day(ctx: IntentContext, kind: Kind, item: str | None) -> Ref | None:
    """The one to-do due, or event on, the day that ``item`` names and nothing else."""
    if kind == "note" or not item or not ctx.mentions.dates_hold(item):
        return None
    day = resolved(item, ctx.clock)
    if day is None:
        return None
    day = day.date() if isinstance(day, datetime) else day
    if kind == "todo":
        rows = ctx.store.query(
            "SELECT id, title FROM todos WHERE done = 0 AND due_date = ?",
            [day.isoformat()],
        )
    else:
        rows = _events_on(ctx, day)
    if len(rows) != 1:
        return None
    return Ref(kind, int(rows[0]["id"]), str(rows[0]["title"]))


def _in_the_message(ctx: IntentContext, kind: Kind, new: str) -> Ref | None:
    """The item the user's message names, once the new values and the dates are left out."""
    dated = {i for s in ctx.mentions.when for i in range(s.first, s.last)}
    words = " ".join(w for i, w in enumerate(ctx.mentions.words) if i not in dated)
    wanted = content_stems(words) - content_stems(new) - _VERB_STEMS
    if not wanted:
        return None
    try:
        ref = best_match(ctx.store, kind, " ".join(sorted(wanted)), list(ctx.focus))
    except NotFound:
        return None
    have = content_stems(ref.title)
    # Most of the title in the message: a sure match, not one shared word.
    return ref if len(have & wanted) * 2 > len(have) else None


# Words of the request itself, never of an item's title.
_VERB_STEMS = {
    "renam", "rename", "move", "chang", "change", "push", "delet", "delete", "remov", "remove",
    "cancel", "mark", "complet", "complete", "reopen", "updat", "update", "make", "put",
}  # fmt: skip


def find_items(ctx: IntentContext, item: str) -> list[Ref]:
    """The to-do(s) ``item`` names; "eggs and bread" is two when each part finds its own."""
    return _each_part(ctx, "todo", item, any_kind=False)


def named_items(ctx: IntentContext, kind: Kind, item: str) -> list[Ref]:
    """The item(s) ``item`` names: "eggs and bread" is two when each part finds its own."""
    if kind == "todo" and ALL_DONE.search(ctx.text):
        # "clear out the to-dos I've already finished"
        rows = ctx.store.query("SELECT id, title FROM todos WHERE done = 1 ORDER BY id LIMIT 50")
        if rows:
            return [Ref("todo", int(r["id"]), str(r["title"])) for r in rows]
    return _each_part(ctx, kind, item, any_kind=True)


def _each_part(ctx: IntentContext, kind: Kind, item: str, *, any_kind: bool) -> list[Ref]:
    parts = split_items(item)
    if len(parts) > 1:
        try:
            found = [find_item(ctx, kind, part, any_kind=any_kind) for part in parts]
        except NotFound:
            found = []
        if len(set(found)) == len(parts):
            return found
    return [find_item(ctx, kind, item, any_kind=any_kind)]


# "both my Monday meetings", "all of Friday's events": every event of that day.
_SEVERAL = re.compile(
    r"\b(both|all|every|each|beide[n]?|alle[n]?|todos|todas|ambos|ambas|tous|toutes"
    r"|tutti|tutte|entrambi|entrambe)\b",
    re.IGNORECASE,
)


def events_of_the_day(ctx: IntentContext, item: str | None) -> list[Ref]:
    """The events of the day the request names, when it asks for both or all of them.

    The day is the one in the model's item ("Monday meetings"); when the item
    holds none ("reunion" for "tutte le riunioni di lunedì"), the one day the
    message names that has more than one event.
    """
    if not item or _SEVERAL.search(ctx.text) is None:
        return []
    named = item.casefold()
    spans = ctx.mentions.when
    days = [s for s in spans if s.as_written.casefold() in named or s.text.casefold() in named]
    if not days and _names_an_event(ctx, item):
        return []  # "Planning meeting": that one event, whatever else the message says
    found = [
        rows for rows in map(lambda s: _day_events(ctx, s.text), days or spans) if len(rows) > 1
    ]
    if len(found) != 1:
        return []
    return [Ref("event", int(r["id"]), str(r["title"])) for r in found[0]]


def _day_events(ctx: IntentContext, words: str) -> list[dict[str, Any]]:
    day = resolved(words, ctx.clock)
    if day is None or isinstance(day, datetime):
        return []
    return _events_on(ctx, day)


def _events_on(ctx: IntentContext, day: date) -> list[dict[str, Any]]:
    return list(ctx.must("list_events", {"range": day.isoformat()}).data or [])


def _names_an_event(ctx: IntentContext, item: str) -> bool:
    try:
        best_match(ctx.store, "event", item, [])
    except NotFound:
        return False
    return True
