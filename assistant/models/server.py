"""Which model server the assistant uses, when the model runs on another machine.

Kept in the same settings JSON as the local model's path (:mod:`assistant.models.config`):
``model_backend`` is ``"local"`` (the default) or ``"server"``, and ``model_server`` holds
the server's URL, the model's name on it, the chat format to render prompts with, and
what was learned about it (whether it honours a GBNF grammar, and a JSON schema;
whether the user was told that a server on the internet reads what they type). The
API key lives in the keychain (:mod:`assistant.secrets`), never in the settings file.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from assistant import secrets
from assistant.errors import AssistantError, InvalidInput
from assistant.models.config import ENV_MODEL
from assistant.settings import load_settings, save_settings

KEY_BACKEND = "model_backend"
KEY_SERVER = "model_server"
API_KEY_SECRET = "model-server-key"
DEFAULT_TIMEOUT = 120.0


@dataclass(frozen=True)
class ServerChoice:
    """A configured model server. ``grammar``, ``schema``: None until probed."""

    url: str
    model: str
    chat_format: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    grammar: bool | None = None
    # Opt-in: when the server cannot be used at load, run the local model instead
    # (and say so). Off by default: no silent fallback.
    fallback_local: bool = False
    schema: bool | None = None

    @property
    def host(self) -> str:
        """``host:port``, as the status bar and messages name the server."""
        return urlsplit(self.url).netloc or self.url


def normalize_url(url: str) -> str:
    """``http://host:port`` (a path kept, a trailing ``/v1`` dropped); InvalidInput if no URL."""
    text = url.strip()
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InvalidInput(f"{url!r} is not a server address; write it like http://host:8080.")
    path = parts.path.rstrip("/")
    path = path[:-3] if path.endswith("/v1") else path
    return f"{parts.scheme}://{parts.netloc}{path}".rstrip("/")


def server_choice(base: Path) -> ServerChoice | None:
    """The server in use, or None when the model runs on this computer."""
    data = load_settings(base)
    server = data.get(KEY_SERVER)
    if data.get(KEY_BACKEND) != "server" or not isinstance(server, dict):
        return None
    url, model = server.get("url"), server.get("model")
    if not isinstance(url, str) or not isinstance(model, str) or not url:
        return None
    known, schema = (_known(server, kind, url, model) for kind in ("grammar", "schema"))
    timeout = server.get("timeout", DEFAULT_TIMEOUT)
    fmt = server.get("format")
    return ServerChoice(
        url,
        model,
        fmt if isinstance(fmt, str) and fmt else None,
        float(timeout) if isinstance(timeout, int | float) and timeout > 0 else DEFAULT_TIMEOUT,
        known,
        server.get("fallback_local") is True,
        schema,
    )


def _known(server: dict[str, Any], kind: str, url: str, model: str) -> bool | None:
    """What the probe found for ``kind`` (``grammar``, ``schema``), None if never probed."""
    honoured = server.get(kind, {})
    known = honoured.get(_server_key(url, model)) if isinstance(honoured, dict) else None
    return known if isinstance(known, bool) else None


def active_server(base: Path, override: object = None) -> ServerChoice | None:
    """The server in use now: none while ``--model`` or ``$ASSISTANT_MODEL`` names a file."""
    if override or os.environ.get(ENV_MODEL):
        return None
    return server_choice(base)


def use_server(
    base: Path,
    url: str,
    model: str,
    *,
    chat_format: str | None = None,
    api_key: str | None = None,
) -> ServerChoice:
    """Run the model on ``url`` from now on; ``api_key`` (if given) goes to the keychain."""
    url = normalize_url(url)
    data = load_settings(base)
    server = _server_block(data)
    if api_key is not None:
        if api_key.strip():
            secrets.set_secret(API_KEY_SECRET, api_key, base)
        else:
            secrets.delete_secret(API_KEY_SECRET, base)
        server["has_key"] = bool(api_key.strip())
    elif "has_key" not in server:  # chosen by an older version: learn it once, now
        # A locked keychain: leave it unknown, and keep asking it when connecting.
        with contextlib.suppress(AssistantError):
            server["has_key"] = secrets.get_secret(API_KEY_SECRET, base) is not None
    server.update(url=url, model=model, format=chat_format or "")
    data[KEY_SERVER] = server
    data[KEY_BACKEND] = "server"
    save_settings(base, data)
    choice = server_choice(base)
    assert choice is not None
    return choice


