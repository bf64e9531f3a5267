"""Reading what a GGUF file says about itself, without loading it.

llama.cpp given a damaged or foreign file either fails with a log line the
user never sees or, worse, maps garbage. So before a file becomes the model
we read its header ourselves: GGUF v2/v3, little-endian, laid out as

    b"GGUF", u32 version, u64 tensor_count, u64 kv_count,
    kv_count x (string key, u32 type, value),
    tensor_count x (string name, u32 n_dims, n_dims x u64, u32 ggml type, u64 offset),
    padding to general.alignment, then the tensor data.

Only metadata is read (a few MB for a large vocabulary), never the tensors.
From the tensor table we compute where the data must end, which catches a
file cut short by an interrupted download or copy.
"""

from __future__ import annotations

import logging
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from assistant.errors import ModelError
from assistant.files import open_regular

log = logging.getLogger(__name__)

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
DEFAULT_ALIGNMENT = 32
MIN_CONTEXT_LENGTH = 2048
MAX_DIMS = 4  # GGML_MAX_DIMS
MAX_ARRAY_DEPTH = 8  # levels of arrays in arrays; real files use two at most
_MAX_STRING = 64 * 1024 * 1024  # a chat template is KBs; more than this is corruption
_CHUNK = 1024 * 1024

# GGUF value types -> struct format of a scalar; 8 is a string, 9 an array.
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?"}
_SCALARS.update({10: "<Q", 11: "<q", 12: "<d"})
_STRING, _ARRAY = 8, 9

# ggml tensor type -> (elements per block, bytes per block), as ggml_blck_size
# and ggml_type_size report them in the llama.cpp we ship (tests compare).
GGML_TYPE_SIZES: dict[int, tuple[int, int]] = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24),
    8: (32, 34), 9: (32, 36), 10: (256, 84), 11: (256, 110), 12: (256, 144),
    13: (256, 176), 14: (256, 210), 15: (256, 292), 16: (256, 66), 17: (256, 74),
    18: (256, 98), 19: (256, 50), 20: (32, 18), 21: (256, 110), 22: (256, 82),
    23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8),
    29: (256, 56), 30: (1, 2), 34: (256, 54), 35: (256, 66), 39: (32, 17),
    40: (64, 36), 41: (128, 18), 42: (64, 18),
}  # fmt: skip
# Types llama.cpp dropped (it now repacks Q4_0/IQ4_NL at load time instead).
REMOVED_TYPES = {
    31: "Q4_0_4_4", 32: "Q4_0_4_8", 33: "Q4_0_8_8",
    36: "IQ4_NL_4_4", 37: "IQ4_NL_4_8", 38: "IQ4_NL_8_8",
}  # fmt: skip

# general.file_type values (llama_ftype) for display.
FILE_TYPES = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1",
    10: "Q2_K", 11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M",
    16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S",
    22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M",
    28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0",
    37: "TQ2_0", 38: "MXFP4_MOE",
}  # fmt: skip

MetaValue = int | float | bool | str | None


@dataclass(frozen=True)
class TensorInfo:
    name: str
    dims: tuple[int, ...]
    ggml_type: int
    offset: int

    def nbytes(self) -> int | None:
        """Bytes of data, or None for a type this table does not know."""
        sizes = GGML_TYPE_SIZES.get(self.ggml_type)
        if sizes is None:
            return None
        block, type_size = sizes
        count = 1
        for dim in self.dims[1:]:
            count *= dim
        first = self.dims[0] if self.dims else 1
        return -(-first // block) * type_size * count


@dataclass(frozen=True)
class GgufInfo:
    """What a GGUF file declares. ``metadata`` holds the scalar and string values
    (arrays such as the vocabulary are skipped, not kept)."""

    path: Path
    size_bytes: int
    version: int
    architecture: str
    name: str | None
    context_length: int | None
    chat_template: str | None
    tensor_count: int
    file_type: int | None
    data_offset: int
    data_end: int
    unknown_types: tuple[int, ...] = ()
    metadata: dict[str, MetaValue] = field(default_factory=dict, repr=False)

    @property
    def file_type_name(self) -> str | None:
        return None if self.file_type is None else FILE_TYPES.get(self.file_type)

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "size_bytes": self.size_bytes,
            "gguf_version": self.version,
            "architecture": self.architecture,
            "name": self.name,
            "context_length": self.context_length,
            "chat_template": self.chat_template is not None,
            "tensor_count": self.tensor_count,
            "file_type": self.file_type_name,
        }


class _Truncated(Exception):
    """The header runs past the end of the file."""


