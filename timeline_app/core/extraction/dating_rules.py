"""How clauses get their dates, as rules: small, named, tried in the order of their lists,
each documented with the sentence it handles.

* ``TARGET_RULES``: which clause a date dates. A date dates its own clause unless the first
  rule that applies says otherwise (a speaker's date may date what was said).
* ``NEWS_RULES``: whether a clause without a date is news of the day (dated to the month of
  publication). It is, unless some rule leaves it out.
* ``IDLE_DATE_RULES``: whether a date expression dates nothing at all (the base of a
  comparison, "the current chairman", "now" in a description). It dates its clause unless
  some rule says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline_app.core.dates import Precision, When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.acting_subjects import (
    counted_toll,
    names_people_acting,
    names_sudden_happening,
)
from timeline_app.core.extraction.actors import actor_names
from timeline_app.core.extraction.analysis import (
    ACTS_OF_TELLING,
    Analysis,
    antecedent,
    foretold_before,
    is_nominal,
    subject_mentions,
    tells_a_thing,
)
from timeline_app.core.extraction.charged_settings import about_a_charge
from timeline_app.core.extraction.chosen_dates import date_chosen
from timeline_app.core.extraction.clause_model import Clause, ClauseKind
from timeline_app.core.extraction.commentary import commented_state
from timeline_app.core.extraction.comparison_periods import (
    compared_with_a_year_back,
    standard_of_comparison,
)
from timeline_app.core.extraction.dashed_subjects import renamed_subject
from timeline_app.core.extraction.described_today import now_in_a_description
from timeline_app.core.extraction.document_dates import date_borne
from timeline_app.core.extraction.figure_states import FIGURE_NOUNS
from timeline_app.core.extraction.foreseen_times import names_the_time_foreseen
from timeline_app.core.extraction.genitive_dates import genitive
from timeline_app.core.extraction.grammar import Aspect, VerbGroup, Voice
from timeline_app.core.extraction.named_rules import NamedRule, named_rule
from timeline_app.core.extraction.quotations import Quotation, Quotations
from timeline_app.core.extraction.routine_times import timed_clause, times_another_clause
from timeline_app.core.extraction.scheduled_nouns import day_of_a_scheduled_noun
from timeline_app.core.extraction.sentences import Sentence
from timeline_app.core.extraction.syntax import ParsedText, Reading, governing_verb, lemma
from timeline_app.core.extraction.temporal import about_day
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.extraction.wire_leads import (
    MOVING_AN_END,
    announces_own_plan,
    going_on_when_told,
    lead_report,
    plan_announced,
    reported_so_far,
    reports_a_result,
)
from timeline_app.core.tenses import Tense
from timeline_app.core.timex import Timex

if TYPE_CHECKING:
    from spacy.tokens import Token as ParseToken


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
    dates what was said (unless what was said has a date of its own); an announcement of
    what is no happening is itself the event ("announced on Friday that it is time")."""
    said = _complement_of(analyses, index)
    if said is None:
        return None
    if any(not genitive(analyses[said], t) for t in analyses[said].timexes):
        # what was said has a date of its own ("said on Monday that troops crossed the
        # border on Friday"); a date in the genitive is its noun's ("last week's fire")
        return Aim(None)
    group = analyses[index].group
    if (
        not analyses[said].reading.proposed
        and group is not None
        and content_lemma(group) in ACTS_OF_TELLING
    ):
        # "Microsoft announced on Friday that it is time to drop the old browser": what was
        # announced is no happening, the announcing is
        return Aim(index)
    return Aim(said)


def announced_instead(analyses: list[Analysis], index: int, target: int) -> bool:
    """Whether clause ``index`` announced what its date was given to (``dated_telling``)
    and is the event of the date itself, now that what it announced tells no happening of
    that date ("Acme announced this month that it was weighing a sale": the weighing goes
    on; the announcing was done)."""
    group = analyses[index].group
    return (
        target != index
        and group is not None
        and content_lemma(group) in ACTS_OF_TELLING
        and not group.negated
        and not group.tense.unreal
        and _complement_of(analyses, index) == target
        and _going_on_or_done(analyses[target].group)
    )


def _going_on_or_done(group: VerbGroup | None) -> bool:
    """Whether an announced clause tells what is or was (what will be, announced, is the
    news of a plan, which its own rules tell; a clause the word rules cut before its verb
    says too little to judge)."""
    return group is not None and not group.tense.unreal


@target_rule
def closing_report(analyses: list[Analysis], index: int) -> Aim | None:
    """ "Russia will respond, the Kremlin said on Monday": what was foretold has not
    happened, the saying has; a report of what happened is not dated by its telling."""
    if analyses[index].clause.kind != ClauseKind.REPORT:
        return None
    if _guessed(analyses, index):
        return Aim(None)  # "Turnout will top 70 percent, the pollster predicted Wednesday"
    going_on = going_on_when_told(analyses, index)
    if going_on is not None:
        return Aim(going_on)  # "the army is shelling the city, he said Saturday"
    if plan_announced(analyses, index) is not None:
        return Aim(index)  # "The line plans to add a crossing, the company announced Monday"
    return Aim(index if foretold_before(analyses, index) is not None else None)


def _guessed(analyses: list[Analysis], index: int) -> bool:
    """Whether a closing report foresees what its main clause says will be: a guess at what
    others will do is neither a happening nor an announcement, and its day is only the day
    of the guess (the guidelines' predictions)."""
    group = analyses[index].group
    return (
        group is not None
        and content_lemma(group) in _FORESEEING
        and foretold_before(analyses, index) is not None
    )


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


@target_rule
def routine_time(analyses: list[Analysis], index: int) -> Aim | None:
    """ "The Orvik board fired its chief after the markets closed on Wednesday": the markets'
    closing is the clock, not news; its date dates the firing (``routine_times``)."""
    if not times_another_clause(analyses[index]):
        return None
    return Aim(timed_clause(analyses, index))


TARGET_RULES: list[TargetRule] = [
    idle_talk,
    routine_time,
    dated_denial,
    dated_warning,
    dated_telling,
    closing_report,
    stranded_date,
]


