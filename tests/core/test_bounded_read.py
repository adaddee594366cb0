"""Files that are not regular files (named pipes, devices) are refused before they are read,
by every reader: a named pipe nobody writes to would block the reader forever, a device such
as /dev/zero never ends. Each reader runs in a child process with a generous timeout, so a
reader that blocks fails the test instead of hanging the suite."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
needs_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")


def run_child(code: str) -> str:
    """What the child printed; a child that blocks is killed after 60 s and fails the test."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the reader blocked")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


READERS = {
    "document": (
        "timeline_app.core.document",
        "load_document",
        "DocumentError",
        "story.ctimeline",
        "a timeline document",
    ),
    "csv": (
        "timeline_app.core.csv_format",
        "import_csv",
        "CsvError",
        "story.csv",
        "a CSV file of events",
    ),
    "sheet": (
        "timeline_app.core.sheet_import",
        "import_sheet",
        "CsvError",
        "story.csv",
        "a CSV file of events",
    ),
    "article": (
        "timeline_app.core.article_reading",
        "read_any_article",
        "ArticleError",
        "story.txt",
        "an article file",
    ),
}


@needs_fifo
@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_named_pipe_is_refused_not_waited_on(tmp_path, reader):
    module, function, error, name, kind = READERS[reader]
    os.mkfifo(tmp_path / name)
    said = run_child(
        f"""
        from {module} import {function}, {error}
        try:
            {function}({str(tmp_path / name)!r})
        except {error} as problem:
            print(problem)
        """
    )
    assert said == f"{tmp_path / name}: this is a named pipe, not {kind}"


@needs_fifo
def test_an_article_s_metadata_file_that_is_a_named_pipe_is_refused(tmp_path):
    (tmp_path / "story.txt").write_text("Talks began on 3 March 2022.", encoding="utf-8")
    os.mkfifo(tmp_path / "story.json")
    said = run_child(
        f"""
        from timeline_app.core.article_reading import read_any_article
        from timeline_app.core.article_files import ArticleError
        try:
            read_any_article({str(tmp_path / "story.txt")!r})
        except ArticleError as problem:
            print(problem)
        """
    )
    assert (
        said == f"{tmp_path / 'story.json'}: this is a named pipe, not an article's metadata file"
    )


@needs_zero
def test_an_article_s_metadata_file_that_is_a_device_is_refused_unread(tmp_path):
    from timeline_app.core.article_files import ArticleError
    from timeline_app.core.article_reading import read_any_article

    (tmp_path / "story.txt").write_text("Talks began on 3 March 2022.", encoding="utf-8")
    (tmp_path / "story.json").symlink_to("/dev/zero")  # read whole, it would fill the memory
    with pytest.raises(ArticleError, match=r"story\.json: this is a device, not an article's"):
        read_any_article(tmp_path / "story.txt")


def test_an_article_s_metadata_file_is_read_only_up_to_a_limit(tmp_path):
    from timeline_app.core.article_files import MAX_SIDECAR_BYTES, ArticleError
    from timeline_app.core.article_reading import read_any_article

    (tmp_path / "story.txt").write_text("Talks began on 3 March 2022.", encoding="utf-8")
    with (tmp_path / "story.json").open("wb") as stream:  # sparse: nothing on disk
        stream.truncate(MAX_SIDECAR_BYTES + 1)
    with pytest.raises(
        ArticleError, match=r"^story\.json: the file is 1.1 MiB, larger than the 1 MiB limit"
    ):
        read_any_article(tmp_path / "story.txt")


@needs_fifo
def test_a_named_pipe_swapped_in_after_the_look_is_refused_without_blocking(tmp_path):
    """Between the look (stat) and the open, a regular file may be replaced by a pipe: the open
    itself must not block, and what was opened is looked at again."""
    regular = tmp_path / "regular.txt"
    regular.write_text("Talks began.", encoding="utf-8")
    pipe = tmp_path / "story.txt"
    os.mkfifo(pipe)
    said = run_child(
        f"""
        import os
        from pathlib import Path
        from timeline_app.core import bounded_read
        real_stat = os.stat
        # The look sees the regular file; the open then finds the pipe.
        bounded_read.os.stat = lambda path, *a, **k: real_stat({str(regular)!r})
        try:
            bounded_read.read_bounded(Path({str(pipe)!r}), 1000, ValueError, "an article file")
        except ValueError as problem:
            print(problem)
        """
    )
    assert said == f"{pipe}: this is a named pipe, not an article file"
