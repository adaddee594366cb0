"""A process killed at any moment of saving leaves the old file or the new one, never a torn one."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from timeline_app.core.document import load_document

WRITER = r"""
import sys
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument, save_document
from timeline_app.core.events import Event

path = sys.argv[1]
generation = 0
while True:  # save as fast as possible until killed
    generation += 1
    events = [Event(f"e{i}", f"generation {generation} event {i} " + "x" * 200,
                    When(FuzzyDate(2000 + i % 20, 1 + i % 12)))
              for i in range(3000)]
    save_document(TimelineDocument(f"generation {generation}", events), path)
    print(generation, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killing_the_saver_at_random_moments_never_tears_the_file(tmp_path):
    path = tmp_path / "doc.ctimeline"
    rng = random.Random(20220118)
    kills = 0
    for _ in range(12):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        if not path.exists():
            process.stdout.readline()  # the first save has finished: there is a file to tear
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()
        kills += 1
        document = load_document(path)  # raises if the file is torn
        generation = document.title.split()[-1]
        assert len(document.events) == 3000
        assert all(f"generation {generation} " in e.title for e in document.events)
        json.loads(path.read_text(encoding="utf-8"))
    assert kills == 12
