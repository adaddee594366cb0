"""Capturing sources with their custody record: files, folders, saved pages, feeds and web
addresses served by a local web server (never the internet)."""

from __future__ import annotations

import datetime as dt
import email.mime.multipart
import email.mime.text
import hashlib
import json
import re
from pathlib import Path

import httpx
import pytest

from timeline_app.core.capture import (
    CaptureError,
    capture_path,
    capture_source,
    capture_url,
    expand,
    resolve_input,
)

CAPTURED_AT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def page(title: str, body: str, *, published: str = "", extra_head: str = "") -> bytes:
    """A news page with navigation and a footer around its story."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | The Harbour Times</title>{meta}{extra_head}"
        "<meta property='og:site_name' content='The Harbour Times'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Subscribe to our newsletter for the latest headlines every morning.</footer>"
        "</body></html>"
    ).encode()


STRIKE = (
    "ROTTERDAM, 14 November 2024 - Talks between the port authority and the dockers' union "
    "collapsed on Monday evening after nine hours of negotiations, leaving more than forty ships "
    "waiting off the coast.\n\n"
    "The union's general secretary said his members would stay out for as long as it takes and "
    "accused the authority of bad faith. The strike began on 1 March, when 2,300 dockers walked "
    "out over pay and shift patterns.\n\n"
    "The port authority said it would publish its final offer on Thursday."
)
FLOOD = (
    "The river burst its banks on Sunday night, flooding the lower town and forcing hundreds of "
    "families from their homes, officials said on Monday. Rescue teams worked through the night "
    "with boats borrowed from the rowing club.\n\n"
    "The mayor said the new flood wall, finished in 2019, had held along most of its length. "
    "Engineers will inspect it on Wednesday."
)


def test_a_web_page_is_captured_with_its_custody_record(local_web):
    raw = page("Port talks collapse", STRIKE, published="2024-11-14T08:00:00+01:00")
    url = local_web.add(
        "/news/port-talks.html",
        raw,
        headers={
            "Date": "Thu, 14 Nov 2024 09:30:00 GMT",
            "Last-Modified": "Thu, 14 Nov 2024 07:01:02 GMT",
        },
    )
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    [captured] = capture_url(url)
    article = captured.article
    assert captured.raw == raw
    assert article.sha256 == hashlib.sha256(raw).hexdigest()
    assert article.size == len(raw)
    assert article.requested_url == article.url == url
    assert article.server_date == "Thu, 14 Nov 2024 09:30:00 GMT"
    assert article.last_modified == "Thu, 14 Nov 2024 07:01:02 GMT"
    assert article.content_type == "text/html; charset=utf-8"
    assert CAPTURED_AT.match(article.captured_at)
    captured_at = dt.datetime.fromisoformat(article.captured_at.replace("Z", "+00:00"))
    assert before <= captured_at <= dt.datetime.now(dt.UTC)
    # The story without the menu and the footer; the title and date from the page's metadata.
    assert article.text.startswith("Port talks collapse\n\nROTTERDAM, 14 November 2024")
    assert "Subscribe" not in article.text and "Sport" not in article.text
    assert article.title == "Port talks collapse"
    assert article.publisher == "The Harbour Times"
    assert article.published == dt.date(2024, 11, 14)
    assert captured.date.origin == "the page's article:published_time"


def test_redirects_are_followed_and_both_addresses_kept(local_web):
    final = local_web.add("/story", page("Port talks collapse", STRIKE))
    local_web.redirect("/b", "/story", status=301)
    first = local_web.redirect("/a", local_web.url("/b"))
    [captured] = capture_url(first)
    assert captured.article.requested_url == first
    assert captured.article.url == final
    assert local_web.requests == ["/a", "/b", "/story"]


def test_a_missing_page_is_one_clear_line(local_web):
    with pytest.raises(CaptureError) as error:
        capture_url(local_web.url("/gone"))
    assert str(error.value) == f"{local_web.url('/gone')}: the server answered 404 Not Found"


def test_only_web_addresses_are_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the timeline")
    for address in (secret.as_uri(), "ftp://example.org/x.html", "gopher://example.org/"):
        with pytest.raises(CaptureError, match="only http and https addresses are fetched"):
            capture_url(address)
    with pytest.raises(CaptureError, match="only http and https"):
        capture_source(resolve_input(secret.as_uri()).sources().__next__())


def test_a_redirect_to_a_file_address_is_refused(local_web):
    start = local_web.redirect("/sly", "file:///etc/passwd")
    with pytest.raises(CaptureError, match="redirected to an address that is not http or https"):
        capture_url(start)


def test_an_answer_over_the_limit_is_refused_while_it_streams(local_web):
    sent = []

    def endless():
        for _ in range(40):  # 40 MiB, more than the 32 MiB limit, never held by the server
            sent.append(1)
            yield b"<p>" + b"x" * ((1 << 20) - 3)

    url = local_web.add("/huge", endless())
    with pytest.raises(CaptureError) as error:
        capture_url(url)
    assert str(error.value) == f"{url}: the answer is larger than the 32 MiB limit for an article"


def test_an_answer_declaring_a_huge_length_is_refused_before_reading(local_web):
    url = local_web.add("/declared", b"<p>small</p>", headers={"Content-Length": str(64 << 20)})
    with pytest.raises(CaptureError, match="larger than the 32 MiB limit .*67,108,864 bytes"):
        capture_url(url)


def test_a_server_too_slow_times_out_with_one_line(local_web):
    url = local_web.add("/slow", page("Late", FLOOD), delay=3)
    client = httpx.Client(timeout=httpx.Timeout(0.5))
    with pytest.raises(CaptureError, match=r"^http://127\.0\.0\.1:\d+/slow: the server stopped"):
        capture_url(url, client)


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (
            httpx.ConnectError("[Errno -2] Name or service not known"),
            "the server name news.invalid cannot be found (DNS)",
        ),
        (
            httpx.ConnectError(
                "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed "
                "certificate (_ssl.c:1006)"
            ),
            "the secure (TLS) connection failed: [SSL: CERTIFICATE_VERIFY_FAILED]",
        ),
        (httpx.ConnectError("[Errno 111] Connection refused"), "the server refused the connection"),
    ],
)
def test_network_failures_are_said_in_the_apps_words(failure, message):
    def fail(request):
        raise failure

    client = httpx.Client(transport=httpx.MockTransport(fail))
    with pytest.raises(CaptureError) as error:
        capture_url("https://news.invalid/story", client)
    text = str(error.value)
    assert text.startswith("https://news.invalid/story: " + message)
    assert "\n" not in text


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Times</title><link>{base}/</link>
<item><title>Port talks collapse</title><link>{base}/one</link>
  <pubDate>Thu, 14 Nov 2024 23:30:00 -0500</pubDate></item>
<item><title>River floods lower town</title><link>/two</link>
  <pubDate>Mon, 11 Nov 2024 08:00:00 +0000</pubDate></item>
<item><title>Undated</title><link>{base}/three</link></item>
</channel></rss>"""


