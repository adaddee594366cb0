"""The time a story's narrative runs at, and the happenings it tells without a date.

A story dates one happening, then tells what followed in plain past sentences with no date of
their own: "Rebels shelled the port on Saturday. Government troops returned fire, and the navy
evacuated 300 civilians." A reader puts the return of fire and the evacuation on Saturday too.
This is the narrative convention (Reichenbach's reference time): a run of simple-past clauses
that tell happenings inherits the time of the last clause the text dated, until a new date
moves it, a paragraph ends, the tense shifts (the present tells what is so now, the past
perfect what came before) or a quotation interrupts.

In news the story also has a time of its own, the day its lead dates ("Yesterday, Sweden
beat Korea"): a match report's or an election's later paragraphs tell, in the plain past and
with no date, what happened on that day, so a paragraph without a date of its own runs at the
story's day (approximate: a reader infers it). A history has no such day: only a date within
the paragraph carries ("In 1848 he sailed west. He arrived in San Francisco and opened a
shop." -- 1848, approximate: a year is a loose anchor for what followed).

What comes with the run is decided by the news-of-the-day rules (``dating_rules.NEWS_RULES``:
no quotation, no state, view, condition or denial, no saying on its own, no "as" or "while"
circumstance) with the two that tie undated news to the publication day left out, and by the
rules of ``NARRATIVE_RULES`` below, each with the sentence it handles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from timeline_app.core.dates import FuzzyDate, Precision, When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.actors import actor_names
from timeline_app.core.extraction.analysis import Analysis, subject_mentions
from timeline_app.core.extraction.answered_matters import answers_a_told_matter
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.dating_rules import (
    NEWS_RULES,
    NewsCandidate,
    is_headline,
    past_out_of_the_news,
    quoted,
)
from timeline_app.core.extraction.grammar import Aspect, Token, VerbGroup, Voice
from timeline_app.core.extraction.late_story_day import LateStoryDay, Waiting
from timeline_app.core.extraction.named_rules import NamedRule, named_rule
from timeline_app.core.extraction.sentences import Sentence
from timeline_app.core.extraction.story_run import StoryRun, told_of_another_time
from timeline_app.core.extraction.teller_day import TellerDay
from timeline_app.core.extraction.temporal import about_day, timex_to_when
from timeline_app.core.extraction.titles import content_lemma
from timeline_app.core.tenses import Tense
from timeline_app.core.timex import Timex

# How long before publication the lead's date may lie to be the story's own day: a news
# story tells what happened in the days before it ran, not a year before.
_STORY_REACH_DAYS = 14


@dataclass(frozen=True, slots=True)
class Anchor:
    """A reference time: the date of a clause the text dated, where it was told."""

    when: When
    at: int  # the article offset of the dated clause
    paragraph: int


_PAST_AUXILIARIES = frozenset({"was", "were", "did"})
_AUXILIARIES = _PAST_AUXILIARIES | lexicon.words("is are am be been being has have had do does")


def _past_happening(group: VerbGroup | None) -> bool:
    """Whether a verb group tells a happening in the plain past ("shelled", "was elected",
    "were marching"), the narrative's own tense. A verb the word lists do not know is read
    as past by the verb-group rules ("The study focuses on ozone"): its own form decides."""
    if (
        group is None
        or group.tense != Tense.PAST
        or group.aspect not in (Aspect.SIMPLE, Aspect.PROGRESSIVE)
        or group.negated
    ):
        return False
    verb = group.main
    auxiliaries = [t for t in group.verbs if t is not verb and t.low in _AUXILIARIES]
    if auxiliaries:
        return auxiliaries[0].low in _PAST_AUXILIARIES
    if verb.tag.startswith("VB"):
        return verb.tag in ("VBD", "VBN")
    return any(form == "past" for _lemma, form in lexicon.verb_readings(verb.low))


def _past_perfect(group: VerbGroup) -> bool:
    """ "had just left", "had been told": the past perfect, told of a happening."""
    return group.tense == Tense.PAST and group.aspect == Aspect.PERFECT and not group.negated


def _breaks_the_run(sentence: Sentence, analyses: list[Analysis]) -> bool:
    """Whether a sentence interrupts the narrative: its main clause is quoted speech, or is
    told in another tense than the plain past ("The port is closed", "Talks had failed a
    year before", "Troops will stay")."""
    for analysis in analyses:
        if not analysis.clause.kind.carries_sentence or analysis.group is None:
            continue
        words = [t for t in analysis.clause.tokens if t.is_word]
        if words and quoted(sentence, words[0].start):
            return True
        group = analysis.group
        return group.tense != Tense.PAST or group.aspect == Aspect.PERFECT
    return False


class NarrativeTime:
    """The reference time of the story as the extractor reads it, sentence by sentence."""

    def __init__(self, published: dt.date | None, news: bool) -> None:
        self.published = published
        self.news = news  # a news story, whose lead's day is the story's own
        self.story: When | None = None
        self.local: Anchor | None = None
        self._scene_set: int | None = None  # the sentence whose past perfect set the scene
        self.late = LateStoryDay()  # the story's day when only a later paragraph gives it
        self.run = StoryRun()  # the story's news told on below an undated lead
        self.teller = TellerDay()  # who told the lead's news on a later day than it happened

    def dated(
        self, sentence: Sentence, analysis: Analysis, when: When, scene: bool = False
    ) -> None:
        """A clause the text dated and the extractor made an event of: when it tells a past
        happening at a point or a closed stretch of time, it is the new reference time. So
        does a past perfect whose date opens it (``scene``): "On Aug. 7, the ambassador had
        just left the embassy" sets the time the paragraph goes on to tell of."""
        group = analysis.group
        if not (self.news and self._recent(when)):
            self.run.end()  # "Rescued on Nov. 25, ...": another time than the story's days
        if when.ongoing or group is None:
            return
        if not _past_happening(group) and not (scene and _past_perfect(group)):
            return
        verb = content_lemma(group)
        if verb in lexicon.NOT_HAPPENING_VERBS:
            return  # "Jerome (347 - 420) was a priest": a state sets no time for a story
        if verb in lexicon.REPORTING_VERBS and verb not in lexicon.DENIALS:
            return  # "The ministry said on Monday ...": when it was said, not when it was done
        if analysis.clause.kind == ClauseKind.COMPLEMENT or analysis.clause.marker == ",":
            return  # a participle's date is its noun's: "the bridge, opened in 1932, ..."
        self.local = Anchor(when, analysis.clause.start, sentence.paragraph)
        self.run.start(sentence, _day_of(when) if self.news and self._recent(when) else None)
        self._scene_set = sentence.start if not _past_happening(group) else None
        if (
            self.story is None
            and self.news
            and sentence.lead
            and self._recent(when)
            # "the phone (which was shown on Wednesday)": an aside's day is its noun's
            and analysis.clause.kind != ClauseKind.RELATIVE
        ):
            self.story = when
        elif self.story is None and self.news and self._recent(when):
            self.late.offer(sentence, analysis, _day_of(when))

    def named(self, sentence: Sentence, when: When) -> None:
        """ "Still counting the cost of Sunday's storm ...": a happening the lead
        names by a noun its day dates is the story's, and its day the story's own, as a
        clause's would be."""
        if self.story is None and self.news and sentence.lead and self._recent(when):
            self.story = when

    def story_day(self) -> When | None:
        """The day the lead dated the news on ("on Wednesday"), approximate, if it gave one
        day; a stretch ("over the weekend") is too loose to date what it did not."""
        if self.story is None or self.story.is_range:
            return None
        return _approximate(_day_of(self.story))

    def story_day_for(self, analysis: Analysis) -> When | None:
        """The story's day, or for what the lead's teller goes on to do, the day of the
        telling (``teller_day``)."""
        return self.teller.day_for(analysis, self.story) or self.story_day()

    def scene(self, sentence: Sentence, at: int) -> When | None:
        """The day the paragraph of ``sentence`` runs at before offset ``at``, if a date of
        that paragraph set it."""
        local = self.local
        if local is None or local.paragraph != sentence.paragraph or local.at >= at:
            return None
        return _day_of(local.when)

    def _recent(self, when: When) -> bool:
        if self.published is None or when.is_range and when.end is None:
            return False
        if when.start.precision < Precision.DAY:
            return False
        end = (when.end or when.start).end_ordinal
        days = self.published.toordinal() + 1 - end
        return 0 <= days <= _STORY_REACH_DAYS

    def reference(
        self,
        sentence: Sentence,
        at: int,
        own_dates: bool,
        analysis: Analysis | None = None,
        *,
        counted: bool = False,
    ) -> When | None:
        """The time a clause told at offset ``at`` of ``sentence`` runs at, if any: the last
        date of the paragraph before it, else (in news) the story's day, approximate. A
        sentence with dates of its own ("73 soldiers were killed when two helicopters
        crashed last February") takes no time from the sentences before it: what its dates
        do not date, the story's time does not either. A clause ``counted`` in minutes or
        hours ("Minutes later, the dam broke") counts from the paragraph's last date, in
        the lead too: it says so itself."""
        local = self.local
        if local is not None and local.paragraph == sentence.paragraph and local.at < at:
            if (own_dates or sentence.lead) and local.at < sentence.start and not counted:
                return None  # the lead's undated past is the news of the day
            if local.when.is_range or local.when.start.precision < Precision.DAY:
                return _approximate(local.when)
            return _day_of(local.when)
        if self.story is None or own_dates or sentence.lead:
            return None
        told = self.teller.day_for(analysis, self.story) if analysis is not None else None
        return told or _approximate(_day_of(self.story))

    def carried(
        self, sentence: Sentence, analyses: list[Analysis], used: set[int], lede: int | None
    ) -> list[tuple[int, When]]:
        """The clauses of a sentence the narrative carries, each with the time it runs at. A
        year, a month or a stretch of time is a loose anchor ("In 1848 he sailed west."):
        what it carries must be a sure happening ("He was elected to the council"), not
        any verb the parse heads a clause with ("He supported himself by teaching")."""
        if self.published is not None:
            self.teller.begin(sentence, analyses, self.published)
        # "Then the rebels seized the port": what follows the last date told, in the lead too
        sequenced = bool(_SEQUENCE_OPENING.match(sentence.text))
        counted = {i for i, a in enumerate(analyses) if _counted_in_minutes(a) or sequenced}
        analyses = [_without_minutes(a) for a in analyses]
        own_dates = any(a.timexes for a in analyses)
        # "Today, the mayor visited the site.": the paper's own day is no other time the
        # undated lead may run at, so a later "The blast happened on Saturday" still dates it
        self.late.closed = self.late.closed or any(
            not self._today(t.value) for a in analyses for t in a.timexes
        )
        unquoted = any(not quoted(sentence, t.start) for a in analyses for t in a.timexes)
        if unquoted and self.run.last != sentence.index:
            # "On Sunday evening, the police rushed to act" sets the run's day even where it
            # dates no event; "Found on 3 May by walkers, ..." (a day long past) ends it
            self.run.start(sentence, self._story_date(sentence, analyses))
        out = []
        for index in narrated(sentence, analyses, used, lede):
            when = self.reference(
                sentence,
                analyses[index].clause.start,
                own_dates,
                analyses[index],
                counted=index in counted and not own_dates,
            )
            if when is None and self.story is None and not own_dates:
                when = self._run_day(sentence, analyses[index]) or self._answer_day(
                    sentence, analyses[index]
                )
            if when is None:
                if self._waits(sentence, own_dates):
                    self.late.waiting.append(Waiting(sentence, analyses, index))
                continue
            loose = when.is_range or when.start.precision < Precision.DAY
            if loose and not _sure_happening(analyses[index]):
                continue
            out.append((index, when))
        return out

    def _today(self, value: str) -> bool:
        """Whether a date value is the paper's day, or a time of it ("2:40 a.m.", which the
        tagger puts there when the story has not named its day yet)."""
        return value == "PRESENT_REF" or (
            self.published is not None and value.split("T")[0] == self.published.isoformat()
        )

    def _story_date(self, sentence: Sentence, analyses: list[Analysis]) -> When | None:
        """The one day of the story's days a sentence's own dates give, if they give one; a
        date in a quotation ("what it is for today's youth") is the speaker's."""
        days = set()
        for analysis in analyses:
            for timex in analysis.timexes:
                if quoted(sentence, timex.start):
                    continue
                if timex.type not in ("DATE", "TIME") or self.published is None:
                    return None
                when = timex_to_when(timex.value, timex.mod, timex.text, self.published)
                if when is None or not self._recent(when) or when.is_range:
                    return None
                days.add(_day_of(when))
        return days.pop() if self.news and len(days) == 1 else None

    def _run_day(self, sentence: Sentence, analysis: Analysis) -> When | None:
        """The day of the story's run a clause below an undated lead continues, if any
        (``story_run``), approximate: a reader infers it."""
        day = self.run.continues(sentence, analysis)
        if day is None:
            return None
        self.run.told(sentence)
        return _approximate(day)

    def _answer_day(self, sentence: Sentence, analysis: Analysis) -> When | None:
        """ "The mayor refused the request.": below an undated lead, with no date of the paragraph
        before it, an act on a matter the story told (``answered_matters``) is of the day
        the lead's news is, about the publication day."""
        if not self.news or self.published is None or sentence.lead:
            return None
        local = self.local
        if local is not None and local.paragraph == sentence.paragraph:
            return None  # the paragraph's own date decides, or nothing does
        if not answers_a_told_matter(analysis.group) or told_of_another_time(sentence, analysis):
            return None
        return about_day(self.published)

    def _waits(self, sentence: Sentence, own_dates: bool) -> bool:
        """Whether an undated clause went without a time only because the story's day is
        not known yet (``late_story_day``)."""
        local = self.local
        return (
            self.news
            and self.story is None
            and self.late.day is None
            and not own_dates
            and not sentence.lead
            and (local is None or local.paragraph != sentence.paragraph)
        )

    def late_day(self) -> When | None:
        """The story's day a later paragraph gave, approximate, for what came before it."""
        return None if self.late.day is None else _approximate(self.late.day)

    def close(self, sentence: Sentence, analyses: list[Analysis], told: bool) -> None:
        """The end of a sentence (``told``: it gave an event): a quotation, a change of
        tense or a sentence that tells no happening (a state, a description) ends the
        paragraph's run; what follows it in news runs at the story's day again."""
        self.late.read_lead(sentence)
        self.run.read(sentence)
        self.teller.read(analyses)
        if self.local is None or self._scene_set == sentence.start:
            return  # "On Aug. 7, she had just left.": its own tense does not end what it set
        telling = any(a.group is not None and a.clause.kind.carries_sentence for a in analyses)
        if _breaks_the_run(sentence, analyses) or (telling and not told):
            self.local = None


def _day_of(when: When) -> When:
    """A time of day is the dated clause's own: what followed it happened that day."""
    start = when.start
    if when.is_range or start.precision <= Precision.DAY:
        return when
    return When(FuzzyDate(start.year, start.month, start.day, approximate=start.approximate))


# A sentence that opens by saying it tells what came next ("Then", "After that", "Soon
# afterwards"): TimeML anchors it on the last time the text told, wherever it stands
_SEQUENCE_OPENING = re.compile(
    r"\s*(?:then|after\s+that|(?:soon|shortly)\s+after(?:wards?)?|afterwards?|subsequently)\b",
    re.IGNORECASE,
)


def _counted_in_minutes(analysis: Analysis) -> bool:
    """Whether a clause's only dates are minutes or hours counted from the last time told."""
    return bool(analysis.timexes) and all(_in_minutes(t) for t in analysis.timexes)


def _in_minutes(timex: Timex) -> bool:
    return timex.type == "DURATION" and timex.value.startswith("PT")


def _without_minutes(analysis: Analysis) -> Analysis:
    """The clause without its "six minutes later" or "two hours later": a time within the
    day counted from the last one told, which the run's day holds (the calendar cannot
    place it on its own)."""
    kept = [t for t in analysis.timexes if not _in_minutes(t)]
    return analysis if len(kept) == len(analysis.timexes) else replace(analysis, timexes=kept)


def _approximate(when: When) -> When:
    start = when.start.with_flags(approximate=True)
    end = when.end.with_flags(approximate=True) if when.end else None
    return When(start, end, when.ongoing)


# --- which undated clauses the run carries -------------------------------------------------

# A named reason to leave an undated clause out of the narrative: True leaves it out.
NarrativeRule = NamedRule[Callable[[NewsCandidate], bool]]


def narrative_rule(fn: Callable[[NewsCandidate], bool]) -> NarrativeRule:
    return named_rule(fn)


@narrative_rule
def not_plain_past(candidate: NewsCandidate) -> bool:
    """ "The navy had evacuated the harbour a week before", "The port is closed": only the
    plain past moves with the story; the past perfect tells what came before the reference
    time, the present what is so now."""
    return not _past_happening(candidate.group)


_CARRIED_KINDS = frozenset({ClauseKind.MAIN, ClauseKind.RESUMED})


@narrative_rule
def not_the_sentence_itself(candidate: NewsCandidate) -> bool:
    """ "After the shelling ended, troops entered the town": what the sentence asserts is
    its main clause (and a second predicate of it); a clause under "after", "because" or
    "when" sets the scene, and what was said stays with its saying."""
    return candidate.clause.kind not in _CARRIED_KINDS


_HABITUAL = lexicon.words("""
often usually always regularly frequently sometimes generally typically normally
routinely occasionally repeatedly habitually customarily seldom rarely daily weekly yearly
annually
""")


@narrative_rule
def habitual(candidate: NewsCandidate) -> bool:
    """ "Fishermen often sailed past the lighthouse", "He used to walk to the market": a
    habit holds over a stretch of time, no happening at the story's time."""
    group = candidate.group
    if group is None:
        return False
    if any(adverb in _HABITUAL for adverb in group.adverbs):
        return True
    words = [t.low for t in candidate.clause.tokens if t.is_word]
    if any(word in _HABITUAL for word in words):
        return True
    return any(a == "used" and b == "to" for a, b in zip(words, words[1:], strict=False))


# Verbs that, in the past, describe a place or a thing rather than tell what happened: "The
# village lay on the river", "The old town housed three mills".
_DESCRIBING_VERBS = lexicon.words("""
lie border house stretch span overlook surround adjoin neighbour neighbor flank line
number employ feature boast enjoy possess come revolve reflect
""")
# Participles that, after "was", say what a thing is: "He was descended from a family of
# farmers", "The family was connected with the Haddos", "The tickets were priced at $29".
_STATIVE_PASSIVES = lexicon.words("""
descend connect relate base locate price associate know regard link load situate
""")
# Subjects that leave a reader guessing who acted ("They left", "It went on").
_VAGUE_SUBJECTS = lexicon.words("it they this that these those there we i you one")


@narrative_rule
def description(candidate: NewsCandidate) -> bool:
    """ "The village lay on the river and housed three mills": facts about a place or a
    thing, told in the past, are the scene, not what happened in it."""
    group = candidate.group
    return group is not None and describes(group)


def describes(group: VerbGroup) -> bool:
    """ "lay on the river", "was connected with the Haddos": a verb group that describes."""
    verb = content_lemma(group)
    if verb in _STATIVE_PASSIVES:
        return True
    return group.voice != Voice.PASSIVE and verb in _DESCRIBING_VERBS


_PEOPLE = frozenset({"he", "she"})


def _own_subject(analysis: Analysis) -> list[Token]:
    group = analysis.group
    return [t for t in group.subject if t.is_word] if group is not None else []


def _doer_named(analysis: Analysis) -> bool:
    """Whether a clause names or describes who acted, or says "he" or "she"."""
    if actor_names(subject_mentions(analysis) + analysis.mentions):
        return True
    subject = _own_subject(analysis)
    if len(subject) == 1 and subject[0].low in _PEOPLE:
        return True
    return analysis.nominal_subject and not (
        len(subject) == 1 and subject[0].low in _VAGUE_SUBJECTS
    )


@narrative_rule
def nobody_named(candidate: NewsCandidate) -> bool:
    """ "They left the next morning", "It went on": the run carries a happening whose doer
    the text names or describes ("The navy evacuated 300 civilians"), or "he" or "she", whom
    the titles name; "they" and "it" leave a reader guessing. A second predicate ("and
    opened a shop") has the doer of the clause before it."""
    subject = _own_subject(candidate.analysis)
    if any(t.low.endswith("ly") for t in subject) and all(
        t.low.endswith("ly") or t.low in lexicon.CONNECTIVES for t in subject
    ):
        return True  # "and seriously wounded six": an adverb the rules took for a subject
    borrowed = all(t.low in lexicon.CONNECTIVES for t in subject)
    if candidate.clause.kind == ClauseKind.RESUMED and borrowed:
        before = [
            a
            for a in candidate.analyses[: candidate.index]
            if a.clause.kind.carries_sentence and _own_subject(a)
        ]
        return not before or not _doer_named(before[-1])
    return not _doer_named(candidate.analysis)


_QUOTES = frozenset({'"', "“", "”", "``", "''"})


@narrative_rule
def quoting(candidate: NewsCandidate) -> bool:
    """ "He called the deal “a disgrace”", "Jobs left this farewell: “I have made ...”":
    a clause that quotes is a report of words, not a happening of its own."""
    return any(t.text in _QUOTES for t in candidate.clause.tokens)


# What a speaker did with words at an occasion already told: its content, not a new
# happening ("Jobs admitted that ...", "He talked about ...", "She thanked the voters").
_SPEAKING_VERBS = lexicon.words("""
acknowledge admit attribute talk discuss describe estimate indicate mention observe praise
thank welcome dismiss respond reply answer joke quip recall highlight emphasise emphasize
express assume concede characterise characterize label joke cite
""")
# "called for a truce", "called off the strike": a call that is an act
_CALL_ACTS = frozenset({"for", "off", "on", "up", "in"})


@narrative_rule
def speaking(candidate: NewsCandidate) -> bool:
    """ "Jobs admitted that the rate was higher. He called it “exciting”.": what a speaker
    said at an occasion is what the occasion's event says, not a happening after it."""
    group = candidate.group
    if group is None:
        return False
    verb = content_lemma(group)
    if verb in _SPEAKING_VERBS:
        return True
    following = next((t.low for t in group.rest if t.is_word), "")
    if verb == "call":
        return following not in _CALL_ACTS
    return verb == "agree" and following in ("with", "that")


_FIRST_PERSON = lexicon.words("i me my mine we us our ours myself ourselves")


@narrative_rule
def first_person(candidate: NewsCandidate) -> bool:
    """ "His voice first attracted my attention": a story is told in the third person; a
    clause in the first is someone's own words (a letter, a speech) quoted."""
    return any(t.low in _FIRST_PERSON for t in candidate.clause.tokens if t.text != "US")


# "soon after its launch", "two days before the vote", "years after the war": a time told
# from another happening, not the story's
_FROM_ANOTHER = frozenset({"after", "before", "since", "until"})
_MEASURES = lexicon.words("""
soon shortly long just immediately days weeks months years hours minutes decades moments
""")


@narrative_rule
def timed_by_another(candidate: NewsCandidate) -> bool:
    """ "Sales of the first model fell soon after its launch": a clause that times itself by
    another happening ("soon after", "two years before") is not at the story's time."""
    words = [t.low for t in candidate.clause.tokens if t.is_word]
    following = candidate.analyses[candidate.index + 1 :]
    if following and following[0].clause.marker in _FROM_ANOTHER:
        words.append(following[0].clause.marker)  # "fell soon | after the blockade"
    return any(
        first in _MEASURES and second in _FROM_ANOTHER
        for first, second in zip(words, words[1:], strict=False)
    )


# What is done to the victims of an attack ("were injured", "was shot"): ``repeats`` joins it
# to the attack it is part of when told undated; the narrative leaves it to that.
_HARM_DONE = lexicon.words("""
hit strike shoot stab wound injure pronounce declare rush airlift hospitalise hospitalize
""")


@narrative_rule
def victims_of_the_attack(candidate: NewsCandidate) -> bool:
    """ "The bombings on Aug. 7 killed 247 people. More than 5,500 people were injured.": the
    injured are the bombings' victims, part of the bombings' event, not a happening after."""
    group = candidate.group
    return group is not None and group.voice == Voice.PASSIVE and content_lemma(group) in _HARM_DONE


@narrative_rule
def also_told(candidate: NewsCandidate) -> bool:
    """ "The waterworks were closed in 1994. The council also sold the pumping station.":
    "also" joins a happening to one told on a day, and only then (the extractor's "also"
    rule); after a year or a month it says nothing of when."""
    group = candidate.group
    return group is not None and "also" in group.adverbs


@narrative_rule
def explanation(candidate: NewsCandidate) -> bool:
    """ "The settlement set out the boundaries: the firm was allowed to sell computers": what
    follows a colon explains what came before it."""
    return candidate.clause.marker == ":"


NARRATIVE_RULES: list[NarrativeRule] = [
    not_plain_past,
    not_the_sentence_itself,
    habitual,
    description,
    quoting,
    first_person,
    speaking,
    timed_by_another,
    victims_of_the_attack,
    also_told,
    explanation,
    nobody_named,
]

# The news-of-the-day rules that tie an undated clause to the publication day (the past is
# news only in the lead; a doer must be named where the news is told): the narrative dates
# its clauses by the story's own time instead.
_DAY_RULES = frozenset({past_out_of_the_news.name, "nobody_acts"})
_SHARED_RULES = [rule for rule in NEWS_RULES if rule.name not in _DAY_RULES]


def narrated(
    sentence: Sentence, analyses: list[Analysis], used: set[int], lede: int | None
) -> list[int]:
    """The clauses of a sentence the narrative may carry: undated, in the plain past, telling
    a happening that no news rule or narrative rule leaves out."""
    if is_headline(sentence):
        return []
    out = []
    for index in range(len(analyses)):
        candidate = NewsCandidate(sentence, analyses, index, frozenset(used), False, False, lede)
        if any(rule.apply(candidate) for rule in NARRATIVE_RULES):
            continue
        if any(rule.apply(candidate) for rule in _SHARED_RULES):
            continue
        out.append(index)
    return out


# The happenings of a life, which a biography tells after a year: "In 1890 he moved to
# Paris. He married a painter and was ordained a priest."
_LIFE_EVENTS = lexicon.words("""
marry divorce graduate publish compose premiere debut retire emigrate immigrate ordain
baptise baptize crown knight name award honour honor enrol enroll enlist earn succeed
inherit abdicate bear defend perform record found settle
""")


def _sure_happening(analysis: Analysis) -> bool:
    """Whether a clause's verb is one the word lists know as a happening ("was elected",
    "captured", "married"), not only one the parse heads the clause with ("supported
    himself")."""
    group = analysis.group
    if group is None:
        return False
    verb = content_lemma(group)
    return verb in lexicon.HAPPENING_VERBS or verb in _LIFE_EVENTS


# What keeps an "also" clause far below the lead from the lead's day: it is not a plain-past
# happening of its own doer (a state, a description, words said, a quotation).
_FAR_ALSO_RULES = [not_plain_past, habitual, description, quoting, first_person, speaking]


def joins_the_lead_day(sentence: Sentence, analyses: list[Analysis], index: int) -> bool:
    """ "Acme said its profit rose 8% in the third quarter. ... The company also closed a
    plant in Ohio.": what "also" adds far below the lead, with no happening of another time
    told just before, joins the lead's day only when it is a plain-past act of a doer the
    text names, or a thing's passive of a verb of doing ("A new model was also announced");
    a thing's other passives ("The growth also was fueled by lower costs") or its state
    ("The results also reflected a charge") tell why or what, not what was done."""
    candidate = NewsCandidate(sentence, analyses, index, frozenset(), False, False, None)
    if any(rule.apply(candidate) for rule in _FAR_ALSO_RULES):
        return False
    analysis = analyses[index]
    group = analysis.group
    if group is not None and group.voice == Voice.PASSIVE:
        # "A new model was also announced": an act the story's doer did to the thing
        return bool(actor_names(analysis.mentions)) or content_lemma(group) in (
            lexicon.HAPPENING_VERBS
        )
    return not nobody_named.apply(candidate)
