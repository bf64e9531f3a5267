"""Options every subcommand shares, and the objects they open from them."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from assistant import paths
from assistant.app import Assistant
from assistant.clock import Clock
from assistant.errors import InvalidInput, StoreError
from assistant.store import Store, cipher, passphrase

EXIT_ERROR = 1
EXIT_INTERNAL = 70


def common_parser() -> argparse.ArgumentParser:
    """--data-dir, --now and --tz, accepted before or after any subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="data folder (default: $ASSISTANT_DATA_DIR, else the OS data folder)",
    )
    common.add_argument(
        "--now",
        default=argparse.SUPPRESS,
        metavar="ISO",
        help="pin the clock, e.g. 2026-11-29T09:00 (default: $ASSISTANT_NOW, else now)",
    )
    common.add_argument(
        "--tz",
        default=argparse.SUPPRESS,
        metavar="ZONE",
        help="IANA time zone, e.g. Europe/Berlin (default: $ASSISTANT_TZ, else the system's)",
    )
    common.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read the recovery key of an encrypted database, or the passphrase you set, "
        "from stdin (asked for at a terminal), where the keychain has no key; or set "
        f"${cipher.ENV_RECOVERY_KEY} to the recovery key",
    )
    return common


def clock_from(args: argparse.Namespace) -> Clock:
    return Clock.from_options(getattr(args, "now", None), getattr(args, "tz", None))


def data_dir_from(args: argparse.Namespace) -> Path:
    """The data folder: --data-dir, else $ASSISTANT_DATA_DIR, else the OS data folder."""
    return paths.data_dir(getattr(args, "data_dir", None))


def open_app(args: argparse.Namespace) -> Assistant:
    """The data folder the options name, opened; an encrypted one with the key given or kept.

    The clock is the options' (``--now``, ``--tz``, then the environment), not
    the zone chosen in the window's settings.
    """
    return Assistant.open(
        getattr(args, "data_dir", None),
        now=getattr(args, "now", None),
        tz=getattr(args, "tz", None),
        key=recovery_key_from(args),
        ask_key=ask_at_terminal if _at_terminal(args) else None,
        preferred_zone=False,
    )


def _at_terminal(args: argparse.Namespace) -> bool:
    """Whether a missing key may be asked for: someone types at this terminal."""
    return not getattr(args, "recovery_key_stdin", False) and sys.stdin.isatty()


def open_store(args: argparse.Namespace) -> Store:
    """Only the store of the data folder, for the commands that need nothing else."""
    return open_app(args).store


def recovery_key_from(args: argparse.Namespace) -> bytes | None:
    """The key in the recovery key (or the passphrase) read from stdin, read once.

    ``--recovery-key-stdin``: a passphrase works where the user set one
    (store/passphrase.py); a recovery key always does.
    """
    if not getattr(args, "recovery_key_stdin", False):
        return None
    cached = getattr(args, "_recovery_key", None)
    if isinstance(cached, bytes):
        return cached
    prompt = "Recovery key or passphrase: "
    text = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    key = passphrase.key_from_typed(data_dir_from(args), text)
    args._recovery_key = key
    return key


def ask_at_terminal(db: Path, why: str, tries: int = 3) -> bytes:
    """The recovery key of the encrypted ``db``, typed (hidden) at the terminal.

    A key that is not one, or does not open the data, is said plainly and asked
    again, up to ``tries`` times; an empty answer stops. The key that opens it
    is kept in the keychain again where one works, so the next command needs none.
    """
    folder = db.parent
    either = "the recovery key or your passphrase" if passphrase.is_set(folder) else ""
    print(
        f"The database in {folder} is encrypted, and {cipher.keychain_words(folder)} does not "
        f"have its key. Type {either or 'the recovery key'} to open it (or press Enter to stop).",
        file=sys.stderr,
    )
    for _ in range(tries):
        text = getpass.getpass("Recovery key or passphrase: " if either else "Recovery key: ")
        if not text.strip():
            break
        try:
            key = passphrase.key_from_typed(folder, text)
        except (InvalidInput, StoreError) as exc:  # not a key; an unreadable passphrase file
            print(str(exc), file=sys.stderr)
            continue
        if not cipher.opens(db, key):
            print("That recovery key does not open the database; try again.", file=sys.stderr)
            continue
        cipher.remember(folder, key)
        if cipher.stored_key(folder) != key:
            print(
                "No keychain works here, so the recovery key will be asked for again.",
                file=sys.stderr,
            )
        return key
    raise cipher.KeyNeeded(why)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
