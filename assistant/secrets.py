"""Secrets (such as the Hugging Face access token) behind one small interface.

The OS keychain through ``keyring`` when it has a usable backend. Headless
Linux boxes, containers and CI often have none (keyring then picks its
``fail`` backend, or a chainer with nothing to chain), so the fallback is a
JSON file in the data folder that only the user may read (mode 0600; on
Windows the profile folder's own ACL protects it). ``ASSISTANT_KEYRING=file``
forces the fallback: tests set it so that no keychain prompt ever appears.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, Protocol

from assistant import paths
from assistant.errors import AssistantError, InvalidInput

log = logging.getLogger(__name__)

SERVICE = "assistant"
ENV_KEYRING = "ASSISTANT_KEYRING"
SECRETS_FILENAME = "secrets.json"
HF_TOKEN = "huggingface-token"


class SecretStore(Protocol):
    """Where secrets live; ``description`` says so in words for `assistant doctor`."""

    description: str

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> bool: ...


class KeyringStore:
    """The OS keychain (macOS Keychain, Windows Credential Locker, Secret Service)."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend
        self.description = f"the system keychain ({type(backend).__name__})"

    def get(self, name: str) -> str | None:
        value = self._call("read", self._backend.get_password, SERVICE, name)
        return value if isinstance(value, str) else None

    def set(self, name: str, value: str) -> None:
        self._call("write to", self._backend.set_password, SERVICE, name, value)

    def delete(self, name: str) -> bool:
        from keyring.errors import PasswordDeleteError

        if self.get(name) is None:
            return False
        try:
            self._call("delete from", self._backend.delete_password, SERVICE, name)
        except AssistantError as exc:
            if isinstance(exc.__cause__, PasswordDeleteError):
                return False
            raise
        return True

    def _call(self, verb: str, fn: Any, *args: str) -> Any:
        from keyring.errors import KeyringError

        try:
            return fn(*args)
        except KeyringError as exc:
            raise AssistantError(
                f"Could not {verb} the system keychain ({exc}). Unlock it and try again, "
                f"or set {ENV_KEYRING}=file to keep secrets in a private file instead."
            ) from exc


class FileStore:
    """A JSON object of name -> value in a file only the user can read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = f"the private file {path}"

    def get(self, name: str) -> str | None:
        value = self._load().get(name)
        return value if isinstance(value, str) else None

    def set(self, name: str, value: str) -> None:
        data = self._load()
        data[name] = value
        self._save(data)

    def delete(self, name: str) -> bool:
        data = self._load()
        if name not in data:
            return False
        del data[name]
        self._save(data)
        return True

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            # Unreadable secrets are lost secrets either way; the next save rewrites the file.
            log.warning("ignoring unreadable secrets file %s: %s", self.path, exc)
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict[str, Any]) -> None:
        paths.make_private_folder(self.path.parent)
        tmp = self.path.with_name(self.path.name + ".tmp")
        # Created 0600 from the start: a chmod afterwards would leave a window
        # in which another user could open the file.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)  # in case the .tmp already existed with wider rights
        os.replace(tmp, self.path)


def usable_keyring() -> Any | None:
    """keyring's backend when it can really store something, else None."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring config must not stop the app
        log.warning("keyring could not choose a backend", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring) or type(backend).__module__ == "keyring.backends.null":
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def file_forced() -> bool:
    """Whether ``ASSISTANT_KEYRING=file`` asks for the private file instead of the keychain."""
    return os.environ.get(ENV_KEYRING, "").strip().lower() == "file"


def get_store(base: Path | None = None) -> SecretStore:
    """The keychain if usable (and not overridden by ``ASSISTANT_KEYRING=file``), else the file."""
    file_store = FileStore(paths.data_dir(base) / SECRETS_FILENAME)
    if file_forced():
        return file_store
    backend = usable_keyring()
    return KeyringStore(backend) if backend is not None else file_store


def get_secret(name: str, base: Path | None = None) -> str | None:
    return get_store(base).get(name)


def set_secret(name: str, value: str, base: Path | None = None) -> None:
    if not value.strip():
        raise InvalidInput(f"The secret {name!r} cannot be empty.")
    get_store(base).set(name, value.strip())


def delete_secret(name: str, base: Path | None = None) -> bool:
    """Forget ``name``; False when there was nothing to forget."""
    return get_store(base).delete(name)
