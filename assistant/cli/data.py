"""`todos`, `events`, `notes`, `import`, `export`, `undo` and `redo`: the data commands.

They call the same tools the model calls, so the CLI and the agent share
validation, date resolution and the action journal.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from assistant.cli.common import open_app, print_json
from assistant.errors import InvalidInput
from assistant.limits import MAX_LIST
from assistant.tools.registry import ToolResult


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    _register_todos(sub, common)
    _register_events(sub, common)
    _register_notes(sub, common)

    imp = sub.add_parser("import", parents=[common], help="import events and to-dos from .ics")
    imp.add_argument("file", type=Path, metavar="FILE.ics")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser("export", parents=[common], help="export events and to-dos to .ics")
    exp.add_argument("file", type=Path, metavar="FILE.ics")
    exp.add_argument(
        "--force",
        action="store_true",
        help="replace FILE even if it is not a calendar this app exported "
        "(never a file in the data folder)",
    )
    exp.set_defaults(handler=cmd_export)

    undo = sub.add_parser("undo", parents=[common], help="undo the last (or a given) action")
    undo.add_argument("id", nargs="?", type=int, help="action id (default: the last one)")
    undo.add_argument("--list", action="store_true", help="list recent actions instead")
    undo.set_defaults(handler=cmd_undo)

    redo = sub.add_parser("redo", parents=[common], help="redo what the last undo took back")
    redo.set_defaults(handler=cmd_redo)


def _register_todos(sub: Any, common: argparse.ArgumentParser) -> None:
    todos = sub.add_parser("todos", parents=[common], help="list or add to-dos")
    todos.add_argument("--all", action="store_true", help="include done to-dos")
    todos.add_argument("--json", action="store_true", help="print JSON records")
    todos.set_defaults(handler=cmd_todos)
    actions = todos.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", parents=[common], help="add a to-do")
    add.add_argument("title")
    add.add_argument("--due", metavar="WHEN", help='e.g. "friday 5pm" or 2026-12-01')
    add.add_argument("--priority", choices=["low", "normal", "high"], default="normal")
    add.add_argument("--notes", default="")
    add.add_argument("--tag", action="append", dest="tags", metavar="TAG")
    add.add_argument("--calendar", metavar="NAME", help=CALENDAR_HELP)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_todos_add)
    done = actions.add_parser("done", parents=[common], help="mark a to-do as done")
    done.add_argument("id", type=int)
    done.add_argument("--json", action="store_true")
    done.set_defaults(handler=cmd_todos_done)


CALENDAR_HELP = "the calendar it goes to (default: `assistant calendars default`)"


def _register_events(sub: Any, common: argparse.ArgumentParser) -> None:
    events = sub.add_parser("events", parents=[common], help="list or add calendar events")
    events.add_argument(
        "--range",
        default="the next 7 days",
        metavar="WHEN",
        help='e.g. "next week" (default: the next 7 days)',
    )
    events.add_argument("--json", action="store_true", help="print JSON records")
    events.set_defaults(handler=cmd_events)
    actions = events.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", parents=[common], help="add an event")
    add.add_argument("title")
    add.add_argument("--start", required=True, metavar="WHEN", help='e.g. "tuesday at 1"')
    end = add.add_mutually_exclusive_group()
    end.add_argument("--end", metavar="WHEN")
    end.add_argument("--duration", type=int, metavar="MIN", help="length in minutes")
    add.add_argument("--all-day", action="store_true", help="an all-day event")
    add.add_argument("--location", default="")
    add.add_argument("--description", default="")
    add.add_argument("--repeat", metavar="RULE", help='e.g. "every weekday" or an RRULE')
    add.add_argument("--calendar", metavar="NAME", help=CALENDAR_HELP)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_events_add)


def _register_notes(sub: Any, common: argparse.ArgumentParser) -> None:
    notes = sub.add_parser("notes", parents=[common], help="list, search or add notes")
    notes.add_argument("--search", metavar="Q", help="full-text search")
    notes.add_argument("--json", action="store_true", help="print JSON records")
    notes.set_defaults(handler=cmd_notes)
    actions = notes.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", parents=[common], help="add a note")
    add.add_argument("title")
    add.add_argument("--body", default="")
    add.add_argument("--tag", action="append", dest="tags", metavar="TAG")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_notes_add)


# -- handlers -------------------------------------------------------------------


def _run(args: argparse.Namespace, tool: str, arguments: dict[str, Any]) -> ToolResult:
    """Call a tool as the model would; a failure becomes a one-line error."""
    with open_app(args) as app:
        result = app.run_tool(tool, arguments)
    if not result.ok:
        raise InvalidInput(result.text.removeprefix("Error: "))
    return result


def _show(args: argparse.Namespace, result: ToolResult, records: Any = None) -> int:
    if getattr(args, "json", False):
        print_json(result.data if records is None else records)
    else:
        print(result.text)
    return 0


def cmd_todos(args: argparse.Namespace) -> int:
    result = _run(args, "list_todos", {"status": "all" if args.all else "open", "limit": MAX_LIST})
    return _show(args, result)


def cmd_todos_add(args: argparse.Namespace) -> int:
    arguments = {"title": args.title, "due": args.due, "priority": args.priority}
    arguments |= {"notes": args.notes, "tags": args.tags, "calendar": args.calendar}
    return _show(args, _run(args, "add_todo", arguments))


def cmd_todos_done(args: argparse.Namespace) -> int:
    return _show(args, _run(args, "complete_todo", {"todo_id": args.id}))


def cmd_events(args: argparse.Namespace) -> int:
    return _show(args, _run(args, "list_events", {"range": args.range, "limit": MAX_LIST}))


def cmd_events_add(args: argparse.Namespace) -> int:
    arguments = {
        "title": args.title,
        "start": args.start,
        "end": args.end,
        "duration_minutes": args.duration,
        "all_day": args.all_day,
        "location": args.location,
        "description": args.description,
        "repeat": args.repeat,
        "calendar": args.calendar,
    }
    return _show(args, _run(args, "add_event", arguments))


def cmd_notes(args: argparse.Namespace) -> int:
    if args.search:
        result = _run(args, "search_notes", {"query": args.search, "limit": 100})
        records = [{k: v for k, v in r.items() if k != "snippet"} for r in result.data]
        return _show(args, result, records)
    return _show(args, _run(args, "list_notes", {"limit": MAX_LIST}))


def cmd_notes_add(args: argparse.Namespace) -> int:
    arguments = {"title": args.title, "body": args.body, "tags": args.tags}
    return _show(args, _run(args, "create_note", arguments))


def cmd_import(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        report = app.import_ics(args.file)
    if args.json:
        print_json(dataclasses.asdict(report))
    else:
        print(report.describe())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        report = app.export(args.file, overwrite=args.force)
    print(report.describe())
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        if args.list:
            for action in app.store.journal.recent(20):
                state = " (undone)" if action.undone_at else ""
                print(f"{action.id:>5}  {action.created[:19]}  {action.summary}{state}")
            return 0
        print(app.undo(args.id).describe())
    return 0


def cmd_redo(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        print(app.redo().describe())
    return 0
