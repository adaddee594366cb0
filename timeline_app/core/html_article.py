"""Reading a news article saved as a web page: its readable text and what the page says about it.

The page is read by libxml2's HTML parser (through lxml), which forgives what real pages get
wrong as browsers do and takes time in proportion to the page: the standard library's
``html.parser`` needs minutes for 100 KB of unclosed ``<a `` tags. It hands over the tags as
events, balanced (every end tag closes an element it opened), and no tree is built. The text
keeps paragraphs and headings as paragraphs separated by blank lines; navigation, scripts,
forms and the like are left out. When the page marks its story with ``<article>`` (or
``<main>``), only that is kept.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from dateutil import parser as dateutil_parser
from lxml import etree

from timeline_app.core.article_files import ArticleError, decode_text, valid_text
from timeline_app.core.article_head import FoundDate


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


# Content a reader never sees as part of the story.
_DROPPED = _tags(
    "script style nav header footer aside form noscript svg template iframe button select "
    "textarea object canvas"
)
# Elements that end a paragraph where they open and where they close.
_BLOCKS = _tags(
    "p h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote div section article main pre table tr td "
    "th figure figcaption address hr body html title"
)
# Deeper than any real page nests (browsers stop nesting at 512): the parser looks through the
# open elements for each end tag, so a page of tags left open then closed stray would take it
# time that grows with the square of the page.
MAX_DEPTH = 1024
_VOID = _tags("area base br col embed hr img input link meta source track wbr")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _codec_names(labels: str) -> frozenset[str]:
    names = set()
    for label in labels.split():
        with contextlib.suppress(LookupError):  # not every Python build has every codec
            names.add(codecs.lookup(label).name)
    return frozenset(names)


# The charsets of the WHATWG Encoding Standard that a page written in ASCII markup may declare
# (UTF-16 so declared is UTF-8 there, and UTF-7 is refused by browsers).
_WEB_CHARSETS = _codec_names(
    "utf-8 ibm866 iso-8859-2 iso-8859-3 iso-8859-4 iso-8859-5 iso-8859-6 iso-8859-7 "
    "iso-8859-8 iso-8859-10 iso-8859-13 iso-8859-14 iso-8859-15 iso-8859-16 koi8-r koi8-u "
    "mac-roman mac-cyrillic cp874 tis-620 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 "
    "cp1257 cp1258 gbk gb2312 gb18030 big5 big5hkscs euc-jp iso-2022-jp shift_jis euc-kr"
)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


@dataclass
class _Paragraph:
    text: str
    article: int | None  # which <article> element it sits in (innermost), if any
    in_main: bool


@dataclass
class _Page:
    """What one pass over the page collected."""

    paragraphs: list[_Paragraph] = field(default_factory=list)
    title: str = ""
    first_h1: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased name/property -> content
    canonical: str = ""
    json_ld: list[Any] = field(default_factory=list)
    times: list[tuple[str, bool]] = field(default_factory=list)  # (datetime, inside <article>)


def _str(value: str | bytes | None) -> str:
    """lxml hands over text as str; its types also allow bytes."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value or ""


class _TooDeep(Exception):
    """Raised from inside the parser to stop it (see MAX_DEPTH)."""


