"""Dates without a year are read against the time the passage is about: the publication date
in news, the last date told in a history or a background paragraph."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from timeline_app.core.extraction import extract_events
from timeline_app.core.timex import tag

DCT = dt.date(2022, 1, 18)  # a Tuesday
REPO = Path(__file__).resolve().parents[2]


def values(text: str, dct: dt.date | None = DCT) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct)}


def test_a_background_paragraph_is_read_in_its_own_year():
    got = values("Russia annexed Crimea in 2014. In March of that year, protests spread.")
    assert got["March"] == "2014-03"
    assert got["that year"] == "2014"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "In 1991 the republic declared independence. Two years earlier, crowds had filled "
            "the squares.",
            "Two years earlier",
            "1989",
        ),
        ("In 1991 the army split. On June 10, the first units crossed.", "June 10", "1991-06-10"),
        ("The siege began in May 1942. That spring, food ran out.", "That spring", "1942-SP"),
        (
            "War broke out in October 1853. The allies joined it the following March.",
            "the following March",
            "1854-03",
        ),
        ("The treaty was signed in 1920. The next May it failed.", "The next May", "1921-05"),
        (
            "The port fell in July 1914. The next spring, the fleet returned.",
            "The next spring",
            "1915-SP",
        ),
        (
            "On 28 June 1914, the archduke was shot. Most expected a war that would be over by "
            "Christmas.",
            "Christmas",
            "1914-12-25",
        ),
        (
            "The armistice was signed on 11 November 1918, and the guns fell silent at 11 a.m. in "
            "the west.",
            "11 a.m.",
            "1918-11-11T11:00",
        ),
        (
            "The rebels reached the river on 3 May 1861 and crossed it the next morning.",
            "the next morning",
            "1861-05-04TMO",
        ),
        (
            "By the summer of 1916 the front had not moved. By the end of the year, a million "
            "men had died.",
            "the end of the year",
            "1916",
        ),
    ],
)
def test_a_history_counts_from_the_last_date_it_told(text, span, value):
    assert values(text, dt.date(2024, 3, 1))[span] == value


def test_the_story_moves_on_with_each_date_it_tells():
    text = (
        "The Bosnian War (1992–1995) followed the breakup of Yugoslavia. After a referendum on "
        "29 February, the republic declared independence on 3 March. In 1993 fighting spread. "
        "In May the safe areas were declared."
    )
    got = values(text, dt.date(2023, 12, 1))
    assert got["29 February"] == "1992-02-29"  # the range's start, a leap year
    assert got["3 March"] == "1992-03-03"
    assert got["May"] == "1993-05"


def test_a_year_in_passing_does_not_move_a_story_told_by_the_month():
    text = (
        "The canal reopened in April 1957; its closure brought rationing to Britain in "
        "1956-57. Eden resigned in June."
    )
    assert values(text, dt.date(2023, 10, 29))["June"] == "1957-06"


def test_a_flashback_does_not_move_the_story():
    text = (
        "Egypt seized the canal on 26 July 1956. The canal had been run by a company since it "
        "opened in 1869. In August, talks in London failed."
    )
    assert values(text, dt.date(2023, 10, 29))["August"] == "1956-08"


@pytest.mark.parametrize(
    "aside",
    [
        ", who was appointed in March 2009,",
        " (who was appointed in March 2009)",
        " - whose term began in March 2009 -",
        ", under whom the quay was rebuilt in March 2009,",
        ", appointed in March 2009,",
        ", first sworn in on 2 March 2009,",
        ", born in March 1961,",
    ],
)
def test_a_date_in_a_relative_clause_does_not_move_the_news(aside):
    # the relative clause describes the harbour master; the closing is the news's November
    text = (
        "The port authority of Vell said on Monday that it would reopen the quay. "
        f"The harbour master{aside} closed it in November after a storm."
    )
    assert values(text)["November"] == "2021-11"


def test_a_date_in_a_relative_clause_does_not_move_a_history():
    text = (
        "In 1703 the duke founded a port on the marshes. Its first governor, who was born "
        "in October 1661, built a fortress in May."
    )
    assert values(text)["May"] == "1703-05"


def test_news_keeps_its_own_time_after_an_aside_about_the_past():
    # a year inside a news sentence, after the report has named its own day, is an aside
    text = (
        "The company said on Monday that it has grown every year since 1980. In September, it "
        "bought a rival, and analysts were told of the deal in the bombing's aftermath in 1988."
        " In October, its shares rose."
    )
    got = values(text, dt.date(1989, 11, 2))
    assert got["September"] == "1989-09"
    assert got["October"] == "1989-10"


def test_an_event_named_by_its_date_is_not_the_time_told():
    text = (
        "Officials said on Tuesday that the two men were charged in the Dec. 21, 1988, bombing "
        "of the airliner. They were handed over after Libya agreed in April to a trial."
    )
    assert values(text, dt.date(1999, 6, 7))["April"] == "1999-04"


def test_news_comes_back_to_the_publication_date():
    text = (
        "The UK pledged help after the invasion of Crimea in 2014. A week ago, Canada made an "
        "offer during a meeting on Dec. 31, sources said."
    )
    got = values(text)
    assert got["A week ago"] == "2022-01-11"
    assert got["Dec. 31"] == "2021-12-31"


def test_a_sentence_about_the_coming_future_is_read_from_now():
    text = "The treaty was signed in 1990. Talks on its renewal will resume in March."
    assert values(text)["March"] == "2022-03"


def test_news_in_the_present_returns_from_a_passage_in_the_past():
    text = (
        "Marchers rallied on Saturday. Rebels landed on Dec. 2, 1956, and won on Jan. 1, 1959. "
        "The boy's father has asked for his return. The boat sank in late November."
    )
    assert values(text, dt.date(2000, 4, 1))["late November"] == "1999-11"


def test_bare_weekdays_stay_in_the_publication_week():
    text = "In 1991 the army split. Officials said on Monday that the archive would open."
    assert values(text)["Monday"] == "2022-01-17"


def test_without_a_publication_date_the_story_still_gives_the_year():
    got = values("In 1991 the army split. In March, the first units crossed.", None)
    assert got["March"] == "1991-03"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A similar build-up last summer ended without an attack.", "last summer", "2021-SU"),
        ("The deployments were first noticed in the autumn.", "the autumn", "2021-FA"),
    ],
)
def test_seasons_said_in_december_are_this_years(text, span, value):
    assert values(text, dt.date(2021, 12, 10))[span] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war (1861-1863) ruined the South.", [("1861", "1861"), ("1863", "1863")]),
        ("Rationing in 1957-58 was strict.", [("1957", "1957"), ("58", "1958")]),
        ("The 2009-2010 season was cancelled.", [("2009", "2009"), ("2010", "2010")]),
        ("The famine of 1941–42 killed thousands.", [("1941", "1941"), ("42", "1942")]),
        ("See pages 1200-1250 of the report.", []),
        ("Between 1000-1200 troops were sent.", []),
    ],
)
def test_year_ranges_are_two_dates(text, expected):
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caesar was killed in 44 BC.", [("44 BC", "BC0044")]),
        ("Caesar died on 15 March 44 BC.", [("15 March 44 BC", "BC0044-03-15")]),
        ("Carthage fought Rome from 218 to 201 BC.", [("218", "BC0218"), ("201 BC", "BC0201")]),
        ("The city flourished in the 3rd century BC.", [("the 3rd century BC", "BC02")]),
        ("Varus lost three legions in AD 9.", [("AD 9", "0009")]),
        (
            "Hannibal crossed the Alps in 218 B.C. The following year he won at Trasimene.",
            [("218 B.C.", "BC0218"), ("The following year", "BC0217")],
        ),
    ],
)
def test_years_before_the_common_era(text, expected):
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


def test_events_dated_before_the_common_era_do_not_stop_the_extractor():
    text = "Caesar was assassinated on 15 March 44 BC. Troops arrived in Kyiv on Monday."
    events = extract_events(text, DCT)
    assert [e.when.to_edtf() for e in events] == ["2022-01-17"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The siege would last 1,425 days.", "1,425 days", "P1425D"),
        ("It began on 14 June. The war ended.", "14 June", "2021-06-14"),
    ],
)
def test_spans_keep_to_the_expression(text, span, value):
    assert values(text)[span] == value


def test_names_of_wars_are_not_durations():
    assert values("The Thirty Years' War and the Six-Day War were long studied.") == {}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("In the second half of 1942, Japan lost.", "the second half of 1942", "1942-H2"),
        ("In the first half of 1942, Japan expanded.", "the first half of 1942", "1942-H1"),
    ],
)
def test_halves_of_a_year(text, span, value):
    assert values(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The battle lasted from 1 July to 18 November 1916.", "1 July", "1916-07-01"),
        ("The fleets met on June 3–4, 1942, near the atoll.", "June 3", "1942-06-03"),
        ("The fleets met on June 3–4, 1942, near the atoll.", "4, 1942", "1942-06-04"),
        ("The retreat ran from Dec. 20 to Jan. 5, 1813.", "Dec. 20", "1812-12-20"),
        ("The king died in 1547. In the spring of that year, war began.", "the spring", "1547-SP"),
        (
            "The king died in 1547. In the winter of the following year, war began.",
            "the winter",
            "1548-WI",
        ),
        ("The king died in 1547. In March of the next year, war began.", "March", "1548-03"),
    ],
)
def test_a_year_written_once_holds_for_the_whole_phrase(text, span, value):
    assert values(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("In the summer and autumn of 1942 the army advanced.", "the summer", "1942-SU"),
        ("The revolt began in 1956; in the following decade it spread.", "the following decade",
         "196"),
        ("The castle was built c. 1200 and burned later.", "1200", "1200"),
    ],
)  # fmt: skip
def test_history_phrasings(text, span, value):
    assert values(text)[span] == value


def test_a_capitalized_season_before_a_name_is_part_of_the_name():
    assert values("The Winter War (1939–40) was short.") == {"1939": "1939", "40": "1940"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The invasion began on 1 September 1939. The previous evening, a raid was staged.",
            "The previous evening",
            "1939-08-31TEV",
        ),
        (
            "The invasion began on 1 September 1939. Orders had gone out the day before.",
            "the day before",
            "1939-08-31",
        ),
        (
            "The war began in 1914. In November of the following year, it ended.",
            "the following year",
            "1915",
        ),
    ],
)
def test_days_and_years_named_from_the_story_day(text, span, value):
    assert values(text, dt.date(2024, 3, 1))[span] == value


def _scorer():
    path = REPO / "benchmarks" / "tempeval_score.py"
    spec = importlib.util.spec_from_file_location("tempeval_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", ["history-narratives", "history-narratives-check"])
def test_history_narrative_scores_stay_above_floor(folder):
    scorer = _scorer()
    docs = scorer.load_corpus(REPO / "benchmarks" / "data" / folder)
    figures = scorer.evaluate(docs).overall.figures()
    # a regression guard under the figures reached (relaxed 0.998 and 1.0, value 0.983 and
    # 0.982; before the tagger followed the story's time, value F1 was 0.551 and 0.504)
    assert figures["f1"] >= 0.97
    assert figures["value_f1"] >= 0.93


def test_the_day_after_with_no_day_before_it_is_no_date():
    assert values("The talks resumed the day after.") == {}
    assert (
        values("On 3 May 1861 the rebels crossed; the fort fell the day after.")["the day after"]
        == "1861-05-04"
    )
