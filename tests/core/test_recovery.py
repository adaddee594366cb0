"""Recovery files bring back the unsaved work of a window that crashed, and only that."""

import json
import subprocess
import sys

import pytest

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import DocumentError, TimelineDocument
from timeline_app.core.events import Event
from timeline_app.core.recovery import (
    discard_recovery,
    find_recoveries,
    load_recovery,
    write_recovery,
)


def document() -> TimelineDocument:
    return TimelineDocument("unsaved", [Event("e1", "Talks stall", When(FuzzyDate(2022, 1)))])


def test_work_of_a_crashed_process_is_found_and_restored(tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from timeline_app.core.dates import FuzzyDate, When\n"
        "from timeline_app.core.document import DocumentError, TimelineDocument\n"
        "from timeline_app.core.events import Event\n"
        "from timeline_app.core.recovery import write_recovery\n"
        "doc = TimelineDocument('unsaved', [Event('e1', 'Talks stall', When(FuzzyDate(2022, 1)))])\n"
        "write_recovery(Path(sys.argv[1]), 'crashed', doc, '/home/me/ukraine.ctimeline')\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True)  # then it is gone
    [found] = find_recoveries(tmp_path)
    assert found.document_path == "/home/me/ukraine.ctimeline"
    assert found.event_count == 1 and found.title == "unsaved"
    assert load_recovery(found.path) == document()
    discard_recovery(found.path)
    assert find_recoveries(tmp_path) == []


def test_the_recovery_file_of_a_running_window_is_left_alone(tmp_path):
    write_recovery(tmp_path, "mine", document(), None)  # this process is alive
    assert find_recoveries(tmp_path) == []


def test_unreadable_recovery_files_are_skipped(tmp_path):
    (tmp_path / "junk.ctimeline-recovery").write_bytes(b"\x00\xff garbage")
    header = {"format": "crisis-timeline-recovery", "pid": -1, "saved_at": "2022-01-18T10:00:00"}
    (tmp_path / "torn.ctimeline-recovery").write_text(json.dumps(header) + '\n{"format"')
    [torn] = find_recoveries(tmp_path)
    assert torn.path.name == "torn.ctimeline-recovery"
    with pytest.raises(DocumentError, match="torn.ctimeline-recovery"):
        load_recovery(torn.path)
