"""From article text to dated events.

1. Sentences (with offsets), date expressions (the TIMEX3 tagger), names (the gazetteer and
   capitalised name runs), clauses.
2. Each DATE/TIME expression dates the clause that holds it: one event per date, not per
   sentence. "since 2015" makes an ongoing range, "between 2014 and 2016" a closed one. A date
   in a speaker clause ("on Monday, X claimed that ...") dates what was said.
3. A clause with no date of its own that reports a happening in the present or present
   perfect ("the UK has begun supplying ..."), or in the past next to such a clause or in the
   lead paragraph, is news of the day: dated to the publication month, approximate. It needs
   an actor and a verb of happening; modal, future and negated clauses are left out.
4. The same undated happening told twice is one event with two sources; the same dated
   happening given two different dates is two events marked as conflicting.

Where the decisions live, as ordered lists of small named rules, each documented with the
sentence it handles: clause cuts in ``clause_rules.RULES``; which clause a date dates and
whether an undated clause is news of the day in ``dating_rules``; what a title's predicate
covers, who its subject is and whose names join in ``event_rules``. This module runs the
stages and builds the events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline_app.core.dates import Precision, When
from timeline_app.core.event_kinds import OTHER
from timeline_app.core.events import Attribution, Event, Origin, SourceRef
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.actors import (
    ActorFinder,
    Mention,
    NameKind,
    NameRole,
    actor_names,
    first_location,
    person_mention,
)
from timeline_app.core.extraction.after_clauses import lends_its_time, loose_enough
from timeline_app.core.extraction.analysis import (
    Analysis,
    antecedent,
    is_nominal,
    nominal_lemma,
    speaker_index,
)
from timeline_app.core.extraction.anniversaries import Anniversary, anniversaries, years_before
from timeline_app.core.extraction.asides import Asides
from timeline_app.core.extraction.attribution import vouch
from timeline_app.core.extraction.bare_amounts import as_vague_amount
from timeline_app.core.extraction.categories import categorise
from timeline_app.core.extraction.citation_marks import blank_citation_marks
from timeline_app.core.extraction.clause_dates import outranked, reach
from timeline_app.core.extraction.clause_one_date import one_date_per_clause
from timeline_app.core.extraction.clauses import Clause, ClauseKind, gapped_group, split_clauses
from timeline_app.core.extraction.clock_days import on_a_later_named_day, on_the_story_day
from timeline_app.core.extraction.contact_groups import past_contact_relative
from timeline_app.core.extraction.contracted_subjects import uncontracted
from timeline_app.core.extraction.counted_days import counted_from_happening
from timeline_app.core.extraction.counted_subjects import counted_subject
from timeline_app.core.extraction.dashed_subjects import renaming_words
from timeline_app.core.extraction.dating_rules import (
    NamedDoing,
    announced_instead,
    date_target,
    dated_gerund,
    dated_reading_holds,
    dates_nothing,
    is_headline,
    latest_period,
    news_of_the_day,
    quoted,
    report_day,
    told_by_noun,
    told_with_its_day,
    year_of_a_prize_won,
)
from timeline_app.core.extraction.directed_times import about_then, time_ordered
from timeline_app.core.extraction.escaped_entities import Unescaped, unescaped
from timeline_app.core.extraction.event_rules import (
    EventFrame,
    decide_mentions,
    decide_predicate,
    decide_subject,
    tells_nothing,
)
from timeline_app.core.extraction.figure_states import dates_a_figure
from timeline_app.core.extraction.firm_subjects import FIRM, firms_act
from timeline_app.core.extraction.fiscal_years import fiscal_year, year_end_month
from timeline_app.core.extraction.follow_ups import follows_up
from timeline_app.core.extraction.fronted_participles import (
    FrontedParticiple,
    fronted_participle,
    fronted_title,
    opening_participle_tag,
)
from timeline_app.core.extraction.grammar import (
    Aspect,
    VerbGroup,
    Voice,
    find_verb_group,
    is_adverb,
)
from timeline_app.core.extraction.grammar import Token as WordToken
from timeline_app.core.extraction.happening_reference import DatedHappenings
from timeline_app.core.extraction.headline_days import on_the_story_day as headline_on_the_story_day
from timeline_app.core.extraction.headline_outlets import blank_headline_outlet
from timeline_app.core.extraction.joined_deeds import fold_joined_deeds
from timeline_app.core.extraction.lede_news import lede_news
from timeline_app.core.extraction.life_dates import BORN, LifeDate, life_dates
from timeline_app.core.extraction.list_marks import list_marks
from timeline_app.core.extraction.named_news_day import named_day, names_the_news, verbs_of
from timeline_app.core.extraction.narrative_time import (
    NarrativeTime,
    describes,
    joins_the_lead_day,
)
from timeline_app.core.extraction.nested_clauses import STATES as NESTED_STATES
from timeline_app.core.extraction.nested_clauses import (
    NestedClause,
    nested_dated_clause,
    state_after_relative_word,
)
from timeline_app.core.extraction.noun_happenings import (
    absolute_with,
    framed_happening,
    framing_happenings,
    verb_title,
)
from timeline_app.core.extraction.noun_parties import NounParties, noun_parties
from timeline_app.core.extraction.noun_predicates import (
    happening_word,
    name_after,
    opens_happening,
    party_title,
    predicate_for,
    rule_for,
    verb_read_as_noun,
)
from timeline_app.core.extraction.occasions import occasion_of_clause
from timeline_app.core.extraction.page_furniture import Furniture
from timeline_app.core.extraction.participle_asides import verb_after_aside
from timeline_app.core.extraction.past_month_days import a_year_back
from timeline_app.core.extraction.predicate_roles import predicate_roles
from timeline_app.core.extraction.product_makers import names_a_brand
from timeline_app.core.extraction.quotations import Quotations
from timeline_app.core.extraction.recent_past import recently_done
from timeline_app.core.extraction.relative_arguments import stand_in_words
from timeline_app.core.extraction.repeats import Draft, mark_conflicts, merge_repeats, stems
from timeline_app.core.extraction.reported_results import results_had
from timeline_app.core.extraction.reporters import (
    spokespeople,
    taking_part,
    tellers_taking_part,
)
from timeline_app.core.extraction.routine_times import times_another_clause
from timeline_app.core.extraction.run_on_subjects import run_on_subject
from timeline_app.core.extraction.scheduled_weekdays import scheduled_weekdays
from timeline_app.core.extraction.sentences import (
    Sentence,
    paragraph_starts,
    run_on_breaks,
    split_sentences,
    undecided_starts,
)
from timeline_app.core.extraction.set_off_participles import (
    noun_words,
    participle_noun,
    set_off_participle,
)
from timeline_app.core.extraction.shared_objects import second_verb_of_a_shared_object
from timeline_app.core.extraction.spouse_lines import MARRIED, SpouseDate, spouse_dates
from timeline_app.core.extraction.standing_states import tells_a_state
from timeline_app.core.extraction.states_named import states_named
from timeline_app.core.extraction.story_units import counted_unit
from timeline_app.core.extraction.syntax import (
    ParsedText,
    Reading,
    adnominal_head,
    antecedent_span,
    dated_reduced_relative,
    dates_a_participle,
    has_nominal_subject,
    is_setting,
    lemma,
    named_title,
    names_happening,
    noun_phrase_words,
    of_phrase,
    phrase_title,
    predicate_and_arguments,
    prompted_happening,
    reading_of,
    reduced_relative_noun,
    said_reading,
    says_what_was_done,
    subject_span,
    year_in_name,
)
from timeline_app.core.extraction.temporal import (
    about_day,
    month_of,
    ongoing_from,
    part_of_month,
    period_closing,
    range_of,
    shifted,
    so_far,
    timex_to_when,
)
from timeline_app.core.extraction.title_finish import acceptable_title, finish
from timeline_app.core.extraction.titles import (
    clause_title,
    content_lemma,
    done_title,
    listed_item,
    nominal_title,
    object_relative,
    participle_subject,
    questioned_doer,
    reduced_relative,
    relative_ran_on,
    said_in_setting,
    said_when_bare,
    shorten_subject,
    that_relative,
)
from timeline_app.core.extraction.vague_ago import dated_vague_ago
from timeline_app.core.extraction.vague_stretch import DaysOfNouns
from timeline_app.core.extraction.when_dated_hosts import lent_by_when
from timeline_app.core.extraction.wire_leads import foretold_or_planned, lead_report
from timeline_app.core.extraction.work_lists import (
    DatedWork,
    dated_beside_list,
    dated_work,
    listed_among,
    listed_work,
)
from timeline_app.core.parsing import ParseCancelled, parse
from timeline_app.core.parsing.headline_case import text_as_read
from timeline_app.core.tenses import Tense
from timeline_app.core.timex import Timex, tag

if TYPE_CHECKING:
    from spacy.tokens import Token

_DATING_TYPES = frozenset({"DATE", "TIME"})
# "two days later", "a year earlier", "a week after.": an amount of time from the last date
# the article gave. Not "three weeks after the invasion": that counts from the invasion.
_RELATIVE_SIGNAL = re.compile(
    r"\s+(?P<dir>later|afterwards|earlier|(?:after|before)(?=\s*[.,;:]))\b", re.I
)
# "within days", "within just hours", "within a week": no later than that after the last date
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:(?:just|only|mere|barely)\s+)?$", re.I)
# What may stand between "a month" and "after" it counts to: "barely a month after"
_COUNTED_GAP = re.compile(r"\s*(?:or\s+so\s+|and\s+a\s+half\s+)?,?\s*", re.I)
_ONGOING_BEFORE = re.compile(
    r"\b(?:since|starting(?: in| on| from)?|beginning(?: in| on)?|as of|ever since)\s*$", re.I
)
_ONGOING_AFTER = re.compile(r"^\s*(?:on|onwards?|and beyond)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
_EARLIER_BEFORE = re.compile(r"\bearlier\s+$", re.I)  # "earlier this week": before today
# the tagger takes "earlier" into "earlier this month" (a week's "earlier" it leaves out)
_EARLIER_THIS_MONTH = re.compile(r"earlier\s+this\s+month\b", re.I)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s*$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|thru|-|–|—)\s*$", re.I)


# An article is read up to a million characters (about 170,000 words, a long book): the
# parser reads some 4,000 words a second, so longer texts would keep a user waiting minutes
# for what is not one article. The tagger alone (``tag``) reads any length.
MAX_ARTICLE_CHARS = 1_000_000
# Half a surrogate pair (text handed over by a caller other than the app's readers, which
# already drop them): spaCy's tokenizer cannot hash it and raises, and no file can hold it in
# an event's title. U+FFFD takes its place, one character for one, so offsets hold.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# How far back "him" or "her" looks for the person it stands for (a few paragraphs).
_PRONOUN_REACH = 2_000


class ArticleTooLongError(ValueError):
    """A text too long to read as one article; the message says what to do."""


class ExtractionCancelled(Exception):
    """The caller asked, through ``cancelled``, for the extraction to stop."""


_LEADING_LINK = re.compile(
    r"^(?:(?:that|and|but|or|after|before|while|when|whereas|since|because|as|which|who|"
    r"moreover|however|meanwhile|also|so|then|thus)\b[,]?\s+)+",
    re.IGNORECASE,
)


def _clause_description(clause: str, sentence: str) -> str:
    text = _LEADING_LINK.sub("", clause.strip(" \t\n,;:–—-"))
    if not text or text == sentence.strip():
        return ""
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


# Adverbs that set a second predicate some time after the first ("and later seized"), so
# it does not share the first one's date ("and then" does: the next deed of one scene).
_AFTER_A_WHILE = lexicon.words("later afterwards afterward thereafter subsequently eventually")


def _clause_group(clause: Clause) -> VerbGroup | None:
    """The clause's verb group; a relative clause's pronoun is no subject of its own."""
    group = find_verb_group(clause.tokens, subjectless=clause.kind.borrows_subject)
    if group is None or clause.kind != ClauseKind.RELATIVE:
        return group
    # "who fatally shot ...", "who reportedly met ...": an adverb after the pronoun goes
    # with the verb, and the clause borrows its subject as with the pronoun alone
    if (
        group.subject
        and group.subject[0].low in lexicon.RELATIVES | {"that"}
        and all(is_adverb(word) for word in group.subject[1:])
    ):
        after = [word.low for word in group.subject[1:]]
        group = replace(group, subject=[], adverbs=after + group.adverbs)
    if clause.marker == ",":
        group = replace(group, voice=Voice.PASSIVE)  # "The round, held on Monday, ..."
    return group


# How much of a text's opening says whether it is news or a history, and how old its dates
# must all be for a history (a year: news recalls older things, but not in its lead).
_LEAD_CHARS = 1_000
_HISTORY_AGE_DAYS = 365


def _tells_the_past(text: str, timexes: Sequence[Timex], published: dt.date | None) -> bool:
    """Whether the text is a history (an encyclopaedia's life or war), not news: every date
    its opening gives lies more than a year before the publication date. What such a text
    tells without a date is no news of its publication day: "Gordon served the tsar" is not
    about the day the page was saved. A text whose opening gives no date is taken for news.
    """
    if published is None:
        return False
    ages = []
    for timex in timexes:
        if timex.start >= _LEAD_CHARS:
            break
        if timex.type != "DATE":
            continue
        when = timex_to_when(timex.value, timex.mod, timex.text, published)
        if when is None:
            continue
        ages.append(published.toordinal() - when.end_ordinal(published.toordinal()))
    return bool(ages) and min(ages) > _HISTORY_AGE_DAYS


_BEFORE_A_FRONTED_DATE = frozenset({"in", "on", "at", "by", "during", "early", "late", "and"})


def _fronted(analysis: Analysis, timex: Timex) -> bool:
    """Whether a date opens its clause ("In 1985 he left", "One year later he was fired")."""
    before = [t for t in analysis.clause.tokens if t.start < timex.start and t.is_word]
    return all(t.low in _BEFORE_A_FRONTED_DATE for t in before)


def _subject_within(span: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether a clause names its own subject: "and resigned" borrows the one before it."""
    return span is not None and start <= span[0] < end


def _conjuncts_in_scope(analyses: list[Analysis], index: int) -> list[int]:
    """The clauses joined to clause ``index`` by "and" with subjects of their own and no
    date: a date that opens a sentence sets the time of all it joins ("One year later he
    was fired from the company and he founded a new one")."""
    out = []
    for j in range(index + 1, len(analyses)):
        other = analyses[j]
        if (
            other.clause.kind != ClauseKind.MAIN
            or other.clause.marker not in lexicon.CONJUNCTIONS
            or other.timexes
            or other.group is None
            or not other.reading.proposed
            # "and other works": no subject the parse sees, no clause of its own
            or other.subject_span is None
        ):
            break
        # "and Pierre became the eldest son": a state it came into is no happening
        if content_lemma(other.group) not in lexicon.NOT_HAPPENING_VERBS:
            out.append(j)
    return out


# Participles that tell what a thing is, not what was done to it: "the demand enjoyed
# during Christmas", "a firm based in Lyon".
_STATIVE_PARTICIPLES = lexicon.NOT_HAPPENING_VERBS | lexicon.words("enjoy own base locate use know")


# Telling that is an act of its own ("also announced a phone"); saying alone is not.
_ACTS_OF_TELLING = lexicon.words("announce reveal confirm declare unveil warn")


def _adds_a_happening(sentence: Sentence, analysis: Analysis) -> bool:
    """Whether a clause tells, with "also", another happening in the simple past or present
    perfect, of its own doing, neither denied nor foretold nor a state ("They also
    demonstrated a phone", "A new version was also announced")."""
    group = analysis.group
    if (
        group is None
        or "also" not in group.adverbs
        or analysis.timexes
        or analysis.clause.kind not in (ClauseKind.MAIN, ClauseKind.RESUMED)
        or not analysis.reading.proposed
        # "also declared that the UK would help": telling what would be adds no happening
        or analysis.said in (Reading.HYPOTHETICAL, Reading.CONDITION)
        or group.negated
        or group.tense.unreal
        or quoted(sentence, analysis.clause.start)
    ):
        return False
    if not (
        (group.tense == Tense.PAST and group.aspect == Aspect.SIMPLE)
        or (group.tense == Tense.PRESENT and group.aspect == Aspect.PERFECT)
    ):
        return False
    verb = content_lemma(group)
    if verb in lexicon.NOT_HAPPENING_VERBS or describes(group):
        return False  # "The driver was also linked to a robbery": a state, not a deed
    return verb not in lexicon.REPORTING_VERBS or verb in _ACTS_OF_TELLING


def _gap_host(analyses: list[Analysis]) -> Analysis | None:
    """The clause whose verb a gapped conjunct leaves out: the last one that tells the
    sentence's own happening (or is itself such a conjunct)."""
    hosts = (ClauseKind.MAIN, ClauseKind.RESUMED, ClauseKind.COMPLEMENT, ClauseKind.GAPPED)
    return next((a for a in reversed(analyses) if a.clause.kind in hosts and a.group), None)


def _restates(coarse: When, fine: When) -> bool:
    """Whether a date holds another, coarser ("this year" of "February 6"): set beside it
    with a dash it restates it, and is no end of a range."""
    return (
        not coarse.is_range
        and not fine.is_range
        and coarse.start.precision < fine.start.precision
        and coarse.start_ordinal <= fine.start_ordinal
        and fine.end_ordinal() <= coarse.end_ordinal()
    )


def _free_of(analyses: list[Analysis], used: set[int], idle: set[int]) -> list[Analysis]:
    """The clauses without the dates that dated nothing in them ("reported a decline in
    third-quarter earnings": the quarter is the earnings', "his 1987 Chevrolet" the car's),
    so that an undated clause is not taken for one its date has dated already."""
    return [
        a
        if i in used or not any(t.start in idle for t in a.timexes)
        else replace(a, timexes=[t for t in a.timexes if t.start not in idle])
        for i, a in enumerate(analyses)
    ]


def _told_as_done(analysis: Analysis) -> bool:
    """Whether a clause tells, in the past or the perfect, what was done."""
    return _group_told_as_done(analysis.group)


def _group_told_as_done(group: VerbGroup | None) -> bool:
    return (
        group is not None
        and not group.tense.unreal
        and (group.tense == Tense.PAST or group.aspect == Aspect.PERFECT)
    )


def _tells_a_happening(analysis: Analysis) -> bool:
    """Whether a clause tells a happening in its own right, not the scene of one: "Apple was
    foundering as he returned in 1996" sets a scene (the progressive, a state) for the
    "as" clause's happening."""
    group = analysis.group
    return (
        group is not None
        and group.aspect != Aspect.PROGRESSIVE
        and content_lemma(group) not in lexicon.NOT_HAPPENING_VERBS
    )


def _event_id(source_id: str, *parts: int) -> str:
    key = source_id + "|" + ":".join(str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


class _ArticleExtractor:
    def __init__(
        self,
        text: str,
        published: dt.date | None,
        source_id: str,
        source_name: str,
        cancelled: Callable[[], bool] | None = None,
    ):
        # Evidence quotes the article as written; everything else reads it without the
        # reference marks an encyclopaedia's text carries (same length, same offsets).
        self.original = text
        text = blank_citation_marks(text)
        # "Storm floods Harbor Town - Daily Wire": the outlet is no part of the headline
        text = blank_headline_outlet(text)
        self.text = text
        self.cancelled = cancelled
        self.published = published
        self.source_id = source_id
        self.source_name = source_name
        # a bare clock time is on the day the story has reached (``clock_days``)
        tagged = [
            dated_vague_ago(as_vague_amount(timex), published) for timex in tag(text, published)
        ]
        # read once: the clock times, the sentences and the asides share them (the headline's
        # casing, mended after the parse, changes no mark and no offset)
        self.quotations = Quotations(text)
        self.timexes = on_the_story_day(text, tagged, published, self.quotations)
        self.spans = [(t.start, t.end) for t in self.timexes]
        # The rules cut sentences at full stops; the parser decides after abbreviations.
        found = split_sentences(text, quotations=self.quotations)
        # a list's mark is a sentence of its own to the parser, so no item's parse takes it in
        marks = {mark for mark, _ in list_marks(text)}
        sure = sorted({s.start for s in found} | set(paragraph_starts(text)) | marks)
        sure = run_on_breaks(text, sure)
        try:
            self.parsed = ParsedText(parse(text, sure, undecided_starts(text), cancelled=cancelled))
        except ParseCancelled:
            raise ExtractionCancelled from None
        # "The trial opens Thursday": a timetable's present, the next Thursday
        self.timexes = scheduled_weekdays(self.parsed, self.timexes, published, self.quotations)
        # a title-cased headline is read, and quoted in titles, as a sentence would write it
        text = self.text = text_as_read(self.parsed.doc)
        # names: the gazetteer's first, then the parse's that pass the finder's checks
        self.finder = ActorFinder(text, doc=self.parsed.doc)
        self.spokespeople = spokespeople(text, self.finder.mentions)
        self.gazetteer = self.finder.gazetteer
        self.reference: When | None = None  # the last day the article named
        self.asides = Asides(text, self.quotations)  # they do not move the reference
        # "the day after the Jan. 3 raid": the happening's own day, by its date's start
        self.happening_days: dict[int, When] = {}
        self.tells_the_past = _tells_the_past(text, self.timexes, published)
        self.fiscal_year_end = year_end_month(text)  # the month a company's books close
        # the story's time: what a plain-past sentence with no date of its own happened at
        self.narrative = NarrativeTime(published, news=not self.tells_the_past)
        # "the Aug. 7 bombings", then "the blast": what a definite description refers back to
        self.happenings = DatedHappenings()
        # "the Thursday opening", "the letter, dated Monday": what narrows "this past week"
        self.noun_days = DaysOfNouns()
        # "the 1995 agreement", named again lower down: the happenings titled by their noun's
        # predicate alone, by noun and date, so that each is proposed once
        self.predicated: set[tuple[str, str]] = set()
        # "Tomas Reyes (4 May 1811 – 19 June 1870)": births and deaths read from brackets
        self.lives = {
            life.timex.start: life
            for life in life_dates(text, self.timexes)
            if self._life_of(life) is not None
        }
        # "Spouse(s) Ruth Keller (m. 1940; div. 1952)": marriages read from a fact box
        self.spouses = spouse_dates(text, self.timexes)
        self.furniture = Furniture(text)  # cited sources, the category footer
        self.drafts: list[Draft] = []
        self._works: dict[tuple[str, str, str], Draft] = {}  # a work's event, by its year
        self.lede: int | None = None  # the number of the story's first sentence
        # the day the lead told its undated news on ("Acme Corp. agreed to sell its unit")
        self.lead_day: When | None = None
        # drafts dated at the publication day for want of the story's, by their clause's start
        self.publication_day: list[tuple[int, Draft]] = []
        self._sentence_starts: list[int] = []

    # --- per sentence ----------------------------------------------------------------------

    def run(self) -> list[Event]:
        starts = [s.start_char for s in self.parsed.doc.sents]
        sentences = split_sentences(self.text, starts, self.quotations)
        self._sentence_starts = [s.start for s in sentences]
        for sentence in sentences:
            if self.cancelled is not None and self.cancelled():
                raise ExtractionCancelled
            self._sentence(sentence)
        self._carry_late_day()
        self._date_named_news()
        self._narrow_stretches()
        # the headline's news is of the day the lead, read after it, gives
        headline_on_the_story_day(self.drafts, self.narrative.story_day(), self.published)
        self.drafts = one_date_per_clause(self.drafts, self.text, self.published)
        self.drafts = merge_repeats(fold_joined_deeds(self.drafts), self.lede, self.text)
        # after the repeats are merged, which compare the parties the clauses name
        self._brands_to_makers()
        mark_conflicts(self.drafts, self._date_phrase)
        return [self._finalise(d) for d in self.drafts]

    def _brands_to_makers(self) -> None:
        """ "The zPad went on sale": a brand's clause that names no party is the story's
        firm's, which makes it (``product_makers``)."""
        firm = self.finder.story_firm
        if firm is None:
            return
        for draft in self.drafts:
            if not draft.event.actors and names_a_brand(draft.subject.split()):
                draft.event = replace(draft.event, actors=(firm.entity,))

    def _dated_paper(self, timex: Timex) -> frozenset[str]:
        """ "in the letter, dated Monday", "a memo dated March 3": the noun a paper's date is
        written after (its stems), else nothing."""
        token = self.parsed.token_at(timex.start)
        if token is None or token.i < 2:
            return frozenset()
        before = token.doc[token.i - 1]
        if before.lower_ != "dated":
            return frozenset()
        noun = token.doc[before.i - 1]
        if noun.text == "," and noun.i > 0:
            noun = token.doc[noun.i - 1]
        return stems(noun.text) if noun.pos_ == "NOUN" else frozenset()

    def _carry_late_day(self) -> None:
        """ "A fire destroyed a warehouse. ... The fire broke out on Sunday.": the story's
        day a later paragraph gives dates what the story told undated before it, the lead's
        news and the narrative's plain past (``late_story_day``)."""
        day = self.narrative.late_day()
        if day is None:
            return
        at = self.narrative.late.at
        for start, draft in self.publication_day:
            if start < at:
                draft.event = replace(draft.event, when=day)
        self._clock_times_on(day, at)
        for waiting in self.narrative.late.waiting:
            if waiting.sentence.start >= at:
                continue
            before = len(self.drafts)
            self._add(waiting.sentence, waiting.analyses, waiting.index, day, None)
            for draft in self.drafts[before:]:
                draft.dated_by_text = True

    def _date_named_news(self) -> None:
        """ "Borel said that it agreed to sell the unit. ... before Friday's purchase": the lead's
        undated news takes the day a later sentence gives the noun that names it back
        (``named_news_day``), when neither the lead nor a later clause gave the story's day."""
        if (
            self.published is None
            or self.lede is None
            or self.narrative.story is not None
            or self.narrative.late_day() is not None
        ):
            return
        lead = [
            draft
            for _start, draft in self.publication_day
            if draft.sentence == self.lede and not draft.headline
        ]
        if not lead:
            return
        named = []
        for timex in self.timexes:
            sentence = bisect_right(self._sentence_starts, timex.start) - 1
            if sentence > self.lede:
                found = named_day(self.parsed, timex, self.published, sentence)
                if found is not None:
                    named.append(found)
        for draft in lead:
            verbs = verbs_of(draft.event.title) | {draft.lemma}
            days = {n.when for n in named if names_the_news(n, verbs, self.lede)}
            if len(days) == 1:
                draft.event = replace(draft.event, when=days.pop())

    def _clock_times_on(self, day: When, at: int) -> None:
        """ "Residents were not warned until 2:40 a.m." told before the story names its day:
        that day's clock time, not the paper's (``clock_days``)."""
        start = day.start
        if self.published is None or start.month is None or start.day is None:
            return
        date = dt.date(start.year, start.month, start.day)
        for draft in self.drafts:
            timex = draft.timex
            moved = None
            if timex is not None and timex.start < at:
                moved = on_a_later_named_day(timex, self.published, date)
            when = moved and timex_to_when(moved.value, moved.mod, moved.text, self.published)
            if when:
                draft.event = replace(draft.event, when=when)

    def _narrow_stretches(self) -> None:
        """ "This past week saw the opening of the exhibit ... the Thursday opening": a
        happening dated by a vague stretch of days takes the day the text gives its noun."""
        for draft in self.drafts:
            day = self.noun_days.narrowed(draft.event.when, draft.stems)
            if day is not None:
                draft.event = replace(draft.event, when=day)

    def _analyse(self, sentence: Sentence) -> list[Analysis]:
        analyses: list[Analysis] = []
        first = bisect_left(self.spans, (sentence.start, -1))
        last = bisect_left(self.spans, (sentence.end, -1))
        spans = self.spans[first:last]
        tags = self.parsed.verb_tags(sentence.start, sentence.end)
        tags |= opening_participle_tag(self.parsed, sentence.start, sentence.end)
        for clause in split_clauses(sentence.text, sentence.start, spans, verb_tags=tags):
            group = _clause_group(clause)
            mentions = self.finder.within(clause.start, clause.end)
            done = _group_told_as_done(group)
            timexes = [
                t
                for t in self.timexes[first:last]
                if clause.start <= t.start < clause.end
                and (
                    t.type in _DATING_TYPES
                    or self._relative(t) is not None
                    or (done and self._within_on(t, group))
                )
                # "third-quarter profit": the period measured, no date of a happening (unless
                # the latest, whose figures are the day's news: ``report_day``)
                and (
                    not dates_a_figure(self.parsed.tokens(t.start, t.end)) or self._latest_period(t)
                )
            ]
            host = _gap_host(analyses) if clause.kind == ClauseKind.GAPPED else None
            if host is not None and host.group is not None:
                # "..., in 2001 the iPod": the verb and subject of the clause before
                gapped = gapped_group(clause, host.group, spans)
                analyses.append(
                    replace(host, clause=clause, group=gapped, mentions=mentions, timexes=timexes)
                )
                continue
            head = self.parsed.head(clause.start, clause.end)
            group = past_contact_relative(clause.tokens, group, head, self.parsed)
            predicate, arguments = predicate_and_arguments(head)
            analyses.append(
                Analysis(
                    clause,
                    group,
                    mentions,
                    timexes,
                    reading_of(head),
                    nominal_subject=has_nominal_subject(head),
                    predicate=predicate,
                    arguments=arguments,
                    stands_for=stand_in_words(head),
                    roles=predicate_roles(head, self._names_state),
                    said=said_reading(head),
                    antecedent=antecedent_span(head),
                    subject_span=subject_span(head),
                    head_at=head.idx if head is not None else None,
                )
            )
        return analyses

    @staticmethod
    def _closing_report(analyses: list[Analysis]) -> None:
        """ "..., union leader Henk de Vries said.": a last clause that is only a speaker and
        a verb of saying reports the sentence, even where the word rules could not see a
        finite verb before its comma ("walked" may be a participle; the parse knew)."""
        if len(analyses) < 2:
            return
        last = analyses[-1]
        group = last.group
        if last.clause.kind != ClauseKind.MAIN or group is None:
            return
        if content_lemma(group) not in lexicon.REPORTING_VERBS or not group.subject:
            return
        words = [t for t in last.clause.tokens if t.is_word]
        if words and words[-1].start == group.main.start and last.said is None:
            last.clause.kind = ClauseKind.REPORT

    def _sentence(self, sentence: Sentence) -> None:
        if self.furniture.holds(sentence.start):
            return  # a cited source or the category footer: no part of the story
        for spouse in self.spouses:
            if sentence.start <= spouse.timex.start < sentence.end:
                self._add_spouse(sentence, spouse)
        analyses = self._analyse(sentence)
        self._closing_report(analyses)
        if not analyses:
            return
        if not any(a.group for a in analyses) and not any(is_nominal(a) for a in analyses):
            return  # a dateline or a caption: no happening to date
        if self.lede is None and not is_headline(sentence):
            self.lede = sentence.index  # the story's first sentence, after its headline
        used: set[int] = set()
        idle: set[int] = set()  # where the dates start that date nothing (``_free_of``)
        dated: list[tuple[int, Timex, Draft]] = []  # each clause's drafts by its dates
        remembered = self._remembered(sentence)
        told_before = len(self.drafts)
        for index, analysis in enumerate(analyses):
            pending = list(analysis.timexes)
            while pending:
                timex = pending.pop(0)
                life = self.lives.get(timex.start)
                if life is not None:
                    self._add_life(sentence, life)
                    continue
                story = self.reference
                when, date_timex = self._when_for(timex, pending, _told_as_done(analysis))
                if when is not None and time_ordered(
                    self.parsed, timex.start, timex.end, when, story
                ):
                    # "ordered the guilds to gather in March": the gathering's time, after
                    # the story's; the ordering is about the story's time, which stays
                    self.reference = story
                    idle.add(timex.start)
                    if index not in used and story is not None:
                        used.add(index)
                        self._add(sentence, analyses, index, about_then(story), None)
                    continue
                if when is not None:
                    # "The siege ended on May 3" in a paper of March: last year's May
                    tense = analysis.group.tense if analysis.group else None
                    last_year = a_year_back(when, date_timex, self.parsed, self.published, tense)
                    when = last_year or when
                if when is None and not self.tells_the_past:
                    # "The two firms recently signed a deal": news of about this month
                    group = analysis.group
                    verbs = {analysis.head_at} if analysis.head_at is not None else set()
                    past = None
                    if group is not None:
                        verbs.add(group.main.start)
                        if group.tense == Tense.PAST and group.aspect == Aspect.SIMPLE:
                            past = group.main.start
                    when = recently_done(self.parsed, timex, verbs, self.published, past)
                if when is None:
                    continue
                work = dated_work(self.parsed, timex.start, timex.end, sentence.start)
                if work is not None and self._add_work(sentence, analysis, work, when, date_timex):
                    continue  # "She appeared in Alpha (2010)": the year is the work's
                if year_in_name(self.parsed, timex.start, timex.end):
                    idle.add(timex.start)
                    continue  # "Developers Conference 2010" names; it dates nothing
                fronted = fronted_participle(
                    self.parsed, sentence.start, sentence.end, (timex.start, timex.end)
                )
                if fronted is not None:
                    # "Rescued on Nov. 25 by fishermen, the boy became ...": the rescue's date
                    self._add_fronted(sentence, analysis, fronted, when, date_timex)
                    continue
                if dates_nothing(self.text, timex, analysis, self.parsed, when, self.published):
                    if timex.value != "PRESENT_REF":  # "now" still says the clause is a state
                        idle.add(timex.start)
                    # "said in a memo, dated Friday": no date of the saying, but still
                    # the day the letter written "earlier this week" was written
                    self.noun_days.note(self._dated_paper(timex), when)
                    continue  # "down $2.5 billion from 1996", "the current chairman"
                reported = self.published and report_day(
                    self.text, date_timex, analysis, self.parsed, when, self.published
                )
                if reported and told_with_its_day(date_timex, analysis):
                    idle.add(timex.start)
                    continue  # "Last week Acme reported third-quarter profit": last week's
                if reported:
                    # "said its net income rose 12% in the second quarter": the report's day,
                    # news of the day as if told undated
                    when = reported
                    if sentence.lead and self.lead_day is None:
                        # the day the lead's report was made, which "also" joins later news to
                        self.lead_day = reported
                elif self.published is not None and _told_as_done(analysis):
                    when = so_far(  # "met this week": by today
                        when,
                        date_timex.value,
                        self.published,
                        earlier=_EARLIER_BEFORE.search(
                            self.text, max(0, date_timex.start - 12), date_timex.start
                        )
                        is not None
                        or _EARLIER_THIS_MONTH.match(date_timex.text) is not None,
                    )
                absolute = absolute_with(self.parsed, timex.start, timex.end)
                if absolute is not None and not self._after_publication(when):
                    # "..., with the first trucks arriving Tuesday": the trucks' arrival
                    self._add_phrase(
                        sentence,
                        analysis,
                        absolute.title,
                        absolute.span,
                        absolute.noun,
                        when,
                        date_timex,
                    )
                    continue
                gerund = dated_gerund(self.parsed, timex.start, timex.end, analysis.head_at)
                if gerund is not None:
                    # "taught for ten years before joining the academy in 1971": the joining
                    # is of 1971, the teaching is not
                    self._add_gerund(sentence, analysis, *gerund, when, date_timex)
                    continue
                if dates_a_participle(self.parsed, timex.start, timex.end, analysis.head_at):
                    # ", prompting X to sue in 1989": not when the clause happened, but when
                    # X sued
                    self._add_prompted(sentence, analysis, when, date_timex)
                    continue
                doing = told_by_noun(self.parsed, timex.start, timex.end)
                if doing is not None:
                    # "After the death of his mother in 1846, he sailed west": the death is
                    # of 1846, the sailing is not
                    self._add_told_by_noun(sentence, analysis, doing, when, date_timex)
                    continue
                framed = framed_happening(self.parsed, timex.start, timex.end)
                if framed is not None:
                    # "began after the invasion of the island last August": the invasion's
                    self._add_phrase(
                        sentence,
                        analysis,
                        framed.title,
                        framed.span,
                        framed.noun,
                        when,
                        date_timex,
                    )
                    continue
                participle = dated_reduced_relative(self.parsed, timex.start, timex.end)
                set_off = set_off_participle(self.parsed, timex.start, timex.end)
                own_clause = analysis.group is not None and (
                    set_off is None or analysis.group.main.start == set_off.idx
                )
                if participle is None and set_off is not None and not own_clause:
                    # "The town kept the Tay Arch, opened in 1932, for walkers": the opening's
                    self._add_reduced(sentence, analysis, set_off, when, date_timex, set_off=True)
                    continue
                if participle is not None:
                    self.noun_days.note(stems(reduced_relative_noun(participle).text), when)
                self.noun_days.note(self._dated_paper(timex), when)
                if participle is not None and not self._in_date(participle.head.idx):
                    # "sales figures issued May 9 by a trade group": the issuing is of May 9
                    self._add_reduced(sentence, analysis, participle, when, date_timex)
                    continue
                noun = None if reported else adnominal_head(self.parsed, timex.start, timex.end)
                if noun is not None and analysis.group is not None:
                    # "That 1967 resolution calls on ...": the clause rules' verb, which the
                    # parse ran into the noun the date is on; the date is the resolution's
                    noun = verb_read_as_noun(noun, analysis.group.main.start) or noun
                if noun is not None and not self._in_date(noun.idx):
                    own = self.happening_days.get(timex.start)
                    self.happenings.note([noun], own or when)
                    self.noun_days.note(stems(noun.text), own or when)
                    if own is not None:
                        # "The day after the Jan. 3 raid, police charged two men": the raid
                        # keeps its day, and the clause, counted from it, is dated too
                        # "two days after the March 2 vote": the count is no part of the vote
                        # (a title from the noun's verb, "Coalition collapses", leaves it out)
                        span = (timex.start, timex.end)
                        phrase = noun_phrase_words(noun, span)
                        verb = verb_title(noun, span)
                        title_words = verb.lower().split() if verb else [w.lower_ for w in phrase]
                        counted_out = not any(
                            w.idx < timex.start - len("the ") and w.lower_ in title_words
                            for w in phrase
                        )
                        if counted_out and (names_happening(noun) or says_what_was_done(noun)):
                            self._add_named(sentence, analyses[index], noun, own, date_timex)
                    elif (
                        (later := follows_up(noun)) or is_setting(noun) or occasion_of_clause(noun)
                    ):
                        span = (timex.start, timex.end)
                        if (
                            says_what_was_done(noun)
                            or verb_title(noun, span)
                            or predicate_for(happening_word(noun))
                        ):
                            # "a warrant in the Oct. 3 shooting of a surgeon": the shooting
                            # is a happening of its own, whatever the clause's date then is
                            self._add_named(sentence, analyses[index], noun, when, date_timex)
                        if later:
                            # "Police arrested a suspect in the 2016 bombing": the arrest
                            # came after, on a day this date does not give
                            idle.add(timex.start)
                            continue
                    elif not year_of_a_prize_won(noun):
                        # "the 2010 raid" dates the raid, not what the sentence says of it
                        span = (timex.start, timex.end)
                        if (
                            names_happening(noun)
                            or says_what_was_done(noun)
                            or verb_title(noun, span)
                            or predicate_for(happening_word(noun))
                        ):
                            self._add_named(sentence, analyses[index], noun, when, date_timex)
                        else:
                            idle.add(timex.start)
                        continue
                if self._add_having(sentence, analyses, index, when, date_timex):
                    continue  # "Having resigned in May, she joined ...": the resigning
                nested = nested_dated_clause(
                    self.parsed, timex.start, timex.end, analysis.head_at, analysis.clause.end
                )
                if nested is not None and nested.simultaneous and _tells_a_happening(analysis):
                    nested = None  # "took a charge as it reported a loss in the quarter": one
                told_inside = nested is not None and self._add_nested(
                    sentence, analyses, index, nested, when, date_timex
                )
                if (
                    nested is not None
                    and not nested.simultaneous
                    and (told_inside or state_after_relative_word(nested))
                ):
                    # "named chairman of the firm her father founded in 1985": the
                    # founding's date, not the naming's ("was struggling as she came back in
                    # 2004": both were of 2004); "searched a flat where the suspect lived
                    # last year": the living's, which is no event, not the searching's
                    idle.add(timex.start)
                    continue
                target = date_target(analyses, index)
                if (
                    target is None
                    or self._state_now(analyses[target], timex)
                    or not (
                        dated_reading_holds(analyses, target, when)
                        # "said it had a quarterly loss of $2 million": the results
                        or (
                            reported
                            and results_had(
                                analyses[target].group,
                                date_timex.text,
                                self.text[: sentence.start],
                            )
                        )
                    )
                ):
                    continue
                if reported and target in used:
                    continue  # "payable Sept. 20 to holders of record Aug. 30": one report
                used.add(target)
                told = len(self.drafts)
                self._add(
                    sentence,
                    analyses,
                    target,
                    when,
                    None if reported else date_timex,
                    # a routine time clause only lends its date: it says nothing
                    speaker=(
                        index
                        if target != index and not times_another_clause(analyses[index])
                        else None
                    ),
                )
                if (
                    len(self.drafts) > told
                    and not reported
                    and when.end is None
                    and when.start.precision <= Precision.MONTH
                    and self._only_date_of(sentence, timex)
                ):
                    # "In 1996, following Acme's purchase of Brio, Tull returned": the
                    # purchase, which names its doer, is of that year too
                    for framing in framing_happenings(
                        self.parsed, sentence.start, sentence.end, (timex.start, timex.end)
                    ):
                        self._add_phrase(
                            sentence,
                            analyses[target],
                            framing.title,
                            framing.span,
                            framing.noun,
                            when,
                            date_timex,
                        )
                if len(self.drafts) == told and announced_instead(analyses, index, target):
                    # "Acme announced this month that it was weighing a sale": what was
                    # announced is no happening of the date, the announcing is
                    used.add(index)
                    self._add(sentence, analyses, index, when, None if reported else date_timex)
                dated.extend((target, date_timex, d) for d in self.drafts[told:])
                shared = self._shared_predicates(analyses, target)
                if target == index and _fronted(analyses[index], timex):
                    shared += _conjuncts_in_scope(analyses, index)
                for other in shared:
                    used.add(other)
                    self._add(sentence, analyses, other, when, None if reported else date_timex)
        if remembered:
            self._date_remembered(sentence, analyses, remembered, told_before)
        self._one_date_each(analyses, dated)
        self._when_clauses(sentence, analyses, used)
        self._note_scene(sentence, analyses)
        self._narrated(sentence, analyses, used)
        if self.published is None or self.tells_the_past:
            return
        self._undated(sentence, _free_of(analyses, used, idle), used, month_of(self.published))

    def _remembered(self, sentence: Sentence) -> list[tuple[Anniversary, When, Timex]]:
        """The happenings whose anniversary the sentence names, each with its day (the
        anniversary's day that many years back) and the date expression that gave it."""
        if "anniversar" not in sentence.text.casefold():
            return []  # the parse's tokens of every sentence are not worth making for this
        found = list(anniversaries(self.parsed.tokens(sentence.start, sentence.end)))
        if not found:
            return []
        first = bisect_left(self.spans, (sentence.start, -1))
        last = bisect_left(self.spans, (sentence.end, -1))
        out = []
        for anniversary in found:
            start, end = anniversary.span
            inside = [t for t in self.timexes[first:last] if start <= t.start < end]
            if inside:
                continue  # "the 75th anniversary of the act, signed on Aug. 14, 1935": dated
            for timex in self.timexes[first:last]:
                day = timex_to_when(timex.value, timex.mod, timex.text, self.published)
                then = years_before(day, anniversary.years) if day is not None else None
                if then is not None:
                    out.append((anniversary, then, timex))
                    break
        return out

    def _date_remembered(
        self,
        sentence: Sentence,
        analyses: list[Analysis],
        remembered: list[tuple[Anniversary, When, Timex]],
        told_before: int,
    ) -> None:
        """ "Monday is the tenth anniversary of the Kell Street fire, which destroyed 40
        homes": the fire, and what the clauses inside its phrase tell of it, are of that
        Monday ten years back, not of Monday."""
        for anniversary, then, timex in remembered:
            # "Tomorrow marks the 20th anniversary of ...": a day that is an anniversary
            # tells of no happening on it
            self.drafts[told_before:] = [
                d
                for d in self.drafts[told_before:]
                if not (
                    d.timex is timex
                    and d.lemma in ("mark", "be")
                    and (not d.subject or d.subject.casefold() == timex.text.casefold())
                )
            ]
            start, end = anniversary.span
            inside = [
                d
                for d in self.drafts[told_before:]
                if 0 <= d.clause < len(analyses) and start <= analyses[d.clause].clause.start < end
            ]
            for draft in inside:
                draft.event = replace(draft.event, when=then)
            if not inside:
                host = next(
                    (a for a in analyses if a.clause.start <= start < a.clause.end), analyses[0]
                )
                self._add_named(sentence, host, anniversary.noun, then, timex, story_day=False)

    def _one_date_each(
        self, analyses: list[Analysis], dated: list[tuple[int, Timex, Draft]]
    ) -> None:
        """ "Acme declared a dividend on Monday, payable to holders of record Nov. 17": a
        clause dated by two of its dates is one happening; the date inside a noun phrase
        yields to the one on the verb (``clause_dates``)."""
        by_clause: dict[int, list[tuple[Timex, Draft]]] = {}
        for target, timex, draft in dated:
            by_clause.setdefault(target, []).append((timex, draft))
        dropped: set[int] = set()
        for target, told in by_clause.items():
            head_at = analyses[target].head_at
            head = self.parsed.token_at(head_at) if head_at is not None else None
            if len(told) < 2 or head is None:
                continue
            words = {t: self.parsed.tokens(t.start, t.end) for t, _ in told}
            every = {w.i for ws in words.values() for w in ws}
            reaches = [reach(words[t], head, every - {w.i for w in words[t]}) for t, _ in told]
            dropped |= {id(told[i][1]) for i in outranked(reaches)}
        if dropped:
            self.drafts = [d for d in self.drafts if id(d) not in dropped]

    def _when_clauses(self, sentence: Sentence, analyses: list[Analysis], used: set[int]) -> None:
        """ "In 1999, when the dam burst, ...", "rebuilt in 1961, when the harbour opened": a
        "when" clause right after a date is a happening of that date; an undated deed right
        before a dated "when" clause is one of its date (``when_dated_hosts``); an "after" clause
        beside a clause dated by a year or month is one of that time (``after_clauses``)."""
        for index in range(len(analyses) - 1):
            lent = lent_by_when(analyses, index, used, self.parsed)
            if lent is None:
                continue
            lent_when = self._clause_day(lent, analyses[index + 1])
            if lent_when is not None:
                # "was dismissed when the orchestra was disbanded in December 1983": then too
                used.add(index)
                self._add(sentence, analyses, index, lent_when, lent)
        for index in range(1, len(analyses)):
            analysis, before = analyses[index], analyses[index - 1]
            clause = analysis.clause
            if lends_its_time(analyses, index, used):
                # "began the project in 2004 after the mayor met the owners": 2004 too
                date = before.timexes[0]
                when = self._clause_day(date, before)
                if when is not None and loose_enough(when):
                    used.add(index)
                    self._add(sentence, analyses, index, when, date)
                continue
            if (
                index in used
                or clause.kind != ClauseKind.SUB
                or clause.marker != "when"
                or analysis.timexes
                or analysis.group is None
                or not analysis.reading.proposed
                # "in 1877, when he was 17": a state, not a happening
                or content_lemma(analysis.group) in lexicon.NOT_HAPPENING_VERBS
                or not before.timexes
            ):
                continue
            date = before.timexes[-1]
            # "Last week, 40 were hurt when the roof fell": a date opening the dated clause
            # before dates all of it, the "when" clause too
            opens = len(before.timexes) == 1 and index - 1 in used and _fronted(before, date)
            if not opens and any(t.is_word and t.start >= date.end for t in before.clause.tokens):
                continue  # the date does not end the clause before: "in 1999 near Lyon, when"
            when = self._clause_day(date, before)
            if when is not None:
                used.add(index)
                self._add(sentence, analyses, index, when, date)

    def _clause_day(self, timex: Timex, analysis: Analysis) -> When | None:
        """The day ``timex`` gives the clause it dates, on the year the clause's own tense
        puts it in: "The siege ended March 3 when the rebels surrendered", in a paper of
        February, is last year's March for the clause the date is lent to as well."""
        when = timex_to_when(timex.value, timex.mod, timex.text, self.published)
        if when is None:
            return None
        tense = analysis.group.tense if analysis.group else None
        return a_year_back(when, timex, self.parsed, self.published, tense) or when

    def _counted_from(self, analyses: list[Analysis], index: int) -> When | None:
        """ "The move comes barely a month after the airline suspended flights": a happening
        under "after" or "before" that an amount of time sets apart from a clause told in the
        present lies that far before (or after) the publication day. Approximate, as "a
        month" is. (Past happenings under "after" beside a dated clause are left out as old
        news by the news rules.)"""
        clause = analyses[index].clause
        marker = clause.marker.lower()
        if clause.kind != ClauseKind.SUB or marker not in ("after", "before") or index == 0:
            return None
        host = analyses[index - 1]
        if self.published is None or host.group is None or host.group.tense != Tense.PRESENT:
            return None
        amount = next(
            (
                t
                for t in self.timexes
                if t.type == "DURATION"
                and host.clause.start <= t.start < host.clause.end
                and _COUNTED_GAP.fullmatch(self.text, t.end, clause.start)
            ),
            None,
        )
        if amount is None:
            return None
        sign = -1 if marker == "after" else 1
        moved = shifted(about_day(self.published), amount.value, sign)
        return When(moved.start.with_flags(approximate=True)) if moved else None

    def _note_scene(self, sentence: Sentence, analyses: list[Analysis]) -> None:
        """ "On Aug. 7, the ambassador had just left. She was walking to her car when the bomb
        went off.": a happening told without a date in a paragraph a date set the scene of is
        one a later "the blast" can refer back to."""
        if any(a.timexes for a in analyses):
            return
        for analysis in analyses:
            scene = self.narrative.scene(sentence, analysis.clause.start)
            if scene is not None:
                self.happenings.note_clause(self.parsed, analysis.head_at, scene)

    def _referred(self, analysis: Analysis, when: When) -> When:
        """ "The ambassador was cut in the blast": the day of the happening a definite
        description refers back to, when the story dated it; else ``when``."""
        return self.happenings.referred(self.parsed, analysis.head_at) or when

    def _narrated(self, sentence: Sentence, analyses: list[Analysis], used: set[int]) -> None:
        """ "Rebels shelled the port on Saturday. Government troops returned fire.": what the
        story goes on to tell in the plain past, with no date, happened at its time then."""
        told = len(self.drafts)
        for index, when in self.narrative.carried(sentence, analyses, used, self.lede):
            when = self._referred(analyses[index], when)
            used.add(index)
            before = len(self.drafts)
            self._add(sentence, analyses, index, when, None)
            for draft in self.drafts[before:]:
                # dated by the story: one with another happening only when told again then
                # ("Belgium beat Panama" is no retelling of "Sweden beat Korea")
                draft.dated_by_text = True
            if self.published is not None and when == about_day(self.published):
                # "The mayor refused the request": a later paragraph may yet give the story's day
                start = analyses[index].clause.start
                self.publication_day += [(start, d) for d in self.drafts[before:]]
        self.narrative.close(sentence, analyses, told=bool(used) or len(self.drafts) > told)

    def _in_date(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a date expression ("24" of "24-25 March")."""
        index = bisect_right(self.spans, (offset, len(self.text))) - 1
        return index >= 0 and self.spans[index][0] <= offset < self.spans[index][1]

    @staticmethod
    def _state_now(analysis: Analysis, timex: Timex) -> bool:
        """ "Right now my evidence is scant", "The store now has 225,000 apps": a state that
        holds now is no happening to date, nor is what will be ("will increase it to 300,000
        troops, from 40,000 now")."""
        group = analysis.group
        if timex.value != "PRESENT_REF" or group is None:
            return False
        if group.lemma == "be":
            return group.voice != Voice.PASSIVE or group.tense.unreal
        return group.tense.unreal or (
            group.voice != Voice.PASSIVE and content_lemma(group) in lexicon.NOT_HAPPENING_VERBS
        )

    def _relative(self, timex: Timex) -> re.Match[str] | None:
        """The signal after an amount of time that counts from an earlier date, if any."""
        if timex.type != "DURATION":
            return None
        return _RELATIVE_SIGNAL.match(self.text, timex.end)

    def _within(self, timex: Timex) -> int | None:
        """Where "within" opens an amount of time ("Within days, the government fell"), if
        it does."""
        if timex.type != "DURATION":
            return None
        before = _WITHIN_BEFORE.search(self.text, max(0, timex.start - 20), timex.start)
        return before.start() if before else None

    def _within_on(self, timex: Timex, group: VerbGroup | None) -> bool:
        """Whether "within" and its amount hang on the clause's own verb ("Within days,
        troops retook it"), not on a noun or another verb inside it ("talking of victory
        within a week")."""
        if group is None or self._within(timex) is None:
            return False
        tokens = self.parsed.tokens(timex.start, timex.end)
        outside = [t for t in tokens if not timex.start <= t.head.idx < timex.end]
        return (
            len(outside) == 1
            and outside[0].head.pos_ in ("VERB", "AUX")
            and outside[0].head.idx == group.main.start
        )

    def _when_for(
        self, timex: Timex, pending: list[Timex], done: bool = False
    ) -> tuple[When | None, Timex]:
        signal = self._relative(timex)
        # "Within days, troops retook the town", told as done: no later than a few days
        # after the last date, about then (what is to be done "within days" is a plan)
        within = None if signal is not None or not done else self._within(timex)
        if signal is not None or within is not None:
            if self.reference is None:
                return None, timex
            start, end = (within, timex.end) if within is not None else (timex.start, 0)
            if signal is not None:
                end = signal.end()
            sign = -1 if signal and signal.group("dir").lower() in ("earlier", "before") else 1
            when = shifted(self.reference, timex.value, sign)
            if when is not None and within is not None:
                when = When(
                    when.start.with_flags(approximate=True),
                    when.end.with_flags(approximate=True) if when.end else None,
                )
            phrase = Timex(start, end, self.text[start:end], "DATE", timex.value, timex.mod)
            if when is not None:
                self.reference = when
            return when, phrase
        # "the following month" counts from the story's time, not a quotation's month
        when = counted_unit(timex.text, self.reference) or timex_to_when(
            timex.value, timex.mod, timex.text, self.published
        )
        if when is None:
            return None, timex
        # "in fiscal 1989", of a company whose year ends June 30: July 1988 to June 1989
        when = fiscal_year(timex.text, timex.value, self.fiscal_year_end) or when
        when = part_of_month(when, timex.mod, timex.text)  # "in late June": its last third
        counted = counted_from_happening(when, self.text[max(0, timex.start - 30) : timex.start])
        if counted is not None:
            self.happening_days[timex.start] = when  # "the day after the Jan. 3 raid": Jan. 3's
            when = counted
        # What "two days later" counts from; after "in 2014", no day: nothing to count from.
        # nor does a date of a noun's past ("a truce signed in 2016") or an aside
        if not self.asides.holds(timex.start) and not dated_reduced_relative(
            self.parsed, timex.start, timex.end
        ):
            self.reference = when
        before = self.text[max(0, timex.start - 25) : timex.start]
        after = self.text[timex.end : timex.end + 12]
        closed = self._period_closing_on(timex, when)
        if closed is not None:
            return closed
        if pending:
            nxt = pending[0]
            between = self.text[timex.end : nxt.start]
            closing = timex_to_when(nxt.value, nxt.mod, nxt.text, self.published)
            period = closing and period_closing(timex.value, " " + between, closing, timex.text)
            if period is not None:
                # "for the fourth quarter ended Aug. 26": one period, June to August
                pending.pop(0)
                self.reference = period
                return period, replace(timex, end=nxt.end, text=self.text[timex.start : nxt.end])
            if _RANGE_JOIN.match(between) and (
                _RANGE_OPEN.search(before) or between.strip() in ("-", "–", "—")
            ):
                other = timex_to_when(nxt.value, nxt.mod, nxt.text, self.published)
                if other is not None and _restates(other, when):
                    # "on Waitangi Day - February 6 - this year": the coarser date only says
                    # which year the day is of; no range, and no second date
                    pending.pop(0)
                    return when, timex
                if other is not None:
                    span = range_of(when, other)
                    if span is not None:
                        pending.pop(0)
                        merged = Timex(
                            timex.start,
                            nxt.end,
                            self.text[timex.start : nxt.end],
                            timex.type,
                            timex.value,
                            timex.mod,
                        )
                        return span, merged
        if _ONGOING_BEFORE.search(before) or (
            _FROM_BEFORE.search(before) and _ONGOING_AFTER.match(after)
        ):
            return ongoing_from(when), timex
        return when, timex

    def _latest_period(self, timex: Timex) -> bool:
        """Whether a date is the latest quarter or half a company reports figures for."""
        if self.published is None:
            return False
        when = timex_to_when(timex.value, timex.mod, timex.text, self.published)
        return when is not None and latest_period(self.text, timex, when, self.published)

    def _period_closing_on(self, timex: Timex, when: When) -> tuple[When, Timex] | None:
        """ "net income for the six months ended Oct. 1": the day closes a length of time
        named before it (which dates nothing alone); the period and its whole phrase."""
        at = bisect_left(self.spans, (timex.start, -1))
        if at == 0:
            return None
        length = self.timexes[at - 1]
        if length.type != "DURATION":
            return None
        period = period_closing(length.value, " " + self.text[length.end : timex.start], when)
        if period is None:
            return None
        self.reference = period
        text = self.text[length.start : timex.end]
        return period, replace(length, end=timex.end, text=text, type="DATE")

    def _shared_predicates(self, analyses: list[Analysis], index: int) -> list[int]:
        """Clauses that share this clause's subject and date: "X on Tuesday condemned A and
        offered B" -- the "and offered B" happening is dated too."""
        out = []
        for j in range(index + 1, len(analyses)):
            other = analyses[j]
            if (
                other.clause.kind != ClauseKind.RESUMED
                or other.clause.marker not in lexicon.CONJUNCTIONS
            ):
                break
            if (
                other.timexes
                or other.group is None
                or any(t.is_word and t.low not in lexicon.CONNECTIVES for t in other.group.subject)
            ):
                break
            if any(t.low in _AFTER_A_WHILE for t in other.group.subject):
                break  # "took the airport in March and later seized the port": not in March
            if content_lemma(other.group) in lexicon.HAPPENING_VERBS:
                out.append(j)
        return out

    # --- undated news of the day ---------------------------------------------------------

    def _undated(
        self, sentence: Sentence, analyses: list[Analysis], used: set[int], month: When
    ) -> None:
        """Events of the clauses that are news of the day: what a main clause tells in the
        simple past ("Rescuers found a body") about the publication day; what has been or is
        going on ("has begun supplying", "are carrying"), or is told as background ("after
        Russia amassed troops"), in the publication month; both approximate."""
        news = news_of_the_day(sentence, analyses, used, self.lede)
        self._also_told(sentence, analyses, used | set(news))
        for index in news:
            speaker = speaker_index(analyses, index)
            group = analyses[index].group
            when = month
            if (
                self.published is not None
                and group is not None
                and group.tense == Tense.PAST
                and group.aspect == Aspect.SIMPLE
                # "after Russia amassed troops": background, told loosely: the month
                and (
                    analyses[index].clause.kind in (ClauseKind.MAIN, ClauseKind.RESUMED)
                    # "Acme said it agreed to sell ...": the lead's news, of the day
                    or lead_report(analyses, index, sentence)
                )
            ) or (
                # "The board has ordered an inquiry.", opening the story: its news, of the day
                self.published is not None and lede_news(sentence, self.lede, analyses[index])
            ):
                # "Rebels seized the town on Wednesday. Troops fled.": the lead's day, which
                # in Thursday's paper is not the publication day
                when = self.narrative.story_day_for(analyses[index]) or about_day(self.published)
                if sentence.lead and self.lead_day is None:
                    self.lead_day = when
            when = self._counted_from(analyses, index) or self._referred(analyses[index], when)
            before = len(self.drafts)
            self._add(sentence, analyses, index, when, None, speaker=speaker)
            if self.published is not None and when == about_day(self.published):
                # a later paragraph may yet give the story's day (``_carry_late_day``)
                start = analyses[index].clause.start
                self.publication_day += [(start, d) for d in self.drafts[before:]]

    def _also_told(self, sentence: Sentence, analyses: list[Analysis], taken: set[int]) -> None:
        """ "Apple unveiled a laptop on Monday. Jobs also announced a phone.": a clause that
        adds, with "also" and no date of its own, a happening to one the story has just told
        on a day (in this sentence or the two before) happened then too."""
        since = self._previous_start(sentence, back=2)
        occasion = None
        other_time = False  # a happening of another time was told just before
        for draft in reversed(self.drafts):
            told_at = draft.event.sources[0].start if draft.event.sources else None
            if told_at is None or told_at < since:
                break
            other_time = True
            when = draft.event.when
            # a year, a month or a stretch of time is no occasion "also" could join
            if when.start.day is not None and when.end is None:
                occasion = when
                break
        far = False  # the occasion is the lead's, not one told just before
        if occasion is None and not other_time and not self.tells_the_past:
            # "Acme agreed to sell its unit. ... The company also closed a plant.": in news,
            # what "also" adds further down, after no happening of another time, joins the
            # day of the lead's news
            occasion = self.narrative.story_day() or self.lead_day
            far = True
        if occasion is None:
            return
        for index, analysis in enumerate(analyses):
            if index in taken or not _adds_a_happening(sentence, analysis):
                continue
            if far and not joins_the_lead_day(sentence, analyses, index):
                continue
            taken.add(index)
            self._add(sentence, analyses, index, occasion, None)

    def _previous_start(self, sentence: Sentence, back: int) -> int:
        """Where the sentence ``back`` sentences before this one starts (or the first)."""
        starts = self._sentence_starts
        at = bisect_left(starts, sentence.start)
        return starts[max(0, at - back)] if starts else sentence.start

    # --- building an event ---------------------------------------------------------------

    def _add(
        self,
        sentence: Sentence,
        analyses: list[Analysis],
        index: int,
        when: When,
        timex: Timex | None,
        speaker: int | None = None,
    ) -> None:
        """Make an event of clause ``index``, dated ``when`` by ``timex`` (None: undated)."""
        group = analyses[index].group
        if (
            group is not None
            and not analyses[index].timexes
            and second_verb_of_a_shared_object(self.parsed, group.main.start)
        ):
            # "arrested and questioned the boy": the first verb's title tells both ("convened
            # and chaired the meeting in 1930" keeps its date, and its event, on the second)
            return
        if speaker is None:
            speaker = speaker_index(analyses, index)
        reported = analyses[index].clause.kind == ClauseKind.REPORT
        frame = EventFrame(
            self.finder,
            self.spans,
            sentence,
            analyses,
            index,
            speaker=analyses[speaker] if speaker is not None else None,
            foretold=foretold_or_planned(analyses, index) if reported else None,
            group=analyses[index].group,
            dated=timex is not None and timex.value != "PRESENT_REF",
            timex=timex,
            when=when,
            published=self.published,
            caption=self.furniture.caption(sentence.start),
        )
        if timex is not None and frame.group is not None:
            # "starred in Alpha (2007) and Beta (2009)": each year titles its own work
            work = listed_work(frame.group.rest, timex.start)
            if work is not None:
                frame.group = replace(frame.group, rest=work)
            elif dated_beside_list(frame.group.rest, timex.start):
                return  # "Since 1949 it has grown to include Porto in 1952, Leiria in 1955"
        replacements = self._coreference(sentence, frame.analysis)
        title = self._title(frame, replacements, timex)
        if not title or tells_nothing(frame, title) or tells_a_state(frame, title):
            return
        decide_mentions(frame)
        when = frame.when or when  # "has been with Acme since 2008": the joining, 2008
        self.drafts.append(self._draft(frame, title, replacements, when, timex))
        if timex is not None:
            self.narrative.dated(
                sentence, frame.analysis, when, scene=_fronted(frame.analysis, timex)
            )
            self.happenings.note_clause(self.parsed, frame.analysis.head_at, when)

    def _after_publication(self, when: When) -> bool:
        """Whether ``when`` starts after the day the article was published (what is still
        to come: "with talks resuming Monday")."""
        if self.published is None:
            return False
        return when.start_ordinal >= self.published.toordinal() + 1

    def _add_named(
        self,
        sentence: Sentence,
        analysis: Analysis,
        noun: Token,
        when: When,
        timex: Timex,
        *,
        story_day: bool = True,
    ) -> None:
        """An event named by a noun that a date modifies: "the 2010 commando raid that killed
        nine activists" -> "Commando raid kills nine activists", 2010."""
        words = noun_phrase_words(noun, (timex.start, timex.end))
        if not words:
            return
        word = happening_word(noun)
        rule = rule_for(word)
        # "the 1862 Treaty of Calder Ford": the name whole, whatever the parse hung where
        name = name_after(noun) if rule is not None and words[-1].i == noun.i else []
        words = [*words, *name]
        # "Iraq's Aug. 2 invasion of Kuwait": "Iraq invades Kuwait", not "Iraq invasion"
        verb = verb_title(noun, (timex.start, timex.end))
        named = named_title(words, noun)
        title = verb or named
        predicate = ""
        alone = False
        parties = NounParties()
        bare = "".join(named.lower().split()) == "".join(w.lower_ for w in words)
        if rule is not None and bare and (not verb or of_phrase(noun) is None):
            # "the 1998 Indonesian election", "the 2010 earthquake in Haiti": the parties
            # the noun's own phrase names are the title's ("Indonesia holds election");
            # "Hungary's 1956 uprising" broke out in Hungary (Hungary did not "rise")
            right = noun.right_edge.idx + len(noun.right_edge.text)
            parties = noun_parties(
                noun,
                (timex.start, timex.end),
                self.finder.within(words[0].idx, right),
                body_before=rule.body_before_acts,
            )
            rest = [w for w in words if w.i not in parties.before]
            alone = not verb and (
                len(title.split()) == 1 or title.lower() == word.replace("-", " ") or bool(name)
            )
            if alone or (parties and rest and not self._after_publication(when)):
                # "the 1962 uprising": "Uprising breaks out", as a sub-editor would put it
                # ("the 1988 cease-fire", which the parse splits: "Cease-fire takes effect")
                predicate = rule.predicate
                named_once = (word, when.to_edtf())
                opened = opens_happening(self.text[max(0, timex.start - 40) : timex.start])
                if alone and (
                    not opened or named_once in self.predicated or self._after_publication(when)
                ):
                    # a noun alone; a day's ("Monday's storm" is mostly the story's own, told
                    # already); one named again; one still to come ("the 2030 vote")
                    return
                self.predicated.add(named_once)
                phrase = word if len(rest) <= 1 else " ".join(w.text for w in rest)
                subject = phrase if name else word.capitalize()
                title = party_title(rule, phrase, parties) or f"{subject} {predicate}"
        elif len(title.split()) == 1 or title.lower() == word.replace("-", " "):
            return  # a noun alone with no predicate ("the 1998 crisis")
        title = finish(title)
        if len(title.split()) < 2 or not acceptable_title(title):
            return  # "Agreement", "Vote": a noun alone tells a reader nothing
        start, end = words[0].idx, noun.right_edge.idx + len(noun.right_edge.text)
        mentions = self.finder.within(start, end)
        own_text = self.text[start:end]
        source = self._source(sentence, timex)
        event = Event(
            id=_event_id(self.source_id, sentence.start, sentence.end, start, timex.start),
            title=title,
            when=when,
            description=_clause_description(own_text, sentence.text),
            category=categorise(
                own_text,
                sentence.text,
                predicate=lemma(noun),
                arguments=tuple(lemma(w) for w in words if w.i != noun.i),
                states=states_named(own_text, start, mentions),
            ),
            actors=tuple(dict.fromkeys((*actor_names(mentions), *parties.actors))),
            location=first_location(mentions or analysis.mentions),
            sources=(source,),
            origin=Origin.EXTRACTED,
        )
        # "the 1988 cease-fire": the whole word, which its predicate's verbs are told by
        noun_lemma = word if predicate else lemma(noun)
        if story_day and self._only_date_of(sentence, timex):
            # "the cost of Sunday's storm": the lead's one date is the story's day
            # ("said on Tuesday ... last Friday's bombings": the saying's day is the news)
            self.narrative.named(sentence, when)
        self.drafts.append(
            Draft(
                event,
                noun_lemma,
                stems(own_text),
                True,
                stems(noun_lemma),
                timex,
                sentence=sentence.index,
                noun_alone=alone,
            )
        )

    def _only_date_of(self, sentence: Sentence, timex: Timex) -> bool:
        """Whether ``timex`` is the one date expression of ``sentence``."""
        first = bisect_left(self.spans, (sentence.start, -1))
        last = bisect_left(self.spans, (sentence.end, -1))
        return last - first == 1 and self.spans[first][0] == timex.start

    def _person_named(self, start: int, end: int) -> str | None:
        """The person whose name ends at ``end`` (and lies within ``start``..``end``)."""
        named = [m for m in self.finder.within(start, end + 1) if m.end in (end, end + 1)]
        if len(named) != 1 or named[0].kind != NameKind.PERSON:
            return None
        return named[0].entity

    def _life_of(self, life: LifeDate) -> str | None:
        """Whose life a bracket gives: the one person named before it ("Dame Ada Lind DBE",
        "Rory Bain of Elgin"); or, where the finder knows no name there at all, the words
        themselves when the bracket gives days ("Carl J. Moss (May 2, 1901 – ...)"): a
        life to the day is a person's."""
        person = self._person_named(life.name_start, life.name_end)
        if person is not None:
            return person
        named = self.finder.within(life.name_start, life.name_end + 1)
        people = [m for m in named if m.kind == NameKind.PERSON]
        if len(people) == 1 and not any(m.end >= life.name_end for m in named if m not in people):
            return people[0].entity
        if not named and life.exact:
            return " ".join(self.text[life.name_start : life.name_end].split())
        return None

    def _add_life(self, sentence: Sentence, life: LifeDate) -> None:
        """A birth or a death read from the bracket after a name."""
        when = timex_to_when(life.timex.value, life.timex.mod, life.timex.text, self.published)
        person = self._life_of(life)
        if when is None or person is None:
            return
        born = life.what == BORN
        title = f"{person} born" if born else f"{person} dies"
        self._add_life_event(
            sentence, life.timex, when, title, (person,), "bear" if born else "die"
        )

    def _add_life_event(
        self,
        sentence: Sentence,
        timex: Timex,
        when: When,
        title: str,
        actors: tuple[str, ...],
        lemma: str,
    ) -> None:
        """One step of a life read from a bracket (born, died, married, divorced): its title
        is written whole, its kind is other, its date the bracket's."""
        event = Event(
            id=_event_id(self.source_id, sentence.start, sentence.end, timex.start),
            title=title,
            when=when,
            description=title,
            category=OTHER,
            actors=actors,
            sources=(self._source(sentence, timex),),
            origin=Origin.EXTRACTED,
        )
        self.drafts.append(Draft(event, lemma, stems(title), True, stems(title), timex))

    def _add_spouse(self, sentence: Sentence, spouse: SpouseDate) -> None:
        """A marriage or a divorce of the person the biography is about: the one whose life
        its first bracket of life dates gives ("Tom Ashby (9 May 1920 – 1 June 1999) was
        ..."), read from a fact box's spouse line."""
        when = timex_to_when(
            spouse.timex.value, spouse.timex.mod, spouse.timex.text, self.published
        )
        first = min(self.lives, default=None)
        person = self._life_of(self.lives[first]) if first is not None else None
        if when is None or person is None:
            return
        married = spouse.what == MARRIED
        if married:
            title = f"{person} marries {spouse.partner}"
        else:
            title = f"{person} and {spouse.partner} divorce"
        actors = (person, spouse.partner)
        lemma = "marry" if married else "divorce"
        self._add_life_event(sentence, spouse.timex, when, title, actors, lemma)

    def _add_prompted(
        self, sentence: Sentence, analysis: Analysis, when: When, timex: Timex
    ) -> None:
        """ "..., prompting the label to file suit again in 1989" -> "Label files suit
        again", 1989."""
        found = prompted_happening(self.parsed, timex.start, timex.end)
        if found is None:
            return
        verb, doer = found
        after = [t for t in verb.subtree if t.i > verb.i]
        doing = lexicon.inflect(lemma(verb), "3sg")
        title = phrase_title([list(doer.subtree)], (0, 0))
        rest = phrase_title([after], (timex.start, timex.end))
        self._add_phrase(
            sentence,
            analysis,
            f"{title} {doing} {rest[:1].lower()}{rest[1:]}".strip(),
            (doer.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)),
            verb,
            when,
            timex,
        )

    def _add_told_by_noun(
        self, sentence: Sentence, analysis: Analysis, doing: NamedDoing, when: When, timex: Timex
    ) -> None:
        """ "after the death of his mother in 1846" -> "Norton's mother dies", 1846; "after
        his retirement in 1925" -> "Jespersen retires"."""
        noun = doing.noun
        doer = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        who = self._whose(doing.who, timex, doer)
        if who is None:
            return
        self._add_phrase(
            sentence,
            analysis,
            f"{who} {doing.verb}",
            (noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)),
            noun,
            when,
            timex,
        )

    def _whose(self, who: Token | None, timex: Timex, doer: Token | None) -> str | None:
        """Whose a happening named by a noun is, as a title writes it: "his" in the phrase
        that frames a clause is the clause's subject ("After his retirement, Lind stayed"),
        else the person the text is about there; "his mother" that person's mother."""
        if who is None:
            return None
        if who.pos_ == "PRON":
            if doer is not None and doer.pos_ == "PROPN":
                return phrase_title([[t for t in doer.subtree if not t.is_punct]], (0, 0))
            if doer is not None and doer.pos_ == "PRON":
                return self.finder.person_for_pronoun(doer.lower_, doer.idx)
            pronoun = {"his": "he", "her": "she", "him": "he"}.get(who.lower_, who.lower_)
            return self.finder.person_for_pronoun(pronoun, who.idx)
        words = [
            t
            for t in who.subtree
            if t.i <= who.i and not t.is_punct and t.dep_ not in ("cc", "case", "det")
        ]
        owner = next((t for t in words if t.dep_ == "nmod:poss" and t.pos_ == "PRON"), None)
        if owner is not None:
            person = self._whose(owner, timex, doer)
            if person is None:
                return None
            rest = " ".join(t.text for t in words if t.i > owner.i)
            return f"{person}'s {rest}"
        return phrase_title([words], (timex.start, timex.end)) or None

    def _add_gerund(
        self,
        sentence: Sentence,
        analysis: Analysis,
        gerund: Token,
        doer: Token,
        when: When,
        timex: Timex,
    ) -> None:
        """ "Lind taught for ten years before joining the academy in 1971" -> "Lind joins
        academy", 1971; "he" is the person the text is about there."""
        # what the gerund did, as written, without the date, the words on it, and articles
        phrase = [t for t in gerund.subtree if t.i > gerund.i]
        # "adding Porto in 1952, Leiria in 1955 and Faro in 1982": each year its own item
        phrase = listed_among(phrase, timex.start) or phrase
        after = [
            t
            for t in phrase
            if not t.is_punct
            and not timex.start <= t.idx < timex.end
            # the date's preposition and its hedge ("possibly in November 1849")
            and not timex.start <= t.head.idx < timex.end
            and t.lower_ not in ("the", "a", "an")
        ]
        doing = lexicon.inflect(lemma(gerund), "3sg")
        if doer.pos_ == "PRON":
            who = self.finder.person_for_pronoun(doer.lower_, doer.idx)
            if who is None:
                return
        else:
            who = phrase_title([list(doer.subtree)], (0, 0))
        rest = " ".join(t.text for t in after).replace(" 's", "'s")
        self._add_phrase(
            sentence,
            analysis,
            f"{who} {doing} {rest}".strip(),
            (gerund.idx, gerund.right_edge.idx + len(gerund.right_edge.text)),
            gerund,
            when,
            timex,
        )

    def _add_reduced(
        self,
        sentence: Sentence,
        analysis: Analysis,
        participle: Token,
        when: When,
        timex: Timex,
        *,
        set_off: bool = False,
    ) -> None:
        """ "figures issued May 9 by the Vale Trade Group" -> "Figures issued by Vale Trade Group"; set
        off by a comma, "kept the Tay Arch, opened in 1932, ..." -> "Tay Arch opened"."""
        if lemma(participle) in _STATIVE_PARTICIPLES:
            return  # "demand enjoyed during Christmas": the date is its, but it is no event
        if not reading_of(participle).proposed:
            return  # "costs compared with a year earlier": a comparison, no happening
        noun = participle_noun(participle) if set_off else reduced_relative_noun(participle)
        if noun is None:
            return
        if set_off:
            words = noun_words(noun, (timex.start, timex.end))
        else:
            words = noun_phrase_words(noun, (timex.start, timex.end))
        # "the injunction issued Thursday and also order ...": a verb joined to the
        # participle is another clause's, no part of the phrase
        joined = {t.i for c in participle.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        after = []
        for token in participle.subtree:
            if token.i < participle.i or token.i in joined:
                continue
            if token.is_punct and token.text != "-":
                break  # ", which barred ...": what follows the phrase is no part of it
            after.append(token)
        title = phrase_title([words, after], (timex.start, timex.end))
        end = participle.right_edge.idx + len(participle.right_edge.text)
        start = words[0].idx if words else noun.idx
        self._add_phrase(sentence, analysis, title, (start, end), participle, when, timex)

    def _add_nested(
        self,
        sentence: Sentence,
        analyses: list[Analysis],
        index: int,
        nested: NestedClause,
        when: When,
        timex: Timex,
    ) -> bool:
        """ "the firm her father founded 40 years ago" -> "Her father founds firm": the
        clause the parse nests in clause ``index``, made a clause of its own; whether it
        gave an event."""
        outer = analyses[index]
        tokens = [t for t in outer.clause.tokens if nested.start <= t.start < nested.end]
        if not tokens:
            return False
        clause = Clause(tokens, ClauseKind.SUB, nested.marker)
        group = _clause_group(clause)
        reading = reading_of(nested.verb)
        if group is None or not reading.proposed or content_lemma(group) in NESTED_STATES:
            return False
        if nested.object_span is not None:
            # "the firm her father founded in 1971": what was founded is the firm
            start, end = nested.object_span
            noun = [t for t in outer.clause.tokens if start <= t.start < end]
            group = replace(group, rest=[*noun, *group.rest])
        predicate, arguments = predicate_and_arguments(nested.verb)
        inner = Analysis(
            clause,
            group,
            self.finder.within(clause.start, clause.end),
            [timex],
            reading,
            nominal_subject=has_nominal_subject(nested.verb),
            predicate=predicate,
            arguments=arguments,
            stands_for=stand_in_words(nested.verb),
            roles=predicate_roles(nested.verb, self._names_state),
            said=said_reading(nested.verb),
            subject_span=subject_span(nested.verb),
            head_at=nested.verb.idx,
        )
        told = len(self.drafts)
        self._add(sentence, [*analyses, inner], len(analyses), when, timex)
        return len(self.drafts) > told

    def _add_fronted(
        self,
        sentence: Sentence,
        analysis: Analysis,
        fronted: FrontedParticiple,
        when: When,
        timex: Timex,
    ) -> None:
        """ "Rescued on Nov. 25 by fishermen, the boy ..." -> "Boy rescued by fishermen"."""
        title = fronted_title(fronted, (timex.start, timex.end))
        last = fronted.phrase[-1]
        span = (fronted.participle.idx, last.idx + len(last.text))
        self._add_phrase(sentence, analysis, title, span, fronted.participle, when, timex)

    def _add_having(
        self, sentence: Sentence, analyses: list[Analysis], index: int, when: When, timex: Timex
    ) -> bool:
        """ "Having resigned from the bank in May, she joined Acme" -> "Ann Cole resigns from
        bank", May: an opening "having" phrase tells a happening of the main clause's
        subject, dated by its own date ("Having been elected in 1990, Hale served" -> "Hale
        elected")."""
        clause = analyses[index].clause
        if clause.kind != ClauseKind.SUB or clause.marker != "having" or index + 1 >= len(analyses):
            return False
        main = analyses[index + 1].group
        if main is None or not main.subject:
            return False
        words = [t for t in clause.tokens if t.is_word]
        passive = len(words) > 2 and words[1].low == "been"
        participle = words[2] if passive else words[1]
        verb_lemma = lexicon.lemma_of(participle.low) or participle.low
        doing = participle.low if passive else lexicon.inflect(verb_lemma, "3sg")
        after = []
        tokens = list(clause.tokens)
        at = tokens.index(participle)
        for n, token in enumerate(tokens[at + 1 :], at + 1):
            if timex.start <= token.start < timex.end:
                continue
            following = tokens[n + 1] if n + 1 < len(tokens) else None
            if (
                following is not None
                and timex.start <= following.start < timex.end
                and token.low in ("in", "on", "at", "during", "by")
            ):
                continue  # the date's preposition
            if token.low in ("the", "a", "an"):
                continue
            after.append(token.text)
        subject = main.subject
        if len(subject) == 1 and subject[0].low in ("he", "she"):
            who = self.finder.person_for_pronoun(subject[0].low, subject[0].start)
        else:
            who = " ".join(t.text for t in subject if t.low not in ("the", "a", "an"))
        predicate = self.parsed.token_at(participle.start)
        if not who or predicate is None:
            return False
        before = len(self.drafts)
        title = f"{who} {doing} {' '.join(after)}".strip()
        span = (clause.start, clause.end)
        self._add_phrase(sentence, analyses[index], title, span, predicate, when, timex)
        return len(self.drafts) > before

    def _add_work(
        self, sentence: Sentence, analysis: Analysis, work: DatedWork, when: When, timex: Timex
    ) -> bool:
        """ "He appeared in Alpha (2010)", "her novel The Long Quay (1931)" -> "Ada Lind
        appears in Alpha", "Ada Lind publishes The Long Quay": the maker is the person the
        sentence names, or the one the text is about there. False when no person is found:
        the clause is then read as any other."""
        who = self._maker_of(work)
        if who is None:
            return False
        key = (who, work.name.lower(), when.to_edtf())
        told = self._works.get(key)
        if told is not None:
            # "Alpha (2010), her biggest success": a work told again is the same event
            told.extra_sources.append(self._source(sentence, timex))
            return True
        verb, _, preposition = work.doing.partition(" ")
        doing = lexicon.inflect(verb, "3sg")
        title = f"{who} {doing} {preposition} {work.name}".replace("  ", " ")
        if not finish(title).endswith(work.name.split()[-1]):
            return False  # a title cut inside the work's name names no work
        before = len(self.drafts)
        span = (work.start, work.end)
        self._add_phrase(sentence, analysis, title, span, work.predicate, when, timex)
        if len(self.drafts) == before:
            return False
        self._works[key] = self.drafts[-1]
        return True

    def _maker_of(self, work: DatedWork) -> str | None:
        """The person who made or appeared in a dated work."""
        maker = work.maker
        if maker is not None and maker.tag_ == "PRP$":
            # "Dennis Hopper, famous for his role in the 1969 film Easy Rider": a name
            # earlier in the sentence is whose the work is
            sentence_start = maker.sent.start_char
            named = self.finder.within(sentence_start, maker.idx)
            people = [m for m in named if m.kind == NameKind.PERSON]
            if people:
                return people[-1].entity
        if maker is not None and maker.lower_ in ("he", "she", "his", "her", "him"):
            pronoun = {"his": "he", "him": "he"}.get(maker.lower_, maker.lower_)
            return self.finder.person_for_pronoun(pronoun, maker.idx)
        if maker is not None:
            end = maker.right_edge.idx + len(maker.right_edge.text)
            named = self.finder.within(maker.left_edge.idx, end)
            people = [m for m in named if m.kind == NameKind.PERSON]
            return people[-1].entity if len(people) == 1 else None
        # no word of the sentence names the maker: the person the last "he" or "she"
        # before it stood for, the one the text is about there
        for token in reversed(self.parsed.tokens(work.start - _PRONOUN_REACH, work.start)):
            if token.lower_ in ("he", "she", "his", "her") and token.tag_ in ("PRP", "PRP$"):
                pronoun = "he" if token.lower_ in ("he", "his") else "she"
                return self.finder.person_for_pronoun(pronoun, token.idx)
        # else the one person whose life the text gives ("Aksel Berg (1861 – 1940)")
        lives = {self._life_of(life) for life in self.lives.values()} - {None}
        return lives.pop() if len(lives) == 1 else None

    def _add_phrase(
        self,
        sentence: Sentence,
        analysis: Analysis,
        title: str,
        span: tuple[int, int],
        predicate: Token,
        when: When,
        timex: Timex,
    ) -> None:
        """An event told by a phrase of the parse rather than a clause of its own."""
        title = finish(title)
        if len(title.split()) < 2 or not acceptable_title(title):
            return
        start, end = span
        mentions = self.finder.within(start, end)
        own_text = self.text[start:end]
        event = Event(
            id=_event_id(self.source_id, sentence.start, sentence.end, start, timex.start),
            title=title,
            when=when,
            description=_clause_description(own_text, sentence.text),
            category=categorise(own_text, sentence.text, predicate=lemma(predicate)),
            actors=tuple(actor_names(mentions)),
            location=first_location(mentions or analysis.mentions),
            sources=(self._source(sentence, timex),),
            origin=Origin.EXTRACTED,
        )
        verb = lemma(predicate)
        self.drafts.append(Draft(event, verb, stems(own_text), True, stems(verb), timex))

    def _source(
        self,
        sentence: Sentence,
        timex: Timex | None,
        attribution: Attribution = Attribution.STATED,
        attributed_to: str = "",
    ) -> SourceRef:
        """The article as the source of an event read from ``sentence``, the sentence its
        evidence."""
        return SourceRef(
            source_id=self.source_id,
            name=self.source_name,
            evidence=self.original[sentence.start : sentence.end],
            start=sentence.start,
            end=sentence.end,
            attribution=attribution,
            attributed_to=attributed_to,
            date_text=timex.text if timex else "",
        )

    def _title(
        self, frame: EventFrame, replacements: dict[int, str], timex: Timex | None = None
    ) -> str:
        """The event's title: subject and predicate as the rules decide them, else the noun
        that names the happening."""
        decide_predicate(frame)
        decide_subject(frame)
        group, title = frame.group, ""
        if group is not None and questioned_doer(
            group, frame.clause.marker, self._token_before(frame)
        ):
            title = done_title(group, self.spans, frame.analysis.mentions)
        elif group is not None:
            group = said_in_setting(group, self.spans, self._said(frame)) or group
            group = said_when_bare(group, self.spans, self._said(frame)) or group
            if frame.clause.kind == ClauseKind.RELATIVE:
                group = (
                    object_relative(
                        group,
                        frame.clause.marker,
                        self.spans,
                        self._with_word_before(frame, antecedent(frame.analyses, frame.index)),
                        self.parsed,
                    )
                    or group
                )
            elif frame.clause.kind == ClauseKind.COMPLEMENT and frame.clause.marker == "that":
                group = (
                    that_relative(group, self.spans, self._tokens_before(frame), self.parsed)
                    or group
                )
            group = listed_item(group, timex.start if timex else None) or group
            reduced = reduced_relative(
                group, self.spans, timex.start if timex else None, frame.clause.marker
            )
            ran_on = (
                relative_ran_on(
                    group,
                    frame.clause.marker,
                    self.spans,
                    verbless=self._verbless(group),
                    dated_at=timex.start if timex else None,
                )
                if reduced is None
                else None
            )
            # "Relatives of the miners who died in the blast gathered": the sentence's verb is
            # done by the whole phrase the relative clause sits in, not the relative's noun
            whole_phrase = (
                run_on_subject(group.main.start, self._tokens_before(frame), self.parsed)
                if ran_on is not None and ran_on.verbs[0] is not group.verbs[0]
                else None
            )
            group = reduced or ran_on or group
            # "Acme, reeling from rules mandated by Congress, posted a loss": Acme's news
            group = verb_after_aside(group, self.parsed, self.spans) or group
            tokens = (
                whole_phrase
                or participle_subject(group, frame.subject, self.parsed, self.spans)
                or renaming_words(frame.sentence, frame.analyses, frame.index, frame.subject)
                or frame.subject
            )
            subject_mentions = self.finder.within(tokens[0].start, tokens[-1].end) if tokens else []
            # a capital that undergoes stays itself, and so does one that foretells what its
            # country will do ("the Kremlin said Russia will respond")
            subject, plural = shorten_subject(
                tokens,
                subject_mentions,
                self.gazetteer,
                acting=group.voice != Voice.PASSIVE and frame.foretold is None,
                parsed=self.parsed,
            )
            subject, plural = uncontracted(subject, plural)  # "they've" -> "they"
            if tokens:  # "120 [of 900 pupils] are absent"
                subject, plural = counted_subject(subject, plural, tokens[0].start, self.parsed)
            if subject in _FIRST_PERSON:
                subject, plural = self._first_person(frame, subject, plural)
            title = clause_title(
                group,
                subject,
                plural,
                self.spans,
                replacements,
                frame.analysis.mentions,
                self.parsed,
            )
        if not title or group is None:
            title = nominal_title(
                frame.clause.tokens, self.spans, frame.analysis.mentions, self.gazetteer
            )
        return title

    def _verbless(self, group: VerbGroup) -> bool:
        """Whether the parse heads the sentence of ``group``'s verb with no verb (it read the
        sentence's verb as part of a relative clause: ``relative_ran_on``)."""
        word = self.parsed.token_at(group.main.start)
        return word is not None and word.sent.root.pos_ not in ("VERB", "AUX")

    def _first_person(self, frame: EventFrame, subject: str, plural: bool) -> tuple[str, bool]:
        """Who "I" or "we" is in a title. "'I entered Trinity College,' he wrote": the one
        who says "I" is the speaker the sentence names, by name ("Anna Berg said") or by
        what the speaker is ("the minister said" -> "Minister"). Inside a quotation whose
        speaker the sentence does not name ("She said: ... 'I first went to hospital'") the
        title names no one (""); "we", and an "I" outside quotation marks (the reporter's
        own doing, which the rules leave out), stay as written."""
        speaker = self._speaker_of(frame)
        if speaker is None:
            words = [t for t in frame.clause.tokens if t.is_word]
            start = words[0].start if words else frame.clause.start
            quoted = any(c in _QUOTE_MARKS for c in self.text[frame.sentence.start : start])
            return ("", False) if quoted else (subject, plural)
        if subject != "I":
            return subject, plural
        named = self._speaker_named(speaker)
        if named:
            return named, False
        said_by = speaker.group.subject if speaker.group is not None else []
        mentions = self.finder.within(said_by[0].start, said_by[-1].end) if said_by else []
        return shorten_subject(said_by, mentions, self.gazetteer, parsed=self.parsed)

    def _speaker_of(self, frame: EventFrame) -> Analysis | None:
        """The clause that reports ``frame``'s clause: its own speaker, else a clause of
        saying earlier in its sentence."""
        speaker = frame.speaker
        if speaker is None:
            # "About his friend he wrote, "He has been ... since 1805, when I entered
            # college."": a clause of saying earlier in the sentence says whose words they are
            saying = [
                a
                for a in frame.analyses[: frame.index]
                if a.group is not None and a.group.lemma in lexicon.REPORTING_VERBS
            ]
            speaker = saying[-1] if saying else None
        return speaker if speaker is not None and speaker.group is not None else None

    def _speaker_named(self, speaker: Analysis) -> str:
        """The person ``speaker``, a clause of saying, names as who spoke ("he wrote", with
        "he" put in for a name; "said Anna Berg"), else ""."""
        said_by = [t for t in speaker.group.subject if t.is_word] if speaker.group else []
        if not said_by:
            return ""
        first, last = said_by[0].start, said_by[-1].end
        people = [
            m for m in speaker.mentions if m.kind == NameKind.PERSON and first <= m.start < last
        ]
        if people:
            return people[-1].entity
        if said_by[-1].stands_for_person:
            return said_by[-1].text
        if said_by[-1].low in ("he", "she"):  # "About her teacher she wrote"
            return self.finder.person_for_pronoun(said_by[-1].low, said_by[-1].start) or ""
        return ""

    @staticmethod
    def _tokens_before(frame: EventFrame) -> list[WordToken]:
        """The tokens of the sentence's clauses before the clause of ``frame``."""
        start = frame.clause.tokens[0].start if frame.clause.tokens else 0
        return [t for a in frame.analyses for t in a.clause.tokens if t.end <= start]

    @staticmethod
    def _with_word_before(frame: EventFrame, tokens: list[WordToken]) -> list[WordToken]:
        """``tokens`` with the word of the sentence right before them, if any."""
        if not tokens:
            return []
        earlier = [
            t
            for analysis in frame.analyses
            for t in analysis.clause.tokens
            if t.end <= tokens[0].start and t.is_word
        ]
        return [earlier[-1], *tokens] if earlier else [*tokens]

    @staticmethod
    def _said(frame: EventFrame) -> list[WordToken]:
        """The tokens of the clause that says what this clause's verb reported, if any."""
        following = frame.index + 1
        if following >= len(frame.analyses):
            return []
        clause, group = frame.analyses[following].clause, frame.analyses[following].group
        if clause.parent != frame.index:
            return []
        # "said in a statement that it had hit": a "that" after the noun of the setting
        # with a subject of its own opens what was said, not a relative clause
        said_after_noun = (
            clause.kind == ClauseKind.RELATIVE
            and clause.marker.lower() == "that"
            and group is not None
            and any(t.is_word and t.low != "that" for t in group.subject)
        )
        if clause.kind != ClauseKind.COMPLEMENT and not said_after_noun:
            return []
        return list(clause.tokens)

    @staticmethod
    def _token_before(frame: EventFrame) -> WordToken | None:
        """The sentence's token right before the clause ("investigate" before "who")."""
        if frame.index == 0:
            return None
        before = frame.analyses[frame.index - 1].clause.tokens
        return before[-1] if before and before[-1].end <= frame.clause.start else None

    def _draft(
        self,
        frame: EventFrame,
        title: str,
        replacements: dict[int, str],
        when: When,
        timex: Timex | None,
    ) -> Draft:
        sentence, clause, speaker = frame.sentence, frame.clause, frame.speaker
        speaker_text, speaker_start, speaker_mentions = "", 0, []
        if speaker is not None:
            speaker_text = self.text[speaker.clause.start : speaker.clause.end]
            speaker_start = speaker.clause.start
            speaker_mentions = speaker.mentions
        own_text = self.text[clause.start : clause.end]
        vouching = vouch(own_text, speaker_text, speaker_start, speaker_mentions)
        words = [t for t in frame.subject if t.is_word]
        # a spokesman, or a source after "according to", only reports what happened
        reporting = (speaker_start, speaker_start + len(speaker_text))
        taking = (words[0].start, words[-1].end) if words else (0, 0)
        actors = actor_names(
            taking_part(
                self.text,
                (reporting, (clause.start, clause.end)),
                frame.mentions
                + tellers_taking_part(
                    self.text,
                    (clause.start, clause.end),
                    reporting,
                    frame.mentions,
                    speaker_mentions,
                ),
                self.spokespeople,
                taking,
            )
            + replacements_mentions(replacements, self.finder)
            + self.finder.companies_described(clause.start, clause.end)
            + self.finder.companies_described(speaker_start, speaker_start + len(speaker_text))
            + self.finder.bodies_described(clause.start, clause.end)
            + self.finder.bodies_described(speaker_start, speaker_start + len(speaker_text))
        )
        group = frame.group
        lemma = content_lemma(group) if group is not None else nominal_lemma(frame.analysis)
        dated_span = (timex.start, timex.end) if timex else (clause.start, clause.end)
        source = self._source(sentence, timex, vouching.attribution, vouching.attributed_to)
        event = Event(
            id=_event_id(self.source_id, sentence.start, sentence.end, clause.start, *dated_span),
            title=title,
            when=when,
            # The clause this event was read from; the whole sentence is the evidence already.
            description=_clause_description(own_text, sentence.text),
            category=categorise(
                own_text,
                sentence.text,
                predicate=frame.analysis.predicate,
                arguments=(
                    *frame.analysis.arguments,
                    *frame.analysis.stands_for,
                    *self._firms_act(frame),
                ),
                state_acts=self._state_acts(frame),
                agent=frame.analysis.roles.agent,
                patient=frame.analysis.roles.patient,
                states=states_named(
                    own_text, clause.start, self.finder.within(clause.start, clause.end)
                ),
            ),
            actors=tuple(actors),
            location=first_location(frame.analysis.mentions),
            sources=(source,),
            origin=Origin.EXTRACTED,
        )
        own_stems = stems(own_text)
        core = stems(lemma) | stems(" ".join(t.text for t in frame.subject))
        headline = (
            sentence.paragraph == 0
            and sentence.index == 0
            and not sentence.text.rstrip().endswith((".", "!", "?", '"', "”", "'", "’", ",", ";"))
        )
        return Draft(
            event,
            lemma,
            own_stems,
            timex is not None,
            core,
            timex,
            headline=headline,
            sentence=sentence.index,
            passive=group is not None and group.voice == Voice.PASSIVE,
            clause=frame.index,
            parent=clause.parent,
            marker=clause.marker,
            subject=" ".join(t.text for t in frame.subject),
            own_subject=_subject_within(frame.analysis.subject_span, clause.start, clause.end),
        )

    def _names_state(self, start: int, end: int) -> bool:
        """Whether the text from ``start`` to ``end`` names a country ("the Turkish
        president", "Japan")."""
        return any(m.kind == NameKind.COUNTRY for m in self.finder.within(start, end))

    def _state_acts(self, frame: EventFrame) -> bool:
        """Whether the clause's subject names a country that acts ("Russia warned ...")."""
        words = [t for t in frame.subject if t.is_word]
        if not words:
            return False
        named = self.finder.within(words[0].start, words[-1].end)
        return any(m.kind == NameKind.COUNTRY and m.is_actor for m in named)

    def _firms_act(self, frame: EventFrame) -> tuple[str, ...]:
        """The argument "company" when the clause's subject names only firms ("Boeing and
        Lufthansa agreed ..."), else none."""
        words = [t for t in frame.subject if t.is_word]
        if not words:
            return ()
        named = self.finder.within(words[0].start, words[-1].end)
        return (FIRM,) if firms_act(named, self.gazetteer.companies) else ()

    def _coreference(self, sentence: Sentence, analysis: Analysis) -> dict[int, str]:
        """'the country' -> the last country named (by name) earlier in the sentence."""
        replacements: dict[int, str] = {}
        tokens = analysis.clause.tokens
        for index, token in enumerate(tokens[1:], 1):
            if token.low == "country" and tokens[index - 1].low == "the":
                earlier = [
                    m
                    for m in self.finder.within(sentence.start, analysis.clause.start)
                    if m.kind == NameKind.COUNTRY and m.role == NameRole.NAME
                ]
                if earlier:
                    replacements[token.start] = earlier[-1].entity
        replacements.update(self._object_people(analysis))
        return replacements

    def _object_people(self, analysis: Analysis) -> dict[int, str]:
        """ "... but a federal judge barred him from working": "him" or "her" after the verb
        is the last person named before it who is not the clause's own subject."""
        group = analysis.group
        if group is None:
            return {}
        subject = {t.start for t in group.subject}
        out = {}
        for token in group.rest:
            if token.low not in ("him", "her"):
                continue
            # the nearest person before it of its sex, looking back through the article
            person = self.finder.person_for_object(token.low, token.start, subject)
            if person is not None:
                out[token.start] = person
        return out

    # --- repeats and conflicts -------------------------------------------------------------

    def _date_phrase(self, timex: Timex | None) -> str:
        if timex is None:
            return ""
        before = self.text[max(0, timex.start - 12) : timex.start]
        match = re.search(r"\b(on|in|at|since|during|from|by|until)\s+$", before, re.I)
        return (match.group(1) + " " if match else "") + timex.text

    def _finalise(self, draft: Draft) -> Event:
        if draft.extra_sources:
            return replace(draft.event, sources=draft.event.sources + tuple(draft.extra_sources))
        return draft.event


# A subject in the first person: who it is, the speaker says elsewhere.
_FIRST_PERSON = frozenset({"I", "We", "we"})
_QUOTE_MARKS = frozenset('"“”«»')


def replacements_mentions(replacements: dict[int, str], finder: ActorFinder) -> list[Mention]:
    """Mentions standing for the names that coreference put in."""
    out = []
    people = finder.person_entities
    for start, name in replacements.items():
        entry = finder.gazetteer.lookup(name)
        if entry is not None:
            out.append(
                Mention(start, start, name, entry.entity, entry.kind, entry.role, entry.country)
            )
        elif name in people:  # "him": a person the article named
            out.append(person_mention(start, start, name, name))
    return out


def extract_events(
    text: str,
    published: dt.date | None,
    *,
    source_id: str = "",
    source_name: str = "",
    cancelled: Callable[[], bool] | None = None,
) -> list[Event]:
    """The dated events an English news article reports, in text order.

    ``published`` anchors relative dates ("on Monday", "a week ago") and dates news of the day
    reported without a date; without it such events are left out. ``cancelled`` is asked
    between sentences; when it returns True, ``ExtractionCancelled`` is raised.
    """
    if not text.strip():
        return []
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleTooLongError(
            f"the text is {len(text) / 1e6:.1f} million characters; an article is read up to "
            f"{MAX_ARTICLE_CHARS / 1e6:.0f} million: split it into articles"
        )
    text = _LONE_SURROGATE.sub("\ufffd", text)
    read = unescaped(text)
    events = _ArticleExtractor(read.text, published, source_id, source_name, cancelled).run()
    if not read.changed:
        return events
    return [_as_written(event, text, read) for event in events]


def _as_written(event: Event, text: str, read: Unescaped) -> Event:
    """``event`` with its sources' offsets in ``text``, the article as written (its entities
    not read), and their evidence quoted from it."""
    sources = []
    for source in event.sources:
        if source.start is None or source.end is None:
            sources.append(source)
            continue
        start, end = read.original_offset(source.start), read.original_offset(source.end)
        sources.append(replace(source, start=start, end=end, evidence=text[start:end]))
    return replace(event, sources=tuple(sources))
