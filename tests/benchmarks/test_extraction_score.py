"""The extraction scorer's matching, dating and title rules, on small made-up articles."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from timeline_app.core.dates import When

REPO = Path(__file__).resolve().parents[2]


def _load(name: str):
    return _load_path(REPO / "benchmarks" / f"{name}.py", name)


def _load_path(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


score = _load("extraction_score")
titles = _load("title_checks")

TEXT = (
    "Harbour workers walked out on Monday in Port Elm. "
    "The port authority said on Tuesday it would not negotiate. "
    "Mr. Vance, the union's leader, met the mayor on Wednesday."
)


def gold(title, date, evidence, keys, optional=False, text=TEXT):
    when = When.from_edtf(date) if date else None
    spans = score.evidence_spans(text, evidence)
    return score.GoldEvent(title, when, spans, tuple(keys), optional)


def proposal(title, date, sentence, text=TEXT):
    start = text.index(sentence)
    return score.Proposal(title, When.from_edtf(date), start, start + len(sentence))


STRIKE = gold(
    "Harbour workers strike", "2026-03-02", ["walked out on Monday"], ["walked out", "strike"]
)
REFUSAL = gold("Port refuses to negotiate", "2026-03-03", ["would not negotiate"], ["negotiate"])
NONE_JUDGED = score.JudgedTitles([])
MEETING = gold(
    "Union leader meets mayor", "2026-03-04", ["met the mayor"], ["met", "meets"], optional=True
)


def test_sentences_do_not_end_at_abbreviations_initials_or_decimals():
    text = "Mr. Vance reached the U.S. on Jan. 3 at 9.5 knots. He left.\n\nA new line"
    sentences = [text[a:b].strip() for a, b in score.sentence_spans(text)]
    assert sentences == [
        "Mr. Vance reached the U.S. on Jan. 3 at 9.5 knots.",
        "He left.",
        "A new line",
    ]


def test_evidence_a_snippet_of_the_text_names_its_whole_sentence():
    (span,) = score.evidence_spans(TEXT, ["would not negotiate"])
    assert (
        TEXT[span[0] : span[1]].strip()
        == "The port authority said on Tuesday it would not negotiate."
    )
    with pytest.raises(ValueError, match="not in the text"):
        score.evidence_spans(TEXT, ["a sentence the article never had"])


def test_a_proposal_matches_when_its_sentence_and_a_key_word_agree():
    same = proposal("Dockers walked out in Port Elm", "2026-03-02", "Harbour workers walked out")
    assert score.match([STRIKE], [same]) == {0: 0}


def test_a_key_word_in_another_sentence_is_no_match():
    elsewhere = proposal("Union leader says strike goes on", "2026-03-04", "Mr. Vance, the union")
    assert score.match([STRIKE], [elsewhere]) == {}


def test_the_right_sentence_with_an_unrelated_title_is_no_match():
    junk = proposal("Port Elm", "2026-03-02", "Harbour workers walked out")
    assert score.match([STRIKE], [junk]) == {}


def test_two_common_words_of_the_gold_title_match_without_a_key():
    pay = gold("Harbour workers walk out over pay", "2026-03-02", ["walked out"], ["walked out"])
    reworded = proposal("Workers stop work over pay", "2026-03-02", "Harbour workers walked out")
    assert score.match([pay], [reworded]) == {0: 0}


def test_shared_names_alone_are_no_match():
    born = gold("Steve Jobs born in San Francisco", "1955", ["Harbour workers"], ["born"])
    other = proposal("Steve Jobs builds Apple in San Francisco", "1955", "Harbour workers")
    assert score.match([born], [other]) == {}


def test_of_two_proposals_for_one_event_the_rightly_dated_one_is_matched():
    close = proposal("Harbour workers strike and walk out", "2026", "Harbour workers walked out")
    right = proposal("Workers strike", "2026-03-02", "Harbour workers walked out")
    assert score.match([STRIKE], [close, right]) == {1: 0}


def test_a_key_of_several_words_needs_all_of_them():
    half = proposal("Workers walked off", "2026-03-02", "Harbour workers walked out")
    assert score.affinity(STRIKE, half.title) == 0
    assert score.affinity(STRIKE, "Workers walked out of the harbour") > 0


def test_predicate_forms_share_a_stem():
    assert score.stem("released") == score.stem("releases") == score.stem("release")
    assert score.stem("dies") == score.stem("died")
    assert score.stem("kidnapped") == score.stem("kidnaped") == score.stem("kidnap")
    assert score.stem("planned") == score.stem("plans")
    assert score.stem("Apple's") == score.stem("Apple")


def test_one_proposal_per_gold_event_the_second_counts_against_precision():
    first = proposal("Harbour workers strike", "2026-03-02", "Harbour workers walked out")
    again = proposal("Workers strike in Port Elm", "2026-03-02", "Harbour workers walked out")
    assert score.match([STRIKE], [first, again]) == {0: 0}
    article = score.JudgedArticle("made-up", "wikinews", dt.date(2026, 3, 5), TEXT, (STRIKE,))
    figures = score.score_article(article, [first, again], NONE_JUDGED).tally.figures()
    assert (figures["precision"], figures["recall"]) == (0.5, 1.0)


def test_a_proposal_for_an_optional_event_counts_neither_way():
    article = score.JudgedArticle(
        "made-up", "wikinews", dt.date(2026, 3, 5), TEXT, (STRIKE, REFUSAL, MEETING)
    )
    proposals = [
        proposal("Harbour workers strike", "2026-03-02", "Harbour workers walked out"),
        proposal("Vance meets mayor", "2026-03-04", "Mr. Vance, the union"),
    ]
    figures = score.score_article(article, proposals, NONE_JUDGED).tally.figures()
    assert figures["precision"] == 1.0  # the meeting is neither right nor wrong
    assert figures["recall"] == 0.5  # the refusal was missed; the optional meeting is no miss
    assert figures["gold"] == 2


def test_a_required_event_is_served_before_an_optional_one():
    both = gold("Harbour workers meet", None, ["walked out on Monday"], ["workers"], optional=True)
    one = proposal("Harbour workers strike", "2026-03-02", "Harbour workers walked out")
    assert score.match([both, STRIKE], [one]) == {0: 1}


@pytest.mark.parametrize(
    ("gold_date", "proposed", "right"),
    [
        ("2008-02", "2008-02-14", True),  # more precise, inside the gold month
        ("2008-02", "2008-02", True),
        ("2008-02", "2008", False),  # vaguer than the text says
        ("2008-02", "2008-03-01", False),
        ("2008-04-09~", "2008-04", True),  # approximate: any overlap
        ("2008-04-09~", "2008-04-08", False),
        ("1998-02-16/1998-02-28", "1998-02-20", True),  # "last week" as an interval
        ("1998-02-16/1998-02-28", "1998-02-23/1998-03-01", False),
        ("2010~", "2010-03", True),
    ],
)
def test_date_right_at_the_gold_precision(gold_date, proposed, right):
    event = gold("Harbour workers strike", gold_date, ["walked out"], ["strike"])
    assert score.date_right(event, When.from_edtf(proposed)) is right


def test_dates_right_is_a_share_of_the_matched_events():
    article = score.JudgedArticle(
        "made-up", "timebank", dt.date(2026, 3, 5), TEXT, (STRIKE, REFUSAL)
    )
    proposals = [
        proposal("Harbour workers strike", "2026-03-02", "Harbour workers walked out"),
        proposal("Port refuses to negotiate", "2026-03-05", "The port authority said"),
    ]
    figures = score.score_article(article, proposals, NONE_JUDGED).tally.figures()
    assert figures["dates_right"] == 0.5


def test_articles_added_later_are_reported_apart_from_the_original_ones(tmp_path):
    strike = proposal("Harbour workers strike", "2026-03-02", "Harbour workers walked out")
    path = tmp_path / "added.json"
    path.with_suffix(".txt").write_text(TEXT, encoding="utf-8")
    meta = {"article": "added", "source": "aquaint", "published": "2026-03-05",
            "group": "2026-12", "events": [{"date": "2026-03-02", "title": "Workers strike",
            "evidence": ["walked out on Monday"], "keys": ["strike"], "optional": False}]}  # fmt: skip
    path.write_text(json.dumps(meta), encoding="utf-8")
    added = score.read_article(path)
    original = score.JudgedArticle("first", "aquaint", dt.date(2026, 3, 5), TEXT, (STRIKE, REFUSAL))
    assert (added.group, original.group) == ("2026-12", score.ORIGINAL)
    results = [
        score.score_article(added, [strike], NONE_JUDGED),
        score.score_article(original, [strike], NONE_JUDGED),
    ]
    rows = {label: tally.figures() for label, tally in score.rows_of("check", results)}
    assert list(rows) == ["aquaint", "check [original]", "check [2026-12]", "check (all)"]
    assert rows["aquaint"]["recall"] == rows["check (all)"]["recall"] == round(2 / 3, 3)
    assert rows["check [original]"]["recall"] == 0.5
    assert rows["check [2026-12]"]["recall"] == 1.0
    # one batch only (dev): no group lines
    one = score.rows_of("dev", results[1:])
    assert [label for label, _ in one] == ["aquaint", "dev (all)"]


def test_judged_titles_are_found_by_article_title_and_start(tmp_path):
    one = proposal("Harbour workers strike", "2026-03-02", "Harbour workers walked out")
    two = proposal("Port refuses to negotiate", "2026-03-03", "The port authority said")
    path = tmp_path / "titles-judged.jsonl"
    rows = [
        {"article": "made-up", "title": one.title, "start": one.start, "score": 5, "note": ""},
        {"article": "made-up", "title": two.title, "start": two.start, "score": None, "note": ""},
        {"article": "other", "title": two.title, "start": two.start, "score": 1, "note": ""},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    judged = score.read_judged(path)
    article = score.JudgedArticle("made-up", "wikinews", dt.date(2026, 3, 5), TEXT, (STRIKE,))
    tally = score.score_article(article, [one, two], judged).tally
    assert tally.judged == [5]  # the unscored row and the other article's row do not count


def test_the_judged_titles_of_the_set_and_of_each_split_are_read_together(tmp_path):
    (tmp_path / "check").mkdir()
    rows = {
        tmp_path / "titles-judged.jsonl": {"article": "a", "title": "Workers strike", "start": 0},
        tmp_path / "check" / "titles-judged.jsonl": {"article": "b", "title": "Port", "start": 9},
    }
    for score_given, (path, row) in enumerate(rows.items(), start=4):
        path.write_text(json.dumps({**row, "score": score_given, "note": ""}) + "\n")
    files = score.judged_files(tmp_path)
    assert files == list(rows)
    judged = score.read_judged(*files)
    assert (judged.score("a", "Workers strike", 0), judged.score("b", "Port", 9)) == (4, 5)


def test_a_judged_title_keeps_its_score_when_its_sentence_moves_unless_judgements_differ():
    judged = score.JudgedTitles(
        [
            {"article": "a", "title": "Workers strike", "start": 0, "score": 4},
            {"article": "a", "title": "Agreement", "start": 10, "score": 1},
            {"article": "a", "title": "Agreement", "start": 90, "score": 3},
        ]
    )
    assert judged.score("a", "Workers strike", 55) == 4
    assert judged.score("a", "Agreement", 90) == 3
    assert judged.score("a", "Agreement", 40) is None  # two judgements disagree: judge again


@pytest.mark.parametrize(
    ("title", "failed"),
    [
        ("Minister says he discussed the issue with Mr", ["ends on an honorific"]),
        ("Minister says he discussed the issue with", ["ends on a preposition"]),
        ("Storm floods the harbour's", ["ends on a possessive"]),
        ("Harbour workers walk out", []),
        (
            "Harbour workers in Port Elm walk out over pay and hours after talks with owners fail",
            ["longer than 12 words"],
        ),
        ("Savings of the people of the island", ["lacks a verb"]),
        # a plural the dictionary knows without its s takes a bare verb
        ("Fishermen rescue about 200 refugees", []),
    ],
)
def test_title_checks(title, failed):
    assert titles.failures(title) == failed


def test_an_unreadable_judgement_file_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "titles-judged.jsonl"
    bad.write_text('{"article": "made-up", "title"\n', encoding="utf-8")
    assert score.main(["--judged", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("The development set cannot be read:") and err.count("\n") == 1


def _fetched(split: str) -> bool:
    return split not in score.FETCHED or all(
        p.with_suffix(".txt").exists() for p in (score.DATA / split).glob("*.json")
    )


def test_every_judged_article_reads_with_dated_required_events_and_short_titles():
    for split in filter(_fetched, score.SPLITS):
        articles = score.load_split(split)  # every evidence snippet is found in its text
        assert articles
        for article in articles:
            for event in article.events:
                assert event.optional or event.when is not None, (article.name, event.title)
                assert len(event.title.split()) <= 12, event.title
                assert event.keys, event.title


def test_the_stored_texts_are_what_make_texts_rebuilds(tmp_path):
    corpora = Path("/work/shared/corpora")
    if not corpora.is_dir():
        pytest.skip("the shared corpora are not on this machine")
    builder = _load_path(score.DATA / "make_texts.py", "make_texts")
    for split in set(score.SPLITS) - set(score.FETCHED):
        for path in sorted((score.DATA / split).glob("*.json")):
            meta = json.loads(path.read_text(encoding="utf-8"))
            published, text = builder.source_text(meta, corpora)
            assert published == meta["published"]
            assert text == path.with_suffix(".txt").read_text(encoding="utf-8"), path.name


# A made-up GUM-style document: a heading, a paragraph of two sentences, a multiword token
# ("Ada's"), a word glued to the next (SpaceAfter=No) and the meta lines the dating reads.
GUM_DOC = """# newdoc id = GUM_bio_madeup
# meta::dateCollected = 2019-09-10
# meta::dateCreated = 2004-01-02
# meta::dateModified = 2019-08-01
# meta::genre = bio
# meta::title = Ada Vale
# newpar
# newpar_block = head (1 s)
# sent_id = GUM_bio_madeup-1
# text = Early life
1\tEarly\tearly\tADJ\tJJ\t_\t2\tamod\t_\t_
2\tlife\tlife\tNOUN\tNN\t_\t0\troot\t_\t_

