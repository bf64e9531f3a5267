"""Deleting what the user named: each item asked about, the approved ones one Undo.

"Delete the eggs and bread to-dos" names two items; each is asked about first
(no lock is held while the user decides), then the approved ones are deleted
in one journal group, so one Undo brings them back.
"""

from __future__ import annotations

from assistant.agent.act import IntentContext, IntentFailed, Outcome, outcome_of, plain
from assistant.agent.targets import NOUNS, Kind, Ref
from assistant.agent.which import named_items


def delete_named(ctx: IntentContext, kind: Kind, item: str) -> Outcome:
    """Delete what ``item`` names, each asked about first; several are one Undo."""
    targets = named_items(ctx, kind, item)
    if len(targets) == 1:
        return _delete_one(ctx, targets[0])
    # "the eggs and bread to-dos": each is asked about first (no lock is held while
    # the user decides); then the approved ones go in one group, so one Undo.
    calls = [(f"delete_{t.kind}", {f"{t.kind}_id": t.id}) for t in targets]
    yes = [ctx.ask(ctx.tools.get(name), args, ()) for name, args in calls]
    kept = [t for t, ok in zip(targets, yes, strict=True) if not ok]
    results = []
    if any(yes):
        with ctx.store.group(f"delete_{kind}", f"Delete {sum(yes)} items"):
            for (name, args), ok in zip(calls, yes, strict=True):
                if ok:
                    results.append(ctx.tools.call(ctx, name, args))
    failed = [r for r in results if not r.ok]
    if failed:
        raise IntentFailed(failed[0])
    said = [plain(r.text) for r in results]
    said += [f"OK, I kept the {NOUNS[t.kind]} '{t.title}'." for t in kept]
    text = " ".join([r.text for r in results] + [f"The user declined: '{t.title}'." for t in kept])
    return Outcome(text, None, None, tool=f"delete_{kind}", reply=" ".join(said), ok=bool(results))


def _delete_one(ctx: IntentContext, target: Ref) -> Outcome:
    name = f"delete_{target.kind}"
    result = ctx.run(name, {f"{target.kind}_id": target.id})
    if not result.ok and result.text == "The user declined.":
        noun = {"todo": "to-do", "event": "event", "note": "note"}[target.kind]
        text = f"The user declined: the {noun} '{target.title}' was not deleted."
        return Outcome(
            text, None, None, tool=name, arguments=result.arguments, touched=(target,),
            reply=f"OK, I kept the {noun} '{target.title}'.", ok=False,
        )  # fmt: skip
    if not result.ok:
        raise IntentFailed(result)
    return outcome_of(result, [])
