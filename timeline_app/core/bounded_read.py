"""Reading a file whole, but never more than a limit, with messages a person understands.

Documents, CSV files and articles share it: a missing file, a folder, an unreadable file or
one too large for its kind is refused with one clear line that names it. The size is checked
before reading, and reading stops one byte past the limit, because a pipe, a device such as
/dev/zero or a file still growing has no size that stat() could refuse.
"""

from __future__ import annotations

import stat
from pathlib import Path


def _size_text(size: int) -> str:
    return f"{size / 2**30:.1f} GiB" if size >= 2**30 else f"{size / 2**20:.0f} MiB"


def read_bounded(path: Path, limit: int, error: type[Exception], kind: str) -> bytes:
    """The bytes of ``path``, or ``error`` naming it; ``kind`` is "a CSV file", say."""
    too_large = f"larger than the {limit >> 20} MiB limit for {kind}"
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise error(f"{path}: this is a folder, not {kind}")
        if stat.S_ISCHR(status.st_mode) or stat.S_ISBLK(status.st_mode):
            raise error(f"{path}: this is a device, not {kind}")
        if status.st_size > limit:
            raise error(f"{path.name}: the file is {_size_text(status.st_size)}, {too_large}")
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise error(f"{path}: the file does not exist (was it moved or deleted?)") from None
    except IsADirectoryError:
        raise error(f"{path}: this is a folder, not {kind}") from None
    except OSError as problem:
        raise error(f"{path.name}: cannot be read ({problem.strerror or problem})") from None
    if len(data) > limit:
        raise error(f"{path.name}: the file is {too_large}")
    return data
