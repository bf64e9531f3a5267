"""The update check against a real HTTP server on 127.0.0.1 that imitates GitHub's
releases API: newer, same and older releases, pre-releases, and each failure as
one sentence (malformed JSON, HTTP 403, a stalled server, an oversized answer)."""

from __future__ import annotations

import socket

import pytest

from assistant.updates import check
from assistant.updates.check import check_for_update
from assistant.updates.release import UpdateError, parse_version, trim_notes
from tests.update_server import LATEST_PATH, ReleasesApi
from tests.update_server import releases_api as releases_api  # the fixture


def test_a_newer_release_is_described_with_this_systems_installer(
    releases_api: ReleasesApi,
) -> None:
    releases_api.release("v0.2.0")
    result = check_for_update(current="0.1.0")
    assert result.newer and result.release is not None
    assert result.describe() == "Assistant 0.2.0 is available (you have 0.1.0)."
    assert result.release.notes.startswith("## What's new in v0.2.0")
    assert result.release.page_url.endswith("/releases/tag/v0.2.0")
    installers = {p: result.installer(p) for p in ("win32", "darwin", "linux", "freebsd")}
    assert installers["win32"] is not None and installers["win32"].name.endswith("-setup.exe")
    assert installers["win32"].size == 1200
    assert installers["darwin"] is not None and installers["darwin"].name.endswith(".dmg")
    assert installers["linux"] is not None and installers["linux"].name.endswith(".deb")
    assert installers["freebsd"] is None
    # One GET of the latest release, with nothing about the user in it.
    [request] = releases_api.requests
    assert request["path"] == LATEST_PATH
    sent = {name.lower() for name in request["headers"]}
    assert sent <= {
        "host",
        "accept",
        "user-agent",
        "x-github-api-version",
        "accept-encoding",
        "connection",
    }
    assert request["headers"]["User-Agent"] == f"assistant/{check.__version__}"


@pytest.mark.parametrize("tag", ["v0.1.0", "0.1.0", "v0.1", "v0.0.9", "v0.1.0rc2"])
def test_the_same_or_an_older_release_is_up_to_date(releases_api: ReleasesApi, tag: str) -> None:
    releases_api.release(tag)
    result = check_for_update(current="0.1.0")
    assert not result.newer and result.installer("win32") is None
    assert result.describe().startswith("Assistant 0.1.0 is up to date")


def test_a_prerelease_is_offered_only_to_someone_running_one(releases_api: ReleasesApi) -> None:
    releases_api.release("v0.2.0rc1", prerelease=True)
    assert not check_for_update(current="0.1.0").newer
    assert check_for_update(current="0.2.0b1").newer
    releases_api.release("v0.2.0b2")  # a pre-release by its version, though not flagged
    assert not check_for_update(current="0.1.0").newer
    releases_api.release("v0.2.0")  # the final release follows its release candidate
    assert check_for_update(current="0.2.0rc1").newer


def test_a_release_without_installers_is_still_reported(releases_api: ReleasesApi) -> None:
    releases_api.release("v0.3.0", assets=[{"name": "x.exe"}, "junk"], body=None)
    result = check_for_update(current="0.1.0")
    assert result.newer and result.installer("win32") is None and result.installer("linux") is None
    assert result.release is not None and result.release.notes == ""


@pytest.mark.parametrize(
    ("answer", "status", "words"),
    [
        (b"{not json", 200, "was not readable"),
        (b"\xff\xfe", 200, "was not readable"),
        (b'["a list"]', 200, "did not describe a release"),
        (b'{"tag_name": "nightly-build"}', 200, "'nightly-build' is not a version"),
        (b'{"message": "API rate limit exceeded"}', 403, "is limiting requests"),
        (b"", 429, "is limiting requests"),
        (b"", 404, "No release has been published yet."),
        (b"", 500, "answered HTTP 500"),
    ],
)
def test_a_bad_answer_is_one_sentence(
    releases_api: ReleasesApi, answer: bytes, status: int, words: str
) -> None:
    releases_api.latest, releases_api.status = answer, status
    with pytest.raises(UpdateError, match=words) as caught:
        check_for_update(current="0.1.0")
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)


def test_a_stalled_server_times_out(releases_api: ReleasesApi) -> None:
    releases_api.release("v0.2.0")
    releases_api.delay = 10
    with pytest.raises(UpdateError, match=r"did not answer the update check within 0\.5 seconds"):
        check_for_update(current="0.1.0", timeout=0.5)


@pytest.mark.parametrize("send_length", [True, False])
def test_an_oversized_answer_is_refused(releases_api: ReleasesApi, send_length: bool) -> None:
    releases_api.release("v0.2.0", body="x" * (check.MAX_BODY + 10))
    releases_api.send_length = send_length
    with pytest.raises(UpdateError, match="sent more than 512 KB"):
        check_for_update(current="0.1.0")


def test_offline_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv(check.ENV_API, f"http://127.0.0.1:{port}")
    with pytest.raises(UpdateError, match=r"Could not reach 127\.0\.0\.1:\d+ to check for updates"):
        check_for_update(current="0.1.0")


def test_plain_http_is_refused_except_to_this_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(check.ENV_API, "http://api.example.com")
    with pytest.raises(UpdateError, match="is not HTTPS; not asking it"):
        check_for_update(current="0.1.0")


def test_an_unreadable_running_version_is_a_sentence(releases_api: ReleasesApi) -> None:
    with pytest.raises(UpdateError, match="cannot be compared"):
        check_for_update(current="dev-build")
    assert releases_api.requests == []


def test_versions_compare_as_the_project_spells_them() -> None:
    def key(text: str) -> object:
        version = parse_version(text)
        assert version is not None, text
        return version.key

    ordered = ["0.1.0.dev1", "0.1.0a1", "0.1.0b2", "0.1.0rc1", "0.1.0", "0.1.0.post1", "0.1.1"]
    assert sorted(ordered, key=key) == ordered  # type: ignore[arg-type]
    assert key("v1.0") == key("1.0.0")
    for garbage in ("", "latest", "v", "1.0-beta", "release-1.2", "1.2.3.4.5"):
        assert parse_version(garbage) is None, garbage


def test_long_release_notes_are_cut_at_a_line() -> None:
    body = "\n".join(f"- change number {i}" for i in range(500))
    notes = trim_notes(body, limit=200)
    assert len(notes) <= 202 and notes.endswith("\n…")
    assert notes.splitlines()[-2].startswith("- change number")
    assert trim_notes("short\r\nnotes  ") == "short\nnotes"
