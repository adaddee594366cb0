"""Kill writers at random moments and check what they leave: torn files, lost or wrong
backups, temporary files nobody removes. All three must stay at zero.

    python benchmarks/kill_saves.py [--kills 200] [--seed 1] [--json]

Four writers, each in a child process saving generation after generation (every document
names its generation in its title) until it is SIGKILLed at a random moment:
  core      save_document() in a loop (the core atomic writer),
  cli       the command line's ``extract ARTICLE -o doc.ctimeline`` (``cli.main``) in a loop,
  window    a window's File ▸ Save (QSaveFile), one edit before each,
  autosave  a window's autosave of its recovery file (in the background and at once).
After each kill:
  torn      the target does not load whole (load_document / load_recovery),
  backup    ``name~`` is missing once two saves have completed, does not load, or is not the
            previous generation or the target's own (a kill between the two renames),
  leftover  files other than the target, its backup and locks remain after the next start
            of a writer in that folder (which removes what a killed save left, and says so),
            among them the file Qt's QSaveFile names only for the instant of its commit.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT_START = b'{\n  "format": "crisis-timeline",'

PRELUDE = """
import sys, time
from pathlib import Path
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Event

folder = Path(sys.argv[1])
target = folder / "doc.ctimeline"

# Made once: the children spend their time saving, where the kills should land.
EVENTS = [Event(f"e{i}", f"event {i} " + "x" * 150, When(FuzzyDate(2000 + i % 20, 1 + i % 12)))
          for i in range(8000)]

def events(generation):
    return EVENTS
"""

WRITERS = {
    "core": """
from timeline_app.core.document import save_document
generation = int(sys.argv[2])
while True:
    generation += 1
    save_document(TimelineDocument(f"generation {generation}", events(generation)), target)
    print(generation, flush=True)
""",
    "cli": """
from timeline_app.cli import main
from timeline_app.core.bundled import seed_article_path
generation = int(sys.argv[2])
while True:  # the command line's own path, title aside (it is the article's)
    generation += 1
    main(["extract", str(seed_article_path()), "--published", "2022-01-18", "-o", str(target)])
    print(generation, flush=True)
""",
    "window": """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from timeline_app.ui.app import application
from timeline_app.ui.commands import AddEventsCommand, ReplaceDocumentCommand
from timeline_app.ui.main_window import MainWindow
app = application()
window = MainWindow(remember=False, interactive=False)
generation = int(sys.argv[2])
if target.exists():
    window.open_file(target, remember=False)
else:
    window.set_document(TimelineDocument("generation 0"), target)
while True:
    generation += 1
    window.undo_stack.push(ReplaceDocumentCommand(
        window.model, TimelineDocument(f"generation {generation}", events(generation)), "g"))
    assert window.save()
    print(generation, flush=True)
""",
    "autosave": """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from timeline_app.ui.app import application
from timeline_app.ui.commands import ReplaceDocumentCommand
from timeline_app.ui.main_window import MainWindow
app = application()
window = MainWindow(remember=False, interactive=False)
window.offer_recovery(folder)  # a new window's start: clears what a killed one left
window.autosaver._folder = folder
generation = int(sys.argv[2])
while True:
    generation += 1
    window.undo_stack.push(ReplaceDocumentCommand(
        window.model, TimelineDocument(f"generation {generation}", events(generation)), "g"))
    if generation % 2:
        window.autosaver.save_now()
    else:
        window.autosaver._save_in_background()
        while window.autosaver.writing:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
    print(generation, flush=True)
