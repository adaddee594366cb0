"""Capturing sources: articles read from files, folders, saved pages, feeds and web addresses,
each with its custody record (the bytes as received, their SHA-256, when and from where).

- A file: ``.txt``, ``.html``/``.htm``, ``.mhtml``/``.mht`` (with the ``NAME.json`` of
  metadata beside it, as the app reads articles), or a feed (``.rss``, ``.atom``, ``.xml``).
- A folder: its articles, recursively, in name order; hidden files, metadata files, feeds and
  anything else that is not an article are skipped.
- A feed (a file, or an address serving one): each entry's link is fetched as a page; the
  entry's date is the article's publication date only when the article gives none.
- A web address: fetched (``http_fetch``); a page, plain text or a feed.

A page's story text is read by trafilatura (``page_text``); its title, date and publisher by
the app's own readers (``html_article``, ``article_head``), which say where each came from.

``resolve_input`` turns one input into the articles it holds without reading them
(``SourceSpec``: small, picklable, for worker processes), ``capture_source`` captures one.

The window's other ways in keep their custody record too: ``capture_article_file`` for an
article opened, imported or dropped (read as those always read it: a page's own paragraphs,
not trafilatura's choice, so an article opened reads as it always did), ``capture_pasted``
for a pasted one, whose capture is the text as pasted, in UTF-8, from ``clipboard:``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from timeline_app.core.article_files import (
    ArticleError,
    decode_text,
    read_article_bytes,
    read_sidecar,
    valid_text,
)
from timeline_app.core.article_head import FoundDate
from timeline_app.core.article_reading import (
    ARTICLE_SUFFIXES,
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    read_article_data,
    read_page,
    read_pasted_text,
    read_text,
)
from timeline_app.core.capture_error import CaptureError
from timeline_app.core.events import Article
from timeline_app.core.feed_entries import FEED_SUFFIXES, FeedEntry, looks_like_feed, read_feed
from timeline_app.core.html_article import decode_html
from timeline_app.core.http_fetch import Fetched, check_web_address, fetch, new_client, utc_now
from timeline_app.core.mhtml_page import MHTML_SUFFIXES, read_mhtml
from timeline_app.core.page_text import main_text

__all__ = [
    "CaptureError",
    "Captured",
    "Input",
    "PASTED_ADDRESS",
    "SourceSpec",
    "capture_article_file",
    "capture_pasted",
    "capture_path",
    "capture_source",
    "capture_url",
    "expand",
    "is_web_address",
    "resolve_input",
]

CAPTURED_SUFFIXES = ARTICLE_SUFFIXES + MHTML_SUFFIXES
_MEDIA_TYPE_OF_SUFFIX = {
    **dict.fromkeys(TEXT_SUFFIXES, "text/plain"),
    **dict.fromkeys(HTML_SUFFIXES, "text/html"),
    **dict.fromkeys(MHTML_SUFFIXES, "multipart/related"),
}
# Where a pasted article was captured from: no path, no address of the web, just the
# clipboard (RFC 3986's form of a scheme with nothing after it).
PASTED_ADDRESS = "clipboard:"
PASTED_MEDIA_TYPE = "text/plain; charset=utf-8"
_HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")
_MHTML_MEDIA_TYPES = ("multipart/related", "message/rfc822", "application/x-mimearchive")


@dataclass(frozen=True)
class Captured:
    """An article as captured: its custody fields filled in, and the bytes it was read from.

    ``date`` says where the publication date came from (or, with ``date.year_assumed``, the
    suggestion a person must confirm: then ``article.published`` is None); ``title_origin``
    where the title came from.
    """

    article: Article
    raw: bytes
    date: FoundDate | None = None
    title_origin: str = ""


@dataclass(frozen=True)
class SourceSpec:
    """One article to capture: a file or a web address, with the date its feed gave it.

    ``fetched`` holds the answer when the address was already fetched (to tell a page from a
    feed), so it is not fetched twice.
    """

    location: str
    fallback_date: dt.date | None = None
    fallback_origin: str = ""
    fetched: Fetched | None = None

    @property
    def is_web(self) -> bool:
        return is_web_address(self.location)


def is_web_address(text: str) -> bool:
    """Whether ``text`` is given as a web address rather than a file's path."""
    scheme, separator, _ = text.strip().partition("://")
    # "C:\\news" is a Windows path; "file:///x" an address (refused when fetched).
    return bool(separator) and len(scheme) > 1 and scheme.replace("+", "").isalnum()


