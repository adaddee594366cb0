"""Reading an article from a file: its text and what is known about it (title, date...).

Metadata sits in a JSON file beside the text with the same stem (``article.txt`` and
``article.json``: title, publisher, url, published, language).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

from timeline_app.core.bounded_read import read_bounded
from timeline_app.core.events import Article

MAX_ARTICLE_BYTES = 32 << 20  # far beyond any article; larger files are not articles


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


def read_article(path: str | Path, published: dt.date | None = None) -> Article:
    """The article in a text file; ``published`` overrides the date of its metadata."""
    path = Path(path)
    text = decode_text(read_article_bytes(path, MAX_ARTICLE_BYTES), path.name)
    if not text.strip():  # as a web page without text is refused (html_article)
        raise ArticleError(f"{path.name}: the file holds no text")
    meta = _read_metadata(path.with_suffix(".json"))
    if published is None and meta.get("published"):
        try:
            published = dt.date.fromisoformat(meta["published"])
        except (TypeError, ValueError):
            raise ArticleError(
                f'{path.with_suffix(".json").name}: "published" is not a date like 2022-01-18'
            ) from None
    return Article(
        id=article_id(text),
        title=valid_text(
            str(meta.get("title") or path.stem.replace("-", " ").replace("_", " ").title())
        ),
        text=text,
        publisher=valid_text(str(meta.get("publisher") or "")),
        url=valid_text(str(meta.get("url") or "")),
        published=published,
        language=valid_text(str(meta.get("language") or "en")),
    )


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` without lone surrogates (JSON may escape them: "\\ud800"), which no file can
    hold: saving or autosaving them would fail."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def read_article_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of an article file, refusing what cannot be one; ArticleError names it."""
    return read_bounded(path, limit, ArticleError, "an article file")


def article_id(text: str) -> str:
    """A stable id from the text, so the same article read twice is recognised."""
    return "a" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:11]


def _read_metadata(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError) as error:  # RecursionError: nested too deep
        raise ArticleError(
            f"{path.name}: the article's metadata cannot be read ({error})"
        ) from None
    return data if isinstance(data, dict) else {}
