"""The command line's help says what every option does, and a write into a missing folder
names the folder."""

from __future__ import annotations

import contextlib
import io

import pytest

from timeline_app.cli import _command_parser, main
from timeline_app.core.document import save_document


@pytest.mark.parametrize("command", ["extract", "tag", "export", "verify", "ingest"])
def test_every_option_of_every_command_has_help(command):
    parser = _command_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    for action in sub._actions:
        if action.dest != "help":
            assert action.help, f"{command} {'/'.join(action.option_strings) or action.dest}"


def test_export_into_a_missing_folder_names_the_folder(tmp_path, make_document):
    document = tmp_path / "doc.ctimeline"
    save_document(make_document(), document)
    missing = tmp_path / "no such folder"
    for out in ("out.csv", "out.json", "out.png"):
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr):
            status = main(["export", str(document), "-o", str(missing / out)])
        assert status != 0
        line = stderr.getvalue().strip()
        assert "\n" not in line and f"the folder {missing} does not exist" in line, line


def test_extract_into_a_missing_folder_names_the_folder(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nRussia invaded Crimea in 2014.", encoding="utf-8")
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = main(
            [
                "extract",
                str(article),
                "--published",
                "2022-01-18",
                "-o",
                str(tmp_path / "x" / "o.csv"),
            ]
        )
    assert status != 0 and f"the folder {tmp_path / 'x'} does not exist" in stderr.getvalue()
