"""Article files: their bytes (bounded), their text encoding, their id, and the metadata
file beside them (``article.txt`` and ``article.json``: title, publisher, url, published,
language). ``article_reading`` puts these together into an article.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from timeline_app.core.bounded_read import read_bounded

MAX_ARTICLE_BYTES = 32 << 20  # far beyond any article; larger files are not articles
MAX_SIDECAR_BYTES = 1 << 20  # a few lines of metadata; more is not an article's metadata


class ArticleError(ValueError):
    """An article file that cannot be read; the message names the file."""


def decode_text(raw: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: the file claims UTF-16 but is not") from None
    if b"\x00" in raw[:4096]:
        raise ArticleError(f"{name}: this is a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` without lone surrogates (JSON may escape them: "\\ud800"), which no file can
    hold: saving or autosaving them would fail."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def read_article_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES, *, pipes: bool = False) -> bytes:
    """The bytes of an article file, refusing what cannot be one; ArticleError names it.
    ``pipes``: a named pipe is read (the command line's ``<(curl ...)``), not refused."""
    return read_bounded(path, limit, ArticleError, "an article file", pipes=pipes)


def article_id(text: str) -> str:
    """A stable id from the text, so the same article read twice is recognised."""
    return "a" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:11]


def read_sidecar(path: Path) -> dict:
    """The metadata in the JSON file beside an article ({} when there is none)."""
    if not path.exists():
        return {}
    raw = read_bounded(path, MAX_SIDECAR_BYTES, ArticleError, "an article's metadata file")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as error:  # RecursionError: nested too deep
        raise ArticleError(
            f"{path.name}: the article's metadata cannot be read ({error})"
        ) from None
    return data if isinstance(data, dict) else {}
