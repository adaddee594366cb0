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

from timeline_app.core.recovery import (
    SUFFIX,
    claim_recovery,
    discard_recovery,
    find_recoveries,
    lock_path,
)

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


def dead_windows_file(folder):
    child = open_window(folder)
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdin.close()
    child.stdout.close()
    [path] = folder.glob(f"*{SUFFIX}")
    return path


def test_two_windows_started_at_once_do_not_both_offer_one_file(tmp_path):
    path = dead_windows_file(tmp_path)
    # Both launches list the file before either asks about it...
    assert [r.path for r in find_recoveries(tmp_path)] == [path]
    assert [r.path for r in find_recoveries(tmp_path)] == [path]
    # ...and only the first to claim it offers it.
    first = claim_recovery(path)
    assert first is not None
    assert claim_recovery(path) is None
    assert find_recoveries(tmp_path) == []  # to a third launch it is a running window's
    first.release()  # "Not Now": the next launch offers it again
    again = claim_recovery(path)
    assert again is not None and [r.path for r in find_recoveries(tmp_path)] == []
    discard_recovery(path, again)
    assert list(tmp_path.iterdir()) == []


def test_a_file_discarded_by_the_window_that_offered_it_is_not_offered_again(tmp_path):
    path = dead_windows_file(tmp_path)
    [found_by_second] = find_recoveries(tmp_path)  # listed before the first window answered
    first = claim_recovery(path)
    discard_recovery(path, first)
    assert claim_recovery(found_by_second.path) is None
    assert list(tmp_path.iterdir()) == []  # and no lock file is made for it


CLAIMER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from timeline_app.core.recovery import claim_recovery
    claim = claim_recovery(Path(sys.argv[1]))
    print("claimed" if claim is not None else "refused", flush=True)
    sys.stdin.read()  # its question left open until it is killed
""")


def test_a_claim_ends_with_the_process_that_made_it(tmp_path):
    path = dead_windows_file(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", CLAIMER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "claimed"
        assert claim_recovery(path) is None and find_recoveries(tmp_path) == []
        child.send_signal(signal.SIGKILL)
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
    finally:
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()
    claim = claim_recovery(path)
    assert claim is not None
    claim.release()
