"""Behaviour of the TIMEX3 tagger: values against a document date, spans, negatives."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from timeline_app.core.timex import Timex, read_timeml, tag, to_timeml

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "weapon-and-men-towards-ukraine.txt"
CORPUS = REPO.parent / "shared" / "corpora" / "tempeval3-training"
DCT = dt.date(1998, 8, 7)  # a Friday


def found(text: str, dct: dt.date | None = DCT) -> dict[str, Timex]:
    return {t.text: t for t in tag(text, dct)}


def one(text: str, dct: dt.date | None = DCT) -> Timex:
    result = tag(text, dct)
    assert len(result) == 1, result
    return result[0]


def test_spans_index_the_input():
    text = "The talks began on Monday, March 3, 1998, and ended two weeks later."
    for t in tag(text, DCT):
        assert text[t.start : t.end] == t.text
    starts = [t.start for t in tag(text, DCT)]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        ("It happened on March 3, 1998.", "March 3, 1998", "DATE", "1998-03-03"),
        ("It happened on 3 March 1998.", "3 March 1998", "DATE", "1998-03-03"),
        ("Elections were held in 1994.", "1994", "DATE", "1994"),
        ("Prices rose in the 1990s.", "the 1990s", "DATE", "199"),
        ("He was born in the 19th century.", "the 19th century", "DATE", "18"),
        ("The deal closed 2021-12-31.", "2021-12-31", "DATE", "2021-12-31"),
        ("The deal closed 12/31/2021.", "12/31/2021", "DATE", "2021-12-31"),
        ("Profit fell in the third quarter.", "the third quarter", "DATE", "1998-Q3"),
        ("Output rose in fiscal 1997.", "fiscal 1997", "DATE", "1997"),
        ("They met yesterday.", "yesterday", "DATE", "1998-08-06"),
        ("They will meet tomorrow.", "tomorrow", "DATE", "1998-08-08"),
        ("Sales fell last year.", "last year", "DATE", "1997"),
        ("Sales rose last month.", "last month", "DATE", "1998-07"),
        ("Sales will rise next year.", "next year", "DATE", "1999"),
        ("They talked last week.", "last week", "DATE", "1998-W31"),
        ("They married two years ago.", "two years ago", "DATE", "1996"),
        ("They lived there for two years.", "two years", "DURATION", "P2Y"),
        ("The plan runs 90 days.", "90 days", "DURATION", "P90D"),
        ("It lasted a decade.", "a decade", "DURATION", "P10Y"),
        ("It took two and a half years.", "two and a half years", "DURATION", "P2Y6M"),
        # "this" + weekday: the day of the story's own week, before or after its day
        ("They meet this Wednesday.", "this Wednesday", "DATE", "1998-08-05"),
        ("They rest this Sunday.", "this Sunday", "DATE", "1998-08-09"),
        # a clock time takes the day named next to it
        ("The truce began at 6 a.m. on Sunday.", "6 a.m.", "TIME", "1998-08-02T06:00"),
        ("The truce began Sunday at 6 a.m.", "6 a.m", "TIME", "1998-08-02T06:00"),
        ("The blast came at 3:15 p.m. on Aug. 5.", "3:15 p.m.", "TIME", "1998-08-05T15:15"),
        ("It took several weeks.", "several weeks", "DURATION", "PXW"),
        ("Trade grew over the past three years.", "the past three years", "DURATION", "P3Y"),
        ("The paper is published daily.", "daily", "SET", "P1D"),
        ("They meet every week.", "every week", "SET", "P1W"),
        ("Prices are now falling.", "now", "DATE", "PRESENT_REF"),
        ("It was built in the summer of 1995.", "the summer of 1995", "DATE", "1995-SU"),
        ("The blast came at 8:30 a.m. EST.", "8:30 a.m. EST", "TIME", "1998-08-07T08:30"),
        ("He spoke tonight.", "tonight", "DATE", "1998-08-07TNI"),
        ("He spoke this morning.", "this morning", "TIME", "1998-08-07TMO"),
        ("It ended in mid-1996.", "mid-1996", "DATE", "1996"),
        ("It was popular in the '80s.", "the '80s", "DATE", "198"),
        ("Fires break out each season.", "each season", "SET", "P1Y"),
        ("They waited for hours.", "hours", "DURATION", "PTXH"),
        ("Prices rose in recent years.", "recent years", "DURATION", "PXY"),
        ("Costs fell over the past several months.", "the past several months", "DURATION", "PXM"),
        ("Snow fell in the winter of 1995.", "the winter of 1995", "DATE", "1995-WI"),
        ("Results for the first half of 1998.", "the first half of 1998", "DATE", "1998-H1"),
        ("A crowd gathered Sunday night.", "Sunday night", "TIME", "1998-08-02TNI"),
        ("We meet every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("The museum is closed on Mondays.", "Mondays", "SET", "XXXX-WXX-1"),
        ("She works Saturdays.", "Saturdays", "SET", "XXXX-WXX-6"),
        # a notice or a headline in capitals names its days so too
        ("MUSEUM CLOSED MONDAYS", "MONDAYS", "SET", "XXXX-WXX-1"),
        ("TROOPS CROSSED BORDER ON SUNDAY", "SUNDAY", "DATE", "1998-08-02"),
        ("They arrived 10 days ago.", "10 days ago", "DATE", "1998-07-28"),
    ],
)
def test_typical_expressions(text, span, type_, value):
    t = found(text)[span]
    assert (t.type, t.value) == (type_, value)


def test_weekday_follows_tense():
    assert found("Officials said on Monday that talks failed.")["Monday"].value == "1998-08-03"
    assert found("The ministers will meet on Monday.")["Monday"].value == "1998-08-10"
    assert found("The ministers met next Monday.")["next Monday"].value == "1998-08-10"


def test_short_and_irregular_past_verbs_set_the_tense():
    # "died" has too few letters before its "-ed" to pass for a past by its ending alone
    assert found("The old bishop died on Christmas Day.")["Christmas Day"].value == "1997-12-25"
    assert found("Thousands fled at Christmas.")["Christmas"].value == "1997-12-25"
    assert found("Thousands will flee at Christmas.")["Christmas"].value == "1998-12-25"


def test_a_plan_seen_from_the_past_points_back():
    # "had been scheduled to": the future of a past moment, due by the time of writing
    t = found("The offer had been scheduled to expire Wednesday.")["Wednesday"]
    assert t.value == "1998-08-05"
    t = found("The vote, originally planned for Wednesday evening, was put off.")
    assert t["Wednesday evening"].value == "1998-08-05TEV"
    assert found("The offer is scheduled to expire Wednesday.")["Wednesday"].value == "1998-08-12"
    assert found("Talks are set for Wednesday in Minsk.")["Wednesday"].value == "1998-08-12"
    assert found("The vote had been set for Wednesday.")["Wednesday"].value == "1998-08-05"


def test_initials_and_titles_do_not_end_the_sentence_for_tense():
    t = found("Mr. Smith will succeed John P. Jones Feb. 1 as chairman.")["Feb. 1"]
    assert t.value == "1999-02-01"
    t = found("Talks will resume soon. Dr. Jones arrived Feb. 1 in Geneva.")["Feb. 1"]
    assert t.value == "1998-02-01"


def test_uncounted_centuries_keep_their_unit():
    assert found("Moscow ruled it for centuries.")["centuries"].value == "PXC"
    assert found("It lasted two centuries.")["two centuries"].value == "P200Y"
    assert found("It lasted for decades.")["decades"].value == "PXY"


def test_a_year_with_quarter_or_period_in_results_stories():
    t = found("Net rose 5% in the second quarter, after a loss in the 1997 quarter.")
    assert (t["the 1997 quarter"].type, t["the 1997 quarter"].value) == ("DATE", "1997-Q2")
    t = found("Profit for the second quarter doubled from the 1997 period.")
    assert t["the 1997 period"].value == "1997-Q2"
    assert found("Costs were lower than in the 1997 period.")["the 1997 period"].value == "1997"


def test_the_weekday_of_the_story_with_a_future_cue_is_that_day():
    # DCT is a Friday: "will vote Friday" in Friday's paper is today, not a week ahead
    assert found("The council will vote Friday.")["Friday"].value == "1998-08-07"
    assert found("The council will vote at noon Friday.")["noon Friday"].value == "1998-08-07T12:00"
    assert found("The council will vote Monday.")["Monday"].value == "1998-08-10"
    assert found("The council will vote next Friday.")["next Friday"].value == "1998-08-14"


def test_last_with_a_month_name_skips_the_month_just_gone():
    # DCT is in August 1998
    assert found("The plant closed last June.")["last June"].value == "1998-06"
    assert found("The plant closed last July.")["last July"].value == "1997-07"
    assert found("The plant closed this past July.")["this past July"].value == "1998-07"


def test_the_verb_before_a_weekday_sets_its_tense():
    t = found(
        "Police arrested the leader of the opposition party Wednesday, and he will appear in court."
    )["Wednesday"]
    assert t.value == "1998-08-05"
    assert found("On Wednesday, the court will hear him.")["Wednesday"].value == "1998-08-12"


def test_ed_adjectives_and_names_are_not_past_tense_cues():
    t = found("The dividend will be paid on a still unspecified date in September.")
    assert t["September"].value == "1998-09"
    t = found("The leaders of the United Nations agencies meet in September.")
    assert t["September"].value == "1998-09"
    assert found("The agencies signed the accord in September.")["September"].value == "1997-09"


def test_only_the_expressions_own_sentence_counts_for_tense():
    # two sentence ends before the weekday: the verb just before it still decides
    t = found(
        "Talks will go on. Banks stayed shut. The envoy said on Tuesday that Iraq will retaliate."
    )["Tuesday"]
    assert t.value == "1998-08-04"
    # the expression opens its sentence: the future of the sentence before does not count
    t = found("The deal will be signed soon. Monday's attack killed 12.")["Monday"]
    assert t.value == "1998-08-03"


def test_a_date_in_a_relative_clause_takes_its_own_clauses_tense():
    # DCT 1998-08-07: "Aug. 3" in "where ... killed" is last week, whatever "would" says
    t = found("She hoped she would bring aid to Kenya, where the Aug. 3 blasts killed 257.")
    assert t["Aug. 3"].value == "1998-08-03"
    # with no verb of its own, the other clause's still decides
    t = found("Leaders will meet in Oslo, where on Aug. 20 the accord is signed.")
    assert t["Aug. 20"].value == "1998-08-20"


def test_a_capitalised_unit_mid_sentence_is_a_title():
    assert not found("He said on CBS's 60 Minutes that he would stay.")
    assert found("THE TALKS LASTED 60 MINUTES.")["60 MINUTES"].value == "PT60M"
    assert found("Three days later, it ended.")["Three days"].value == "P3D"


def test_a_year_read_out_after_a_month_or_season_is_its_year():
    t = found("One person is killed. January nineteen ninety-seven. Atlanta.")
    assert t["January nineteen ninety-seven"].value == "1997-01"
    t = found("Oil fell to the level we saw in the winter of nineteen ninety-four.")
    assert t["the winter of nineteen ninety-four"].value == "1994-WI"
    assert found("In January, nineteen people died.")["January"].value == "1998-01"


def test_today_after_a_name_is_a_title():
    assert not found("He told USA Today that it was over.")
    assert found("Talks ended. Today the army left.")["Today"].value == "1998-08-07"


def test_british_clock_times():
    assert found("At 4.30am, sirens sounded.")["4.30am"].value == "1998-08-07T04:30"
    assert found("The curfew began at 10pm.")["10pm"].value == "1998-08-07T22:00"


def test_by_a_month_told_in_the_past_is_behind_us():
    # DCT is August 1998: "by mid-May" is a deadline ahead unless the clause is past
    assert found("By mid-May, troops had massed.")["mid-May"].value == "1998-05"
    assert found("Troops will stay until May.")["May"].value == "1999-05"


def test_the_nth_is_a_day_of_the_month_in_focus():
    # DCT 1998-08-07: "on the 24th" said in early August is last month's 24th
    assert found("The attack came on the 24th.")["the 24th"].value == "1998-07-24"
    assert found("Talks will resume on the 10th.")["the 10th"].value == "1998-08-10"
    t = found("Troops arrived in January. On the 24th, they moved.")
    assert t["the 24th"].value == "1998-01-24"
    assert not found("He lives on the 5th floor of the 24th Street block.")


def test_the_week_of_a_date_is_that_week():
    assert (
        found("The hearing is set for the week of Aug. 17.")["the week of Aug. 17"].value
        == "1998-W34"
    )


def test_a_few_weeks_ago_names_a_day_and_many_weeks_ago_a_week():
    assert found("He left a week ago.")["a week ago"].value == "1998-07-31"
    assert found("He left six weeks ago.")["six weeks ago"].value == "1998-W26"


def test_a_unit_and_a_half_ago_is_a_date():
    # DCT 7 August 1998: eighteen months back is February 1997
    t = one("The ferry line was sold less than a year and a half ago.")
    assert (t.text, t.type, t.value, t.mod) == (
        "less than a year and a half ago",
        "DATE",
        "1997-02",
        "LESS_THAN",
    )


def test_about_before_ago_is_taken_once_and_never_cuts_a_word():
    # "about" read as the point's modifier and again as the amount's cut "introduced"
    t = one("The tariff was introduced about a year ago.")
    assert (t.text, t.value, t.mod) == ("about a year ago", "1997", "APPROX")


def test_next_to_is_a_place_and_would_reports_a_future():
    t = found("A bomb ripped through a building next to the embassy Friday morning.")
    assert t["Friday morning"].value == "1998-08-07TMO"
    # DCT is August 1998: "would be held on April 24" is next spring, not last
    t = found("He added that a ceremony would be held at the summit on April 24.")
    assert t["April 24"].value == "1999-04-24"
    t = found("The father said he would be traveling to Washington Thursday.")
    assert t["Thursday"].value == "1998-08-13"
    t = found("Without the vote, the bill would have passed on Monday.")
    assert t["Monday"].value == "1998-08-03"


def test_month_day_without_year_takes_nearest_past_or_future():
    assert found("The truce began on Dec. 31.")["Dec. 31"].value == "1997-12-31"
    assert found("The truce will begin on Dec. 31.")["Dec. 31"].value == "1998-12-31"
    assert found("Talks resumed on Aug. 3.")["Aug. 3"].value == "1998-08-03"


def test_modifiers_extend_the_span():
    t = found("The plant opens early next year.")["early next year"]
    assert (t.value, t.mod) == ("1999", "START")
    t = found("They waited more than four hours.")["more than four hours"]
    assert (t.value, t.mod) == ("PT4H", "MORE_THAN")
    t = found("Sales fell earlier this year.")["earlier this year"]
    assert (t.value, t.mod) == ("1998", "START")


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said the vote would go ahead.",
        "Russia sent 2,000 troops to the border.",
        "About 1,500 people marched.",
        "Protesters march on the capital.",
        "The Boeing 747 landed safely.",
        "The fund lost $1.5 billion.",
        "The Fed kept rates steady.",
        "Call 555-1234 for details.",
        "He finished second in the race.",
        "The 6-year-old boy was rescued.",
        "The studio chose a 1980s-style logo.",
    ],
)
def test_negatives(text):
    assert tag(text, DCT) == []


def test_prepositions_stay_outside_spans():
    text = "The vote came at 8:30 a.m. EST on Tuesday, since 2015 and in March."
    spans = [t.text for t in tag(text, DCT)]
    assert spans == ["8:30 a.m. EST", "Tuesday", "2015", "March"]


def test_without_dct_relative_values_stay_unresolved():
    assert one("They met on Friday.", None).value == "XXXX-WXX-5"
    assert one("The truce began on Dec. 31.", None).value == "XXXX-12-31"
    assert one("It was built in 1995.", None).value == "1995"


def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    result = tag(text, dt.date(2022, 1, 18))
    got = {(t.text, t.value, t.type) for t in result}
    assert ("Monday", "2022-01-17", "DATE") in got
    assert ("2015", "2015", "DATE") in got
    assert ("2014", "2014", "DATE") in got
    assert ("A week ago", "2022-01-11", "DATE") in got
    assert ("Dec. 31", "2021-12-31", "DATE") in got
    assert len(result) == 5  # nothing on "100,000 troops", "C-17" ...
    for t in result:
        assert text[t.start : t.end] == t.text


def test_to_timeml_round_trips_through_the_reader():
    text = "On Monday, prices <fell> & rose again in 1998."
    timexes = tag(text, DCT)
    xml = to_timeml(text, timexes)
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-08-03">Monday</TIMEX3>' in xml
    assert "&lt;fell&gt; &amp; rose" in xml
    doc = read_timeml(f"<TimeML><TEXT>{xml}</TEXT></TimeML>")
    assert doc.text == text
    assert [(t.start, t.end, t.value) for t in doc.timexes] == [
        (t.start, t.end, t.value) for t in timexes
    ]


def _scorer():
    path = REPO / "benchmarks" / "tempeval_score.py"
    spec = importlib.util.spec_from_file_location("tempeval_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_training_corpus_scores_stay_above_floor():
    if not CORPUS.is_dir():
        pytest.skip("TempEval-3 training corpus not available")
    scorer = _scorer()
    docs = scorer.load_corpus(CORPUS)
    figures = scorer.evaluate(docs).overall.figures()
    # a regression guard a little under the figures reached (0.947 relaxed, 0.809 value)
    assert figures["f1"] >= 0.93
    assert figures["value_f1"] >= 0.79
