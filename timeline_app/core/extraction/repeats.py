"""One happening told twice, and one happening given two dates, within an article.

The extractor makes a draft event of each dated or newsworthy clause; here the drafts that
tell one happening are gathered (an undated telling and its repeat; the headline's claim and
the story's dated sentence) and the drafts that give one happening two dates that do not
meet are marked as conflicting, each naming the other. Only drafts sharing a verb or an
actor are compared, each with a bounded number of others, so a long text stays linear.
"""

from __future__ import annotations

import functools
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from timeline_app.core.dates import Precision, When
from timeline_app.core.events import Event, SourceRef
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.name_forms import share_participant
from timeline_app.core.extraction.noun_predicates import told_by
from timeline_app.core.extraction.predicate_classes import (
    PRESENTING,
    classes_in,
    one_class,
    predicate_class,
)
from timeline_app.core.extraction.retold_nouns import NAMING_NOUNS, OCCURRING, names_back
from timeline_app.core.extraction.syntax import HAPPENING_NOUNS
from timeline_app.core.extraction.temporal import range_of
from timeline_app.core.extraction.title_finish import too_long
from timeline_app.core.timex import Timex

_STOPWORDS = lexicon.words("""
the a an and or but of to in on at for with by from as that this these those its their his her
is are was were be been being has have had will would could should may might can about into
than then also which who whom where when while after before since during over under between
said says say according sources reportedly
""")


@dataclass
class Draft:
    event: Event
    lemma: str
    stems: frozenset[str]
    dated_by_text: bool
    core: frozenset[str] = frozenset()  # stems of the predicate and the subject
    timex: Timex | None = None
    extra_sources: list[SourceRef] = field(default_factory=list)
    headline: bool = False  # read from a first line with no full stop: the story's claim
    sentence: int = -1  # the number of the sentence it was read from
    passive: bool = False  # told in the passive ("was hit")
    clause: int = -1  # the number of its clause within the sentence
    parent: int | None = None  # the number of the clause its clause hangs on
    marker: str = ""  # the word that opened its clause ("when", "after", "which")
    subject: str = ""  # its subject's words ("The strike")
    # titled by its noun and that noun's predicate alone ("the 1991 agreement" -> "Agreement
    # signed"): a stand-in for the happening, which a clause of the story may tell in full
    noun_alone: bool = False
    own_subject: bool = True  # False for "and resigned", whose subject is the clause's before

    def absorb(self, other: Draft) -> None:
        """Take ``other``'s sentences as further sources of this event: its own and those it
        had taken already, so a repeat of a repeat loses none. Each clause that told the
        happening stays one source, even where two clauses share a sentence (what counts
        the tellings counts clauses)."""
        self.extra_sources.extend((*other.event.sources, *other.extra_sources))


@functools.lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    """Crude stems of content words: 'offered'/'offer'/'offers' share 'offer'."""
    out = set()
    for word in re.findall(r"[a-z][a-z\-]{3,}", text.lower()):
        if word in _STOPWORDS:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        out.add(word)
    return frozenset(out)


def merge_repeats(drafts: list[Draft], lede: int | None = None, text: str = "") -> list[Draft]:
    """An undated happening told twice (same verb, shared actors) is one event; so are the
    headline's claim and the story's first sentence (number ``lede``) that retells it; and
    so is a stretch given as two years in a row of ``text`` ("in 2007 and 2008")."""
    kept: list[Draft] = []
    by_lemma: dict[str, list[Draft]] = {}  # the undated kept, by verb
    dated_by_lemma: dict[str, list[Draft]] = {}  # the dated kept, by verb
    dated_kept: list[Draft] = []  # the dated kept, in order
    for draft in drafts:
        twin = None
        verb_class = _class(draft)
        if not draft.dated_by_text:
            same_verb = by_lemma.setdefault(verb_class, [])
            twin = next(
                (
                    k
                    for k in same_verb[-_COMPARED:]
                    # the lead's news is of the publication day, a retelling lower down
                    # of about that month: one within the other is one time
                    if one_within_the_other(k.event.when, draft.event.when)
                    and (
                        len(set(k.event.actors) & set(draft.event.actors)) >= 2
                        or same_telling(k, draft)
                    )
                ),
                None,
            )
        elif draft.lemma:
            same_verb = dated_by_lemma.setdefault(verb_class, [])
            twin = next((k for k in same_verb[-_COMPARED:] if _retold(k, draft)), None)
            if twin is None:
                twin = next(
                    (k for k in reversed(dated_kept[-_RETELLING_DRAFTS:]) if retold_as(k, draft)),
                    None,
                )
        if twin is None and draft.lemma in OCCURRING:
            twin = next(
                (k for k in reversed(dated_kept[-_RETELLING_DRAFTS:]) if _named_back(k, draft)),
                None,
            )
        if twin is None and draft.lemma in lexicon.REPORTING_VERBS:
            twin = next(
                (k for k in reversed(kept[-_RETELLING_DRAFTS:]) if _reported_again(k, draft)), None
            )
        if twin is None and _detail(draft):
            twin = next((k for k in reversed(kept[-_COMPARED:]) if _harm_told(k, draft)), None)
        if twin is None:
            kept.append(draft)
            if not draft.dated_by_text:
                by_lemma[verb_class].append(draft)
            elif draft.lemma:
                dated_by_lemma[verb_class].append(draft)
                dated_kept.append(draft)
        else:
            _take_narrower(twin, draft)
            _take_fuller_title(twin, draft)
            twin.absorb(draft)
    kept = _one_time_each(_without_frames(_join_year_pairs(_began_when(kept), text)))
    return _merge_told_twice(_without_noun_stand_ins(kept), lede)