def set_fallback_local(base: Path, on: bool) -> None:
    """Whether a server that cannot be used at load gives way to the local model."""
    data = load_settings(base)
    server = _server_block(data)
    server["fallback_local"] = bool(on)
    data[KEY_SERVER] = server
    save_settings(base, data)


def key_saved(base: Path) -> bool | None:
    """Whether a key was saved for the server, from the settings alone (None: unknown)."""
    saved = _server_block(load_settings(base)).get("has_key")
    return saved if isinstance(saved, bool) else None


def fallback_local(base: Path) -> bool:
    return _server_block(load_settings(base)).get("fallback_local") is True


def use_local(base: Path) -> None:
    """Run the model on this computer again (the server's details are kept for later)."""
    data = load_settings(base)
    if data.get(KEY_BACKEND, "local") != "local":
        data[KEY_BACKEND] = "local"
        save_settings(base, data)


def last_server(base: Path) -> tuple[str, str]:
    """The URL and model last chosen (kept while the model runs locally), or empty strings."""
    block = _server_block(load_settings(base))
    url, model = block.get("url", ""), block.get("model", "")
    return (url if isinstance(url, str) else "", model if isinstance(model, str) else "")


def api_key(base: Path) -> str | None:
    """The server's key from the keychain; a server chosen without a key never touches
    the keychain, so a locked keychain cannot stop a keyless server."""
    if _server_block(load_settings(base)).get("has_key") is False:
        return None
    return secrets.get_secret(API_KEY_SECRET, base)


def remember_constraints(base: Path, choice: ServerChoice, *, grammar: bool, schema: bool) -> None:
    """Keep the probe's answers (GBNF grammar, JSON schema), so each server is probed once."""
    data = load_settings(base)
    server = _server_block(data)
    for kind, honoured in (("grammar", grammar), ("schema", schema)):
        known = server.get(kind)
        known = known if isinstance(known, dict) else {}
        known[_server_key(choice.url, choice.model)] = honoured
        server[kind] = known
    data[KEY_SERVER] = server
    save_settings(base, data)


def is_public(url: str) -> bool:
    """Whether ``url``'s host is outside loopback and the private address ranges.

    A name is resolved; a name that does not resolve counts as public (the
    warning is the safe side). ``.local`` names (mDNS) count as private.
    """
    host = urlsplit(normalize_url(url)).hostname or ""
    if host == "localhost" or host.endswith((".local", ".localhost", ".lan", ".home.arpa")):
        return False
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None)
        except OSError:
            return True
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    return not all(a.is_loopback or a.is_private or a.is_link_local for a in addresses)


def needs_public_warning(base: Path, url: str) -> bool:
    """True once per public server: the user has not yet been told where their words go."""
    if not is_public(url):
        return False
    warned = _server_block(load_settings(base)).get("warned", [])
    return normalize_url(url) not in (warned if isinstance(warned, list) else [])


def mark_warned(base: Path, url: str) -> None:
    data = load_settings(base)
    server = _server_block(data)
    warned = server.get("warned")
    warned = warned if isinstance(warned, list) else []
    if normalize_url(url) not in warned:
        warned.append(normalize_url(url))
    server["warned"] = warned
    data[KEY_SERVER] = server
    save_settings(base, data)


def public_warning(url: str) -> str:
    host = urlsplit(normalize_url(url)).netloc
    return (
        f"{host} is not on this computer or your local network. Everything you type to the "
        "assistant, and the to-dos, events and notes it reads to answer, will be sent to that "
        "server. Use it only if you trust whoever runs it."
    )


def _server_block(data: dict[str, Any]) -> dict[str, Any]:
    server = data.get(KEY_SERVER)
    return dict(server) if isinstance(server, dict) else {}


def _server_key(url: str, model: str) -> str:
    return f"{url} {model}"
