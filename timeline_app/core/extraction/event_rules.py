"""The decisions that turn a clause into an event's title and actors, as rules: small, named,
tried in the order of their lists, each documented with the sentence it handles.

Three lists, three questions about the clause the event is read from:

* ``PREDICATE_RULES``, what the title's predicate covers: the first rule that applies widens
  the verb group ("warned that Russia would attack" is one happening, the warning).
* ``SUBJECT_RULES``, who did it: each rule that applies in turn replaces the subject found
  so far (a relative clause borrows its antecedent, "he" becomes the person last named).
* ``MENTION_RULES``, which names the event involves beyond the clause's own: each rule that
  applies puts its names first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from timeline_app.core.dates import Precision, When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.actors import ActorFinder, Mention, person_mention
from timeline_app.core.extraction.analysis import Analysis, antecedent, told
from timeline_app.core.extraction.arrangements import (
    arranged_with_be_to,
    going_on_at_a_time_to_come,
)
from timeline_app.core.extraction.clause_model import Clause, ClauseKind
from timeline_app.core.extraction.crowd_reactions import crowd_displays_feeling
from timeline_app.core.extraction.dating_rules import quotation_at, quoted, scheduled
from timeline_app.core.extraction.described_firms import name_before_description
from timeline_app.core.extraction.grammar import (
    Aspect,
    FirmToken,
    Token,
    VerbGroup,
    Voice,
    tokenize,
)
from timeline_app.core.extraction.label_nouns import label_comes_about
from timeline_app.core.extraction.market_commentary import market_commentary
from timeline_app.core.extraction.missed_chances import chance_let_go
from timeline_app.core.extraction.name_cues import PERSONAL_HAPPENINGS
from timeline_app.core.extraction.named_rules import NamedRule, named_rule
from timeline_app.core.extraction.newsroom_work import newsroom_work
from timeline_app.core.extraction.question_objects import QUESTION_OPENERS
from timeline_app.core.extraction.routine_times import times_another_clause
from timeline_app.core.extraction.sentences import Sentence
from timeline_app.core.extraction.syntax import Reading
from timeline_app.core.extraction.titles import content_lemma, strip_intro, without_offices
from timeline_app.core.extraction.when_frames import frames_a_when_clause
from timeline_app.core.extraction.withheld_words import declines_to_tell
from timeline_app.core.tenses import Tense
from timeline_app.core.timex import Timex
from timeline_app.core.timex.lexicon import NUMBER_WORDS

_PEOPLE_PRONOUNS = frozenset({"he", "she"})
_THING_PRONOUNS = frozenset({"it", "they"})


@dataclass(frozen=True, slots=True)
class NameToken(Token):
    """A stand-in token for a resolved pronoun: a word, whatever its first character."""

    @property
    def is_word(self) -> bool:
        return True

    @property
    def stands_for_person(self) -> bool:
        return True


@dataclass
class EventFrame:
    """What is known about the clause an event is being made of, filled in rule by rule."""

    finder: ActorFinder
    spans: list[tuple[int, int]]  # the article's date expressions
    sentence: Sentence
    analyses: list[Analysis]
    index: int
    speaker: Analysis | None  # the clause that says this one, if any
    foretold: int | None  # for a closing report: the main clause that says what will be
    group: VerbGroup | None = None
    subject: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # the text gives its date, other than "now" (else it is news of the day)
    dated: bool = False
    timex: Timex | None = None  # the date expression that dates it, if any
    when: When | None = None  # the date it is given
    published: dt.date | None = None  # the article's publication date
    caption: bool = False  # read from a picture's caption

    @property
    def analysis(self) -> Analysis:
        return self.analyses[self.index]

    @property
    def clause(self) -> Clause:
        return self.analysis.clause


# A named decision about an event; ``apply`` returns None when it does not apply.
FrameRule = NamedRule[Callable[[EventFrame], Any]]


def frame_rule(fn: Callable[[EventFrame], Any]) -> FrameRule:
    return named_rule(fn)


# --- what the predicate covers ---------------------------------------------------------------


@frame_rule
def foretold_by_report(frame: EventFrame) -> VerbGroup | None:
    """ "Russia will respond, the Kremlin said on Monday": the dated saying is titled with
    what it foretold."""
    if frame.group is None or frame.foretold is None:
        return None
    told_tokens = list(frame.analyses[frame.foretold].clause.tokens)
    first = told_tokens[0] if told_tokens else None
    if (
        first is not None
        and first.text[:1].isupper()
        and first.low != "i"
        and not frame.finder.within(first.start, first.end)
    ):
        # the sentence's first word, capitalised only for that: "warns sanctions will"
        told_tokens[0] = replace(first, text=first.low)
    return replace(frame.group, rest=told_tokens)


@frame_rule
def demanded_or_foretold(frame: EventFrame) -> VerbGroup | None:
    """ "The council voted on Friday to demand that Russia withdraw": what is demanded or
    foretold belongs to the title (a speaker's "said that troops arrived" is an event of its
    own instead)."""
    if frame.group is None or not told(frame.analyses, frame.index):
        return None
    said = [t for t in frame.analyses[frame.index + 1].clause.tokens if t.low != "that"]
    return replace(frame.group, rest=frame.group.rest + said)


# A state held since a date, by the verb and the preposition after it, and the happening
# that began it with the preposition that one takes: "has been with Acme since 2008" began
# when its subject joined Acme; "has lived in Oslo since 1990" when she moved there.
_STATE_STARTS = {
    ("be", "with"): ("join", "joined", ""),
    ("work", "for"): ("join", "joined", ""),
    ("work", "at"): ("join", "joined", ""),
    ("live", "in"): ("move", "moved", "to"),
    ("be", "married"): ("marry", "married", ""),
    ("be", "in a relationship"): ("begin", "began", ""),
}


@frame_rule
def start_of_a_state(frame: EventFrame) -> VerbGroup | None:
    """ "Tom Hale has been with Acme since 2008" -> "Tom Hale joins Acme", 2008; "She has
    lived in Oslo since 1990" -> "She moves to Oslo", 1990; "has been in a relationship with
    X since 2005" -> "begins relationship with X": of a state that holds since a date, the
    happening is its start."""
    group, when = frame.group, frame.when
    if group is None or when is None or not when.ongoing or group.negated or not group.rest:
        return None
    if group.voice == Voice.PASSIVE and group.lemma != "marry":
        return None
    following = " ".join(t.low for t in group.rest[:3]) + " "
    key = next(
        (k for k in _STATE_STARTS if k[0] == group.lemma and following.startswith(k[1] + " ")),
        None,
    )
    if group.voice == Voice.PASSIVE and group.lemma == "marry":
        key = ("be", "married")
    if key is None:
        return None
    start = _STATE_STARTS[key]
    lemma, past, preposition = start
    main = group.main
    rest = group.rest[1:] if key != ("be", "married") else group.rest
    if rest and rest[0].low == "to" and key == ("be", "married"):
        rest = rest[1:]
    if preposition:
        rest = [Token(group.rest[0].start, group.rest[0].end, preposition), *rest]
    verb = Token(main.start, main.end, past, "VBD")
    return replace(
        group,
        verbs=[verb],
        rest=rest,
        lemma=lemma,
        tense=Tense.PAST,
        aspect=Aspect.SIMPLE,
        voice=Voice.ACTIVE,
        adverbs=[],
    )


PREDICATE_RULES: list[FrameRule] = [foretold_by_report, demanded_or_foretold, start_of_a_state]


# --- who did it ------------------------------------------------------------------------------


@frame_rule
def parsed_subject(frame: EventFrame) -> list[Token] | None:
    """ "Within weeks of the eBay and iTunes deal, the firm announced another deal on Monday":
    the word rules take all before the verb as its subject; the parse knows where it starts.
    A name before a description in apposition is no opening ("Acme Corp., a maker of hay
    forks, said"): the subject starts with the name."""
    span = frame.analysis.subject_span
    opening = [t for t in frame.subject if span is not None and t.start < span[0]]
    if name_before_description(opening, frame.analysis.mentions):
        return None
    return _after_opening(frame.subject, span)


def _after_opening(subject: list[Token], span: tuple[int, int] | None) -> list[Token] | None:
    """The words of ``subject`` from where the parse's subject ``span`` starts, when what
    comes before it is an opening phrase ending on a comma; else None."""
    if span is None or not subject or subject[0].start >= span[0]:
        return None
    if span[0] > subject[-1].start:
        return None  # the parse's subject lies outside the rules' subject
    opening = [t for t in subject if t.start < span[0]]
    if not opening or (opening[-1].text != "," and not _fronted_phrase(opening)):
        return None  # only an opening phrase ends on a comma ("About 200 Americans _ staff")
    rest = [t for t in subject if t.start >= span[0]]
    return rest if any(t.is_word for t in rest) else None


def _fronted_phrase(opening: list[Token]) -> bool:
    """ "In the 2004 vote farmers backed the plan": a phrase a preposition opens may end
    with no comma where the parse starts the subject after it (parsing/fronted_phrases.py),
    and may be its preposition alone once its date is dropped; a word that counts ("About 200", "Over 40") opens no such phrase."""
    first = opening[0].low
    if len(opening) > 1 and opening[1].low in ("least", "most"):
        return False  # "At least 40 people": a count, not a phrase
    return first in lexicon.PREPOSITIONS and first not in _COUNTING_WORDS and opening[-1].is_word


_COUNTING_WORDS = lexicon.words("of about around over under above below than like up to near")


@frame_rule
def person_after_comma(frame: EventFrame) -> list[Token] | None:
    """ "After 20 years at the University of California, Berkeley, Ruth Kessler retired":
    where the parse did not say, a person named after the subject's last comma, up to its
    end, is the subject (the words before end an opening phrase, or the person's office:
    "the company's chief, Ann Lee")."""
    return _person_after_comma(frame, frame.subject)


def _parsed_subject_before(frame: EventFrame) -> list[Token]:
    """ "Lee observed that the starting date of the program, which is part of the fund,
    coincided with the anniversary": a main or reported clause picked up after a relative
    clause has the subject the parse gives it (the date, not the one who observed)."""
    span = frame.analysis.subject_span
    if frame.clause.kind != ClauseKind.RESUMED or span is None or span[1] > frame.clause.start:
        return []
    inside = [
        (other.clause, t)
        for other in frame.analyses[: frame.index]
        for t in other.clause.tokens
        if span[0] <= t.start < span[1]
    ]
    # "Marek Olan, who was 34 then, was detained": a subject the parse finds inside
    # the relative clause its pronoun opens ("34") is a misreading; the antecedent stands
    if inside and all(_opened_relative(clause) for clause, _t in inside):
        return []
    words = strip_intro([t for _clause, t in inside], frame.spans)
    return words if any(t.is_word for t in words) else []


def _opened_relative(clause: Clause) -> bool:
    """Whether ``clause`` is a relative clause a relative pronoun opens ("who was 34"), not
    one the rules read into a noun phrase ("first [manned] flight")."""
    return clause.kind == ClauseKind.RELATIVE and (clause.marker or "").lower() in _WH_RELATIVES


_WH_RELATIVES = lexicon.words("who which whom whose")


def _overlap(one: list[Token], other: list[Token]) -> bool:
    return one[0].start < other[-1].end and other[0].start < one[-1].end


def _person_after_comma(frame: EventFrame, subject: list[Token]) -> list[Token] | None:
    commas = [i for i, t in enumerate(subject) if t.text == ","]
    if not commas or commas[-1] + 1 >= len(subject):
        return None
    rest = subject[commas[-1] + 1 :]
    people = [m for m in frame.finder.within(rest[0].start, rest[-1].end) if m.kind == "person"]
    if len(people) != 1 or people[0].start != rest[0].start or people[0].end != rest[-1].end:
        return None
    if any(t.low in ("and", "or", "&") for t in subject):
        return None  # a list of names
    return rest


@frame_rule
def borrowed_subject(frame: EventFrame) -> list[Token] | None:
    """ "The embassy, which was bombed in 1998, reopened on Monday": a relative or resumed
    clause that opens on its verb borrows the subject before it."""
    if frame.subject or not frame.clause.kind.borrows_subject:
        return None
    borrowed = strip_intro(antecedent(frame.analyses, frame.index), frame.spans)
    parsed = _parsed_subject_before(frame)
    if parsed and not (borrowed and _overlap(parsed, borrowed)):
        return parsed  # the parse and the rules disagree on who it is: the parse knows
    # "After 23 years at the University of California, Berkeley, Fillmore retired and joined
    # the institute": the parse knows the subject it shares starts after the opening phrase
    return (
        _after_opening(borrowed, frame.analysis.subject_span)
        or _person_after_comma(frame, borrowed)
        or borrowed
    )


@frame_rule
def person_pronoun(frame: EventFrame) -> list[Token] | None:
    """ "Foreign Minister Bronislaw Geremek arrived on Monday. He will then travel to
    Washington on Friday.": a lone "he" or "she" is the person the text is about there (the
    last subject named, see ``pronoun_reference``); an adverb the rules left with it goes
    ("He briefly appeared")."""
    subject = _lone_pronoun(frame, _PEOPLE_PRONOUNS)
    if not subject:
        return None
    person = frame.finder.person_for_pronoun(subject[0].low, subject[0].start)
    if person is None:
        return None
    return [NameToken(subject[0].start, subject[0].end, person)]


@frame_rule
def relative_pronoun(frame: EventFrame) -> list[Token] | None:
    """ "Anna Lind was a painter. Her daughter married in 1890. She lived until 1939.": a
    lone "he" or "she" after a relative named as subject ("her daughter") is that relative,
    by whose it is ("Anna Lind's daughter lives until 1939")."""
    subject = _lone_pronoun(frame, _PEOPLE_PRONOUNS)
    if not subject:
        return None
    found = frame.finder.relative_for_pronoun(subject[0].low, subject[0].start)
    if found is None:
        return None
    whose, relative = found
    name = without_offices(whose)
    owner = name + ("'" if name.endswith("s") else "'s")
    start, end = subject[0].start, subject[0].end
    return [Token(start, end, owner), Token(start, end, relative)]


@frame_rule
def speaker_did_it(frame: EventFrame) -> list[Token] | None:
    """ "The ministry said on Monday that it had hit a depot": the speaker hit it ("it was
    unclear" is no one's doing)."""
    # "said it tentatively agreed": the pronoun with the adverb the rules left beside it
    subject, speaker, group = _lone_pronoun(frame, _THING_PRONOUNS), frame.speaker, frame.group
    if (
        len(subject) != 1
        or subject[0].low not in _THING_PRONOUNS
        or frame.clause.kind != ClauseKind.COMPLEMENT
        or speaker is None
        or speaker.group is None
        or group is None
        or group.lemma == "be"
    ):
        return None
    own = strip_intro(speaker.group.subject, frame.spans)
    if not own or (len(own) == 1 and own[0].low in _THING_PRONOUNS | _PEOPLE_PRONOUNS):
        return None
    # "Nordlys spokesman Erik Dahl said it had closed the plant": "it" is never the man, so it
    # is the organisation he speaks for, where his words name one
    bodies = [
        m
        for m in frame.finder.within(own[0].start, own[-1].end)
        if m.kind in ("organisation", "country")
    ]
    if bodies and any(m.kind == "person" for m in frame.finder.within(own[0].start, own[-1].end)):
        body = bodies[0]
        return tokenize(frame.finder.text[body.start : body.end], body.start)
    return own


@frame_rule
def thing_pronoun(frame: EventFrame) -> list[Token] | None:
    """ "Columbia was lost in 2003 when it broke up on re-entry": "it" is the subject of the
    clause before, where one agrees ("Columbia breaks up"); "The rebels took the town. They
    moved north in 1991": "Rebels move north" (see ``pronoun_reference``)."""
    subject = _lone_pronoun(frame, _THING_PRONOUNS)
    if not subject:
        return None
    span = frame.finder.thing_for_pronoun(subject[0].low, subject[0].start)
    if span is None:
        return None
    start, end = span
    phrase = strip_intro(tokenize(frame.finder.text[start:end], start), frame.spans)
    return phrase if any(t.is_word for t in phrase) else None


# Adverbs a subject pronoun may carry before its verb ("He then moved", "She again won").
_PRONOUN_ADVERBS = frozenset(
    {"then", "again", "first", "also", "later", "soon", "still", "once", "thus", "too", "even"}
    # "They each reported", "They both left": a quantifier floated after the pronoun
    | {"each", "both", "all"}
)


def _lone_pronoun(frame: EventFrame, pronouns: frozenset[str]) -> list[Token]:
    """The clause's subject when it is one of ``pronouns`` alone, perhaps with an adverb
    ("He then moved", "He briefly appeared") or after an opening phrase the parse sets apart
    from the subject ("Late in his life he published"); else []."""
    subject = [
        t
        for t in frame.subject
        if not ((t.low.endswith("ly") or t.low in _PRONOUN_ADVERBS) and t.text.islower())
    ]
    span = frame.analysis.subject_span
    if len(subject) > 1 and span is not None and subject[-1].start == span[0]:
        subject = subject[-1:]
    if len(subject) != 1 or subject[0].low not in pronouns:
        return []
    return subject


@frame_rule
def owner_named(frame: EventFrame) -> list[Token] | None:
    """ "Olav Brandt returned to Oslo in 1973. His wife died in 1981.": a subject opened by
    "his" or "her" says whose it is by name, the person a "he" or "she" there would stand
    for ("Olav Brandt's wife dies"); left as written when no one fits."""
    subject = frame.subject
    if len(subject) < 2 or subject[0].low not in ("his", "her") or not subject[1].is_word:
        return None
    pronoun = "he" if subject[0].low == "his" else "she"
    person = frame.finder.person_for_pronoun(pronoun, subject[0].start)
    if person is None:
        return None
    name = without_offices(person)
    # "Galois' funeral": a name ending in "s" takes the apostrophe alone, as headlines write it
    owner = Token(subject[0].start, subject[0].end, name + ("'" if name.endswith("s") else "'s"))
    return [owner, *subject[1:]]


@frame_rule
def thing_owner_named(frame: EventFrame) -> list[Token] | None:
    """ "Orlon Corp. said that its net income rose 8%": a subject opened by "its" or "their"
    says whose it is by name, what an "it" or "they" there would stand for ("Orlon Corp.'s
    net income rises 8%"); left as written when nothing fits."""
    subject = frame.subject
    if len(subject) < 2 or subject[0].low not in ("its", "their") or not subject[1].is_word:
        return None
    span = frame.finder.owner_for_pronoun(subject[0].low, subject[0].start)
    if span is None:
        return None
    name = frame.finder.text[span[0] : span[1]]
    name = name[4:] if name.lower().startswith("the ") else name
    owner = Token(subject[0].start, subject[0].end, name + ("'" if name.endswith("s") else "'s"))
    return [owner, *subject[1:]]


@frame_rule
def whose_happening(frame: EventFrame) -> list[Token] | None:
    """ "Ann Lee was named chief executive of Acme. The appointment takes effect Jan. 4.": a
    bare "the" and a happening of one person as the subject is the one the sentence before
    told, of the person it was about ("Ann Lee's appointment takes effect")."""
    subject = frame.subject
    if [t.low for t in subject][:1] != ["the"] or len(subject) != 2:
        return None
    if subject[1].low not in PERSONAL_HAPPENINGS:
        return None
    person = frame.finder.person_before(subject[0].start)
    if person is None:
        return None
    name = without_offices(person)
    owner = Token(subject[0].start, subject[0].end, name + ("'" if name.endswith("s") else "'s"))
    return [owner, subject[1]]


@frame_rule
def person_described(frame: EventFrame) -> list[Token] | None:
    """ "..., said Sergio Navarro, a 39-year-old businessman who spent Sunday with the
    protesters": a clause that borrows a description put in apposition to a person's name
    (a comma between) tells of that person ("Sergio Navarro spends Sunday with protesters",
    not "39-year-old businessman spends ...")."""
    subject = frame.subject
    if (
        not subject
        or subject[0].start >= frame.clause.start
        or subject[0].low not in ("a", "an", "the")
        or any(m.kind == "person" for m in frame.finder.within(subject[0].start, subject[-1].end))
    ):
        return None
    text = frame.finder.text
    before = text[: subject[0].start].rstrip()
    if not before.endswith(","):
        return None
    comma = len(before) - 1
    named = [
        m
        for m in frame.finder.within(max(0, comma - 80), comma)
        if m.kind == "person" and text[m.end : comma].strip() == ""
    ]
    if not named:
        return None
    person = named[-1]
    return tokenize(text[person.start : person.end], person.start)


@frame_rule
def pronoun_joined(frame: EventFrame) -> list[Token] | None:
    """ "Joseph Kimotho said he and the envoy talked about it in 1998.": a "he" or "she"
    that "and" joins to a name is the person it stands for ("Joseph Kimotho and envoy talk
    about it"); left as written when no one fits."""
    subject = frame.subject
    words = [t for t in subject if t.is_word]
    if len(words) < 3 or not any(t.low == "and" for t in words):
        return None
    index = next((i for i, t in enumerate(subject) if t.low in _PEOPLE_PRONOUNS), None)
    if index is None:
        return None
    pronoun = subject[index]
    neighbours = subject[index - 1 : index] + subject[index + 1 : index + 2]
    if not any(t.low == "and" for t in neighbours):
        return None
    person = frame.finder.person_for_pronoun(pronoun.low, pronoun.start)
    if person is None:
        return None
    return [*subject[:index], NameToken(pronoun.start, pronoun.end, person), *subject[index + 1 :]]


@frame_rule
def company_named(frame: EventFrame) -> list[Token] | None:
    """ "A spokesman for Nordlys Shipping said on Monday that the company had cut 300 jobs.":
    "the company" or "the firm" after the one organisation its sentence names before it is
    that organisation ("Nordlys Shipping cuts 300 jobs")."""
    said = [t.low for t in frame.subject if t.is_word]
    if said not in (["the", "company"], ["the", "firm"]):
        return None
    named = [
        m
        for m in frame.finder.within(frame.sentence.start, frame.subject[0].start)
        if m.kind == "organisation"
    ]
    if len({m.entity for m in named}) != 1:
        return None
    return tokenize(frame.finder.text[named[0].start : named[0].end], named[0].start)


# The longest name put for a body's description in a title's subject, in words.
_BODY_NAME_WORDS = 5


@frame_rule
def body_named(frame: EventFrame) -> list[Token] | None:
    """ "The Mines Ministry shut a pit in 2012. The ministry reopened it in 2013.": a bare
    "the ministry" or "the alliance" is the body named just before that it fits ("Mines
    Ministry reopens it"); see ``body_reference``."""
    subject = [t for t in frame.subject if t.is_word]
    if len(subject) != 2 or isinstance(subject[0], NameToken):
        return None
    body = frame.finder.body_described([t.low for t in subject], subject[0].start)
    if body is None or len(body.text.split()) > _BODY_NAME_WORDS:
        return None
    return tokenize(frame.finder.text[body.start : body.end], body.start)


@frame_rule
def firm_described(frame: EventFrame) -> list[Token] | None:
    """ "Harlow Tools Inc. cut its dividend. The Akron, Ohio-based maker of garden tools also
    closed a plant on Monday.": a subject that describes a firm ("the company", "the concern",
    "the ... maker of garden tools", or "the company's" stock) is the firm named before it
    ("Harlow Tools Inc. closes plant"); see ``pronoun_reference.firm_described``."""
    subject = frame.subject
    if not subject or isinstance(subject[0], NameToken):
        return None
    found = frame.finder.firm_described(subject[0].start, subject[-1].end)
    if found is None:
        return None
    first, last, name = found
    straddling = [t for t in subject if t.start < last < t.end]
    if straddling and straddling[0].text.endswith(("'s", "’s")):
        name += "'s"  # "the company's stock"
    named: list[Token] = [FirmToken(first, last, name)]
    return [t for t in subject if t.end <= first] + named + [t for t in subject if t.start >= last]


@frame_rule
def figure_owner_named(frame: EventFrame) -> list[Token] | None:
    """ "Orlon Corp. said net income for the half year dropped 9%.": a bare figure of a firm's
    accounts as the subject ("net income", "revenue", "shares") is the firm's named before it
    ("Orlon Corp.'s net income drops 9%"); see ``pronoun_reference.owner_of_figure``."""
    subject = frame.subject
    if not subject or not subject[0].is_word or subject[0].start < frame.sentence.start:
        return None
    name = frame.finder.owner_of_figure(subject[0].start, subject[-1].end)
    if name is None:
        return None
    start = subject[0].start
    owner: list[Token] = [FirmToken(start, start, name + ("'" if name.endswith("s") else "'s"))]
    return owner + [replace(subject[0], text=subject[0].low), *subject[1:]]


@frame_rule
def thing_described_again(frame: EventFrame) -> list[Token] | None:
    """ "Orvale's new water law drove growers away. Many have gone since the law was upheld
    in May.": a bare "the law" is the fuller mention of its noun before it ("Orvale's new
    water law upheld", not "Law upheld"); see ``described_again``."""
    subject = [t for t in frame.subject if t.is_word]
    if not 0 < len(subject) <= 2 or isinstance(subject[-1], NameToken):
        return None
    span = frame.finder.fuller_mention(subject[-1].start)
    if span is None:
        return None
    start, end = span
    return tokenize(frame.finder.text[start:end], start)


# Subjects that stand for two people named just before ("The couple announced ...").
_PAIR_NOUNS = frozenset({"couple", "pair"})


@frame_rule
def pair_pronoun(frame: EventFrame) -> list[Token] | None:
    """ "Tom Hale married Sara Bell in 1960. They divorced in 1972.": "they", "the couple" or
    "the pair" after a sentence that names just two people, one its subject, is those two
    ("Tom Hale and Sara Bell divorce"); see ``pronoun_reference.pair_for``."""
    subject = [t for t in frame.subject if t.is_word]
    said = [t.low for t in subject if t.low != "the"]
    if len(said) != 1 or said[0] not in _PAIR_NOUNS | {"they"}:
        return None
    pair = frame.finder.pair_for_pronoun(subject[-1].start)
    if pair is None:
        return None
    start, end = subject[0].start, subject[-1].end
    first, second = (without_offices(name) for name in pair)
    return [Token(start, end, first), Token(start, end, "and"), Token(start, end, second)]


SUBJECT_RULES: list[FrameRule] = [
    parsed_subject,
    person_after_comma,
    borrowed_subject,
    person_pronoun,
    relative_pronoun,
    speaker_did_it,
    thing_pronoun,
    owner_named,
    thing_owner_named,
    whose_happening,
    pair_pronoun,
    person_described,
    pronoun_joined,
    company_named,
    body_named,
    firm_described,
    figure_owner_named,
    thing_described_again,
]


# --- whom it involves ------------------------------------------------------------------------


@frame_rule
def named_pronoun(frame: EventFrame) -> list[Mention] | None:
    """ "Foreign Minister Bronislaw Geremek arrived on Monday. He will then travel to
    Washington on Friday.": the person a pronoun stands for takes part."""
    resolved = [t for t in frame.subject if isinstance(t, NameToken)]
    if not resolved:
        return None
    name = resolved[0].text
    return [person_mention(resolved[0].start, resolved[0].end, name, name), *frame.mentions]


@frame_rule
def subject_outside_clause(frame: EventFrame) -> list[Mention] | None:
    """ "Estrada on Tuesday condemned the bombings and offered condolences": a subject the
    clause borrows brings its names along."""
    subject = frame.subject
    if not subject or subject[0].start >= frame.clause.start:
        return None
    return frame.finder.within(subject[0].start, subject[-1].end) + frame.mentions


MENTION_RULES: list[FrameRule] = [named_pronoun, subject_outside_clause]


# --- applying them ---------------------------------------------------------------------------


def first_applying(rules: list[FrameRule], frame: EventFrame) -> Any:
    """The value of the first rule that applies, or None."""
    for rule in rules:
        value = rule.apply(frame)
        if value is not None:
            return value
    return None


def decide_predicate(frame: EventFrame) -> None:
    widened = first_applying(PREDICATE_RULES, frame)
    if widened is not None:
        frame.group = widened
        started = {lemma for lemma, _, _ in _STATE_STARTS.values()}
        if (
            frame.when is not None
            and frame.when.ongoing
            and widened.lemma in started
            and widened.tense == Tense.PAST
            and widened.aspect == Aspect.SIMPLE
        ):
            frame.when = When(frame.when.start)  # the state's start: when it began


def decide_subject(frame: EventFrame) -> None:
    """The subject the title names: the clause's own, then each rule that applies in turn."""
    if frame.group is None:
        return
    frame.subject = strip_intro(frame.group.subject, frame.spans)
    for rule in SUBJECT_RULES:
        subject = rule.apply(frame)
        if subject is not None:
            frame.subject = subject


def decide_mentions(frame: EventFrame) -> None:
    frame.mentions = list(frame.analysis.mentions)
    for rule in MENTION_RULES:
        mentions = rule.apply(frame)
        if mentions is not None:
            frame.mentions = mentions


# --- whether the event tells anything ----------------------------------------------------------


# A rule that says an event would tell a reader nothing that happened; it is given the
# frame and the title and returns True when it applies.
NothingRule = NamedRule[Callable[[EventFrame, str], bool]]


def nothing_rule(fn: Callable[[EventFrame, str], bool]) -> NothingRule:
    return named_rule(fn)


@nothing_rule
def speaker_says_nothing(frame: EventFrame, title: str) -> bool:
    """ "The newspaper reported on Sunday.": a title that is a speaker and a verb of saying,
    with nothing said ("Newspaper reports", "Times says in editorial"), tells a reader
    nothing; it is not proposed."""
    group = frame.group
    words = title.split()
    if group is None or len(words) < 2 or group.voice == Voice.PASSIVE:
        return False  # "The engagement was announced": what was announced is the subject
    verb = content_lemma(group)
    if verb not in lexicon.REPORTING_VERBS:
        return False
    forms = (lexicon.inflect(verb, "3sg"), lexicon.inflect(verb, "past"))
    said_at = [i for i, w in enumerate(words) if w.lower().strip(".,;:") in forms]
    if not said_at:
        return False
    # "The Times said in an editorial on Thursday:" -> "Times says in editorial": where it
    # was said, and nothing said
    after = [w.lower().strip(".,;:") for w in words[said_at[-1] + 1 :]]
    return not after or (len(after) <= 3 and after[0] in _MEDIUM_PREPOSITIONS)


_MEDIUM_PREPOSITIONS = lexicon.words("in on at during via")


# Verbs of a quantity going up or down: what a figure does, not what someone did.
_CHANGES_IN_AMOUNT = lexicon.words("""
rise fall drop decline increase decrease grow shrink slip slide climb dip surge plunge soar
jump tumble slump dwindle sink edge fluctuate
""")


def _progressive(group: VerbGroup) -> bool:
    """ "is slipping", "has been increasing": a form of "be" before an -ing main verb; "is
    being examined", "were being held": the passive's progressive, "being" before it."""
    before = [t.low for t in group.verbs[:-1]]
    if group.voice == Voice.PASSIVE and "being" in before:
        return True
    return group.main.low.endswith("ing") and any(
        w in ("is", "are", "am", "was", "were", "be", "been", "'s", "'re") for w in before
    )


@nothing_rule
def trend_going_on(frame: EventFrame, title: str) -> bool:
    """ "The party's support in the polls is slipping", "Rivals have been steadily
    increasing their share": a figure going up or down as the text speaks is a trend, not a
    happening ("Support fell 4 points on Monday", told with its day, is one)."""
    group = frame.group
    return (
        group is not None
        and not frame.dated
        and group.voice != Voice.PASSIVE
        and content_lemma(group) in _CHANGES_IN_AMOUNT
        and _progressive(group)
    )


@nothing_rule
def only_a_label_comes_about(frame: EventFrame, title: str) -> bool:
    """ "The drama started late on Sunday, when the board got a threat", "The trend went on into
    the spring": a word that labels the story, beginning or going on, names no
    happening (what happened is told beside it)."""
    group = frame.group
    return group is not None and label_comes_about(
        frame.subject, (group.lemma, content_lemma(group))
    )


@nothing_rule
def routine_clock(frame: EventFrame, title: str) -> bool:
    """ "Counting began after the polls closed": a market's or the polls' routine opening or
    closing, told as the time of another clause, is the clock, not news (``routine_times``)."""
    return times_another_clause(frame.analysis)


@nothing_rule
def missed_chance(frame: EventFrame, title: str) -> bool:
    """ "Rieder missed a chance to level the score": what did not happen is no happening
    (``missed_chances``)."""
    return frame.group is not None and chance_let_go(frame.group)


@nothing_rule
def market_took_it(frame: EventFrame, title: str) -> bool:
    """ "Investors shrugged off the figures", "the gloom set in": how the market took the
    news, in a figure of speech, is no happening (``market_commentary``)."""
    return frame.group is not None and market_commentary(frame.group)


@nothing_rule
def crowd_reaction(frame: EventFrame, title: str) -> bool:
    """ "At the vigil, some mourners were seen weeping": a vague crowd's display of feeling
    is how the news was taken, not a happening of its own."""
    return frame.group is not None and crowd_displays_feeling(frame.group)


_TOLLS = frozenset({"toll", "tolls"})


@nothing_rule
def going_on_below_the_lead(frame: EventFrame, title: str) -> bool:
    """ "Many of the new members are joining local chapters", "Two warships were patrolling
    the strait": below the story's lead, what is or was going on (the progressive) is a
    scene or a trend the story describes, not a happening a reader dates ("Rebels are
    shelling the capital", opening the story, is its news; so is what someone reports is
    going on now: "Britain is sending missiles, the minister told MPs")."""
    group = frame.group
    if group is None or frame.sentence.lead:
        return False
    if not (group.aspect == Aspect.PROGRESSIVE or _progressive(group)):
        return False
    if frame.when is not None and frame.when.ongoing:
        return False  # "has been fighting the illness since 2004": what began then
    if _going_on_that_day(frame, group):
        return False  # "is releasing its study today": the day's own news, not a scene
    if _interrupted(frame):
        return False  # "She was walking to her car when the bomb went off": the scene of it
    return not (group.tense == Tense.PRESENT and frame.speaker is not None)


def _going_on_that_day(frame: EventFrame, group: VerbGroup) -> bool:
    """ "A second team is releasing its own study on Thursday", in Thursday's paper: the
    present progressive dated the publication day tells what is being done that day, news
    as the simple past is; a scene or a trend has no day ("Many members are joining local
    chapters"). Another day is left out: "are flying to Oslo on Monday" is an arrangement
    for the coming Monday (``arranged_to_come``), which the calendar may read as the last
    one, and "is going to" is the future, not a deed under way."""
    when, published = frame.when, frame.published
    if not frame.dated or when is None or published is None or not scheduled(when):
        return False
    if group.tense != Tense.PRESENT or when.start_ordinal != published.toordinal():
        return False
    return not (group.lemma == "go" and group.rest[:1] and group.rest[0].low == "to")


@nothing_rule
def kept_up_since(frame: EventFrame, title: str) -> bool:
    """ "The fugitive has eluded the police since they issued a warrant", "The alliance has
    changed greatly since its founding": the perfect with "since", and no date of its own,
    tells what has gone on up to now, not a happening of the day ("The flu has killed 105
    children since October" counts what happened, and is news; "has played for Legia since
    2019" is dated by when it began)."""
    group = frame.group
    if group is None or frame.dated or group.aspect != Aspect.PERFECT or group.negated:
        return False
    if _counted(group):
        return False  # a count of what happened
    # "since" in the clause ("relations since the breakup have been bedevilled") or a
    # "since" clause beside it, after or before ("Since the phone came out, the servers
    # have struggled"); or years that run up to now ("Over the past 15 years he has built
    # the firm into a giant")
    beside = frame.analyses[max(0, frame.index - 1) : frame.index + 2]
    words = " ".join(t.low for t in frame.clause.tokens if t.is_word)
    return (
        any(t.low == "since" for t in frame.clause.tokens)
        or frame.clause.marker.lower() == "since"
        or any(
            a.clause.kind == ClauseKind.SUB and a.clause.marker.lower() == "since" for a in beside
        )
        or _YEARS_UP_TO_NOW.search(words) is not None
    )


# "over the past 15 years", "for the last two decades": a stretch of years up to now
_YEARS_UP_TO_NOW = re.compile(
    r"\b(?:over|for|throughout) the (?:past|last) (?:[\w-]+ ){0,2}(?:years|decades)\b"
)


def _counted(group: VerbGroup) -> bool:
    """Whether what the verb did is counted: a number among the first words after it ("has
    killed 105 children", "has warded off at least three bids"), not one in a later phrase
    ("has won a large share of the market with 16-bit chips")."""
    words = [t for t in group.rest if t.is_word][:4]
    return any(
        t.text[:1].isdigit() or (t.low in NUMBER_WORDS and t.low not in ("a", "an")) for t in words
    )


def _interrupted(frame: EventFrame) -> bool:
    """Whether a "when" clause right after the clause tells what broke into it."""
    following = frame.analyses[frame.index + 1 : frame.index + 2]
    return any(
        a.clause.kind == ClauseKind.SUB and a.clause.marker.lower() == "when" for a in following
    )


@nothing_rule
def quoted_present(frame: EventFrame, title: str) -> bool:
    """ " “Opening the border helps to stabilize the region,” the minister said": in a
    quotation, the simple present is the speaker's view of how things are or usually go,
    not something that happened, whatever date the sentence holds ("“We won,” he said on
    Sunday", in the past, tells one)."""
    group = frame.group
    return (
        group is not None
        and group.tense == Tense.PRESENT
        and group.aspect == Aspect.SIMPLE
        and _quoted_speech(frame, group.main.start)
    )


@nothing_rule
def quoted_promise(frame: EventFrame, title: str) -> bool:
    """ " “We will concentrate on our core business,” the chairman said on Friday": a
    quotation of what will be is the speaker's own words about the future, colour beside the
    story's news, which the reporter tells in reported speech ("The chairman said on Friday
    the firm would sell its candy business" stays, and so does a quotation that opens the
    story: its lead is its news)."""
    if frame.group is None or frame.foretold is None or frame.sentence.lead:
        return False
    group = frame.analyses[frame.foretold].group
    return (
        group is not None
        and group.tense == Tense.FUTURE
        and _quoted_speech(frame, group.main.start)
    )


@nothing_rule
def quoted_sentence(frame: EventFrame, title: str) -> bool:
    """ "“So now the station has won him back as a listener instead of someone who only
    reads the blog,” his sister said": below the story's lead, a sentence given in the
    speaker's own words -- one that opens with a quotation, or goes on with one the sentence
    before opened -- is what was said, in any tense; the story tells the saying, and the words
    are no happenings of its own (a few quoted words in the story's own sentence, 'troops
    "crossed the border at dawn"', stay the story's, as does a quotation that opens the story:
    its lead is its news)."""
    group = frame.group
    if group is None or frame.sentence.lead:
        return False
    sentence = frame.sentence
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
    # the sentence opens inside a quotation (its own, or one a sentence before opened), and
    # its verb is spoken: “Yes,” he said, “we will rebuild.” is all the speaker's
    return quotation_at(sentence, opening) is not None and _quoted_speech(frame, group.main.start)


def _quoted_speech(frame: EventFrame, at: int) -> bool:
    """Whether the word at article offset ``at`` lies inside a quotation of speech: one that
    closes on punctuation (“... the region,” he said) or runs on past its paragraph; a quoted
    name of a work closes on a word (her video “Why I Do Not Want To Talk” was shown)."""
    quotation = quotation_at(frame.sentence, at)
    return quotation is not None and quotation.speech


@nothing_rule
def figure_changed_below_the_lead(frame: EventFrame, title: str) -> bool:
    """ "Its share of the market has dropped to about 56 percent": below the story's lead, a
    figure that has risen or fallen, undated and with no one doing it, describes how things
    stand; it is the news only in the headline or the lead ("Unemployment has fallen to 5
    percent", opening the story)."""
    group = frame.group
    return (
        group is not None
        # "has dropped to 56 percent today": the perfect tells how it stands on that day
        and (not frame.dated or group.aspect == Aspect.PERFECT)
        and not frame.sentence.lead
        and group.voice != Voice.PASSIVE
        and content_lemma(group) in _CHANGES_IN_AMOUNT
        # "The death toll in the blast has risen to 12": a toll counts the harm a happening
        # did; its rise is news wherever the story tells it, not how things stand
        and not any(t.low in _TOLLS for t in group.subject)
    )


def _before_date(frame: EventFrame) -> str:
    """The sentence's text before the event's date expression."""
    if frame.timex is None:
        return ""
    return frame.sentence.text[: max(0, frame.timex.start - frame.sentence.start)]


@nothing_rule
def state_as_of_a_date(frame: EventFrame, title: str) -> bool:
    """ "As of March 2024, her channel has about 3 million subscribers": "as of" dates how
    things stood then; having or being so is no happening ("As of March 2024 she runs the
    channel alone" is neither; "as of" with a change, "prices rose as of May", stays)."""
    group = frame.group
    return (
        group is not None
        and _AS_OF.search(_before_date(frame)) is not None
        and content_lemma(group) in lexicon.NOT_HAPPENING_VERBS
    )


_AS_OF = re.compile(r"\bas of\s*$", re.IGNORECASE)
_SHARE_VERBS = lexicon.words("account represent constitute comprise")
_PERCENT = re.compile(r"%|\bper ?cent\b|\bshare\b|\bhalf\b|\bmajority\b", re.IGNORECASE)


@nothing_rule
def share_of_a_whole(frame: EventFrame, title: str) -> bool:
    """ "Its browsers accounted for 70 percent of the market in 2009": what share something
    had of a whole describes how things stood, and happened on no day."""
    group = frame.group
    if group is None or content_lemma(group) not in _SHARE_VERBS:
        return False
    return bool(_PERCENT.search(" ".join(t.text for t in group.rest)))


@nothing_rule
def life_span_beside_the_subject(frame: EventFrame, title: str) -> bool:
    """ "The poems of his youth (1821 – 25) suffered from the influence of Byron", "Jan
    Kowal (1801 – 1870) was a general": the dates in brackets after the subject span the
    period (or the life) it names; they date nothing the clause
    says of it ("Kowal fought at Ostroleka (1831)", a bracket after the object, does, and so
    does one in an opening phrase before the subject)."""
    group, timex = frame.group, frame.timex
    if group is None or timex is None:
        return False
    before = _before_date(frame)
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    offset = frame.sentence.start
    closed = frame.sentence.text.find(")", timex.end - offset)
    if closed < 0 or offset + closed > group.main.start:
        return False  # the bracket is not before the verb: not the subject's
    opening = before[:opened].split()
    if opening and opening[0].lower() in _SCENE_OPENERS:
        return False  # "During his illness (winter 373 - 374), he had a vision": the scene's
    return bool(_SPAN_DASH.search(frame.sentence.text[opened:closed]))


_SCENE_OPENERS = lexicon.words("""
during in on at after before since from until throughout within by around about while when
""")
_SPAN_DASH = re.compile(r"\d\s*[–—-]\s*(?:\w|$)|\s[–—-]\s")


@nothing_rule
def done_before_its_date(frame: EventFrame, title: str) -> bool:
    """ "Last year a team of agronomists studied the harvests of Poland by 2050": what the
    text tells as done (the simple past) was not done "by" a date after the article was
    written; that date is the deadline of what was studied or foreseen."""
    group, when, published = frame.group, frame.when, frame.published
    if group is None or when is None or published is None or not frame.dated:
        return False
    return (
        group.tense == Tense.PAST
        and group.aspect == Aspect.SIMPLE
        and _BY.search(_before_date(frame)) is not None
        and when.start_ordinal > published.toordinal()
    )


_BY = re.compile(r"\bby\s*$", re.IGNORECASE)


@nothing_rule
def reporters_own_doing(frame: EventFrame, title: str) -> bool:
    """ "I visited the camp on Sunday and found it empty": outside quotation marks, "I" or
    "we" is the writer, and the reporting is not the news (what was found may be)."""
    subject = [t for t in frame.subject if t.is_word]
    if not subject or subject[0].low not in ("i", "we"):
        return False
    if len(subject) > 1 and not _adverbs_only(subject[1:]):
        return False  # "we Poles", "I and my sister"
    return not quoted(frame.sentence, subject[0].start)


# What the word rules may leave between "we" and its verb: "We in fact have seen".
_SUBJECT_ADVERBS = lexicon.words("in fact indeed really actually ourselves myself all both too")


def _adverbs_only(words: list[Token]) -> bool:
    return all(t.low in _SUBJECT_ADVERBS or t.text == "," for t in words)


@nothing_rule
def own_news_gathering(frame: EventFrame, title: str) -> bool:
    """ "The Gazette has pieced together new details through interviews with the crew.":
    the outlet's own work, told without a day, is how the news was got (``newsroom_work``)."""
    return newsroom_work(frame.group, frame.subject, frame.dated)


_JUDGING_VERBS = lexicon.words("rate rank characterise characterize regard deem label brand dub")


@nothing_rule
def standing_judgement(frame: EventFrame, title: str) -> bool:
    """ "The agency rates the group among the poorest in the region": how someone rates or
    characterises a thing, told without a day, is a judgement that stands, not a happening
    ("The agency downgraded the bank on Monday", with its day, is one)."""
    group = frame.group
    return group is not None and not frame.dated and content_lemma(group) in _JUDGING_VERBS


@nothing_rule
def told_whom_only(frame: EventFrame, title: str) -> bool:
    """ "The spokesman told the Daily Planet that ...", titled "Spokesman tells Daily
    Planet": whom someone told, with nothing of what, tells a reader nothing."""
    group = frame.group
    if group is None or content_lemma(group) != "tell" or group.voice == Voice.PASSIVE:
        return False
    words = title.split()
    told = next((i for i, w in enumerate(words) if w.lower() in ("tells", "told", "tell")), None)
    after = words[told + 1 :] if told is not None else []
    return bool(after) and all(w[:1].isupper() for w in after)


_RUNS = lexicon.words("run last")


@nothing_rule
def schedule_of_a_run(frame: EventFrame, title: str) -> bool:
    """ "The exhibition runs until 9 March", "The festival is to run until 9 March": how
    long a show or a season goes on, told as a schedule, is no happening of a day ("The
    strike ran for a week" tells one that did)."""
    group = frame.group
    if group is None or group.voice == Voice.PASSIVE:
        return False
    after = [t.low for t in group.rest[:2]]
    if group.lemma == "be" and len(after) == 2 and after[0] == "to":
        # "is to run until March": what a show is to do is its schedule, in any tense
        return (lexicon.lemma_of(after[1]) or after[1]) in _RUNS
    return content_lemma(group) in _RUNS and group.tense != Tense.PAST


# A date that closes a stretch or sets a deadline: "until 2031", "by the end of June",
# "through January", "throughout the 2030s"
_TERM_OPENERS = re.compile(
    r"\b(?:until|till|through|throughout|by)\s+(?:the\s+(?:end|middle|start|close)\s+of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


@nothing_rule
def term_yet_to_run(frame: EventFrame, title: str) -> bool:
    """ "The bonds will pay 5% interest until 2031", "The firm wants to double its sales by
    the end of 2030": a day still to come that a stretch runs to, or a deadline is set by, is
    a term or a goal; nothing has happened on it. What was done is dated by its own day ("The
    bank extended the loan until June" tells the extending, and is left to the other rules),
    so only a clause told in the present, the future or under a modal is a term."""
    group, when = frame.group, frame.when
    if group is None or when is None or frame.published is None or not frame.dated:
        return False
    if group.tense == Tense.PAST or group.aspect == Aspect.PERFECT:
        return False
    if when.start.first_moment().date() <= frame.published:
        return False
    return _TERM_OPENERS.search(_before_date(frame)) is not None


@nothing_rule
def still_so(frame: EventFrame, title: str) -> bool:
    """ "His method of measuring pressure is still used in aircraft today": what "still"
    holds in the simple present is how things stand, not a happening ("He still won the
    race", in the past, tells one). Being "still" so is a state in any tense: "A decade ago
    the three states were still under Soviet rule"."""
    group = frame.group
    if group is None or "still" not in group.adverbs:
        return False
    if group.lemma == "be" and group.voice != Voice.PASSIVE:
        return True
    return group.tense == Tense.PRESENT and group.aspect == Aspect.SIMPLE


_EVERY = re.compile(
    r"\b(?:every|each)\s+(?:other\s+)?(?:day|night|morning|evening|week|weekend|month|year|"
    r"season|summer|winter|spring|autumn|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.IGNORECASE,
)


@nothing_rule
def habit_every(frame: EventFrame, title: str) -> bool:
    """ "She uploads a new video to her channel every Wednesday": a time that comes back
    ("every", "each") tells a habit, neither a happening of that day nor news of the day."""
    return _EVERY.search(" ".join(t.text for t in frame.clause.tokens)) is not None


_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)
_RECORD = re.compile(r"\b(?:first|second|third|only|last|most|least|\w{3,}est)\b", re.I)


@nothing_rule
def record_since(frame: EventFrame, title: str) -> bool:
    """ "He became only the second Polish player since 1990 to score four goals": "since"
    after a first, an only or a superlative counts the record back to that date; the date
    is not when it happened, nor the start of a stretch."""
    before = _before_date(frame)
    if frame.timex is None or _SINCE.search(before) is None:
        return False
    own = before[max(0, frame.clause.start - frame.sentence.start) :]
    return _RECORD.search(own) is not None


@nothing_rule
def undated_caption(frame: EventFrame, title: str) -> bool:
    """ "The minister is holding a copy of the report. Image: Jan Kowal.": a caption says
    what a picture shows; without a date it tells no happening ("The ship leaves port in
    1961. Image: Navy.", dated, tells one)."""
    return frame.caption and not frame.dated


# Verbs of backing: who pays for or stands behind a thing.
_BACKING_VERBS = lexicon.words("support fund finance sponsor back underwrite bankroll")


@nothing_rule
def backing_described(frame: EventFrame, title: str) -> bool:
    """ "The study was supported by the Marsh Foundation", "The prize is sponsored by a bank":
    who backs a thing, told in the passive with its backer and no date, describes the thing,
    as a credit line does; it happened on no day ("The bill was backed by the Senate on
    Tuesday", with its day, is a happening)."""
    group = frame.group
    return (
        group is not None
        and not frame.dated
        and group.voice == Voice.PASSIVE
        and content_lemma(group) in _BACKING_VERBS
        and any(t.low == "by" for t in group.rest)
    )


@nothing_rule
def no_comment(frame: EventFrame, title: str) -> bool:
    """ "The mayor declined to comment on Friday", "Police declined to give details of the
    inquiry", "The firm could not be reached for comment": what a reporter could not get is
    no happening of the story ("The mayor declined to sign the bill" is one;
    ``withheld_words``)."""
    group = frame.group
    if group is None:
        return False
    if declines_to_tell(group):
        return True
    return (
        group.lemma == "reach"
        and group.negated
        and group.voice == Voice.PASSIVE
        and any(t.low == "comment" for t in group.rest)
    )


@nothing_rule
def question_left_untold(frame: EventFrame, title: str) -> bool:
    """ "The sheriff's office refused to say which officers were at the March 2 raid": the
    question a source would not answer is not told, and is no happening of its date."""
    clause = frame.clause
    if clause.parent is None or clause.marker.lower() not in QUESTION_OPENERS:
        return False
    return declines_to_tell(frame.analyses[clause.parent].group)


# What a verb tells that saying or admitting it does not make news.
_NO_NEWS_SAID = frozenset({Reading.STATE, Reading.OPINION})
# Forms of "be" that make what follows them a state: "she was willing to ...".
_BE_FORMS = frozenset({"is", "are", "am", "was", "were", "'s", "'re"})


@nothing_rule
def state_told_with_its_date(frame: EventFrame, title: str) -> bool:
    """ "A student admitted she was willing to skip class Thursday night": when what a verb
    tells is a state (the parse's complement, a copula with an adjective or a noun), a date
    after that state's "was" belongs to it, to what she was willing to do, not to the
    admitting ("The minister admitted on Thursday she was wrong" dates the admitting)."""
    group, timex = frame.group, frame.timex
    if group is None or timex is None or frame.analysis.said not in _NO_NEWS_SAID:
        return False
    return any(t.low in _BE_FORMS and group.main.end <= t.start < timex.start for t in group.rest)


@nothing_rule
def state_a_when_clause_befell(frame: EventFrame, title: str) -> bool:
    """ "The county became a key part of the wool trade in 1350, when the king granted the
    town a charter": a state dated by the time a "when" clause right after it names is what
    that clause's happening made or found, no event of its own (``when_frames``)."""
    if frame.timex is None or frame.when is None:
        return False
    return frames_a_when_clause(frame.analyses, frame.index, frame.timex, frame.when)


# Verbs that tell where someone stands rather than an act of the day when they are told in
# the present: "has indicated", "says".
_STANCE_VERBS = lexicon.REPORTING_VERBS | lexicon.words("indicate signal hint")
# What a clause says that has not happened: what will be, or would be.
_FORETOLD = frozenset({Reading.PREDICTION, Reading.HYPOTHETICAL})


@nothing_rule
def standing_word_on_the_future(frame: EventFrame, title: str) -> bool:
    """ "The family has indicated it plans to appeal", "Officials say their aim is to send
    more troops": below the story's lead, what someone says (or has said) in the present
    about what will or would be is where they stand, not a happening of a day; the story's
    news is the announcement told in the past ("The family said on Monday it would appeal")
    or in its lead."""
    group = frame.group
    return (
        group is not None
        and not frame.sentence.lead
        and group.tense == Tense.PRESENT
        and group.aspect != Aspect.PROGRESSIVE
        and frame.analysis.said in _FORETOLD
        and content_lemma(group) in _STANCE_VERBS
    )


# Verbs of taking a side: pressing for a thing, or against it, or giving reasons for it.
_SIDING_VERBS = lexicon.words("""
object complain protest push press lobby campaign fight argue insist cite criticize criticise
praise condemn oppose
""")
# A light verb with the noun of a side or its reception: "has taken the position that",
# "has drawn criticism", "has gone out of its way".
_SIDING_NOUNS = {
    "take": lexicon.words("position stance view line approach side"),
    "draw": lexicon.words("praise criticism fire ire scorn"),
    "go": lexicon.words("way"),
}


@nothing_rule
def side_taken_up_to_now(frame: EventFrame, title: str) -> bool:
    """ "The family has fought to keep the boy", "Moscow has cited engineering reasons for
    the delays", "The agency has taken the position that ...": below the story's lead, the
    present perfect of taking a side, with no day, tells where someone has stood up to now,
    not a happening of a day ("The family sued on Monday to keep the boy" is one; so is what
    opens the story)."""
    group = frame.group
    if (
        group is None
        or frame.dated
        or frame.sentence.lead
        or group.tense != Tense.PRESENT
        or group.aspect != Aspect.PERFECT
    ):
        return False
    verb = content_lemma(group)
    if verb in _SIDING_VERBS:
        return True
    nouns = _SIDING_NOUNS.get(verb)
    return nouns is not None and any(t.low in nouns for t in group.rest[:5])


@nothing_rule
def arranged_to_come(frame: EventFrame, title: str) -> bool:
    """ "The envoys are to meet in Geneva later this month", "The council is reviewing its
    budget next month": an arrangement told in the present for a stretch of time, or
    denied, is a plan, not a happening (see ``arrangements``); one scheduled for a day is
    kept as a plan is (``dating_rules.dated_reading_holds``)."""
    group = frame.group
    if group is None:
        return False
    if frame.dated and frame.when is not None and scheduled(frame.when) and not group.negated:
        # a timetable for a day is a schedule a reader puts on the timeline, titled as
        # planned ("Envoys to travel to Cairo", Friday), like "will be held on 5 May"
        return False
    if arranged_with_be_to(group):
        return True
    return frame.dated and going_on_at_a_time_to_come(group, frame.when, frame.published)


@nothing_rule
def stretch_to_come(frame: EventFrame, title: str) -> bool:
    """ "The firm wants to double its sales by the end of 2031", "Experts expect the reef to
    recover over the 2040s", "She estimated the plant would not turn a profit until 2030":
    a clause dated by a stretch of time that lies wholly after the article was written tells
    an aim, a forecast or a term, not a happening; a plan is proposed only when the text
    schedules it for a day ("Elections will be held on 5 May", ``dating_rules.scheduled``).
    A deed told in the simple past is left to the other rules: the date is then its
    object's ("signaled faster increases in 2031")."""
    when, published, group = frame.when, frame.published, frame.group
    if not frame.dated or when is None or published is None:
        return False
    if when.start.precision >= Precision.DAY:
        return False  # "meet in Brussels on March 10-11": days, a timetable
    if group is not None and group.tense == Tense.PAST and group.aspect == Aspect.SIMPLE:
        # "signaled on Wednesday faster increases in 2031": a deed told as done, whose date
        # belongs to what it names, is no aim
        return False
    return when.start_ordinal > published.toordinal()


NOTHING_RULES: list[NothingRule] = [
    undated_caption,
    still_so,
    habit_every,
    record_since,
    done_before_its_date,
    reporters_own_doing,
    own_news_gathering,
    standing_judgement,
    told_whom_only,
    schedule_of_a_run,
    term_yet_to_run,
    state_as_of_a_date,
    share_of_a_whole,
    life_span_beside_the_subject,
    speaker_says_nothing,
    trend_going_on,
    only_a_label_comes_about,
    crowd_reaction,
    routine_clock,
    missed_chance,
    market_took_it,
    going_on_below_the_lead,
    kept_up_since,
    quoted_present,
    figure_changed_below_the_lead,
    backing_described,
    no_comment,
    question_left_untold,
    state_told_with_its_date,
    state_a_when_clause_befell,
    quoted_promise,
    quoted_sentence,
    standing_word_on_the_future,
    side_taken_up_to_now,
    arranged_to_come,
    stretch_to_come,
]


def tells_nothing(frame: EventFrame, title: str) -> bool:
    """Whether any of ``NOTHING_RULES`` finds that the event tells no happening."""
    return any(rule.apply(frame, title) for rule in NOTHING_RULES)