def _without_noun_stand_ins(drafts: list[Draft]) -> list[Draft]:
    """ "The two mills signed a pact in 1987 ... The dispute was settled in 1987
    ... the 1987 pact": a happening named by its noun alone ("Agreement signed") is no
    event of its own when a clause of the story gives the same time and names the noun or
    tells it with one of its verbs; its source joins that clause's."""
    told = [d for d in drafts if not d.noun_alone]
    if len(told) == len(drafts):
        return drafts
    by_when: dict[str, list[Draft]] = {}
    for draft in told:
        by_when.setdefault(draft.event.when.to_edtf(), []).append(draft)
    kept: list[Draft] = []
    for draft in drafts:
        if draft.noun_alone:
            verbs = told_by(draft.lemma.lower())
            teller = next(
                (
                    d
                    for d in by_when.get(draft.event.when.to_edtf(), [])
                    if d.lemma in verbs or (draft.core <= d.core and d.lemma != draft.lemma)
                ),
                None,
            )
            if teller is not None:
                teller.absorb(draft)
                continue
        kept.append(draft)
    return kept


def same_telling(first: Draft, second: Draft) -> bool:
    """Whether two drafts tell one happening in the same words: a page's list that repeats an
    item ("• Police closed the bridge" on five lines) or a line pasted twice is one happening
    read again, not five closures, even when no actor is named to tie them."""
    return first.event.title == second.event.title and _words(first) == _words(second)


def _words(draft: Draft) -> str:
    # the sentence each draft was read from, its spacing and closing stop aside
    quote = draft.event.sources[0].evidence if draft.event.sources else ""
    return " ".join(quote.split()).rstrip(".!").casefold()


def _class(draft: Draft) -> str:
    """The draft's predicate class: "lifts rates" and "raised rates" are one."""
    return predicate_class(draft.lemma, draft.event.title)


# Verbs that tell a happening's start or end, not a happening of their own: "the strike
# began", "the war ended".
PHASES = lexicon.words("begin start end finish erupt resume")


def _began_when(drafts: list[Draft]) -> list[Draft]:
    """ "The strike began on 1 March, when 2,300 dockers walked out": a happening named by a
    noun that begins or ends "when" a clause tells what was done is that clause's happening,
    one event when both are of one kind. It keeps the clause's title (who did what), both
    tellings' actors and the one source."""
    by_clause = {(d.sentence, d.clause): d for d in drafts if d.sentence >= 0 and d.clause >= 0}
    dropped: set[int] = set()
    for draft in drafts:
        if draft.marker.lower() != "when" or draft.clause < 0:
            continue
        # the clause it hangs on: the one the splitter names, else the one beside it
        near = [draft.parent] if draft.parent is not None else [draft.clause - 1, draft.clause + 1]
        phase = next(
            (
                p
                for p in (by_clause.get((draft.sentence, n)) for n in near)
                if p is not None and id(p) not in dropped and _names_a_phase(p)
            ),
            None,
        )
        if phase is None:
            continue
        if phase.event.when != draft.event.when:
            continue
        # of another kind, the clause tells another happening: its cause ("the strike
        # began when the company cut wages") or a part of it ("the protests started when
        # students occupied the square")
        if draft.event.category != phase.event.category:
            continue
        event = draft.event
        draft.event = replace(event, actors=tuple(dict.fromkeys(event.actors + phase.event.actors)))
        dropped.add(id(phase))
    return [d for d in drafts if id(d) not in dropped]