def dated_reading_holds(analyses: list[Analysis], target: int, when: When) -> bool:
    """Whether the clause a date dates tells an event: a happening; a saying whose news is
    what it announces ("Russia will respond, the Kremlin said on Monday"), even where the
    parse reads the saying with what it says; or what will be or is planned, when it is
    scheduled for a day ("Elections will be held on 5 May": kept, titled as planned,
    "Elections to be held"). What is planned for a stretch of time ("will be released in
    the fall", "is due to go before the council next week") is an intention, not a date a
    reader can put on the timeline."""
    analysis = analyses[target]
    reading = analysis.reading
    group = analysis.group
    if (
        group is not None
        and group.voice != Voice.PASSIVE
        and content_lemma(group) in lexicon.ATTITUDE_VERBS
        and analysis.predicate == content_lemma(group)  # and the parse heads it with it
    ):
        return False  # "Many worried their efforts would fail today": a fear, not an event
    if reading.dated_proposed:
        return True
    saying = analysis.clause.kind == ClauseKind.REPORT or (
        group is not None and content_lemma(group) in lexicon.REPORTING_VERBS
    )
    if saying and reading.said_is_news:
        return True
    if group is not None and content_lemma(group) in ACTS_OF_TELLING and not group.negated:
        return not group.tense.unreal  # "announced on Friday that it is time to ..."
    return reading == Reading.PREDICTION and scheduled(when)


def scheduled(when: When) -> bool:
    """Whether a date names a day (or an hour): what a plan needs to be a schedule."""
    return not when.is_range and when.start.precision >= Precision.DAY


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
# "As the death toll has mounted, the government has faced ...": the circumstances of the
# main clause, which carries the news
_CIRCUMSTANCE_SUBORDINATORS = frozenset({"as", "while", "whilst"})


@dataclass(frozen=True, slots=True)
class NewsCandidate:
    """A clause of a sentence being weighed as undated news of the day."""

    sentence: Sentence
    analyses: list[Analysis]
    index: int
    used: frozenset[int]  # clauses that are events already (dated)
    has_present_main: bool  # the sentence's main clause is in the present
    has_dates: bool  # some clause of the sentence has a date
    lede: int | None = None  # the number of the story's first sentence

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
    """Whether a position lies inside a quotation: speech, not a report of events. The
    quotation may have opened in a sentence or a paragraph before (``quotations``)."""
    return quotation_at(sentence, position) is not None


def quotation_at(sentence: Sentence, position: int) -> Quotation | None:
    """The quotation in the text's own words that holds article offset ``position`` of a
    sentence, if any."""
    quotations = sentence.quotations
    if quotations is not None:
        return quotations.outer_at(position)
    # a sentence made alone: its own text is all there is to read
    found = Quotations(sentence.text).outer_at(position - sentence.start)
    if found is None:
        return None
    return replace(found, start=found.start + sentence.start, end=found.end + sentence.start)


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
def circumstance(candidate: NewsCandidate) -> bool:
    """ "As the death toll in Lebanon has mounted, the Israeli government has faced calls to
    withdraw.": an undated clause under "as" or "while" sets the scene for its main clause,
    which carries the news."""
    clause = candidate.clause
    return clause.kind == ClauseKind.SUB and clause.marker in _CIRCUMSTANCE_SUBORDINATORS


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


def _named_to_a_post(group: VerbGroup) -> bool:
    """ "Ann Cole, an executive at a bank, was named president of Acme": a person named to a
    post is appointed, a happening however long the subject before it."""
    following = next((t for t in group.rest if t.is_word), None)
    # "was named president", "was named as chief": a post follows (not "named after")
    return (
        group.voice == Voice.PASSIVE
        and content_lemma(group) == "name"
        and following is not None
        and (following.low == "as" or following.low not in lexicon.PREPOSITIONS)
    )


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
    if lemma in lexicon.REPORTING_VERBS and (
        tells_a_thing(candidate.analysis) or reports_a_result(candidate.analysis)
    ):
        return False  # "Acme reported a 40% decline in earnings": an act, not a saying
    if announces_own_plan(candidate.analyses, candidate.index, candidate.sentence):
        return False  # "Acme said it plans to sell its bakery unit": announced today
    if lemma in lexicon.REPORTING_VERBS or lemma in lexicon.NOT_HAPPENING_VERBS:
        return True
    if _named_to_a_post(group):
        return False
    # a verb the lists do not know ("is stepping down") is a happening when the parse
    # heads the clause with that same verb
    # "was re-elected": the parse heads the clause with "elect"
    lemma = lemma.removeprefix("re-")
    return lemma not in lexicon.HAPPENING_VERBS and lemma != candidate.analysis.predicate


# Verbs of giving a person a post ("was appointed treasurer", "was elected chairman") and of
# leaving one ("resigned", "retired", "stepped down")
_GIVING_A_POST = lexicon.words("name appoint elect")
_LEAVING_A_POST = lexicon.words("resign retire quit")


def changes_a_post(group: VerbGroup) -> bool:
    """Whether a verb group tells a person given a post or leaving one: "was named chief
    executive", "was appointed treasurer of the bank", "resigned", "stepped down"."""
    lemma = content_lemma(group)
    if group.voice == Voice.PASSIVE and lemma in _GIVING_A_POST:
        following = next((t for t in group.rest if t.is_word), None)
        # "was named president", "was elected to the board", "was appointed as chief"
        return following is not None and (
            following.low in ("as", "to") or following.low not in lexicon.PREPOSITIONS
        )
    if group.voice == Voice.PASSIVE:
        return False
    particle = next((t.low for t in group.rest if t.is_word), "")
    return lemma in _LEAVING_A_POST or (lemma == "step" and particle == "down")


