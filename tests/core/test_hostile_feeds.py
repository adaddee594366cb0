"""A hostile RSS or Atom feed gives its readable entries or a CaptureError, never a crash.

feedparser raises, rather than reporting a parse error, on a character reference that names
no character; urljoin raises on an IPv6 host left open; the standard library's date readers
raise on years of twenty digits or year 0. Each is read here as what it is: no character, a
link that cannot be made absolute, an entry without a date.
"""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core.capture_error import CaptureError
from timeline_app.core.feed_entries import read_feed


def rss(*, link: str = "https://news.example/a", date: str = "", channel_link: str = "") -> bytes:
    published = f"<pubDate>{date}</pubDate>" if date else ""
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        f"<link>{channel_link}</link><item><title>Talks resume</title><link>{link}</link>"
        f"{published}</item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "reference",
    ["&#xd800;", "&#xDFFF;", "&#56320;", "&#x110000;", "&#1114112;", "&#" + "9" * 22 + ";"],
)
def test_a_character_reference_to_no_character_is_read_as_a_replacement_character(reference):
    (entry,) = read_feed(rss(link=f"https://news.example/{reference}"), "desk.rss")
    assert entry.link == "https://news.example/\ufffd"
    assert entry.title == "Talks resume"


def test_real_character_references_are_left_to_feedparser():
    (entry,) = read_feed(rss(link="https://news.example/caf&#xe9;&#38;"), "desk.rss")
    assert entry.link == "https://news.example/café&"


def test_a_channel_address_with_an_open_ipv6_host_keeps_the_entry_s_link_as_written():
    (entry,) = read_feed(rss(link="/a", channel_link="http://[::1"), "desk.rss")
    assert entry.link == "/a"
    assert entry.title == "Talks resume"


@pytest.mark.parametrize(
    "date", ["Tue, 18 Jan 99999999999999999999 10:00:00 GMT", "0000-01-01T00:00:00Z"]
)
def test_an_entry_dated_outside_the_calendar_has_no_date(date):
    (entry,) = read_feed(rss(date=date), "desk.rss")
    assert entry.published is None
    assert entry.title == "Talks resume"


def test_an_ordinary_entry_date_is_still_read():
    (entry,) = read_feed(rss(date="Tue, 18 Jan 2022 23:30:00 -0500"), "desk.rss")
    assert entry.published == dt.date(2022, 1, 18)


PIECES = st.sampled_from(
    [
        '<rss version="2.0">',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        "<channel>",
        "<item>",
        "</item>",
        "<entry>",
        "</entry>",
        "<title>",
        "</title>",
        "<link>",
        "</link>",
        '<link href="http://[::1"/>',
        "<pubDate>",
        "</pubDate>",
        "<updated>",
        "</updated>",
        "http://[::1",
        "/relative",
        "0000-01-01T00:00:00Z",
        "Tue, 18 Jan 2022 10:00:00 GMT",
        "99999999999999999999",
        "&#xd800;",
        "&#1114112;",
        "&#0;",
        "text",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=25).map("".join), st.sampled_from(["", "http://[::1"]))
def test_feeds_made_of_hostile_pieces_only_raise_capture_error(text, address):
    with contextlib.suppress(CaptureError):
        read_feed(text.encode(), "desk.rss", address)


def test_a_feed_whose_nesting_trips_the_feed_reader_is_refused_with_a_message():
    # an Atom root with an RSS item whose link closes after it: feedparser's loose parser
    # raised KeyError 'links' out of its own code (found by the test above)
    broken = b'<feed xmlns="http://www.w3.org/2005/Atom"><item><link></item></link>'
    with pytest.raises(CaptureError, match=r"desk\.rss: this feed is too broken to read"):
        read_feed(broken, "desk.rss")


def _with_entities(declarations: str, body: str) -> str:
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{declarations}]><rss version="2.0"><channel>'
        f"<title>Desk</title><item><title>{body}</title><link>https://news.example/a</link>"
        "</item></channel></rss>"
    )


def _laughs(levels: int) -> str:
    """Entities each holding ten of the one before: the last expands to 10 ** levels."""
    names = ["ha"] + [f"ha{level}" for level in range(1, levels + 1)]
    inner = [f"&{name};" * 10 for name in names[:-1]]
    return '<!ENTITY ha "ha">' + "".join(
        f'<!ENTITY {name} "{value}">' for name, value in zip(names[1:], inner, strict=True)
    )


LAUGHS = _laughs(7)


def test_a_feed_that_declares_nested_entities_is_refused_before_it_is_parsed():
    with pytest.raises(CaptureError, match=r"declares its own XML entities"):
        read_feed(_with_entities(LAUGHS, "&ha7;").encode(), "laughs.rss")


def test_a_feed_with_one_large_entity_used_many_times_is_refused():
    big = '<!ENTITY wall "' + "brick " * 5_000 + '">'
    with pytest.raises(CaptureError, match=r"declares its own XML entities"):
        read_feed(_with_entities(big, "&wall;" * 200).encode(), "wall.rss")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_entity_declarations_in_a_wide_encoding_are_refused_too(encoding):
    feed = _with_entities(LAUGHS, "&ha7;").replace('"1.0"?>', f'"1.0" encoding="{encoding}"?>')
    with pytest.raises(CaptureError, match=r"declares its own XML entities"):
        read_feed(feed.encode(encoding), "laughs.rss")


def test_a_declaration_hidden_behind_a_comment_or_a_quoted_name_is_still_found():
    feed = _with_entities('<!-- <b> --><!ATTLIST x y CDATA "<i>">' + LAUGHS, "&ha7;")
    with pytest.raises(CaptureError, match=r"declares its own XML entities"):
        read_feed(feed.encode(), "laughs.rss")


def test_a_document_type_without_entity_declarations_is_read():
    feed = (
        '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>'
        "<title>Desk</title><item><title>Ferries resume</title>"
        "<link>https://news.example/b</link></item></channel></rss>"
    )
    (entry,) = read_feed(feed.encode(), "old.rss")
    assert entry.title == "Ferries resume"


def test_an_entity_declaration_quoted_inside_an_entry_is_only_text():
    feed = rss(link="https://news.example/c").replace(
        b"<title>Talks resume</title>",
        b"<title>Talks resume</title><description><![CDATA[How <!ENTITY x works]]></description>",
    )
    (entry,) = read_feed(feed, "desk.rss")
    assert entry.title == "Talks resume"


def test_a_short_name_for_a_character_is_not_refused():
    feed = _with_entities(
        "<!ENTITY nbsp \"&#160;\"><!ENTITY mdash '&#x2014;'>", "Talks&nbsp;resume"
    )
    (entry,) = read_feed(feed.encode(), "old.rss")
    assert entry.title == "Talks resume"


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ENTITY outside SYSTEM "file:///etc/hostname">',
        "<!ENTITY % part \"<!ENTITY inner 'x'>\"> %part;",
        '<!ENTITY nbsp "&#160;"><!ENTITY pair "&nbsp;&nbsp;">',
        '<!ENTITY long "' + "&#160;" * 20 + '">',
    ],
)
def test_external_parameter_nested_or_long_entities_are_refused(declaration):
    with pytest.raises(CaptureError, match=r"declares its own XML entities"):
        read_feed(_with_entities(declaration, "Talks").encode(), "odd.rss")