def _names_a_phase(draft: Draft) -> bool:
    """Whether the draft tells a phase of a happening its subject names by a noun ("the
    strike began", "the talks ended")."""
    words = draft.subject.lower().split()
    return draft.lemma in PHASES and bool(words) and words[-1] in HAPPENING_NOUNS


def _one_time_each(drafts: list[Draft]) -> list[Draft]:
    """ "He died the following morning at ten o'clock": a clause given two dates, one
    within the other, tells one happening, at the narrower of them."""
    kept: list[Draft] = []
    by_clause: dict[tuple[int, str], list[Draft]] = {}
    for draft in drafts:
        if draft.sentence < 0 or not draft.dated_by_text or draft.event.when.is_range:
            kept.append(draft)
            continue
        told = by_clause.setdefault((draft.sentence, draft.event.title), [])
        twin = next((k for k in told if one_within_the_other(k.event.when, draft.event.when)), None)
        if twin is None:
            told.append(draft)
            kept.append(draft)
            continue
        if _span(draft.event.when) < _span(twin.event.when):
            twin.event = replace(twin.event, when=draft.event.when)
            twin.timex = draft.timex
        twin.absorb(draft)
    return kept


def _take_narrower(kept: Draft, retelling: Draft) -> None:
    """ "He died on 13 May 2001" ... "He died in 2001": one death, on the day."""
    one, other = kept.event.when, retelling.event.when
    if not (kept.dated_by_text and retelling.dated_by_text) or one.is_range or other.is_range:
        return
    if one_within_the_other(one, other) and _span(other) < _span(one):
        kept.event = replace(kept.event, when=other)
        kept.timex = retelling.timex


def _take_fuller_title(kept: Draft, retelling: Draft) -> None:
    """ "She made her stage debut in 1961" ... "She made her stage debut at the Lyric in
    1961": one debut, under the title that says where. The telling read first is not always
    the fuller one (a biography's lead sums up what its body tells in full); the retelling's
    title is taken when it says every word the kept one says, and more, within a title's
    length. What it names beyond the kept title joins the kept event's actors. A headline
    keeps its own: a sub-editor's title is short by choice."""
    if kept.headline:
        return
    title, fuller = kept.event.title, retelling.event.title
    words, more = stems(title), stems(fuller)
    if not words or not words < more or too_long(fuller.split()):
        return
    actors = tuple(dict.fromkeys(kept.event.actors + retelling.event.actors))
    kept.event = replace(
        kept.event,
        title=fuller,
        actors=actors,
        location=kept.event.location or retelling.event.location,
    )


def _span(when: When) -> float:
    return when.end_ordinal() - when.start_ordinal


def one_within_the_other(one: When, other: When) -> bool:
    """Whether either reading lies inside the other."""
    a0, a1 = one.start_ordinal, one.end_ordinal()
    b0, b1 = other.start_ordinal, other.end_ordinal()
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def _without_frames(drafts: list[Draft]) -> list[Draft]:
    """ "Since 1990 the club has won the cup in 1995, 1999 and 2004": the wins are the
    happenings; the stretch "since 1990" only frames them, and is no fourth one (the same
    title from the same sentence, dated from before each of them on)."""
    parts: dict[tuple[int, str], list[Draft]] = {}
    for draft in drafts:
        if draft.sentence >= 0 and not draft.event.when.ongoing:
            parts.setdefault((draft.sentence, draft.event.title), []).append(draft)
    return [d for d in drafts if not _frames(d, parts.get((d.sentence, d.event.title), []))]


def _frames(draft: Draft, parts: list[Draft]) -> bool:
    when = draft.event.when
    return (
        draft.sentence >= 0
        and when.ongoing
        and len(parts) >= 2
        and all(p.event.when.start_ordinal >= when.start_ordinal for p in parts)
    )


# Verbs of a thing done once and over: "won the prize in 2010 and 2011" is two wins.
_ONE_OFF = lexicon.words("""
win receive award earn gain get name elect appoint promote marry divorce bear die found
publish release launch sign visit
""")


def _join_year_pairs(drafts: list[Draft], text: str) -> list[Draft]:
    """ "She attended the academy in 2007 and 2008": one clause with two years (or months)
    in a row tells one stretch (2007/2008), not two happenings; "won the cup in 2010 and 2011",
    something done once and over, stays two."""
    kept: list[Draft] = []
    for draft in drafts:
        last = kept[-1] if kept else None
        if last is not None and _year_pair(last, draft, text):
            span = range_of(last.event.when, draft.event.when)
            if span is not None:
                last.event = replace(last.event, when=span)
                continue
        kept.append(draft)
    return kept