# --- inputs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    """One input as given (a file, a folder, a feed, a web address) and the articles in it,
    counted but not yet read; ``sources()`` walks a folder again rather than keeping it."""

    name: str
    count: int
    _folder: Path | None = None
    _specs: tuple[SourceSpec, ...] = ()
    problems: tuple[str, ...] = ()  # feed entries that cannot be captured (no link)

    def sources(self) -> Iterator[SourceSpec]:
        if self._folder is not None:
            for path in _articles_in(self._folder):
                yield SourceSpec(str(path))
        else:
            yield from self._specs


def resolve_input(spec: str, client: httpx.Client | None = None) -> Input:
    """What ``spec`` holds, or CaptureError when it is not something articles are read from.

    A web address is fetched here (to tell a feed from a page); a page is kept as fetched.
    """
    if is_web_address(spec):
        fetched = fetch(spec, client)
        if looks_like_feed(fetched.raw, fetched.media_type):
            return _feed_input(spec, read_feed(fetched.raw, spec, fetched.url))
        return Input(spec, 1, _specs=(SourceSpec(spec, fetched=fetched),))
    path = Path(spec)
    if path.is_dir():
        return Input(spec, sum(1 for _ in _articles_in(path)), _folder=path)
    if not path.exists():
        raise CaptureError(f"{spec}: there is no such file or folder (was it moved or deleted?)")
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES or suffix not in CAPTURED_SUFFIXES:
        raw = _read_file(path)
        if looks_like_feed(raw):
            return _feed_input(path.name, read_feed(raw, path.name))
        if suffix in FEED_SUFFIXES:
            raise CaptureError(f"{path.name}: this is not an RSS or Atom feed")
    if suffix == ".json":
        raise CaptureError(
            f"{path.name}: this is an article's metadata file; give the article beside it"
        )
    if suffix == ".ctimeline":
        raise CaptureError(f"{path.name}: this is a timeline document, not an article")
    return Input(spec, 1, _specs=(SourceSpec(str(path)),))


def expand(specs: list[str], client: httpx.Client | None = None) -> list[str]:
    """The articles the inputs hold, each as a file's path or a web address (a folder gives
    its articles, a feed its entries' links). CaptureError for an input that holds none."""
    with _client(client) as http:
        return [s.location for spec in specs for s in resolve_input(spec, http).sources()]


def _feed_input(name: str, entries: list[FeedEntry]) -> Input:
    specs, problems = [], []
    for number, entry in enumerate(entries, start=1):
        title = f" (“{entry.title}”)" if entry.title else ""
        if not entry.link:
            problems.append(f"{name}: entry {number}{title} has no link to an article")
            continue
        # A feed names web pages: a link to a file of this machine is never read.
        if urlsplit(entry.link).scheme.lower() not in ("http", "https"):
            problems.append(
                f"{name}: entry {number}{title} links to “{entry.link}”, not a web address"
            )
            continue
        specs.append(SourceSpec(entry.link, entry.published, entry.date_origin))
    return Input(name, len(specs), _specs=tuple(specs), problems=tuple(problems))