def _post_news(candidate: NewsCandidate) -> bool:
    """ "Ann Cole resigned as chairman. Tom Reid, the treasurer, was named to succeed her.":
    a named person given a post or leaving one, told in the plain past with no date, is the
    day's news wherever the story tells it (personnel news comes in a run of such
    sentences); a change of post that is background carries its date ("was named president
    in 2009") or comes in the past perfect or a relative clause."""
    group = candidate.group
    analysis = candidate.analysis
    if group is None or group.aspect != Aspect.SIMPLE or not changes_a_post(group):
        return False
    if candidate.clause.kind == ClauseKind.MAIN:
        return bool(actor_names(subject_mentions(analysis)))
    if candidate.clause.kind != ClauseKind.RESUMED or any(t.is_word for t in group.subject):
        return False
    # "Ann Cole, 54, who runs the bank's funds unit, was named treasurer": the subject is
    # told before the relative clause, and the clause borrows it
    borrowed = antecedent(candidate.analyses, candidate.index)
    if not borrowed:
        return False
    start, end = borrowed[0].start, borrowed[-1].end
    mentions = [m for a in candidate.analyses for m in a.mentions if start <= m.start < end]
    return bool(actor_names(mentions))


@news_rule
def past_out_of_the_news(candidate: NewsCandidate) -> bool:
    """ "Talks resume this week. Since 2014 the war has raged, and Russia seized Crimea": a
    past happening is news of the day only beside a present one or in the lead paragraph, and
    not among dated ones; a change of post is news wherever it is told (``_post_news``)."""
    group = candidate.group
    if group is None or group.tense != Tense.PAST:
        return False
    lead = candidate.sentence.lead
    if not candidate.has_dates and _post_news(candidate):
        return False
    if reported_so_far(candidate.analyses, candidate.index):
        # "Acme said it had closed the plant and would sell it next week": its "has
        # closed", told back; a date of another clause does not make it old news
        return False
    if lead_report(candidate.analyses, candidate.index, candidate.sentence):
        # "Acme said it hired a banker and posted a loss for its first half of the year":
        # what a named source says it did is the lead's news, whatever else is dated there
        return False
    return candidate.has_dates or not (candidate.has_present_main or lead)


@news_rule
def past_said(candidate: NewsCandidate) -> bool:
    """ "They said that the convoy crossed the border": a past happening only said to have
    happened, with nothing in the present beside it, is old news (in the lead, what a named
    source says happened is the day's news: ``wire_leads.lead_report``)."""
    group = candidate.group
    return (
        candidate.clause.kind == ClauseKind.COMPLEMENT
        and group is not None
        and group.tense == Tense.PAST
        and not candidate.has_present_main
        # "Acme said it agreed to part with its bakery unit": the lead's news
        and not lead_report(candidate.analyses, candidate.index, candidate.sentence)
        # "Acme said it had closed the plant": what it says it has done, news of the day
        and not reported_so_far(candidate.analyses, candidate.index)
    )


def simple_present(group: VerbGroup | None) -> bool:
    """Whether a verb group is in the simple present ("sells", "is sold"; not "is being
    sold", which goes on now)."""
    return (
        group is not None
        and group.tense == Tense.PRESENT
        and group.aspect == Aspect.SIMPLE
        and not any(t.low == "being" for t in group.verbs)
    )


def is_headline(sentence: Sentence) -> bool:
    """Whether a sentence is the article's headline: the first line, with no full stop
    (a closing quote may end it: "North Korea puts military in 'quasi-state of war'")."""
    if sentence.paragraph != 0 or sentence.index != 0:
        return False
    # a piece of a run-on first paragraph (``run_on_breaks``) ends on a comma: no headline
    ends = (".", "!", "?", ",", ";")
    return not sentence.text.rstrip().rstrip(_CLOSING_QUOTES).endswith(ends)


_CLOSING_QUOTES = "\"”'’"


@news_rule
def present_description(candidate: NewsCandidate) -> bool:
    """ "The new tablet also runs the maker's own software.": below the headline, the simple
    present describes what is so or usually so (a treaty's terms, a product, a habit); news
    is told in the past or the perfect. Only a headline tells it in the present ("Acme
    recalls tablet")."""
    return simple_present(candidate.group) and not is_headline(candidate.sentence)


@news_rule
def background_perfect(candidate: NewsCandidate) -> bool:
    """ "Toshiba unveiled a laptop on Monday. The laptop's battery life has also been
    extended.": below the headline and the story's first sentence, the present perfect of a thing, with no one named as its
    subject, tells the story's background or a feature; the news names who acted, the
    figure something changed to ("The price has been cut to $199"), or its count so far
    ("The flu has killed 105 children so far")."""
    group = candidate.group
    if group is None or group.tense != Tense.PRESENT or group.aspect != Aspect.PERFECT:
        return False
    sentence = candidate.sentence
    if is_headline(sentence) or candidate.lede is None or sentence.index <= candidate.lede:
        return False
    if _changed_to_figure(group) or _NEWS_SO_FAR.search(candidate.sentence.text):
        return False
    if reported_so_far(candidate.analyses, candidate.index):
        return False  # "The firm said it has now agreed to sell its van unit"
    if actor_names(subject_mentions(candidate.analysis)):
        return False
    if names_people_acting(group.subject):
        return False  # "The mayor has resigned", "Police have arrested a man"
    verb = content_lemma(group)
    if counted_toll(group.subject, verb):
        return False  # "At least 12 people have died"
    if names_sudden_happening(group.subject) and verb in lexicon.HAPPENING_VERBS:
        return False  # "A fire has destroyed a depot", "Protests have erupted"
    # a name the finder did not take ("Environment Minister John Baird has asked"): a word
    # with a capital beyond the subject's first
    words = [t for t in group.subject if t.is_word]
    return not any(t.text[:1].isupper() for t in words[1:])


# "has killed 105 children so far", "have just reopened": the perfect of the news itself
_NEWS_SO_FAR = re.compile(r"\b(?:so|thus) far\b|\bto date\b|\bjust\b", re.IGNORECASE)


def _changed_to_figure(group: VerbGroup) -> bool:
    """Whether the verb says what figure something changed to ("cut to $199", "rose to
    40")."""
    words = [t for t in group.rest if t.is_word]
    return any(
        word.low == "to" and any(ch.isdigit() for ch in following.text)
        for word, following in zip(words, words[1:], strict=False)
    )


_CHARGING_VERBS = lexicon.words("charge task entrust mandate empower commission")