# What joins two years of one stretch: "in 2007 and 2008", "1887 – 1888".
_YEARS_JOINED = re.compile(r"\s*(?:and|[-–—])\s*")


def _year_pair(first: Draft, second: Draft, text: str) -> bool:
    one, other = first.event.when, second.event.when
    if first.timex is None or second.timex is None:
        return False
    between = text[first.timex.end : second.timex.start]
    return (
        _YEARS_JOINED.fullmatch(between) is not None
        and first.sentence == second.sentence >= 0
        and first.dated_by_text
        and second.dated_by_text
        and first.event.title == second.event.title
        and first.lemma not in _ONE_OFF
        and not one.is_range
        and not other.is_range
        and _next_after(one, other)
    )


def _next_after(one: When, other: When) -> bool:
    """Whether ``other`` is the year after the year ``one``, or the month after its month
    ("in August and September", "in December 2015 and January 2016")."""
    first, then = one.start, other.start
    if first.precision == then.precision == Precision.YEAR:
        return then.year == first.year + 1
    if first.month is not None and then.month is not None:
        return (
            first.precision == then.precision == Precision.MONTH
            and then.year * 12 + then.month == first.year * 12 + first.month + 1
        )
    return False


# What happens to a victim, told after the attack or the killing it is part of.
_VICTIM_DETAILS = lexicon.words("""
hit strike shoot stab wound injure pronounce declare rush airlift hospitalise hospitalize
""")
HARMS = lexicon.words("""
kill shoot murder stab attack wound injure bomb assassinate execute die ambush
""")
_HARM_STEMS = frozenset().union(*(stems(lexicon.inflect(verb, "past")) for verb in HARMS))
# How many sentences after the harm its details are looked for.
_DETAIL_REACH = 5


def _detail(draft: Draft) -> bool:
    return not draft.dated_by_text and draft.passive and draft.lemma in _VICTIM_DETAILS


def _harm_told(harm: Draft, detail: Draft) -> bool:
    """Whether an undated detail ("She was hit several times and was pronounced dead at the
    scene") belongs to a killing or an attack told a few sentences before it ("A woman was
    killed on Thursday when two robbers opened fire"), on the day it was news."""
    if not 0 <= detail.sentence - harm.sentence <= _DETAIL_REACH:
        return False
    if harm.lemma not in HARMS and not harm.stems & _HARM_STEMS:
        return False  # the verb, or a word of its clause ("A woman who ... was killed")
    day, news = harm.event.when, detail.event.when
    return (
        news.start_ordinal - _NEWS_REACH_DAYS <= day.start_ordinal
        and day.end_ordinal() <= news.end_ordinal()
    )


_FIGURE = re.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|scores?|hundreds?|thousands?|millions?)\b",
    re.IGNORECASE,
)


def _figures(title: str) -> list[str]:
    """The counts a title gives ("kills three", "700 rescued"); a number that is part of a
    name is none ("STS-1", "Launch Pad 39", "Apollo 11")."""
    out = []
    for match in _FIGURE.finditer(title):
        before = title[: match.start()]
        if before[-1:] in ("-", "–") or before[-1:].isalnum():
            continue
        words = before.split()
        if len(words) > 1 and words[-1][:1].isupper():
            continue  # after a capitalised word that does not open the title: a name's
        out.append(match.group().lower())
    return out


# A draft is compared with up to _COMPARED others of its verb: its title's figures are read
# once, not once for each comparison.
@functools.lru_cache(maxsize=1024)
def _figure_set(title: str) -> frozenset[str]:
    return frozenset(_figures(title))


def _retold(first: Draft, second: Draft) -> bool:
    """Whether a dated draft tells again what an earlier one told: the same verb on the
    same day, and the same subject and object in other words ("Presidents Kuchma and
    Yeltsin signed an economic plan Friday" ... "The presidents on Friday signed the
    plan"); other figures or places are other happenings ("killed three in Jenin" /
    "killed two in Nablus")."""
    one, other = first.event, second.event
    figures, other_figures = _figure_set(one.title), _figure_set(other.title)
    if figures and other_figures and figures != other_figures:
        return False
    if one.location and other.location and one.location != other.location:
        return False  # "in Jenin" / "in Nablus"
    if one.actors and other.actors and not share_participant(one.actors, other.actors):
        return False  # "Granqvist scored from the spot" / "Sassi scored from the spot"
    if not _one_day(one.when, other.when):
        return _retold_within(first, second)
    if _once_in_a_life(first, second):
        return True  # "Ada Reyes born" / "Ada Reyes born in Lima": one birth
    # the subject in the words of either ("Presidents Kuchma and Yeltsin" / "the two
    # presidents") and what the title says; the verbs, one or two of a class, aside
    told = (stems(one.title) | first.core) & (stems(other.title) | second.core)
    told -= _verb_stems(first.lemma) | _verb_stems(second.lemma)
    # and something beyond the actors' names: "Kestrel Bank raised its lending rate" /
    # "Kestrel Bank also raised its fees" are two acts of one actor on one day
    names = stems(" ".join(one.actors + other.actors))
    return len(told) >= 2 and bool(told - names)


