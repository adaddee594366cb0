"""A recovery file belongs to its window while that window's process lives, and not a moment
longer: ownership is a lock the operating system releases with the process, not a PID."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from timeline_app.core.recovery import SUFFIX, discard_recovery, find_recoveries, lock_path

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

WINDOW = textwrap.dedent("""
    import sys
    from pathlib import Path
    from timeline_app.core.dates import FuzzyDate, When
    from timeline_app.core.document import TimelineDocument
    from timeline_app.core.events import Event
    from timeline_app.core.recovery import write_recovery
    doc = TimelineDocument("unsaved", [Event("e1", "Talks stall", When(FuzzyDate(2022, 1)))])
    print(write_recovery(Path(sys.argv[1]), "window", doc, None), flush=True)
    sys.stdin.read()  # a window left open until it is killed
""")


def open_window(folder) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip().endswith(SUFFIX)
    return child


def test_a_running_windows_file_is_withheld_and_offered_once_it_is_killed(tmp_path):
    child = open_window(tmp_path)
    try:
        assert find_recoveries(tmp_path) == []
        child.send_signal(signal.SIGKILL)
        # Not yet reaped: its process id still exists (a zombie), yet the lock is gone.
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
        [found] = find_recoveries(tmp_path)
        assert found.title == "unsaved"
    finally:
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()
    discard_recovery(found.path)
    assert list(tmp_path.iterdir()) == []  # the lock file goes with it


def test_a_dead_windows_file_is_offered_though_its_pid_now_belongs_to_another_process(tmp_path):
    child = open_window(tmp_path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdin.close()
    child.stdout.close()
    [path] = tmp_path.glob(f"*{SUFFIX}")
    header, _, body = path.read_bytes().partition(b"\n")
    reused = dict(json.loads(header), pid=os.getppid())  # a live process, not a window
    path.write_bytes(json.dumps(reused).encode() + b"\n" + body)
    assert [r.path for r in find_recoveries(tmp_path)] == [path]
    assert lock_path(path).exists()
