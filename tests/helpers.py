"""Helpers that several test files share (importable: pytest puts tests/ on sys.path).

Only what was written out the same way in more than one file lives here, so a
test reads the same wherever it is; fixtures stay in the conftest.py files.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant import secrets
from assistant.cli import main
from assistant.clock import Clock
from assistant.store import Store, cipher


def friday_morning(zone: ZoneInfo) -> Clock:
    """Friday 2026-11-27 10:00 in ``zone``: the tests' usual now (conftest's ``clock``)."""
    return Clock(datetime(2026, 11, 27, 10, 0, tzinfo=zone), zone)


def at_in(
    zone: ZoneInfo, month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2026
) -> datetime:
    """A wall-clock time in ``zone``; a file binds its zone: ``at = partial(at_in, ZONE)``."""
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def digest(path: Path) -> str:
    """The file's SHA-256, to show that something left it byte for byte as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``assistant ARGV...`` through main(), as a user runs it: exit code, stdout, stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def encrypt(path: Path) -> bytes:
    """Turn encryption on for the database at ``path`` (closed again); the new key."""
    key = cipher.new_key()
    store = Store.open(path)
    try:
        store.encrypt(key)
    finally:
        store.close()
    return key


def forget_keychain(path: Path) -> None:
    """Drop the kept key of the database at ``path``, as another desktop session lacks it."""
    (path.parent / secrets.SECRETS_FILENAME).unlink()
