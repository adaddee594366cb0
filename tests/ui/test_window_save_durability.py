"""The window's Save (QSaveFile) keeps the previous version as name~ until the new file is in
place, and makes the rename durable."""

from __future__ import annotations

import contextlib
import os
import stat

import pytest

from tests.core.test_atomic_files import Killed, die_at
from timeline_app.core import atomic_files
from timeline_app.ui.document_saver import save_bytes


@pytest.mark.parametrize("call", range(1, 6))
def test_a_window_save_killed_while_keeping_the_backup_loses_no_version(tmp_path, qapp, call):
    target = tmp_path / "doc.ctimeline"
    assert save_bytes(target, b"first") == ""
    assert save_bytes(target, b"second") == ""
    with pytest.MonkeyPatch.context() as patch:
        die_at(patch, call)
        with contextlib.suppress(Killed):
            save_bytes(target, b"third")
    now, backup = target.read_bytes(), (tmp_path / "doc.ctimeline~").read_bytes()
    assert (now, backup) in {(b"second", b"first"), (b"second", b"second"), (b"third", b"second")}


def test_the_window_save_syncs_the_folder_after_the_rename(tmp_path, qapp, monkeypatch):
    target = tmp_path / "doc.ctimeline"
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(atomic_files.os, "fsync", fsync)
    assert save_bytes(target, b"new") == ""
    assert target.read_bytes() == b"new"
    assert synced and synced[-1] == "folder"


def test_a_save_to_a_full_disk_says_so_and_names_the_folder(tmp_path, qapp, monkeypatch):
    import collections

    from PySide6.QtCore import QSaveFile

    from timeline_app.ui import document_saver

    target = tmp_path / "doc.ctimeline"
    assert save_bytes(target, b"old") == ""
    # What Qt gives on a full disk: a failed commit and no reason.
    monkeypatch.setattr(QSaveFile, "commit", lambda self: False)
    monkeypatch.setattr(QSaveFile, "errorString", lambda self: "Unknown error")
    usage = collections.namedtuple("usage", "total used free")
    monkeypatch.setattr(document_saver.shutil, "disk_usage", lambda folder: usage(1, 1, 0))
    assert save_bytes(target, b"new") == f"No space left on device in {tmp_path.resolve()}"
    assert target.read_bytes() == b"old"


def test_the_next_save_removes_the_file_a_save_killed_in_its_commit_left(tmp_path, qapp):
    target = tmp_path / "doc.ctimeline"
    document = b'{\n  "format": "crisis-timeline",\n  "version": 2, "title": "%d"}'
    assert save_bytes(target, document % 1) == ""
    # Killed between Qt's naming of the finished file and its rename over the target.
    (tmp_path / "doc.ctimeline.KqTzWa").write_bytes(document % 2)
    assert save_bytes(target, document % 3) == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.ctimeline", "doc.ctimeline~"]
    assert target.read_bytes() == document % 3


def test_a_save_held_up_elsewhere_does_not_hang_this_one_nor_lose_its_file(tmp_path, qapp):
    from timeline_app.core.file_locks import HeldLock
    from timeline_app.ui.disk_guard import document_lock_path

    target = tmp_path / "doc.ctimeline"
    document = b'{\n  "format": "crisis-timeline",\n  "version": 2, "title": "%d"}'
    assert save_bytes(target, document % 1) == ""
    # Another window's save of the same file, stuck on its disk, holds the saves' lock; the
    # file Qt named for it is in use, not a killed save's.
    lock_path = document_lock_path(target).with_suffix(".saving")
    stuck = HeldLock.take(lock_path)
    assert stuck is not None
    in_use = tmp_path / "doc.ctimeline.KqTzWa"
    in_use.write_bytes(document % 2)
    try:
        assert save_bytes(target, document % 3) == ""
    finally:
        stuck.release()
    assert target.read_bytes() == document % 3
    assert in_use.exists()
