"""Downloading catalog models into the data folder, and managing what is there.

Why our own small HTTP client (:mod:`assistant.models.fetch`, stdlib urllib)
rather than ``huggingface_hub.hf_hub_download``: the hub client stores files
in its own cache layout (blobs and symlinks under ``~/.cache/huggingface``),
while the app wants one plain ``.gguf`` in its models folder that the user
can see, move and delete; and its resume and progress hooks (tqdm classes,
private temp-file names) are not a stable API to hang a GUI progress bar and
a Cancel button on. The protocol needed is small: ``GET
{endpoint}/{repo}/resolve/main/{file}`` with a ``Range`` header, following the
redirect to the CDN, and it is testable against a local ``http.server``.

Nothing here touches the network unless :func:`download_model` is called:
the rest of the app stays offline.
"""

from __future__ import annotations

import os
import threading
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from assistant import paths
from assistant import secrets as secret_store
from assistant.errors import ModelError
from assistant.models import catalog
from assistant.models.catalog import CatalogEntry
from assistant.models.fetch import (
    ENV_ENDPOINT,
    DownloadCancelled,
    Progress,
    ProgressCallback,
    TokenRequired,
    download_file,
    format_bytes,
    part_path,
)
from assistant.models.gguf import inspect_gguf

__all__ = [
    "DEFAULT_ENDPOINT",
    "ENV_ENDPOINT",
    "ENV_TOKEN",
    "DownloadCancelled",
    "InstalledModel",
    "Progress",
    "ProgressCallback",
    "TokenRequired",
    "download_file",
    "download_model",
    "file_url",
    "format_bytes",
    "hub_endpoint",
    "installed_models",
    "part_path",
    "partial_download",
    "remove_model",
    "resolve_token",
]

DEFAULT_ENDPOINT = "https://huggingface.co"
ENV_TOKEN = "HF_TOKEN"


@dataclass(frozen=True)
class InstalledModel:
    path: Path
    size_bytes: int
    entry: CatalogEntry | None


def hub_endpoint(endpoint: str | None = None) -> str:
    """``endpoint``, else ``$HF_ENDPOINT`` (a mirror), else huggingface.co."""
    return (endpoint or os.environ.get(ENV_ENDPOINT) or DEFAULT_ENDPOINT).rstrip("/")


def file_url(repo_id: str, filename: str, endpoint: str | None = None) -> str:
    quoted = urllib.parse.quote(filename)
    return f"{hub_endpoint(endpoint)}/{repo_id}/resolve/main/{quoted}"


def resolve_token(base: Path | None = None) -> str | None:
    """``$HF_TOKEN`` (the hub's own convention), else the token saved with the app."""
    return os.environ.get(ENV_TOKEN) or secret_store.get_secret(secret_store.HF_TOKEN, base)


def download_model(
    entry: CatalogEntry,
    base: Path,
    *,
    token: str | None = None,
    endpoint: str | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Fetch ``entry`` into the models folder and return its path (at once if already there).

    Blocking: the GUI runs it in a worker and sets ``cancel`` for its Cancel
    button; ``on_progress`` is called from the downloading thread.
    """
    url = file_url(entry.repo_id, entry.filename, endpoint)
    try:
        return download_file(
            url,
            paths.models_dir(base) / entry.filename,
            token=token,
            expected_sha256=entry.sha256,
            expected_size=entry.size_bytes,
            on_progress=on_progress,
            cancel=cancel,
            check=inspect_gguf,  # a mirror's HTML error page is not a model
        )
    except TokenRequired as exc:
        raise _token_problem(entry, hub_endpoint(endpoint), exc.token_sent) from None


def _token_problem(entry: CatalogEntry, site: str, token_sent: bool) -> TokenRequired:
    page = f"{site}/{entry.repo_id}"
    if token_sent:
        message = (
            f"Hugging Face refused the access token for {entry.title}: check that the token "
            f"is valid and that your account has accepted the model's licence at {page}."
        )
    else:
        message = (
            f"{entry.title} needs a Hugging Face access token: accept the model's licence at "
            f"{page}, create a read token at {site}/settings/tokens, then save it in the app "
            f"or set {ENV_TOKEN}."
        )
    return TokenRequired(message, token_sent=token_sent)


def installed_models(base: Path) -> list[InstalledModel]:
    """Complete ``*.gguf`` files in the models folder (partial ones end in ``.part``)."""
    folder = paths.models_dir(base)
    if not folder.is_dir():
        return []
    return [
        InstalledModel(path, path.stat().st_size, catalog.find_by_filename(path.name))
        for path in sorted(folder.glob("*.gguf"))
        if path.is_file()
    ]


def partial_download(base: Path, entry: CatalogEntry) -> int | None:
    """Bytes already fetched of an unfinished download of ``entry``, if there is one."""
    part = part_path(paths.models_dir(base) / entry.filename)
    return part.stat().st_size if part.is_file() else None


def remove_model(base: Path, name: str) -> list[Path]:
    """Delete a downloaded model, named by catalog name or file name, and its partial download."""
    if not name or Path(name).name != name or name in (".", ".."):
        raise ModelError(
            f"{name!r} is not a model name: give a name or file name from `assistant models list`."
        )
    entry = next((e for e in catalog.entries() if e.name == name.lower()), None)
    filename = entry.filename if entry else name
    folder = paths.models_dir(base)
    removed = []
    for path in (folder / filename, part_path(folder / filename)):
        if path.is_file():
            path.unlink()
            removed.append(path)
    if not removed:
        raise ModelError(f"{name} is not installed in {folder}.")
    return removed