class _Collector:
    """The target of lxml's parser: ``start``, ``end``, ``data`` and ``close`` are its events."""

    def __init__(self) -> None:
        self.page = _Page()
        self._open: list[str] = []
        self._open_count: Counter[str] = Counter()  # how many of each tag are open
        self._dropped = 0  # depth inside dropped elements
        self._articles: list[int] = []  # the stack of open <article> numbers
        self._article_count = 0
        self._main = 0
        self._lines: list[str] = []  # lines of the paragraph being read (split by <br>)
        self._words: list[str] = []
        self._in_title = False
        self._title_parts: list[str] = []
        self._in_h1 = False
        self._h1_parts: list[str] = []
        self._json_ld: list[str] | None = None

    # --- tags ---------------------------------------------------------------------------------

    def start(self, name: str | bytes, attrs: dict[str | bytes, str | bytes]) -> None:
        tag = _str(name).lower()
        values = {_str(key).lower(): _str(value) for key, value in attrs.items()}
        if tag == "meta":
            self._meta(values)
            return
        if tag == "link":
            if "canonical" in values.get("rel", "").lower().split() and values.get("href"):
                self.page.canonical = values["href"].strip()
            return
        if values.get("itemprop", "").strip().lower() == "datepublished":
            # <span itemprop="datePublished" content="..."> as well as <meta>
            stamp = (values.get("content") or values.get("datetime") or "").strip()
            if stamp:
                self.page.meta.setdefault("datepublished", stamp)
        if tag == "time" and values.get("datetime"):
            self.page.times.append((values["datetime"].strip(), bool(self._articles)))
        if tag == "script" and values.get("type", "").lower().strip() == "application/ld+json":
            self._json_ld = []
        if tag == "br":
            self._break_line()
            return
        if tag in _VOID:
            return
        if len(self._open) >= MAX_DEPTH:
            raise _TooDeep
        self._open.append(tag)
        self._open_count[tag] += 1
        if tag in _DROPPED:
            self._dropped += 1
            return
        if tag in _BLOCKS:
            self._end_paragraph()
        if tag == "article":
            self._article_count += 1
            self._articles.append(self._article_count)
        elif tag == "main":
            self._main += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "h1" and not self.page.first_h1:
            self._in_h1 = True

    def end(self, name: str | bytes) -> None:
        tag = _str(name).lower()
        if tag in _VOID or not self._open_count[tag]:
            return  # the parser balances tags; this is only a safeguard
        # Close everything opened after the matching start tag (unclosed <p>, <li>...).
        while self._open:
            closed = self._open.pop()
            self._open_count[closed] -= 1
            self._close(closed)
            if closed == tag:
                break

    def _close(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropped -= 1
            if tag == "script" and self._json_ld is not None:
                self._keep_json_ld("".join(self._json_ld))
                self._json_ld = None
            return
        if self._dropped:
            return
        if tag in _BLOCKS:
            self._end_paragraph()
        if tag == "article" and self._articles:
            self._articles.pop()
        elif tag == "main":
            self._main -= 1
        elif tag == "title":
            self._in_title = False
            self.page.title = " ".join("".join(self._title_parts).split())
        elif tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.page.first_h1 = " ".join("".join(self._h1_parts).split())

    # --- text ---------------------------------------------------------------------------------

    def data(self, text: str | bytes) -> None:
        data = _str(text)
        if self._json_ld is not None:
            self._json_ld.append(data)
            return
        if self._dropped:
            return
        if self._in_title:
            self._title_parts.append(data)
            return  # the <title> is metadata, not the story
        if self._in_h1:
            self._h1_parts.append(data)
        self._words.append(data)

    def comment(self, text: str | bytes) -> None:
        pass  # comments are not the story

    def close(self) -> None:
        while self._open:  # a page cut short: what it opened ends with it
            self.end(self._open[-1])
        self._end_paragraph()

    def _break_line(self) -> None:
        line = " ".join("".join(self._words).split())
        self._words = []
        if line:
            self._lines.append(line)

    def _end_paragraph(self) -> None:
        self._break_line()
        if self._lines:
            self.page.paragraphs.append(
                _Paragraph(
                    "\n".join(self._lines),
                    self._articles[-1] if self._articles else None,
                    self._main > 0,
                )
            )
        self._lines = []

    # --- metadata -----------------------------------------------------------------------------

    def _meta(self, values: dict[str, str]) -> None:
        content = values.get("content", "").strip()
        if not content:
            return
        for key in ("property", "name", "itemprop"):
            name = values.get(key, "").strip().lower()
            if name:
                self.page.meta.setdefault(name, content)

    def _keep_json_ld(self, text: str) -> None:
        # Broken structured data is common; the other metadata still counts.
        with contextlib.suppress(ValueError, RecursionError):  # RecursionError: nested deep
            self.page.json_ld.append(json.loads(text))


# --- the page ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HtmlPage:
    """What a web page says about its story, each with the place it was read from."""

    text: str
    title: str  # "" when the page names none
    title_origin: str  # "the page's og:title"
    publisher: str
    url: str
    published: FoundDate | None
    # htmldate's reading of the address or the markup: taken after the text's own dateline.
    published_elsewhere: FoundDate | None
    language: str


def read_html_page(raw: bytes | str, name: str) -> HtmlPage:
    """The story's text and the page's metadata (ArticleError when there is no text)."""
    html = raw if isinstance(raw, str) else decode_html(raw, name)
    try:
        page = _collect(html)
    except _TooDeep:
        raise ArticleError(
            f"{name}: the page nests its elements more than {MAX_DEPTH} deep, "
            "which no news page does"
        ) from None
    text = "\n\n".join(p.text for p in _story_paragraphs(page.paragraphs))
    if not text.strip():
        raise ArticleError(f"{name}: the page has no readable text")
    ld = _json_ld_article(page.json_ld)
    meta = page.meta
    publisher = (
        meta.get("og:site_name")
        or _ld_name(ld.get("publisher"))
        or _plain(meta.get("publisher"))
        or _plain(meta.get("article:publisher"))
        or meta.get("application-name", "")
    )
    author = _plain(meta.get("author")) or _ld_authors(ld.get("author"))
    published = _published(page, ld)
    title, title_origin = next(
        (
            (" ".join(value.split()), origin)
            for value, origin in (
                (_trimmed(meta.get("og:title"), publisher, author), "the page's og:title"),
                (
                    _trimmed(meta.get("twitter:title"), publisher, author),
                    "the page's twitter:title",
                ),
                (_ld_text(ld.get("headline")), "the page's structured data (headline)"),
                (_trim_site(page.title, publisher, author), "the page's <title>"),
                (page.first_h1, "the page's <h1>"),
            )
            if value and value.strip()
        ),
        ("", ""),
    )
    # A page's address is a web address; og:url=file:///etc/passwd is none.
    addresses = (meta.get("og:url") or "", page.canonical, _ld_url(ld))
    url = next((u.strip() for u in addresses if _is_web(u)), "")
    return HtmlPage(
        text=text,
        # JSON-LD may escape lone surrogates; the page's own text cannot hold them.
        title=valid_text(title),
        title_origin=title_origin,
        publisher=valid_text(" ".join(publisher.split())),
        url=valid_text(url.strip()),
        published=published,
        published_elsewhere=None if published else _found_by_htmldate(html, url.strip()),
        language=_language(html),
    )


_PIECE = 1 << 16


def _collect(html: str) -> _Page:
    collector = _Collector()
    # Handed over as UTF-8, the page's own charset declaration having been read already.
    parser = etree.HTMLParser(
        target=collector,
        encoding="utf-8",
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
    )
    data = html.encode("utf-8", errors="replace")
    try:
        # In pieces, so that a page nested too deep is given up early (_TooDeep).
        for start in range(0, len(data), _PIECE):
            parser.feed(data[start : start + _PIECE])
        parser.close()
    except etree.LxmlError:
        collector.close()  # "document is empty" and the like: what was read still counts
    return collector.page


def decode_html(raw: bytes, name: str, charset: str = "") -> str:
    """The page's text in the charset its <meta> declares, else as article files are read.

    ``charset`` is the one the server's Content-Type header (or an MHTML part) declares: as in
    browsers, a byte-order mark overrides it and it overrides the page's <meta>.
    """
    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(raw, name)
    match = _CHARSET.search(raw[:4096])
    codec = _text_codec(charset) if charset else None
    if codec is None and match:
        codec = _text_codec(match.group(1).decode("ascii"))
    if codec is not None:
        with contextlib.suppress(ValueError):  # UnicodeError, from a codec that still fails
            return raw.decode(codec, errors="replace")
    return decode_text(raw, name)


def _text_codec(declared: str) -> str | None:
    """The codec to decode a page declaring ``declared`` with, or None to guess instead.

    Python's codec registry also holds codecs that are no charset at all (idna, punycode,
    rot13, base64, undefined, which fails on everything, raw-unicode-escape): a page's
    declaration is followed only when it names one of the charsets browsers accept."""
    try:
        name = codecs.lookup(declared).name
    except (LookupError, ValueError, TypeError):
        return None
    # Pages declaring Latin-1 are in fact Windows-1252 (the WHATWG rule browsers follow).
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return name if name in _WEB_CHARSETS else None


def _story_paragraphs(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """The paragraphs of the page's main <article> (the one with most text), else <main>."""
    sizes: dict[int, int] = {}
    for paragraph in paragraphs:
        if paragraph.article is not None:
            sizes[paragraph.article] = sizes.get(paragraph.article, 0) + len(paragraph.text)
    if sizes:
        best = max(sizes, key=sizes.__getitem__)
        return [p for p in paragraphs if p.article == best]
    in_main = [p for p in paragraphs if p.in_main]
    return in_main or paragraphs


def _trim_site(title: str, publisher: str, author: str = "", *, any_tail: bool = True) -> str:
    """ "Talks fail | The Daily News" -> "Talks fail" when the tail is the site's name, its
    name with a section ("Telegraph.co.uk" for "- Telegraph", "TIME.com" for "- TIME
    NewsFeed") or the byline; any tail when the page names no publisher and ``any_tail``."""
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if not (found and head):
            continue
        if (not publisher and any_tail) or _names_site(tail, publisher) or _names(tail, author):
            return head.strip()
    return title


def _trimmed(title: str | None, publisher: str, author: str) -> str | None:
    """A social title without the site's name or byline; these name the story, so a tail is
    dropped only when it is one of those."""
    return title and _trim_site(title, publisher, author, any_tail=False)


def _names_site(tail: str, publisher: str) -> bool:
    tail, publisher = tail.strip().casefold(), publisher.strip().casefold()
    if not tail or not publisher:
        return False
    if tail == publisher:
        return True
    # The site's own name without its domain ("telegraph" of "telegraph.co.uk").
    core = re.sub(r"\.(com|co\.uk|org|net|co|[a-z]{2})(\.[a-z]{2})?$", "", publisher)
    first = tail.split()[0]
    return len(core) > 2 and (first == core or tail == core)


def _names(tail: str, author: str) -> bool:
    """ "Jo Smith and Ann Lee" names the authors "Jo Smith; Ann Lee"."""

    def people(text: str) -> set[str]:
        return {p.strip().casefold() for p in re.split(r";|,| and | & ", text) if p.strip()}

    return bool(author.strip()) and people(tail) == people(author)


def _is_web(url: str) -> bool:
    try:
        return urlsplit(url.strip()).scheme.lower() in ("http", "https")
    except ValueError:  # "http://[" and the like
        return False


def _plain(value: str | None) -> str:
    """A metadata value unless it is a web address (``article:publisher`` often is)."""
    return "" if not value or value.startswith(("http://", "https://")) else value


def _language(html: str) -> str:
    match = re.search(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})", html[:4096], re.I)
    return match.group(1).lower() if match else "en"


# --- dates -------------------------------------------------------------------------------------

_DATE_META = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)

