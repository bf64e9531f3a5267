"""`subscriptions`: read-only calendars by URL (webcal:// or https://, .ics).

assistant subscriptions add NAME URL [--color #RRGGBB]
assistant subscriptions list [--json]
assistant subscriptions remove NAME
assistant subscriptions refresh [NAME] [--json]

``add`` fetches the feed and stores it with its events (one Undo takes it
back); ``remove`` takes the subscription and everything it brought (one Undo
brings it back); ``refresh`` asks each feed whether it changed (a 304 costs
nothing) and exits non-zero when any failed.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from assistant.cli.common import EXIT_ERROR, clock_from, open_app, print_json
from assistant.sync.subscriptions import (
    add_subscription,
    refresh,
    remove_subscription,
    subscriptions,
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    subs = sub.add_parser(
        "subscriptions", parents=[common], help="read-only calendars by URL (webcal, .ics)"
    )
    subs.set_defaults(handler=cmd_list, json=False)
    actions = subs.add_subparsers(dest="action", metavar="ACTION")

    add = actions.add_parser("add", parents=[common], help="subscribe to a calendar by URL")
    add.add_argument("name", metavar="NAME")
    add.add_argument("url", metavar="URL", help="webcal://, https:// or http:// address of an .ics")
    add.add_argument("--color", metavar="#RRGGBB", help="its colour (default: the next free one)")
    add.set_defaults(handler=cmd_add)

    listing = actions.add_parser("list", parents=[common], help="list the subscriptions")
    listing.add_argument("--json", action="store_true", help="print JSON records")
    listing.set_defaults(handler=cmd_list)

    remove = actions.add_parser(
        "remove", parents=[common], help="remove a subscription and all its events"
    )
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=cmd_remove)

    again = actions.add_parser("refresh", parents=[common], help="fetch what changed upstream")
    again.add_argument("name", nargs="?", metavar="NAME", help="one subscription (default: all)")
    again.add_argument("--json", action="store_true", help="print the report as JSON")
    again.set_defaults(handler=cmd_refresh)


def cmd_add(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        report = add_subscription(
            app.store, clock_from(args), args.name, args.url, color=args.color
        )
        found = next(s for s in subscriptions(app.store) if s.name == report.name)
    print(f"Subscribed to {found.name} ({found.url}): {report.added} event(s).")
    for reason in report.skipped:
        print(f"  skipped: {reason}")
    for repair in report.repaired:
        print(f"  repaired: {repair}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        found = subscriptions(app.store)
    if getattr(args, "json", False):
        print_json([s.record() for s in found])
        return 0
    if not found:
        print("No subscriptions. Add one with: assistant subscriptions add NAME URL")
        return 0
    for sub in found:
        last = sub.last_sync or "never"
        print(f"{sub.name}  {sub.url}  {sub.events} event(s), {sub.color}  (last refresh: {last})")
        if sub.last_error:
            print(f"  last error: {sub.last_error}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        found, count = remove_subscription(app.store, args.name)
    print(
        f"Removed the subscription {found.name} and its {count} event(s); "
        "`assistant undo` brings them back."
    )
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        reports = refresh(app.store, clock_from(args), args.name)
    failed = [r for r in reports if r.error]
    if args.json:
        print_json({"ok": not failed, "subscriptions": [r.record() for r in reports]})
    elif not reports:
        print("No subscriptions to refresh.")
    else:
        for report in reports:
            print(report.describe())
        if failed:
            print(f"Error: {len(failed)} subscription(s) could not be refreshed.", file=sys.stderr)
    return EXIT_ERROR if failed else 0