@news_rule
def standing_duty(candidate: NewsCandidate) -> bool:
    """ "The Security Council has charged the inspectors with verifying the disarmament.":
    a duty given, told without a date, is the standing order of things, not news of the
    day (charging someone with a crime is: "with murder")."""
    group = candidate.group
    if group is None or content_lemma(group) not in _CHARGING_VERBS:
        return False
    words = [t for t in group.rest if t.is_word]
    return any(
        word.low == "with" and following.low.endswith("ing")
        for word, following in zip(words, words[1:], strict=False)
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
    if actor_names(renamed_subject(candidate.sentence, candidate.analyses, candidate.index)):
        return False  # "Two steelmakers -- Hallam and Pryor -- reported ...": they act
    if lead_report(candidate.analyses, candidate.index, candidate.sentence):
        return False  # "Acme said it agreed to ...": the source named acts
    if reported_so_far(candidate.analyses, candidate.index):
        return False  # "... The firm said it has agreed to ...": so does a later one
    if not candidate.has_dates and _post_news(candidate):
        return False  # "Ann Cole, who runs the unit, was named treasurer": she is named
    group = candidate.group
    told_as_news = candidate.sentence.lead or (
        group is not None and group.tense == Tense.PRESENT and group.aspect == Aspect.PERFECT
    )
    return not (analysis.nominal_subject and told_as_news)


@news_rule
def commentators_view(candidate: NewsCandidate) -> bool:
    """ "Analysts said the firm is giving shareholders value": what a commentator or a vague
    "some" says is so is comment, not news (``commentary``)."""
    return commented_state(candidate.analyses, candidate.index)


NEWS_RULES: list[NewsRule] = [
    dated_already,
    denied,
    inside_quotation,
    no_predicate,
    condition_or_concession,
    circumstance,
    not_real,
    not_a_happening,
    no_happening_verb,
    past_out_of_the_news,
    past_said,
    present_description,
    background_perfect,
    standing_duty,
    first_person,
    nobody_acts,
    commentators_view,
]


def news_of_the_day(
    sentence: Sentence, analyses: list[Analysis], used: set[int], lede: int | None = None
) -> list[int]:
    """The clauses of a sentence that are undated news of the day: no rule leaves them out."""
    has_present_main = any(
        a.group and a.group.tense == Tense.PRESENT and a.clause.kind.carries_sentence
        for a in analyses
    )
    has_dates = any(a.timexes for a in analyses)
    out = []
    for index in range(len(analyses)):
        candidate = NewsCandidate(
            sentence, analyses, index, frozenset(used), has_present_main, has_dates, lede
        )
        if not any(rule.apply(candidate) for rule in NEWS_RULES):
            out.append(index)
    return out


# --- dates that date nothing -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateUse:
    """A date expression found in a clause, before it is given to any event."""

    text: str  # the article
    timex: Timex
    analysis: Analysis  # the clause it stands in
    parsed: ParsedText
    when: When  # what the date says
    published: dt.date | None = None


# A named reason why a date expression dates no event: True when it does not.
IdleDateRule = NamedRule[Callable[[DateUse], bool]]


def idle_date_rule(fn: Callable[[DateUse], bool]) -> IdleDateRule:
    return named_rule(fn)


# "up 82% from", "down $2.5 billion from", "12 percent higher than", "40% below": a figure
# compared with what it was at another time
_COMPARED_FROM = re.compile(
    r"\d[\d.,]*(?:\s*(?:%|per\s?cent|(?:percentage\s+)?points?|[mb]illion|thousand|dollars|"
    r"euros|pounds|yen|dlrs)){1,2}\s+(?:higher\s+|lower\s+|more\s+|less\s+)?"
    r"(?:from|than|over|below|above|compared\s+(?:with|to))\s+(?:the\s+same\s+\w+\s+)?$",
    re.IGNORECASE,
)
_RANGE_GOES_ON = re.compile(r"^\s*(?:to|until|till|through)\b", re.IGNORECASE)
_RANGE_CLOSING_WORDS = lexicon.words("to until till through")


@idle_date_rule
def comparison_base(use: DateUse) -> bool:
    """ "Trade fell to $14 billion last year, down $2.5 billion from 1996.": the year a figure
    is compared with is no date of what happened (last year is); the time of a sum set beside
    it is ``date_of_a_compared_sum``'s."""
    timex = use.timex
    before = use.text[max(0, timex.start - 60) : timex.start]
    after = use.text[timex.end : timex.end + 12]
    if _RANGE_GOES_ON.match(after):
        return False
    return bool(_COMPARED_FROM.search(before))


# "versus net income of $5.3 million, or $1.61 a share, a year earlier": a sum compared
# with, and then the date that sum is of
# ("more than twice the $19 million ... a year earlier", "from $26 million ... in the year-ago
# quarter")
# ("from 40 million guilders, or 2.40 guilders a share, a year earlier": a sum in a currency
# written as a word is a sum too)
_MONEY_WORDS = (
    r"(?:dollars|guilders|marks|francs|pounds|yen|lire|pesetas|euros|kronor|kroner|crowns|"
    r"rubles|roubles|rupees|yuan|pesos|won|rand|dlrs)\b"
)
_COMPARED_SUM_THEN = re.compile(
    r"\b(?:[Vv]ersus|vs\.|[Cc]ompared\s+(?:with|to)|against|from|than)\s+(?:[a-z\-]+\s+){0,4}"
    r"(?:[$#£€]\s?\d[\d.,]*|\d[\d.,]*\s*(?:%|percent|cents)"
    r"|\d[\d.,]*(?:\s+[mb]illion)?\s+" + _MONEY_WORDS + r")"
    r"(?:\s*(?:[mb]illion|a\s+share|cents|%|percent|or|,|[$#£€]\s?\d[\d.,]*|\d[\d.,]*|"
    + _MONEY_WORDS
    + r"))*"
    r"(?:\s*\b(?:in|for|during))?\s*$"
)


@idle_date_rule
def date_of_a_compared_sum(use: DateUse) -> bool:
    """ "The bank lost $3 million in the quarter, against a profit of $1 million a year
    earlier.": the date after a sum the figure is compared with is that sum's, not the
    date of what happened."""
    timex = use.timex
    before = use.text[max(0, timex.start - 130) : timex.start]
    after = use.text[timex.end : timex.end + 12]
    return bool(_COMPARED_SUM_THEN.search(before)) and not _RANGE_GOES_ON.match(after)


@idle_date_rule
def year_back_compared(use: DateUse) -> bool:
    """ "Margins were wider than a year ago", "the loss narrowed from a year earlier": the
    time a figure is measured against, with no figure written before it."""
    return compared_with_a_year_back(use.text, use.timex)


@idle_date_rule
def comparison_standard(use: DateUse) -> bool:
    """ "It now burns half as much coal as it did in 2009": the time a state is compared
    with, with no figure before it (``standard_of_comparison``)."""
    return standard_of_comparison(use.text, use.timex)


_ADJECTIVE_NOW = frozenset({"current", "present", "incumbent", "sitting"})


@idle_date_rule
def current_holder(use: DateUse) -> bool:
    """ "The studio was founded by the current chief executive of Acme.": "current" says who
    holds a post now, not when anything happened."""
    return use.timex.text.lower() in _ADJECTIVE_NOW


@idle_date_rule
def describes_now(use: DateUse) -> bool:
    """ "The store currently sells songs for 99 cents.": "now" or "currently" with the simple
    present describes what is so; it dates no happening ("has now left" does). With the
    simple past it belongs to something else the clause describes ("unveiled a laptop, on
    sale now")."""
    if use.timex.value != "PRESENT_REF":
        return False
    group = use.analysis.group
    simple_past = group is not None and group.tense == Tense.PAST and group.aspect == Aspect.SIMPLE
    return simple_present(group) or simple_past


_MONTH_OF = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|fall|winter)\s+of\s+$",
    re.IGNORECASE,
)


