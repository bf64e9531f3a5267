"""`accounts` and `sync`: CalDAV accounts and two-way sync from the command line.

assistant accounts add NAME --url URL --user USER [--password-stdin]
                             [--calendar NAME]... [--no-sync]
assistant accounts list [--json]
assistant accounts remove NAME [--delete-local]
assistant sync [NAME] [--json] [--force]

``accounts add`` discovers the calendars and syncs all of them unless told
otherwise (``--calendar`` picks some, ``--no-sync`` only adds). The password
is read from stdin with ``--password-stdin``, else asked for at a terminal;
it goes to the system keychain only. ``sync`` prints what changed each way and
exits non-zero when any calendar failed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from assistant.cli.common import EXIT_ERROR, clock_from, open_app, print_json
from assistant.sync import SyncError, accounts, add_account, remove_account, sync
from assistant.sync.conflicts import conflicts


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    acc = sub.add_parser("accounts", parents=[common], help="CalDAV accounts to sync with")
    acc.set_defaults(handler=cmd_list, json=False)
    actions = acc.add_subparsers(dest="action", metavar="ACTION")

    add = actions.add_parser("add", parents=[common], help="add a CalDAV account and sync it")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--url", required=True, help="the server's address, e.g. https://host/dav/")
    add.add_argument("--user", required=True, help="the user name on that server")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin (one line)"
    )
    add.add_argument(
        "--calendar",
        action="append",
        dest="calendars",
        metavar="NAME",
        help="sync only this calendar (repeat for more; default: all of them)",
    )
    add.add_argument("--no-sync", action="store_true", help="add the account without syncing")
    add.set_defaults(handler=cmd_add)

    listing = actions.add_parser("list", parents=[common], help="list the accounts")
    listing.add_argument("--json", action="store_true", help="print JSON records")
    listing.set_defaults(handler=cmd_list)

    remove = actions.add_parser("remove", parents=[common], help="remove an account")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument(
        "--delete-local",
        action="store_true",
        help="also delete its events and to-dos here (default: keep them as local items)",
    )
    remove.set_defaults(handler=cmd_remove)

    run = sub.add_parser("sync", parents=[common], help="two-way sync with CalDAV accounts")
    run.add_argument("name", nargs="?", metavar="NAME", help="one account (default: all)")
    run.add_argument("--json", action="store_true", help="print the report as JSON")
    run.add_argument(
        "--force",
        action="store_true",
        help="sync even where every item of a calendar would be deleted on one side "
        "(refused otherwise, in case a side lost its data)",
    )
    run.set_defaults(handler=cmd_sync)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        value = getpass.getpass(f"Password for {args.user}: ")
    else:
        raise SyncError("Give the password with --password-stdin (there is no terminal to ask).")
    if not value:
        raise SyncError("The password is empty; nothing was added.")
    return value


def cmd_add(args: argparse.Namespace) -> int:
    password = _password(args)
    with open_app(args) as app:
        clock = clock_from(args)
        account = add_account(
            app.store, args.name, args.url, args.user, password, clock, only=args.calendars
        )
        chosen = [c.name for c in account.calendars if c.kinds]
        print(
            f"Added the account {account.name}: {len(account.calendars)} calendars found, "
            f"{len(chosen)} synced ({', '.join(chosen)})."
        )
        if args.no_sync:
            return 0
        report = sync(app.store, clock, account.name)
        print(report.describe())
        return 0 if report.ok else EXIT_ERROR


def cmd_list(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        found = accounts(app.store)
    if getattr(args, "json", False):
        print_json([a.record() for a in found])
        return 0
    if not found:
        print("No accounts. Add one with: assistant accounts add NAME --url URL --user USER")
        return 0
    for account in found:
        last = account.last_sync or "never"
        print(f"{account.name}  {account.user} at {account.url}  (last sync: {last})")
        if account.last_error:
            print(f"  last error: {account.last_error}")
        for calendar in account.calendars:
            what = " and ".join({"event": "events", "todo": "to-dos"}[k] for k in calendar.kinds)
            print(f"  {calendar.name}: {what or 'not synced'}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        account, deleted = remove_account(app.store, args.name, delete_local=args.delete_local)
    if args.delete_local:
        print(f"Removed the account {account.name} and {deleted} of its items here.")
    else:
        print(f"Removed the account {account.name}; its items stay here as local ones.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    with open_app(args) as app:
        clock = clock_from(args)
        report = sync(app.store, clock, args.name, force=args.force)
        waiting = conflicts(app.store, clock, account=args.name)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "calendars": [c.record() for c in report.calendars],
                "conflicts": len(waiting),
            }
        )
    else:
        print(report.describe())
        if waiting:
            print(f"{len(waiting)} item(s) changed on both sides wait for your choice.")
    if not report.ok and not args.json:
        failed = [c for c in report.calendars if c.error]
        print(f"Error: {len(failed)} calendar(s) could not be synced.", file=sys.stderr)
    return 0 if report.ok else EXIT_ERROR
