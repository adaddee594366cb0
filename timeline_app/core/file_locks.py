"""Locks the operating system releases when their process ends, however it ends.

An advisory lock on an open file (``flock`` on POSIX, ``msvcrt.locking`` on Windows) dies with
the process that holds it, even under SIGKILL or a power cut, and a reused process id cannot
impersonate it. Who owns a recovery file, who is writing a temporary file, which window has a
document open: all are told by such a lock, never by a PID.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def lock_descriptor(fd: int, *, wait: bool = False) -> bool:
    """Take the exclusive lock of the open file ``fd``; False if another holder has it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


class HeldLock:
    """An exclusive lock on ``path`` (created if need be), held until ``release()``."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path, self._fd = path, fd

    @classmethod
    def take(cls, path: Path) -> HeldLock | None:
        """The lock of ``path``, or None when a live process holds it (or it cannot be made)."""
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        if not lock_descriptor(fd):
            os.close(fd)
            return None
        return cls(path, fd)

    def release(self, *, remove: bool = False) -> None:
        """Let go of the lock (and remove its file when ``remove``: nobody needs it)."""
        if self._fd < 0:
            return
        if remove and fcntl is not None:
            # Removed while still held: whoever opens the name next makes a new lock file, and
            # a process that opened the old one just before finds it gone (see recovery).
            with contextlib.suppress(OSError):
                self.path.unlink()
        os.close(self._fd)  # closing the descriptor releases the lock
        self._fd = -1
        if remove and fcntl is None:
            # Windows deletes no file that is open, so only once closed; and should another
            # process have opened it meanwhile, the file is left to that process.
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __del__(self) -> None:
        # A window dropped without closing must not keep its document locked for good.
        self.release()


def is_held_elsewhere(path: Path) -> bool:
    """Whether a running process (this one included, through another open) holds the lock."""
    if not path.exists():
        return False
    lock = HeldLock.take(path)
    if lock is None:
        return path.exists()
    lock.release()
    return False
