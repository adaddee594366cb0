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
