"""Whom "he" or "she" stands for: the person the text is about at that point.

The nearest name is often the wrong one: in "Marta Quill studied under Ivo Brandt. In 1902
she moved to Lisbon." the one who moved is the subject of the sentence before, not the
teacher named last. Readers (and centering theory, Grosz, Joshi and Weinstein 1995) take a
pronoun for the most prominent person of the last sentence that has one, and a subject is
more prominent than an object. So the person is looked for, nearest first, among the persons
in subject position: in the pronoun's own sentence before it, then in the sentences before
that; failing that, the last person named. A person whose sex the text itself shows ("Mr.",
"Queen", or "his"/"her" in a sentence where only that person is named) is never taken for a
pronoun of the other. In the pronoun's own sentence only a subject counts: in "Following the
advice of his mentor Ivo Brandt, he returned", the one who returned is not the mentor. A name
the text gives no sign of being a person's (no sex the text or the given name shows, never
marked a person by the recogniser: a book, a symphony, a firm taken for a person's name) is
no one's pronoun; a wrong name is worse than "He".

"It" and "they" as a subject stand for the subject of the clause before, where it agrees:
"Columbia was lost when it broke up" (a thing, one) and "The rebels took the town. They
moved north" (several); "they" may also be a body named in the singular ("Acme opened a
plant. They also bought a rival") where no plural is in view. Only a noun is taken, from the
pronoun's own sentence or the nearest one before it with a subject, past a caption but never
past a speaker's words or into the paragraph before a caption. Where that subject does not
agree, the one name "of" it that does may ("There were 12 members of NATO. It has grown"),
else what a person or a speaker's "we" acted on ("We saw prices falling, but they rose").
Two subjects of joined main clauses that both agree leave the pronoun as written. "It"
before a verb that opens a clause ("it took until October to", "it is possible") stands for
nothing.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from timeline_app.core.extraction.lexicon import FIRM_NOUNS, lemma_of, words
from timeline_app.core.extraction.mention_shape import NameSpan
from timeline_app.core.extraction.name_cues import COMPANY_SUFFIXES, HONORIFICS, ROLE_NOUNS
from timeline_app.core.extraction.syntax import name_before_description, subject_span

if TYPE_CHECKING:
    from spacy.tokens import Doc


# A person's name in the text (``actors.Mention``, which imports this module)
Mention = NameSpan


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
# Nouns for a man or a woman that a "he" or "she" may stand for instead of a name: "Her
# daughter married a merchant. She lived until 1939." is the daughter, whoever was named before.
_MALE_NOUNS = _MALE_TITLES | words("""
    man boy grandfather grandson nephew widower groom stepfather stepson father-in-law
    son-in-law brother-in-law actor
""")
_FEMALE_NOUNS = _FEMALE_TITLES | words("""
    woman girl grandmother granddaughter niece widow bride stepmother stepdaughter
    mother-in-law daughter-in-law sister-in-law actress
""")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
_NOUN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
# Verbs whose "it" is empty when a clause follows: "it took until October to reach him", "it
# seems that", "it emerged that"; "it was" is never resolved.
_EMPTY_IT_VERBS = words("""
    be seem appear take become remain happen matter cost emerge turn follow mean need
    rain snow
""")
# Nouns that never stand behind "it" or "they": times and amounts ("The year ended. It ...").
_NOT_ANTECEDENT_NOUNS = words("""
    year years month months week weeks day days time times decade decades century hour hours
    percent per cent number part rest one ones reason fact way thing things lot