@functools.lru_cache(maxsize=1024)
def _verb_stems(lemma: str) -> frozenset[str]:
    """The stems of a verb's forms: a title's "raises" stems to "rais", "raise" to itself."""
    forms = " ".join(lexicon.inflect(lemma, form) for form in ("3sg", "past", "pp", "ing"))
    return stems(f"{lemma} {forms}")


def _one_day(one: When, other: When) -> bool:
    """Whether two readings are one day (or one time of it), "about" or not."""
    return (
        not one.is_range
        and not other.is_range
        and one.start.precision >= Precision.DAY
        and other.start.precision >= Precision.DAY
        and one.start_ordinal == other.start_ordinal
        and one.end_ordinal() == other.end_ordinal()
    )


# Happenings a person has once: told twice of one person, they are one.
_ONCE_IN_A_LIFE = lexicon.words("bear die")
# Words that make a second telling another happening of its kind ("won again", "another
# album", "his second title").
_ANOTHER = lexicon.words("again another second third new more")


def _retold_within(first: Draft, second: Draft) -> bool:
    """Whether a draft of the same verb tells again, at a broader or narrower time, what an
    earlier one told: "She made her stage debut at the Lyric in 1961" ... "She made her stage
    debut in 1961"; "He died on 4 May 1990" ... "He died in 1990". The actors are the same
    ones, and either the verb tells what a person has once (born, died) or one title says
    all that the other says; "another", "again" tell a second happening."""
    one, other = first.event, second.event
    if one.when.is_range or other.when.is_range or not one_within_the_other(one.when, other.when):
        return False
    if not one.actors or not other.actors or first.lemma != second.lemma:
        return False
    words, other_words = stems(one.title), stems(other.title)
    if (words | other_words) & _ANOTHER or (first.stems | second.stems) & _ANOTHER:
        return False
    if set(one.actors) == set(other.actors):
        return _once_in_a_life(first, second) or words <= other_words or other_words <= words
    # the shorter telling leaves out where it was and who else was there, and says nothing
    # the longer does not: "made her stage debut at the Lyric in 1961" ... "made her stage
    # debut in 1961"
    return (words <= other_words and set(one.actors) <= set(other.actors)) or (
        other_words <= words and set(other.actors) <= set(one.actors)
    )


def _once_in_a_life(first: Draft, second: Draft) -> bool:
    """Whether two drafts tell the birth (or the death) of the same person."""
    one, other = first.event.actors, second.event.actors
    return (
        first.lemma == second.lemma
        and first.lemma in _ONCE_IN_A_LIFE
        and len(one) == len(other) == 1
        and one == other
    )


# How many dated drafts before it a retelling in other words is compared with.
_RETELLING_DRAFTS = 12


def retold_as(first: Draft, second: Draft) -> bool:
    """Whether a dated draft tells again, with another verb, what an earlier one told: on
    the same day, within a few sentences, one's verb is a word of the other ("announced the
    release of Orbit 5" / "Orbit 5 was released"; "the two navies exchanged fire" / "the
    northern navy fired"), and they share another word beyond the names of their actors."""
    one, other = first.event, second.event
    if not 0 <= second.sentence - first.sentence <= _RETELLING_SENTENCES:
        return False
    if not _one_day(one.when, other.when):
        return False
    # a short verb ("say", "cut") is a word of its own
    verb = stems(first.lemma) or frozenset({first.lemma})
    other_verb = stems(second.lemma) or frozenset({second.lemma})
    if not first.lemma or not second.lemma or verb == other_verb:
        return False
    # the titles, not the clauses: a long lead's clause holds words of every happening;
    # the verb or one of its class ("say they arrested 14 men" / "14 men were rounded up")
    words, other_words = stems(one.title), stems(other.title)
    if not (
        verb <= other_words
        or other_verb <= words
        or _class(first) in classes_in(other.title)
        or _class(second) in classes_in(one.title)
    ):
        return False
    for teller, told in ((first, second), (second, first)):
        if teller.lemma in lexicon.REPORTING_VERBS and stems(told.lemma) <= stems(
            teller.event.title
        ):
            # "announced a vote" / "voted" are two happenings; "announced the release of
            # Orbit 5" / "Orbit 5 was released" one: the thing told of is the one done
            subject = told.core - stems(told.lemma)
            if not (told.passive and subject & stems(teller.event.title)):
                return False
    figures, other_figures = _figure_set(one.title), _figure_set(other.title)
    if figures and other_figures and figures != other_figures:
        return False
    if one.location and other.location and one.location != other.location:
        return False
    names = stems(" ".join(one.actors + other.actors))
    # no actor shared, the subjects may still name one side in other words ("North Korea" /
    # "North and South Korea"), or the one done to in the passive be the other's object
    if (
        one.actors
        and other.actors
        and not share_participant(one.actors, other.actors)
        and not (first.core & second.core) - verb - other_verb
        and not _undergoer(first, second)
        and not _undergoer(second, first)
    ):
        return False
    return bool((words & other_words) - verb - other_verb - names)


