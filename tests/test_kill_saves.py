"""The kill-during-save harness, small: about twenty writers (the core writer, the command
line, a window's Save, an autosave) killed at random moments leave no torn file, no lost or
wrong backup and no temporary file that outlives the next save."""

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parent.parent / "benchmarks" / "kill_saves.py"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_twenty_killed_saves_leave_no_torn_file_no_lost_backup_and_no_litter():
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--kills", "20", "--seed", "7", "--json"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    report = json.loads(result.stdout)
    assert report["kills"] == 20 and set(report["by_writer"]) == {
        "core",
        "cli",
        "window",
        "autosave",
    }
    assert report["problems"] == []
    assert (report["torn_files"], report["bad_backups"], report["leftover_temporaries"]) == (
        0,
        0,
        0,
    )
    assert result.returncode == 0
