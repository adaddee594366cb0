"""The review queue across articles: candidates of several made-up articles gathered by
happening, newest first, with what each group adds to the timeline, and the edit that the
accepted groups make."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import FuzzyDate, When
from timeline_app.core.events import Article, Attribution, Event, SourceRef
from timeline_app.core.review_queue import (
    NEW_NOTE,
    ON_TIMELINE_NOTE,
    QueuedArticle,
    group_queue,
    queue_addition,
)

WIRE = (
    "NOVA KAKHOVKA, June 6 (Reuters) - The Nova Kakhovka dam on the Dnipro was destroyed "
    "early on Tuesday, Ukraine's military said, sending water through dozens of villages "
    "downstream as officials ordered thousands of residents to leave their homes."
)


def day(d: int) -> When:
    return When(FuzzyDate(2023, 6, d))


def article(aid: str, outlet: str, text: str = "", published: int = 7) -> Article:
    return Article(
        aid,
        title=f"{outlet} report",
        text=text or f"{outlet} reports on the war in Ukraine.",
        publisher=outlet,
        published=dt.date(2023, 6, published),
        sha256=aid * 8,
        captured_at=f"2023-06-{published:02d}T09:30:00Z",
    )


def event(eid: str, title: str, when: When, art: Article, evidence: str, start: int = 0) -> Event:
    source = SourceRef(
        source_id=art.id,
        name=art.publisher,
        evidence=evidence,
        start=start,
        end=start + len(evidence),
        attribution=Attribution.REPORTED,
        attributed_to="officials",
        date_text="on Tuesday",
        when=when,
    )
    return Event(eid, title, when, category="explosion", actors=("Ukraine",), sources=(source,))


REUTERS = article("reuters", "Reuters", WIRE)
AP = article("ap", "AP")
YAHOO = article("yahoo", "Yahoo News", "Dam destroyed\n" + WIRE + "\n(Reporting by Reuters)", 8)
BBC = article("bbc", "BBC")
AFP = article("afp", "AFP", published=5)
GUARDIAN = article("guardian", "Guardian")


def dam(eid: str, art: Article, d: int = 6, start: int = 0) -> Event:
    return event(
        eid,
        "Nova Kakhovka dam destroyed",
        day(d),
        art,
        "The Nova Kakhovka dam was destroyed, flooding villages.",
        start,
    )


def offensive(eid: str, art: Article, d: int = 4) -> Event:
    return event(
        eid,
        "Ukraine begins counter-offensive in Zaporizhzhia",
        day(d),
        art,
        "Ukraine began its counter-offensive in Zaporizhzhia on Sunday.",
        200,
    )


def test_two_outlets_telling_one_happening_are_one_group_with_both():
    queued = [
        QueuedArticle(REUTERS, (dam("r1", REUTERS),)),
        QueuedArticle(AP, (dam("a1", AP),)),
    ]
    [group] = group_queue(queued, [], {})
    assert [m.article.publisher for m in group.members] == ["Reuters", "AP"]
    assert group.title == "Nova Kakhovka dam destroyed"
    assert group.note == NEW_NOTE
    assert group.independent == 2
    assert group.disagreement == ""
    assert len(group.preview.sources) == 2
    assert group.preview.confidence == "F1"  # two independent sources, one on the record


def test_a_wire_copy_is_in_the_group_but_counts_once():
    queued = [
        QueuedArticle(REUTERS, (dam("r1", REUTERS),)),
        QueuedArticle(YAHOO, (dam("y1", YAHOO),)),
    ]
    [group] = group_queue(queued, [], {})
    assert len(group.members) == 2
    assert group.independent == 1
    assert [m.article.copy_of for m in group.members] == ["", "reuters"]


def test_a_date_disagreement_is_said_and_each_reading_kept():
    queued = [
        QueuedArticle(REUTERS, (dam("r1", REUTERS, 6),)),
        QueuedArticle(BBC, (dam("b1", BBC, 7),)),
    ]
    [group] = group_queue(queued, [], {})
    assert [m.reading for m in group.members] == [day(6), day(7)]
    assert group.disagreement.startswith("Sources disagree on the date: Reuters")
    assert "BBC 7 Jun 2023" in group.disagreement


def test_a_candidate_joining_a_timeline_event_says_it_is_a_second_source():
    timeline = [offensive("t1", AFP)]
    queued = [QueuedArticle(GUARDIAN, (offensive("g1", GUARDIAN), dam("g2", GUARDIAN)))]
    groups = group_queue(queued, timeline, {"afp": AFP})
    joining = next(g for g in groups if g.joins is not None)
    assert joining.key == "t1"
    assert joining.note == "a second source for “Ukraine begins counter-offensive in Zaporizhzhia”"
    assert [m.event.id for m in joining.members] == ["g1"]
    assert joining.independent == 2
    other = next(g for g in groups if g.joins is None)
    assert [m.event.id for m in other.members] == ["g2"]


def test_a_candidate_joining_at_another_date_says_so():
    timeline = [offensive("t1", AFP, 4)]
    queued = [QueuedArticle(GUARDIAN, (offensive("g1", GUARDIAN, 5),))]
    [group] = group_queue(queued, timeline, {"afp": AFP})
    assert "a different date for “Ukraine begins counter-offensive in Zaporizhzhia”" in group.note
    assert "5 Jun 2023 (the timeline has 4 Jun 2023)" in group.note


def test_newest_happening_first_and_one_articles_candidates_never_together():
    queued = [
        QueuedArticle(GUARDIAN, (offensive("g1", GUARDIAN), dam("g2", GUARDIAN))),
        QueuedArticle(REUTERS, (dam("r1", REUTERS), dam("r2", REUTERS, 6, start=300))),
    ]
    groups = group_queue(queued, [], {})
    assert [g.when for g in groups] == [day(6), day(6), day(4)]
    for group in groups:
        assert len(group.article_ids) == len(group.members)  # one candidate per article


def test_a_candidate_set_apart_is_a_group_of_its_own():
    queued = [
        QueuedArticle(REUTERS, (dam("r1", REUTERS),)),
        QueuedArticle(AP, (dam("a1", AP),)),
        QueuedArticle(BBC, (dam("b1", BBC),)),
    ]
    groups = group_queue(queued, [], {}, apart={"a1"})
    assert sorted(len(g.members) for g in groups) == [1, 2]
    alone = next(g for g in groups if g.set_apart)
    assert [m.event.id for m in alone.members] == ["a1"]


def test_accepting_a_group_makes_one_event_holding_every_accepted_source():
    queued = [
        QueuedArticle(REUTERS, (dam("r1", REUTERS),)),
        QueuedArticle(AP, (dam("a1", AP),)),
        QueuedArticle(BBC, (dam("b1", BBC, 7),)),
    ]
    groups = group_queue(queued, [], {})
    addition = queue_addition(groups, {"r1", "a1", "b1"}, {})
    [made] = addition.added
    assert made.id == "r1"
    assert [s.source_id for s in made.sources] == ["reuters", "ap", "bbc"]
    assert made.conflict_note.startswith("Sources disagree on the date")
    assert [a.id for a in addition.articles] == ["reuters", "ap", "bbc"]
    assert addition.articles[0].sha256 == "reuters" * 8  # custody fields as captured
    # A rejected first candidate: the next accepted one makes the event.
    [made] = queue_addition(groups, {"a1"}, {}).added
    assert made.id == "a1" and len(made.sources) == 1


def test_accepting_a_joining_group_adds_its_source_to_the_timeline_event():
    timeline = [offensive("t1", AFP)]
    queued = [QueuedArticle(GUARDIAN, (offensive("g1", GUARDIAN),))]
    groups = group_queue(queued, timeline, {"afp": AFP})
    addition = queue_addition(groups, {"g1"}, {"afp": AFP})
    assert addition.added == []
    [updated] = addition.updated
    assert updated.id == "t1"
    assert [s.source_id for s in updated.sources] == ["afp", "guardian"]
    assert addition.sources_joined == 1
    assert [a.id for a in addition.articles] == ["guardian"]


def test_candidates_already_added_show_as_on_the_timeline():
    queued = [
        QueuedArticle(REUTERS, (dam("r1", REUTERS),)),
        QueuedArticle(AP, (dam("a1", AP),)),
    ]
    groups = group_queue(queued, [], {})
    addition = queue_addition(groups, {"r1", "a1"}, {})
    articles = {a.id: a for a in addition.articles}
    [group] = group_queue(queued, addition.added, articles)
    assert group.note == ON_TIMELINE_NOTE
    assert all(m.on_timeline for m in group.members)
    assert group.pending_ids == []
    assert not queue_addition([group], {"r1", "a1"}, articles)


def test_a_wire_copy_of_a_timeline_article_adds_no_independent_source():
    # The copy is dated a day earlier than the original on the timeline: the one held is
    # still the original, and the newcomer its copy.
    early_copy = article("yahoo", "Yahoo News", "Dam destroyed\n" + WIRE, published=5)
    timeline = [dam("t1", REUTERS)]
    queued = [QueuedArticle(early_copy, (dam("y1", early_copy),))]
    [group] = group_queue(queued, timeline, {"reuters": REUTERS})
    assert group.joins is not None and group.joins.id == "t1"
    assert group.note == "a copy of a story already told for “Nova Kakhovka dam destroyed”"
    assert group.independent == 1
    addition = queue_addition([group], {"y1"}, {"reuters": REUTERS})
    assert [a.copy_of for a in addition.articles] == ["reuters"]