def _named_back(told: Draft, naming: Draft) -> bool:
    """Whether a dated draft only names back, by a noun, a happening told a few sentences
    before on the same day, and says that it took place, began or ended ("A storm toppled
    a crane on Tuesday" ... "The accident, which occurred on Tuesday, was blamed on the
    wind"). The noun points back ("the", "this"); and the noun is one the earlier verb is
    named by (a walkout is a strike), or the two share an actor or a word beyond the names.
    "Another attack occurred" and an attack elsewhere are other happenings."""
    words = naming.subject.lower().split()
    if len(words) < 2 or words[0] not in _POINTING_BACK or words[-1] not in NAMING_NOUNS:
        return False
    if not 0 <= naming.sentence - told.sentence <= _RETELLING_SENTENCES:
        return False
    one, other = told.event, naming.event
    if not _one_day(one.when, other.when) or stems(naming.subject) & _ANOTHER:
        return False
    if one.location and other.location and one.location != other.location:
        return False
    if names_back(words[-1], told.lemma):
        return True
    if one.actors and other.actors and share_participant(one.actors, other.actors):
        return True
    names = stems(" ".join(one.actors + other.actors))
    shared = naming.stems & stems(one.title)
    return bool(
        shared - names - _verb_stems(told.lemma) - _verb_stems(naming.lemma) - stems(naming.subject)
    )


# The words that open a noun naming back a happening told ("the strike", "this attack").
_POINTING_BACK = lexicon.words("the this that")


def _reported_again(first: Draft, second: Draft) -> bool:
    """Whether a report tells again what the same teller reported a few sentences before,
    adding nothing: "Corvel Foods said it plans to close three bakeries" ... "Corvel
    announced its plan as ..."; "Corvel also said it plans to sell its mill" says more, and
    is another report."""
    if first.lemma not in lexicon.REPORTING_VERBS or first.dated_by_text != second.dated_by_text:
        return False
    if not 0 <= second.sentence - first.sentence <= _RETELLING_SENTENCES:
        return False
    one, other = first.event, second.event
    if one.when != other.when:
        return False
    # the teller named alike, or by a part of its name ("Corvel Foods" / "Corvel"); a
    # name that differs ("Ogden Projects" / "Ogden Corp.") is another teller, a parent firm
    teller, other_teller = stems(first.subject), stems(second.subject)
    shortened = bool(teller and other_teller) and (teller <= other_teller or other_teller <= teller)
    if not shortened and not share_participant(_participants(first), _participants(second)):
        return False
    figures, other_figures = _figure_set(one.title), _figure_set(other.title)
    if figures and other_figures and figures != other_figures:
        return False
    names = stems(" ".join(one.actors + other.actors + (first.subject, second.subject)))
    said = stems(other.title) - _verb_stems(second.lemma) - names
    return bool(said) and said <= stems(one.title) and not said & _ANOTHER


def _undergoer(doer: Draft, done_to: Draft) -> bool:
    """Whether a passive draft's subject is what the other's title tells was done to
    ("Police arrested 14 sailors" / "The 14 sailors were detained")."""
    if not done_to.passive:
        return False
    subject = done_to.core - stems(done_to.lemma) - stems(" ".join(done_to.event.actors))
    return bool(subject & stems(doer.event.title))


# How many sentences apart a retelling in other words may lie.
_RETELLING_SENTENCES = 6