def serve_feed(local_web) -> str:
    base = local_web.url("")
    # The first page gives its own date; the others give none, so the feed's date is used.
    local_web.add("/one", page("Port talks collapse", STRIKE, published="2024-11-13"))
    local_web.add("/two", page("River floods lower town", FLOOD))
    local_web.add("/three", page("Flood wall holds", FLOOD.split("\n\n")[1] + " " + FLOOD))
    return local_web.add(
        "/feed", RSS.format(base=base).encode(), content_type="application/rss+xml"
    )


def test_a_feed_address_gives_its_entries_fetched_as_pages(local_web):
    feed = serve_feed(local_web)
    captured = capture_url(feed)
    assert [c.article.url for c in captured] == [
        local_web.url(p) for p in ("/one", "/two", "/three")
    ]
    one, two, three = captured
    assert one.article.published == dt.date(2024, 11, 13)  # the page's own date comes first
    assert one.date.origin == "the page's article:published_time"
    # The feed's date as the feed wrote it, in its own time zone (not the 12th in UTC).
    assert two.article.published == dt.date(2024, 11, 11)
    assert two.date.origin == "the feed's entry (published “Mon, 11 Nov 2024 08:00:00 +0000”)"
    assert three.article.published is None
    assert all(c.article.sha256 == hashlib.sha256(c.raw).hexdigest() for c in captured)


