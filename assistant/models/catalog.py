"""The models the app offers to download, and which one suits this machine.

Sizes and SHA-256 values are the Git LFS pointers of the files on the Hugging
Face hub (the ``oid sha256:`` / "Git LFS Details" of each file), pinned so
that a download is checked against what was reviewed here, not only against
what the server says today. If an upstream repository re-uploads a file, the
download refuses it until this table is updated.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from assistant.errors import ModelError

Family = Literal["llama3", "qwen2"]

GIB = 1024**3

# Below this much RAM the 3B model plus its KV cache, the OS and the app
# itself start to swap; the 1B model stays responsive on 4 GB machines.
RECOMMEND_3B_MIN_RAM = 6 * GIB


@dataclass(frozen=True)
class CatalogEntry:
    """One downloadable GGUF file and what it needs to run."""

    name: str
    title: str
    repo_id: str
    filename: str
    size_bytes: int
    sha256: str | None
    license: str
    family: Family
    ram_required_bytes: int
    context_length: int
    description: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# ram_required_bytes: the weights, an 8k-token KV cache in f16 and ~0.5 GB of
# runtime buffers, rounded up. (Llama 3.2 3B: 28 layers x 8 KV heads x 128 dims
# x 2 (K and V) x 2 bytes = 112 KiB per token, 896 MiB at 8k tokens.)
CATALOG: tuple[CatalogEntry, ...] = (
    CatalogEntry(
        name="llama-3.2-3b-instruct",
        title="Llama 3.2 3B Instruct (Q4_K_M)",
        repo_id="bartowski/Llama-3.2-3B-Instruct-GGUF",
        filename="Llama-3.2-3B-Instruct-Q4_K_M.gguf",
        size_bytes=2_019_377_696,
        sha256="6c1a2b41161032677be168d354123594c0e6e67d2b9227c84f296ad037c728ff",
        license="Llama 3.2 Community License",
        family="llama3",
        ram_required_bytes=4 * GIB,
        context_length=131_072,
        description="The default: reliable tool calls and good writing on a laptop CPU.",
    ),
    CatalogEntry(
        name="llama-3.2-1b-instruct",
        title="Llama 3.2 1B Instruct (Q4_K_M)",
        repo_id="bartowski/Llama-3.2-1B-Instruct-GGUF",
        filename="Llama-3.2-1B-Instruct-Q4_K_M.gguf",
        size_bytes=807_694_464,
        sha256="6f85a640a97cf2bf5b8e764087b1e83da0fdb51d7c9fab7d0fece9385611df83",
        license="Llama 3.2 Community License",
        family="llama3",
        ram_required_bytes=2 * GIB,
        context_length=131_072,
        description="Small and quick, for machines with little memory; "
        "follows instructions less reliably than the 3B.",
    ),
    CatalogEntry(
        name="qwen2.5-3b-instruct",
        title="Qwen2.5 3B Instruct (Q4_K_M)",
        repo_id="Qwen/Qwen2.5-3B-Instruct-GGUF",
        filename="qwen2.5-3b-instruct-q4_k_m.gguf",
        size_bytes=2_104_932_768,
        sha256="626b4a6678b86442240e33df819e00132d3ba7dddfe1cdc4fbb18e0a9615c62d",
        # Unlike the other Qwen2.5 sizes (Apache 2.0), the 3B is under the
        # Qwen Research License, which restricts commercial use.
        license="Qwen Research License",
        family="qwen2",
        ram_required_bytes=4 * GIB,
        context_length=32_768,
        description="An alternative 3B model, stronger at code and step-by-step reasoning; "
        "non-commercial licence.",
    ),
)

DEFAULT_MODEL = "llama-3.2-3b-instruct"
SMALL_MODEL = "llama-3.2-1b-instruct"


def entries() -> tuple[CatalogEntry, ...]:
    return CATALOG


def get(name: str) -> CatalogEntry:
    """The entry called ``name`` (case-insensitive); ModelError names the known ones."""
    wanted = name.strip().lower()
    for entry in CATALOG:
        if entry.name == wanted:
            return entry
    known = ", ".join(entry.name for entry in CATALOG)
    raise ModelError(f"There is no model called {name!r} in the catalog. Known models: {known}.")


def find_by_filename(filename: str) -> CatalogEntry | None:
    """The entry whose file is called ``filename``, if any (for listing installed files)."""
    for entry in CATALOG:
        if entry.filename == filename:
            return entry
    return None


def recommend(total_ram_bytes: int | None) -> CatalogEntry:
    """The 3B default when the machine has about 6 GiB of RAM or more, else the 1B.

    Unknown RAM (``None``) gets the default: most machines that run a desktop
    app today have enough, and the user can still pick the small one.
    """
    if total_ram_bytes is not None and total_ram_bytes < RECOMMEND_3B_MIN_RAM:
        return get(SMALL_MODEL)
    return get(DEFAULT_MODEL)
