"""The custody log: every source of a document with its capture record and the file that
holds its captured bytes, as CSV (through pandas, as the events' CSV) or JSON.

One row per source, in the document's order:

=================  =========================================================================
``id``             The source's id in the document.
``title``          Its title, ``publisher``, ``url`` (the address read, after redirects) and
``publisher``      ``requested_url`` (the address asked for).
``url``
``requested_url``
``sha256``         Hex SHA-256 of the bytes as captured; empty for a source typed or pasted in.
``size``           Bytes captured.
``captured_at``    When, in UTC (ISO 8601).
``server_date``    The server's Date and Last-Modified headers, verbatim.
``last_modified``
``content_type``   As the server (or the file's kind) said.
``copy_of``        The id of the source this one copies (the same wire story), or empty.
``evidence_file``  The captured bytes, relative to the document's folder
                   (``war.ctimeline-evidence/ab/abcdef…``); check it with ``sha256sum``.
=================  =========================================================================
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

import pandas as pd

from timeline_app.core.atomic_files import write_atomically
from timeline_app.core.csv_format import neutralise
from timeline_app.core.events import Article
from timeline_app.core.evidence_store import evidence_folder_for, is_sha256

COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "publisher",
    "url",
    "requested_url",
    "sha256",
    "size",
    "captured_at",
    "server_date",
    "last_modified",
    "content_type",
    "copy_of",
    "evidence_file",
)


def evidence_file(article: Article, document_path: str | os.PathLike) -> str:
    """Where the article's captured bytes are, relative to the document's folder ("" when it
    was not captured)."""
    if not is_sha256(article.sha256):
        return ""
    folder = evidence_folder_for(document_path).name
    return f"{folder}/{article.sha256[:2]}/{article.sha256}"


def custody_rows(
    articles: Iterable[Article], document_path: str | os.PathLike
) -> list[dict[str, Any]]:
    """One dict per article with the ``COLUMNS`` (``size`` a number or None)."""
    return [
        {
            "id": a.id,
            "title": a.title,
            "publisher": a.publisher,
            "url": a.url,
            "requested_url": a.requested_url,
            "sha256": a.sha256,
            "size": a.size,
            "captured_at": a.captured_at,
            "server_date": a.server_date,
            "last_modified": a.last_modified,
            "content_type": a.content_type,
            "copy_of": a.copy_of,
            "evidence_file": evidence_file(a, document_path),
        }
        for a in articles
    ]


def export_custody_csv(
    articles: Iterable[Article],
    target: str | os.PathLike,
    document_path: str | os.PathLike,
    *,
    bom: bool = False,
    neutralise_formulas: bool = True,
) -> None:
    """Write the custody log as CSV (UTF-8, CRLF rows), atomically; OSError if it cannot be.

    Titles and addresses come from the web: a cell a spreadsheet would run as a formula is
    written with a leading apostrophe unless ``neutralise_formulas`` is off."""
    rows = custody_rows(articles, document_path)
    for row in rows:
        row["size"] = "" if row["size"] is None else str(row["size"])
        if neutralise_formulas:
            for column in COLUMNS:
                row[column] = neutralise(row[column])
    frame = pd.DataFrame(rows, columns=list(COLUMNS), dtype=object)
    text = frame.to_csv(index=False, lineterminator="\r\n").replace("\x00", "")
    encoding = "utf-8-sig" if bom else "utf-8"
    write_atomically(target, text.encode(encoding, errors="replace"))


def export_custody_json(
    articles: Iterable[Article], target: str | os.PathLike, document_path: str | os.PathLike
) -> None:
    """Write the custody log as a JSON list of objects with the ``COLUMNS``, atomically."""
    rows = custody_rows(articles, document_path)
    text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    write_atomically(target, text.encode("utf-8", errors="replace"))