""",
}


def _generation(title: str) -> int | None:
    words = title.split()
    return int(words[-1]) if len(words) == 2 and words[0] == "generation" else None


def _child(kind: str, folder: Path, generation: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(folder.parent / "home" / variable.lower())
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            PRELUDE + textwrap.dedent(WRITERS[kind]),
            str(folder),
            str(generation),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


class Tally:
    def __init__(self) -> None:
        self.kills = 0
        self.torn = 0
        self.backup = 0
        self.leftover = 0
        self.left_by_kills = 0  # temporary files found right after a kill (to be removed)
        self.by_kind: dict[str, int] = {}
        self.problems: list[str] = []

    def note(self, what: str, message: str) -> None:
        setattr(self, what, getattr(self, what) + 1)
        if len(self.problems) < 20:
            self.problems.append(message)


def _check_document(kind: str, folder: Path, completed: int, tally: Tally) -> int:
    from timeline_app.core.document import DocumentError, load_document

    target = folder / "doc.ctimeline"
    try:
        document = load_document(target)
    except DocumentError as error:
        tally.note("torn", f"{kind}: {error}")
        return completed
    generation = _generation(document.title)
    backup = folder / "doc.ctimeline~"
    # The first save in a folder has nothing to keep: a backup exists from the second on.
    if completed >= 2:
        try:
            kept = load_document(backup)
        except DocumentError as error:
            tally.note("backup", f"{kind}: backup: {error}")
        else:
            if kind == "cli":  # same article each time: the backup is whole, that is all
                pass
            elif _generation(kept.title) not in (generation, (generation or 0) - 1):
                tally.note("backup", f"{kind}: backup {kept.title!r} beside {document.title!r}")
    return generation if generation is not None else 0


def _check_recovery(folder: Path, tally: Tally) -> None:
    from timeline_app.core.document import DocumentError
    from timeline_app.core.recovery import SUFFIX, discard_recovery, find_recoveries, load_recovery

    for path in folder.glob(f"*{SUFFIX}"):
        try:
            load_recovery(path)
        except DocumentError as error:
            tally.note("torn", f"autosave: {error}")
    offered = {recovery.path for recovery in find_recoveries(folder)}
    for path in folder.glob(f"*{SUFFIX}"):
        if path not in offered:
            tally.note("torn", f"autosave: {path.name} of a killed window is not offered back")
        discard_recovery(path)  # restored (or discarded) by the user, as the next start would


def _leftovers(folder: Path) -> list[str]:
    keep = {"doc.ctimeline", "doc.ctimeline~"}
    evidence = folder / "doc.ctimeline-evidence"  # the captures the document names
    found = [
        p.name
        for p in folder.iterdir()
        if p.name not in keep
        and p != evidence
        and not p.name.endswith((".ctimeline-recovery", ".lock"))
    ]
    found += [
        p.relative_to(folder).as_posix()
        for p in (evidence.glob("*/*") if evidence.is_dir() else ())
        if p.name.endswith(".tmp")
    ]
    return sorted(found)


def run(kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    kinds = list(WRITERS)
    with tempfile.TemporaryDirectory(prefix="kill-saves-") as scratch:
        folders = {kind: Path(scratch) / kind for kind in kinds}
        for folder in folders.values():
            folder.mkdir()
        generations = dict.fromkeys(kinds, 0)
        completed: dict[str, int] = dict.fromkeys(kinds, 0)
        left: dict[str, set[str]] = {kind: set() for kind in kinds}
        for number in range(kills):
            kind = kinds[number % len(kinds)]
            folder = folders[kind]
            child = _child(kind, folder, generations[kind])
            # The first completed save proves the child is past its start-up (which also
            # cleared what the previous kill left): now kill it in the middle of later saves.
            stdout = child.stdout
            assert stdout is not None
            first = stdout.readline()
            if first.strip():
                completed[kind] += 1
                for name in sorted(set(_leftovers(folder)) & left[kind]):
                    tally.note("leftover", f"{kind}: {name} outlived the next save")
                time.sleep(rng.uniform(0.0, 0.4))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            completed[kind] += len([line for line in stdout.read().splitlines() if line])
            stdout.close()
            tally.kills += 1
            tally.by_kind[kind] = tally.by_kind.get(kind, 0) + 1
            left[kind] = set(_leftovers(folder))
            tally.left_by_kills += len(left[kind])
            if kind == "autosave":
                _check_recovery(folder, tally)
            elif (folder / "doc.ctimeline").exists():
                generations[kind] = _check_document(kind, folder, completed[kind], tally)
        # The next start of each writer clears what the last kills left.
        from timeline_app.core.atomic_files import (
            remove_abandoned_qt_saves,
            remove_stale_temporaries,
        )

        for kind, folder in folders.items():
            remove_stale_temporaries(folder)
            if kind == "window":  # what the window's next Save removes (no writer is left)
                remove_abandoned_qt_saves(folder, "doc.ctimeline", DOCUMENT_START)
            for name in _leftovers(folder):
                tally.note("leftover", f"{kind}: {name}")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    started = time.monotonic()
    tally = run(options.kills, options.seed)
    result = {
        "kills": tally.kills,
        "by_writer": tally.by_kind,
        "torn_files": tally.torn,
        "bad_backups": tally.backup,
        "leftover_temporaries": tally.leftover,
        "temporaries_left_by_kills_then_removed": tally.left_by_kills,
        "problems": tally.problems,
        "seconds": round(time.monotonic() - started, 1),
    }
    if options.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0 if tally.torn == tally.backup == tally.leftover == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