def _merge_told_twice(drafts: list[Draft], lede: int | None) -> list[Draft]:
    """The headline's or the lead's undated claim ("Apple unveils iPhone 4") and the
    same happening dated further on ("Yesterday ... Jobs unveiled iPhone 4") are one
    event, with the date the text gives and both sources."""
    dated: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.dated_by_text and not d.event.when.is_range:
            dated.setdefault(_class(d), []).append(d)
    named = [d for ds in dated.values() for d in ds[:_COMPARED] if d.lemma in _NAMED_HAPPENINGS]
    kept = []
    dropped: set[int] = set()  # leads whose news the headline tells (by id)
    recent: deque[Draft] = deque(maxlen=_RETELLING_DRAFTS)  # the dated read so far
    for draft in drafts:
        if id(draft) in dropped:
            continue
        twin = None
        if not draft.dated_by_text:
            same_verb = dated.get(_class(draft), [])[:_COMPARED]
            twin = next((d for d in same_verb if _told_twice(d, draft)), None)
            if twin is None:
                # "Police said on Monday they arrested 9 men" ... "The 9 men were rounded
                # up near the docks": the same day, in a verb of its class
                twin = next((d for d in reversed(recent) if retold_as(d, draft)), None)
            if twin is None and named:
                # "last Friday's bombings" ... "The bombings have killed 200": the subject
                # names the dated happening
                core = stems(" ".join(sorted(draft.core)))
                twin = next((d for d in named if _subject_retells(d, draft, core)), None)
        if twin is None and draft.headline:
            # the headline says in other words what the story tells: "Apple unveils new
            # Mac" / "Jobs introduced the Intel-based Mac on Tuesday"
            twin = next(
                (d for d in drafts[:_COMPARED] if d is not draft and _echoes(draft, d)), None
            )
        if twin is None and draft.headline:
            twin = _lede(draft, drafts, lede)
            if twin is not None and not _keeps_date(twin, draft):
                # the lead tells the headline's news undated, or dated loosely ("during the
                # last quarter"): the headline, a sub-editor's title, stays
                draft.absorb(twin)
                twin.extra_sources.clear()
                dropped.add(id(twin))
                kept.append(draft)
                continue
        if twin is None:
            kept.append(draft)
            if draft.dated_by_text:
                recent.append(draft)
        else:
            twin.absorb(draft)
    return [d for d in kept if id(d) not in dropped]


def _lede(headline: Draft, drafts: list[Draft], lede: int | None) -> Draft | None:
    """The story's first sentence, which retells the headline's news ("Acme recalls
    tractors" / "Acme on Tuesday ordered its dealers to take back 40,000 tractors"): its
    first event that shares an actor with the headline, if any."""
    if lede is None or lede <= headline.sentence:
        return None
    actors = _participants(headline)
    return next(
        (
            d
            for d in drafts[:_COMPARED]
            if d.sentence == lede and share_participant(actors, d.event.actors)
        ),
        None,
    )


def _participants(headline: Draft) -> tuple[str, ...]:
    """A headline's actors, and its subject when a short name no list holds ("Fed cuts
    rates": "Fed", the story's "Federal Reserve")."""
    subject = headline.subject.strip()
    if subject[:1].isupper() and " " not in subject:
        return (*headline.event.actors, subject)
    return headline.event.actors


def _keeps_date(lead: Draft, headline: Draft) -> bool:
    """Whether the lead's date is the news's: a day (or month) within reach of the news of
    the day, not a stretch of time."""
    if not lead.dated_by_text or lead.event.when.is_range:
        return False
    day, news = lead.event.when, headline.event.when
    return (
        news.start_ordinal - _NEWS_REACH_DAYS <= day.start_ordinal
        and day.end_ordinal() <= news.end_ordinal() + _NEWS_REACH_DAYS
    )


def mark_conflicts(drafts: list[Draft], date_phrase: Callable[[Timex | None], str]) -> None:
    """The same dated happening given two dates that do not overlap: both marked, each
    naming the other. Only drafts sharing an actor can be one happening, and each is
    compared with a bounded number of others, so that an article repeating one kind of
    happening thousands of times is read in linear time."""
    dated = [d for d in drafts if d.dated_by_text and not d.event.when.is_range]
    by_actor: dict[str, list[int]] = {}
    for number, draft in enumerate(dated):
        for actor in set(draft.event.actors):
            by_actor.setdefault(actor, []).append(number)
    seen: set[tuple[int, int]] = set()
    for numbers in by_actor.values():
        for place, one in enumerate(numbers):
            # each with the next drafts naming the same actor, as far as the bound goes
            for other in numbers[place + 1 : place + 1 + _COMPARED]:
                if (one, other) in seen:
                    continue
                seen.add((one, other))
                first, second = dated[one], dated[other]
                if _same_happening(first, second) and not _overlap(
                    first.event.when, second.event.when
                ):
                    _note_conflict(first, second, date_phrase)


