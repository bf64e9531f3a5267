"""The calendar a request names: "put it in my work calendar", "in den Arbeitskalender".

The intents carry no calendar argument (the model would guess one); code
looks for a synced calendar's name beside a calendar or list noun in the
user's message, and the new item goes there. No name, no guess: the default.
"""

from __future__ import annotations

import re

from assistant.agent.act import IntentContext
from assistant.sync.calendars import targets

_NOUN = r"(?:calendar|agenda|kalender|calendario|calendrier|calend[áa]rio|list|liste|lista)"
_OF = r"(?:\s+(?:de|del|di|du|do|da|des|della|für|for))?"


def named_calendar(ctx: IntentContext, kind: str) -> str | None:
    """The label of the synced calendar for ``kind`` that the message names, if any."""
    synced = [t for t in targets(ctx.store)[1:] if kind in t.kinds]
    for target in sorted(synced, key=lambda t: -len(t.name)):
        name = re.escape(" ".join(target.name.split()))
        before = rf"(?<!\w){name}(?:s?-?|\s+){_NOUN}\b"  # "work calendar", "Arbeitskalender"
        after = rf"\b{_NOUN}{_OF}\s+{name}(?!\w)"  # "calendario de trabajo", "the list Work"
        if re.search(f"{before}|{after}", ctx.text, re.IGNORECASE):
            return target.label
    return None
