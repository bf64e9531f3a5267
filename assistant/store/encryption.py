"""Turning encryption at rest on and off, and changing its key: copy, verify, swap.

Either way the database is written anew next to itself
(``assistant.db.converting``) with ``sqlcipher_export``, while an exclusive
lock keeps every other writer out. The copy is then opened on its own and
must pass ``quick_check`` and have the same number of rows in every table
(full-text indexes included) before it is flushed to disk and renamed over
the original in one step. A crash before the rename leaves the original as it
was (the half-made copy is removed at the next try); after it, the new file
is complete. An encrypted copy gets the page HMAC of new files
(:data:`cipher.HMAC`), so a key change also moves a file encrypted before to
it. Whether a file is encrypted is read from its first bytes, so no
crash can leave the settings and the file disagreeing about it.

Turning on keeps the new key in the keychain *before* the swap, so an
encrypted file never exists without its key being kept; the user has
confirmed the recovery key before that (:func:`cipher.recovery_key`).
Every other connection to the file must be closed: the conversion refuses
(and changes nothing) while another window or command has it open.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import StoreError
from assistant.settings import load_settings, save_settings
from assistant.store import cipher, passphrase
from assistant.store.filelock import exclusive_lock

log = logging.getLogger(__name__)

CONVERTING_SUFFIX = ".converting"
# SQLite's "dead man switch" byte in the -shm file: every open WAL connection holds a
# shared lock on it (WALINDEX_LOCK_OFFSET 120 + WALINDEX_LOCK_RESERVED 8, os_unix.c).
_SHM_DMS_BYTE = 128
LOCK_WAIT_SECONDS = 120
BUSY_SECONDS = 10.0


IN_USE = (
    "The database is in use by another window or command of the assistant; close it and "
    "try again. Nothing was changed."
)


@dataclass(frozen=True)
class Status:
    """What `assistant encryption status`, doctor and Settings → Privacy report."""

    encrypted: bool
    # Whether the keychain holds a key that opens the file (None: not encrypted).
    key_reachable: bool | None
    available: bool
    unavailable_reason: str | None
    where: str
    # Whether a passphrase the user set opens it too (store/passphrase.py).
    passphrase: bool = False

    def describe(self) -> str:
        if not self.available and not self.encrypted:
            return f"Encryption is off, and not available here: {self.unavailable_reason}."
        if not self.encrypted:
            return "Encryption is off: the database is a plain SQLite file."
        if self.key_reachable:
            text = f"Encryption is on; the key is kept in {self.where}."
            return text + (" A passphrase you set opens it too." if self.passphrase else "")
        needed = "the recovery key or your passphrase" if self.passphrase else "the recovery key"
        return (
            f"Encryption is on, but the key is not in {self.where}: "
            f"{needed} is needed to open the database."
        )


@dataclass(frozen=True)
class Converted:
    encrypted: bool
    rows: int
    rotated: bool = False
    # A passphrase wrapped the old key, and was removed with it (store/passphrase.py).
    passphrase_removed: bool = False

    def describe(self) -> str:
        if self.rotated:
            text = f"Your data is encrypted with a new key ({self.rows} rows copied and checked)."
            if self.passphrase_removed:
                text += " Your passphrase opened the old key only: set one again if you want it."
            return text
        if self.encrypted:
            return f"Your data is encrypted ({self.rows} rows copied and checked)."
        return f"Encryption is off; the database is a plain file again ({self.rows} rows)."


def status(file: Path) -> Status:
    folder = file.parent
    # The pending key too: a key change cut short after its swap (see rotate).
    kept = [k for k in (cipher.stored_key(folder), cipher.stored_key(folder, pending=True)) if k]
    encrypted = cipher.looks_encrypted(file) and (cipher.chosen(folder) or bool(kept))
    reachable: bool | None = None
    if encrypted:
        reachable = any(cipher.opens(file, k) for k in kept)
    reason = cipher.unavailable_reason()
    return Status(
        encrypted,
        reachable,
        reason is None,
        reason,
        cipher.keychain_words(folder),
        passphrase=encrypted and passphrase.is_set(folder),
    )


def turn_on(file: Path, key: bytes, *, before_swap: Callable[[], None] | None = None) -> Converted:
    """Encrypt the plain database ``file`` with ``key`` (every connection to it closed).

    ``before_swap`` runs after the copy is verified and before it replaces the
    original (tests raise there to act out a crash).
    """
    if cipher.unavailable_reason() is not None:
        raise StoreError(f"Encryption is not available: {cipher.unavailable_reason()}.")
    if cipher.looks_encrypted(file):
        raise StoreError("The database is encrypted already; nothing was changed.")
    folder = file.parent
    if not cipher.store_key(folder, key):
        raise StoreError(
            "No keychain can keep the database key here, so encryption was not turned on "
            "(nothing was changed). Unlock the system keychain, or set ASSISTANT_KEYRING=file "
            "to keep the key in a private file in the data folder."
        )
    try:
        _set_flag(folder, True)
        rows = _convert(file, None, key, before_swap)
    except BaseException:
        if not cipher.looks_encrypted(file):  # the swap did not happen: undo the preparations
            _set_flag(folder, False, quiet=True)
            cipher.forget_key(folder)
        raise
    return Converted(True, rows)


def turn_off(file: Path, key: bytes, *, before_swap: Callable[[], None] | None = None) -> Converted:
    """Decrypt the database ``file`` (opened with ``key``) into a plain SQLite file."""
    if not cipher.looks_encrypted(file):
        raise StoreError("The database is not encrypted; nothing was changed.")
    rows = _convert(file, key, None, before_swap)
    folder = file.parent
    _set_flag(folder, False, quiet=True)
    cipher.forget_key(folder)
    passphrase.remove(folder)  # it wrapped a key that opens nothing now
    return Converted(False, rows)


def rotate(
    file: Path, old_key: bytes, new_key: bytes, *, before_swap: Callable[[], None] | None = None
) -> Converted:
    """Re-encrypt ``file`` with ``new_key`` (copy, verify, swap) and keep it in the keychain.

    The new key is kept as the keychain's *pending* key before the copy is
    made, and becomes the kept one only after the swap, so a crash at any
    point leaves a key in the keychain that opens the file
    (:func:`cipher.find_key` tries both). The old recovery key stops working;
    the caller shows the new one, and the user confirms it is saved, first.
    """
    if not cipher.looks_encrypted(file):
        raise StoreError("The database is not encrypted; nothing was changed.")
    if new_key == old_key:
        raise StoreError("The new key is the old one; nothing was changed.")
    folder = file.parent
    if not cipher.store_key(folder, new_key, pending=True):
        raise StoreError(
            "No keychain can keep the new database key here, so the key was not changed "
            "(nothing was changed). Unlock the system keychain and try again."
        )
    try:
        rows = _convert(file, old_key, new_key, before_swap)
    except BaseException:
        if not cipher.opens(file, new_key):  # the swap did not happen
            cipher.forget_key(folder, pending=True)
        raise
    if not cipher.store_key(folder, new_key):
        log.warning("the new database key could not be kept; it stays the pending one")
    else:
        cipher.forget_key(folder, pending=True)
    # A passphrase wrapped the old key, and cannot wrap the new one without being typed.
    return Converted(True, rows, rotated=True, passphrase_removed=passphrase.remove(folder))


def _convert(
    file: Path,
    old_key: bytes | None,
    new_key: bytes | None,
    before_swap: Callable[[], None] | None,
) -> int:
    """Copy ``file`` into a file keyed with ``new_key`` (None: plain), verify, swap."""
    from assistant.store.db import MIGRATION_LOCK_SUFFIX

    copy = file.with_name(file.name + CONVERTING_SUFFIX)
    lock = file.with_name(f"{file.name}{MIGRATION_LOCK_SUFFIX}")
    with exclusive_lock(lock, LOCK_WAIT_SECONDS, "converting the database"):
        _remove_with_sidecars(copy)
        try:
            counts = _export(file, old_key, new_key, copy)
            _verify(copy, new_key, counts)
            _fsync(copy)
            if before_swap is not None:
                before_swap()
            os.replace(copy, file)
        except BaseException:
            _remove_with_sidecars(copy)
            raise
        _fsync_folder(file.parent)
        _reopen_in_wal(file, new_key)
    return sum(counts.values())


def _export(file: Path, old_key: bytes | None, new_key: bytes | None, copy: Path) -> dict[str, int]:
    """``sqlcipher_export`` of ``file`` into ``copy`` under an exclusive lock; the row counts."""
    if _open_elsewhere(file):
        raise StoreError(IN_USE)
    src = cipher.connect(file, old_key, timeout=BUSY_SECONDS)
    src.isolation_level = None  # transactions as written below, none implied
    try:
        # Leaving WAL needs the only connection: another window or command has it open else.
        try:
            mode = str(src.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
        except sqlite3.OperationalError:
            mode = "busy"
        if mode != "delete":
            raise StoreError(IN_USE)
        target = cipher.key_literal(new_key) if new_key is not None else ""
        src.execute("ATTACH DATABASE ? AS converted KEY ?", (str(copy), target))
        if new_key is not None:  # an attached file gets SQLCipher's default HMAC otherwise
            src.execute(f"PRAGMA converted.cipher_hmac_algorithm = {cipher.HMAC}")
        try:
            src.execute("BEGIN EXCLUSIVE")
            try:
                counts = _row_counts(src, "main")
                user_version = int(src.execute("PRAGMA main.user_version").fetchone()[0])
                src.execute("SELECT sqlcipher_export('converted')")
                src.execute(f"PRAGMA converted.user_version = {user_version}")
            finally:
                src.execute("COMMIT")
        finally:
            src.execute("DETACH DATABASE converted")
    except sqlite3.OperationalError as exc:
        raise StoreError(_explain(exc)) from None
    finally:
        src.close()
    return counts


def _verify(copy: Path, key: bytes | None, expected: dict[str, int]) -> None:
    """The copy opens on its own, passes quick_check and has every row."""
    try:
        conn = cipher.connect(copy, key)
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
            counts = _row_counts(conn, "main")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(
            f"The converted copy could not be read ({exc}); nothing was changed."
        ) from None
    if problems != ["ok"]:
        raise StoreError(
            f"The converted copy failed its check ({problems[0]}); nothing was changed."
        )
    if counts != expected:
        differ = sorted(
            t for t in expected.keys() | counts.keys() if expected.get(t) != counts.get(t)
        )
        raise StoreError(
            f"The converted copy differs from the database in {', '.join(differ)}; "
            "nothing was changed."
        )


def _row_counts(conn: sqlite3.Connection, schema: str) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {
        name: int(conn.execute(f"SELECT count(*) FROM {schema}.[{name}]").fetchone()[0])
        for name in names
    }


def _reopen_in_wal(file: Path, key: bytes | None) -> None:
    """Put the new file in WAL mode, as every database of the app is."""
    conn = cipher.connect(file, key, timeout=BUSY_SECONDS)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _set_flag(folder: Path, on: bool, *, quiet: bool = False) -> None:
    try:
        data = load_settings(folder)
        if data.get(cipher.SETTINGS_FLAG, False) != on:
            data[cipher.SETTINGS_FLAG] = on
            save_settings(folder, data)
    except Exception:
        if not quiet:
            raise
        log.warning("could not record encryption=%s in the settings", on, exc_info=True)


def _explain(exc: sqlite3.OperationalError) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return IN_USE
    if "full" in text:
        return "The disk is full, so the database was not converted; nothing was changed."
    return f"The database could not be converted ({text}); nothing was changed."


def _open_elsewhere(file: Path) -> bool:
    """Whether another process has the database open (POSIX; this process's are closed).

    Such a connection would go on with the old file after the swap. Every WAL
    connection holds a shared lock on the -shm file's DMS byte; if it cannot be
    locked exclusively, someone holds it. Checked before this process opens the
    file again (a POSIX unlock would drop this process's own lock too).
    """
    try:
        import fcntl
    except ImportError:  # Windows: the rename fails while another process has the file open
        return False
    shm = file.with_name(file.name + "-shm")
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False  # no -shm file: nobody has the database open in WAL mode
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE, os.SEEK_SET)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE, os.SEEK_SET)
        return False
    finally:
        os.close(fd)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
