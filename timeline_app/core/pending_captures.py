"""Pruning the per-user store of captures not yet saved beside a document.

A capture waits in that store (the app's data folder, ``evidence/``) from when it is taken
until a timeline naming it is saved, which copies it beside the document. A timeline closed
without saving leaves its captures there; left alone they would pile up for ever. A capture is
removed only when nothing may still need it:

- no unsaved timeline names it: not a window of this app still open (the caller gives the
  SHA-256s its windows name, the review queue's too), and not a recovery file, whether its
  window crashed or still runs in another process of the app (``core/recovery``: autosave
  writes one for every window with unsaved changes);
- and it was last captured (``PendingStore.put``) more than ``GRACE`` ago. A capture just taken may be named by no
  document yet (waiting for review, or taken by another running instance of the app whose
  autosave has not run yet); two weeks is far longer than any of those waits.

A recovery file is searched for the SHA-256s its articles name rather than read as a
document: a damaged one (cut short by the crash) still protects the captures it names, and a
large one is never held whole. When the recovery files cannot be read, nothing is removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Collection, Iterator
from pathlib import Path

from timeline_app.core.evidence_store import EvidenceStore, is_sha256
from timeline_app.core.recovery import SUFFIX as RECOVERY_SUFFIX

GRACE = dt.timedelta(days=14)
# How a document names a capture: its article's "sha256". The literal start lets the search
# skip through a large file at the speed of a byte search.
_NAMED = re.compile(rb'"sha256"\s*:\s*"([0-9a-f]{64})"')
_OVERLAP = 100  # bytes of a chunk searched again with the next: more than one naming takes
_CHUNK = 1 << 20


class PendingStore(EvidenceStore):
    """The per-user store: as any store, but a capture taken again is marked so (its time of
    modification is now; its bytes are never touched), since the grace period counts from
    the last time a capture was taken."""

    def put(self, raw: bytes) -> str:
        sha = super().put(raw)
        with contextlib.suppress(OSError):
            os.utime(self.path_of(sha))
        return sha


def named_in_recovery_files(folder: Path) -> set[str]:
    """Every SHA-256 the recovery files in ``folder`` name. OSError when a file or the
    folder cannot be read."""
    named: set[str] = set()
    if not folder.is_dir():
        return named
    for path in folder.glob(f"*{RECOVERY_SUFFIX}"):
        try:
            named |= _hex_runs(path)
        except FileNotFoundError:
            continue  # discarded meanwhile: its window saved or closed
    return named


def _hex_runs(path: Path) -> set[str]:
    found: set[str] = set()
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            window = tail + chunk
            found.update(match.decode("ascii") for match in _NAMED.findall(window))
            tail = window[-_OVERLAP:]  # a naming cut by the chunk's end is found whole next
    return found


def prune_pending(
    store: EvidenceStore,
    in_use: Collection[str],
    recovery_folder: Path,
    *,
    now: dt.datetime,
    grace: dt.timedelta = GRACE,
) -> list[str]:
    """Remove from ``store`` the captures no open window (``in_use``) and no recovery file
    in ``recovery_folder`` names, last captured before ``now - grace``; their SHA-256s."""
    try:
        keep = set(in_use) | named_in_recovery_files(recovery_folder)
    except OSError:
        return []  # what the unsaved work names cannot be told: remove nothing
    store.remove_leftovers()
    oldest = (now - grace).timestamp()
    removed = []
    for path in _captures_in(store):
        if path.name in keep:
            continue
        try:
            if path.stat().st_mtime >= oldest:
                continue
            _remove(path)
        except OSError:
            continue  # removed by another instance meanwhile, or not ours to remove
        removed.append(path.name)
    for fan in {store.path_of(sha).parent for sha in removed}:
        with contextlib.suppress(OSError):
            fan.rmdir()  # only when nothing is left in it
    return removed


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except PermissionError:  # Windows will not remove a read-only file, as captures are
        path.chmod(0o644)
        path.unlink()


def _captures_in(store: EvidenceStore) -> Iterator[Path]:
    try:
        fans = [fan for fan in store.folder.iterdir() if fan.is_dir() and len(fan.name) == 2]
    except OSError:
        return
    for fan in fans:
        with contextlib.suppress(OSError):
            for path in fan.iterdir():
                if is_sha256(path.name) and path.name.startswith(fan.name):
                    yield path
