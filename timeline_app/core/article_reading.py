"""The one way from an article to its events, for the command line and the window alike.

``read_article_file`` reads a .txt or .html file, ``read_pasted_text`` text from the clipboard,
into an ``ArticleReading``: the Article and where its publication date and title came from.
Each fact is taken from the first place that gives it:

- publication date: the date given by the caller (``--published``, the user), the JSON file of
  metadata beside the article (``NAME.json``, as in ``seeds/``), the page's metadata
  (``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``), then the head
  of the text (dateline, "Published ..." line, byline; see ``article_head``). A date without a
  year is never set on the Article: it is offered as a suggestion that says so.
- title: the metadata file, the page (og:title, JSON-LD headline, <title>, <h1>), the text's
  first line when it reads as a headline, the file name.

``extract_article`` reads the events with one source name rule, ``source_name``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from timeline_app.core.article_files import (
    MAX_ARTICLE_BYTES,
    ArticleError,
    article_id,
    decode_text,
    read_article_bytes,
    read_sidecar,
    valid_text,
)
from timeline_app.core.article_head import FoundDate, headline_in_text, publication_date_in_text
from timeline_app.core.events import Article, Event

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
_PASTED_TITLE_LIMIT = 160
# A reader of a page's story text (given the page's HTML), or None when it finds none.
PageText = Callable[[str], "str | None"]


@dataclass(frozen=True)
class ArticleReading:
    """An article as read, with where its facts came from.

    ``article.published`` is set only for a date read whole; ``date`` is that date's origin,
    or a suggestion whose year was assumed (``date.year_assumed``), or None.
    """

    article: Article
    date: FoundDate | None = None
    title_origin: str = ""  # "the page's og:title", "the first line of the text"

    @property
    def needs_date(self) -> bool:
        """Whether someone must still say when the article appeared."""
        return self.article.published is None

    def with_published(self, published: dt.date | None, origin: str = "") -> ArticleReading:
        """The reading with another publication date; ``origin`` says where it came from
        ("" for a date the user gave, which needs no explanation)."""
        date = FoundDate(published, origin) if published is not None and origin else None
        return replace(self, article=replace(self.article, published=published), date=date)


def read_article_file(
    path: str | Path,
    published: dt.date | None = None,
    *,
    today: dt.date | None = None,
    pipes: bool = False,
    page_text: PageText | None = None,
) -> ArticleReading:
    """The article in a .txt or .html file (by suffix, else by a look at its first bytes).

    ``published`` overrides every date the files give. Raises ArticleError naming the file.
    ``pipes``: a named pipe given by name on the command line is read, not refused.
    ``page_text`` is as for ``read_page``.
    """
    path = Path(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return read_text_file(path, published, today=today, pipes=pipes)
    raw = read_article_bytes(path, MAX_ARTICLE_BYTES, pipes=pipes)
    return read_article_data(raw, path, published, today=today, page_text=page_text)


def read_article_data(
    raw: bytes,
    path: str | Path,
    published: dt.date | None = None,
    *,
    today: dt.date | None = None,
    page_text: PageText | None = None,
) -> ArticleReading:
    """The article in ``raw``, the bytes of the file ``path`` (which names it in messages and
    finds the metadata file beside it): a page by suffix or by a look at them, else text.

    Callers that keep the bytes (a capture hashes them) read the file once, with this.
    ``page_text`` is as for ``read_page``.
    """
    path = Path(path)
    if path.suffix.lower() not in TEXT_SUFFIXES and (
        path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(raw)
    ):
        return read_page(
            raw, path.name, published, sidecar=_sidecar_of(path), today=today, page_text=page_text
        )
    return _reading_of_text(decode_text(raw, path.name), path, published, today)


def read_text(text: str, name: str, published: dt.date | None = None) -> ArticleReading:
    """The article in ``text`` that came from somewhere other than a file (a web address
    serving plain text); ``name`` is for messages and the title."""
    if not text.strip():
        raise ArticleError(f"{name}: there is no text")
    return _reading(text, name, published, ({}, ""), None)


def read_any_article(path: str | Path, published: dt.date | None = None) -> Article:
    """The Article of ``read_article_file``, for callers with no use for where facts came from."""
    return read_article_file(path, published).article


def read_html_article(raw: bytes | str, name: str) -> Article:
    """The Article of ``read_page``."""
    return read_page(raw, name).article


def read_text_file(
    path: str | Path,
    published: dt.date | None = None,
    *,
    today: dt.date | None = None,
    pipes: bool = False,
) -> ArticleReading:
    """The article in a text file, whatever its suffix."""
    path = Path(path)
    text = decode_text(read_article_bytes(path, MAX_ARTICLE_BYTES, pipes=pipes), path.name)
    return _reading_of_text(text, path, published, today)


def read_page(
    raw: bytes | str,
    name: str,
    published: dt.date | None = None,
    *,
    sidecar: tuple[dict, str] = ({}, ""),
    today: dt.date | None = None,
    page_text: PageText | None = None,
) -> ArticleReading:
    """The article in a web page (``name`` is its file's name, for messages and the title).

    ``page_text(html)`` gives the story's text by another reader (None or "" when it finds
    none); the page's own paragraphs are the text where it gives none.
    """
    from timeline_app.core.html_article import decode_html, read_html_page

    html = raw if isinstance(raw, str) else decode_html(raw, name)
    page = read_html_page(html, name)
    story = page_text(html) if page_text is not None else None
    if story and page.title and not story.startswith(page.title):
        # Trafilatura leaves the headline out; the text leads with it as a text file's does,
        # so that the headline's claim is read and shown with the story.
        story = f"{page.title}\n\n{story}"
    text = story or page.text
    return _reading(
        text,
        name,
        published,
        sidecar,
        today,
        page_title=(page.title, page.title_origin),
        page_date=page.published,
        late_date=page.published_elsewhere,
        publisher=page.publisher,
        url=page.url,
        language=page.language,
    )


def read_pasted_text(text: str, *, today: dt.date | None = None) -> ArticleReading:
    """Text from the clipboard: its headline (else its first line) and the date it gives."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ArticleError("the clipboard holds no text")
    reading = _reading(text, "", None, ({}, ""), today)
    if reading.article.title:
        return reading
    first = " ".join(next(line for line in text.split("\n") if line.strip()).split())
    if len(first) > _PASTED_TITLE_LIMIT:  # a paragraph pasted without its headline
        first = first[:_PASTED_TITLE_LIMIT].rsplit(" ", 1)[0] + "…"
    return replace(
        reading,
        article=replace(reading.article, title=first),
        title_origin="the first line of the text",
    )