def _note_conflict(first: Draft, second: Draft, date_phrase: Callable[[Timex | None], str]) -> None:
    for this, other in ((first, second), (second, first)):
        if len(this.event.conflicts_with) >= _NOTED_CONFLICTS:
            continue
        note = (
            f"The article also dates this to {other.event.when.describe()} "
            f"('{date_phrase(other.timex)}')"
        )
        this.event = replace(
            this.event,
            conflicts_with=(*this.event.conflicts_with, other.event.id),
            conflict_note=(this.event.conflict_note + " " + note).strip(),
        )


# How many other drafts one is compared with when looking for repeats and conflicts, and
# how many conflicts one notes: bounds that keep a long, repetitive text linear.
_COMPARED = 200
_NOTED_CONFLICTS = 3

# News of the day is dated to the publication month; the same happening dated in the text
# may lie up to a month before it ("on May 31", in a story of 2 June).
_NEWS_REACH_DAYS = 31


def _told_twice(dated: Draft, undated: Draft) -> bool:
    """Whether an undated draft tells the happening a dated one does: the same verb, a
    shared actor or subject, and the date within reach of the news of the day."""
    if not dated.lemma or _class(dated) != _class(undated):
        return False
    shared = share_participant(dated.event.actors, undated.event.actors)
    if not (shared or dated.core & undated.core):
        return False
    day, news = dated.event.when, undated.event.when
    return (
        news.start_ordinal - _NEWS_REACH_DAYS <= day.start_ordinal
        and day.end_ordinal() <= news.end_ordinal()
    )


def _subject_retells(dated: Draft, undated: Draft, core: frozenset[str]) -> bool:
    """Whether an undated draft's subject is the happening a dated one names by a noun
    ("U.S. embassies bombed", from "last Friday's bombings of U.S. embassies" / "The
    bombings have killed more than 200 people"), within reach of the news of the day; the
    dated draft's lemma is a noun of happening (``_NAMED_HAPPENINGS``)."""
    if dated.lemma == undated.lemma:
        return False
    # "bombings" stems to "bombing" once, the noun's lemma to "bomb": ``core`` is the
    # undated draft's core stemmed twice
    if not stems(dated.lemma) <= core:
        return False
    day, news = dated.event.when, undated.event.when
    return (
        news.start_ordinal - _NEWS_REACH_DAYS <= day.start_ordinal
        and day.end_ordinal() <= news.end_ordinal()
    )


# The nouns of a happening whose draft a later subject can retell (they are the lemma of a
# draft read from "the 2010 raid", "last Friday's bombing")
_NAMED_HAPPENINGS = frozenset(lexicon.NOMINALISATIONS)


def _echoes(headline: Draft, other: Draft) -> bool:
    """Whether the story's own sentence tells the headline's happening: a shared actor and a
    shared word of what happened beyond the names ("unveil", "Mac")."""
    if other.headline:
        return False
    subject = (headline.core - stems(headline.lemma)) & other.core
    if not (share_participant(_participants(headline), other.event.actors) or subject):
        return False
    names = stems(" ".join(headline.event.actors))
    told = (stems(headline.event.title) - names) & (other.stems | stems(other.event.title))
    return len(told) >= 2 or (_same_act(headline, other) and bool(told))


def _same_act(headline: Draft, other: Draft) -> bool:
    """One act in the headline's word and the story's: the same verb, two of showing
    something new, or two of one class ("Fed lifts rates" / "raised interest rates")."""
    one, two = headline.lemma, other.lemma
    if one in PRESENTING and two in PRESENTING:
        return True
    return one_class(one, headline.event.title, two, other.event.title)


def _same_happening(first: Draft, second: Draft) -> bool:
    """Shared actors, and the predicate of one is the predicate or subject of the other
    ("Canada offered ..." / "The offer came ...")."""
    if not set(first.event.actors) & set(second.event.actors):
        return False
    first_stems = stems(first.lemma) if first.lemma else frozenset()
    second_stems = stems(second.lemma) if second.lemma else frozenset()
    return bool(first_stems & second.core or second_stems & first.core)


def _overlap(first: When, second: When) -> bool:
    a0, a1 = first.start_ordinal, first.end_ordinal()
    b0, b1 = second.start_ordinal, second.end_ordinal()
    return a0 < b1 and b0 < a1