""")
_SINGULAR_TAGS = frozenset({"NN", "NNP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_NAME_DEPS = frozenset({"compound", "flat", "flat:name", "appos", "amod", "nmod", "det"})
_PERSONAL = frozenset({"he", "she"})
# How many sentences back a subject "it" or "they" is looked for, past sentences with none.
_THING_SENTENCES_BACK = 3
_QUOTES = frozenset({'"', "“", "”", "``", "''"})
# The one a person lives or moves with, whom "they" takes in with that person.
_PARTNER_NOUNS = words(
    "husband wife partner spouse fiance fiancé fiancee fiancée boyfriend girlfriend"
)
_SPEAKERS = frozenset({"i", "we", "you"})
# The named-entity labels of bodies that act: "they" may stand for one named in the singular.
_BODY_ENTITIES = frozenset({"ORG"})
# How many sentences back a pronoun's person is looked for sentence by sentence.
_SENTENCES_BACK = 6
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")


class PronounReference:
    """Resolves person pronouns of one article against its person mentions."""

    def __init__(
        self,
        text: str,
        people: Sequence[Mention],
        doc: Doc | None,
        bodies: Sequence[Mention] = (),
    ) -> None:
        self._text = text
        # where the finder's organisations lie: a body the parser's recogniser missed
        # ("Vantor Group", read as no organisation) is one still
        spans = sorted((m.start, m.end) for m in bodies)
        self._body_starts = [start for start, _ in spans]
        self._body_ends = [end for _, end in spans]
        self._people = sorted(people, key=lambda m: m.start)
        self._ends = [m.end for m in self._people]
        self._sentence_starts: list[int] = (
            [s.start_char for s in doc.sents] if doc is not None else [0]
        )
        self._subject = [_in_subject(m, doc) for m in self._people]
        self._sex = _sexes(text, self._people, doc, self._sentence_starts)
        self._evident = _evidently_people(self._people, self._sex, doc)
        self._doc = doc
        self._token_at: dict[int, int] = {t.idx: t.i for t in doc} if doc is not None else {}
        # sentence number -> its subject pronouns (offset, word)
        self._subject_pronouns: dict[int, list[tuple[int, str]]] = {}
        for token in doc or ():
            if token.lower_ in _PERSONAL and token.dep_ in _SUBJECT_DEPS:
                number = self._sentence_of(token.idx)
                self._subject_pronouns.setdefault(number, []).append((token.idx, token.lower_))
        self._resolved: dict[int, str | None] = {}
        self._fullest: dict[str, str] = {}
        # a caption or a heading ("John Smith, 2nd Earl of Clare") names no one a later "he"
        # stands for: only sentences with a verb do
        self._verbless = {
            self._sentence_of(sentence.start_char)
            for sentence in (doc.sents if doc is not None else ())
            if not any(t.pos_ in ("VERB", "AUX") for t in sentence)
        }

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
            sentence_of = self._sentence_of(self._people[n].start)
            if self._fits(self._people[n].entity, sex) and sentence_of not in self._verbless:
                by_sentence.setdefault(self._sentence_of(self._people[n].start), []).append(n)
        here = self._sentence_of(at)
        found: str | None = self._paragraph_topic(at, sex)
        for sentence in () if found else range(here, max(0, here - _SENTENCES_BACK) - 1, -1):
            earlier = [
                p
                for p in self._subject_pronouns.get(sentence, ())
                if p[0] < at and self._sex_of_pronoun(p[1]) == sex
            ]
            named = sorted(by_sentence.get(sentence, ()))
            subjects = [n for n in named if self._subject[n]]
            if sentence == here:
                # only a subject before it: "the advice of his mentor Brandt, he returned"
                first = min(
                    [(p[0], p[1]) for p in earlier]
                    + [(self._people[n].start, "") for n in subjects],
                    default=None,
                )
                if first is None:
                    # "Byron fell in love with Mary Chaworth, and she was the reason": a name
                    # in another clause; never one in the pronoun's own ("Following the
                    # advice of his mentor Ivo Brandt, he returned")
                    apart = [
                        n
                        for n in named
                        if self._clause_head(self._people[n].start) != self._clause_head(at)
                    ]
                    if apart:
                        found = self._people[apart[0]].entity
                        break
                    continue
                if first[1]:
                    found = self.person_for(first[1], first[0])
                else:
                    found = self._people[subjects[0]].entity
                break
            if earlier:
                found = self.person_for(earlier[0][1], earlier[0][0])
                break
            if not subjects and self._relative_is_subject(sentence, sex):
                break  # "Her daughter married Oskar Berg. She lived until 1939.": no name
            if named:
                found = self._most_named(subjects or named, at)
                break
        else:
            if by_sentence and found is None:  # further back than a few sentences: the last named
                found = self._people[max(max(v) for v in by_sentence.values())].entity
        self._resolved[at] = found
        return found

    def person_for_object(self, pronoun: str, at: int, besides: set[int]) -> str | None:
        """The person "him" or "her" after a verb stands for: the person a "he" or "she"
        there would stand for ("He went to Basel, and an illness gave him an excuse"), unless
        that is the clause's own subject, named or a pronoun at the offsets ``besides`` ("the
        judge barred him" is not the judge); then the nearest named before it, of its sex
        where known. A possessive "her" ("her career") is no one's object: None."""
        if self._is_possessive(at):
            return None
        sex = self._sex_of_pronoun(pronoun)
        owners = [
            m
            for m in self._people
            if m.start in besides
            and self._text[m.end : m.end + 2] in ("'s", "’s")
            and self._fits(m.entity, sex)
        ]
        if owners:
            # "Elian's relatives have cared for him": whose the subject is, the one it acts on
            return owners[0].entity
        excluded = self._subject_entities(besides)
        salient = self.person_for("he" if sex == "m" else "she", at) if sex else None
        if salient is not None and salient not in excluded:
            return salient
        for n in range(bisect_right(self._ends, at) - 1, -1, -1):
            mention = self._people[n]
            if mention.start < at - REACH:
                break
            if (
                mention.start not in besides
                and mention.entity not in excluded
                and self._fits(mention.entity, sex)
            ):
                return mention.entity
        return None

    def subject_before(self, at: int) -> str | None:
        """The one person named as the subject of the sentence right before the one at
        ``at``: whom "the appointment" opening the next sentence is of ("Ann Lee
        was named chief executive. The appointment takes effect Jan. 4."). None when that
        sentence's subject names no one, or more than one."""
        starts = self._sentence_starts
        before = self._sentence_of(at) - 1  # the index of the pronoun's sentence's start
        while before > 0 and not self._text[starts[before - 1] : starts[before]].strip():
            before -= 1  # a paragraph break the parser kept as a sentence of its own
        if before < 1:
            return None
        start = starts[before - 1]
        index = self._token_at.get(start)
        if self._doc is None or index is None:
            return None
        root = self._doc[index].sent.root
        # "William Walbrecher Jr., an executive at the bank, was named": a parse may make the
        # name the root and the verb a clause hung on it
        heads = [root, *(c for c in root.children if c.pos_ in ("VERB", "AUX"))]
        span = next((found for head in heads if (found := subject_span(head))), None)
        if span is None or any(
            c.dep_ == "conj" for t in self._doc.char_span(*span, "expand") or () for c in t.children
        ):
            return None  # none, or two joined: "Tom Hale and Ann Lee met"
        n = bisect_right(self._ends, span[0])
        if n < len(self._people) and self._people[n].start == span[0]:
            return self._people[n].entity
        return None

    def thing_for(self, pronoun: str, at: int) -> tuple[int, int] | None:
        """Where the noun phrase lies that the subject "it" or "they" at ``at`` stands for:
        the subject of an earlier clause of its sentence, nearest first, else of the sentence
        before, its main clause's first; None when none agrees or the pronoun is empty."""
        doc, index = self._doc, self._token_at.get(at)
        if doc is None or index is None:
            return None
        token = doc[index]
        subject = token.dep_ in _NOUN_SUBJECT_DEPS or _misread_expletive(token)
        if not subject or token.lower_ != pronoun:
            return None
        plural = pronoun == "they"
        empty = _empty_it(token) and not _misread_expletive(token)
        if (not plural and empty) or not _told_as_done(token.head):
            return None
        before, previous = _subjects_before(token, lambda t: t.head.i != token.head.i)
        # "Apple unveiled Lion. They also showed iOS 5": a body named in the singular is
        # "they" too, where no plural is in view that it could stand for instead
        bodies = plural and not any(self._agrees(c, True) for c in before + previous)
        for candidate in before + previous:
            if candidate.lower_ == pronoun:
                return self.thing_for(pronoun, candidate.idx)
            if bodies and self._named_body(candidate):
                return _noun_phrase(candidate)
            if candidate in before and _of_other_number(candidate, plural):
                # "The museum saw attendance levels reach 11,000 when it exhibited": a subject
                # of the other number nearer the pronoun is not what it stands for
                continue
            owned = _owned_object(candidate) if candidate in previous else None
            if (
                owned is not None
                and self._agrees(owned, plural)
                and (not self._agrees(candidate, plural) or _done_to_what_was_owned(token))
            ):
                # "NATO extended its mission in Kosovo. It was first deployed in 1999": what
                # was deployed is the mission
                return _owned_phrase(owned)
            if not self._agrees(candidate, plural):
                named = self._named_in(candidate, plural) if candidate in previous else None
                if named is not None:
                    # "There were 12 members of NATO. It has grown since": the one body the
                    # subject names is what "it" may stand for, not the many members
                    return _noun_phrase(named)
                thing = self._object_of_person(candidate, plural)
                if thing is not None:
                    # "Mr. Nadir bought Polly Peck in 1980. In 1989 it bought a fruit firm": a
                    # person is never "it"; the next in view is what the person acted on
                    owned = any(c.dep_ == "nmod:poss" and c.pos_ == "PRON" for c in thing.children)
                    return _owned_phrase(thing) if owned else _noun_phrase(thing)
                joined = self._joined_subject(candidate, previous, plural)
                if joined is not None:
                    # "The depot stood near the bakery, and troopers were surrounding the
                    # block. They searched it": the clause joined by "and" has the one that fits
                    return _noun_phrase(joined, joined=plural)
                return None  # the one the text is about does not fit: leave the pronoun
            if candidate in previous and self._rivalled(candidate, previous, plural):
                return None
            return _noun_phrase(candidate, joined=plural)
        return None

    def _rivalled(self, candidate: Any, subjects: list[Any], plural: bool) -> bool:
        """Whether another subject of a main clause of the same sentence agrees as well as
        ``candidate``: "The army took the port and the navy held the strait. It ..." may be
        either, so a title leaves "it" as written."""
        if not _main_clause(candidate.head):
            return False
        return any(
            other.i != candidate.i
            and other.lower_ != candidate.lower_
            and _main_clause(other.head)
            and self._agrees(other, plural)
            for other in subjects
        )

    def _joined_subject(self, candidate: Any, subjects: list[Any], plural: bool) -> Any | None:
        """The one subject of another main clause of the sentence before that agrees with the
        pronoun, when ``candidate``, its first main clause's, does not; None otherwise."""
        if candidate not in subjects or not _main_clause(candidate.head):
            return None
        agreeing = [
            other
            for other in subjects
            if other.i != candidate.i
            and _joined_to_main(other.head)
            and self._agrees(other, plural)
        ]
        return agreeing[0] if len(agreeing) == 1 else None

    def _object_of_person(self, subject: Any, plural: bool) -> Any | None:
        """The object of the verb whose subject is a person ("he", "she", a person's name),
        when it is a name or noun "it" (or "they") may stand for; None otherwise."""
        # a speaker's "we" or "I" is no "they" either: "We saw prices falling, but this year
        # they rose" is the prices
        person = subject.lower_ in _PERSONAL | _SPEAKERS or (
            subject.pos_ == "PROPN" and self._person_at(subject.idx)
        )
        if not person:
            return None
        thing = next((c for c in subject.head.children if c.dep_ == "obj"), None)
        if thing is None or not self._agrees(thing, plural):
            return None
        return thing

    def _named_body(self, noun: Any) -> bool:
        """Whether ``noun`` heads the name of a body (a firm, a party, an alliance) in the
        singular, no person's name."""
        return (
            noun.pos_ == "PROPN"
            and noun.tag_ in _SINGULAR_TAGS
            and (noun.ent_type_ in _BODY_ENTITIES or self._body_at(noun.idx))
            and not self._evident_person_at(noun.idx)
        )

    def _body_at(self, offset: int) -> bool:
        n = bisect_right(self._body_starts, offset)
        return n > 0 and offset < self._body_ends[n - 1]

    def _named_in(self, subject: Any, plural: bool) -> Any | None:
        """The one name "of" the subject phrase gives that agrees with the pronoun, when the
        subject itself does not and is no person ("members of NATO"); None otherwise."""
        if subject.pos_ != "NOUN":
            return None
        named = [
            c
            for c in subject.children
            if c.dep_ == "nmod" and c.pos_ == "PROPN" and self._agrees(c, plural)
        ]
        return named[0] if len(named) == 1 else None

    def _person_at(self, offset: int) -> bool:
        n = bisect_right(self._ends, offset)
        return n < len(self._people) and self._people[n].start <= offset

    def owner_for(self, pronoun: str, at: int) -> tuple[int, int] | None:
        """Where the noun phrase lies that the "its" or "their" at ``at``, in a clause's
        subject, stands for: "Acme said its profit rose" (Acme), "Acme had losses. Its stock
        fell" (Acme). A subject before it in its sentence that does not own it, nearest
        first, else the sentence before's, its main clause's first; one that is itself a
        pronoun or opened by one goes back further. None when none agrees."""
        doc, index = self._doc, self._token_at.get(at)
        if doc is None or index is None or pronoun not in ("its", "their"):
            return None
        token = doc[index]
        if token.lower_ != pronoun or token.dep_ != "nmod:poss":
            return None
        plural = pronoun == "their"
        owned = token.head
        before, previous = _subjects_before(
            token, lambda t: not owned.is_ancestor(t) and t.i != owned.i
        )
        for candidate in before + previous:
            if candidate.lower_ == ("they" if plural else "it"):
                return self.thing_for(candidate.lower_, candidate.idx)
            own = next((c for c in candidate.children if c.dep_ == "nmod:poss"), None)
            if own is not None and own.lower_ == pronoun:
                return self.owner_for(pronoun, own.idx)  # "Its stock fell": whose stock
            if candidate.lower_ in ROLE_NOUNS | _MALE_NOUNS | _FEMALE_NOUNS:
                return None  # "the chief executive": his or hers, never "its"
            if not self._agrees(candidate, plural) or _subjects_of(candidate.head) > 1:
                return None  # two subjects for one verb: a parse too unsure to name an owner
            if any(c.dep_ == "nmod" for c in candidate.children):
                return None  # "homes of the participants ... their computers": whose is unsure
            return _noun_phrase(candidate, joined=plural)
        return None

    def pair_for(self, at: int) -> tuple[str, str] | None:
        """The two people "they", "the couple" or "the pair" as a subject at ``at`` stands
        for: "Tom Hale married Sara Bell in 1960. They divorced in 1972." is Hale and Bell.
        Only when the sentence before names exactly two people, one of them its subject
        (named, or a "he" or "she" standing for one), and no plural noun is a subject there
        or before the pronoun in its own sentence; None otherwise."""
        doc, index = self._doc, self._token_at.get(at)
        if doc is None or index is None or doc[index].dep_ not in _NOUN_SUBJECT_DEPS:
            return None
        token = doc[index]
        sentence = token.sent
        if sentence.start == 0 or any(
            t.dep_ in _NOUN_SUBJECT_DEPS and t.tag_ in _PLURAL_TAGS
            for t in doc[sentence.start : token.i]
        ):
            return None
        prior = doc[sentence.start - 1].sent
        if any(t.dep_ in _NOUN_SUBJECT_DEPS and t.tag_ in _PLURAL_TAGS for t in prior):
            return None  # "The rebels took the town": they are the rebels
        start, end = prior.start_char, prior.end_char
        named = [(n, m) for n, m in enumerate(self._people) if start <= m.start < end]
        people = list(dict.fromkeys(m.entity for _n, m in named if m.entity in self._evident))
        subject = [m.entity for n, m in named if self._subject[n]]
        # the verb's own objects, "him" and "her" too: "proposed to her in front of a
        # painting by Jules Bastien-Lepage" is about her, not the painter
        done_to = [
            m.entity
            for _n, m in named
            if m.entity in people and _verb_argument(doc.char_span(m.start, m.end, "expand"))
        ]
        for t in prior:
            if t.lower_ in _PERSONAL and t.dep_ in _SUBJECT_DEPS:
                person = self.person_for(t.lower_, t.idx)
                if person is not None:
                    subject.append(person)
                    if person not in people:
                        people.insert(0, person)
            elif t.lower_ in ("him", "her") and t.tag_ == "PRP" and t.dep_ in _ARGUMENT_DEPS:
                person = self.person_for_object(t.lower_, t.idx, set())
                if person is None:
                    return None  # someone the text does not name: who the two are is unsure
                else:
                    done_to.append(person)
                    if person not in people:
                        people.append(person)
        if not subject or subject[0] not in people:
            return None
        first = subject[0]
        others = [p for p in people if p != first]
        objects = list(dict.fromkeys(p for p in done_to if p != first))
        if len(others) == 1:
            return first, others[0]
        if len(objects) == 1:
            return first, objects[0]
        if not others and not objects:
            # "Ana Ruiz lives in Toledo with her husband. They moved there in 2009": the one
            # person named and the spouse the sentence gives her, unnamed
            partners = [
                t
                for t in prior
                if t.lower_ in _PARTNER_NOUNS
                and t.dep_ not in _SUBJECT_DEPS
                and [c.lower_ for c in t.children if c.dep_ == "nmod:poss"] in (["his"], ["her"])
            ]
            if len(partners) == 1:
                owner = next(c for c in partners[0].children if c.dep_ == "nmod:poss")
                if self._fits(first, self._sex_of_pronoun(owner.lower_)):
                    return first, f"{owner.lower_} {partners[0].lower_}"
        return None

    def _agrees(self, noun: Any, plural: bool) -> bool:
        """Whether ``noun`` heads a phrase "they" (plural) or "it" may stand for."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _NOT_ANTECEDENT_NOUNS:
            return False
        joined = any(child.dep_ == "conj" for child in noun.children)
        if plural:
            return noun.tag_ in _PLURAL_TAGS or joined
        if noun.tag_ not in _SINGULAR_TAGS and not _one_name(noun) or joined:
            return False
        # a person is "he" or "she", never "it"; a name the text shows no person's ("Space
        # Shuttle Columbia", taken for one) may be "it"
        return not self._evident_person_at(noun.idx)

    def _evident_person_at(self, offset: int) -> bool:
        n = bisect_right(self._ends, offset)
        return (
            n < len(self._people)
            and self._people[n].start <= offset
            and self._people[n].entity in self._evident
        )

    def _paragraph_topic(self, at: int, sex: str) -> str | None:
        """Whom the paragraph before was about, when the pronoun at ``at`` opens a paragraph:
        the person (of its sex) who is the subject of at least two of its clauses, named or
        as "he" or "she", and of more than anyone else. "L'Enfant served on Washington's
        staff. While there, the Marquis de Lafayette commissioned L'Enfant to paint a
        portrait.\n\nHe was wounded at Savannah" is L'Enfant, not the marquis last named
        as a subject. None when no one was."""
        base = max(0, at - REACH)
        text_before = self._text[base:at]
        end = text_before.rfind("\n")
        if end < 0 or text_before[end:].strip() or not text_before[:end].strip():
            return None
        body = text_before[:end].rstrip()
        start, end = base + body.rfind("\n") + 1, base + end
        counts: Counter[str] = Counter()
        for n, mention in enumerate(self._people):
            if (
                start <= mention.start < end
                and self._subject[n]
                and self._fits(mention.entity, sex)
            ):
                counts[mention.entity] += 1
        for pronouns in self._subject_pronouns.values():
            for offset, word in pronouns:
                if start <= offset < end and self._sex_of_pronoun(word) == sex:
                    person = self.person_for(word, offset)
                    if person is not None:
                        counts[person] += 1
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _most_named(self, candidates: list[int], at: int) -> str:
        """Of the people at ``candidates`` (indexes, in text order), the one named most often
        before ``at``, the first of equals: "In 1758 his brother Karl died, and Tomas became
        the eldest son. He studied law" is Tomas, whom the text is about, not the brother
        named first; so is "At the invitation of Premier Olav Dahl, Brandt and his wife
        returned. He visited again" (the parse took Brandt for a third in a list)."""
        counts = Counter(self._fuller(m.entity) for m in self._people if m.start < at)
        entities = [self._fuller(self._people[n].entity) for n in candidates]
        return max(entities, key=lambda entity: counts[entity])

    def _fuller(self, entity: str) -> str:
        """The fullest name of the text that opens with ``entity``'s words: "Pierre Charles
        became the eldest son" is Pierre Charles L'Enfant, named in full before."""
        if entity not in self._fullest:
            fuller = [
                m.entity
                for m in self._people
                if " " in entity and m.entity.startswith(entity + " ")
            ]
            self._fullest[entity] = max(fuller, key=len) if fuller else entity
        return self._fullest[entity]

    def relative_for(self, pronoun: str, at: int) -> tuple[str, str] | None:
        """Whose relative, and which, a "he" or "she" stands for when a sentence before it
        has one as its subject, where ``person_for`` gives no name: "Anna Lind was a painter.
        Her daughter married a merchant. She lived until 1939." -> ("Anna Lind", "daughter").
        None when no such relative is near or whose it is is unknown."""
        if self._doc is None or self.person_for(pronoun, at) is not None:
            return None
        sex = self._sex_of_pronoun(pronoun)
        nouns = _MALE_NOUNS if sex == "m" else _FEMALE_NOUNS if sex else frozenset()
        here = self._sentence_of(at)
        for sentence in range(here - 1, max(0, here - _SENTENCES_BACK) - 1, -1):
            if not 0 < sentence <= len(self._sentence_starts):
                break
            start = self._sentence_starts[sentence - 1]
            span = self._doc.char_span(start, start + 1, alignment_mode="expand")
            if span is None or not len(span):
                break
            for t in span[0].sent:
                if t.dep_ in _NOUN_SUBJECT_DEPS and t.pos_ == "NOUN" and t.lower_ in nouns:
                    owner = [c for c in t.children if c.dep_ == "nmod:poss" and c.tag_ == "PRP$"]
                    if len(owner) != 1 or owner[0].lower_ not in ("his", "her"):
                        return None
                    whose = self.person_for(
                        "he" if owner[0].lower_ == "his" else "she", owner[0].idx
                    )
                    return (whose, t.lower_) if whose is not None else None
        return None

    def _relative_is_subject(self, sentence: int, sex: str) -> bool:
        """Whether a subject of sentence number ``sentence`` is a noun for a person of ``sex``
        named by no name ("her daughter", "the widow")."""
        if self._doc is None or not 0 < sentence <= len(self._sentence_starts) or not sex:
            return False
        nouns = _MALE_NOUNS if sex == "m" else _FEMALE_NOUNS
        start = self._sentence_starts[sentence - 1]
        span = self._doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        return any(
            t.dep_ in _NOUN_SUBJECT_DEPS and t.pos_ == "NOUN" and t.lower_ in nouns
            for t in span[0].sent
        )

    def _clause_head(self, offset: int) -> int | None:
        """The verb heading the clause of the word at ``offset`` (its index), if any."""
        if self._doc is None:
            return None
        span = self._doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        token = span[0]
        while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            token = token.head
        return token.i

    def _is_possessive(self, at: int) -> bool:
        index = self._token_at.get(at)
        return index is not None and self._doc is not None and self._doc[index].tag_ == "PRP$"

    def _subject_entities(self, offsets: set[int]) -> set[str]:
        """The people named, or stood for by "he" or "she", at ``offsets``."""
        found = {
            m.entity
            for m in self._people
            if m.start in offsets and self._text[m.end : m.end + 2] not in ("'s", "’s")
        }
        for offset in offsets:
            index = self._token_at.get(offset)
            if index is not None and self._doc is not None:
                word = self._doc[index].lower_
                if word in _PERSONAL:
                    person = self.person_for(word, offset)
                    if person is not None:
                        found.add(person)
        return found

    def evidently_person(self, entity: str) -> bool:
        """Whether the text shows ``entity`` to be a person (see ``_evidently_people``)."""
        return entity in self._evident

    def _fits(self, entity: str, sex: str) -> bool:
        """Whether a pronoun of ``sex`` may stand for ``entity``: a person, by the text's
        signs, of that sex or of one the text does not show."""
        return entity in self._evident and self._sex.get(entity, sex) in (sex, "")

    @staticmethod
    def _sex_of_pronoun(pronoun: str) -> str:
        low = pronoun.lower()
        return "m" if low in _MALE else "f" if low in _FEMALE else ""

    def _sentence_of(self, offset: int) -> int:
        return bisect_right(self._sentence_starts, offset)


