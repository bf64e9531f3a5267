"""`encryption on|off|rotate|passphrase|status`: encryption at rest of the database (SQLCipher).

assistant encryption status [--json]   is the database encrypted, is its key reachable
assistant encryption on [--yes]        encrypt it; shows the recovery key once, asks if it is saved
assistant encryption off [--yes]       make it a plain SQLite file again
assistant encryption rotate [--yes]    re-encrypt with a new key; shows its recovery key once
assistant encryption passphrase        set a passphrase that opens it too (typed twice, hidden;
                                       without a terminal, one line from stdin)
assistant encryption passphrase-off    forget the passphrase (the recovery key still opens it)

Every conversion copies, verify and swap (assistant/store/encryption.py), so an
interruption leaves a usable database. Without a terminal to ask in (and no
``--yes``) nothing is changed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from assistant import paths
from assistant.cli.common import data_dir_from, open_store, print_json
from assistant.cli.upkeep_cmd import confirm
from assistant.errors import AssistantError
from assistant.store import cipher, passphrase
from assistant.store.encryption import status


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    enc = sub.add_parser(
        "encryption",
        parents=[common],
        help="encrypt the database at rest, or show whether it is",
        description="Encrypt the database with SQLCipher, the key kept in the system "
        "keychain; a recovery key opens it where the keychain cannot.",
    )
    enc.add_argument(
        "action",
        choices=("status", "on", "off", "rotate", "passphrase", "passphrase-off"),
        nargs="?",
        default="status",
    )
    enc.add_argument("--yes", action="store_true", help="do not ask first")
    enc.add_argument("--json", action="store_true", help="status as JSON")
    enc.set_defaults(handler=cmd_encryption)


def cmd_encryption(args: argparse.Namespace) -> int:
    if args.action == "on":
        return _turn_on(args)
    if args.action == "off":
        return _turn_off(args)
    if args.action == "rotate":
        return _rotate(args)
    if args.action == "passphrase":
        return _set_passphrase(args)
    if args.action == "passphrase-off":
        return _forget_passphrase(args)
    db = paths.db_path(data_dir_from(args))
    now = status(db)
    if args.json:
        print_json(
            {
                "encrypted": now.encrypted,
                "key_reachable": now.key_reachable,
                "available": now.available,
                "unavailable_reason": now.unavailable_reason,
                "key_store": now.where,
                "passphrase": now.passphrase,
                "sqlcipher": cipher.cipher_version(),
            }
        )
    else:
        print(now.describe())
    return 0


def _turn_on(args: argparse.Namespace) -> int:
    reason = cipher.unavailable_reason()
    if reason is not None:
        raise AssistantError(f"Encryption is not available: {reason}.")
    store = open_store(args)
    try:
        if store.encrypted:
            print("The database is encrypted already.")
            return 0
        key = cipher.new_key()
        print(
            "Your recovery key (shown only now). It opens your data where the keychain "
            "cannot, for example in another desktop session. Keep it somewhere safe, "
            "such as a password manager or on paper:\n"
        )
        print(f"    {cipher.recovery_key(key)}\n")
        question = "Have you saved the recovery key? Encrypt the database now?"
        if not confirm(question, args, "encryption on"):
            print("Nothing was changed.")
            return 1
        print(store.encrypt(key).describe())
    finally:
        store.close()
    return 0


def _turn_off(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        if not store.encrypted:
            print("The database is not encrypted.")
            return 0
        question = "Store your data unencrypted from now on?"
        if not confirm(question, args, "encryption off"):
            print("Nothing was changed.")
            return 1
        print(store.decrypt().describe())
    finally:
        store.close()
    return 0


def _rotate(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        if not store.encrypted:
            raise AssistantError(
                "The database is not encrypted, so it has no key to change; nothing was "
                "changed. Turn encryption on with `assistant encryption on`."
            )
        key = cipher.new_key()
        print(
            "Your new recovery key (shown only now). Once the key is changed, the old "
            "recovery key no longer opens your data. Keep this one somewhere safe:\n"
        )
        print(f"    {cipher.recovery_key(key)}\n")
        question = "Have you saved the new recovery key? Change the key now?"
        if not confirm(question, args, "encryption rotate"):
            print("Nothing was changed.")
            return 1
        print(store.rotate_key(key).describe())
    finally:
        store.close()
    return 0


def _set_passphrase(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        if not store.encrypted or store.key is None or store.path is None:
            raise AssistantError(
                "The database is not encrypted, so there is no key for a passphrase to open; "
                "nothing was changed. Turn encryption on with `assistant encryption on`."
            )
        print(
            f"The passphrase opens your data where the keychain cannot, like the recovery key. "
            f"It is kept next to your data, so choose a long one (at least "
            f"{passphrase.MIN_LENGTH} characters) that you use nowhere else."
        )
        if sys.stdin.isatty():
            first = getpass.getpass("New passphrase: ")
            if getpass.getpass("The same again: ") != first:
                raise AssistantError("The two passphrases differ; nothing was changed.")
        else:
            first = sys.stdin.readline().rstrip("\r\n")
        passphrase.set_passphrase(store.path.parent, store.key, first)
    finally:
        store.close()
    print("Passphrase set: it opens your data too. The recovery key still does.")
    return 0


def _forget_passphrase(args: argparse.Namespace) -> int:
    folder = paths.db_path(data_dir_from(args)).parent
    if passphrase.remove(folder):
        print("Passphrase forgotten: the recovery key and the keychain still open your data.")
    else:
        print("No passphrase was set; nothing was changed.")
    return 0
