"""Reading a file whole, but never more than a limit, with messages a person understands.

Documents, CSV files, articles and their metadata share it: a missing file, a folder, a device,
a named pipe, an unreadable file or one too large for its kind is refused with one clear line
that names it. Only regular files are read: opening a named pipe blocks until something writes
to it (forever, for a stray ``mkfifo``), and a device such as /dev/zero never ends. The kind of
file is checked before opening, and again on the open descriptor (opened non-blocking, so even
a pipe swapped in between cannot block), and reading stops one byte past the limit because a
file may still be growing.

A pipe is read only where a person asked for it by name on the command line
(``extract <(curl ...)``): ``pipes=True``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Not on Windows, where opening never blocks on these kinds of files anyway.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def _size_text(size: int) -> str:
    """A size in the unit a person reads, rounded up: a file one byte over a limit never reads
    as the limit itself ("1.1 MiB" beside a limit of "1 MiB"), and a limit of 1024 MiB reads
    "1 GiB" beside a file of "1.1 GiB"."""
    unit, scale = ("GiB", 2**30) if size >= 2**30 else ("MiB", 2**20)
    if size < 10 * scale:
        return f"{-(-size * 10 // scale) / 10:g} {unit}"
    return f"{-(-size // scale)} {unit}"


def _refusal(mode: int, pipes: bool) -> str:
    """Why a file of this mode is not read ("" when it is read)."""
    if stat.S_ISREG(mode) or (pipes and stat.S_ISFIFO(mode)):
        return ""
    if stat.S_ISDIR(mode):
        return "this is a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "this is a device"
    if stat.S_ISFIFO(mode):
        return "this is a named pipe"
    if stat.S_ISSOCK(mode):
        return "this is a socket"
    return "this is not a regular file"


def read_bounded(
    path: Path, limit: int, error: type[Exception], kind: str, *, pipes: bool = False
) -> bytes:
    """The bytes of ``path``, or ``error`` naming it; ``kind`` is "a CSV file", say."""
    data = _read(path, limit, error, kind, pipes=pipes, whole=True)
    if len(data) > limit:
        raise error(
            f"{path.name}: the file is larger than the {_size_text(limit)} limit for {kind}"
        )
    return data


def read_head(path: Path, count: int, error: type[Exception], kind: str) -> bytes:
    """The first ``count`` bytes of ``path`` (a look at what a file holds), refused as
    ``read_bounded`` refuses what is not a regular file."""
    return _read(path, count, error, kind, pipes=False, whole=False)


def _read(
    path: Path, limit: int, error: type[Exception], kind: str, *, pipes: bool, whole: bool
) -> bytes:
    """Up to ``limit`` bytes (one more when ``whole``, to tell a file that is too large)."""
    too_large = f"larger than the {_size_text(limit)} limit for {kind}"
    try:
        status = os.stat(path)
        refusal = _refusal(status.st_mode, pipes)
        if refusal:
            raise error(f"{path}: {refusal}, not {kind}")
        if whole and status.st_size > limit:
            raise error(f"{path.name}: the file is {_size_text(status.st_size)}, {too_large}")
        # A pipe asked for is opened blocking: its writer may not have opened it yet.
        flags = _OPEN_FLAGS | (0 if stat.S_ISFIFO(status.st_mode) else _NONBLOCK)
        handle = os.open(path, flags)
        with os.fdopen(handle, "rb") as stream:
            opened = os.fstat(handle)
            refusal = _refusal(opened.st_mode, pipes and stat.S_ISFIFO(status.st_mode))
            if refusal:  # swapped since it was looked at
                raise error(f"{path}: {refusal}, not {kind}")
            if whole and opened.st_size > limit:
                raise error(f"{path.name}: the file is {_size_text(opened.st_size)}, {too_large}")
            return stream.read(limit + 1 if whole else limit)
    except FileNotFoundError:
        raise error(f"{path}: the file does not exist (was it moved or deleted?)") from None
    except IsADirectoryError:
        raise error(f"{path}: this is a folder, not {kind}") from None
    except OSError as problem:
        raise error(f"{path.name}: cannot be read ({problem.strerror or problem})") from None