_ARGUMENT_DEPS = frozenset({"obj", "dobj", "iobj", "obl", "pobj"})


def _verb_argument(span: Any) -> bool:
    """Whether the name ``span`` is an object of a verb ("married Sara Bell", "proposed to
    Ann Cole"), not of a noun ("a painting by Jules Bastien-Lepage")."""
    if span is None or not len(span):
        return False
    token = span.root
    return token.dep_ in _ARGUMENT_DEPS and token.head.pos_ in ("VERB", "AUX")


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
            break
        token = token.head
    # "Ana Ruiz, a banker, was named": the parse took the description for the subject
    if not span[0].is_sent_start:
        return False
    subjects = (c for c in span.sent.root.children if c.dep_ in _NOUN_SUBJECT_DEPS)
    named = next((name_before_description(s) for s in subjects), None)
    return named is not None and named[0] <= mention.start < named[1]


def _main_clause(verb: Any) -> bool:
    """Whether ``verb`` heads its sentence or a clause joined to the head by "and"."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _joined_to_main(verb: Any) -> bool:
    """Whether ``verb`` heads a main clause, reached from the sentence's head through "and"
    and complements only, never through a relative or adverbial clause."""
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _one_name(noun: Any) -> bool:
    """Whether ``noun`` ends a name of several capitalised words that looks plural but names
    one body: "Orbital Sciences", "General Motors" ("its rocket", "it said")."""
    return (
        noun.pos_ == "PROPN"
        and noun.tag_ in _PLURAL_TAGS
        and any(
            c.i < noun.i and c.text[:1].isupper() and c.dep_ in _NAME_DEPS for c in noun.children
        )
    )


def _of_other_number(noun: Any, plural: bool) -> bool:
    """Whether ``noun`` is plainly of the other number than the pronoun: a plural noun for
    "it", a singular one, alone, for "they"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if plural:
        return noun.tag_ in _SINGULAR_TAGS and not any(c.dep_ == "conj" for c in noun.children)
    return noun.tag_ in _PLURAL_TAGS


