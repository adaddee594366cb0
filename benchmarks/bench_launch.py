"""Launch to first painted window, whole process: ``crisis-timeline --screenshot OUT FILE``
against a bare PySide6 script that opens a QMainWindow, lets it settle the same way and grabs
it. Best of several runs; peak memory of each process, and above the app on an empty document.

    python benchmarks/bench_launch.py [--sizes 1000,100000] [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import timeline_file  # noqa: E402

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Bare window"))
window.resize(1400, 900)
window.show()
for _ in range(2):  # as the app's screenshot mode settles its layout: twice 0.25 s of events
    deadline = time.monotonic() + 0.25
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
window.grab().toImage().save(sys.argv[1], "PNG")
"""


def _run(command: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of one process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{command} failed with {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def best(command: list[str], runs: int) -> tuple[float, float]:
    results = [_run(command) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def app_command(document: Path, out: Path) -> list[str]:
    script = Path(sys.executable).with_name("crisis-timeline")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "timeline_app.cli"]
    return head + ["--screenshot", str(out), str(document)]


def compile_app() -> None:
    """Byte-compile the app as installing it does (pip compiles a wheel's modules), so that
    launches are measured as a user's are: with PYTHONDONTWRITEBYTECODE set (as on the machine
    the README's figures come from), every launch would otherwise compile the app anew."""
    import compileall

    import timeline_app

    compileall.compile_dir(Path(timeline_app.__file__).parent, quiet=1)


def measure(sizes: list[int], runs: int) -> dict[str, float]:
    from timeline_app.core.document import TimelineDocument, save_document

    compile_app()

    folder = Path(tempfile.mkdtemp(prefix="launch-"))
    out = folder / "shot.png"
    bare_script = folder / "bare.py"
    bare_script.write_text(BARE)
    empty = folder / "empty.ctimeline"
    save_document(TimelineDocument("Empty"), empty)
    result: dict[str, float] = {}
    result["bare_s"], result["bare_peak_mb"] = best(
        [sys.executable, str(bare_script), str(out)], runs
    )
    result["empty_s"], result["empty_peak_mb"] = best(app_command(empty, out), runs)
    for count in sizes:
        path = timeline_file(count)
        seconds, peak = best(app_command(path, out), runs if count <= 100_000 else 1)
        result[f"launch_{count}_s"] = seconds
        result[f"launch_{count}_ratio"] = seconds / result["bare_s"]
        result[f"launch_{count}_peak_mb"] = peak
        result[f"launch_{count}_above_empty_mb"] = peak - result["empty_peak_mb"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    result = measure([int(n) for n in options.sizes.split(",")], options.runs)
    if options.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key} {value:.3f}")


if __name__ == "__main__":
    main()
