"""A passphrase the user chooses, as a second way to open an encrypted database.

The database key stays 32 random bytes (:mod:`assistant.store.cipher`). A
passphrase, where the user sets one, is a second way to that key besides the
recovery key: the key is kept in the data folder wrapped with it, in
``database-key.passphrase`` (0600). Opening needs the passphrase; the file
alone gives nothing away but what a guess at the passphrase can find, which is
why a passphrase has at least :data:`MIN_LENGTH` characters and every guess
costs a memory-hard key derivation (scrypt, about 128 MiB and half a second).

The wrapping uses only the standard library: scrypt(passphrase, a random salt)
gives 64 bytes; the first 32 are XORed with the key (a one-time pad: the salt
is new at every wrap), the last 32 key an HMAC-SHA256 over the salt and the
wrapped key, so a wrong passphrase or a changed file is told apart from the
right one before the key is ever tried on the database. The derivation's
parameters are in the file, so a later version can raise them and still open
older files.

A passphrase wraps one key: changing the database key (``rotate``) or turning
encryption off removes the file, and the user sets a passphrase again for the
new key if they want one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets as random_source
import unicodedata
from pathlib import Path

from assistant import paths
from assistant.errors import InvalidInput, StoreError
from assistant.store import cipher

FILE_NAME = "database-key.passphrase"
FORMAT = 1
MIN_LENGTH = 10
# scrypt's cost: N=2**17, r=8 uses 128 MiB and about half a second here; a guess costs the same.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
_SALT_BYTES = 16
_LABEL = b"assistant database key, wrapped, format 1"


class WrongPassphrase(InvalidInput):
    """The text typed is neither the recovery key nor the passphrase that was set."""


def path(folder: Path) -> Path:
    return folder / FILE_NAME


def is_set(folder: Path) -> bool:
    return path(folder).is_file()


def check(passphrase: str) -> str:
    """``passphrase`` as it is used (Unicode NFC); refused when it is too short to protect."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text.strip()) < MIN_LENGTH:
        raise InvalidInput(
            f"A passphrase needs at least {MIN_LENGTH} characters: it is kept next to your "
            "data, so only its length protects it from guessing. Nothing was changed."
        )
    return text


def set_passphrase(folder: Path, key: bytes, passphrase: str) -> None:
    """Keep ``key`` in ``folder`` wrapped with ``passphrase`` (replacing an earlier one)."""
    text = check(passphrase)
    if len(key) != cipher.KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    salt = random_source.token_bytes(_SALT_BYTES)
    pad, mac_key = _derive(text, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = bytes(a ^ b for a, b in zip(key, pad, strict=True))
    record = {
        "format": FORMAT,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "wrapped": wrapped.hex(),
        "mac": _mac(mac_key, salt, wrapped).hex(),
    }
    target = path(folder)
    try:
        paths.write_private(target, json.dumps(record, indent=2) + "\n")
    except OSError as exc:
        raise StoreError(
            f"The passphrase could not be saved in {target.parent} ({exc.strerror or exc}); "
            "nothing was changed."
        ) from None


def remove(folder: Path) -> bool:
    """Forget the passphrase of ``folder``; whether there was one."""
    try:
        path(folder).unlink()
    except FileNotFoundError:
        return False
    return True


def unwrap(folder: Path, passphrase: str) -> bytes:
    """The key that ``passphrase`` unwraps in ``folder``; :class:`WrongPassphrase` if none."""
    try:
        record = json.loads(path(folder).read_text(encoding="utf-8"))
        salt = bytes.fromhex(record["salt"])
        wrapped = bytes.fromhex(record["wrapped"])
        mac = bytes.fromhex(record["mac"])
        cost = (int(record["n"]), int(record["r"]), int(record["p"]))
        if record.get("format") != FORMAT or record.get("kdf") != "scrypt":
            raise ValueError("unknown format")
        n, r, p = cost
        if len(wrapped) != cipher.KEY_BYTES or not 2 <= n <= 2**20 or n & (n - 1):
            raise ValueError("its parameters are out of range")
        if not (1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("its parameters are out of range")
        pad, mac_key = _derive(unicodedata.normalize("NFC", passphrase), salt, n, r, p)
    except FileNotFoundError:
        raise WrongPassphrase(_NEITHER) from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError, MemoryError) as exc:
        raise StoreError(
            f"The passphrase file {path(folder)} cannot be read ({exc}); use the recovery key."
        ) from None
    if not hmac.compare_digest(_mac(mac_key, salt, wrapped), mac):
        raise WrongPassphrase(_NEITHER)
    return bytes(a ^ b for a, b in zip(wrapped, pad, strict=True))


_NEITHER = (
    "That is neither the recovery key nor the passphrase of this data; nothing was changed. "
    "Check it and try again."
)


def key_from_typed(folder: Path, text: str) -> bytes:
    """The key in what the user typed: their recovery key, or the passphrase they set.

    Without a passphrase set, only a recovery key is accepted (and a text that
    is not one is said to be so). The key returned has not been tried on the
    database; the caller does that.
    """
    try:
        return cipher.parse_recovery_key(text)
    except InvalidInput:
        if not is_set(folder):
            raise
    return unwrap(folder, text.rstrip("\r\n"))


def _derive(text: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    out = hashlib.scrypt(
        text.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=64
    )
    return out[: cipher.KEY_BYTES], out[cipher.KEY_BYTES :]


def _mac(mac_key: bytes, salt: bytes, wrapped: bytes) -> bytes:
    return hmac.new(mac_key, _LABEL + salt + wrapped, hashlib.sha256).digest()