_META_NAMES = {"datepublished": "datePublished"}  # itemprop names are camel case


def _published(page: _Page, ld: dict[str, Any]) -> FoundDate | None:
    meta = page.meta
    candidates = [
        (meta.get("article:published_time"), "the page's article:published_time"),
        (_ld_text(ld.get("datePublished")), "the page's structured data (datePublished)"),
    ]
    candidates += [
        (meta.get(name), f"the page's {_META_NAMES.get(name, name)} metadata")
        for name in _DATE_META[1:]
    ]
    # A <time> in the story is the dateline; one elsewhere may belong to a teaser.
    candidates += [
        (value, f'the story\'s <time datetime="{value}">')
        for value, in_article in page.times
        if in_article
    ]
    candidates += [(value, f'the page\'s <time datetime="{value}">') for value, _ in page.times]
    candidates.append((_ld_text(ld.get("dateCreated")), "the page's structured data (dateCreated)"))
    for value, origin in candidates:
        date = _parse_date(value)
        if date is not None:
            return FoundDate(date, origin)
    return None


def _found_by_htmldate(html: str, url: str) -> FoundDate | None:
    """The date htmldate reads in the page's address or markup where the page names no
    publication date our way: many older news pages give it only in their address
    (".../2010/08/13/story/") or in markup of their own. Its quick search only; the extensive
    one guesses from any date in the text and can take seconds on a long page."""
    if "<" not in html:  # htmldate would take a bare web address for one to download
        return None
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True, url=url or None)
        date = dt.date.fromisoformat(found) if found else None
    except Exception:  # noqa: BLE001 - a heuristic on a hostile page: no date, never a crash
        return None
    if date is None:
        return None
    in_address = bool(url) and any(
        form in url for form in (f"{date:%Y/%m/%d}", f"{date:%Y-%m-%d}", f"{date:%Y%m%d}")
    )
    return FoundDate(
        date, f"the page's address {url}" if in_address else "the page's markup (htmldate)"
    )


