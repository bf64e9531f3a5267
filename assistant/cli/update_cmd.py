"""`update`: the opt-in check for a newer release.

assistant update check [--json]   ask GitHub once for the latest release (only when on)
assistant update on | off         turn the check on or off (the window asks once)
assistant update status [--json]  whether checks are on, and what they send

Nothing is sent while checks are off, not even for ``update check``.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from assistant import settings
from assistant.cli.common import data_dir_from, print_json
from assistant.errors import AssistantError
from assistant.updates import schedule
from assistant.updates.check import check_for_update, latest_url
from assistant.updates.schedule import describe_state


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    update = sub.add_parser(
        "update", parents=[common], help="check for a newer release (opt-in; off by default)"
    )
    update.set_defaults(handler=cmd_status, json=False)
    actions = update.add_subparsers(dest="action", metavar="ACTION")
    check = actions.add_parser("check", parents=[common], help="ask GitHub for the latest release")
    check.add_argument("--json", action="store_true", help="print a JSON record")
    check.set_defaults(handler=cmd_check)
    status = actions.add_parser("status", parents=[common], help="are update checks on?")
    status.add_argument("--json", action="store_true", help="print a JSON record")
    status.set_defaults(handler=cmd_status)
    actions.add_parser("on", parents=[common], help="turn update checks on").set_defaults(
        handler=lambda args: _turn(args, on=True)
    )
    actions.add_parser("off", parents=[common], help="turn update checks off").set_defaults(
        handler=lambda args: _turn(args, on=False)
    )


def cmd_status(args: argparse.Namespace) -> int:
    on = settings.update_checks(data_dir_from(args))
    if getattr(args, "json", False):
        print_json({"on": on is True, "asked": on is not None, "url": latest_url()})
    else:
        print(describe_state(on))
    return 0


def _turn(args: argparse.Namespace, *, on: bool) -> int:
    settings.save_update_checks(data_dir_from(args), on)
    print(describe_state(on))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    base = data_dir_from(args)
    if settings.update_checks(base) is not True:
        raise AssistantError(
            "Update checks are off, so nothing was sent. Turn them on with "
            "`assistant update on` or in Settings → Privacy."
        )
    schedule.record(base, datetime.now(UTC))
    result = check_for_update()
    installer = result.installer()
    if getattr(args, "json", False):
        release = result.release
        print_json(
            {
                "current": result.current.text,
                "latest": result.latest.text,
                "newer": result.newer,
                "notes": release.notes if release else None,
                "page": release.page_url if release else None,
                "installer": (
                    {"name": installer.name, "url": installer.url, "size": installer.size}
                    if installer
                    else None
                ),
            }
        )
        return 0
    print(result.describe())
    if result.release is not None:
        if result.release.page_url:
            print(f"Release page: {result.release.page_url}")
        if installer is not None:
            print(f"Installer for this system: {installer.name}")
        if result.release.notes:
            print()
            print(result.release.notes)
    return 0