# Verbs of a body's own beginning or standing: "The firm raised its dividend. It was founded
# in 1990" is about the firm, whatever it did to what it owns.
_BEGINNING_VERBS = words("""
found establish form create incorporate set base headquarter list register start
""")


def _owned_object(subject: Any) -> Any | None:
    """The object of the subject's verb that the subject owns by "its" or "their" ("NATO
    extended its mission", "The rebels shelled their own town"), if there is one."""
    verb = subject.head
    for child in verb.children:
        if child.dep_ != "obj" or child.pos_ != "NOUN":
            continue
        owner = next((c for c in child.children if c.dep_ == "nmod:poss"), None)
        if owner is None:
            continue
        if owner.lower_ == "its" and subject.tag_ in _SINGULAR_TAGS:
            return child
        if owner.lower_ == "their" and subject.tag_ in _PLURAL_TAGS:
            return child
    return None


def _done_to_what_was_owned(pronoun: Any) -> bool:
    """Whether the pronoun's clause tells what was done to a thing rather than by the one who
    owns it: a passive ("It was first deployed in 1999") of no verb of a body's beginning
    ("It was founded in 1990" is the firm's)."""
    return pronoun.dep_ == "nsubj:pass" and _verb_lemma(pronoun.head) not in _BEGINNING_VERBS


