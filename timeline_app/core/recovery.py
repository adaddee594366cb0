"""Recovery files: unsaved work written aside so that it survives a crash.

One file per running window, named by a session id, in the app-data folder the caller gives.
A file whose writer process is gone is work to offer back at the next launch; a file whose
writer still runs belongs to another open window and is left alone. Which is which is told by
a lock beside the file (``file_locks``), held by the writing process for as long as it lives
and released by the operating system when it dies, however it dies: a process id can be
reused by an unrelated process, a lock cannot. Files written before locks (no lock file) fall
back to asking whether their process id is running.

The same lock settles which of two windows started at once offers a dead window's file: the
one that offers it claims it first (``claim_recovery``), and to the other the file now looks
owned by a running window. The claim ends when the offer is answered, or with its process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline_app.core.atomic_files import write_atomically
from timeline_app.core.document import (
    DocumentError,
    TimelineDocument,
    document_from_json,
    document_to_bytes,
)
from timeline_app.core.file_locks import HeldLock, is_held_elsewhere

SUFFIX = ".ctimeline-recovery"
LOCK_SUFFIX = ".lock"
FORMAT = "crisis-timeline-recovery"

# The locks of this process's sessions, by recovery file: held until the file is discarded.
_held: dict[Path, HeldLock] = {}


@dataclass(frozen=True)
class Recovery:
    """Unsaved work found on disk."""

    path: Path
    document_path: str | None
    saved_at: dt.datetime
    title: str
    event_count: int


def write_recovery(
    folder: Path, session_id: str, document: TimelineDocument, document_path: str | None
) -> Path:
    """Write (atomically) the recovery file of one session; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    header = {
        "format": FORMAT,
        "pid": os.getpid(),
        "document_path": document_path,
        "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        "title": document.title,
        "event_count": len(document.events),
    }
    # The header is one line before the document, so listing reads only the first line.
    # "replace": a lone surrogate (from an article's JSON metadata) must not stop the autosave;
    # the document itself is written the same way (document_to_bytes).
    data = (
        json.dumps(header, ensure_ascii=False).encode("utf-8", "replace")
        + b"\n"
        + document_to_bytes(document)
    )
    path = recovery_path(folder, session_id)
    if path not in _held:
        lock = HeldLock.take(lock_path(path))
        if lock is not None:
            _held[path] = lock
    write_atomically(path, data, backup=False)
    return path


def lock_path(recovery_file: Path) -> Path:
    """The lock its writer holds while it runs."""
    return recovery_file.with_name(recovery_file.name + LOCK_SUFFIX)


def _owned_by_a_running_window(path: Path, header: dict[str, Any]) -> bool:
    if path in _held:
        return True
    lock = lock_path(path)
    if lock.exists():
        return is_held_elsewhere(lock)
    return _pid_alive(header.get("pid"))


def recovery_path(folder: Path, session_id: str) -> Path:
    """Where the session ``session_id`` writes its recovery file."""
    return folder / f"{session_id}{SUFFIX}"


def _pid_alive(pid: object) -> bool:
    if pid == os.getpid():
        return True
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but is not ours to signal, or cannot tell: leave it alone
    return True


def _read_header(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("r", encoding="utf-8") as stream:
            header = json.loads(stream.readline())
    except (OSError, ValueError):
        return None
    return header if isinstance(header, dict) and header.get("format") == FORMAT else None


def find_recoveries(folder: Path) -> list[Recovery]:
    """Recovery files left by windows that are no longer running, newest first."""
    found = []
    _remove_abandoned_locks(folder)
    for path in folder.glob(f"*{SUFFIX}") if folder.is_dir() else ():
        header = _read_header(path)
        if header is None or _owned_by_a_running_window(path, header):
            continue
        try:
            saved_at = dt.datetime.fromisoformat(str(header.get("saved_at")))
        except ValueError:
            try:
                saved_at = dt.datetime.fromtimestamp(path.stat().st_mtime)
            except OSError:
                continue  # discarded meanwhile by another window
        # A damaged header must not stop the app from starting: it only describes the work.
        saved_at = saved_at.replace(tzinfo=None)
        count = header.get("event_count")
        document_path = header.get("document_path")
        found.append(
            Recovery(
                path,
                document_path if isinstance(document_path, str) and document_path else None,
                saved_at,
                str(header.get("title") or ""),
                count
                if isinstance(count, int) and not isinstance(count, bool) and count >= 0
                else 0,
            )
        )
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def load_recovery(path: Path) -> TimelineDocument:
    """The document kept in a recovery file; DocumentError if it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{path.name}: the recovery file cannot be read ({error})") from None
    _, _, body = data.partition(b"\n")  # bytes: a large document is read a batch at a time
    try:
        return document_from_json(body)
    except DocumentError as error:
        raise DocumentError(f"{path.name}: {error}") from None


def claim_recovery(path: Path) -> HeldLock | None:
    """Claim a dead window's recovery file while this window offers it; None when another
    window has claimed it (or still writes it) or it is gone, having been handled meanwhile.

    Release the claim with ``release()``, or hand it to ``discard_recovery``."""
    claim = HeldLock.take(lock_path(path))
    if claim is None:
        return None
    # Discarding removes the recovery file before its lock: a lock taken on the way out (or
    # made anew just now) finds the file gone.
    if not path.exists():
        claim.release(remove=True)
        return None
    return claim


def discard_recovery(path: Path, claim: HeldLock | None = None) -> None:
    """Remove a recovery file (this window's own, or a dead window's once handled, with the
    ``claim`` this window holds on it)."""
    path.unlink(missing_ok=True)
    locks = [lock for lock in (_held.pop(path, None), claim) if lock is not None]
    for lock in locks:
        lock.release(remove=True)
    if not locks and not is_held_elsewhere(lock_path(path)):
        lock_path(path).unlink(missing_ok=True)


def _remove_abandoned_locks(folder: Path) -> None:
    """Lock files of dead windows whose recovery file is gone are of no further use."""
    for lock in folder.glob(f"*{SUFFIX}{LOCK_SUFFIX}") if folder.is_dir() else ():
        recovery_file = lock.with_name(lock.name.removesuffix(LOCK_SUFFIX))
        if not recovery_file.exists() and recovery_file not in _held:
            with contextlib.suppress(OSError):
                if not is_held_elsewhere(lock):
                    lock.unlink()
