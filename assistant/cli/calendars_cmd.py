"""`calendars`: which calendars new events and to-dos can go to, and the default one.

assistant calendars list [--json]
assistant calendars default NAME

``list`` shows the local calendar and every synced calendar (by account), with
what each holds and which one is the default. ``default`` makes NAME ("local",
"Work" or "home/Work") the calendar new items go to when none is named;
subscriptions are read-only and cannot be the default.
"""

from __future__ import annotations

import argparse
from typing import Any

from assistant.cli.common import open_app, print_json
from assistant.sync.calendars import Target, set_default, targets

_NOUNS = {"event": "events", "todo": "to-dos"}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    cals = sub.add_parser(
        "calendars", parents=[common], help="the calendars items go to, and the default one"
    )
    cals.set_defaults(handler=cmd_list, json=False)
    actions = cals.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", parents=[common], help="list the calendars")
    listing.add_argument("--json", action="store_true", help="print JSON records")
    listing.set_defaults(handler=cmd_list)
    default = actions.add_parser(
        "default", parents=[common], help="the calendar new events and to-dos go to"
    )
    default.add_argument("name", metavar="NAME", help='"local", a calendar or ACCOUNT/CALENDAR')
    default.set_defaults(handler=cmd_default)


def record(target: Target) -> dict[str, Any]:
    return {
        "id": target.id,
        "name": target.label,
        "account": target.account or None,
        "kinds": list(target.kinds),
        "default": target.is_default,
    }


def cmd_list(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        found = targets(app.store)
    if getattr(args, "json", False):
        print_json([record(t) for t in found])
        return 0
    for target in found:
        holds = " and ".join(_NOUNS[k] for k in target.kinds)
        mark = "  (default)" if target.is_default else ""
        print(f"{target.label}  {holds}{mark}")
    return 0


def cmd_default(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        chosen = set_default(app.store, args.name)
    print(f"New events and to-dos go to {chosen.label} unless another calendar is named.")
    return 0
