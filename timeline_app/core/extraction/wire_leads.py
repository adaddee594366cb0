"""What a wire story's lead tells as the day's news: what its source says happened, and a
result a company reports.

A wire lead tells the news through its source ("Acme Inc. said it agreed to sell its bakery
unit", "Acme reported a 30% drop in third-quarter profit"): what the source said happened is
the day's happening, reported by it, even with no date (TimeML's guidelines anchor such a
lead to the document's date, loosely). Below the lead, what someone says happened is old news
unless it is in the present perfect, or the past perfect a past saying moved it back to
(``dating_rules.past_said``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.actors import actor_names
from timeline_app.core.extraction.analysis import foretold_before
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.grammar import Aspect
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.tenses import Tense

if TYPE_CHECKING:
    from timeline_app.core.extraction.analysis import Analysis
    from timeline_app.core.extraction.sentences import Sentence

# Verbs of making known that, with a noun for their object rather than a clause, tell a
# happening: "reported a 30% drop in profit", "announced a merger", "disclosed a stake".
RESULT_VERBS = lexicon.words("report announce disclose unveil")


_LEAD_SAYING = lexicon.words("say tell announce disclose report")


def lead_report(analyses: list[Analysis], index: int, sentence: Sentence) -> bool:
    """ "Harbor Mills Inc. said it agreed to part with its bakery unit.": in the lead, what a
    named source says happened is the day's news, reported by it."""
    return sentence.lead and source_report(analyses, index)


def source_report(analyses: list[Analysis], index: int) -> bool:
    """ "Harbor Mills Inc. said it agreed to part with its bakery unit": whether clause ``index``
    is what a named source says (or announces) happened."""
    clause = analyses[index].clause
    if clause.kind != ClauseKind.COMPLEMENT or clause.parent is None:
        return False
    speaker = analyses[clause.parent]
    group = speaker.group
    # "Acme announced that it agreed to buy ...", "Acme reported that its profit rose 19%":
    # announcing that a thing happened, or reporting a result, tells it as "said" does (a
    # report of how talks went is a view: "reported that the talks went well")
    if group is None or content_lemma(group) not in _LEAD_SAYING:
        return False
    if content_lemma(group) == "report" and not any(t.text[:1].isdigit() for t in clause.tokens):
        return False
    return speaker.nominal_subject or bool(actor_names(speaker.mentions))


def reported_so_far(analyses: list[Analysis], index: int) -> bool:
    """ "The firm said it has now agreed to sell its van unit": below the lead too, what a named
    source says has happened, in the present perfect, is its news of the day (the perfect
    reaches up to the telling), not the story's background."""
    group = analyses[index].group
    return (
        group is not None
        and group.aspect == Aspect.PERFECT
        and not group.negated
        and (group.tense == Tense.PRESENT or _backshifted(analyses, index))
        and source_report(analyses, index)
    )


def _backshifted(analyses: list[Analysis], index: int) -> bool:
    """ "The firm said it had agreed to sell its van unit": under a saying in the past,
    English moves what was said back a tense, so the past perfect there is the source's own
    present perfect ("we have agreed"), news at the telling, not a happening before it."""
    group = analyses[index].group
    parent = analyses[index].clause.parent
    speaker = analyses[parent].group if parent is not None else None
    return (
        group is not None
        and group.tense == Tense.PAST
        and speaker is not None
        and speaker.tense == Tense.PAST
        and speaker.aspect == Aspect.SIMPLE
    )


def reports_a_result(analysis: Analysis) -> bool:
    """ "Harbor Mills reported a 30% drop in third-quarter profit": a verb of making known
    with a noun for its object, and no clause said, tells a happening (reporting it)."""
    group = analysis.group
    if group is None or analysis.said is not None:
        return False
    if content_lemma(group) not in RESULT_VERBS:
        return False
    if group.tense == Tense.PRESENT and group.aspect == Aspect.SIMPLE:
        return False  # "Acme reports drop in profit": a headline, which the lede retells
    words = [t for t in group.rest if t.is_word]
    # "announced that", "reported how", "reported to police that": a clause is told, or
    # told to someone, not a thing
    return (
        bool(words)
        and words[0].low not in lexicon.SUBORDINATORS
        and words[0].low not in lexicon.PREPOSITIONS
        and not any(t.low == "that" for t in words)
    )