def _owned_phrase(noun: Any) -> tuple[int, int]:
    """The owned noun's phrase without its "its" or "their", with a short phrase after it
    ("mission in Kosovo"): a title says what it is, not whose."""
    doc = noun.doc
    start = noun.i
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound", "nummod"):
            start = min(start, child.left_edge.i)
    end = noun.i
    for child in noun.rights:
        words = doc[noun.i + 1 : child.right_edge.i + 1]
        if child.dep_ == "nmod" and len(words) <= 4 and not any(t.is_punct for t in words):
            end = child.right_edge.i
        break
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _subjects_of(verb: Any) -> int:
    return sum(1 for c in verb.children if c.dep_ in _NOUN_SUBJECT_DEPS)


def _subjects_before(token: Any, keep: Callable[[Any], bool]) -> tuple[list[Any], list[Any]]:
    """The subjects a pronoun may stand for: those before it in its sentence that ``keep``
    allows, nearest first, and the sentence before's, its main clause's first."""
    doc, sentence = token.doc, token.sent
    before = [
        t
        for t in reversed(doc[sentence.start : token.i])
        if t.dep_ in _NOUN_SUBJECT_DEPS and keep(t)
    ]
    previous: list[Any] = []
    earlier = sentence
    for _ in range(_THING_SENTENCES_BACK):
        if earlier.start == 0:
            break
        if earlier is not sentence and "\n" in doc[earlier.start - 1].text_with_ws:
            break  # past a caption, never into the paragraph before it
        earlier = doc[earlier.start - 1].sent
        subjects = [t for t in earlier if t.dep_ in _NOUN_SUBJECT_DEPS]
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in earlier)
        if subjects or not verbless or any(t.text in _QUOTES for t in earlier):
            # past a caption or a heading ("Image: NASA.") only; a sentence with a verb
            # the parse gave no subject is no sign the pronoun reaches further, and a
            # speaker's words end the search
            previous = sorted(subjects, key=lambda t: (t.head.dep_ != "ROOT", t.i))
            break
    return before, previous


