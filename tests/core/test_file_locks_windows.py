"""The Windows branch of the locks, run here with a stand-in for ``msvcrt`` that keeps Windows'
rules: a byte-range lock from the position of the descriptor, refused to any other handle
(even in the same process) while its holder's handle is open, and no file deleted while a
handle on it is open. What this cannot show is Windows itself: that the operating system
releases the lock of a killed process (it does, documented for LockFile), and that
``LK_LOCK`` gives up after ten tries a second apart rather than waiting."""

from __future__ import annotations

import errno
import os

import pytest

from timeline_app.core import file_locks
from timeline_app.core.file_locks import HeldLock, is_held_elsewhere, lock_descriptor

pytestmark = pytest.mark.skipif(
    not os.path.isdir("/proc/self/fd"), reason="the stand-in finds open files in /proc"
)


class WindowsLocking:
    """msvcrt.locking and deleting as Windows does them, for the descriptors of this process."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int], int] = {}  # (device, inode, offset) -> fd
        self.calls: list[tuple[int, int, int]] = []  # (mode, offset, bytes)

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        status = os.fstat(fd)
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, offset, nbytes))
        key = (status.st_dev, status.st_ino, offset)
        if mode == self.LK_UNLCK:
            self.held.pop(key, None)
            return
        owner = self.held.get(key)
        if owner is not None and owner != fd and self.is_open_on(owner, status):
            raise OSError(errno.EACCES, "Permission denied")
        self.held[key] = fd

    def is_open_on(self, fd: int, status: os.stat_result) -> bool:
        try:
            now = os.fstat(fd)
        except OSError:
            return False  # closed: Windows released its locks with it
        return (now.st_dev, now.st_ino) == (status.st_dev, status.st_ino)

    def unlink(self, path) -> None:
        status = os.stat(path)
        if any(self.is_open_on(int(fd), status) for fd in os.listdir("/proc/self/fd")):
            raise PermissionError(errno.EACCES, "The file is being used by another process")
        os.remove(path)


@pytest.fixture
def windows(monkeypatch) -> WindowsLocking:
    stand_in = WindowsLocking()
    monkeypatch.setattr(file_locks, "fcntl", None)
    monkeypatch.setattr(file_locks, "msvcrt", stand_in, raising=False)
    monkeypatch.setattr(file_locks.os, "unlink", stand_in.unlink)
    monkeypatch.setattr(type(file_locks.Path()), "unlink", lambda self, **_: stand_in.unlink(self))
    return stand_in


def test_the_first_byte_is_locked_wherever_the_descriptor_stands(windows, tmp_path):
    fd = os.open(tmp_path / "x.lock", os.O_RDWR | os.O_CREAT)
    try:
        os.write(fd, b"written by an earlier holder")
        assert lock_descriptor(fd)
        other = os.open(tmp_path / "x.lock", os.O_RDWR)
        try:
            assert not lock_descriptor(other)  # the same byte, so the same lock
        finally:
            os.close(other)
    finally:
        os.close(fd)
    assert windows.calls == [(windows.LK_NBLCK, 0, 1), (windows.LK_NBLCK, 0, 1)]


def test_waiting_asks_for_the_blocking_lock(windows, tmp_path):
    fd = os.open(tmp_path / "x.lock", os.O_RDWR | os.O_CREAT)
    try:
        assert lock_descriptor(fd, wait=True)
    finally:
        os.close(fd)
    assert windows.calls == [(windows.LK_LOCK, 0, 1)]


def test_a_held_lock_is_refused_to_others_until_released(windows, tmp_path):
    path = tmp_path / "recovery.lock"
    first = HeldLock.take(path)
    assert first is not None
    assert HeldLock.take(path) is None and is_held_elsewhere(path)
    first.release()
    assert not is_held_elsewhere(path)
    again = HeldLock.take(path)
    assert again is not None
    again.release()


def test_a_lock_released_for_good_takes_its_file_with_it(windows, tmp_path):
    """Windows deletes no open file: the lock file is removed once its handle is closed."""
    path = tmp_path / "recovery.lock"
    lock = HeldLock.take(path)
    assert lock is not None
    lock.release(remove=True)
    assert not path.exists()


def test_a_lock_file_another_holder_opened_meanwhile_is_left_to_it(windows, tmp_path):
    path = tmp_path / "recovery.lock"
    lock = HeldLock.take(path)
    assert lock is not None
    waiting = os.open(path, os.O_RDWR)  # another window, about to ask for the lock
    try:
        lock.release(remove=True)
        assert path.exists()
        assert lock_descriptor(waiting)  # and it gets the lock
    finally:
        os.close(waiting)