def _parse_date(value: str | None) -> dt.date | None:
    """The calendar date written in a metadata value, as the publisher wrote it (no time zones)."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if not re.search(r"\d{4}", value):
        return None  # "Tuesday" alone is no date; dateutil would invent this week's
    try:
        # "Thu, 06 Oct 2011 04:12 EDT": the zone's name is not needed for the calendar date,
        # and dateutil's warning about it would print on the command line's stderr.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            return dateutil_parser.parse(value, default=dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


# --- JSON-LD -----------------------------------------------------------------------------------

_ARTICLE_TYPES = (
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "webpage",
)


def _json_ld_article(blocks: list[Any]) -> dict[str, Any]:
    """The JSON-LD object describing the story (a NewsArticle, possibly inside an @graph)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if "datePublished" in node or "headline" in node:
                found.append(node)
            walk(node.get("@graph"))

    try:
        walk(blocks)
    except RecursionError:  # nested deeper than any real structured data
        return {}

    def rank(node: dict[str, Any]) -> int:
        kinds = node.get("@type", "")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        names = [str(k).casefold() for k in kinds]
        return (
            0
            if any(n.endswith("article") for n in names)
            else (1 if any(n in _ARTICLE_TYPES for n in names) else 2)
        )

    return min(found, key=rank) if found else {}


def _ld_text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return value.strip() if isinstance(value, str) else ""


def _ld_name(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    return _plain(_ld_text(value))


def _ld_authors(value: Any) -> str:
    """ "Jo Smith; Ann Lee" from JSON-LD's author (one, or a list)."""
    people = value if isinstance(value, list) else [value]
    return "; ".join(name for name in (_ld_name(p) for p in people) if name)


def _ld_url(ld: dict[str, Any]) -> str:
    page = ld.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    return _ld_text(ld.get("url")) or _ld_text(page)
