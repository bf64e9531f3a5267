"""When the user is free: "when am I free on Monday for an hour?" answers with free times."""

from __future__ import annotations

from typing import Any

from assistant.agent.act import IntentContext, Outcome, outcome_of


def free_time(ctx: IntentContext, days: str | None) -> Outcome:
    """ "When am I free on Monday for an hour?": the free times, not the events."""
    minutes = 30
    if ctx.mentions.duration is not None:
        minutes = max(5, int(ctx.mentions.duration.total_seconds() // 60))
    args: dict[str, Any] = {"duration_minutes": minutes}
    if days:
        args["range"] = days
        args["include_weekends"] = True  # a day the user named is searched, weekend or not
    result = ctx.must("find_free_slots", args)
    return outcome_of(result, [])