@idle_date_rule
def year_of_a_month(use: DateUse) -> bool:
    """ "He has been on leave since January of this year.": "this year" only says which
    January; the month dates the clause, and the year is no second date."""
    before = use.text[max(0, use.timex.start - 14) : use.timex.start]
    return bool(_MONTH_OF.search(before))


_YEAR_GAP = re.compile(r",?\s*(?:in\s+)?")


@idle_date_rule
def year_after_its_months(use: DateUse) -> bool:
    """ "He toured Asia between May and June in 1990, after his wife died in March the same
    year.": the year written after a month only says which year the month is of; the month
    dates the clause, and the year is no second date of it."""
    before = [t for t in use.analysis.timexes if t.end <= use.timex.start]
    if not before:
        return False
    month = before[-1]
    return (
        month.value.startswith(use.timex.value + "-")
        and month.value[len(use.timex.value) + 1 : len(use.timex.value) + 3].isdigit()
        and bool(_YEAR_GAP.fullmatch(use.text, month.end, use.timex.start))
    )


@idle_date_rule
def perfect_participle(use: DateUse) -> bool:
    """A date in a perfect participle phrase tells what had been before the clause; it does
    not date the clause: "Revenue reached $7.1 billion in 2006, having grown from $5 billion
    in 2005." (the phrase is no happening of its own either). One that opens the sentence
    tells its subject's earlier happening ("Having been elected in 1990, Hale served two
    terms"), which the extractor titles on its own."""
    if use.analysis.clause.marker == "having":
        return False
    verb = governing_verb(use.parsed, use.timex.start, use.timex.end)
    if verb is None or verb.dep_ != "advcl":
        return False
    return verb.lower_ == "having" or any(
        c.dep_.startswith("aux") and c.lower_ == "having" for c in verb.children
    )


# Times that run up to the moment of speaking, which the present perfect takes ("has today
# introduced", "this week has seen"); and what may open a clause before its date.
_UP_TO_NOW = lexicon.words("today tonight this these now currently recently so")
_BEFORE_A_FRONTED_DATE = lexicon.words(
    "in on at by during since from after before until early late"
)


@idle_date_rule
def within_the_subject(use: DateUse) -> bool:
    """ "News of the arrest of a student last week has set off protests": the present
    perfect takes no date of a finished past ("*has set off last week"), so a date between
    its subject's first word and its verb is the subject's ("the arrest last week"), not
    when the clause happened."""
    group = use.analysis.group
    if (
        group is None
        or group.tense != Tense.PRESENT
        or group.aspect != Aspect.PERFECT
        or use.timex.type != "DATE"
        or use.timex.value == "PRESENT_REF"
    ):
        return False
    if use.timex.text.lower().split()[0] in _UP_TO_NOW:
        return False  # "Acme today has introduced a phone": a time that runs up to now
    subject = [t for t in group.subject if t.is_word]
    return (
        bool(subject)
        and subject[0].low not in _BEFORE_A_FRONTED_DATE  # "In 2014 the law has changed"
        and subject[0].start < use.timex.start
        and use.timex.end <= group.verbs[0].start
    )


# "payable Jan. 8 to stock of record Dec. 12", "notes due 2019": the day a sum is paid or
# falls due, or whose holders it goes to; "created a new office, effective Feb. 1": the day
# what was decided takes effect (not "the new pact effective June 1", the pact's own day)
_FALLS_DUE = re.compile(
    r"(?:\b(?:payable|of\s+record|record\s+date|due|redeemable|maturing)|,\s*effective)\s+"
    r"(?:on\s+|in\s+|as\s+of\s+|from\s+)?$",
    re.IGNORECASE,
)


def day_it_falls_due(use: DateUse) -> bool:
    """ "Harbor Mills declared a dividend of 10 cents, payable Jan. 4 to holders of record
    Dec. 10.", "The bank created a new risk committee, effective March 1.": the day a sum is
    paid, or whose holders it goes to, or the day a thing decided takes effect, is a term of
    what was declared, not when the declaring happened (nor a happening the paper
    reports)."""
    before = use.text[max(0, use.timex.start - 40) : use.timex.start]
    return bool(_FALLS_DUE.search(before))


# Verbs that move where a stretch of time ends, or when a thing is to happen: what they move
# it to is the new end or day, not when the moving happened ("extended the offer until
# Friday", "moved the vote to Friday", "pushed back the opening to Oct. 3" were done before)
# ("til" and "'til" are "until" as it is often written)
_UP_TO = re.compile(r"(?:\b(?:until|till|to|through)|(?<![\w'’])['’]?til)\s+$", re.IGNORECASE)


