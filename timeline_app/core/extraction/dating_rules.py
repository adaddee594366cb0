"""How clauses get their dates, as rules: small, named, tried in the order of their lists,
each documented with the sentence it handles.

* ``TARGET_RULES``: which clause a date dates. A date dates its own clause unless the first
  rule that applies says otherwise (a speaker's date may date what was said).
* ``NEWS_RULES``: whether a clause without a date is news of the day (dated to the month of
  publication). It is, unless some rule leaves it out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.actors import actor_names
from timeline_app.core.extraction.analysis import (
    Analysis,
    foretold_before,
    is_nominal,
    subject_mentions,
)
from timeline_app.core.extraction.clause_model import Clause, ClauseKind
from timeline_app.core.extraction.grammar import Aspect, VerbGroup
from timeline_app.core.extraction.named_rules import NamedRule, named_rule
from timeline_app.core.extraction.sentences import Sentence
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.tenses import Tense


@dataclass(frozen=True, slots=True)
class Aim:
    """The clause a date dates; ``index`` None: the date dates no event."""

    index: int | None


# A rule for which clause a date dates: the clause's index, ``Aim(None)`` for none, or None
# when the rule does not apply.
TargetRule = NamedRule[Callable[[list[Analysis], int], Aim | None]]


def target_rule(fn: Callable[[list[Analysis], int], Aim | None]) -> TargetRule:
    return named_rule(fn)


def _complement_of(analyses: list[Analysis], index: int) -> int | None:
    """The that-clause a reporting verb in clause ``index`` introduces, if any."""
    group = analyses[index].group
    if group is None or group.lemma not in lexicon.REPORTING_VERBS:
        return None
    for j, other in enumerate(analyses):
        if other.clause.parent == index and other.clause.kind == ClauseKind.COMPLEMENT:
            return j
    return None


# Saying that is only saying: what it is dated by is the saying of what it reports, which is
# no happening when what it reports is none ("warn", "announce", "deny" are acts of their own).
_PLAIN_SAYING = lexicon.words("""
say tell add note comment explain write argue insist stress suggest think believe state
maintain contend assert reiterate
""")


@target_rule
def idle_talk(analyses: list[Analysis], index: int) -> Aim | None:
    """ "“It's possible there will be more,” the minister said in 2008": saying what is no
    happening (a state, a view, a condition, a question) is no happening either; saying what
    will or would be is an announcement, and stays."""
    group = analyses[index].group
    if group is None or content_lemma(group) not in _PLAIN_SAYING:
        return None
    said = _complement_of(analyses, index)
    if said is None and analyses[index].clause.kind == ClauseKind.REPORT:
        said = next(
            (j for j in range(index - 1, -1, -1) if analyses[j].clause.kind == ClauseKind.MAIN),
            None,
        )
    if said is None:
        # "De Vries said on Wednesday the strike would go on": no "that", one clause; the
        # parse still knows what was said
        told = analyses[index].said
        return Aim(None) if told is not None and not told.said_is_news else None
    if analyses[said].reading.said_is_news:
        return None
    return Aim(None)


@target_rule
def dated_denial(analyses: list[Analysis], index: int) -> Aim | None:
    """ "The ministry denied on Monday that troops crossed the border": the denial is what
    happened that day; the crossing, denied, is no event of its own."""
    group = analyses[index].group
    if group is None or content_lemma(group) not in lexicon.DENIALS:
        return None
    return Aim(index)


@target_rule
def dated_warning(analyses: list[Analysis], index: int) -> Aim | None:
    """ "Britain warned on Monday that Russia would attack": what is foretold has not
    happened; the warning, dated, has."""
    said = _complement_of(analyses, index)
    if said is None:
        return None
    group = analyses[said].group
    return Aim(index) if group is not None and group.tense.unreal else None


@target_rule
def dated_telling(analyses: list[Analysis], index: int) -> Aim | None:
    """ "The ministry said on Monday that troops crossed the border": the speaker's date
    dates what was said (unless what was said has a date of its own)."""
    said = _complement_of(analyses, index)
    if said is None:
        return None
    return Aim(None if analyses[said].timexes else said)


@target_rule
def closing_report(analyses: list[Analysis], index: int) -> Aim | None:
    """ "Russia will respond, the Kremlin said on Monday": what was foretold has not
    happened, the saying has; a report of what happened is not dated by its telling."""
    if analyses[index].clause.kind != ClauseKind.REPORT:
        return None
    return Aim(index if foretold_before(analyses, index) is not None else None)


@target_rule
def stranded_date(analyses: list[Analysis], index: int) -> Aim | None:
    """ "Troops crossed the border -- early on Monday -- and seized the bridge": a date
    alone in a clause with no verb (nor a noun of happening) dates the nearest main clause."""
    analysis = analyses[index]
    if analysis.group is not None or is_nominal(analysis):
        return None
    for j, other in enumerate(analyses):
        if other.group is not None and other.clause.kind.carries_sentence:
            return Aim(j)
    return Aim(None)


TARGET_RULES: list[TargetRule] = [
    idle_talk,
    dated_denial,
    dated_warning,
    dated_telling,
    closing_report,
    stranded_date,
]


def date_target(analyses: list[Analysis], index: int) -> int | None:
    """The clause a date in clause ``index`` dates: itself unless a rule says otherwise."""
    for rule in TARGET_RULES:
        aim = rule.apply(analyses, index)
        if aim is not None:
            return aim.index
    return index


# --- undated news of the day -----------------------------------------------------------------

_CURRENT_KINDS = frozenset(
    {ClauseKind.MAIN, ClauseKind.RESUMED, ClauseKind.COMPLEMENT, ClauseKind.SUB}
)
_NO_NEWS_SUBORDINATORS = frozenset({"if", "unless", "although", "though", "whereas", "until"})


@dataclass(frozen=True, slots=True)
class NewsCandidate:
    """A clause of a sentence being weighed as undated news of the day."""

    sentence: Sentence
    analyses: list[Analysis]
    index: int
    used: frozenset[int]  # clauses that are events already (dated)
    has_present_main: bool  # the sentence's main clause is in the present
    has_dates: bool  # some clause of the sentence has a date

    @property
    def analysis(self) -> Analysis:
        return self.analyses[self.index]

    @property
    def clause(self) -> Clause:
        return self.analysis.clause

    @property
    def group(self) -> VerbGroup | None:
        return self.analysis.group


# A named reason to leave an undated clause out of the news of the day: True leaves it out.
NewsRule = NamedRule[Callable[[NewsCandidate], bool]]


def news_rule(fn: Callable[[NewsCandidate], bool]) -> NewsRule:
    return named_rule(fn)


def quoted(sentence: Sentence, position: int) -> bool:
    """Whether a position lies inside a quotation: speech, not a report of events."""
    before = sentence.text[: position - sentence.start]
    opened = before.count("“") + before.count("``")
    closed = before.count("”") + before.count("''")
    straight = before.count('"')
    return opened > closed or straight % 2 == 1


@news_rule
def dated_already(candidate: NewsCandidate) -> bool:
    """ "Troops crossed the border on Monday": a clause with a date (or dated by its
    speaker's) is an event of that date already."""
    return candidate.index in candidate.used or bool(candidate.analysis.timexes)


@news_rule
def denied(candidate: NewsCandidate) -> bool:
    """ "The port authority denied that it had refused to negotiate": what is denied is no
    happening; the denial is (with what it denies in its title)."""
    parent = candidate.clause.parent
    if candidate.clause.kind != ClauseKind.COMPLEMENT or parent is None:
        return False
    group = candidate.analyses[parent].group
    return group is not None and content_lemma(group) in lexicon.DENIALS


@news_rule
def inside_quotation(candidate: NewsCandidate) -> bool:
    """ "“We have begun the withdrawal,” the minister told reporters": speech, not a report
    of events."""
    first_word = next(t.start for t in candidate.clause.tokens if t.is_word)
    return quoted(candidate.sentence, first_word)


@news_rule
def no_predicate(candidate: NewsCandidate) -> bool:
    """ "The border crossing at Rafah, which has been closed since May": no verb of its own
    (a relative clause or a report tells of something else)."""
    return candidate.group is None or candidate.clause.kind not in _CURRENT_KINDS


@news_rule
def condition_or_concession(candidate: NewsCandidate) -> bool:
    """ "The talks resume unless the ceasefire has collapsed": what happens "if", "unless",
    "although" ... is no news."""
    clause = candidate.clause
    return clause.kind == ClauseKind.SUB and clause.marker in _NO_NEWS_SUBORDINATORS


@news_rule
def not_a_happening(candidate: NewsCandidate) -> bool:
    """ "The border is quiet", "Analysts believe the talks failed": what the parse reads as
    a state, a view, a condition or a question is no news (``syntax``)."""
    return not candidate.analysis.reading.proposed


@news_rule
def not_real(candidate: NewsCandidate) -> bool:
    """ "Russia could invade Ukraine": what may or will be, or has not, is no happening."""
    group = candidate.group
    return group is not None and (group.tense.unreal or group.negated)


@news_rule
def no_happening_verb(candidate: NewsCandidate) -> bool:
    """ "The United Kingdom says that Russia is a threat": saying and being, having,
    wanting and seeming are not happenings (what was said may be)."""
    group = candidate.group
    if group is None:
        return False
    lemma = content_lemma(group)
    if lemma in lexicon.DENIALS:
        return False
    if lemma in lexicon.REPORTING_VERBS or lemma in lexicon.NOT_HAPPENING_VERBS:
        return True
    # a verb the lists do not know ("is stepping down") is a happening when the parse
    # heads the clause with that same verb
    return lemma not in lexicon.HAPPENING_VERBS and lemma != candidate.analysis.predicate


@news_rule
def past_out_of_the_news(candidate: NewsCandidate) -> bool:
    """ "Talks resume this week. The war began in 2014, and Russia seized Crimea": a past
    happening is news of the day only beside a present one or in the lead paragraph, and not
    among dated ones."""
    group = candidate.group
    if group is None or group.tense != Tense.PAST:
        return False
    lead = candidate.sentence.lead
    return candidate.has_dates or not (candidate.has_present_main or lead)


@news_rule
def past_said(candidate: NewsCandidate) -> bool:
    """ "Officials said that the convoy crossed the border": a past happening only said to
    have happened, with nothing in the present beside it, is old news."""
    group = candidate.group
    return (
        candidate.clause.kind == ClauseKind.COMPLEMENT
        and group is not None
        and group.tense == Tense.PAST
        and not candidate.has_present_main
    )


@news_rule
def first_person(candidate: NewsCandidate) -> bool:
    """ "I have asked the deputy to run the company": what "I" or "we" did, told in the
    speaker's words, is speech (a letter or statement quoted), not the reporter's news."""
    group = candidate.group
    if group is None or not group.subject:
        return False
    words = [t for t in group.subject if t.is_word]
    return len(words) == 1 and words[0].low in ("i", "we", "you")


@news_rule
def nobody_acts(candidate: NewsCandidate) -> bool:
    """ "They have left the city": a happening news of the day names who took part, or has
    a subject of its own the parse finds ("The flu has killed 105 children so far",
    "Rescuers found a body") where the news is told: in the lead, or in the present
    perfect."""
    analysis = candidate.analysis
    if actor_names(subject_mentions(analysis) + analysis.mentions):
        return False
    group = candidate.group
    told_as_news = candidate.sentence.lead or (
        group is not None and group.tense == Tense.PRESENT and group.aspect == Aspect.PERFECT
    )
    return not (analysis.nominal_subject and told_as_news)


NEWS_RULES: list[NewsRule] = [
    dated_already,
    denied,
    inside_quotation,
    no_predicate,
    condition_or_concession,
    not_real,
    not_a_happening,
    no_happening_verb,
    past_out_of_the_news,
    past_said,
    first_person,
    nobody_acts,
]


def news_of_the_day(sentence: Sentence, analyses: list[Analysis], used: set[int]) -> list[int]:
    """The clauses of a sentence that are undated news of the day: no rule leaves them out."""
    has_present_main = any(
        a.group and a.group.tense == Tense.PRESENT and a.clause.kind.carries_sentence
        for a in analyses
    )
    has_dates = any(a.timexes for a in analyses)
    out = []
    for index in range(len(analyses)):
        candidate = NewsCandidate(
            sentence, analyses, index, frozenset(used), has_present_main, has_dates
        )
        if not any(rule.apply(candidate) for rule in NEWS_RULES):
            out.append(index)
    return out