def _empty_it(token: Any) -> bool:
    """ "It took until October to reach him", "it is possible", "it emerged that": an "it"
    that holds the place of a clause, or of the weather, stands for no noun."""
    verb = token.head
    lemma = _verb_lemma(verb)
    if token.dep_ == "expl" or lemma == "be" or any(c.dep_ == "cop" for c in verb.children):
        return True
    clausal = any(child.dep_ in ("ccomp", "xcomp", "csubj", "advcl") for child in verb.children)
    return lemma in _EMPTY_IT_VERBS and (clausal or lemma in ("rain", "snow"))


def _misread_expletive(token: Any) -> bool:
    """ "It closed the branch in 2018": an "it" the parse calls empty before a verb that has
    an object and nothing else for a subject (no clause, no copula, no verb whose "it" is
    empty) is the verb's subject; an empty "it" holds the place of a clause or the weather,
    and "it closed the branch" has neither."""
    verb = token.head
    if token.dep_ != "expl" or token.lower_ != "it" or verb.pos_ != "VERB" or token.i > verb.i:
        return False
    deps = {child.dep_ for child in verb.children}
    if "obj" not in deps or deps & {"nsubj", "nsubj:pass", "csubj", "ccomp", "xcomp", "cop"}:
        return False
    return _verb_lemma(verb) not in _EMPTY_IT_VERBS | {"be", "have", "make", "give"}


def _verb_lemma(token: Any) -> str:
    # the shipped parser has no lemmatiser
    return lemma_of(token.lower_) or token.lower_


def _told_as_done(verb: Any) -> bool:
    """Whether the clause of ``verb`` tells what was done, in the past or the perfect ("it
    broke up", "they have left"), not what is or will be ("when it is released"): only then
    is its pronoun put back, since the title rules refuse what a bare "It" leaves empty."""
    group = [verb, *(child for child in verb.children if child.dep_ in ("aux", "aux:pass"))]
    if verb.dep_ == "ROOT" and any(t.dep_ == "aux:pass" for t in group):
        # "It is slated for release on June 24": a sentence's own passive, what was decided,
        # is named even in the present (a "when it is released" clause is not)
        return True
    return any(t.tag_ == "VBD" or (_verb_lemma(t) == "have" and t.dep_ == "aux") for t in group)


def _noun_phrase(noun: Any, *, joined: bool = False) -> tuple[int, int]:
    """The characters of the phrase ``noun`` heads, up to the noun and a short "of" phrase
    after it ("the results of the study"); never a relative clause, an apposition or what
    follows a comma. ``joined``: with the nouns "and" joins to it, for "they" ("Ann and Bob
    Lee married in 1950. They moved" is both, not Ann)."""
    if joined:
        last = [child for child in noun.rights if child.dep_ == "conj"]
        if last and not any(t.text in (",", ";") for t in noun.doc[noun.i : last[-1].i]):
            start = _noun_phrase(noun)[0]
            return start, _noun_phrase(last[-1])[1]
    start = noun.i
    for child in noun.lefts:
        if child.dep_ in ("det", "amod", "compound", "nmod:poss", "flat", "nummod", "nmod"):
            start = min(start, child.left_edge.i)
    end = noun.i
    for child in noun.rights:
        if child.dep_ in ("flat", "compound", "flat:name"):
            end = max(end, child.i)
        elif child.dep_ == "nmod" and child.right_edge.i - noun.i <= 5:
            words = noun.doc[noun.i + 1 : child.right_edge.i + 1]
            if words[0].lower_ == "of" and not any(t.is_punct for t in words):
                end = max(end, child.right_edge.i)
        else:
            break
    doc = noun.doc
    while start < noun.i and doc[start].is_punct:
        start += 1
    last = doc[end]
    return doc[start].idx, last.idx + len(last.text)


def _evidently_people(
    people: Sequence[Mention], sexes: dict[str, str], doc: Doc | None
) -> set[str]:
    """The entities the text shows to be people: a sex shown by the text or the given name,
    a rank or a role before a mention, or a mention the recogniser marks as a person's name. "Barstool Sports", "Case Grammar"
    or "Seventh Symphony", taken for two-word names, show none."""
    evident = {m.entity for m in people if sexes.get(m.entity)}
    if doc is None:
        return evident
    for mention in people:
        if mention.entity in evident:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        before = doc[span.start - 1].text.rstrip(".") if span.start else ""
        if (
            any(t.ent_type_ == "PERSON" for t in span)
            or span[0].text.rstrip(".") in HONORIFICS
            or before in HONORIFICS
            or before in ROLE_NOUNS
        ):
            evident.add(mention.entity)  # "Foreign Minister Bronislaw Geremek"
    return evident


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
        if mention.text != mention.entity and sex_of_given_name(mention.entity.split()[0]):
            # "Mr. Marbles" (her dog), "Mrs. Padalecki" (his mother): a title before a surname
            # alone may be another bearer's; the given name of the full one says more
            continue
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
    # What the text does not show, the name may: a title it opens with ("Tsar Peter", "Queen
    # Maud"), else the given name ("Marta", "Otto"; not "Kim").
    for mention in people:
        if mention.entity not in found:
            sex = _sex_of_name(mention.entity)
            if sex:
                found[mention.entity] = sex
    return found


def _sex_of_name(name: str) -> str:
    """The sex a name shows by its opening title or, after it, its given name; "" if none."""
    parts = [part.strip(".,") for part in name.split()]
    while len(parts) > 1:
        low = parts[0].lower()
        if low in _MALE_TITLES:
            return "m"
        if low in _FEMALE_TITLES:
            return "f"
        if parts[0] not in HONORIFICS:
            break
        parts = parts[1:]  # "Dr. Ana Ruiz": the given name after the title says it
    return sex_of_given_name(parts[0]) if parts else ""


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


# --- the firm a business story calls "the company" -------------------------------------------

# The last words of a body's name that no story calls "the company": a ministry, a court.
_PUBLIC_HEADS = words("""
ministry department council party union parliament assembly congress senate court cabinet
government administration army navy police agency commission authority committee office
exchange market
""")
# Words that end a firm's name ("Harlow Tools Inc.", "Norton Co.").
_FIRM_SUFFIXES = frozenset(s.lower() for s in COMPANY_SUFFIXES)
# How many sentences back the firm a description stands for is looked for.
_FIRM_SENTENCES_BACK = 8
_NAME_LINKS = frozenset({"&", "amp", "of", "de", "and"})