def test_a_feed_served_as_plain_xml_is_told_by_its_body(local_web):
    serve_feed(local_web)
    url = local_web.add(
        "/rss.xml", RSS.format(base=local_web.url("")).encode(), content_type="text/xml"
    )
    assert len(capture_url(url)) == 3


def test_a_feed_file_gives_its_entries_and_expand_lists_them(local_web, tmp_path):
    serve_feed(local_web)
    feed = tmp_path / "harbour.rss"
    # A relative link ("/two") is read against the channel's <link>.
    feed.write_text(RSS.format(base=local_web.url("")))
    captured = capture_path(feed)
    assert [c.article.title for c in captured] == [
        "Port talks collapse",
        "River floods lower town",
        "Flood wall holds",
    ]
    assert expand([str(feed)]) == [local_web.url(p) for p in ("/one", "/two", "/three")]


def test_a_feed_file_never_leads_to_a_file_of_this_machine(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("ROTTERDAM, 14 November 2024 - A private note.")
    feed = tmp_path / "sly.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        f"<item><title>Note</title><link>{secret.as_uri()}</link></item>"
        f"<item><title>Path</title><link>{secret}</link></item>"
        "</channel></rss>"
    )
    problems: list[CaptureError] = []
    assert capture_path(feed, problems) == []
    assert [str(p).split(" links to ")[0] for p in problems] == [
        "sly.rss: entry 1 (“Note”)",
        "sly.rss: entry 2 (“Path”)",
    ]
    assert all(str(p).endswith("secret.txt”, not a web address") for p in problems)
    with pytest.raises(CaptureError, match="not a web address"):
        capture_path(feed)


def test_one_bad_entry_does_not_lose_the_others_when_problems_are_collected(local_web):
    feed = serve_feed(local_web)
    del local_web.routes["/two"]
    problems: list[CaptureError] = []
    captured = capture_url(feed, problems=problems)
    assert len(captured) == 2
    assert [str(p) for p in problems] == [
        f"{local_web.url('/two')}: the server answered 404 Not Found"
    ]
    with pytest.raises(CaptureError, match="404"):
        capture_url(feed)


def test_plain_text_served_is_an_article(local_web):
    url = local_web.add("/wire.txt", STRIKE.encode(), content_type="text/plain; charset=utf-8")
    [captured] = capture_url(url)
    assert captured.article.text == STRIKE
    assert captured.article.published == dt.date(2024, 11, 14)  # from the dateline


