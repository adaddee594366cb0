"""A phrase that opens a sentence with no comma ends before the subject ("In the 2004 vote
farmers backed the plan", "On the 3rd guards searched the cells").

Without the comma the parser reads the opening phrase and the subject as one noun phrase,
its last noun the head: "the 2004 vote farmers" is where something happened, "the 3rd guards"
when, and the verb is left with no subject, so the clause is not read (or its title glues
the phrase to the subject: "Vote farmers backed plan"). English puts no noun right after
a noun that ends a phrase opened by a preposition unless it starts something new; where the
verb has no subject of its own, that last noun is it, and the phrase ends on the word
before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.core.parsing.head_moves import move_heads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl", "csubj"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# What may end the opening phrase: a noun, a year or number, or a day of the month
# written as an ordinal ("On the 3rd").
_PHRASE_ENDS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
_DAY_ORDINAL = re.compile(r"\d{1,2}(st|nd|rd|th)", re.IGNORECASE)
# Words that may stand between the subject and its verb ("farmers also backed").
_BETWEEN = frozenset({"RB", "MD", "VBD", "VBZ", "VBP", "VBN", "VBG"})


def mend_fronted_phrases(doc: Doc) -> None:
    """Split each sentence-opening phrase that the parse ran into the subject (see the
    module)."""
    for verb in doc:
        if verb.tag_ not in _FINITE_TAGS and not _has_auxiliary(verb):
            continue
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = _noun_before(verb)
        if subject is None or subject.i == 0 or not _ends_a_phrase(doc[subject.i - 1]):
            continue
        end = doc[subject.i - 1]
        if end.text[:1].isupper() and subject.text[:1].isupper():
            continue  # "In the late 1980s Acme Foods sued": one name runs on
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            # "On the 3rd guards": the subject took the phrase's preposition as its own
            if (
                subject.dep_ != "nsubj"
                or subject.head.i != verb.i
                or not _has_opening_case(subject)
            ):
                continue
            head, relation = verb, "obl"
        elif _opens_the_sentence(subject, verb):
            head, relation = subject.head, subject.dep_
        else:
            continue
        moves = []
        if subject.head.i != end.i:  # else the phrase already ends on its own head
            moves.append((end, head, relation))
            moves += [(c, end, c.dep_) for c in subject.children if c.i < end.i]
        moves.append((subject, verb, "nsubj"))
        move_heads(moves)


def _has_auxiliary(verb: Token) -> bool:
    return any(
        c.dep_ in ("aux", "aux:pass") and c.tag_ in _FINITE_TAGS | {"MD"} for c in verb.children
    )


def _noun_before(verb: Token) -> Token | None:
    """The noun right before the verb, past its adverbs and auxiliaries, or None."""
    index = verb.i - 1
    while index >= verb.sent.start and verb.doc[index].tag_ in _BETWEEN:
        if verb.doc[index].head.i != verb.i:
            return None
        index -= 1
    if index < verb.sent.start:
        return None
    noun = verb.doc[index]
    return noun if noun.tag_ in _NOUN_TAGS else None


def _has_opening_case(subject: Token) -> bool:
    """Whether a preposition that opens the sentence is marked as the subject's own."""
    return any(
        c.dep_ == "case" and c.tag_ == "IN" and c.i == subject.sent.start for c in subject.children
    )


def _ends_a_phrase(word: Token) -> bool:
    return word.tag_ in _PHRASE_ENDS or bool(_DAY_ORDINAL.fullmatch(word.text))


def _opens_the_sentence(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` lies in a prepositional phrase of ``verb`` that opens its
    sentence: the phrase's words run from the sentence's first word, a preposition."""
    phrase = subject
    while phrase.head.i != verb.i:
        if phrase.head.i == phrase.i:
            return False
        phrase = phrase.head
    if phrase.dep_ not in ("obl", "obl:tmod", "nmod", "advmod"):
        return False
    first = phrase.left_edge
    return first.i == verb.sent.start and first.tag_ == "IN" and first.dep_ == "case"