def new_end_of_a_stretch(use: DateUse) -> bool:
    """ "Talbot Foods extended its offer for Ostend Dairies until Nov. 3.", "The court
    postponed until Monday its ruling", "The Senate moved the vote to Friday": the day a
    deadline, a wait or a happening is moved to is its new end or day; the moving was done
    before, on a day the date does not give."""
    if not _UP_TO.search(use.text[max(0, use.timex.start - 12) : use.timex.start]):
        return False
    group = use.analysis.group
    if group is not None and content_lemma(group) in MOVING_AN_END:
        return True
    # "promised to extend the service until 2029": the date is the extending's new end, and
    # the promise was made before it as well
    verb = governing_verb(use.parsed, use.timex.start, use.timex.end)
    return verb is not None and lemma(verb) in MOVING_AN_END


@idle_date_rule
def range_end_after_an_aside(use: DateUse) -> bool:
    """ "She lived in Vienna from 1956, when the tanks came, until 1971.": the end of a range
    left on its own by a "when" clause set inside it is no day a thing happened on; the
    clause before the aside keeps the range's first date, the aside its own."""
    clause = use.analysis.clause
    words = [t for t in clause.tokens if t.is_word]
    # the range's end alone, or set off by a comma before the sentence goes on (", said ...")
    alone = use.analysis.group is None or use.text.startswith(",", use.timex.end)
    return (
        clause.kind == ClauseKind.RESUMED
        and alone
        and len(words) > 1
        and words[0].low in _RANGE_CLOSING_WORDS
        and words[1].start == use.timex.start
    )


@idle_date_rule
def occasion_of_a_charge(use: DateUse) -> bool:
    """ "The Harlow Tenants Union sued on Friday, alleging negligence at the 4 March
    inspection." -- the date is the inspection's, not when the negligence was alleged
    (``charged_settings``)."""
    return about_a_charge(use.parsed, use.timex.start, use.timex.end)


@idle_date_rule
def time_foreseen(use: DateUse) -> bool:
    """ "The bank now sees three rate rises in 2027", "is cutting his estimate for next
    year": the time a forecast is about (``foreseen_times``)."""
    return names_the_time_foreseen(
        use.parsed, use.timex.start, use.timex.end, use.when, use.published
    )


@idle_date_rule
def scheduled_noun(use: DateUse) -> bool:
    """ "Ostrava Steel is asking for an early repayment on March 29 of its bonds.": the day
    the repayment is to be, not when the asking was told (``scheduled_nouns``)."""
    return use.published is not None and day_of_a_scheduled_noun(
        use.parsed, use.timex.start, use.timex.end, use.analysis, use.when, use.published
    )


@idle_date_rule
def today_in_a_description(use: DateUse) -> bool:
    """ "machines that don't fully exist today": the present of a description, no date of a
    happening (``described_today``)."""
    return now_in_a_description(use.parsed, use.timex.start, use.timex.end, use.timex.text)


@idle_date_rule
def time_chosen(use: DateUse) -> bool:
    """ "The coach chose Sunday afternoon as the moment to announce it": the date is what
    was chosen, not when (``chosen_dates``)."""
    return date_chosen(use.parsed, use.timex.start, use.timex.end)


@idle_date_rule
def date_of_a_document(use: DateUse) -> bool:
    """ "The court received the report, dated May 2, on Friday": the report's own date, not
    the day it was received (``document_dates``)."""
    return date_borne(use.text, use.timex.start)


IDLE_DATE_RULES: list[IdleDateRule] = [
    date_of_a_document,
    range_end_after_an_aside,
    year_of_a_month,
    perfect_participle,
    year_after_its_months,
    comparison_base,
    date_of_a_compared_sum,
    year_back_compared,
    comparison_standard,
    within_the_subject,
    current_holder,
    describes_now,
    occasion_of_a_charge,
    time_foreseen,
    scheduled_noun,
    time_chosen,
    today_in_a_description,
]


def dates_nothing(
    text: str,
    timex: Timex,
    analysis: Analysis,
    parsed: ParsedText,
    when: When,
    published: dt.date | None = None,
) -> bool:
    """Whether a date expression in a clause dates no event at all (some rule says so)."""
    use = DateUse(text, timex, analysis, parsed, when, published)
    return any(rule.apply(use) for rule in IDLE_DATE_RULES)


# --- a date of a happening told by a gerund --------------------------------------------------

# "before joining ...", "after transferring ...": a gerund under these tells a happening of
# the clause's subject, before or after the clause's own
_GERUND_MARKS = lexicon.words("before after upon on since following")


