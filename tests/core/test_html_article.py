"""Web pages saved from news sites: the story's text without the page around it, and its metadata."""

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.core import article_reading
from timeline_app.core.article_files import ArticleError, article_id
from timeline_app.core.article_reading import read_any_article, read_html_article
from timeline_app.core.page_text import main_text

ARTICLES = Path(__file__).parent.parent / "data" / "articles"
PAGE = ARTICLES / "port-strike-talks.html"


@pytest.fixture(scope="module")
def page_article():
    return read_any_article(PAGE)


def test_news_page_metadata(page_article):
    assert page_article.title == "Port strike talks collapse as dockers vow to stay out"
    assert page_article.publisher == "The Harbour Chronicle"
    assert page_article.url == (
        "https://www.harbourchronicle.example/news/2022/03/15/port-strike-talks-collapse"
    )
    # The date as the publisher wrote it, not shifted to UTC.
    assert page_article.published == dt.date(2022, 3, 15)
    assert page_article.language == "en"
    assert page_article.id == article_id(page_article.text)


def test_news_page_text_is_the_story_only(page_article):
    text = page_article.text
    paragraphs = text.split("\n\n")
    assert paragraphs[1].startswith(
        "Talks between the port authority and the dockers’ union "
        "collapsed on Monday evening after nine hours"
    )
    assert "Shortages feared" in paragraphs  # a heading is a paragraph of its own
    assert "“for as long as it takes” & accused" in text  # entities decoded
    assert "40 ships" in text  # &nbsp; collapsed to a plain space
    assert "on Thursday.\nA spokesperson declined" in text  # <br> is a line break
    for chrome in (
        "Skip to content",
        "Sport",
        "Search",
        "renderAd",
        "gtag",
        "Related",
        "Ferry crossings",
        "Privacy",
        "All rights reserved",
        "flood warnings",
        "Council approves",
        "Additional reporting",
        "display:none",
    ):
        assert chrome not in text, chrome
    assert "  " not in text and "\n\n\n" not in text


def test_main_is_used_when_there_is_no_article_element():
    page = """<html><head><title>Ceasefire holds - Daily Wire Service</title></head><body>
      <nav>Home | World</nav><div class="promo">Subscribe now</div>
      <main><h1>Ceasefire holds</h1><p>The ceasefire held overnight.</p></main>
      <footer>Contact</footer></body></html>"""
    article = read_html_article(page, "ceasefire.html")
    assert article.text == "Ceasefire holds\n\nThe ceasefire held overnight."
    assert article.title == "Ceasefire holds"  # the site name after " - " dropped
    assert article.published is None


def test_json_ld_and_time_element_give_the_date():
    page = """<html><head><script type="application/ld+json">
      [{"@type": "NewsArticle", "headline": "Dam breach", "datePublished": "2021-07-16",
        "publisher": {"@type": "Organization", "name": "Valley Post"}}]</script></head>
      <body><article><p>The dam gave way on Thursday.</p></article></body></html>"""
    article = read_html_article(page, "dam.html")
    assert (article.title, article.publisher, article.published) == (
        "Dam breach",
        "Valley Post",
        dt.date(2021, 7, 16),
    )
    timed = read_html_article(
        "<article><time datetime='2020-02-03T09:00Z'>3 Feb</time><p>Text.</p></article>", "t.html"
    )
    assert timed.published == dt.date(2020, 2, 3)
    dated = read_html_article("<meta name='date' content='March 4, 2019'><p>Text.</p>", "d.html")
    assert dated.published == dt.date(2019, 3, 4)