# "has been postponed until 2018", "has extended its offer to Nov. 3": the day a wait is moved
# to is a term of what came about, not when it did
MOVING_AN_END = lexicon.words("""
extend postpone delay defer adjourn prolong reschedule move push shift
""")
_UP_TO = frozenset({"until", "till", "til", "to", "through"})


def _new_end(analysis: Analysis, at: int) -> bool:
    """Whether the date at offset ``at`` is the new end a clause's verb moves a wait to."""
    group = analysis.group
    if group is None or content_lemma(group) not in MOVING_AN_END:
        return False
    before = [t for t in analysis.clause.tokens if t.end <= at]
    return bool(before) and before[-1].low in _UP_TO


def going_on_when_told(analyses: list[Analysis], index: int) -> int | None:
    """ "The army is shelling the city, the minister said Saturday", "The death toll has
    risen to 9, officials said Wednesday": what a closing report tells in the present
    progressive or perfect was going on, or had come about, on the day it was told, so the
    report's date dates it; the main clause's number, if so."""
    if analyses[index].clause.kind != ClauseKind.REPORT:
        return None
    # the main clause, or its resumption after an aside ("X, which ..., has risen")
    main = next(
        (j for j in range(index - 1, -1, -1) if analyses[j].clause.kind.carries_sentence), None
    )
    if main is None or any(not _new_end(analyses[main], t.start) for t in analyses[main].timexes):
        return None
    group = analyses[main].group
    if (
        group is None
        or group.tense != Tense.PRESENT
        or group.aspect == Aspect.SIMPLE
        or group.negated
        or not analyses[main].reading.proposed
    ):
        return None
    return main


# Plans a source can announce: "plans to add a crossing", "intends to sell the unit".
_PLAN_VERBS = lexicon.words("plan intend aim")
_ANNOUNCING = lexicon.words("announce declare")


def plan_announced(analyses: list[Analysis], index: int) -> int | None:
    """ "The ferry line plans to add a night crossing, the company announced Monday": a
    closing announcement of a plan is the day's happening (the plan is not); the number of
    the clause that tells the plan, if so."""
    report = analyses[index]
    if report.clause.kind != ClauseKind.REPORT or report.group is None:
        return None
    if content_lemma(report.group) not in _ANNOUNCING:
        return None
    main = next(
        (j for j in range(index - 1, -1, -1) if analyses[j].clause.kind == ClauseKind.MAIN), None
    )
    group = analyses[main].group if main is not None else None
    if group is None or group.negated or content_lemma(group) not in _PLAN_VERBS:
        return None
    return main


def foretold_or_planned(analyses: list[Analysis], index: int) -> int | None:
    """What a closing report announces: what will be (``analysis.foretold_before``) or a
    plan."""
    told = foretold_before(analyses, index)
    return told if told is not None else plan_announced(analyses, index)


# The speaker's own doing, told in its complement by a pronoun that stands for it.
_OWN = lexicon.words("it they we")


def announces_own_plan(analyses: list[Analysis], index: int, sentence: Sentence) -> bool:
    """ "Harbor Mills Inc. said it plans to raise $40 million", "... said it will merge with
    a unit of Delta Foods": in the lead, a named source telling what it plans or will do
    has announced it; the announcement is the day's news (what is planned has not
    happened, and is not proposed on its own), as it is when a date says when it was made.
    What it says will happen to others ("said the economy will grow") is a forecast."""
    analysis = analyses[index]
    group = analysis.group
    if (
        not sentence.lead
        or not analysis.clause.kind.carries_sentence
        or group is None
        or group.negated
        or group.tense != Tense.PAST
        or content_lemma(group) not in _LEAD_SAYING
    ):
        return False
    if not (analysis.nominal_subject or actor_names(analysis.mentions)):
        return False
    said = next(
        (
            a
            for a in analyses[index + 1 :]
            if a.clause.kind == ClauseKind.COMPLEMENT and a.clause.parent == index
        ),
        None,
    )
    told = said.group if said is not None else None
    if told is None or told.negated:
        return False
    subject = [t for t in told.subject if t.is_word]
    if len(subject) != 1 or subject[0].low not in _OWN:
        return False
    planned = content_lemma(told) in _PLAN_VERBS and told.tense == Tense.PRESENT
    return planned or told.tense == Tense.FUTURE
