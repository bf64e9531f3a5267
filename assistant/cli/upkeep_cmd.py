"""`repair` and `forget-deleted`: looking after the database, with the user's consent.

assistant repair [--yes]           back up a damaged database and rebuild it from what can be read
assistant forget-deleted [--yes]   remove deleted items' text from the undo history and the file

Both ask before they change anything; ``--yes`` answers for the user, and
without a terminal to ask in (and no ``--yes``) nothing is changed.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from assistant import paths
from assistant.cli.common import data_dir_from, open_store, recovery_key_from
from assistant.errors import AssistantError
from assistant.store.db import key_for
from assistant.store.integrity import quick_check
from assistant.store.recover import backup_name, recover
from assistant.store.upkeep import forget_deleted


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    repair = sub.add_parser(
        "repair",
        parents=[common],
        help="back up a damaged database and recover what can be read",
        description="Check the database; if it is damaged, keep it as a backup next to "
        "it and rebuild it from every row that can still be read.",
    )
    repair.add_argument("--yes", action="store_true", help="do not ask before repairing")
    repair.set_defaults(handler=cmd_repair)

    forget = sub.add_parser(
        "forget-deleted",
        parents=[common],
        help="remove the text of deleted items from the undo history and the file",
        description="Deleted to-dos, events and notes stay in the undo history so that "
        "their deletion can be undone. This removes them for good, with their full-text "
        "index entries, and rewrites the database file.",
    )
    forget.add_argument("--yes", action="store_true", help="do not ask first")
    forget.set_defaults(handler=cmd_forget_deleted)


def confirm(question: str, args: argparse.Namespace, flag: str) -> bool:
    """Ask at the terminal; ``--yes`` says yes; no terminal means no change."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise AssistantError(
            f"Nothing was changed: there is no terminal to ask in. Run `assistant {flag} --yes` "
            "to go ahead without asking."
        )
    return input(f"{question} [y/N] ").strip().lower() in {"y", "yes"}


def cmd_repair(args: argparse.Namespace) -> int:
    db = paths.db_path(data_dir_from(args))
    if not db.exists():
        print(f"There is no database in {db.parent}; nothing to repair.")
        return 0
    key = key_for(db, recovery_key_from(args))
    problems = quick_check(db, key)
    if not problems:
        print(f"The database {db} is intact; nothing to repair.")
        return 0
    print(f"The database {db} is damaged: {problems[0]}.")
    question = f"Keep it as {backup_name(db).name} and rebuild it from what can still be read?"
    if not confirm(question, args, "repair"):
        print("Nothing was changed.")
        return 1
    print(recover(db, key=key).describe())
    return 0


def cmd_forget_deleted(args: argparse.Namespace) -> int:
    question = (
        "Remove deleted items from the undo history and the database file? "
        "Their deletion can no longer be undone."
    )
    if not confirm(question, args, "forget-deleted"):
        print("Nothing was changed.")
        return 1
    store = open_store(args)
    try:
        print(forget_deleted(store).describe())
    finally:
        store.close()
    return 0