def _articles_in(folder: Path) -> Iterator[Path]:
    """The article files under ``folder``, recursively, in name order (folders in place)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # .git, .DS_Store, a document's evidence store
        if entry.is_dir(follow_symlinks=False):
            yield from _articles_in(Path(entry.path))
        elif entry.is_file() and Path(entry.name).suffix.lower() in CAPTURED_SUFFIXES:
            yield Path(entry.path)


# --- capturing -------------------------------------------------------------------------------


def capture_path(path: str | Path, problems: list[CaptureError] | None = None) -> list[Captured]:
    """The articles of a file, a folder (recursively) or a feed file (its entries, fetched).

    With ``problems`` given, an article of a folder or feed that cannot be captured is added
    to it and the others are kept; otherwise the first such failure is raised.
    """
    return _capture_all(resolve_input(str(path)), problems, None)


def capture_url(
    url: str, client: httpx.Client | None = None, problems: list[CaptureError] | None = None
) -> list[Captured]:
    """The article at a web address, or the articles of the feed it serves."""
    check_web_address(url)
    with _client(client) as http:
        return _capture_all(resolve_input(url, http), problems, http)


def _capture_all(
    found: Input, problems: list[CaptureError] | None, client: httpx.Client | None
) -> list[Captured]:
    if problems is None and found.problems:
        raise CaptureError(found.problems[0])
    if problems is not None:
        problems.extend(CaptureError(p) for p in found.problems)
    captured = []
    with _client(client) as http:
        for spec in found.sources():
            try:
                captured.append(capture_source(spec, http))
            except CaptureError as error:
                if problems is None:
                    raise
                problems.append(error)
    return captured


def capture_source(spec: SourceSpec, client: httpx.Client | None = None) -> Captured:
    """The one article ``spec`` names, captured; CaptureError naming it when it cannot be."""
    try:
        if spec.is_web:
            captured = _capture_fetched(spec.fetched or fetch(spec.location, client))
        else:
            captured = _capture_file(Path(spec.location))
    except ArticleError as error:
        raise CaptureError(str(error)) from None
    return _with_fallback_date(captured, spec)


def _capture_file(path: Path) -> Captured:
    raw = _read_file(path)
    captured_at = utc_now()
    suffix = path.suffix.lower()
    if suffix in MHTML_SUFFIXES:
        page = read_mhtml(raw, path.name)
        meta_path = path.with_suffix(".json")
        meta = read_sidecar(meta_path)
        reading = read_page(
            decode_html(page.html, path.name, page.charset),
            path.name,
            sidecar=(meta, meta_path.name),
            page_text=main_text,
        )
        if page.url and not meta.get("url"):  # where the browser saved it from
            reading = replace(reading, article=replace(reading.article, url=page.url))
    else:
        if suffix in FEED_SUFFIXES or looks_like_feed(raw):
            raise CaptureError(f"{path.name}: this is a feed, not an article")
        reading = read_article_data(raw, path, page_text=main_text)
    article = _with_custody(
        reading.article,
        raw,
        captured_at,
        requested_url=path.resolve().as_uri(),
        content_type=_MEDIA_TYPE_OF_SUFFIX.get(suffix, ""),
    )
    return Captured(article, raw, reading.date, reading.title_origin)


def capture_article_file(
    path: str | Path, published: dt.date | None = None, *, pipes: bool = False
) -> Captured:
    """An article file opened, imported or dropped, read as ``read_article_file`` reads it
    (``published`` and ``pipes`` as there), with its custody record: the bytes as read, their
    SHA-256, size and media type, the time of capture and the file's ``file://`` address.
    ArticleError names a file that cannot be read."""
    path = Path(path)
    if path.suffix.lower() in MHTML_SUFFIXES:
        try:  # a page saved as MHTML reads as Import ▸ Sources reads it: there is no other
            captured = _capture_file(path)
        except CaptureError as error:
            raise ArticleError(str(error)) from None
        if published is None:
            return captured
        article = replace(captured.article, published=published)
        return replace(captured, article=article, date=FoundDate(published, "the date given"))
    raw = read_article_bytes(path, pipes=pipes)
    captured_at = utc_now()
    # The story's text as the window's Import reads it: a page's events must not depend on
    # whether it came in through the window or the command line.
    reading = read_article_data(raw, path, published, page_text=main_text)
    suffix = path.suffix.lower()
    media_type = _MEDIA_TYPE_OF_SUFFIX.get(suffix) or (
        "text/html" if _looks_like_html(raw) else "text/plain"
    )
    article = _with_custody(
        reading.article,
        raw,
        captured_at,
        requested_url=path.resolve().as_uri(),
        content_type=media_type,
    )
    return Captured(article, raw, reading.date, reading.title_origin)


def capture_pasted(text: str) -> Captured:
    """A pasted article, read as ``read_pasted_text`` reads it; its capture is the text as
    pasted, in UTF-8 (a lone surrogate, which UTF-8 cannot hold, as U+FFFD), from the
    address ``clipboard:``. ArticleError when the text is empty."""
    text = valid_text(text)  # the clipboard may hold half a surrogate pair; no file can
    raw = text.encode("utf-8")
    reading = read_pasted_text(text)
    article = _with_custody(
        reading.article,
        raw,
        utc_now(),
        requested_url=PASTED_ADDRESS,
        content_type=PASTED_MEDIA_TYPE,
    )
    return Captured(article, raw, reading.date, reading.title_origin)


def _capture_fetched(fetched: Fetched) -> Captured:
    name = fetched.url
    media_type = fetched.media_type
    raw = fetched.raw
    if looks_like_feed(raw, media_type):
        raise CaptureError(f"{fetched.requested_url}: this is a feed, not an article")
    if media_type in _MHTML_MEDIA_TYPES:
        page = read_mhtml(raw, name)
        html = decode_html(page.html, name, page.charset)
        reading = read_page(html, name, page_text=main_text)
    elif media_type in _HTML_MEDIA_TYPES or (
        media_type in ("", "application/octet-stream", "text/xml", "application/xml")
        and _looks_like_html(raw)
    ):
        html = decode_html(raw, name, fetched.charset)
        reading = read_page(html, name, page_text=main_text)
    elif media_type == "text/plain" or (not media_type and not _looks_like_html(raw)):
        reading = read_text(_decode_plain(raw, name, fetched.charset), _name_of(fetched.url))
    else:
        raise CaptureError(f"{fetched.requested_url}: this is {media_type}, not a web page or text")
    article = _with_custody(
        # The address read from: the page's own idea of its address (og:url) may be another.
        replace(reading.article, url=fetched.url),
        raw,
        fetched.captured_at,
        requested_url=fetched.requested_url,
        server_date=fetched.server_date,
        last_modified=fetched.last_modified,
        content_type=fetched.content_type,
    )
    return Captured(article, raw, reading.date, reading.title_origin)


def _with_custody(
    article: Article,
    raw: bytes,
    captured_at: str,
    *,
    requested_url: str,
    content_type: str,
    server_date: str = "",
    last_modified: str = "",
) -> Article:
    return replace(
        article,
        sha256=hashlib.sha256(raw).hexdigest(),
        captured_at=captured_at,
        size=len(raw),
        requested_url=requested_url,
        content_type=content_type,
        server_date=server_date,
        last_modified=last_modified,
    )


def _with_fallback_date(captured: Captured, spec: SourceSpec) -> Captured:
    """The feed's date for an article that gives none whole (a dateline without a year)."""
    if captured.article.published is not None or spec.fallback_date is None:
        return captured
    return replace(
        captured,
        article=replace(captured.article, published=spec.fallback_date),
        date=FoundDate(spec.fallback_date, spec.fallback_origin or "the feed's entry"),
    )


# --- small readers ---------------------------------------------------------------------------


def _read_file(path: Path) -> bytes:
    try:
        return read_article_bytes(path)
    except ArticleError as error:
        raise CaptureError(str(error)) from None


def _decode_plain(raw: bytes, name: str, charset: str) -> str:
    if charset and not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(raw, name)


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head


def _name_of(url: str) -> str:
    """A name for messages and a last-resort title: the address's last path segment."""
    parts = urlsplit(url)
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return segment or parts.hostname or url


def _client(given: httpx.Client | None) -> contextlib.AbstractContextManager[httpx.Client]:
    """The given client (left open), or a new one closed on leaving."""
    return contextlib.nullcontext(given) if given is not None else new_client()
