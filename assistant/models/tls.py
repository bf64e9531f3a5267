"""Which certificate authorities the app's HTTPS connections trust, and the SSL context.

Python's default context looks for authorities where the OpenSSL it was built
with looks: a folder on the build machine (``/usr/lib/ssl``, a Homebrew or
python.org path). A bundled app carries its own OpenSSL, so on a Mac, and on
Linux systems that keep certificates elsewhere (Fedora, Arch, openSUSE), that
folder is missing and every download fails verification.

So the trust comes, in this order, from:

1. ``ASSISTANT_CA_BUNDLE``: a PEM file named by the user (a company proxy's
   root, a private mirror). Only the authorities in it are trusted.
2. The operating system's trust store through ``truststore``: the Keychain on
   macOS, the certificate store on Windows, and on Linux the OpenSSL defaults
   (``SSL_CERT_FILE``/``SSL_CERT_DIR`` included) or else the first of the
   distributions' bundle files that exists. It honours roots a company adds.
3. ``certifi``'s copy of Mozilla's list, shipped inside the app, when there is
   no truststore or (on Linux) no system store at all.
4. Python's defaults, when neither package is installed.

:func:`current` says which one is in use (``assistant doctor`` prints it);
:func:`ssl_context` builds the context for it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import ssl
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assistant.errors import ModelError

ENV_CA_BUNDLE = "ASSISTANT_CA_BUNDLE"

# Where Linux distributions keep their bundle; the list truststore searches
# when the OpenSSL defaults hold nothing (after certifi-system-store).
CA_FILE_CANDIDATES: tuple[str, ...] = (
    "/etc/ssl/cert.pem",  # Alpine, Arch, Fedora 34-43, RHEL 9-10, BSD
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora 44+, RHEL 11+
    "/etc/pki/tls/cert.pem",  # older Fedora, RHEL, CentOS
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu
    "/etc/ssl/ca-bundle.pem",  # SUSE
)
_HASHED_NAME = re.compile(r"^[0-9a-fA-F]{8}\.[0-9]$")  # c_rehash names in SSL_CERT_DIR

Source = Literal["bundle", "system", "certifi", "python"]


@dataclass(frozen=True)
class Trust:
    """Where the trusted authorities come from: ``source`` and a file or store name."""

    source: Source
    where: str

    def describe(self) -> str:
        return {
            "bundle": f"the file in {ENV_CA_BUNDLE} ({self.where})",
            "system": f"the system trust store ({self.where})",
            "certifi": f"the bundled certifi list ({self.where})",
            "python": f"Python's OpenSSL defaults ({self.where})",
        }[self.source]


def current(candidates: Sequence[str] = CA_FILE_CANDIDATES) -> Trust:
    """The trust in use now; ``candidates`` are the Linux bundle files to look for."""
    bundle = os.environ.get(ENV_CA_BUNDLE, "").strip()
    if bundle:
        return Trust("bundle", bundle)
    if _has_truststore():
        if sys.platform == "darwin":
            return Trust("system", "macOS Keychain, via truststore")
        if sys.platform == "win32":
            return Trust("system", "Windows certificate store, via truststore")
        found = _linux_store(candidates)
        if found is not None:
            return Trust("system", f"{found}, via truststore")
    certifi = _certifi_file()
    if certifi is not None:
        return Trust("certifi", certifi)
    paths = ssl.get_default_verify_paths()
    return Trust("python", paths.cafile or paths.capath or paths.openssl_cafile)


def ssl_context(trust: Trust | None = None) -> ssl.SSLContext:
    """A client context (hostnames checked) that trusts what ``trust`` says."""
    trust = trust or current()
    if trust.source == "bundle":
        if not Path(trust.where).is_file():
            raise ModelError(
                f"{ENV_CA_BUNDLE} names {trust.where}, which is not a file; set it to a "
                "PEM file of certificate authorities, or unset it to use the system's."
            )
        try:
            return ssl.create_default_context(cafile=trust.where)
        except ssl.SSLError as exc:
            raise ModelError(
                f"{ENV_CA_BUNDLE} names {trust.where}, which holds no PEM certificates ({exc})."
            ) from None
    if trust.source == "system":
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if trust.source == "certifi":
        return ssl.create_default_context(cafile=trust.where)
    return ssl.create_default_context()


def _has_truststore() -> bool:
    try:
        return importlib.util.find_spec("truststore") is not None
    except ValueError:  # pragma: no cover - a broken install
        return False


def _certifi_file() -> str | None:
    try:
        import certifi
    except ImportError:
        return None
    where = certifi.where()
    return where if Path(where).is_file() else None


def _linux_store(candidates: Sequence[str]) -> str | None:
    """The file or folder truststore will load on Linux, or None when there is none.

    The same search as truststore's: OpenSSL's defaults (which honour
    ``SSL_CERT_FILE`` and ``SSL_CERT_DIR``) if they hold certificates, else
    the first bundle file of the known distributions.
    """
    defaults = ssl.get_default_verify_paths()
    if defaults.cafile:
        return defaults.cafile
    if defaults.capath and _folder_has_certs(defaults.capath):
        return defaults.capath
    return next((path for path in candidates if os.path.isfile(path)), None)


def _folder_has_certs(folder: str) -> bool:
    try:
        return any(_HASHED_NAME.match(name) for name in os.listdir(folder))
    except OSError:
        return False
