"""What a killed save left behind is cleared by the next save into that folder, which says so."""

import subprocess
import sys

from timeline_app.core.bundled import seed_article_path
from timeline_app.core.document import load_document


def test_the_next_extract_removes_a_killed_saves_temporary_file_and_says_so(tmp_path):
    out = tmp_path / "war.ctimeline"
    litter = tmp_path / ".war.ctimeline.q1w2e3r4.tmp"
    litter.write_bytes(b'{"format": "crisis-timeline", "events": [{"id"')  # cut off mid-write
    someone_elses = tmp_path / ".notes.txt.q1w2e3r4.tmp"
    someone_elses.write_text("another file's save")
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "extract", str(seed_article_path()), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "removed 1 unfinished temporary file" in result.stderr
    assert "war.ctimeline" in result.stderr
    assert not litter.exists() and someone_elses.exists()
    assert load_document(out).events
