"""How fast the window is usable: process start to the main window painted.

    .venv/bin/python bench/startup_bench.py [--runs N]

Each run is a fresh interpreter (offscreen Qt, a temporary data folder, no
model configured so no setup dialog blocks). It reports, per run, the
interpreter start, importing the window's modules, building the window
(store opened, views built) and the first paint, and the total from process
start. The model loads after this on a worker thread, so it is not part of
the figure; runtime_bench.py measures loading. Results: a table on stdout
and bench/results/startup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"

# Runs in the child: times every stage from the interpreter's own start.
CHILD = r"""
import json, time
t_import = time.perf_counter()
from PySide6.QtCore import QTimer
from assistant.ui.app import application, build
import argparse
t_built = time.perf_counter()
app = application()
ctx, window = build(argparse.Namespace())
t_window = time.perf_counter()
painted = []
from PySide6.QtCore import QObject, QEvent
class PaintWatch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(time.perf_counter())
        return False
watch = PaintWatch()
window.installEventFilter(watch)
window.show()
while not painted:
    app.processEvents()
print(json.dumps({"import": t_built - t_import, "build": t_window - t_built,
                  "paint": painted[0] - t_window, "in_process": painted[0] - t_import}))
ctx.store.close()
"""


def one_run(data_dir: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSISTANT_DATA_DIR=str(data_dir))
    env.pop("ASSISTANT_MODEL", None)
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True
    )
    total = time.perf_counter() - start
    stages: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    stages["total"] = total
    stages["interpreter"] = total - stages["in_process"]
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        runs = [one_run(Path(tmp) / f"run{i}") for i in range(args.runs)]
    keys = ["interpreter", "import", "build", "paint", "total"]
    summary = {k: statistics.median(r[k] for r in runs) for k in keys}
    worst = {k: max(r[k] for r in runs) for k in keys}
    print(f"| stage | median ms | worst ms |  ({args.runs} runs, load {load:.2f})")
    print("|---|---:|---:|")
    for k in keys:
        print(f"| {k} | {summary[k] * 1000:.0f} | {worst[k] * 1000:.0f} |")
    RESULTS.mkdir(exist_ok=True)
    record = {
        "machine": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": load,
        "runs": runs,
        "median": summary,
        "worst": worst,
    }
    (RESULTS / "startup.json").write_text(json.dumps(record, indent=2) + "\n")


if __name__ == "__main__":
    main()
