"""The question before a call that needs approval, in words a person reads.

The same words go to the window's approval card and to the terminal's prompt.
They come from what the tool declares (``approval``, ``noun``, ``table``,
``target``: see :class:`~assistant.tools.registry.Tool`), and name the item by
its title: "Delete the to-do: 'Milk' (to-do #3)".
"""

from __future__ import annotations

import logging
from typing import Any

from assistant.store import Store
from assistant.tools.registry import Tool

log = logging.getLogger(__name__)


def describe_call(store: Store, tool: Tool, arguments: dict[str, Any]) -> str:
    """What the call would do, naming the item it acts on by its title."""
    what = tool.asking()
    value = arguments.get(tool.target) if tool.target else None
    if tool.table and isinstance(value, int):
        try:
            row = store.get(tool.table, value)
        except Exception:  # a lookup for nicer words must never block the question
            log.exception("could not look up %s %s", tool.table, value)
            row = None
        title = f"{row['title']!r} " if row else ""
        extra = {k: v for k, v in arguments.items() if k != tool.target and v is not None}
        tail = "".join(f", {k}: {v}" for k, v in extra.items())
        return f"{what}: {title}({tool.noun or tool.table} #{value}{tail})"
    given = {k: v for k, v in arguments.items() if v not in (None, "", [], {})}
    return f"{what}: " + ", ".join(f"{k}: {v}" for k, v in given.items()) if given else what
