"""An article says when it appeared and what it is called: read from its dateline, its
"Published" line or byline, its page's metadata, or the file beside it, and told where from."""

import datetime as dt
import json

import pytest

from timeline_app.core.article_files import ArticleError
from timeline_app.core.article_head import (
    headline_in_text,
    publication_date_in_text,
)
from timeline_app.core.article_reading import (
    extract_article,
    read_article_file,
    read_page,
    read_pasted_text,
    source_name,
)
from timeline_app.core.events import Article

TODAY = dt.date(2026, 12, 6)


def found(text: str):
    return publication_date_in_text(text, TODAY)


# --- the text's own head -------------------------------------------------------------------


def test_a_dateline_with_a_year_gives_the_publication_date():
    date = found("ROTTERDAM, 14 November 2024 - Dock workers walked out on Monday, the union said.")
    assert date.date == dt.date(2024, 11, 14) and not date.year_assumed
    assert date.explanation() == "from the dateline “ROTTERDAM, 14 November 2024”"


@pytest.mark.parametrize(
    ("text", "expected", "shown"),
    [
        ("NEW YORK, Nov. 3, 2020 (Reuters) - Polls closed.", dt.date(2020, 11, 3), "NEW YORK"),
        ("ST. LOUIS, March 9, 2019 — The river rose.", dt.date(2019, 3, 9), "ST. LOUIS"),
        ("GENEVA, Switzerland, 2 May 2023 (AP) _ Talks began.", dt.date(2023, 5, 2), "GENEVA"),
    ],
)
def test_wire_datelines_in_their_usual_forms(text, expected, shown):
    date = found(text)
    assert date.date == expected and date.origin.startswith(f"the dateline “{shown}")


def test_a_dateline_without_a_year_says_the_year_was_assumed():
    date = found("Convoy moves south\n\nKYIV, March 2 (Reuters) - A convoy moved on Tuesday.")
    # The latest 2 March not after today, and the explanation says so.
    assert date.date == dt.date(2026, 3, 2) and date.year_assumed
    assert "the dateline “KYIV, March 2”" in date.explanation()
    assert "no year: 2026 is assumed" in date.explanation()
    later = publication_date_in_text("KYIV, Dec. 20 (Reuters) - Shelling.", TODAY)
    assert later.date == dt.date(2025, 12, 20)  # 20 December 2026 has not come yet


def test_a_published_line_wins_over_an_updated_line_and_the_dateline():
    text = (
        "Port reopens after strike\n"
        "Updated 5 March 2020, 18:00 GMT\n"
        "Published: Tuesday 3 March 2020, 10:15 GMT\n\n"
        "ROTTERDAM, 4 March 2020 - The port reopened."
    )
    date = found(text)
    assert date.date == dt.date(2020, 3, 3)
    assert date.origin == "the line “Published: Tuesday 3 March 2020, 10:15 GMT”"
    assert found("Updated March 4, 2019 8:01 PM ET\n\nThe dam held.").date == dt.date(2019, 3, 4)


def test_a_byline_or_a_line_holding_only_a_date():
    date = found("Dam holds\nBy Jane Doe | Jan. 5, 2021\n\nThe dam held overnight.")
    assert (date.date, date.origin) == (
        dt.date(2021, 1, 5),
        "the byline “By Jane Doe | Jan. 5, 2021”",
    )
    date = found("Dam holds\n\n14 November 2024\n\nThe dam held overnight.")
    assert date.origin == "the line “14 November 2024”"


def test_dates_in_the_story_are_not_its_publication_date():
    assert found("KYIV — Troops moved on 3 March 2022, officials said.") is None
    assert found("By March 3, 2022 the troops had left the town, officials said.") is None
    assert found("Russia invaded Crimea in 2014. On 17 January 2022 troops arrived.") is None
    assert found("MANILA, Philippines (AP) _\n\nEstrada on Tuesday condemned it.") is None


def test_the_headline_is_the_first_line_when_it_reads_as_one():
    assert headline_in_text("Port strike ends\n\nDockers went back on Monday.") == (
        "Port strike ends"
    )
    for text in (
        "Dockers went back to work on Monday after the strike ended.\n\nMore text.",
        "ROTTERDAM, 14 November 2024 - Dockers went back.\n\nMore.",
        "MANILA, Philippines (AP) _\n\nEstrada condemned it.",
        "By Jane Doe\n\nDockers went back.",
        "Only one line here",
    ):
        assert headline_in_text(text) == "", text


# --- one reading of a file -------------------------------------------------------------------


def test_a_text_file_with_a_dateline_needs_no_question(tmp_path):
    path = tmp_path / "port-news.txt"
    path.write_text(
        "Dockers end strike\n\nROTTERDAM, 14 November 2024 - Dockers ended their strike on Monday.",
        encoding="utf-8",
    )
    reading = read_article_file(path, today=TODAY)
    assert reading.article.published == dt.date(2024, 11, 14)
    assert not reading.needs_date
    assert reading.date.explanation() == "from the dateline “ROTTERDAM, 14 November 2024”"
    # The title is the headline, not the file's name.
    assert (reading.article.title, reading.title_origin) == (
        "Dockers end strike",
        "the first line of the text",
    )