def firm_described(
    doc: Doc | None,
    text: str,
    span_of: tuple[int, int],
    organisations: Sequence[Mention],
    others: Sequence[Mention],
    person: Callable[[str], bool] = lambda _entity: True,
) -> tuple[int, int, str] | None:
    """The firm a definite description in the subject at ``[start, end)`` stands for, and
    which characters of the subject say it (the whole description, or the possessor of
    "the company's stock"): "Harlow Tools Inc. cut its dividend. The Akron, Ohio-based maker
    of garden tools said ..." is Harlow Tools Inc. As a reader does, the description is
    taken for the firm its own sentence names before it, else for the firm named in the
    nearest sentence before that names one; None when that sentence names two firms ("Acme
    bought Brio. The company ..." may be either), when the description names a firm or a
    person itself, when a relative clause says which firm ("the company that built the
    bridge"), or when it is not "the" ("a company")."""
    if doc is None:
        return None
    start, end = span_of
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    # the parse may read a place as the head ("the Toledo, Ohio, tool company") or tag the
    # firm's noun a verb ("the Elm Grove, Wis., concern took"): the first firm's noun counts
    firms = [t for t in span if t.lower_ in FIRM_NOUNS]
    # "the budget airline and hotel group", "the big dairy and brewing concern": a firm's
    # noun that modifies a later one is not the head, the last of the run is
    firm = next((t for t in firms if not _modifies_next(t, span)), firms[0] if firms else None)
    if firm is None:
        return None
    described = _firm_description(firm)
    if described is None:
        return None
    if firm.i + 1 < len(doc) and doc[firm.i + 1].lower_ in ("'s", "’s"):
        # "the company's stock": the possessor, without its "'s"
        described = (described[0], firm.idx + len(firm.text))
    elif firm.i != head.i and not _ends_subject(firm, span):
        return None  # "the company's chairman" aside, the firm is the subject's head
    first, last = described
    if last > end or first < head.sent.start_char:
        return None
    if any(first <= m.start < last for m in organisations):
        return None  # "the shipping company Nordlys": the description names it
    name = _firm_before(doc, text, (head, first), organisations, others, person, firm.lower_)
    return (first, last, name) if name is not None else None


def _firm_before(
    doc: Doc,
    text: str,
    at: tuple[Any, int],
    organisations: Sequence[Mention],
    others: Sequence[Mention],
    person: Callable[[str], bool],
    noun: str = "",
) -> str | None:
    """The one firm named before the offset in ``at`` in the sentence of its token, else in
    the nearest sentence before that names any; where that names two, the one of them it
    called by the description's ``noun`` ("Corda Group, a polling firm ... The
    firm"); else None."""
    token, first = at
    sentence = token.sent
    named = _firms_named(doc, text, (sentence.start_char, first), organisations, others, person)
    index = sentence.start
    for _ in range(_FIRM_SENTENCES_BACK):
        if named or index == 0:
            break
        sentence = doc[index - 1].sent
        index = sentence.start
        named = _firms_named(
            doc, text, (sentence.start_char, sentence.end_char), organisations, others, person
        )
    if len(named) > 1:
        called = _called_so(sentence, text, named, noun)
        return spelled_as_written(called, text) if called is not None else None
    return spelled_as_written(named[0], text) if named else None


def _called_so(sentence: Any, text: str, named: list[str], noun: str) -> str | None:
    """The one firm of ``named`` that ``sentence`` describes by ``noun`` in apposition
    ("Corda Group, a polling firm"): "the firm" after it is the one the text just
    called a firm, not another it named beside it; None when none or several are."""
    called = []
    for token in sentence:
        if token.lower_ != noun or token.dep_ != "appos" or token.head.pos_ != "PROPN":
            continue
        name = token.head
        flat = [c for c in name.children if c.dep_ in ("flat", "flat:name") and c.i > name.i]
        last = flat[-1] if flat else name
        first, end = _capitalised_run(sentence.doc, last, sentence.start)
        called += [n for n in named if _same_firm(n, text[first:end])]
    return called[0] if len(set(called)) == 1 else None


# A firm's accounts, which a business story names bare when they are the firm's: "Net income
# rose 21%", "Revenue inched up", "Shares rose 6 pence".
ACCOUNT_NOUNS = words("""
income profit profits earnings revenue revenues sales loss losses assets deposits shares stock
traffic output margin margins
""")


