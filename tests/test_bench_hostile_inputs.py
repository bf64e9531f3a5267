"""bench/hostile_inputs.py on its cheap inputs: it runs the real commands and reports them.

The figures it prints are measurements (docs/benchmarks.md); this only keeps the
script working: each input gets a row with a time and a peak memory read from
the child's own rusage, the outcome and the first line the user sees, and the
parallel writers are counted from the database file. No timing is asserted.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import hostile_inputs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="named pipes, /dev/zero, wait4")

ROW = re.compile(
    r"^\| (?P<name>[\w-]+): .* \| `(?P<command>[^`]+)` \| (?P<seconds>\d+\.\d\d) \| "
    r"(?P<mib>\d+) \| (?P<outcome>\w+) \| (?P<message>.*) \| (?P<within>yes|\*\*no\*\*) \|$"
)


def test_cheap_inputs_get_measured_rows(capsys: pytest.CaptureFixture[str]) -> None:
    cases = [*hostile_inputs.CHEAP, "parallel-threads"]
    hostile_inputs.main(["--cases", ",".join(cases)])
    out = capsys.readouterr().out
    rows = {m["name"]: m for line in out.splitlines() if (m := ROW.match(line))}

    assert sorted(rows) == sorted(cases), out
    for row in rows.values():
        assert float(row["seconds"]) > 0
        assert int(row["mib"]) >= 10, row.group(0)  # a Python process, read from wait4
    assert rows["dev-zero"]["outcome"] == "refused"
    assert rows["dev-zero"]["message"] == (
        "Error: '/dev/zero' is not a regular file (it is a device)."
    )
    assert rows["fifo-ics"]["outcome"] == "refused"
    assert "is not a regular file (it is a named pipe)" in rows["fifo-ics"]["message"]
    assert "$TMP/pipe" in rows["fifo-ics"]["message"]  # the temporary folder is not shown
    assert rows["gguf-nested"]["outcome"] == "refused"
    assert "arrays nested more than" in rows["gguf-nested"]["message"]
    assert rows["tz-secondly"]["outcome"] == "imported"
    assert rows["tz-secondly"]["message"].startswith("Imported 1 event; skipped 1:")
    assert rows["parallel-threads"]["outcome"] == "landed"
    assert rows["parallel-threads"]["message"].startswith("240 of 240 landed (240 journal")


def test_a_crash_is_reported_not_hidden(tmp_path: Path) -> None:
    """The measurement of a child killed by a signal: its status comes back as such."""
    argv = [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGABRT)"]
    seconds, peak, code, _, _ = hostile_inputs.measure(argv, tmp_path)
    assert code == -6 and seconds > 0 and peak > 0


def test_an_unknown_case_is_an_error() -> None:
    with pytest.raises(SystemExit):
        hostile_inputs.main(["--cases", "no-such-case"])
