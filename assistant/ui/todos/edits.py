"""What an edit of the to-do table means as tool calls, and in the journal's words.

Qt-free, so the same edit reads the same wherever it is made; the view runs
the calls (several in one journal group, so one Undo).
"""

from __future__ import annotations

import re
from typing import Any


def edit_call(todo_id: int, field: str, value: Any) -> tuple[str, dict[str, Any]]:
    """The tool and arguments that make one edit of a table cell."""
    args: dict[str, Any] = {"todo_id": todo_id}
    if field == "done":
        return ("complete_todo" if value else "reopen_todo"), args
    if field == "tags":
        args["tags"] = [t for t in re.split(r"[,\s]+", str(value)) if t]
    else:
        args[field] = value
    return "update_todo", args


def edit_summary(field: str, value: Any, count: int) -> str:
    """The journal's words for one edit of several to-dos ("Check off 3 to-dos")."""
    if field == "done":
        return f"{'Check off' if value else 'Reopen'} {count} to-dos"
    return f"Change the {field} of {count} to-dos"
