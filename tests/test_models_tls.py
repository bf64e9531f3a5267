"""Downloads over real HTTPS on 127.0.0.1, with OpenSSL's folders out of reach.

A bundled app's OpenSSL looks for authorities in the build machine's folder,
which users' machines lack. Here ``SSL_CERT_DIR`` points to an empty folder
and ``SSL_CERT_FILE`` to nothing, so Python's default context trusts nobody,
and a server presents a certificate from a CA made for the test (trustme):
the download must fail in words while that CA is unknown, and succeed once
it is trusted the ways the app supports (the system store through
truststore, which on Linux honours ``SSL_CERT_FILE``; ``ASSISTANT_CA_BUNDLE``).
"""

from __future__ import annotations

import hashlib
import http.server
import os
import socket
import ssl
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import trustme

from assistant.cli.doctor import check_certificates
from assistant.errors import ModelError
from assistant.models import tls
from assistant.models.fetch import download_file

BLOB = os.urandom(200_000)
SHA = hashlib.sha256(BLOB).hexdigest()
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="truststore reads SSL_CERT_FILE on Linux only"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(BLOB)))
        self.end_headers()
        self.wfile.write(BLOB)


@dataclass(frozen=True)
class Server:
    url: str
    ca_pem: Path


@pytest.fixture
def no_openssl_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenSSL's default file and folder hold no authorities, as in a bundled app."""
    empty = tmp_path / "empty-certs"
    empty.mkdir()
    monkeypatch.setenv("SSL_CERT_DIR", str(empty))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-bundle.pem"))
    monkeypatch.delenv(tls.ENV_CA_BUNDLE, raising=False)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    ca_pem = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(ca_pem))
    yield Server(f"https://127.0.0.1:{httpd.server_address[1]}/model.gguf", ca_pem)
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.usefixtures("no_openssl_folder")
def test_python_alone_trusts_nobody_here() -> None:
    """The failure the app fixes: the default context finds no authorities."""
    assert ssl.create_default_context().cert_store_stats()["x509_ca"] == 0


@pytest.mark.usefixtures("no_openssl_folder")
def test_an_unknown_authority_fails_in_words(server: Server, tmp_path: Path) -> None:
    dest = tmp_path / "model.gguf"
    with pytest.raises(ModelError) as caught:
        download_file(server.url, dest, expected_sha256=SHA, timeout=10)
    message = str(caught.value)
    assert "secure connection to 127.0.0.1" in message
    assert "could not be verified" in message
    assert tls.ENV_CA_BUNDLE in message
    assert not dest.exists()


@linux_only
def test_the_system_store_through_truststore_is_used(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Linux truststore takes OpenSSL's defaults, SSL_CERT_FILE included."""
    empty = tmp_path / "empty-certs"
    empty.mkdir()
    monkeypatch.setenv("SSL_CERT_DIR", str(empty))
    monkeypatch.setenv("SSL_CERT_FILE", str(server.ca_pem))
    monkeypatch.delenv(tls.ENV_CA_BUNDLE, raising=False)
    trust = tls.current()
    assert trust.source == "system"
    assert str(server.ca_pem) in trust.where
    dest = tmp_path / "model.gguf"
    assert download_file(server.url, dest, expected_sha256=SHA, timeout=10) == dest
    assert dest.read_bytes() == BLOB


@linux_only
@pytest.mark.usefixtures("no_openssl_folder")
def test_without_openssl_defaults_a_distribution_bundle_is_found() -> None:
    present = [path for path in tls.CA_FILE_CANDIDATES if os.path.isfile(path)]
    if not present:
        pytest.skip("this system keeps no bundle in any known place")
    trust = tls.current()
    assert trust == tls.Trust("system", f"{present[0]}, via truststore")


@pytest.mark.usefixtures("no_openssl_folder")
def test_the_ca_bundle_setting_is_trusted(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(tls.ENV_CA_BUNDLE, str(server.ca_pem))
    assert tls.current() == tls.Trust("bundle", str(server.ca_pem))
    dest = tmp_path / "model.gguf"
    assert download_file(server.url, dest, expected_sha256=SHA, timeout=10) == dest
    assert dest.read_bytes() == BLOB
    assert check_certificates().status == "ok"


@pytest.mark.usefixtures("no_openssl_folder")
def test_a_missing_ca_bundle_is_named(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "corporate-root.pem"
    monkeypatch.setenv(tls.ENV_CA_BUNDLE, str(missing))
    with pytest.raises(ModelError, match=f"{tls.ENV_CA_BUNDLE} names .*not a file"):
        download_file(server.url, tmp_path / "model.gguf", timeout=10)
    # The doctor's check raises the same error, which the report shows as a failure.
    with pytest.raises(ModelError, match="not a file"):
        check_certificates()


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the OS store is always there")
@pytest.mark.usefixtures("no_openssl_folder")
def test_certifi_is_the_fallback_and_needs_no_openssl_folder(server: Server) -> None:
    """No system store at all: certifi's list, shipped in the app, is used."""
    import certifi

    trust = tls.current(candidates=())
    assert trust == tls.Trust("certifi", certifi.where())
    context = tls.ssl_context(trust)
    assert context.cert_store_stats()["x509_ca"] > 50
    # A real verifying context: the test CA is not in Mozilla's list.
    address = ("127.0.0.1", int(server.url.split(":")[2].split("/")[0]))
    with (
        socket.create_connection(address, timeout=10) as sock,
        pytest.raises(ssl.SSLCertVerificationError),
    ):
        context.wrap_socket(sock, server_hostname="127.0.0.1")


def test_doctor_names_the_trust_in_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(tls.ENV_CA_BUNDLE, raising=False)
    check = check_certificates()
    assert check.status == "ok"
    assert check.message.startswith("certificates: downloads trust ")
    assert tls.current().where in check.message
