"""The per-user store of captures not yet saved is pruned: a capture goes only when no open
window and no recovery file names it, and it was last captured more than two weeks ago."""

from __future__ import annotations

import datetime as dt
import os

from timeline_app.core.document import TimelineDocument
from timeline_app.core.events import Article
from timeline_app.core.evidence_store import EvidenceStore
from timeline_app.core.pending_captures import (
    GRACE,
    PendingStore,
    named_in_recovery_files,
    prune_pending,
)
from timeline_app.core.recovery import write_recovery

NOW = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)


def captured(store: EvidenceStore, text: str, days_ago: float) -> str:
    sha = store.put(text.encode())
    moment = (NOW - dt.timedelta(days=days_ago)).timestamp()
    os.utime(store.path_of(sha), (moment, moment))
    return sha


def document_naming(*shas: str) -> TimelineDocument:
    articles = {f"a{n}": Article(f"a{n}", f"Report {n}", sha256=sha) for n, sha in enumerate(shas)}
    return TimelineDocument("Unsaved", [], articles)


def test_old_captures_nothing_names_go_and_the_rest_stay(tmp_path):
    store = PendingStore(tmp_path / "evidence")
    old = captured(store, "old and forgotten", days_ago=30)
    recent = captured(store, "taken yesterday", days_ago=1)
    open_window = captured(store, "in a window still open", days_ago=30)
    crashed = captured(store, "in a crashed window's recovery file", days_ago=30)
    write_recovery(tmp_path / "recovery", "dead", document_naming(crashed), None)
    removed = prune_pending(store, {open_window}, tmp_path / "recovery", now=NOW)
    assert removed == [old]
    assert not store.has(old)
    assert all(store.has(sha) for sha in (recent, open_window, crashed))
    assert not store.path_of(old).parent.exists()  # its folder held nothing else


def test_the_grace_period_counts_from_the_last_capture(tmp_path):
    store = PendingStore(tmp_path / "evidence")
    sha = captured(store, "captured twice", days_ago=30)
    store.put(b"captured twice")  # taken again now, for a new timeline: not yet named by it
    assert prune_pending(store, set(), tmp_path / "recovery", now=dt.datetime.now(dt.UTC)) == []
    assert store.has(sha)
    later = dt.datetime.now(dt.UTC) + GRACE + dt.timedelta(hours=1)
    assert prune_pending(store, set(), tmp_path / "recovery", now=later) == [sha]


def test_a_damaged_recovery_file_still_keeps_what_it_names(tmp_path):
    store = PendingStore(tmp_path / "evidence")
    sha = captured(store, "named by a half-written recovery file", days_ago=60)
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / "broken.ctimeline-recovery").write_bytes(
        b'{"format": "crisis-timel\n{"sources": {"a1": {"sha256": "' + sha.encode() + b'", "ti'
    )
    assert named_in_recovery_files(folder) == {sha}
    assert prune_pending(store, set(), folder, now=NOW) == []


def test_a_hash_across_two_chunks_of_a_large_recovery_file_is_found(tmp_path, monkeypatch):
    import timeline_app.core.pending_captures as pending

    monkeypatch.setattr(pending, "_CHUNK", 100)
    sha = "ab" * 32
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / "big.ctimeline-recovery").write_bytes(
        b"x" * 60 + b'"sha256": "' + sha.encode() + b'"' + b"y" * 300
    )
    assert named_in_recovery_files(folder) == {sha}


def test_nothing_is_removed_when_the_recovery_files_cannot_be_read(tmp_path, monkeypatch):
    import timeline_app.core.pending_captures as pending

    store = PendingStore(tmp_path / "evidence")
    sha = captured(store, "old", days_ago=60)
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / "x.ctimeline-recovery").write_bytes(b"{}")

    def unreadable(_path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pending, "_hex_runs", unreadable)
    assert prune_pending(store, set(), folder, now=NOW) == []
    assert store.has(sha)


def test_what_is_not_a_capture_is_left_alone(tmp_path):
    store = PendingStore(tmp_path / "evidence")
    captured(store, "old", days_ago=60)
    stranger = store.folder / "notes.txt"
    stranger.write_text("mine")
    moment = (NOW - dt.timedelta(days=90)).timestamp()
    os.utime(stranger, (moment, moment))
    prune_pending(store, set(), tmp_path / "recovery", now=NOW)
    assert stranger.exists()


def test_an_empty_or_missing_store_is_nothing_to_prune(tmp_path):
    assert prune_pending(EvidenceStore(tmp_path / "none"), set(), tmp_path / "r", now=NOW) == []
