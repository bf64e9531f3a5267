"""Export error messages name the real cause.

``export /proc/version`` used to say "the folder /proc does not exist": the
folder is there, it just refuses new files (ENOENT from procfs).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli import main


def test_export_into_a_folder_that_refuses_new_files_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("/proc/version").is_file():
        pytest.skip("needs Linux /proc")
    code = main(["export", "/proc/version", "--force", "--data-dir", str(tmp_path / "data")])
    _, err = capsys.readouterr()
    assert code != 0
    assert "does not exist" not in err
    assert err.startswith("Error: Cannot write /proc/version")
