"""RSS and Atom feeds, read with feedparser: the entries' links and the dates they give.

An entry's date is only a fallback for its article's publication date (the page's own
metadata and dateline come first): feeds often give the time an item was posted to the feed,
not the story's. The date is read as the feed wrote it, in the feed's own time zone, as the
app reads a page's metadata: "Tue, 18 Jan 2022 23:30:00 -0500" is 18 January, not the 19th.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from timeline_app.core.capture_error import CaptureError

FEED_SUFFIXES = (".rss", ".atom", ".xml")
FEED_MEDIA_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/x-rss+xml",
)
# The root element of an RSS 2.0, RSS 1.0 (RDF) or Atom document, after any XML declaration,
# comments and processing instructions (a stylesheet).
_FEED_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
    rb"<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)\b",
    re.S,
)
# A numeric character reference, decimal or hexadecimal. feedparser turns one into a character
# with chr() and encodes it, and raises (not a parse error) for a surrogate, a number past
# U+10FFFF or one too long for a C int; such a reference names no character, so it is read as
# U+FFFD, as an XML or HTML parser does, before feedparser sees it.
_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_NO_CHARACTER = b"&#xFFFD;"


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed."""

    link: str
    title: str = ""
    published: dt.date | None = None
    date_origin: str = ""  # "the feed's entry (published “Tue, 18 Jan 2022 …”)"


def looks_like_feed(raw: bytes, media_type: str = "") -> bool:
    """Whether ``raw`` (served as ``media_type``, if known) is an RSS or Atom feed."""
    if media_type in FEED_MEDIA_TYPES:
        return True
    return _FEED_ROOT.match(raw[:4096]) is not None


def read_feed(raw: bytes, name: str, base_url: str = "") -> list[FeedEntry]:
    """The entries of the feed in ``raw``, with their links made absolute against
    ``base_url`` (the feed's address). CaptureError when it is no feed."""
    import feedparser

    if declares_entities(raw):
        raise CaptureError(
            f"{name}: this feed declares its own XML entities (<!ENTITY …>), which no RSS or "
            "Atom feed needs; it was not read (such entities can swell a small file into "
            "gigabytes of text, or read a file of this computer)"
        )
    # Bytes, never a string: given a string that looks like an address, feedparser fetches it.
    headers = {"content-location": base_url} if base_url else {}
    raw = _CHARACTER_REFERENCE.sub(_real_character_or_replacement, raw)
    try:
        parsed = feedparser.parse(raw, response_headers=headers, sanitize_html=False)
    except (UnicodeError, ValueError, OverflowError) as failure:
        # the references above in an encoding that hides them from the pattern (UTF-16)
        raise CaptureError(f"{name}: this feed could not be read ({failure})") from None
    except (LookupError, AttributeError, TypeError) as failure:
        # feedparser's loose parser trips over some broken nesting ("<item><link></item>
        # </link>" in an Atom feed: KeyError 'links'); the file is no feed we can read
        raise CaptureError(
            f"{name}: this feed is too broken to read ({type(failure).__name__}: {failure})"
        ) from None
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f" ({' '.join(str(problem).split())})" if problem else ""
        raise CaptureError(f"{name}: this is not an RSS or Atom feed{why}")
    # Relative links in a feed read from a file are read against the channel's own address.
    base_url = base_url or str(parsed.feed.get("link") or "")
    entries = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if base_url and link:
            link = _absolute(base_url, link)
        published, origin = _entry_date(entry)
        entries.append(
            FeedEntry(link, " ".join((entry.get("title") or "").split()), published, origin)
        )
    return entries


# What the prolog of an XML document (before its root element) is read as, one piece at a
# time: a comment, a processing instruction and a quoted string are skipped whole (a "<b"
# inside them opens no element), an entity declaration is found, and the first "<" before a
# name is the root element, where the prolog ends.
_PROLOG_PIECE = re.compile(
    # one left open runs to the end (and ends the scan): never searched again from each "<?"
    rb"<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)|\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z)"
    rb"|(?P<entity><!ENTITY)|(?P<root><[A-Za-z_:\x80-\xff])",
    re.S,
)
# Encodings that hide ASCII markup from a byte pattern, told by their first bytes as XML's
# own rules tell them (a byte order mark, or "<?" written in two or four bytes a character).
_WIDE_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x4c\x6f\xa7\x94", "cp037"),  # EBCDIC "<?xm"
)


