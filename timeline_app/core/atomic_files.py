"""Replacing a file so that, killed at any moment, it holds the old bytes or the new, whole.

The new bytes go to a temporary file beside the target (``.NAME.XXXX.tmp``), locked while it
is written, then renamed over the target. The previous version is kept as ``NAME~``; the old
backup is replaced by a rename too, and only before the new file is committed, so a kill
leaves ``NAME~`` either the older backup or the version the target still holds, never nothing.
Temporary files a killed writer left behind are removed by the next save into that folder:
a live writer's lock tells them apart.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from timeline_app.core.file_locks import lock_descriptor

TEMP_SUFFIX = ".tmp"
# What tempfile.mkstemp makes of our prefix and suffix: eight random letters, digits or "_".
_TEMPORARY_NAME = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")
# Where locks cannot tell a live writer (no flock), only files this old are taken as stale.
_UNLOCKED_STALE_SECONDS = 3600.0


def _temp_prefix(name: str) -> str:
    return f".{name}."


def write_atomically(path: str | os.PathLike, data: bytes, *, backup: bool = True) -> list[Path]:
    """Replace ``path`` with ``data`` so that it always holds the old or the new bytes, whole.

    The previous file is kept beside it as ``name~`` when ``backup`` is set. Returns the stale
    temporary files of earlier, killed saves of this name that it removed (to tell the user).
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if _read_only(target):
        # Renaming over it would succeed (the folder is writable), but the user made the file
        # read-only to keep it as it is.
        raise PermissionError(
            errno.EACCES, "the file is read-only; it was left as it is", str(target)
        )
    removed = remove_stale_temporaries(folder, target.name)
    try:
        _replace(target, folder, data, backup)
    except OSError as error:
        if error.errno in _FULL:
            raise OSError(
                error.errno, f"No space left on device in {folder.resolve()}", str(target)
            ) from None
        raise
    return removed


def _read_only(target: Path) -> bool:
    try:
        status = target.stat()
    except OSError:
        return False
    # The write bits, not only access(): root may write anything, yet a file made read-only
    # by its owner is still meant to stay as it is.
    return not (status.st_mode & 0o222) or not os.access(target, os.W_OK)


# Out of space, or out of the user's quota: the same to the user.
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _replace(target: Path, folder: Path, data: bytes, backup: bool) -> None:
    handle, temp_name = _locked_temporary(folder, target.name)
    try:
        with os.fdopen(handle, "wb", closefd=False) as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); give it the mode of the file it replaces, or
        # the mode a new file would get. A courtesy, not a reason to fail the save.
        with contextlib.suppress(OSError):
            os.chmod(
                temp_name,
                target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_current_umask(),
            )
        if backup and target.exists():
            keep_backup(target)
        handle = _close_unless_locks_work(handle)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    finally:
        if handle >= 0:
            os.close(handle)  # releases the lock, after the rename
    sync_folder(folder)


def _locked_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new temporary file for ``name`` in ``folder``, open and locked: (descriptor, path)."""
    while True:
        handle, temp_name = tempfile.mkstemp(
            prefix=_temp_prefix(name), suffix=TEMP_SUFFIX, dir=folder
        )
        lock_descriptor(handle, wait=True)
        # Between mkstemp and the lock another process's clean-up may have taken it for a
        # killed writer's file and removed it: then start again with a fresh one.
        if os.fstat(handle).st_nlink > 0:
            return handle, temp_name
        os.close(handle)


def _current_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it
    os.umask(mask)
    return mask


def backup_path(target: Path) -> Path:
    return target.with_name(target.name + "~")


def keep_backup(target: Path) -> None:
    """Make the current ``target`` its backup ``name~``, replacing an older backup atomically.

    The older backup stays until the new one is in place: a kill leaves one or the other.
    """
    backup = backup_path(target)
    folder = target.parent if str(target.parent) else Path(".")
    handle, temp_name = _locked_temporary(folder, backup.name)
    try:
        try:
            os.unlink(temp_name)  # a hard link costs nothing, but needs a free name
            os.link(target, temp_name)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            shutil.copy2(target, temp_name)
        handle = _close_unless_locks_work(handle)
        if _same_file(temp_name, backup):
            # rename() between two links of one file does nothing, leaving the temporary name
            os.unlink(temp_name)
        else:
            os.replace(temp_name, backup)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
    finally:
        if handle >= 0:
            os.close(handle)


def _same_file(one: str, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX); where folders cannot be opened (Windows)
    the rename is already as durable as it gets."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# Qt's QSaveFile writes into a file with no name where it can (O_TMPFILE) and, to replace an
# existing file, names it "NAME.XXXXXX" (six random letters) for the instant of its commit;
# where it cannot, for the whole save. A kill at that instant leaves the named file behind.
_QT_SAVE_NAME = re.compile(r"(.+)\.([A-Za-z]{6})")


def remove_abandoned_qt_saves(folder: Path, name: str, starts_with: bytes) -> list[Path]:
    """Remove the files killed QSaveFile saves of ``name`` left in ``folder``: named as Qt
    names them and holding what the save was writing (their first bytes are
    ``starts_with``). Only for a caller that holds the save lock of ``name``: no save of
    ours is under way then, so no such file is in use."""
    removed = []
    for path in _candidates(folder):
        match = _QT_SAVE_NAME.fullmatch(path.name)
        if match is None or match.group(1) != name:
            continue
        letters = match.group(2)
        # A name like "NAME.backup" or "NAME.BACKUP" is the user's own copy; Qt mixes cases
        # (a name all of one case, one in 32, is left: litter, never a loss).
        if letters.islower() or letters.isupper() or not _begins(path, starts_with):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _candidates(folder: Path) -> list[Path]:
    try:
        return [path for path in folder.iterdir() if path.is_file() and not path.is_symlink()]
    except OSError:
        return []


def _begins(path: Path, starts_with: bytes) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(starts_with)) == starts_with
    except OSError:
        return False


def is_our_temporary(path: Path, name: str | None = None) -> bool:
    """Whether ``path`` is named like a temporary file of ours (for ``name``, if given)."""
    match = _TEMPORARY_NAME.fullmatch(path.name)
    return match is not None and (name is None or match.group(1) == name)


def remove_stale_temporaries(folder: Path, name: str | None = None) -> list[Path]:
    """Remove temporary files of ours in ``folder`` (for ``name`` and its backup, or all) that
    no live writer holds: what killed saves left behind. Returns the files removed."""
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    names = None if name is None else (name, backup_path(Path(name)).name)
    removed = []
    for path in candidates:
        if names is None:
            ours = is_our_temporary(path)
        else:
            ours = any(is_our_temporary(path, n) for n in names)
        if ours and _remove_if_abandoned(path):
            removed.append(path)
    return removed


def _remove_if_abandoned(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        if not lock_descriptor(fd):
            return False  # a live writer holds it
        try:
            status, now_there = os.fstat(fd), os.stat(path, follow_symlinks=False)
        except OSError:
            return False
        if (status.st_dev, status.st_ino) != (now_there.st_dev, now_there.st_ino):
            return False  # renamed into place meanwhile; the name is someone else's now
        if not _locks_work() and time.time() - status.st_mtime < _UNLOCKED_STALE_SECONDS:
            return False
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _close_unless_locks_work(handle: int) -> int:
    # Windows will not rename a file that is open; there the lock ends before the rename.
    if _locks_work():
        return handle
    os.close(handle)
    return -1


def _locks_work() -> bool:
    return os.name == "posix"