def test_a_picture_is_not_an_article(local_web):
    url = local_web.add("/photo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), content_type="image/png")
    with pytest.raises(CaptureError, match="this is image/png, not a web page or text"):
        capture_url(url)


def test_the_charset_the_server_declares_is_the_pages(local_web):
    body = page(
        "Café owners protest", "Café owners in the old town closed their doors on Monday. " * 8
    )
    latin = body.replace(b"<meta charset='utf-8'>", b"").decode().encode("latin-1")
    url = local_web.add("/cafe", latin, content_type="text/html; charset=ISO-8859-1")
    [captured] = capture_url(url)
    assert captured.article.title == "Café owners protest"


# --- files and folders ------------------------------------------------------------------------


def test_a_text_file_is_captured_with_its_metadata_file(tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(STRIKE, encoding="utf-8")
    (tmp_path / "strike.json").write_text(
        json.dumps(
            {"title": "Dockers strike", "publisher": "Harbour Wire", "published": "2024-11-15"}
        )
    )
    [captured] = capture_path(article)
    assert captured.raw == article.read_bytes()
    assert captured.article.sha256 == hashlib.sha256(article.read_bytes()).hexdigest()
    assert captured.article.title == "Dockers strike"
    assert captured.article.publisher == "Harbour Wire"
    assert captured.article.published == dt.date(2024, 11, 15)
    assert captured.article.requested_url == article.resolve().as_uri()
    assert captured.article.content_type == "text/plain"
    assert CAPTURED_AT.match(captured.article.captured_at)


def test_a_saved_html_page_gives_its_story_text(tmp_path):
    saved = tmp_path / "talks.html"
    saved.write_bytes(page("Port talks collapse", STRIKE, published="2024-11-14"))
    [captured] = capture_path(saved)
    assert "Subscribe" not in captured.article.text
    assert "forty ships" in captured.article.text
    assert captured.article.published == dt.date(2024, 11, 14)


def mhtml(html: bytes, location: str) -> bytes:
    message = email.mime.multipart.MIMEMultipart("related", type="text/html")
    message["Snapshot-Content-Location"] = location
    message["Subject"] = "Port talks collapse"
    part = email.mime.text.MIMEText(html.decode(), "html", "utf-8")
    part["Content-Location"] = location
    message.attach(part)
    picture = email.mime.text.MIMEText("body { color: black }", "css")
    picture["Content-Location"] = location + "/style.css"
    message.attach(picture)
    return message.as_bytes()


def test_a_page_saved_as_mhtml_is_read_from_its_html_part(tmp_path):
    location = "https://harbour.example/news/port-talks"
    saved = tmp_path / "talks.mhtml"
    raw = mhtml(page("Port talks collapse", STRIKE, published="2024-11-14"), location)
    saved.write_bytes(raw)
    [captured] = capture_path(saved)
    assert captured.article.sha256 == hashlib.sha256(raw).hexdigest()
    assert captured.article.url == location
    assert captured.article.title == "Port talks collapse"
    assert "forty ships" in captured.article.text
    assert "color: black" not in captured.article.text
    assert captured.article.content_type == "multipart/related"


def test_an_mhtml_file_without_a_page_is_refused(tmp_path):
    saved = tmp_path / "empty.mht"
    message = email.mime.multipart.MIMEMultipart("related")
    message.attach(email.mime.text.MIMEText("body {}", "css"))
    saved.write_bytes(message.as_bytes())
    with pytest.raises(CaptureError, match="empty.mht: the saved page holds no HTML part"):
        capture_path(saved)


def make_folder(root: Path) -> None:
    (root / "b-later").mkdir(parents=True)
    (root / "a-first.txt").write_text(STRIKE)
    (root / "a-first.json").write_text(json.dumps({"title": "Dockers strike"}))
    (root / "b-later" / "flood.html").write_bytes(page("River floods lower town", FLOOD))
    (root / "c-last.htm").write_bytes(page("Flood wall holds", FLOOD))
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "notes.docx").write_bytes(b"PK\x03\x04")
    (root / ".hidden.txt").write_text("a hidden file")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("ref: refs/heads/main")


def test_a_folder_gives_its_articles_recursively_in_name_order(tmp_path):
    make_folder(tmp_path / "archive")
    captured = capture_path(tmp_path / "archive")
    assert [c.article.title for c in captured] == [
        "Dockers strike",
        "River floods lower town",
        "Flood wall holds",
    ]
    assert expand([str(tmp_path / "archive")]) == [
        str(tmp_path / "archive" / name)
        for name in ("a-first.txt", "b-later/flood.html", "c-last.htm")
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "missing.txt: there is no such file or folder"),
        ("meta.json", b"{}", "meta.json: this is an article's metadata file; give the article"),
        (
            "feed.rss",
            b"<html><body>no feed</body></html>",
            "feed.rss: this is not an RSS or Atom feed",
        ),
        ("empty.txt", b"", "empty.txt: the file holds no text"),
        ("binary.txt", b"\x00\x01\x02" * 10, "binary.txt: this is a binary file, not text"),
    ],
)
def test_what_is_not_an_article_is_refused_in_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CaptureError) as error:
        capture_path(path)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


