"""SQLCipher: opening an encrypted database, where its key lives, and the recovery key.

An encrypted database is a SQLCipher file (AES-256, an HMAC per page)
opened through ``sqlcipher3``, a DB-API driver like the standard library's
``sqlite3``. Its key is 32 random bytes, given to SQLCipher as a raw key
(``x'...'``), so opening needs no key derivation. The key is kept in the OS
keychain under a name made from the data folder; the private-file fallback of
:mod:`assistant.secrets` holds it only where ``ASSISTANT_KEYRING=file`` asks for
it, because a key stored next to the data protects nothing on a stolen disk.

The *recovery key* is the same 32 bytes plus a two-byte checksum, written as
eleven groups of five letters and digits. It opens the database where the
keychain has no key (another desktop session, a headless machine); the window
asks for it in a dialog, the command line at a terminal (hidden), else reads it
from ``--recovery-key-stdin`` or ``$ASSISTANT_RECOVERY_KEY``.

Files made by this version use HMAC-SHA256 for the page HMAC (:data:`HMAC`);
files encrypted before it use SQLCipher 4's default, HMAC-SHA512
(:data:`OLD_HMAC`), until their next conversion (a key change, or encryption
turned off and on again) rewrites them with the new one. The file does not say
which it has, so :func:`connect` tries the new one, then the old: a wrong
setting fails the first page's HMAC exactly as a wrong key does.

Whether a file is encrypted is read from the file itself: a plain SQLite file
starts with ``SQLite format 3``, an encrypted one with random bytes. The
``database_encrypted`` flag in the settings only says what the user chose, so
that a file that is neither plain nor openable is reported as "needs its key"
rather than "damaged" when encryption is on.

``sqlcipher3`` is an installed dependency, but the app runs without it; then
encryption is reported unavailable and only plain files open.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import secrets as random_source
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import cast

from assistant import paths, secrets
from assistant.errors import InvalidInput, StoreError

log = logging.getLogger(__name__)

ENV_RECOVERY_KEY = "ASSISTANT_RECOVERY_KEY"
# The settings key that records the user's choice (see the module docstring).
SETTINGS_FLAG = "database_encrypted"
KEY_BYTES = 32
_CHECK_BYTES = 2
_GROUP = 5
# SQLite's page cache of an encrypted connection, in KiB (a ceiling, filled as pages are
# read). The OS caches only the ciphertext of an encrypted file, so each miss of this
# cache costs a decryption and an HMAC check (about 14 us a 4 KiB page on a 2-core Xeon
# with HMAC-SHA512, 8 us with HMAC-SHA256, against about 2 us to copy a plain page from
# the OS cache). At SQLCipher's default of
# 8 MB a to-do list filtered by a common tag and a word re-read some 6,000 pages a call
# at 100,000 rows (94 ms, against 25 ms plain); with 64 MiB it reads them once.
# See "Encryption at rest" in docs/benchmarks.md.
CACHE_KIB = 65536
# The page HMAC of the files this version writes. HMAC-SHA256 (SQLCipher 3's default, still
# a supported setting) costs less than SQLCipher 4's HMAC-SHA512 on CPUs with SHA
# extensions, and the write cost of an encrypted file is per page (a fresh IV, AES and an
# HMAC for every page committed); see "Encryption at rest" in docs/benchmarks.md.
HMAC = "HMAC_SHA256"
# What files encrypted before HMAC was chosen use; they still open (see connect()).
OLD_HMAC = "HMAC_SHA512"
HMACS = (HMAC, OLD_HMAC)
PLAIN_HEADER = b"SQLite format 3\x00"
# The DB-API error classes that sqlcipher3 defines again under its own module.
_ERROR_NAMES = (
    "InterfaceError",
    "DatabaseError",
    "DataError",
    "OperationalError",
    "IntegrityError",
    "InternalError",
    "ProgrammingError",
    "NotSupportedError",
)

_driver: ModuleType | None = None
_unavailable: str | None = None
_loaded = False


class KeyNeeded(StoreError):
    """The database is encrypted and no key that opens it was found or given."""


class WrongKey(KeyNeeded):
    """A recovery key was given, but it does not open this database."""


def driver() -> ModuleType | None:
    """``sqlcipher3.dbapi2``, or None when it cannot be used (see :func:`unavailable_reason`).

    Its errors are made subclasses of the standard library's as well (an
    ``sqlcipher3`` ``OperationalError`` is also a ``sqlite3.OperationalError``),
    so every ``except sqlite3...`` in the store, in sqlite-utils and in the tests
    handles both drivers.
    """
    global _driver, _unavailable, _loaded
    if _loaded:
        return _driver
    _loaded = True
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        _unavailable = f"the SQLCipher library (sqlcipher3) is not installed ({exc})"
        return None
    try:
        for name in _ERROR_NAMES:
            theirs, ours = getattr(dbapi2, name), getattr(sqlite3, name)
            if not issubclass(theirs, ours):
                theirs.__bases__ = (*theirs.__bases__, ours)
    except (AttributeError, TypeError) as exc:
        _unavailable = f"this build of sqlcipher3 is not compatible ({exc})"
        return None
    try:  # a build without FTS5 could not search notes
        probe = dbapi2.connect(":memory:")
        try:
            probe.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize=trigram)")
        finally:
            probe.close()
    except dbapi2.Error as exc:
        _unavailable = f"this build of SQLCipher lacks FTS5 ({exc})"
        return None
    _driver = dbapi2
    return _driver


def unavailable_reason() -> str | None:
    """Why encryption cannot be used here, or None when it can."""
    driver()
    return _unavailable


def cipher_version() -> str | None:
    module = driver()
    if module is None:
        return None
    conn = module.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else None


# -- the file ----------------------------------------------------------------


def looks_encrypted(file: Path) -> bool:
    """Whether ``file`` exists, is not empty and is not a plain SQLite file."""
    try:
        with open(file, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return bool(head) and head != PLAIN_HEADER


def chosen(folder: Path) -> bool:
    """Whether the settings say the user turned encryption on (unreadable settings: no)."""
    try:
        data = json.loads(paths.config_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get(SETTINGS_FLAG) is True


def connect(
    target: Path | str,
    key: bytes | None,
    *,
    uri: bool = False,
    timeout: float = 5.0,
) -> sqlite3.Connection:
    """A SQLCipher connection to ``target`` keyed with ``key`` (None: a plain file).

    The key is checked by reading the schema; a wrong key raises :class:`WrongKey`.
    A keyed connection tries the page HMAC of new files (:data:`HMAC`), then
    the one of files encrypted before (:data:`OLD_HMAC`); a new or empty file
    gets :data:`HMAC`. A keyed connection also gets a larger page cache
    (:data:`CACHE_KIB`). The result is an ``sqlcipher3`` connection, which has
    the same interface as ``sqlite3.Connection`` (and raises errors that are
    sqlite3's too).
    """
    module = driver()
    if module is None:
        raise StoreError(f"The database cannot be opened: {_unavailable}.")
    for algorithm in HMACS if key is not None else (None,):
        try:
            # Only the last try may log SQLCipher's "hmac check failed" (as a wrong key does).
            quiet = algorithm != HMACS[-1] and key is not None
            return _connect(module, target, key, algorithm, uri=uri, timeout=timeout, quiet=quiet)
        except _NotOpened:
            continue
    raise WrongKey(
        "That key does not open the database; nothing was changed. "
        "Check the recovery key and try again."
    )


class _NotOpened(Exception):
    """The first page did not decrypt: a wrong key, or another page HMAC."""


def _connect(
    module: ModuleType,
    target: Path | str,
    key: bytes | None,
    algorithm: str | None,
    *,
    uri: bool,
    timeout: float,
    quiet: bool,
) -> sqlite3.Connection:
    conn = module.connect(str(target), uri=uri, check_same_thread=False, timeout=timeout)
    try:
        if key is not None:
            conn.execute(f'PRAGMA key = "{key_literal(key)}"')
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {algorithm}")
        level = _quiet(conn) if quiet else None
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            if level is not None:
                conn.execute(f"PRAGMA cipher_log_level = {level}")
        if key is not None:
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except module.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise _NotOpened from None
        raise
    return cast(sqlite3.Connection, conn)


def _quiet(conn: sqlite3.Connection) -> str:
    """Turn SQLCipher's log off (it is process-wide); the level it had, to put back."""
    level = str(conn.execute("PRAGMA cipher_log_level").fetchone()[0])
    conn.execute("PRAGMA cipher_log_level = NONE")
    return level


def hmac_algorithm(conn: sqlite3.Connection, schema: str = "main") -> str:
    """The page HMAC of an encrypted connection's ``schema`` (e.g. ``HMAC_SHA256``)."""
    return str(conn.execute(f"PRAGMA {schema}.cipher_hmac_algorithm").fetchone()[0])


def key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form, ``x'<64 hex digits>'`` (no key derivation)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    return f"x'{key.hex()}'"


# -- keys --------------------------------------------------------------------


def new_key() -> bytes:
    return random_source.token_bytes(KEY_BYTES)


def recovery_key(key: bytes) -> str:
    """``key`` as the user writes it down: 11 groups of 5 (A-Z, 2-7), with a checksum."""
    check = hashlib.sha256(key).digest()[:_CHECK_BYTES]
    text = base64.b32encode(key + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The key in a recovery key as typed (any case, with or without dashes and spaces)."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    compact = compact.replace("0", "O").replace("1", "I").replace("8", "B")  # look-alikes
    wrong = InvalidInput(
        "That is not a recovery key: it has 55 letters and digits in 11 groups of 5, "
        "like ABCDE-FGHIJ-...; nothing was changed."
    )
    try:
        raw = base64.b32decode(compact + "=" * (-len(compact) % 8))
    except ValueError:
        raise wrong from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if len(raw) != KEY_BYTES + _CHECK_BYTES or hashlib.sha256(key).digest()[:_CHECK_BYTES] != check:
        raise wrong
    return key


def secret_name(folder: Path) -> str:
    """The keychain entry of the database in ``folder`` (one per data folder)."""
    where = os.path.normcase(str(folder.expanduser().resolve()))
    return f"database-key-{hashlib.sha256(where.encode()).hexdigest()[:16]}"


def _entry(folder: Path, pending: bool) -> str:
    return secret_name(folder) + ("-next" if pending else "")


def keychain(folder: Path) -> secrets.SecretStore | None:
    """Where database keys may be kept: the OS keychain, or the private file when forced."""
    store = secrets.get_store(folder)
    if isinstance(store, secrets.KeyringStore) or secrets.file_forced():
        return store
    return None


def keychain_words(folder: Path) -> str:
    store = keychain(folder)
    return store.description if store is not None else "a keychain (none works here)"


def stored_key(folder: Path, *, pending: bool = False) -> bytes | None:
    """The key kept for ``folder``, or None (no keychain, locked, nothing kept).

    ``pending``: the new key of a key change that may not have finished (see
    :func:`assistant.store.encryption.rotate`).
    """
    store = keychain(folder)
    if store is None:
        return None
    try:
        value = store.get(_entry(folder, pending))
    except Exception as exc:  # a locked or broken keychain is "no key", not a crash
        log.info("the keychain could not be read: %s", exc)
        return None
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def store_key(folder: Path, key: bytes, *, pending: bool = False) -> bool:
    """Keep ``key`` for ``folder``; False where no keychain can hold it."""
    store = keychain(folder)
    if store is None:
        return False
    try:
        store.set(_entry(folder, pending), key.hex())
    except Exception as exc:
        log.info("the keychain could not be written: %s", exc)
        return False
    return stored_key(folder, pending=pending) == key


def forget_key(folder: Path, *, pending: bool = False) -> None:
    store = keychain(folder)
    if store is None:
        return
    try:
        store.delete(_entry(folder, pending))
    except Exception as exc:
        log.info("the keychain entry could not be removed: %s", exc)


def key_from_environment() -> bytes | None:
    """``$ASSISTANT_RECOVERY_KEY`` parsed, or None when it is not set."""
    text = os.environ.get(ENV_RECOVERY_KEY, "").strip()
    return parse_recovery_key(text) if text else None


def key_needed(folder: Path) -> KeyNeeded:
    return KeyNeeded(
        f"The database in {folder} is encrypted, and its key is not in "
        f"{keychain_words(folder)} (it may be locked, or this is another desktop session). "
        "Give the recovery key to open it: add --recovery-key-stdin to the command and type "
        f"or pipe the key, or set {ENV_RECOVERY_KEY}. Nothing was changed."
    )


def find_key(file: Path) -> bytes | None:
    """A key that opens the encrypted-looking ``file``: the keychain's, else the environment's.

    The keychain's pending key (of a key change interrupted between its swap
    and its keychain update) is tried too, and made the kept one if it opens the file.

    None when nothing says the file is encrypted (no key kept or given, and
    encryption not chosen): such a file is a damaged plain one, and is opened
    as before so that the damage is reported. Raises :class:`KeyNeeded` when
    no key is at hand, :class:`WrongKey` when the given one does not open it.
    """
    folder = file.parent
    given = key_from_environment()
    kept = stored_key(folder)
    pending = stored_key(folder, pending=True)  # a key change cut short after its swap
    if given is None and kept is None and pending is None and not chosen(folder):
        return None
    for candidate in (kept, pending, given):
        if candidate is not None and opens(file, candidate):
            if candidate is not kept:
                remember(folder, candidate)
            if pending is not None and stored_key(folder) == candidate:
                forget_key(folder, pending=True)
            return candidate
    if given is not None:
        raise WrongKey(
            f"The recovery key in {ENV_RECOVERY_KEY} does not open the database in {folder}; "
            "nothing was changed. Check it and try again."
        )
    raise key_needed(folder)


def opens(file: Path, key: bytes) -> bool:
    """Whether ``key`` opens ``file`` (errors other than a wrong key are left to the caller)."""
    try:
        connect(file, key).close()
    except WrongKey:
        return False
    except sqlite3.Error:
        return True
    return True


def remember(folder: Path, key: bytes) -> None:
    """Keep a key the user gave in the keychain, so that the next start needs no recovery key."""
    if stored_key(folder) != key and not store_key(folder, key):
        log.info("no keychain here: the recovery key will be asked for again")
