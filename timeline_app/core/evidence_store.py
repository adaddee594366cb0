"""The evidence store: the original bytes of every captured source, kept as they came.

A document's captures live in a folder beside it, ``NAME.ctimeline-evidence/``, one file per
capture named by the SHA-256 of its bytes with a two-character fan-out, as Git keeps its
objects: ``ab/abcdef…``. Not inside the JSON, which must stay a diffable text that opens in
seconds with thousands of sources; not a zip or a database, because a plain folder of files
named by their hash can be checked by anyone with ``sha256sum`` and no app at all.

A file is written once, atomically (``core/atomic_files``: a killed write leaves at most a
temporary file, never a half-written capture under its final name), made read-only, and
never changed. An unsaved document keeps its captures in a per-user store (the caller gives
its folder: the app's data folder); saving copies the captures its articles name into the
document's folder, and Save As copies what the new place lacks, from wherever they are.

Checking a document (``verify``) names each source whose capture is missing, whose size is
not the one the document recorded, or (with ``full``) whose bytes no longer hash to its name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from timeline_app.core.atomic_files import remove_stale_temporaries, write_atomically
from timeline_app.core.events import Article

FOLDER_SUFFIX = "-evidence"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20


class EvidenceError(OSError):
    """A capture that cannot be stored or read; the message says which and why."""


class Trouble(StrEnum):
    """What is wrong with one source's capture."""

    MISSING = "missing"
    SIZE = "size"  # present, but not the size the document recorded
    ALTERED = "altered"  # its bytes no longer hash to its name
    BAD_HASH = "bad hash"  # the document's SHA-256 for it is not one


@dataclass(frozen=True)
class Problem:
    """One source whose capture is not as it was captured."""

    article_id: str
    title: str
    trouble: Trouble
    message: str  # one line naming the source, for a dialog or the command line


def evidence_folder_for(document_path: str | os.PathLike) -> Path:
    """The evidence folder of the document at ``document_path``: ``NAME.ctimeline-evidence``."""
    path = Path(document_path)
    return path.with_name(path.name + FOLDER_SUFFIX)


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def is_sha256(text: str) -> bool:
    return _SHA256.fullmatch(text) is not None