def dated_gerund(
    parsed: ParsedText, start: int, end: int, head_at: int | None
) -> tuple[ParseToken, ParseToken] | None:
    """The gerund a date belongs to and who does it, when the gerund opens an adverbial
    phrase of the clause: "Lind taught in Bergen for ten years before joining the academy in
    1971" -> (joining, Lind): the joining was in 1971, the teaching was not; "he sailed west,
    arriving in Lisbon in 1849" -> (arriving, he). A gerund with a
    subject of its own, or one the clause's verb is not the head of, is left alone."""
    if head_at is None:
        return None
    gerund = governing_verb(parsed, start, end)
    if gerund is None or gerund.tag_ != "VBG":
        return None
    first, host = gerund, gerund.head
    joined = gerund.dep_ == "conj"
    if joined:
        # "returned in 1925, teaching at a college, and beginning a survey in 1926": a
        # participle joined by ", and" to the first (or to the clause's verb) is a phrase of
        # the clause's subject too
        if host.tag_ == "VBG" and host.dep_ == "advcl":
            first, host = host, host.head
        elif not (
            host.tag_ in ("VBD", "VBZ")
            and gerund.doc[gerund.i - 1].lower_ == "and"
            and gerund.doc[gerund.i - 2].text == ","
        ):
            return None
    if (
        (first.dep_ != "advcl" and not joined)
        # the date's clause is the gerund's own ("before joining ... in 1971" cut off as a
        # clause) or the one it hangs on
        or head_at not in (gerund.idx, first.idx, host.idx)
        or not (
            any(c.dep_ == "mark" and c.lower_ in _GERUND_MARKS for c in first.children)
            # "he sailed west, arriving in San Francisco in November 1849": a participle
            # phrase after the clause, of the clause's subject
            or (first.i > host.i and (first.doc[first.i - 1].text == "," or joined))
        )
        # ", having risen from $5 billion in 2005": what had been before, background
        or any(c.dep_.startswith("aux") for c in gerund.children)
        or gerund.lower_ in ("having", "being")
        or any(c.dep_.startswith("nsubj") for c in gerund.children)
    ):
        return None
    doer = next((c for c in host.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return gerund, doer


# --- a date of a happening told by a noun after it -------------------------------------------

# Nouns that tell a happening of one person, with the verb a headline gives it: "after the
# death of his mother in 1846" is "mother dies", "until his release on 29 April" is
# "released"
_TOLD_BY_NOUN = {
    "death": "dies",
    "retirement": "retires",
    "arrival": "arrives",
    "return": "returns",
    "departure": "leaves",
    "release": "released",
    "birth": "born",
    "graduation": "graduates",
    "resignation": "resigns",
    "recovery": "recovers",
    "baptism": "baptised",
    "ordination": "ordained",
    "coronation": "crowned",
    "execution": "executed",
    "abdication": "abdicates",
    "emigration": "emigrates",
    "enlistment": "enlists",
}
# the adverbial a happening frames its clause with: "after the death of ...", "until his
# release"
_FRAMING_CASES = lexicon.words("after before until till following upon since at")


@dataclass(frozen=True, slots=True)
class NamedDoing:
    """A happening a noun tells ("the death of his mother"): the noun, whose it is (the
    "of" noun or the possessor, None if neither), and the headline verb."""

    noun: ParseToken
    who: ParseToken | None
    verb: str


def told_by_noun(parsed: ParsedText, start: int, end: int) -> NamedDoing | None:
    """The happening a date after a noun dates, when that noun frames the clause: "After the
    death of his mother in 1846 and his father in 1848, he sailed west" -- 1846 is the
    mother's death, 1848 the father's, and neither is when he sailed."""
    tokens = [t for t in parsed.tokens(start, end) if not (t.is_punct or t.is_space)]
    outside = [t for t in tokens if not start <= t.head.idx < end]
    if len({t.head.i for t in outside}) != 1 or outside[0].dep_ not in ("nmod", "obl"):
        return None
    noun = outside[0].head
    who = None
    if noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN"):
        # "... of his mother in 1846 and his father in 1848": the father's death
        who = noun
        noun = noun.head
        while noun.pos_ == "NUM" and noun.head.i != noun.i:
            noun = noun.head
    verb = _TOLD_BY_NOUN.get(noun.lower_)
    if (
        verb is None
        or noun.i > outside[0].i
        or noun.dep_ != "obl"
        or not any(c.dep_ == "case" and c.lower_ in _FRAMING_CASES for c in noun.children)
    ):
        return None
    if who is None:
        who = next(
            (
                c
                for c in noun.children
                if c.dep_ == "nmod" and any(g.lower_ == "of" for g in c.children)
            ),
            None,
        ) or next((c for c in noun.children if c.dep_ == "nmod:poss"), None)
    return NamedDoing(noun, who, verb)


# Verbs whose object a year before it names a prize, a contest or a title won that year
_WINNING = lexicon.words("receive win earn collect accept")


def year_of_a_prize_won(noun: ParseToken) -> bool:
    """ "She received the 2012 Lifetime Achievement Award", "won the 1999 talent contest":
    the year before what was won names the round of the prize, which is when it was won;
    it dates the winning (not "bought a 1965 car", whose year names the model)."""
    return noun.dep_ == "obj" and noun.head.pos_ == "VERB" and lemma(noun.head) in _WINNING


# --- the period a reported figure covers -------------------------------------------------------

# What a company or an economy reports for a quarter or a half: its figures, and the verbs of
# earning and losing whose object is a sum ("earned $5 million in the quarter")
_REPORTED_FIGURES = FIGURE_NOUNS | lexicon.words("net economy gnp gdp")
_EARNING_VERBS = lexicon.words("earn lose net")
_PERIOD_OF_ACCOUNT = re.compile(r"\d{4}-(?:Q[1-4]|H[12])|P(?:[36]M|[12]Q|1H)")
# a company's own year need not be the calendar's: "the fiscal first quarter" may be any
# quarter of the twelve months before the paper
_FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
# how long after a quarter closes its results are still the news (they come out within weeks)
_RESULTS_COME_OUT_DAYS = 92
_FISCAL_YEAR_DAYS = 366


def reported_period(use: DateUse, published: dt.date) -> bool:
    """ "Harbor Mills said its net income rose 12% in the second quarter": the latest quarter
    (or half) a figure is told for names what the figure measures; the happening a reader puts
    on the timeline is the figure's report, news of the day (the five readers of the wire
    split all date it so). A year-earlier quarter ("Net was $5 million in the year-earlier
    quarter") is background of its own time; a purchase "during the third quarter" is no
    figure, and the quarter dates it."""
    group = use.analysis.group
    if group is not None and (group.tense.unreal or group.negated):
        return False
    return latest_period(use.text, use.timex, use.when, published) and _tells_a_figure(use)


_DAY_OR_WEEK = re.compile(r"\d{4}-(?:\d{2}-\d{2}|W\d{2})")


def told_with_its_day(timex: Timex, analysis: Analysis) -> bool:
    """Whether the clause of a date gives the day (or week) it tells of as well: "Last week
    Acme reported third-quarter profit", "Acme's announcement Friday of a loss for the
    quarter": the day dates the report, and the quarter nothing."""
    return bool(_PERIOD_OF_ACCOUNT.fullmatch(timex.value)) and any(
        _DAY_OR_WEEK.match(t.value) and not timex.start <= t.start < timex.end
        for t in analysis.timexes
    )


def latest_period(text: str, timex: Timex, when: When, published: dt.date) -> bool:
    """Whether a date is a quarter or a half whose figures are the latest a company can
    report on the publication day: one that closed within the three months before (a company's
    own "fiscal" quarter, which the calendar need not match, within the year before)."""
    if not _PERIOD_OF_ACCOUNT.fullmatch(timex.value):
        return False
    day = published.toordinal()
    start, end = when.start_ordinal, when.end_ordinal()
    if start > day:
        return False
    before = text[max(0, timex.start - 12) : timex.start]
    if _FISCAL.search(timex.text) or _FISCAL.search(before):
        return end > day - _FISCAL_YEAR_DAYS
    return day - _RESULTS_COME_OUT_DAYS <= end <= day + 1


_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj"})


def _figure(token: ParseToken) -> bool:
    """Whether a word names a figure a company or an economy reports ("sales", "net")."""
    return token.lower_ in _REPORTED_FIGURES or lemma(token) + "s" in _REPORTED_FIGURES


def _tells_a_figure(use: DateUse) -> bool:
    """Whether the date is told of a figure: it modifies one ("third-quarter profit", "net
    income for the quarter", "a loss of $4 million for the quarter"), or dates a verb of
    earning or one whose subject or object is a figure ("sales rose 5% in the quarter",
    "posted a 9% drop in profit for the quarter")."""
    tokens = [t for t in use.parsed.tokens(use.timex.start, use.timex.end) if not t.is_punct]
    outside = [t for t in tokens if not use.timex.start <= t.head.idx < use.timex.end]
    if any(_figure_at(t.head) for t in outside if t.head.i != t.i):
        return True
    # where the parse hangs the date elsewhere ("reported a net loss of $8 million, for the
    # quarter ended Sept. 30" read as "said ..., for the quarter ended"): a verb of making a
    # figure known with the figure in its clause
    group = use.analysis.group
    words = {t.low for t in use.analysis.clause.tokens if t.is_word}
    return (
        group is not None
        and content_lemma(group) in _FIGURE_REPORTED
        and bool(words & _REPORTED_FIGURES)
    )


_FIGURE_REPORTED = lexicon.words("report post record book have show")


def _figure_at(anchor: ParseToken) -> bool:
    """Whether the word a date hangs on is a figure, or a verb told of one."""
    for _ in range(3):  # "a loss of $4 million for the quarter": up from the sum
        if _figure(anchor):
            return True
        if anchor.pos_ in ("VERB", "AUX") or anchor.head.i == anchor.i:
            break
        anchor = anchor.head
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    verb = anchor
    if lemma(verb) in _EARNING_VERBS:
        return True
    if verb.dep_ == "acl" and _figure(verb.head):
        return True  # "Sales increased in the quarter ...", read as "sales (that) increased"
    # "Acme reported that net income rose 21%, for the quarter ended Aug. 26": what was
    # reported, the clause the date hangs beside
    told = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(
        _figure(c) or any(g.dep_ in ("nmod", "compound", "amod") and _figure(g) for g in c.children)
        for v in [verb, *told]
        for c in v.children
        if c.dep_ in _ARGUMENTS
    )


# What reckons with a time to come: its date is the time foreseen ("estimated that by 2050 ...")
_FORESEEING = lexicon.FORESEEING_VERBS


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


_A_YEAR = re.compile(r"\d{4}")
# "in 2027", "in mid-2027": a year on its own ("over 2000 - 2050" is a span a study covers;
# "studied the harvests by 2050" is a deadline, which tells no happening: event_rules)
_IN_A_YEAR = re.compile(r"\bin\s+$", re.IGNORECASE)


def _later_year(use: DateUse, published: dt.date) -> bool:
    """Whether the date is a year alone ("in 2027", "in mid-2027") after the paper's year,
    hung by the parse on a verb in the plain past: no day in it can be the paper's own, so
    no misdated paper explains it. (On a participle or an infinitive -- "pricing in two
    hikes in 2027", "a goal to have removed the carbon by 2050" -- it is the time of what
    is foreseen, and the clause is no act of the paper's day either.)"""
    value = use.timex.value
    before = use.text[max(0, use.timex.start - 6) : use.timex.start]
    verb = governing_verb(use.parsed, use.timex.start, use.timex.end)
    return (
        bool(_A_YEAR.fullmatch(value))
        and int(value) > published.year
        and bool(_IN_A_YEAR.search(before))
        and verb is not None
        and verb.tag_ == "VBD"
        # after its verb: a fronted year frames the clause as written ("In 1990 the runner
        # won the race", whatever the paper's date)
        and verb.idx < use.timex.start
    )


def done_before_its_date(use: DateUse, published: dt.date) -> bool:
    """ "Acme has invited its suppliers to a meeting in Leeds on March 12", "The board
    approved a dividend to be paid on Dec. 1": what is told in the past or the perfect was
    done by the time of writing, so a date after the paper's day belongs to something the
    clause plans (the meeting, the paying), and the doing is the day's news. (The present
    progressive is left alone: "is meeting the minister on Friday" is itself the plan.)"""
    group = use.analysis.group
    if group is None or group.tense.unreal or group.negated:
        return False
    done = group.tense == Tense.PAST or (
        group.tense == Tense.PRESENT and group.aspect == Aspect.PERFECT
    )
    # not a time foreseen ("estimated by 2050 that ..."), nor what a saying or a view tells
    told = content_lemma(group)
    return (
        done
        # a year written out is meant as written ("lifted off on 9 July 2024" in a paper
        # dated before it: the paper's date is off, not the date); a year alone, later than
        # the paper's, is what was planned or foreseen ("signaled more rate rises in 2027")
        and (not _YEAR_WRITTEN.search(use.timex.text) or _later_year(use, published))
        and told not in lexicon.REPORTING_VERBS
        and told not in lexicon.ATTITUDE_VERBS
        and told not in _FORESEEING
        and use.when.start_ordinal >= published.toordinal() + 2
    )


def report_day(
    text: str, timex: Timex, analysis: Analysis, parsed: ParsedText, when: When, published: dt.date
) -> When | None:
    """About the publication day, when the date is a term of what the paper reports rather
    than when it happened (``reported_period``, ``day_it_falls_due``,
    ``new_end_of_a_stretch``): the report is the day's news. None otherwise."""
    use = DateUse(text, timex, analysis, parsed, when)
    # a date that is a term of what the paper reports, not when it happened: the quarter a
    # figure measures, the day a sum falls due, the new end of a deadline moved
    if (
        reported_period(use, published)
        or day_it_falls_due(use)
        or new_end_of_a_stretch(use)
        or done_before_its_date(use, published)
    ):
        return about_day(published)
    return None
