"""Whom "he" or "she" stands for: the person the text is about at that point.

The nearest name is often the wrong one: in "Marta Quill studied under Ivo Brandt. In 1902
she moved to Lisbon." the one who moved is the subject of the sentence before, not the
teacher named last. Readers (and centering theory, Grosz, Joshi and Weinstein 1995) take a
pronoun for the most prominent person of the last sentence that has one, and a subject is
more prominent than an object. So the person is looked for, nearest first, among the persons
in subject position: in the pronoun's own sentence before it, then in the sentences before
that; failing that, the last person named. A person whose sex the text itself shows ("Mr.",
"Queen", or "his"/"her" in a sentence where only that person is named) is never taken for a
pronoun of the other.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from timeline_app.core.extraction.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Mention(Protocol):
    """A person's name in the text (``actors.Mention``; named here, since actors uses this)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entity(self) -> str: ...


# How far back (characters) a pronoun's person is looked for: a few paragraphs.
REACH = 2_000

_MALE = words("he him his himself")
_FEMALE = words("she her hers herself")
_MALE_TITLES = words("""
    mr sir lord king prince duke earl count baron emperor tsar czar sultan pope father
    brother uncle son husband monsieur herr señor senor signor
""")
_FEMALE_TITLES = words("""
    mrs ms miss lady dame queen princess duchess countess baroness empress tsarina
    mother sister aunt daughter wife madame frau señora senora signora
""")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
_NAME_DEPS = frozenset({"compound", "flat", "flat:name", "appos", "amod", "nmod", "det"})
_PERSONAL = frozenset({"he", "she"})
# How many sentences back a pronoun's person is looked for sentence by sentence.
_SENTENCES_BACK = 6
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")


class PronounReference:
    """Resolves person pronouns of one article against its person mentions."""

    def __init__(self, text: str, people: Sequence[Mention], doc: Doc | None) -> None:
        self._people = sorted(people, key=lambda m: m.start)
        self._ends = [m.end for m in self._people]
        self._sentence_starts: list[int] = (
            [s.start_char for s in doc.sents] if doc is not None else [0]
        )
        self._subject = [_in_subject(m, doc) for m in self._people]
        self._sex = _sexes(text, self._people, doc, self._sentence_starts)
        # sentence number -> its subject pronouns (offset, word)
        self._subject_pronouns: dict[int, list[tuple[int, str]]] = {}
        for token in doc or ():
            if token.lower_ in _PERSONAL and token.dep_ in _SUBJECT_DEPS:
                number = self._sentence_of(token.idx)
                self._subject_pronouns.setdefault(number, []).append((token.idx, token.lower_))
        self._resolved: dict[int, str | None] = {}

    def person_for(self, pronoun: str, at: int) -> str | None:
        """The entity ``pronoun`` ("he", "she") at offset ``at`` stands for; None when no
        person is named within reach.

        Sentence by sentence back from the pronoun (its own first, before it): a "he" or
        "she" that is a sentence's subject continues whom that one stood for; else the
        persons named there of a fitting sex, the subject first, then the first named.
        """
        if at in self._resolved:
            return self._resolved[at]
        self._resolved[at] = None  # a loop of pronouns ends here
        sex = self._sex_of_pronoun(pronoun)
        last = bisect_right(self._ends, at)
        by_sentence: dict[int, list[int]] = {}
        for n in range(last - 1, -1, -1):
            if self._people[n].start < at - REACH:
                break
            if self._sex.get(self._people[n].entity, sex) in (sex, ""):
                by_sentence.setdefault(self._sentence_of(self._people[n].start), []).append(n)
        here = self._sentence_of(at)
        found: str | None = None
        for sentence in range(here, max(0, here - _SENTENCES_BACK) - 1, -1):
            earlier = [
                p
                for p in self._subject_pronouns.get(sentence, ())
                if p[0] < at and self._sex_of_pronoun(p[1]) == sex
            ]
            if earlier and sentence != here:
                found = self.person_for(earlier[0][1], earlier[0][0])
                break
            named = sorted(by_sentence.get(sentence, ()))
            if named:
                subjects = [n for n in named if self._subject[n]]
                found = self._people[(subjects or named)[0]].entity
                break
        else:
            if by_sentence:  # further back than a few sentences: the last named
                found = self._people[max(max(v) for v in by_sentence.values())].entity
        self._resolved[at] = found
        return found

    def person_for_object(self, pronoun: str, at: int, besides: set[int]) -> str | None:
        """The person "him" or "her" after a verb stands for: the nearest named before it,
        of its sex where known, that is not named at ``besides`` (the clause's own subject:
        "the judge barred him" is not the judge)."""
        sex = self._sex_of_pronoun(pronoun)
        for n in range(bisect_right(self._ends, at) - 1, -1, -1):
            mention = self._people[n]
            if mention.start < at - REACH:
                break
            if mention.start not in besides and self._sex.get(mention.entity, sex) in (sex, ""):
                return mention.entity
        return None

    @staticmethod
    def _sex_of_pronoun(pronoun: str) -> str:
        low = pronoun.lower()
        return "m" if low in _MALE else "f" if low in _FEMALE else ""

    def _sentence_of(self, offset: int) -> int:
        return bisect_right(self._sentence_starts, offset)


