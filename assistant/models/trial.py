"""Trying a model file in a child process before this process trusts it.

llama.cpp meets some malformed files with ``abort()`` (a GGUF that claims
1000 layers, say): the process dies on the spot and no ``except`` can catch
it. Were such a file the configured model, the app, ``ask`` and ``doctor``
would die at every start. Two defences:

* :func:`vet_new_model` (``models use``, and choosing a file in the window)
  loads a newly chosen file once in a child process before it becomes the
  configured model; if the child dies or fails, the file is refused and the
  settings stay as they were.
* :func:`load_guard` brackets every load in this process with a marker
  file in the cache folder naming the model (path, size, modification time).
  A load that returns or raises removes it; one that kills the process leaves
  it behind. If the next load of the same file finds the marker, the file is
  tried in a child first, and when that child dies too the model is not
  loaded: the caller gets a :class:`ModelError` in plain words and the app
  runs without a model instead of dying again.

The marker costs a small file write per load, whereas trying every load in
a child would double the time each start takes; a file that passed its trial
and later crashes (a llama.cpp update, say) costs one crash, then the
marker catches it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant import paths
from assistant.errors import AssistantError, ModelError
from assistant.models import hardware
from assistant.models.formats import check_chat_template
from assistant.models.gguf import GgufInfo, validate_model_file

log = logging.getLogger(__name__)

TRIAL_SECONDS = 300  # a multi-GB model on a slow disk takes a while to map
# The hidden command line the child runs (the bundled app has no ``python -c``).
TRIAL_ARGS = ("models", "use", "--trial-load")
_MARKER_SUFFIX = ".loading"
# How an abort looks where there are no signals: abort()'s exit status 3, and
# STATUS_STACK_BUFFER_OVERRUN (fail-fast), STATUS_ACCESS_VIOLATION (Windows).
_CRASHED = (3, 134, 0xC0000409, 0xC0000005)

_data_dir_override: str | None = None


def use_data_dir(override: str | None) -> None:
    """Keep load markers under this data folder (``--data-dir``); None: the default one."""
    global _data_dir_override
    _data_dir_override = override


# --- choosing a model ----------------------------------------------------------


def vet_new_model(path: str | os.PathLike[str], *, timeout: float = TRIAL_SECONDS) -> GgufInfo:
    """Everything a file must pass before it becomes the configured model.

    Its header (:func:`validate_model_file`), its chat template on a sample
    conversation, and a load and one generated token in a child process.
    Every refusal is a :class:`ModelError` of one sentence.
    """
    info = validate_model_file(Path(path))
    check_chat_template(info.architecture, info.chat_template)
    trial_load(info.path, timeout=timeout)
    return info


class TrialFailed(ModelError):
    """A trial load failed; ``reason`` says how, without the file's name."""

    def __init__(self, path: Path, reason: str, *, crashed: bool = False) -> None:
        advice = ", so the file is damaged or not a model this app can run" if crashed else ""
        super().__init__(f"{path} was refused: {reason}{advice}.")
        self.reason = reason


def trial_load(path: Path, *, timeout: float = TRIAL_SECONDS) -> None:
    """Load ``path`` and generate a token in a child process; TrialFailed if that fails."""
    command = [*_self_command(), *TRIAL_ARGS, str(path)]
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except subprocess.TimeoutExpired:
        raise TrialFailed(path, f"a test load did not finish within {timeout:g} seconds") from None
    except OSError as exc:
        raise TrialFailed(path, f"a test load could not start ({exc.strerror or exc})") from None
    if result.returncode == 0:
        return
    lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
    said = [line for line in lines if line.startswith("Error: ")]
    if said and result.returncode > 0:  # the child's own ModelError, already a sentence
        raise TrialFailed(path, said[-1].removeprefix("Error: ").rstrip("."))
    if result.returncode < 0 or result.returncode in _CRASHED:
        reason = f"llama.cpp crashed while loading it with {_death(result.returncode)}"
        raise TrialFailed(path, reason, crashed=True)
    last = f": {lines[-1][:200]}" if lines else ""
    raise TrialFailed(path, f"a test load failed (exit status {result.returncode}{last})")


def load_in_this_process(path: Path) -> None:
    """The child's side of :func:`trial_load`: load without a guard, generate one token."""
    from assistant.models.runtime import LlamaModel  # loads llama.cpp: only in the child

    model = LlamaModel.load(path, n_ctx=512, prefetch=False, guard=False)
    try:
        model.complete("Hello", max_tokens=1)
    finally:
        model.close()


def _self_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [hardware.probe_executable()]
    return [sys.executable, "-m", "assistant"]


def _death(returncode: int) -> str:
    if returncode < 0:
        try:
            return signal.Signals(-returncode).name
        except ValueError:
            return f"signal {-returncode}"
    return f"exit status {returncode:#x}" if returncode > 0xFFFF else f"exit status {returncode}"


# --- loading the configured model -----------------------------------------------


@contextmanager
def load_guard(path: Path) -> Iterator[None]:
    """Around an in-process load of ``path``: see the module docstring."""
    marker, identity = _marker(path)
    if marker is None:
        yield
        return
    if _left_behind(marker, identity):
        log.info("the last load of %s did not finish; trying it in a child first", path)
        try:
            trial_load(path)
        except TrialFailed as exc:
            raise ModelError(
                f"The model {path.name} was not loaded: the last attempt to load it stopped "
                f"the app, and a test load in a separate process failed too ({exc.reason}). "
                "Choose another model in the settings or with `assistant models use PATH`."
            ) from None
    written = _write(marker, identity)
    try:
        yield
    finally:
        if written:
            marker.unlink(missing_ok=True)


def _marker(path: Path) -> tuple[Path | None, str]:
    """The marker file for ``path`` and the identity it records; None when unavailable."""
    try:
        absolute = path.resolve()
        info = absolute.stat()
        folder = paths.cache_dir(paths.data_dir(_data_dir_override))
    except (OSError, AssistantError):
        return None, ""
    identity = json.dumps([str(absolute), info.st_size, info.st_mtime_ns])
    name = hashlib.sha256(str(absolute).encode("utf-8")).hexdigest()[:32] + _MARKER_SUFFIX
    return folder / name, identity


def _left_behind(marker: Path, identity: str) -> bool:
    """A marker for this very file (a replaced file starts afresh)."""
    try:
        return marker.read_text(encoding="utf-8") == identity
    except (OSError, ValueError):
        return False


def _write(marker: Path, identity: str) -> bool:
    try:
        paths.make_private_folder(marker.parent)
        marker.write_text(identity, encoding="utf-8")
    except OSError:  # a read-only or full disk must not stop the model from loading
        log.debug("cannot write the load marker %s", marker, exc_info=True)
        return False
    return True
