"""A happening the story dated, named again by a definite description.

News tells a happening once with its date ("Bombs exploded at two embassies on Aug. 7",
"last Friday's bombings") and then refers back to it without one: "The blast tore the front
off the building", "The ambassador was cut on the lip in the blast". A reader dates those
clauses by the happening they refer to, not by the day the paper ran. TimeML says the same
twice: an event is anchored by the time expression that governs it, and a definite
description of an earlier event ("the blast", "the attack", "the shooting") is coreferent
with it, so it takes its time.

Two things are decided here, each by a small rule with the sentence it handles:

- which happenings the story has dated, and of what kind (``KINDS``: a blast is an
  explosion, so is a bombing; an attack may be either, or a shooting);
- whether an undated clause's happening is such a description's, or part of it: the
  description is its subject with a verb of what the happening did or was ("The blast
  damaged the embassy", "The bombings have killed 200 people", "The crash occurred at
  dawn"), or the setting of what was done to a victim ("was cut in the blast", "died in the
  crash").

Only a description whose kind the story dated on one day is resolved: with two attacks on
two days, "the attack" could be either, and the clause is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.dates import FuzzyDate, Precision, When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import ParsedText, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# The kinds of happening a description can name, with the nouns that name one and the verbs
# that tell one. Violent and sudden happenings: what news refers back to by "the ...".
_KIND_WORDS = {
    "explosion": (
        "blast explosion bombing bomb detonation car-bomb",
        "explode bomb detonate",
    ),
    "shooting": ("shooting gunfire shootout", "shoot"),
    "attack": ("attack assault raid ambush", "attack assault raid ambush"),
    "killing": ("killing murder slaying assassination stabbing", "murder slay assassinate stab"),
    "crash": ("crash collision derailment", "crash collide derail"),
    "earthquake": ("earthquake quake tremor", ""),
    "fire": ("fire blaze", ""),
    "storm": ("storm hurricane typhoon cyclone tornado", ""),
    "flood": ("flood flooding", ""),
    "sinking": ("sinking shipwreck", "sink capsize"),
    "collapse": ("collapse", "collapse"),
    "hijacking": ("hijacking", "hijack"),
    "kidnapping": ("kidnapping abduction", "kidnap abduct"),
}
NOUN_KINDS: dict[str, str] = {
    word: kind for kind, (nouns, _verbs) in _KIND_WORDS.items() for word in nouns.split()
}
VERB_KINDS: dict[str, str] = {
    word: kind for kind, (_nouns, verbs) in _KIND_WORDS.items() for word in verbs.split()
}
# "The attack" may name a bombing, a shooting or a killing the story told: an attack is
# any of them.
_WIDER = {"attack": frozenset({"attack", "explosion", "shooting", "killing"})}
# "the bomb went off": a bomb that goes off is an explosion
_GOING_OFF = frozenset({"bomb", "device", "mine", "grenade", "shell"})

# What a happening did, or that it took place: told with the description as its subject,
# the clause is part of the happening ("The blast damaged the embassy", "The bombings have
# killed 200 people"). Not what followed from it ("The attack drew condemnation", "The
# blast prompted a review"): that came later.
_PART_OF_IT = lexicon.words("""
kill wound injure hurt maim damage destroy level flatten shatter topple rip tear gut
devastate demolish wreck raze hit strike claim occur happen take come
""")
# What was done to a victim in it ("was cut in the blast", "died in the crash"); not what
# was done about it ("was arrested in the attack", "was charged in the shooting").
SUFFERED_IN_IT = lexicon.words("""
kill wound injure hurt maim cut burn blind die perish drown lose destroy damage trap bury
""")
_IN_IT = frozenset({"in", "during"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _kinds_of_noun(token: Token) -> frozenset[str]:
    kind = NOUN_KINDS.get(token.lower_) or NOUN_KINDS.get(lemma(token))
    if kind is None:
        return frozenset()
    return _WIDER.get(kind, frozenset({kind}))


def _kind_of_verb(token: Token) -> str | None:
    """The kind a verb tells: "exploded", "was shot"; "the bomb went off" is an explosion."""
    word = lemma(token)
    if word == "go" and any(c.lower_ == "off" for c in token.children):
        subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
        if subject is not None and lemma(subject) in _GOING_OFF:
            return "explosion"
    return VERB_KINDS.get(word)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


@dataclass(frozen=True, slots=True)
class _Dated:
    kind: str
    when: When


class DatedHappenings:
    """The happenings the story has dated so far, by kind, in text order."""

    def __init__(self) -> None:
        self._dated: list[_Dated] = []

    def note(self, tokens: Iterable[Token], when: When) -> None:
        """The story dated what ``tokens`` tell (a clause's verb and its nouns, or a noun a
        date modifies: "the Aug. 7 bombings") at ``when``, a day."""
        if when.is_range or when.start.precision < Precision.DAY:
            return  # "in 1998", "last week": no day a description could be said to take
        for token in tokens:
            if token.pos_ in ("VERB", "AUX"):
                kind = _kind_of_verb(token)
                kinds = frozenset({kind}) if kind else frozenset()
            else:
                kinds = frozenset(k for k in [NOUN_KINDS.get(lemma(token))] if k)
            for found in kinds:
                self._dated.append(_Dated(found, when))

    def note_clause(self, parsed: ParsedText, head_at: int | None, when: When) -> None:
        """A clause the story dated: its verb, subject and object tell its kind ("A bomb
        exploded at the embassy on Friday", "Gunmen attacked a bus on Sunday")."""
        head = parsed.token_at(head_at) if head_at is not None else None
        if head is None:
            return
        told = [head] + [
            c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "obj", "conj")
        ]
        self.note(told, when)

    def day_of(self, kinds: frozenset[str]) -> When | None:
        """The one day the story dated a happening of these kinds on, if it is one."""
        days = {_day(d.when): d.when for d in self._dated if d.kind in kinds}
        if len(days) != 1:
            return None
        (year, month, day), when = days.popitem()
        return When(FuzzyDate(year, month, day, approximate=when.start.approximate))

    def referred(self, parsed: ParsedText, head_at: int | None) -> When | None:
        """The day of the dated happening an undated clause (headed at ``head_at``) is part
        of, when a definite description names it, else None."""
        head = parsed.token_at(head_at) if head_at is not None else None
        if head is None or head.pos_ not in ("VERB", "AUX"):
            return None
        description = _described(head)
        if description is None:
            return None
        return self.day_of(_kinds_of_noun(description))


def _described(head: Token) -> Token | None:
    """The definite description whose happening a clause is, or is part of: its subject
    with a verb of what the happening did ("The blast damaged the embassy"), or the setting
    of what a victim suffered ("was cut on the lip in the blast")."""
    verb = lemma(head)
    if verb == "take" and not any(c.lower_ == "place" for c in head.children):
        verb = ""  # "took place" is that it happened; "took hostages" is more
    if verb in _PART_OF_IT:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
        for subject in subjects:
            if _kinds_of_noun(subject) and _definite(subject):
                return subject
    if verb in SUFFERED_IN_IT:
        for child in head.children:
            if (
                child.dep_ == "obl"
                and _kinds_of_noun(child)
                and _definite(child)
                and any(c.dep_ == "case" and c.lower_ in _IN_IT for c in child.children)
            ):
                return child
    return None


def _day(when: When) -> tuple[int, int | None, int | None]:
    """A happening's day, without the time of day."""
    return when.start.year, when.start.month, when.start.day