# --- the window's quick ways in: an article opened, imported, dropped or pasted ---------------


@pytest.mark.parametrize("name", ["strike.txt", "strike.html", "strike.article"])
def test_an_opened_article_reads_as_before_and_is_kept_as_captured(tmp_path, name):
    from timeline_app.core.article_reading import read_article_file
    from timeline_app.core.capture import capture_article_file

    path = tmp_path / name
    raw = page("Port talks collapse", STRIKE) if name.endswith("html") else STRIKE.encode()
    path.write_bytes(raw)
    captured = capture_article_file(path)
    assert captured.article.text == read_article_file(path).article.text  # as it always read
    assert captured.article.id == read_article_file(path).article.id
    assert captured.raw == raw and captured.article.size == len(raw)
    assert captured.article.sha256 == hashlib.sha256(raw).hexdigest()
    assert captured.article.requested_url == path.resolve().as_uri()
    assert captured.article.content_type == ("text/html" if "html" in name else "text/plain")
    assert CAPTURED_AT.match(captured.article.captured_at)


def test_a_pasted_article_is_captured_as_the_utf8_text_pasted(tmp_path):
    from timeline_app.core.article_reading import read_pasted_text
    from timeline_app.core.capture import capture_pasted

    text = "Dockers’ strike ends\r\n\r\nROTTERDAM, 14 November 2024 - The strike ended.\r\n"
    captured = capture_pasted(text)
    assert captured.raw == text.encode("utf-8")  # as pasted: its line ends too
    assert captured.article.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert captured.article.requested_url == "clipboard:"
    assert captured.article.content_type == "text/plain; charset=utf-8"
    assert captured.article.url == ""  # no address of the web was read
    assert CAPTURED_AT.match(captured.article.captured_at)
    expected = read_pasted_text(text)
    assert captured.article.text == expected.article.text
    assert captured.article.title == expected.article.title == "Dockers’ strike ends"
    assert captured.date == expected.date


def test_a_pasted_lone_surrogate_is_kept_as_a_replacement_character():
    from timeline_app.core.capture import capture_pasted

    captured = capture_pasted("Talks\n\nTalks resumed \ud800 on 3 March 2022.")
    assert captured.raw == "Talks\n\nTalks resumed \ufffd on 3 March 2022.".encode()


def test_a_saved_page_opened_as_an_article_reads_as_import_sources_reads_it(tmp_path):
    from timeline_app.core.article_files import ArticleError
    from timeline_app.core.capture import capture_article_file

    saved = tmp_path / "talks.mhtml"
    saved.write_bytes(mhtml(page("Port talks collapse", STRIKE), "https://harbour.example/t"))
    opened = capture_article_file(saved)
    [imported] = capture_path(saved)
    assert opened.article.text == imported.article.text and "forty ships" in opened.article.text
    assert opened.raw == saved.read_bytes() and opened.article.sha256 == imported.article.sha256
    dated = capture_article_file(saved, dt.date(2024, 11, 14))
    assert dated.article.published == dt.date(2024, 11, 14)
    (tmp_path / "empty.mhtml").write_bytes(b"MIME-Version: 1.0\r\n\r\nnothing")
    with pytest.raises(ArticleError, match="empty.mhtml"):
        capture_article_file(tmp_path / "empty.mhtml")
