"""Captured sources are kept beside the document as written, named by their SHA-256, checked
on demand, and copied where a save puts the document."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from timeline_app.core.events import Article
from timeline_app.core.evidence_store import (
    EvidenceError,
    EvidenceStore,
    Trouble,
    evidence_folder_for,
    keep_evidence_of,
)

PAGE = b"<html><body><p>Troops crossed the border on Monday.</p></body></html>"
SHA = hashlib.sha256(PAGE).hexdigest()


def captured(raw: bytes, article_id: str = "a1", title: str = "Troops cross") -> Article:
    return Article(article_id, title, sha256=hashlib.sha256(raw).hexdigest(), size=len(raw))


def test_a_capture_is_kept_under_its_sha256_with_a_two_character_fan_out(tmp_path):
    store = EvidenceStore(tmp_path / "war.ctimeline-evidence")
    assert store.put(PAGE) == SHA
    path = tmp_path / "war.ctimeline-evidence" / SHA[:2] / SHA
    assert store.path_of(SHA) == path
    assert path.read_bytes() == PAGE
    assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name  # what sha256sum checks
    assert not os.access(path, os.W_OK) or os.geteuid() == 0  # read-only, as evidence
    assert not path.stat().st_mode & 0o222
    assert store.read(SHA) == PAGE


def test_putting_the_same_bytes_again_leaves_the_first_capture_alone(tmp_path):
    store = EvidenceStore(tmp_path / "e")
    store.put(PAGE)
    before = store.path_of(SHA).stat()
    time.sleep(0.01)
    assert store.put(PAGE) == SHA
    after = store.path_of(SHA).stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_the_evidence_folder_sits_beside_the_document(tmp_path):
    assert evidence_folder_for(tmp_path / "war.ctimeline") == tmp_path / "war.ctimeline-evidence"


@pytest.mark.parametrize("bad", ["../../etc/passwd", "AB" * 32, "ab" * 31, "", "z" * 64])
def test_a_document_never_chooses_a_path_of_its_own(tmp_path, bad):
    store = EvidenceStore(tmp_path / "e")
    with pytest.raises(ValueError, match="is not a SHA-256"):
        store.path_of(bad)
    assert not store.has(bad)
    problems = store.verify([Article("a1", "Odd", sha256=bad)])
    if bad:
        assert [p.trouble for p in problems] == [Trouble.BAD_HASH]
        assert "“Odd”" in problems[0].message
    else:
        assert problems == []  # not captured: nothing to check


def test_verify_names_each_source_that_is_missing_resized_or_altered(tmp_path):
    store = EvidenceStore(tmp_path / "war.ctimeline-evidence")
    pages = [PAGE, b"second page", b"third page!", b"fourth"]
    for page in pages:
        store.put(page)
    articles = [captured(page, f"a{i}", f"Article {i}") for i, page in enumerate(pages)]
    articles.append(Article("plain", "Typed in by hand"))  # never captured: nothing to check
    assert store.verify(articles) == []

    store.path_of(articles[1].sha256).unlink()
    altered = store.path_of(articles[2].sha256)
    altered.chmod(0o644)
    altered.write_bytes(b"third page?")  # same size, other bytes
    resized = store.path_of(articles[3].sha256)
    resized.chmod(0o644)
    resized.write_bytes(b"fourth, edited")

    problems = store.verify(articles)
    assert [(p.article_id, p.trouble) for p in problems] == [
        ("a1", Trouble.MISSING),
        ("a2", Trouble.ALTERED),
        ("a3", Trouble.SIZE),
    ]
    assert "“Article 1”" in problems[0].message and "is missing" in problems[0].message
    assert "war.ctimeline-evidence/" in problems[0].message
    assert "no longer matches its SHA-256" in problems[1].message
    assert "14 bytes, but 6 were captured" in problems[2].message
    # the cheap check (presence and size) alone does not read the bytes
    assert [p.trouble for p in store.verify(articles, full=False)] == [
        Trouble.MISSING,
        Trouble.SIZE,
    ]
    with pytest.raises(EvidenceError, match="no longer matches"):
        store.read(articles[2].sha256)


def test_verify_reports_progress_and_can_be_stopped(tmp_path):
    store = EvidenceStore(tmp_path / "e")
    articles = [captured(store_page, f"a{i}") for i, store_page in enumerate([b"1", b"2", b"3"])]
    for i in range(3):
        store.put(str(i + 1).encode())
    seen: list[float] = []
    store.verify(articles, progress=seen.append)
    assert seen == pytest.approx([1 / 3, 2 / 3, 1.0])

    def stop(fraction: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.verify(articles, progress=stop)


def test_saving_copies_the_captures_the_articles_name_beside_the_document(tmp_path):
    pending = EvidenceStore(tmp_path / "user-data" / "evidence")
    other = pending.put(b"an article the document no longer holds")
    pending.put(PAGE)
    document = tmp_path / "desk" / "war.ctimeline"
    document.parent.mkdir()
    lost = keep_evidence_of([captured(PAGE), Article("x", "by hand")], document, [pending])
    assert lost == []
    beside = EvidenceStore(evidence_folder_for(document))
    assert beside.read(SHA) == PAGE
    assert not beside.has(other)  # only what the document's articles name


def test_save_as_copies_what_the_new_place_lacks_from_the_old_one(tmp_path):
    old = tmp_path / "old" / "war.ctimeline"
    new = tmp_path / "new" / "war-copy.ctimeline"
    old.parent.mkdir()
    new.parent.mkdir()
    old_store = EvidenceStore(evidence_folder_for(old))
    old_store.put(PAGE)
    new_store = EvidenceStore(evidence_folder_for(new))
    second = new_store.put(b"already there")
    articles = [captured(PAGE), captured(b"already there", "a2")]
    before = new_store.path_of(second).stat().st_ino
    assert keep_evidence_of(articles, new, [EvidenceStore(tmp_path / "pending"), old_store]) == []
    assert new_store.read(SHA) == PAGE
    assert new_store.path_of(second).stat().st_ino == before  # left alone, not rewritten


def test_a_capture_found_nowhere_intact_is_named_and_an_altered_one_is_never_spread(tmp_path):
    pending = EvidenceStore(tmp_path / "pending")
    pending.put(PAGE)
    damaged = pending.path_of(SHA)
    damaged.chmod(0o644)
    damaged.write_bytes(PAGE.replace(b"Monday", b"Friday"))
    document = tmp_path / "war.ctimeline"
    assert keep_evidence_of([captured(PAGE)], document, [pending]) == [SHA]
    assert not EvidenceStore(evidence_folder_for(document)).has(SHA)


def test_an_altered_copy_is_replaced_only_by_an_intact_one(tmp_path):
    store = EvidenceStore(tmp_path / "here")
    store.put(PAGE)
    path = store.path_of(SHA)
    path.chmod(0o644)
    path.write_bytes(PAGE.upper())
    assert store.copy_from([EvidenceStore(tmp_path / "empty")], [SHA]) == [SHA]
    assert path.read_bytes() == PAGE.upper()  # kept: the tampering stays visible
    intact = EvidenceStore(tmp_path / "intact")
    intact.put(PAGE)
    assert store.copy_from([intact], [SHA]) == []
    assert store.read(SHA) == PAGE


def test_a_write_cut_short_leaves_nothing_under_the_final_name(tmp_path, monkeypatch):
    store = EvidenceStore(tmp_path / "e")

    def power_cut(_src, _dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("timeline_app.core.atomic_files.os.replace", power_cut)
    with pytest.raises(EvidenceError, match="could not be kept"):
        store.put(PAGE)
    assert not store.path_of(SHA).exists()
    assert not [p for p in store.folder.rglob("*") if p.is_file()]


WRITER = r"""
import os, sys
from timeline_app.core.evidence_store import EvidenceStore

store = EvidenceStore(sys.argv[1])
number = 0
while True:  # keep captures of a few MB as fast as possible until killed
    number += 1
    print(store.put(os.urandom(8) * (1 << 19) + str(number).encode())[:2], flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_killed_writer_never_leaves_a_half_written_capture(tmp_path):
    folder = tmp_path / "war.ctimeline-evidence"
    rng = random.Random(20241114)
    for _ in range(6):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder)], stdout=subprocess.PIPE, text=True
        )
        process.stdout.readline()  # one capture is whole: the next one is cut somewhere
        time.sleep(rng.uniform(0.0, 0.2))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()
    finals = [p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".tmp")]
    assert len(finals) >= 6
    for path in finals:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name
    store = EvidenceStore(folder)
    store.remove_leftovers()
    assert not [p for p in folder.rglob("*.tmp")]