def test_a_date_given_only_in_the_address_or_with_a_zone_name_is_read(recwarn):
    # Older news pages often give their date only in their address.
    page = """<html><head><title>Bridge reopens</title>
      <link rel="canonical" href="https://news.example/2019/03/07/bridge-reopens/"></head>
      <body><article><p>The bridge reopened on Thursday after repairs.</p></article></body></html>"""
    reading = article_reading.read_page(page, "bridge.html")
    assert reading.article.published == dt.date(2019, 3, 7)
    assert (
        reading.date.origin == "the page's address https://news.example/2019/03/07/bridge-reopens/"
    )
    # The story's own dateline comes first; the address is read where that gives no year.
    datelined = page.replace("<p>The bridge", "<p>TARNBY, March 8, 2019 - The bridge")
    assert article_reading.read_page(datelined, "b.html").article.published == dt.date(2019, 3, 8)
    yearless = page.replace("<p>The bridge", "<p>TARNBY, March 7 - The bridge")
    assert article_reading.read_page(yearless, "b.html").article.published == dt.date(2019, 3, 7)
    # A zone dateutil does not know still gives the day, with no warning on stderr.
    zoned = "<meta name='date' content='Thu, 06 Oct 2011 04:12:00 EDT'><p>Text.</p>"
    assert read_html_article(zoned, "z.html").published == dt.date(2011, 10, 6)
    assert not [w for w in recwarn if "tzname" in str(w.message)]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # The site's name with a section, or its name without its domain.
        ('<meta property="og:title" content="Ring road shut by floods - Gazette">'
         '<meta property="og:site_name" content="Gazette.co.uk">', "Ring road shut by floods"),
        ('<meta property="og:title" content="Ring road shut by floods - GAZETTE Live">'
         '<meta property="og:site_name" content="gazette.com">', "Ring road shut by floods"),
        # The byline.
        ('<meta property="og:title" content="Ring road shut by floods - Jo Marr and Ann Lee">'
         '<meta name="author" content="Jo Marr; Ann Lee">', "Ring road shut by floods"),
        # A social title's tail that is neither is the story's own.
        ('<meta property="og:title" content="The Interview - Ann Lee">', "The Interview - Ann Lee"),
    ],
)  # fmt: skip
def test_a_titles_site_name_or_byline_is_dropped(head, title):
    page = f"<html><head>{head}</head><body><article><p>Text.</p></article></body></html>"
    assert read_html_article(page, "p.html").title == title


def test_a_captured_pages_text_leads_with_its_headline():
    # Trafilatura leaves out a headline in the story's <header>, as on many news sites.
    text = article_reading.read_page(PAGE.read_bytes(), PAGE.name, page_text=main_text)
    assert text.article.text.startswith(
        "Port strike talks collapse as dockers vow to stay out\n\nTalks between the port"
    )
    assert text.article.text.count("Port strike talks collapse") == 1


def test_broken_json_ld_and_unclosed_tags_are_tolerated():
    page = (
        "<script type='application/ld+json'>{not json</script><div><p>One<p>Two"
        "<li>Three</div></span><p>Four"
    )
    assert read_html_article(page, "x.html").text == "One\n\nTwo\n\nThree\n\nFour"


def test_declared_charset_is_used():
    raw = "<meta charset='windows-1252'><p>Caf\u00e9 talks \u201cend\u201d</p>".encode("cp1252")
    assert read_html_article(raw, "x.html").text == "Caf\u00e9 talks \u201cend\u201d"
    latin = "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'><p>\u2019"
    assert read_html_article(latin.encode("cp1252"), "y.html").text == "\u2019"


def test_page_without_text_is_an_error():
    with pytest.raises(ArticleError, match="empty.html: the page has no readable text"):
        read_html_article("<html><script>x()</script><nav>Home</nav></html>", "empty.html")


def test_read_any_article_dispatches_by_suffix_and_content(tmp_path):
    text_file = tmp_path / "report.txt"
    text_file.write_text("Troops crossed the border on Monday.", encoding="utf-8")
    assert read_any_article(text_file).text == "Troops crossed the border on Monday."
    unnamed = tmp_path / "saved-page"
    unnamed.write_bytes(PAGE.read_bytes())
    assert read_any_article(unnamed).publisher == "The Harbour Chronicle"
    override = read_any_article(PAGE, dt.date(2022, 3, 16))
    assert override.published == dt.date(2022, 3, 16)


def test_read_any_article_errors(tmp_path, monkeypatch):
    with pytest.raises(ArticleError, match="does not exist"):
        read_any_article(tmp_path / "gone.html")
    with pytest.raises(ArticleError, match="does not exist"):
        read_any_article(tmp_path / "gone.txt")
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"x" * 2048)
    monkeypatch.setattr(article_reading, "MAX_ARTICLE_BYTES", 1024)
    with pytest.raises(ArticleError, match="big.html: .* larger than the .* limit"):
        read_any_article(big)
