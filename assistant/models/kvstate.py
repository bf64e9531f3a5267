"""The on-disk format of a prompt prefix's KV state (see :mod:`assistant.models.runtime`).

A file is our own header + token ids + the KV bytes of sequence 0, checked by
SHA-256; never pickle. A file that fails any check raises :class:`BadState`
and the caller deletes it.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from pathlib import Path

import numpy as np

STATE_SUFFIX = ".kvstate"
_STATE_MAGIC = b"AKVS"
STATE_VERSION = 1
# magic, version, key digest, token count, KV byte count, SHA-256 of what follows
_STATE_HEADER = struct.Struct("<4sI32sQQ32s")
# The chat's prefix, the email summary's and the rewrite's (see agent/text_brain.py).
_KEEP_STATE_FILES = 3


class BadState(Exception):
    """A state file that must not be loaded."""


def write_state(path: Path, key: bytes, tokens: list[int], kv: memoryview) -> None:
    ids = np.asarray(tokens, dtype="<i4").tobytes()
    digest = hashlib.sha256(ids)
    digest.update(kv)
    header = _STATE_HEADER.pack(
        _STATE_MAGIC, STATE_VERSION, key, len(tokens), len(kv), digest.digest()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as out:  # a crash mid-write leaves only the .tmp behind
            out.write(header)
            out.write(ids)
            out.write(kv)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def read_state(path: Path, key: bytes) -> tuple[list[int], bytearray]:
    with path.open("rb") as stream:
        raw = stream.read(_STATE_HEADER.size)
        if len(raw) != _STATE_HEADER.size:
            raise BadState("it is truncated")
        magic, version, file_key, n_tokens, n_kv, digest = _STATE_HEADER.unpack(raw)
        if magic != _STATE_MAGIC or version != STATE_VERSION or file_key != key:
            raise BadState("it was written for another model, prefix or version")
        if _STATE_HEADER.size + 4 * n_tokens + n_kv != os.fstat(stream.fileno()).st_size:
            raise BadState("its size does not match its header")
        ids = _read_exactly(stream, 4 * n_tokens)
        kv = _read_exactly(stream, n_kv)
    check = hashlib.sha256(ids)
    check.update(kv)
    if check.digest() != digest:
        raise BadState("its checksum does not match")
    return np.frombuffer(ids, dtype="<i4").tolist(), kv


def _read_exactly(stream: io.BufferedReader, n: int) -> bytearray:
    buf = bytearray(n)
    if stream.readinto(buf) != n:
        raise BadState("it is truncated")
    return buf


def prune_states(keep_path: Path) -> None:
    """Keep the newest few state files: each prefix change leaves an orphan behind."""
    states = sorted(
        keep_path.parent.glob(f"*{STATE_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for old in states[_KEEP_STATE_FILES:]:
        if old != keep_path:
            old.unlink(missing_ok=True)