def _in_subject(mention: Mention, doc: Doc | None) -> bool:
    """Whether the name is (part of) a clause's subject in the parse."""
    if doc is None:
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    # "President Ana Ruiz", "Ruiz, the governor,": up through the name's own parts
    for _ in range(4):
        if token.dep_ in _SUBJECT_DEPS:
            return True
        if token.dep_ not in _NAME_DEPS or token.head is token:
            return False
        token = token.head
    return False


def _sexes(
    text: str, people: Sequence[Mention], doc: Doc | None, sentence_starts: Sequence[int]
) -> dict[str, str]:
    """Each person's sex where the text shows it and does not contradict itself: a title
    before the name, or a possessive or reflexive pronoun after the name in a sentence in
    which that person alone is named ("Quill sold her studio": not "Brandt taught her")."""
    votes: dict[str, Counter[str]] = {}
    by_sentence: dict[int, list[Mention]] = {}
    for mention in people:
        by_sentence.setdefault(bisect_right(sentence_starts, mention.start), []).append(mention)
        before = _WORD.findall(text[max(0, mention.start - 12) : mention.start])
        title = before[-1].lower().rstrip(".") if before else ""
        if title in _MALE_TITLES:
            votes.setdefault(mention.entity, Counter())["m"] += 2
        elif title in _FEMALE_TITLES:
            votes.setdefault(mention.entity, Counter())["f"] += 2
    if doc is not None:
        bounds = [*sentence_starts, len(text)]
        for index, mentions in by_sentence.items():
            entities = {m.entity for m in mentions}
            if len(entities) != 1 or not 0 < index < len(bounds):
                continue
            span = doc.char_span(min(m.end for m in mentions), bounds[index], "expand")
            own = {
                t.lower_
                for t in span or ()
                if t.tag_ == "PRP$" or t.lower_ in ("himself", "herself")
            }
            male, female = bool(own & _MALE), bool(own & _FEMALE)
            if male != female:
                votes.setdefault(entities.pop(), Counter())["m" if male else "f"] += 1
    found = {
        entity: count.most_common(1)[0][0]
        for entity, count in votes.items()
        if len(count) == 1 or min(count.values()) * 3 <= max(count.values())
    }
    # What the text does not show, the given name may ("Marta", "Otto"; not "Kim").
    for mention in people:
        if mention.entity not in found:
            sex = sex_of_given_name(mention.entity.split()[0])
            if sex:
                found[mention.entity] = sex
    return found


_GIVEN_NAME_SEX = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


def sex_of_given_name(name: str) -> str:
    """ "m" or "f" for a given name most people bearing it have, "" for one shared or unknown
    (gender-guesser's table of about 40,000 names from many countries)."""
    return _GIVEN_NAME_SEX.get(_detector().get_gender(name.strip(".")), "")


@functools.cache
def _detector() -> Any:
    # Loaded on the first pronoun that needs it: about 0.6 s and 20 MB.
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)
