"""The data folder is the user's alone: 0700, and the files in it and exports 0600.

They used to be 0755/0644, and exports were forced to 0644 even under umask 077.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import paths
from assistant.cli import main
from assistant.clock import Clock
from assistant.export_all import export_everything
from assistant.ical.ics_export import export_to_file
from assistant.settings import save_settings
from assistant.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o077], ids=["umask022", "umask077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


@pytest.fixture
def data_store(tmp_path: Path) -> Iterator[Store]:
    """A store in its own folder, so exports can go next to it."""
    s = Store.open(tmp_path / "data" / "assistant.db")
    yield s
    s.close()


def test_a_new_data_folder_and_database_are_private(
    tmp_path: Path, umask: int, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "data"
    assert main(["todos", "add", "Buy milk", "--data-dir", str(base)]) == 0
    assert mode(base) == 0o700
    database = paths.db_path(base)
    assert mode(database) == 0o600
    for sidecar in (database.with_name(database.name + s) for s in ("-wal", "-shm")):
        if sidecar.exists():
            assert mode(sidecar) == 0o600


def test_a_loose_folder_and_database_are_tightened_at_start(tmp_path: Path) -> None:
    base = tmp_path / "data"
    Store.open(paths.db_path(base)).close()
    base.chmod(0o755)
    paths.db_path(base).chmod(0o644)
    Store.open(paths.db_path(base)).close()
    assert mode(base) == 0o700
    assert mode(paths.db_path(base)) == 0o600


def test_settings_are_private(tmp_path: Path, umask: int) -> None:
    save_settings(tmp_path / "data", {"theme": "dark"})
    assert mode(tmp_path / "data") == 0o700
    assert mode(paths.config_path(tmp_path / "data")) == 0o600


def test_exports_are_private(data_store: Store, clock: Clock, tmp_path: Path, umask: int) -> None:
    store = data_store
    out = tmp_path / "exports"
    out.mkdir()
    export_to_file(store, out / "calendar.ics", clock)
    assert mode(out / "calendar.ics") == 0o600
    summary = export_everything(store, clock, out)
    assert mode(summary.folder) == 0o700
    for file in summary.files:
        assert mode(file) == 0o600, file


def test_replacing_an_export_keeps_the_mode_the_user_gave_it(
    data_store: Store, clock: Clock, tmp_path: Path
) -> None:
    store = data_store
    out = tmp_path / "exports"
    out.mkdir()
    export_to_file(store, out / "calendar.ics", clock)
    (out / "calendar.ics").chmod(0o640)
    export_to_file(store, out / "calendar.ics", clock)
    assert mode(out / "calendar.ics") == 0o640


def test_a_shared_folder_is_never_tightened(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp: --data-dir /tmp must not lock others out
    Store.open(shared / "assistant.db").close()
    assert mode(shared) == 0o1777


def test_the_secrets_file_folder_is_private(tmp_path: Path, umask: int) -> None:
    from assistant.secrets import FileStore

    FileStore(tmp_path / "data" / "secrets.json").set("token", "x")
    assert mode(tmp_path / "data") == 0o700
    assert mode(tmp_path / "data" / "secrets.json") == 0o600