def declares_entities(raw: bytes) -> bool:
    """Whether the XML document in ``raw`` declares entities in its document type, before
    its root element, other than a short name for a character. A feed needs none, and they
    are how a "billion laughs" or a quadratic blow-up file swells a few kilobytes into
    gigabytes (expat stops the expansion, but feedparser then reads the whole file again with
    its lenient parser), or how an external entity reads a local file."""
    for marker, encoding in _WIDE_ENCODINGS:
        if raw.startswith(marker):
            raw = raw.decode(encoding, errors="replace").encode("utf-8", errors="replace")
            break
    for piece in _PROLOG_PIECE.finditer(raw):
        if piece.group("entity") and not _harmless_entity(raw, piece.start()):
            return True
        if piece.group("root"):
            return False
    return False


# An entity that names a character or a few ("<!ENTITY nbsp '&#160;'>", which old feeds
# declare for their HTML), written in its own quotes: its value refers to no other entity,
# so it cannot multiply, and it is short, so a thousand uses stay small.
_NAMED_CHARACTERS = re.compile(rb"""<!ENTITY\s+[A-Za-z_:][\w.:-]*\s+(?:"([^"]*)"|'([^']*)')\s*>""")
_CHARACTERS_ONLY = re.compile(rb"(?:[^&%]|&#[0-9]+;|&#[xX][0-9a-fA-F]+;)*")
_LONGEST_ENTITY = 64


def _harmless_entity(raw: bytes, start: int) -> bool:
    declared = _NAMED_CHARACTERS.match(raw, start)
    if declared is None:
        return False  # a parameter entity, an external one (SYSTEM, PUBLIC) or no declaration
    value = declared.group(1) if declared.group(1) is not None else declared.group(2)
    return len(value) <= _LONGEST_ENTITY and _CHARACTERS_ONLY.fullmatch(value) is not None


def _real_character_or_replacement(reference: re.Match[bytes]) -> bytes:
    hexadecimal, decimal = reference.groups()
    digits = (hexadecimal or decimal).lstrip(b"0")
    # more digits than any code point has: no character, without reading the number
    if len(digits) > 7:
        return _NO_CHARACTER
    number = int(digits or b"0", 16 if hexadecimal else 10)
    if number > 0x10FFFF or 0xD800 <= number <= 0xDFFF:
        return _NO_CHARACTER
    return reference.group()


def _absolute(base_url: str, link: str) -> str:
    """``link`` read against ``base_url``; as written when either is no address urljoin can
    read ("http://[::1", an IPv6 host left open), so one bad link loses no other entry."""
    try:
        return urljoin(base_url, link)
    except ValueError:
        return link


def _entry_date(entry: dict) -> tuple[dt.date | None, str]:
    # Atom requires <updated> and makes <published> optional; RSS has <pubDate>.
    for key in ("published", "updated", "created"):
        text = (entry.get(key) or "").strip()
        date = _date_as_written(text) if text else None
        if date is None:
            parsed = entry.get(f"{key}_parsed")
            date = _calendar_day(parsed) if parsed else None
        if date is not None:
            return date, f"the feed's entry ({key} “{text}”)"
    return None, ""


def _date_as_written(text: str) -> dt.date | None:
    """The calendar day of an RFC 822 (RSS) or RFC 3339 (Atom) date, in its own time zone."""
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        # OverflowError: a year of twenty digits ("Tue, 18 Jan 99999999999999999999")
        return None


def _calendar_day(parsed: tuple[int, ...]) -> dt.date | None:
    """The day of feedparser's time tuple; None for a year outside 1-9999 ("0000-01-01")."""
    try:
        return dt.date(*parsed[:3])
    except (TypeError, ValueError, OverflowError):
        return None