def owner_of_figure(
    doc: Doc | None,
    text: str,
    span_of: tuple[int, int],
    organisations: Sequence[Mention],
    others: Sequence[Mention],
    person: Callable[[str], bool] = lambda _entity: True,
) -> str | None:
    """Whose a bare figure of a firm's accounts as the subject at ``span_of`` is ("Norton Co.
    said net income fell 6%": Norton Co.'s), the firm named before it as for "the company"
    (see ``firm_described``); None when the subject says whose ("its profit", "sales of new
    homes"), is not bare ("the revenue"), or no one firm is named before it."""
    if doc is None:
        return None
    span = doc.char_span(*span_of, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.lower_ not in ACCOUNT_NOUNS or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of":
        return None  # "sales of new homes": whose the phrase says
    before = doc[span.start : head.i]
    if any(t.pos_ not in ("ADJ", "NOUN") or t.dep_ == "nmod:poss" for t in before):
        return None  # "its profit", "the revenue", "Acme's sales", "Tokyo stocks", "1.6 million shares"
    if any(t.pos_ == "PROPN" for t in span):
        return None  # "earnings for GM common stock": whose the phrase says
    if any(
        t.dep_ == "nmod:poss" or (t.dep_ == "nmod" and doc[t.left_edge.i].lower_ in ("of", "at"))
        for t in head.children
    ):
        return None  # "profit at the unit": whose the phrase says
    if any(m.start < head.idx + len(head.text) and span_of[0] < m.end for m in organisations):
        return None
    return _firm_before(doc, text, (head, span[0].idx), organisations, others, person)


def spelled_as_written(name: str, text: str) -> str:
    """The name as the story writes it in running text: a business story sets its first
    words in capitals ("UNIFIRST Corp. raised ..."), and a title writes "UniFirst Corp." as
    the story does further on, or, for a word it never writes otherwise, with a capital
    only when the capitals are that opening's or the word is English ("GOODY PRODUCTS Inc."
    -> "Goody Products Inc."). Initials ("CMS", "IBM") stay as they are."""
    out = []
    for word in name.split():
        if len(word) > 3 and word.isalpha() and word.isupper():
            found = re.search(rf"\b{word}\b", text)
            opening = found is not None and not text[: found.start()].strip(" \n&.'’")
            opening = opening or (found is not None and text[: found.start()].isupper())
            others = {
                m.group(0)
                for m in re.finditer(rf"\b{word}\b", text, flags=re.IGNORECASE)
                if not m.group(0).isupper() and m.group(0)[0].isupper()
            }
            if len(others) == 1:
                word = others.pop()
            elif opening or (found is not None and _common_noun(word.lower())):
                word = word.capitalize()  # the capitals of the story's first words
        out.append(word)
    return " ".join(out)


def _ends_subject(noun: Any, span: Any) -> bool:
    """Whether ``noun`` ends the subject ``span``, but for its "of" phrase or a phrase set
    off by a comma ("the casino company, 90%-owned by Ann Lee,")."""
    after = span[noun.i - span.start + 1 :]
    return not len(after) or after[0].lower_ in ("of", ",")


def _modifies_next(noun: Any, span: Any) -> bool:
    """Whether the words after ``noun`` in ``span`` go on with the same noun phrase, up to a
    later firm's noun ("airline and casino company"): then ``noun`` only modifies it."""
    for word in span[noun.i - span.start + 1 :]:
        if word.lower_ in FIRM_NOUNS:
            return True
        if not (
            word.pos_ in ("NOUN", "ADJ", "PROPN")
            or word.tag_ == "VBG"
            or word.text == ","
            or word.lower_ in ("and", "&")
        ):
            return False
    return False


def _firm_description(noun: Any) -> tuple[int, int] | None:
    """The characters of "the company", "the Akron, Ohio-based maker of garden tools" or
    "the Elm Grove, Wis., concern" when ``noun`` is the firm's noun ending such a phrase:
    "the" before it with only names, modifiers and commas between; None otherwise."""
    if noun.lower_ not in FIRM_NOUNS or noun.tag_ in _PLURAL_TAGS:
        return None
    if any(c.dep_ == "nmod:poss" for c in noun.children):
        return None  # "its parent company", "Acme's bank": whose, not which
    doc = noun.doc
    if any(
        c.dep_ in ("acl:relcl", "acl") and c.i > noun.i and doc[c.left_edge.i - 1].text != ","
        for c in noun.children
    ):
        return None  # "the company that built the bridge": the clause says which
    first = noun.i - 1
    while first >= noun.sent.start and doc[first].lower_ not in ("the", "this"):
        word = doc[first]
        if not (
            word.pos_ in ("PROPN", "ADJ", "NOUN", "NUM")
            or word.text in (",", "-", "&")
            or word.lower_ in ("and", "amp")
            or word.lower_.endswith("based")
            or word.tag_ == "VBG"  # "the brewing company", "a mining concern"
        ):
            return None
        first -= 1
    if first < noun.sent.start or (first > 0 and doc[first - 1].lower_ in ("of", "'s")):
        return None
    right = noun.i
    for child in noun.rights:
        if child.dep_ == "nmod" and doc[child.left_edge.i].lower_ == "of":
            right = child.right_edge.i  # "maker of hair accessories and cosmetic products"
        break
    return doc[first].idx, doc[right].idx + len(doc[right].text)


def _firms_named(
    doc: Doc,
    text: str,
    where: tuple[int, int],
    organisations: Sequence[Mention],
    others: Sequence[Mention],
    person: Callable[[str], bool],
) -> list[str]:
    """The firms named in ``where``, once each (by their fullest name): the finder's
    organisations other than public bodies; names ending on a company's suffix ("GOODY
    PRODUCTS Inc.", where the finder may have seen only part of it); and a clause's subject
    or object that is a proper name the finder took for no person or place ("American
    Medical received an offer", "bought Acme Freight"), which may be the firm the
    description stands for."""
    start, end = where
    found: list[tuple[int, int, str]] = []
    for mention in organisations:
        said = mention.text.split()
        if start <= mention.start and mention.end <= end and said:
            if said[-1].lower() in _PUBLIC_HEADS:
                continue
            found.append((mention.start, mention.end, mention.entity))
    for mention in others:
        if (
            start <= mention.start
            and mention.end <= end
            and getattr(mention, "kind", "") == "person"
            and not person(mention.entity)
        ):
            # "Nordlys bought Acme Freight": a name the finder took for a person's without a
            # sign of one may be a firm's
            found.append((mention.start, mention.end, mention.entity))
    span = doc.char_span(start, end, alignment_mode="expand")
    for token in span or ():
        if token.lower_.rstrip(".") in _FIRM_SUFFIXES and token.text[:1].isupper():
            found.append((*_capitalised_run(doc, token, span.start), ""))  # type: ignore[union-attr]
        elif token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.lower_ in ROLE_NOUNS:
            # "A Brio spokeswoman said the company warned buyers": whom she speaks for
            found.append((*_capitalised_run(doc, token, span.start), ""))  # type: ignore[union-attr]
        elif (
            token.dep_ in _NOUN_SUBJECT_DEPS | _NAMED_ARGUMENT_DEPS
            and (token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start))
            and token.lower_ not in _CALENDAR_WORDS | _PUBLIC_HEADS
            and not token.text.endswith(".")  # "Wilmington, Del.": a state, not a firm
            and not any(m.start <= token.idx < m.end for m in [*organisations, *others])
        ):
            first, last = _capitalised_run(doc, token, span.start)  # type: ignore[union-attr]
            opening = doc.char_span(first, last, alignment_mode="expand")
            if (
                opening is not None
                and opening[0].is_sent_start
                and not _named_inside_a_sentence(text[first:last], text)
            ):
                continue  # "Revenue rose", "Pretax profit fell": capitalised only to open it
            found.append((first, last, ""))
    names: list[str] = []
    taken: list[tuple[int, int]] = []
    for first, last, entity in sorted(found, key=lambda s: s[0] - s[1]):  # longest first
        if any(a < last and first < b for a, b in taken):
            continue  # part of a name read whole: "Service Corp." of "Service Corp. International"
        taken.append((first, last))
        name = entity or text[first:last]
        if not any(_same_firm(name, other) for other in names):
            names.append(name)
    return names


def _named_inside_a_sentence(name: str, text: str) -> bool:
    """Whether the text writes ``name`` with its capitals after a word of its sentence, as a
    name is ("... to American Medical's board"; "Pretax profit fell" is no name)."""
    return re.search(rf"[a-z,]\s+{re.escape(name)}\b", text) is not None


def _capitalised_run(doc: Doc, token: Any, floor: int) -> tuple[int, int]:
    """The characters of the name ending on ``token``: the capitalised words before it (and
    "&", "of", "'s" between them), from no earlier than the token at ``floor``."""
    first = token.i
    while first > floor and (
        doc[first - 1].text[:1].isupper()
        or doc[first - 1].lower_ in _NAME_LINKS
        or doc[first - 1].lower_ in ("'s", "’s")
    ):
        first -= 1
    while first < token.i and (
        doc[first].lower_ in _NAME_LINKS | {"the", "'s", "’s"} or doc[first].pos_ == "DET"
    ):
        first += 1
    return doc[first].idx, token.idx + len(token.text)


# Where an unknown name may stand as a firm besides the subject: "Nordlys bought Acme Freight"
# names two firms, so "the company" after it may be either.
_NAMED_ARGUMENT_DEPS = frozenset({"obj", "iobj", "conj"})
_CALENDAR_WORDS = words("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow
""")


@functools.lru_cache(maxsize=1024)
def _common_noun(low: str) -> bool:
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(low)


def _same_firm(one: str, other: str) -> bool:
    """Whether two names name one firm: "Unisys" and "Unisys Corp.", "Norton Co" and
    "Norton Co.": the words of one, less its suffix, open the other."""

    def core(name: str) -> list[str]:
        found = [w.lower().rstrip(".") for w in name.split()]
        while len(found) > 1 and found[-1] in _FIRM_SUFFIXES:
            found.pop()
        return found

    a, b = core(one), core(other)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return bool(shorter) and longer[: len(shorter)] == shorter
