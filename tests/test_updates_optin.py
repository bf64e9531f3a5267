"""The update check is opt-in: off until the user agrees, nothing sent while off;
at most once a day; the CLI, doctor, and the Windows installer's logic."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant import settings
from assistant.cli import main
from assistant.cli.doctor import check_updates
from assistant.updates import check, installer, schedule
from assistant.updates.release import Asset, UpdateError
from tests.reliability.test_no_network import CHILD
from tests.update_server import ReleasesApi
from tests.update_server import releases_api as releases_api  # the fixture

NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- opt-in ------------------------------------------------------------------------


def test_checks_are_off_until_the_user_agrees(
    releases_api: ReleasesApi, base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    releases_api.release("v0.2.0")
    assert settings.update_checks(base) is None  # never asked: off
    code, out, err = run(capsys, "update", "check", "--data-dir", str(base))
    assert code == 1 and out == ""
    assert err.startswith("Error: Update checks are off, so nothing was sent.")
    assert releases_api.requests == []  # the server saw nothing
    run(capsys, "update", "off", "--data-dir", str(base))
    assert run(capsys, "update", "check", "--data-dir", str(base))[0] == 1
    assert releases_api.requests == []
    assert not schedule.is_due(base, NOON)


def test_turned_on_the_cli_prints_what_is_new(
    releases_api: ReleasesApi, base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    releases_api.release("v9.0.0")
    code, out, _ = run(capsys, "update", "on", "--data-dir", str(base))
    assert code == 0 and out.startswith("Update checks are on: one HTTPS request to GitHub")
    assert settings.load_settings(base)["updates"] == {"check": True}
    code, out, err = run(capsys, "update", "check", "--data-dir", str(base))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Assistant 9.0.0 is available (you have {check.__version__})."
    assert lines[1].startswith("Release page: https://github.com/")
    assert "Faster calendar" in out
    assert settings.last_update_check(base) is not None  # the window waits a day now
    code, out, _ = run(capsys, "update", "check", "--json", "--data-dir", str(base))
    record = json.loads(out)
    assert record["newer"] is True and record["latest"] == "9.0.0"
    assert record["current"] == check.__version__
    assert len(releases_api.requests) == 2


def test_the_cli_says_up_to_date_and_failures_in_one_line(
    releases_api: ReleasesApi, base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings.save_update_checks(base, True)
    releases_api.release(f"v{check.__version__}")
    code, out, _ = run(capsys, "update", "check", "--data-dir", str(base))
    assert code == 0 and "is up to date" in out
    releases_api.status, releases_api.latest = 403, b'{"message": "rate limit"}'
    code, out, err = run(capsys, "update", "check", "--data-dir", str(base))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "is limiting requests" in err and "Traceback" not in err


def test_status_and_doctor_say_what_is_sent(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check_updates(base).message == "updates: Update checks are off: nothing is sent."
    _code, out, _ = run(capsys, "update", "status", "--json", "--data-dir", str(base))
    assert json.loads(out)["on"] is False and json.loads(out)["asked"] is False
    settings.save_update_checks(base, True)
    line = check_updates(base).message
    assert "one HTTPS request to GitHub for the latest release" in line
    assert line.endswith("nothing else is sent.")


def test_with_checks_off_the_command_opens_no_network_socket(
    releases_api: ReleasesApi, tmp_path: Path
) -> None:
    """As tests/reliability/test_no_network.py: an audit hook records every internet socket."""
    report = tmp_path / "sockets.json"
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(report), "update", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "Update checks are off" in done.stderr
    assert json.loads(report.read_text()) == []
    assert releases_api.requests == []


# --- once a day -------------------------------------------------------------------


def test_at_most_one_check_a_day(base: Path) -> None:
    assert not schedule.is_due(base, NOON)  # never asked
    settings.save_update_checks(base, True)
    assert schedule.is_due(base, NOON)  # on, never checked
    schedule.record(base, NOON)
    assert not schedule.is_due(base, NOON + timedelta(hours=23, minutes=59))
    assert schedule.is_due(base, NOON + timedelta(days=1))
    assert schedule.is_due(base, NOON - timedelta(hours=1))  # the clock went back
    settings.save_update_checks(base, False)
    assert not schedule.is_due(base, NOON + timedelta(days=3))
    assert settings.load_settings(base)["updates"]["last_check"] == "2026-11-27T12:00:00+00:00"


# --- the Windows installer ----------------------------------------------------------


def setup_asset(api: ReleasesApi, data: bytes, listed: int | None = None) -> Asset:
    name = "Assistant-0.2.0-setup.exe"
    api.files[name] = data
    return Asset(name, f"{api.url}/download/{name}", len(data) if listed is None else listed)


def test_only_a_setup_exe_on_windows_can_be_installed() -> None:
    setup = Asset("Assistant-0.2.0-setup.exe", "https://x/s", 10)
    assert installer.can_install(setup, "win32")
    assert not installer.can_install(setup, "linux")
    assert not installer.can_install(Asset("Assistant.dmg", "https://x/d", 10), "win32")
    assert not installer.can_install(None, "win32")


def test_the_installer_is_downloaded_with_its_size_checked(
    releases_api: ReleasesApi, tmp_path: Path
) -> None:
    data = os.urandom(4096)
    path = installer.download_installer(setup_asset(releases_api, data), tmp_path / "dl")
    assert path.read_bytes() == data
    wrong = setup_asset(releases_api, data, listed=4000)  # the release lists another size
    with pytest.raises(UpdateError, match="not usable and was deleted"):
        installer.download_installer(wrong, tmp_path / "other")
    assert list((tmp_path / "other").iterdir()) == []


def test_the_installer_must_match_the_releases_sha256sums(
    releases_api: ReleasesApi, tmp_path: Path
) -> None:
    data = os.urandom(4096)
    setup = setup_asset(releases_api, data)
    sums = Asset("SHA256SUMS.txt", f"{releases_api.url}/download/SHA256SUMS.txt", 100)
    good = f"{hashlib.sha256(data).hexdigest()}  {setup.name}\n".encode()
    releases_api.files["SHA256SUMS.txt"] = b"0" * 64 + b"  other.dmg\n" + good
    path = installer.download_installer(setup, tmp_path / "ok", sums=sums)
    assert path.read_bytes() == data
    releases_api.files["SHA256SUMS.txt"] = f"{'ab' * 32}  {setup.name}\n".encode()
    with pytest.raises(UpdateError, match="is damaged: its SHA-256"):
        installer.download_installer(setup, tmp_path / "bad", sums=sums)
    assert list((tmp_path / "bad").iterdir()) == []
    releases_api.files["SHA256SUMS.txt"] = b"0" * 64 + b"  other.dmg\n"
    with pytest.raises(UpdateError, match=r"does not list Assistant-0\.2\.0-setup\.exe"):
        installer.download_installer(setup, tmp_path / "unlisted", sums=sums)
    assert not (tmp_path / "unlisted").exists()


def test_the_setup_starts_only_on_windows(tmp_path: Path) -> None:
    setup = tmp_path / "Assistant-0.2.0-setup.exe"
    setup.write_bytes(b"MZ")
    started: list[list[str]] = []
    with pytest.raises(UpdateError, match="only possible on Windows"):
        installer.start_installer(setup, platform="linux", spawn=lambda c: started.append(list(c)))
    assert started == []
    command = installer.start_installer(
        setup, platform="win32", spawn=lambda c: started.append(list(c))
    )
    assert started == [command] and command[0] == str(setup)
    assert "/SILENT" in command and "/CLOSEAPPLICATIONS" in command
    other = tmp_path / "notes.txt"
    other.write_text("x")
    with pytest.raises(UpdateError, match="is not a downloaded setup program"):
        installer.start_installer(other, platform="win32", spawn=lambda c: started.append([]))
    assert len(started) == 1