def source_name(article: Article) -> str:
    """The name an event's source is given: the publisher, else the article's title (its
    headline, else its file name)."""
    return article.publisher or article.title


def extract_article(
    article: Article, extract: Callable[..., list[Event]] | None = None
) -> list[Event]:
    """The events of an article, read against its publication date."""
    if extract is None:
        from timeline_app.core.extraction import extract_events

        extract = extract_events
    return list(
        extract(
            article.text,
            article.published,
            source_id=article.id,
            source_name=source_name(article),
        )
    )


# --- putting the facts together -----------------------------------------------------------------


def _reading_of_text(
    text: str, path: Path, published: dt.date | None, today: dt.date | None
) -> ArticleReading:
    if not text.strip():  # as a web page without text is refused (html_article)
        raise ArticleError(f"{path.name}: the file holds no text")
    return _reading(text, path.name, published, _sidecar_of(path), today)


def _reading(
    text: str,
    name: str,
    published: dt.date | None,
    sidecar: tuple[dict, str],
    today: dt.date | None,
    *,
    page_title: tuple[str, str] = ("", ""),
    page_date: FoundDate | None = None,
    late_date: FoundDate | None = None,
    publisher: str = "",
    url: str = "",
    language: str = "",
) -> ArticleReading:
    meta, meta_name = sidecar
    date = _date(text, published, meta, meta_name, page_date, today, late_date)
    title, title_origin = _title(text, name, meta, meta_name, page_title)
    article = Article(
        id=article_id(text),
        title=valid_text(title),
        text=text,
        publisher=valid_text(" ".join(str(meta.get("publisher") or publisher).split())),
        url=valid_text(str(meta.get("url") or url).strip()),
        published=date.date if date is not None and not date.year_assumed else None,
        language=valid_text(str(meta.get("language") or language or "en")),
    )
    return ArticleReading(article, date, title_origin)


def _date(
    text: str,
    published: dt.date | None,
    meta: dict,
    meta_name: str,
    page_date: FoundDate | None,
    today: dt.date | None,
    late_date: FoundDate | None = None,
) -> FoundDate | None:
    if published is not None:
        return FoundDate(published, "the date given")
    if meta.get("published"):
        try:
            return FoundDate(
                dt.date.fromisoformat(meta["published"]), f"{meta_name} beside the article"
            )
        except (TypeError, ValueError):
            raise ArticleError(f'{meta_name}: "published" is not a date like 2022-01-18') from None
    found = page_date or publication_date_in_text(text, today)
    if late_date is not None and (found is None or found.year_assumed):
        return late_date
    return found


def _title(
    text: str, name: str, meta: dict, meta_name: str, page_title: tuple[str, str]
) -> tuple[str, str]:
    if meta.get("title"):
        return " ".join(str(meta["title"]).split()), f"{meta_name} beside the article"
    if page_title[0]:
        return page_title
    headline = headline_in_text(text)
    if headline:
        return headline, "the first line of the text"
    if name:
        return Path(name).stem.replace("-", " ").replace("_", " ").title(), "the file name"
    return "", ""


def _sidecar_of(path: Path) -> tuple[dict, str]:
    meta_path = path.with_suffix(".json")
    if meta_path == path:
        return {}, ""
    return read_sidecar(meta_path), meta_path.name


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head
