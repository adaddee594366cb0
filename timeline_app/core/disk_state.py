"""What a file on disk looked like when we last read or wrote it, to tell whether someone
else has changed it since (another window, another program, a sync client).

Size and modification time say "unchanged" cheaply; when they differ, a hash of the contents
decides, so a file merely touched (or copied back as it was) is not taken for a change.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DiskState:
    size: int
    mtime_ns: int
    digest: bytes

    @classmethod
    def of(cls, path: Path) -> DiskState | None:
        """The file's state now; None if it cannot be read (gone, or not a file)."""
        try:
            status = os.stat(path)
            with open(path, "rb") as stream:
                digest = hashlib.file_digest(stream, "blake2b").digest()
        except OSError:
            return None
        return cls(status.st_size, status.st_mtime_ns, digest)

    def changed_on_disk(self, path: Path) -> bool:
        """Whether ``path`` no longer holds what it held when this state was taken."""
        try:
            status = os.stat(path)
        except FileNotFoundError:
            return False  # removed: writing it again loses nobody's work
        except OSError:
            return True
        if (status.st_size, status.st_mtime_ns) == (self.size, self.mtime_ns):
            return False
        if status.st_size != self.size:
            return True
        now = DiskState.of(path)
        return now is None or now.digest != self.digest
