"""Saving replaces a file whole, keeps the previous version as name~, and leaves no litter,
wherever the writing process dies."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from timeline_app.core import atomic_files
from timeline_app.core.atomic_files import remove_stale_temporaries, write_atomically


class Killed(BaseException):
    """The process died: it makes no further system calls (nor runs its clean-up)."""


def die_at(monkeypatch, call: int) -> None:
    """Make the ``call``-th file-system change of the writer, and every one after, a death."""
    count = [0]

    def mortal(real):
        def wrapped(*args, **kwargs):
            count[0] += 1
            if count[0] >= call:
                raise Killed
            return real(*args, **kwargs)

        return wrapped

    for name in ("link", "unlink", "replace", "rename", "chmod", "fsync"):
        monkeypatch.setattr(atomic_files.os, name, mortal(getattr(os, name)))
    monkeypatch.setattr(atomic_files.shutil, "copy2", mortal(shutil.copy2))


@pytest.mark.parametrize("call", range(1, 12))
def test_a_save_killed_at_any_step_keeps_the_file_and_a_backup(tmp_path, monkeypatch, call):
    target = tmp_path / "doc.ctimeline"
    write_atomically(target, b"first")
    write_atomically(target, b"second")  # the backup now holds "first"
    with monkeypatch.context() as patch:
        die_at(patch, call)
        with contextlib.suppress(Killed):
            write_atomically(target, b"third")
    now, backup = target.read_bytes(), (tmp_path / "doc.ctimeline~").read_bytes()
    assert (now, backup) in {(b"second", b"first"), (b"second", b"second"), (b"third", b"second")}
    # The next save clears what the killed one left, and says so.
    leftovers = {p.name for p in tmp_path.iterdir()} - {"doc.ctimeline", "doc.ctimeline~"}
    removed = write_atomically(target, b"fourth")
    assert {p.name for p in removed} == leftovers
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.ctimeline", "doc.ctimeline~"]
    assert (tmp_path / "doc.ctimeline~").read_bytes() == now


def test_a_temporary_file_being_written_by_a_live_process_is_not_removed(tmp_path):
    # A child holds its temporary file open and locked (as a slow save does) and waits.
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent("""
                import sys
                from pathlib import Path
                from timeline_app.core.atomic_files import _locked_temporary
                handle, name = _locked_temporary(Path(sys.argv[1]), "doc.ctimeline")
                print(name, flush=True)
                sys.stdin.read()
            """),
            str(tmp_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        busy = child.stdout.readline().strip()
        assert remove_stale_temporaries(tmp_path) == []
        assert os.path.exists(busy)
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()
    # Its writer gone (without removing it), the file is litter.
    assert [p.name for p in remove_stale_temporaries(tmp_path)] == [os.path.basename(busy)]


def test_only_our_own_temporary_files_are_cleaned_up(tmp_path):
    for name in ("notes.tmp", ".hidden", ".doc.ctimeline.tmp", "doc.ctimeline.abc.tmp"):
        (tmp_path / name).write_text("not ours")
    (tmp_path / ".doc.ctimeline.k3j_x9ab.tmp").write_text("a killed save's")
    assert [p.name for p in remove_stale_temporaries(tmp_path)] == [".doc.ctimeline.k3j_x9ab.tmp"]
    assert len(list(tmp_path.iterdir())) == 4


def test_what_a_killed_qt_save_named_goes_but_the_users_own_copies_stay(tmp_path):
    start = b'{"format": "crisis-timeline"'
    killed = tmp_path / "doc.ctimeline.BwoyIY"  # as QSaveFile names its file while committing
    killed.write_bytes(start + b", ...")
    kept = {
        "doc.ctimeline.backup": start,  # the user's copy, in a word
        "doc.ctimeline.BACKUP": start,
        "doc.ctimeline.OldOne": b"a note that happens to be named like Qt's files",
        "doc.ctimeline.Copy12": start,  # Qt uses letters only
        "other.ctimeline.QzXwPe": start,  # another document's
    }
    for name, content in kept.items():
        (tmp_path / name).write_bytes(content)
    removed = atomic_files.remove_abandoned_qt_saves(tmp_path, "doc.ctimeline", start)
    assert removed == [killed] and not killed.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)
