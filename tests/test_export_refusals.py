"""Exports refuse to replace a read-only file, and a full disk is named as such, with the
folder, once."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from timeline_app.cli import main
from timeline_app.core import atomic_files
from timeline_app.core.csv_format import export_csv
from timeline_app.core.document import save_document


def disk_full(monkeypatch) -> None:
    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_files.os, "fsync", fsync)


def test_an_export_over_a_read_only_file_is_refused(tmp_path, document, capsys):
    source = tmp_path / "war.ctimeline"
    save_document(document, source)
    out = tmp_path / "war.csv"
    out.write_text("kept as it is\n")
    out.chmod(stat.S_IRUSR)
    assert main(["export", str(source), "-o", str(out)]) != 0
    assert "read-only" in capsys.readouterr().err
    assert out.read_text() == "kept as it is\n"


def test_a_read_only_file_is_not_replaced_by_any_writer(tmp_path, document):
    out = tmp_path / "war.csv"
    out.write_text("kept as it is\n")
    out.chmod(stat.S_IRUSR)
    with pytest.raises(PermissionError, match="read-only"):
        export_csv(document.events, out)
    assert out.read_text() == "kept as it is\n"


def test_a_full_disk_is_named_with_its_folder(tmp_path, document, monkeypatch):
    out = tmp_path / "war.csv"
    out.write_text("the previous export\n")
    disk_full(monkeypatch)
    with pytest.raises(OSError) as caught:
        export_csv(document.events, out)
    assert caught.value.strerror == f"No space left on device in {tmp_path.resolve()}"
    assert out.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["war.csv"]


def test_a_png_export_to_a_full_disk_says_so_once(tmp_path, document, monkeypatch, capsys, qapp):
    source = tmp_path / "war.ctimeline"
    save_document(document, source)
    disk_full(monkeypatch)
    out = tmp_path / "war.png"
    assert main(["export", str(source), "-o", str(out), "--format", "png"]) != 0
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "No space left on device" in line and str(tmp_path.resolve()) in line
    assert line.count("war.png") == 1
    assert "libpng" not in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["war.ctimeline"]