class EvidenceStore:
    """A content-addressed, write-once folder of captures (see the module's docstring)."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)

    def __repr__(self) -> str:
        return f"EvidenceStore({str(self.folder)!r})"

    def path_of(self, sha: str) -> Path:
        """Where the capture with this SHA-256 is kept. ValueError for anything that is not a
        lower-case hex SHA-256: a document's text never makes a path of its own choosing."""
        if not is_sha256(sha):
            raise ValueError(f'"{sha[:80]}" is not a SHA-256')
        return self.folder / sha[:2] / sha

    def has(self, sha: str, size: int | None = None) -> bool:
        """Whether the capture is here (and of ``size`` bytes, if given): a cheap check."""
        try:
            found = self.path_of(sha).stat().st_size
        except (OSError, ValueError):
            return False
        return size is None or found == size

    def put(self, raw: bytes) -> str:
        """Keep ``raw`` and return its SHA-256. A capture already here is left as it is."""
        sha = sha256_of(raw)
        path = self.path_of(sha)
        if self.has(sha, len(raw)):
            return sha
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():  # the wrong size: a damaged copy, put right from the original
                path.unlink()
            write_atomically(path, raw, backup=False)
            with contextlib.suppress(OSError):
                path.chmod(0o444)  # a reminder to people and tools: evidence is not edited
        except OSError as error:
            raise EvidenceError(
                f"the capture {sha[:12]}… could not be kept in {self.folder} "
                f"({error.strerror or error})"
            ) from None
        return sha

    def read(self, sha: str) -> bytes:
        """The bytes of a capture, checked against their SHA-256; EvidenceError otherwise."""
        try:
            raw = self.path_of(sha).read_bytes()
        except ValueError as error:
            raise EvidenceError(str(error)) from None
        except OSError as error:
            raise EvidenceError(
                f"the capture {sha[:12]}… cannot be read ({error.strerror or error})"
            ) from None
        if sha256_of(raw) != sha:
            raise EvidenceError(f"the capture {sha[:12]}… no longer matches its SHA-256")
        return raw

    def matches(self, sha: str) -> bool:
        """Whether the capture's bytes still hash to its name (reads it whole)."""
        try:
            with self.path_of(sha).open("rb") as stream:
                return hashlib.file_digest(stream, "sha256").hexdigest() == sha
        except (OSError, ValueError):
            return False

    def verify(
        self,
        articles: Iterable[Article],
        *,
        full: bool = True,
        progress: Callable[[float], None] | None = None,
    ) -> list[Problem]:
        """The problems of the captured articles' evidence: missing, of another size than
        recorded, and (``full``) altered. ``progress(fraction)`` follows the hashing and may
        raise to stop it."""
        captured = [article for article in articles if article.sha256]
        problems = []
        for number, article in enumerate(captured, start=1):
            problem = self._problem(article, full)
            if problem is not None:
                problems.append(problem)
            if progress is not None:
                progress(number / len(captured))
        return problems

    def _problem(self, article: Article, full: bool) -> Problem | None:
        sha = article.sha256
        if not is_sha256(sha):
            return _problem(article, Trouble.BAD_HASH, f'its SHA-256 "{sha[:80]}" is not one')
        path = self.path_of(sha)
        try:
            size = path.stat().st_size
        except OSError:
            return _problem(
                article, Trouble.MISSING, f"its captured copy {self._shown(path)} is missing"
            )
        if article.size is not None and size != article.size:
            return _problem(
                article,
                Trouble.SIZE,
                f"its captured copy {self._shown(path)} is {size:,} bytes, "
                f"but {article.size:,} were captured",
            )
        if full and not self.matches(sha):
            return _problem(
                article,
                Trouble.ALTERED,
                f"its captured copy {self._shown(path)} no longer matches its SHA-256",
            )
        return None

    def _shown(self, path: Path) -> str:
        return f"{self.folder.name}/{path.relative_to(self.folder).as_posix()}"

    def copy_from(self, others: Iterable[EvidenceStore], shas: Iterable[str]) -> list[str]:
        """Copy into this store the captures it lacks (or holds altered), from the first of
        ``others`` that holds each intact; the SHA-256s found intact nowhere, in order. An
        altered copy here is replaced only by an intact one, never just removed."""
        others = [other for other in others if other.folder != self.folder]
        lost = []
        for sha in dict.fromkeys(shas):
            if self.has(sha) and self.matches(sha):
                continue
            raw = self._intact_copy(others, sha)
            if raw is None:
                lost.append(sha)
                continue
            with contextlib.suppress(OSError):
                self.path_of(sha).unlink()
            self.put(raw)
        return lost

    @staticmethod
    def _intact_copy(stores: list[EvidenceStore], sha: str) -> bytes | None:
        for store in stores:
            try:
                return store.read(sha)
            except EvidenceError:
                continue
        return None

    def remove_leftovers(self) -> list[Path]:
        """Remove what killed writes left in the store (temporary files no writer holds)."""
        removed: list[Path] = []
        with contextlib.suppress(OSError):
            for fan in self.folder.iterdir():
                if fan.is_dir() and len(fan.name) == 2:
                    removed += remove_stale_temporaries(fan)
        return removed


def _problem(article: Article, trouble: Trouble, what: str) -> Problem:
    title = article.title or article.url or article.id
    return Problem(article.id, article.title, trouble, f"“{title}”: {what}")


def captured_shas(articles: Iterable[Article]) -> list[str]:
    """The SHA-256s the articles name, each once, in order."""
    return list(dict.fromkeys(a.sha256 for a in articles if is_sha256(a.sha256)))


def keep_evidence_of(
    articles: Iterable[Article],
    document_path: str | os.PathLike,
    sources: Iterable[EvidenceStore],
) -> list[str]:
    """Before a document is written at ``document_path``: copy into its evidence folder the
    captures its articles name that the folder lacks, from ``sources`` (the per-user store of
    unsaved captures, the folder of the place it was saved before). Returns the SHA-256s found
    nowhere. The captures go first, so a document on disk never names one its folder lacks
    because the save was cut short."""
    shas = captured_shas(articles)
    store = EvidenceStore(evidence_folder_for(document_path))
    if not shas:
        return []
    store.remove_leftovers()
    lacking = [sha for sha in shas if not store.has(sha)]
    return store.copy_from(sources, lacking)