class _Reader:
    """Little-endian reads over a file, buffered in memory: metadata holds
    hundreds of thousands of tiny strings, and per-read file calls are slow."""

    def __init__(self, stream: BinaryIO, size: int) -> None:
        self._stream = stream
        self.size = size
        self._buf = bytearray()
        self._base = 0  # file offset of _buf[0]
        self._pos = 0  # offset into _buf

    @property
    def offset(self) -> int:
        return self._base + self._pos

    def _ensure(self, n: int) -> None:
        if self.offset + n > self.size:
            raise _Truncated
        if self._pos + n <= len(self._buf):
            return
        del self._buf[: self._pos]  # keep memory bounded to the unread tail
        self._base += self._pos
        self._pos = 0
        while len(self._buf) < n:
            chunk = self._stream.read(max(_CHUNK, n - len(self._buf)))
            if not chunk:
                raise _Truncated
            self._buf += chunk

    def take(self, n: int) -> bytes:
        self._ensure(n)
        data = bytes(self._buf[self._pos : self._pos + n])
        self._pos += n
        return data

    def skip(self, n: int) -> None:
        if self.offset + n > self.size:
            raise _Truncated
        if self._pos + n <= len(self._buf):
            self._pos += n
            return
        target = self.offset + n
        self._stream.seek(target)
        self._buf.clear()
        self._base, self._pos = target, 0

    def unpack(self, fmt: str) -> int | float | bool:
        width = struct.calcsize(fmt)
        self._ensure(width)
        (value,) = struct.unpack_from(fmt, self._buf, self._pos)
        self._pos += width
        return value

    def u32(self) -> int:
        return int(self.unpack("<I"))

    def u64(self) -> int:
        return int(self.unpack("<Q"))

    def string(self) -> str:
        length = self.u64()
        if self.offset + length > self.size:
            raise _Truncated
        if length > _MAX_STRING:
            raise _Corrupt(f"a string of {length:,} bytes")
        return self.take(length).decode("utf-8", "replace")

    def skip_string(self) -> None:
        self.skip(self.u64())


class _Corrupt(Exception):
    """A value no GGUF writer produces."""


def _read_value(reader: _Reader, kind: int) -> MetaValue:
    """A scalar or string; arrays are skipped and come back as None."""
    if kind in _SCALARS:
        return reader.unpack(_SCALARS[kind])
    if kind == _STRING:
        return reader.string()
    if kind == _ARRAY:
        _skip_array(reader)
        return None
    raise _Corrupt(f"unknown value type {kind}")


def _skip_array(reader: _Reader) -> None:
    """Skip an array, arrays of arrays included, without recursion.

    ``open_arrays`` holds, for each array of arrays being read, how many of
    its element arrays are still to come; nesting deeper than
    :data:`MAX_ARRAY_DEPTH` is refused (GGUF writers nest one level at most).
    """
    open_arrays: list[int] = []
    while True:
        kind, count = reader.u32(), reader.u64()
        if kind == _ARRAY:
            if count * 12 > reader.size - reader.offset:
                raise _Truncated  # each element array needs at least its 12-byte head
            if len(open_arrays) + 2 > MAX_ARRAY_DEPTH:  # its elements would be that deep
                raise _Corrupt(f"arrays nested more than {MAX_ARRAY_DEPTH} deep")
            open_arrays.append(count)
        else:
            _skip_elements(reader, kind, count)
        while open_arrays and open_arrays[-1] == 0:
            open_arrays.pop()
        if not open_arrays:
            return
        open_arrays[-1] -= 1


def _skip_elements(reader: _Reader, kind: int, count: int) -> None:
    if kind in _SCALARS:
        reader.skip(count * struct.calcsize(_SCALARS[kind]))
    elif kind == _STRING:
        if count * 8 > reader.size - reader.offset:
            raise _Truncated  # each string needs at least its 8-byte length
        for _ in range(count):
            reader.skip_string()
    else:
        raise _Corrupt(f"unknown array element type {kind}")


def _read_tensor(reader: _Reader) -> TensorInfo:
    name = reader.string()
    n_dims = reader.u32()
    if n_dims > MAX_DIMS:
        raise _Corrupt(f"tensor {name!r} has {n_dims} dimensions")
    dims = tuple(reader.u64() for _ in range(n_dims))
    ggml_type = reader.u32()
    return TensorInfo(name, dims, ggml_type, reader.u64())


def _open_checked(path: Path) -> BinaryIO:
    try:
        return open_regular(path, ModelError)  # a named pipe would block, /dev/zero never end
    except FileNotFoundError:
        raise ModelError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise ModelError(f"{path} is a folder, not a model file.") from None
    except OSError as exc:
        raise ModelError(f"{path} cannot be read: {exc.strerror or exc}.") from None


def _check_version(path: Path, version: int) -> None:
    if version in SUPPORTED_VERSIONS:
        return
    if version & 0xFFFF == 0 and (version >> 24) in SUPPORTED_VERSIONS:
        raise ModelError(
            f"{path} is a big-endian GGUF file, which cannot run on this computer; "
            "download the ordinary (little-endian) version of the model."
        )
    raise ModelError(
        f"{path} uses GGUF version {version}, which this app cannot read "
        "(it reads versions 2 and 3); download a current conversion of the model."
    )


