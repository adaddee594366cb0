"""Gathering many articles' events into one event per happening, copies of one wire story,
and the Admiralty grade suggested from the sources."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from timeline_app.core.admiralty import GradeError, describe_grade, grade_rank, read_grade
from timeline_app.core.corroboration import (
    combine,
    disagreement,
    independent_sources,
    merge_into,
    regrade,
    split_sources,
    suggest_confidence,
)
from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Article, Attribution, Event, SourceRef
from timeline_app.core.syndication import find_copies

WIRE = (
    "KYIV, March 2 (Reuters) - Russian forces shelled the port city of Mariupol on Tuesday, "
    "the city council said, cutting power and water to tens of thousands of residents as "
    "the siege entered its second week. Officials said evacuation buses could not leave "
    "because the road out of the city was under fire, and aid groups appealed for a pause."
)


def day(d: int, month: int = 3) -> When:
    return When(FuzzyDate(2022, month, d))


def event(
    eid: str,
    title: str,
    when: When,
    article: str,
    evidence: str = "",
    *,
    actors: tuple[str, ...] = (),
    category: str = "",
    attribution: Attribution = Attribution.STATED,
    attributed_to: str = "",
    name: str = "",
) -> Event:
    source = SourceRef(
        source_id=article,
        name=name or article,
        evidence=evidence or title,
        start=0,
        end=len(evidence or title),
        attribution=attribution,
        attributed_to=attributed_to,
    )
    return Event(eid, title, when, actors=actors, category=category, sources=(source,))


def articles(*items: Article) -> dict[str, Article]:
    return {a.id: a for a in items}


# --- one happening, one event -------------------------------------------------------------------


def test_two_outlets_telling_one_shelling_become_one_event_with_both_sources():
    timeline = [
        event(
            "t1",
            "Russian forces shell Mariupol",
            day(1),
            "reuters",
            "Russian forces shelled the port city of Mariupol on Tuesday.",
            actors=("Russia",),
            category="explosion",
        )
    ]
    new = [
        event(
            "n1",
            "Mariupol shelled by Russian troops",
            day(1),
            "bbc",
            "Mariupol was shelled by Russian troops for a sixth day, the mayor said.",
            actors=("Russia",),
            category="armed clash",
        ),
        event("n2", "Talks open in Belarus", day(1), "bbc", actors=("Ukraine",)),
    ]
    result = merge_into(timeline, new, {})
    assert result.joined == {"n1": "t1"}
    assert [e.id for e in result.added] == ["n2"]
    merged = result.updated["t1"]
    assert [s.source_id for s in merged.sources] == ["reuters", "bbc"]
    assert merged.sources[1].evidence.startswith("Mariupol was shelled")
    assert all(s.when == day(1) for s in merged.sources)
    assert result.notes["n1"] == "a second source for “Russian forces shell Mariupol”"
    assert result.notes["n2"] == ""
    assert [e.id for e in result.events] == ["t1", "n2"]


@pytest.mark.parametrize(
    "other",
    [
        # Another kind of happening on the same day, same words.
        dataclasses.replace(
            event("n", "Russian forces shell Mariupol", day(1), "bbc"), category="protest"
        ),
        # A week apart.
        event("n", "Russian forces shell Mariupol", day(8), "bbc"),
        # Other actors.
        event("n", "Russian forces shell Mariupol", day(1), "bbc", actors=("Belarus",)),
        # Other words.
        event("n", "Parliament passes budget", day(1), "bbc"),
    ],
)
def test_events_that_differ_in_kind_date_actors_or_words_stay_apart(other):
    timeline = [
        event(
            "t1",
            "Russian forces shell Mariupol",
            day(1),
            "reuters",
            actors=("Russia",),
            category="explosion",
        )
    ]
    result = merge_into(timeline, [other], {})
    assert result.joined == {}
    assert [e.id for e in result.events] == ["t1", "n"]


def test_two_events_of_one_article_are_never_gathered_together():
    first = event("a", "Troops shell Mariupol", day(1), "reuters", "Troops shelled Mariupol.")
    second = event("b", "Troops shell Mariupol", day(1), "reuters", "Troops shelled it again.")
    second.sources = (dataclasses.replace(second.sources[0], start=40, end=60),)
    assert merge_into([first], [second], {}).joined == {}


def test_reading_the_same_article_again_adds_nothing():
    first = event("a", "Troops shell Mariupol", day(1), "reuters")
    again = dataclasses.replace(first, id="b")
    result = merge_into([first], [again], {})
    assert result.joined == {"b": "a"} and result.updated == {}
    assert result.notes["b"] == "already a source of “Troops shell Mariupol”"


def test_new_articles_gather_among_themselves_too():
    new = [
        event("a", "Ceasefire agreed in Minsk", day(5), "reuters"),
        event("b", "Ceasefire agreed in Minsk", day(5), "ap"),
        event("c", "Minsk ceasefire agreed", day(5), "afp"),
    ]
    result = merge_into([], new, {})
    assert [e.id for e in result.added] == ["a"]
    assert len(result.added[0].sources) == 3
    assert result.notes["c"] == "a third source for “Ceasefire agreed in Minsk”"


# --- dates that disagree ------------------------------------------------------------------------


def test_sources_a_day_apart_are_one_event_that_shows_each_reading():
    timeline = [event("t", "Dam destroyed at Nova Kakhovka", day(6, 6), "reuters", name="Reuters")]
    new = [event("n", "Nova Kakhovka dam destroyed", day(7, 6), "ap", name="AP")]
    result = merge_into(timeline, new, {})
    merged = result.updated["t"]
    assert [s.when for s in merged.sources] == [day(6, 6), day(7, 6)]
    assert merged.conflict_note == (
        "Sources disagree on the date: Reuters 6 Jun 2022; AP 7 Jun 2022"
    )
    assert merged.when == day(6, 6)  # the timeline's date stays until the user chooses
    assert result.notes["n"] == (
        "a second source for “Dam destroyed at Nova Kakhovka”; a different date for "
        "“Dam destroyed at Nova Kakhovka”: 7 Jun 2022 (the timeline has 6 Jun 2022)"
    )


def test_a_month_and_a_day_in_it_do_not_disagree():
    month = When(FuzzyDate(2022, 6))
    merged = combine(
        event("t", "Dam destroyed", month, "a"), [event("n", "Dam destroyed", day(7, 6), "b")]
    )
    assert disagreement(merged) == "" and merged.conflict_note == ""


def test_a_note_the_extractor_wrote_is_kept_when_sources_disagree():
    old = dataclasses.replace(
        event("t", "Dam destroyed", day(6, 6), "a"), conflict_note="the article also says 5 June"
    )
    merged = combine(old, [event("n", "Dam destroyed", day(7, 6), "b")])
    assert merged.conflict_note == "the article also says 5 June"
    assert disagreement(merged).startswith("Sources disagree")


# --- copies of one wire story -------------------------------------------------------------------


def test_wire_copies_are_found_and_counted_once():
    reuters = Article(
        "r", title="Mariupol shelled", text=WIRE, publisher="Reuters", published=dt.date(2022, 3, 2)
    )
    # The same wire text under another outlet, with its own headline and credit line.
    copy = Article(
        "y",
        title="Shelling cuts power in Mariupol",
        text="Shelling cuts power in Mariupol\n" + WIRE + "\n(Reporting by Reuters staff)",
        publisher="Yahoo News",
        published=dt.date(2022, 3, 3),
    )
    own = Article(
        "b",
        text="The BBC's correspondent in Zaporizhzhia said that people arriving from "
        "Mariupol described days without heating, and that many had walked for hours.",
        publisher="BBC",
    )
    assert find_copies([copy, reuters, own]) == {"y": "r"}  # the original: the one published first
    copies = articles(reuters, dataclasses.replace(copy, copy_of="r"), own)
    held = combine(
        event("t", "Mariupol shelled", day(1), "r"),
        [event("n", "Mariupol shelled", day(1), "y"), event("m", "Mariupol shelled", day(1), "b")],
    )
    assert len(held.sources) == 3
    assert independent_sources(held, copies) == 2
    code, reason = suggest_confidence(held, copies, {})
    assert code == "F2" and reason.startswith("2 independent sources agree")


def test_a_copy_adds_no_source_in_the_review_note():
    a = Article("r", text=WIRE, publisher="Reuters")
    b = Article("y", text=WIRE, publisher="Yahoo News", copy_of="r")
    result = merge_into(
        [event("t", "Mariupol shelled", day(1), "r")],
        [event("n", "Mariupol shelled", day(1), "y")],
        articles(a, b),
    )
    assert result.notes["n"] == "a copy of a story already told for “Mariupol shelled”"


def test_texts_in_other_words_are_not_copies():
    other = (
        "Residents of Mariupol spent a sixth night in basements as shelling continued, "
        "according to the mayor, who asked for a humanitarian corridor to the west."
    )
    assert find_copies([Article("a", text=WIRE), Article("b", text=other)]) == {}


# --- confidence ---------------------------------------------------------------------------------


def test_a_single_source_is_possibly_true_from_an_outlet_the_user_rated():
    one = event("t", "Bridge struck", day(1), "r")
    code, reason = suggest_confidence(
        one, articles(Article("r", publisher="Reuters")), {"reuters": "B"}
    )
    assert code == "B3"
    assert reason == "a single source; Reuters rated B"


def test_confirmed_on_the_record_by_independent_sources_is_grade_1():
    held = combine(
        event(
            "t",
            "Bridge struck",
            day(1),
            "r",
            attributed_to="the defence ministry",
            attribution=Attribution.REPORTED,
        ),
        [event("n", "Bridge struck", day(1), "b")],
    )
    code, _ = suggest_confidence(held, {}, {"r": "A", "b": "C"})
    assert code == "A1"


@pytest.mark.parametrize(
    ("attributions", "digit"),
    [
        ((Attribution.CLAIMED,), "4"),
        ((Attribution.DENIED,), "5"),
        ((Attribution.STATED, Attribution.DENIED), "5"),
        ((Attribution.CLAIMED, Attribution.CLAIMED), "4"),
    ],
)
def test_claims_and_denials_lower_the_credibility(attributions, digit):
    parts = [
        event(f"e{n}", "Bridge struck", day(1), f"a{n}", attribution=a, attributed_to="Moscow")
        for n, a in enumerate(attributions)
    ]
    held = combine(parts[0], parts[1:])
    code, reason = suggest_confidence(held, {}, {})
    assert code == "F" + digit
    assert "no outlet's reliability is set" in reason


def test_disagreeing_dates_keep_two_sources_at_possibly_true():
    held = combine(
        event("t", "Dam destroyed", day(6), "a"), [event("n", "Dam destroyed", day(7), "b")]
    )
    assert suggest_confidence(held, {}, {})[0] == "F3"


def test_no_source_cannot_be_judged():
    assert suggest_confidence(Event("x", "Added by hand", day(1)), {}, {})[0] == "F6"


def test_a_grade_set_by_hand_is_kept_when_sources_are_added():
    mine = dataclasses.replace(
        event("t", "Bridge struck", day(1), "r"),
        confidence="A1",
        confidence_note="seen on satellite imagery",
        confidence_set_by_hand=True,
    )
    result = merge_into([mine], [event("n", "Bridge struck", day(1), "b")], {})
    kept = result.updated["t"]
    assert (kept.confidence, kept.confidence_note) == ("A1", "seen on satellite imagery")
    assert len(kept.sources) == 2
    graded = regrade(dataclasses.replace(kept, confidence_set_by_hand=False), {}, {})
    assert graded.confidence == "F2"


def test_merging_grades_the_events_it_touches():
    result = merge_into([], [event("n", "Bridge struck", day(1), "b")], {}, {"b": "C"})
    assert result.added[0].confidence == "C3"


def test_grades_are_read_described_and_ranked():
    assert read_grade(" b 2 ") == "B2" and read_grade("") == ""
    with pytest.raises(GradeError, match="A–F"):
        read_grade("G7")
    assert describe_grade("B2") == "B2: usually reliable source, probably true"
    assert sorted(["F3", "", "A5", "F1", "B1"], key=grade_rank) == ["B1", "F1", "F3", "A5", ""]


# --- split --------------------------------------------------------------------------------------


def test_split_gives_one_event_per_source_dated_by_its_reading():
    held = combine(
        event("t", "Dam destroyed", day(6), "a"), [event("n", "Dam destroyed", day(7), "b")]
    )
    first, second = split_sources(held, ["x"])
    assert (first.id, first.when, len(first.sources)) == ("t", day(6), 1)
    assert (second.id, second.when, second.sources[0].source_id) == ("x", day(7), "b")
    assert first.conflict_note == second.conflict_note == ""


def test_a_year_in_the_background_needs_more_than_one_shared_word_to_join_a_dated_report():
    report = event(
        "t", "Port reopens to grain ships", day(3, 8), "a", "The port reopened on Monday."
    )
    background = event(
        "n", "Port closes", When(FuzzyDate(2022)), "b", "The port closed in 2022 after a strike."
    )
    assert merge_into([report], [background], {}).joined == {}


def test_the_order_articles_come_in_does_not_decide_what_is_gathered():
    year = When(FuzzyDate(2015))
    opening = event(
        "c",
        "Its opening",
        year,
        "c",
        "Traffic has doubled since its opening in 2015.",
    )
    dated = event("a", "City opens Kerch bridge", When(FuzzyDate(2015, 5, 15)), "a")
    background = event(
        "b",
        "City opens Kerch bridge to traffic",
        year,
        "b",
        "The city opened the Kerch bridge to traffic in 2015, and its opening drew crowds.",
    )
    for order in ([opening, dated, background], [dated, background, opening]):
        result = merge_into([], order, {})
        assert len(result.events) == 1, [e.title for e in result.events]
        assert sorted(s.source_id for s in result.events[0].sources) == ["a", "b", "c"]


# --- exports ------------------------------------------------------------------------------------


def graded_pair() -> tuple[Event, dict[str, Article]]:
    held = combine(
        event("t", "Dam destroyed", day(6), "r", name="Reuters"),
        [
            event("n", "Dam destroyed", day(7), "y", name="Yahoo"),
            event("m", "Dam destroyed", day(7), "b", name="BBC"),
        ],
    )
    held = dataclasses.replace(held, confidence="B3", confidence_note="dates disagree")
    copies = articles(
        Article("r", text=WIRE, publisher="Reuters"),
        Article("y", text=WIRE, publisher="Yahoo", copy_of="r"),
        Article("b", publisher="BBC"),
    )
    return held, copies


def test_csv_carries_the_grade_its_note_and_the_independent_sources_and_reads_them_back():
    import io

    from timeline_app.core.csv_format import export_csv, import_csv

    held, copies = graded_pair()
    stream = io.StringIO()
    export_csv([held], stream, sources=copies)
    row = stream.getvalue().split("\r\n")[1]
    assert row.endswith(",B3,dates disagree,2")
    back = import_csv(io.StringIO(stream.getvalue())).events[0]
    assert (back.confidence, back.confidence_note, back.confidence_set_by_hand) == (
        "B3",
        "dates disagree",
        True,
    )
    bad = stream.getvalue().replace(",B3,", ",Z9,")
    result = import_csv(io.StringIO(bad))
    assert result.events[0].confidence == ""
    assert "is not a grade" in result.problems[0].message


def test_xlsx_and_timelinejs_carry_the_grade(tmp_path):
    import openpyxl

    from timeline_app.core.timelinejs import event_html
    from timeline_app.core.xlsx_format import export_xlsx

    held, copies = graded_pair()
    target = tmp_path / "events.xlsx"
    export_xlsx([held], target, sources=copies)
    sheet = openpyxl.load_workbook(target).active
    header = [cell.value for cell in sheet[1]]
    values = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert (values["confidence"], values["independent_sources"]) == ("B3", "2")
    slide = event_html(held, copies)
    assert "Confidence: B3 (usually reliable source, possibly true). dates disagree" in slide
    assert "Sources disagree on the date: Reuters 6 Mar 2022; Yahoo, BBC 7 Mar 2022" in slide


def test_two_happenings_of_one_sentence_stay_two_events():
    sentence = "Simultaneous bombings killed 258 people and injured 5,000 people on Friday."
    kill = event("k", "Simultaneous bombings kill 258 people", day(7, 8), "ap", sentence)
    injure = event("i", "Simultaneous bombings injure 5,000 people", day(7, 8), "ap", sentence)
    result = merge_into([], [kill, injure], {})
    assert [e.id for e in result.added] == ["k", "i"]
    again = merge_into(result.events, [dataclasses.replace(injure, id="x")], {})
    assert again.joined == {"x": "i"} and again.notes["x"].startswith("already a source")


def test_a_year_against_a_month_asks_the_words_alone_to_agree():
    renamed = event(
        "y",
        "Shop renamed to Record Store",
        When(FuzzyDate(2006)),
        "a",
        "The shop was renamed Record Store in 2006 as it began selling films.",
    )
    branded = event(
        "m",
        "Store branded by court",
        When(FuzzyDate(2006, 5)),
        "b",
        "The court ruled in May that the store was a brand, not a record label.",
    )
    assert merge_into([renamed], [branded], {}).joined == {}