# newpar
# newpar_block = p (2 s)
# sent_id = GUM_bio_madeup-2
# text = Ada's mill opened in 1850.
1-2\tAda's\t_\t_\t_\t_\t_\t_\t_\t_
1\tAda\tAda\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
3\tmill\tmill\tNOUN\tNN\t_\t4\tnsubj\t_\t_
4\topened\topen\tVERB\tVBD\t_\t0\troot\t_\t_
5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_
6\t1850\t1850\tNUM\tCD\t_\t4\tobl\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# sent_id = GUM_bio_madeup-3
# text = It closed (1862).
1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\tclosed\tclose\tVERB\tVBD\t_\t0\troot\t_\t_
3\t(\t(\tPUNCT\t-LRB-\t_\t4\tpunct\t_\tSpaceAfter=No
4\t1862\t1862\tNUM\tCD\t_\t2\tobl\t_\tSpaceAfter=No
5\t)\t)\tPUNCT\t-RRB-\t_\t4\tpunct\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

"""


def test_a_gum_document_is_rebuilt_as_written_with_its_title_headings_and_paragraphs(tmp_path):
    builder = _load_path(score.DATA / "make_texts.py", "make_texts")
    conllu = tmp_path / "gum" / "made-up.conllu"
    conllu.parent.mkdir()
    conllu.write_text(GUM_DOC, encoding="utf-8")
    meta = {"source": "gum-train", "origin": "gum/made-up.conllu#GUM_bio_madeup"}
    published, text = builder.source_text(meta, tmp_path)
    assert text == "Ada Vale\n\nEarly life\n\nAda's mill opened in 1850. It closed (1862).\n"
    # a biography is read as of the revision GUM collected, not the page's creation
    assert published == "2019-08-01"
    news = GUM_DOC.replace("genre = bio", "genre = news")
    conllu.write_text(news, encoding="utf-8")
    assert builder.source_text(meta, tmp_path)[0] == "2004-01-02"  # the day it was published
    # ... unless its dateline says which day the story ran
    dateline = "1\tFriday\tFriday\tPROPN\tNNP\t_\t0\troot\t_\tSpaceAfter=No\n"
    dateline += "2\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n3\tMay\tMay\tPROPN\tNNP\t_\t1\tappos\t_\t_\n"
    dateline += "4\t7\t7\tNUM\tCD\t_\t3\tnummod\t_\tSpaceAfter=No\n"
    dateline += "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n6\t2004\t2004\tNUM\tCD\t_\t3\tnmod\t_\t_\n\n"
    conllu.write_text(
        news.replace(
            "# newpar\n# newpar_block = p", f"# newpar\n{dateline}# newpar\n# newpar_block = p"
        ),
        encoding="utf-8",
    )
    published, text = builder.source_text(meta, tmp_path)
    assert "\n\nFriday, May 7, 2004\n\n" in text and published == "2004-05-07"


def _kinds_row(p, kind, right, better=None, actors=(), missing=(), wrong=()):
    return {"article": "made-up", "split": "dev", "title": p.title, "start": p.start,
            "kind": kind, "actors": list(actors), "right": right, "better": better,
            "actors_missing": list(missing), "actors_wrong": list(wrong), "note": ""}  # fmt: skip


def _with_kind(p, kind, actors=()):
    return score.Proposal(p.title, p.when, p.start, p.end, kind, tuple(actors))


def test_kinds_right_is_the_share_of_judged_proposals_whose_kind_the_coder_accepts(tmp_path):
    strike = proposal("Harbour workers strike", "2026-03-02", "Harbour workers walked out")
    refusal = proposal("Port refuses to negotiate", "2026-03-03", "The port authority said")
    meeting = proposal("Union leader meets mayor", "2026-03-04", "Mr. Vance, the union's")
    path = tmp_path / "kinds-judged.jsonl"
    rows = [
        _kinds_row(strike, "protest", True),
        # judged wrong with "economy" better: the extractor that now says economy is right
        _kinds_row(refusal, "legal", False, better="economy"),
        _kinds_row(meeting, "diplomacy", None),  # not judged yet
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    kinds = score.read_judged_kinds(path)
    article = score.JudgedArticle("made-up", "wikinews", dt.date(2026, 3, 5), TEXT, (STRIKE,))

    def figures(*given):
        return score.score_article(article, list(given), NONE_JUDGED, kinds).tally.figures()

    now = figures(
        _with_kind(strike, "protest"), _with_kind(refusal, "economy"), _with_kind(meeting, "x")
    )
    assert (now["kind_right"], now["kinds_judged"], now["kinds_unjudged"]) == (1.0, 2, 1)
    # a kind the coder accepted, changed, is wrong; the one judged wrong stays wrong
    worse = figures(_with_kind(strike, "riot"), _with_kind(refusal, "legal"))
    assert worse["kind_right"] == 0.0
    # another title is another proposal: unjudged
    retitled = score.Proposal("Dockers strike", strike.when, strike.start, strike.end, "protest")
    assert figures(retitled)["kinds_judged"] == 0


def test_actor_faults_are_those_the_coder_named_that_remain():
    strike = proposal("Harbour workers strike", "2026-03-02", "Harbour workers walked out")
    kinds = score.JudgedKinds(
        [
            _kinds_row(
                strike,
                "protest",
                True,
                actors=["Port Elm"],
                missing=["Mr. Vance"],
                wrong=["Port Elm"],
            )
        ]  # fmt: skip
    )
    article = score.JudgedArticle("made-up", "wikinews", dt.date(2026, 3, 5), TEXT, (STRIKE,))

    def figures(*actors):
        given = [_with_kind(strike, "protest", actors)]
        return score.score_article(article, given, NONE_JUDGED, kinds).tally.figures()

    as_judged = figures("Port Elm")
    assert (as_judged["actor_missing"], as_judged["actor_wrong"]) == (1.0, 1.0)
    fixed = figures("Mr. Vance")
    assert (fixed["actor_missing"], fixed["actor_wrong"]) == (0.0, 0.0)


def test_the_report_says_how_many_kinds_are_judged_and_unjudged():
    tally = score.Tally(proposed=5, kinds_judged=4, kinds_right=3, actors_missing=1)
    line = score.kinds_line(tally.figures())
    assert line.startswith("kinds: right 0.750 of 4 judged (1 unjudged); an actor missing 0.250")
    assert score.kinds_line(score.Tally(proposed=2).figures()) == (
        "kinds: none judged (2 proposals unjudged)"
    )


def test_a_fetched_split_without_its_texts_says_which_script_brings_them(tmp_path):
    judged = tmp_path / "modern" / "modern-page.json"
    judged.parent.mkdir()
    judged.write_text(
        json.dumps({"article": "modern-page", "source": "newspaper4k", "published": "2020-01-02",
                    "events": [], "negatives": []}),
        encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(FileNotFoundError, match=r"modern-page\.txt .* run .*fetch_modern\.py"):
        score.read_article(judged)


def test_the_judgements_of_fetched_splits_are_complete_without_their_texts():
    for split in score.FETCHED:
        files = sorted((score.DATA / split).glob("*.json"))
        assert files
        for path in files:
            meta = json.loads(path.read_text(encoding="utf-8"))
            assert dt.date.fromisoformat(meta["published"])
            for event in meta["events"]:
                assert event["optional"] or event["date"], (path.name, event["title"])
                assert len(event["title"].split()) <= 12 and event["keys"], event["title"]
                assert event["evidence"], event["title"]