def test_a_day_without_a_year_is_offered_never_set(tmp_path):
    path = tmp_path / "convoy.txt"
    path.write_text("KYIV, March 2 (Reuters) - A convoy moved on Tuesday.", encoding="utf-8")
    reading = read_article_file(path, today=TODAY)
    assert reading.article.published is None and reading.needs_date
    assert reading.date.date == dt.date(2026, 3, 2) and reading.date.year_assumed
    assert reading.article.title == "Convoy"  # no headline: the file name


def test_the_metadata_file_beside_the_article_wins(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Talks fail\n\nGENEVA, 2 May 2023 - Talks failed.", encoding="utf-8")
    path.with_suffix(".json").write_text(
        json.dumps({"published": "2023-05-03", "title": "Geneva talks", "publisher": "Wire"})
    )
    reading = read_article_file(path, today=TODAY)
    assert reading.article.published == dt.date(2023, 5, 3)
    assert reading.date.explanation() == "from story.json beside the article"
    assert (reading.article.title, reading.title_origin) == (
        "Geneva talks",
        "story.json beside the article",
    )
    given = read_article_file(path, dt.date(2023, 5, 9), today=TODAY)
    assert given.article.published == dt.date(2023, 5, 9)


PAGE_HEAD = """<html><head>{meta}</head><body><header>Daily Harbour</header>
<article><h1>Strike spreads to second port</h1>
<p>ANTWERP, 3 June 2023 - The strike spread on Friday.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("meta", "origin"),
    [
        (
            '<meta property="article:published_time" content="2023-06-02T08:00:00+02:00">',
            "the page's article:published_time",
        ),
        ('<meta itemprop="datePublished" content="2023-06-02">', "the page's datePublished"),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "datePublished": "2023-06-02T06:00Z"}</script>',
            "the page's structured data (datePublished)",
        ),
    ],
)
def test_page_metadata_gives_the_date_and_says_which(meta, origin):
    reading = read_page(PAGE_HEAD.format(meta=meta), "strike.html", today=TODAY)
    assert reading.article.published == dt.date(2023, 6, 2)
    assert reading.date.origin.startswith(origin)


def test_a_page_without_metadata_falls_back_to_its_time_then_its_dateline():
    timed = PAGE_HEAD.format(meta="").replace(
        "<h1>", '<time datetime="2023-06-01">1 June</time><h1>'
    )
    reading = read_page(timed, "strike.html", today=TODAY)
    assert reading.article.published == dt.date(2023, 6, 1)
    assert reading.date.origin == 'the story\'s <time datetime="2023-06-01">'
    reading = read_page(PAGE_HEAD.format(meta=""), "strike.html", today=TODAY)
    assert reading.article.published == dt.date(2023, 6, 3)
    assert reading.date.origin == "the dateline “ANTWERP, 3 June 2023”"
    assert (reading.article.title, reading.title_origin) == (
        "Strike spreads to second port",
        "the page's <h1>",
    )
    titled = PAGE_HEAD.format(meta='<meta property="og:title" content="Strike spreads">')
    reading = read_page(titled, "strike.html", today=TODAY)
    assert (reading.article.title, reading.title_origin) == (
        "Strike spreads",
        "the page's og:title",
    )


def test_pasted_text_reads_its_dateline_and_headline():
    reading = read_pasted_text(
        "Dockers end strike\r\n\r\nROTTERDAM, 14 November 2024 - Dockers ended the strike.",
        today=TODAY,
    )
    assert reading.article.published == dt.date(2024, 11, 14)
    assert reading.article.title == "Dockers end strike"
    with pytest.raises(ArticleError, match="the clipboard holds no text"):
        read_pasted_text(" \n ")


# --- one extraction -------------------------------------------------------------------------


def test_one_source_name_rule_publisher_else_title():
    assert source_name(Article("a", title="Talks fail", publisher="Wire")) == "Wire"
    assert source_name(Article("a", title="Talks fail")) == "Talks fail"
    seen = []

    def extract(text, published, *, source_id="", source_name=""):
        seen.append((text, published, source_id, source_name))
        return []

    article = Article("a1", title="Talks fail", text="x", published=dt.date(2023, 5, 2))
    assert extract_article(article, extract) == []
    assert seen == [("x", dt.date(2023, 5, 2), "a1", "Talks fail")]


def test_a_dateline_dates_no_event_and_names_no_subject():
    text = "Dockers end strike\n\nROTTERDAM, 14 November 2024 - The strike ended on Monday."
    events = extract_article(read_pasted_text(text, today=TODAY).article)
    assert [(e.when.to_edtf(), e.title) for e in events] == [("2024-11-11", "Strike ends")]