def inspect_gguf(path: str | Path) -> GgufInfo:
    """Read a GGUF file's header and check it is whole; ModelError says what is wrong.

    Refused: a file that is not GGUF, an unsupported version, a header or tensor
    data cut short, a missing ``general.architecture``. A missing chat template
    is allowed (``chat_template`` is None); usability checks such as the context
    length are :func:`validate_model_file`'s.
    """
    path = Path(path)
    with _open_checked(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if stream.read(4) != MAGIC:
            raise ModelError(
                f"{path} is not a GGUF model file (it does not start with the GGUF signature)."
            )
        reader = _Reader(stream, size)
        reader.skip(4)  # the magic, already checked
        try:
            version = reader.u32()
            _check_version(path, version)
            return _parse_after_version(path, reader, version)
        except _Truncated:
            raise ModelError(
                f"{path} is incomplete: its header ends before the file does "
                f"(the file is {size:,} bytes). It was probably cut off during a download "
                "or copy; get it again."
            ) from None
        except _Corrupt as exc:
            raise ModelError(f"{path} is damaged: its header contains {exc}.") from None


def _parse_after_version(path: Path, reader: _Reader, version: int) -> GgufInfo:
    tensor_count, kv_count = reader.u64(), reader.u64()
    # Every tensor info and key/value pair takes at least 20 bytes; larger
    # counts than the file could hold mean corruption, not a long loop.
    if (tensor_count + kv_count) * 20 > reader.size:
        raise _Truncated
    metadata: dict[str, MetaValue] = {}
    for _ in range(kv_count):
        key = reader.string()
        value = _read_value(reader, reader.u32())
        if value is not None:  # arrays are skipped, not kept
            metadata[key] = value
    tensors = [_read_tensor(reader) for _ in range(tensor_count)]

    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise _Corrupt(f"an invalid alignment ({alignment})")
    data_offset = -(-reader.offset // alignment) * alignment
    data_end, unknown = _data_end(tensors, data_offset)
    if data_end > reader.size:
        raise ModelError(
            f"{path} is incomplete: it is {reader.size:,} bytes but its tensor data "
            f"needs {data_end:,} bytes. It was probably cut off during a download or copy; "
            "get it again."
        )

    architecture = metadata.get("general.architecture")
    if not isinstance(architecture, str) or not architecture:
        raise ModelError(
            f"{path} does not say which model architecture it holds "
            "(general.architecture is missing), so llama.cpp cannot load it."
        )
    return GgufInfo(
        path=path,
        size_bytes=reader.size,
        version=version,
        architecture=architecture,
        name=_str_or_none(metadata.get("general.name")),
        context_length=_int_or_none(metadata.get(f"{architecture}.context_length")),
        chat_template=_str_or_none(metadata.get("tokenizer.chat_template")),
        tensor_count=tensor_count,
        file_type=_int_or_none(metadata.get("general.file_type")),
        data_offset=data_offset,
        data_end=data_end,
        unknown_types=unknown,
        metadata=metadata,
    )


def _data_end(tensors: list[TensorInfo], data_offset: int) -> tuple[int, tuple[int, ...]]:
    """Where the last tensor's bytes end, and the tensor types we could not size."""
    end = data_offset
    unknown: set[int] = set()
    for tensor in tensors:
        nbytes = tensor.nbytes()
        if nbytes is None:
            unknown.add(tensor.ggml_type)
            nbytes = 0  # at least its start must lie in the file
        end = max(end, data_offset + tensor.offset + nbytes)
    return end, tuple(sorted(unknown))


def _str_or_none(value: MetaValue) -> str | None:
    return value if isinstance(value, str) and value else None


def _int_or_none(value: MetaValue) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def validate_model_file(path: str | Path) -> GgufInfo:
    """:func:`inspect_gguf` plus what this app needs to run the file as its model.

    Refused too: no tensors (a vocabulary-only file), tensor types llama.cpp
    no longer or does not yet know, and a context shorter than
    :data:`MIN_CONTEXT_LENGTH` tokens, too small for the tool prompt.
    """
    info = inspect_gguf(path)
    where = info.path
    if info.tensor_count == 0:
        raise ModelError(f"{where} contains no model weights (it is a vocabulary-only file).")
    removed = [REMOVED_TYPES[t] for t in info.unknown_types if t in REMOVED_TYPES]
    if removed:
        raise ModelError(
            f"{where} uses the {', '.join(removed)} format, which current llama.cpp no "
            "longer loads; download the Q4_0 or Q4_K_M version of the model instead."
        )
    if info.unknown_types:
        types = ", ".join(str(t) for t in info.unknown_types)
        raise ModelError(
            f"{where} uses tensor types this version of llama.cpp does not know ({types}); "
            "update the app or pick another file."
        )
    if info.context_length is None:
        raise ModelError(
            f"{where} does not declare its context length "
            f"({info.architecture}.context_length), so llama.cpp cannot load it."
        )
    if info.context_length < MIN_CONTEXT_LENGTH:
        raise ModelError(
            f"{where} handles only {info.context_length} tokens of context; the assistant "
            f"needs at least {MIN_CONTEXT_LENGTH} for its instructions and your conversation."
        )
    if info.chat_template is None:
        log.warning("%s has no chat template; a built-in format will be used", where)
    return info
