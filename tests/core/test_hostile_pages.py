"""Web pages built to hurt the reader: charsets that are no charset, and markup that makes a
naive parser take time growing with the square of the page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core.article_files import ArticleError
from timeline_app.core.article_reading import read_html_article
from timeline_app.core.html_article import MAX_DEPTH

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "charset",
    [
        "idna",
        "undefined",
        "punycode",
        "rot13",
        "base64",
        "hex",
        "zlib",
        "utf-7",
        "utf-16",
        "utf-32",
        "unicode-escape",
        "raw-unicode-escape",
        "mbcs",
        "nonsense",
        "a" * 40,
    ],
)
def test_a_declared_charset_that_is_no_text_encoding_is_ignored(charset):
    page = f'<html><head><meta charset="{charset}"></head><body><p>Caf\u00e9 talks began.</p>'
    article = read_html_article(page.encode("utf-8"), "story.html")
    assert article.text == "Caf\u00e9 talks began."


def test_a_real_charset_declared_is_still_followed():
    page = '<meta charset="koi8-r"><p>\u041c\u0438\u0440</p>'.encode("koi8-r")
    assert read_html_article(page, "story.html").text == "\u041c\u0438\u0440"


def test_a_page_nested_deeper_than_any_news_page_is_refused_with_a_message():
    page = "<p>Talks began.</p>" + "<b>x" * (MAX_DEPTH + 10) + "</i>" * 1000
    with pytest.raises(ArticleError, match=r"^deep\.html: the page nests its elements more than"):
        read_html_article(page, "deep.html")


def test_ordinary_deep_nesting_is_read():
    page = "<div>" * 300 + "<p>Talks began.</p>" + "</div>" * 300 + "<p>They ended.</p>"
    assert read_html_article(page, "x.html").text == "Talks began.\n\nThey ended."


def test_unclosed_tags_at_the_end_of_a_page_keep_their_text():
    assert read_html_article("<p>Talks <b>began <a href='x'>on", "x.html").text == (
        "Talks began on"
    )


def test_pathological_pages_are_read_in_a_bounded_time():
    """120 KB of unclosed "<a " and 720 KB of stray end tags once took minutes (quadratic
    parsing); run in a child process so that a regression fails instead of hanging."""
    try:
        done = subprocess.run(
            [
                sys.executable,
                str(REPO / "benchmarks" / "bench_html.py"),
                "--pages",
                "stray-end-tags,unclosed-a",
                "--runs",
                "1",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
    except subprocess.TimeoutExpired:
        pytest.fail("reading a pathological page took more than a minute")
    assert done.returncode == 0, done.stderr
    rows = {row["page"]: row["read"] for row in json.loads(done.stdout)}
    assert rows["unclosed-a"] == "28 characters of text"
    assert rows["stray-end-tags"].startswith("refused: stray-end-tags.html: the page nests")


def test_a_page_s_address_is_only_ever_a_web_address():
    page = (
        "<meta property='og:url' content='file:///etc/passwd'>"
        "<link rel='canonical' href='javascript:alert(1)'>"
        '<script type=\'application/ld+json\'>{"headline": "Talks", '
        '"url": "https://news.example/talks"}</script><p>Talks began.</p>'
    )
    assert read_html_article(page, "x.html").url == "https://news.example/talks"
    only_file = "<meta property='og:url' content='file:///etc/passwd'><p>Talks began.</p>"
    assert read_html_article(only_file, "x.html").url == ""
