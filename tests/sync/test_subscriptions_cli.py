"""`assistant subscriptions add|list|refresh|remove`, as a user runs them."""

from __future__ import annotations

import json

import pytest
from feed_server import FeedServer
from helpers import run_cli

from assistant.sync import SyncError
from assistant.sync.feeds import feed_urls

DATA = ["--now", "2026-11-27T10:00", "--tz", "Europe/Berlin"]


def test_add_list_refresh_remove_and_undo(
    feed: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "subscriptions", "add", "Holidays", feed.webcal, *DATA)
    assert (code, err) == (0, "")
    assert out.startswith(f"Subscribed to Holidays ({feed.url}): 3 event(s).")
    code, out, _ = run_cli(capsys, "subscriptions", "list", "--json", *DATA)
    [record] = json.loads(out)
    assert record["name"] == "Holidays" and record["events"] == 3 and record["last_error"] is None
    code, out, _ = run_cli(capsys, "subscriptions", "refresh", *DATA)
    assert (code, out) == (0, "Holidays: unchanged\n")
    assert feed.requests[-1].status == 304
    code, out, _ = run_cli(capsys, "subscriptions", "remove", "holidays", *DATA)
    assert code == 0 and "Removed the subscription Holidays and its 3 event(s)" in out
    code, out, _ = run_cli(capsys, "subscriptions", *DATA)
    assert out.startswith("No subscriptions.")
    code, out, _ = run_cli(capsys, "undo", *DATA)
    assert code == 0
    code, out, _ = run_cli(capsys, "events", "--json", "--now", "2026-12-20T10:00")
    assert code == 0 and "Christmas Day" in out


def test_errors_are_one_line_and_exit_non_zero(
    feed: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "subscriptions", "add", "X", "ftp://nowhere/x.ics", *DATA)
    assert code != 0 and err.count("\n") == 1 and err.startswith("Error: ")
    code, out, err = run_cli(capsys, "subscriptions", "remove", "nope", *DATA)
    assert code != 0 and "There is no subscription named 'nope'" in err
    run_cli(capsys, "subscriptions", "add", "Holidays", feed.url, *DATA)
    feed.status = 404
    code, out, err = run_cli(capsys, "subscriptions", "refresh", "--json", *DATA)
    answer = json.loads(out)
    assert code != 0 and answer["ok"] is False
    assert "There is no calendar at" in answer["subscriptions"][0]["error"]
    code, out, err = run_cli(capsys, "subscriptions", "refresh", *DATA)
    assert code != 0 and "failed: There is no calendar at" in out
    assert err == "Error: 1 subscription(s) could not be refreshed.\n"


def test_webcal_addresses_try_https_first() -> None:
    assert feed_urls("webcal://example.org/h.ics") == [
        "https://example.org/h.ics",
        "http://example.org/h.ics",
    ]
    assert feed_urls("webcals://example.org/h.ics") == ["https://example.org/h.ics"]
    assert feed_urls(" HTTPS://example.org/h.ics?k=1 ") == ["https://example.org/h.ics?k=1"]
    with pytest.raises(SyncError):
        feed_urls("file:///etc/passwd")
