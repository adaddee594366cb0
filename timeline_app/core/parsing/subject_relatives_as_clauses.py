"""A subject with a relative clause without "that" ("the rent bill the governor signed in
April will not calm the tenants") read as a clause of its own.

The parser often takes the subject's noun for the subject of the relative's verb, hangs the
relative's own subject on that noun as a name beside it ("the bill, Governor Tiel"), and
makes the relative's verb an adverbial clause of the sentence's predicate, sometimes with the
date's noun ("month") for the predicate's subject. The sentence's subject is then lost and the
signing told of the bill. The repair is made only where English allows no other reading: a
noun phrase that opens on a determiner, a second noun phrase right after it that opens on a
determiner or a name, then a past verb with no word to open a clause of its own ("when",
"and", a comma), no object of its own and nothing after it that could be one, hung on a later
verb that has no subject of its own. Then the second phrase is the relative's subject, the
relative describes the first noun, and the first noun is the later verb's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.head_moves import Move, move_heads
from timeline_app.core.parsing.object_gaps import nothing_to_take

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How the parser hangs the relative's verb on the sentence's predicate.
_MISREAD = frozenset({"advcl", "ccomp", "dep", "parataxis"})
# How the parser hangs the relative's subject on the noun before it.
_BESIDE = frozenset({"appos", "nmod:unmarked", "nmod:desc", "compound", "flat", "dep", "nmod"})
# Dependents that show the verb opens a clause of its own or has its own object.
_OWN = frozenset({"mark", "cc", "obj", "iobj", "ccomp", "xcomp", "expl", "cop"})
_AFTER_THE_VERB = frozenset({"PUNCT", "ADP", "ADV", "SCONJ", "SPACE"})
# Nouns of a date the parser may take for the predicate's subject ("last month may not").
_TIME_NOUNS = frozenset(
    [
        "day",
        "week",
        "weekend",
        "month",
        "year",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "season",
        "quarter",
        "decade",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def mend_subject_relatives_as_clauses(doc: Doc) -> None:
    """Read each subject's contact relative the parse made a clause of its own as the
    subject's (see the module)."""
    for verb in doc:
        found = _misread(verb)
        if found is None:
            continue
        noun, subject, predicate, date_noun = found
        moves: list[Move] = [
            (subject, verb, "nsubj"),
            (verb, noun, "acl:relcl"),
            (noun, predicate, "nsubj:pass" if _passive(predicate) else "nsubj"),
        ]
        if date_noun is not None:
            moves.append((date_noun, verb, "obl:unmarked"))
        # "added that the bill ... had ended": the "that" opens the predicate's clause
        moves += [(c, predicate, "mark") for c in _opening_that(verb, noun)]
        if not move_heads(moves):
            continue
        if verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children):
            verb.tag_ = "VBD"  # a verb with a subject and no auxiliary is past tense


def _misread(verb: Token) -> tuple[Token, Token, Token, Token | None] | None:
    """(the noun described, the relative's subject, the sentence's predicate, a date's noun
    the parse made the predicate's subject) when ``verb`` is such a misread relative."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in _MISREAD:
        return None
    predicate = verb.head
    if predicate.i <= verb.i or predicate.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    opening = _opening_that(verb, verb)
    if any(c.dep_ in _OWN and c not in opening for c in verb.children):
        return None
    if not _nothing_to_take(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or subjects[0].i > verb.i:
        return None
    noun = subjects[0]
    if noun.pos_ not in ("NOUN", "PROPN") or not any(
        c.dep_ == "det" and c.i < noun.i for c in noun.children
    ):
        return None
    beside = [
        c
        for c in noun.children
        if c.dep_ in _BESIDE and c.i > noun.i and c.right_edge.i == verb.i - 1
    ]
    if len(beside) != 1 or beside[0].left_edge.i != noun.i + 1:
        return None
    subject = beside[0]
    first = subject.left_edge
    if first.tag_ not in ("DT", "PRP$", "NNP", "NNPS") or first.lower_ in ("that", "this"):
        return None
    date_noun = None
    for child in predicate.children:
        if child.dep_ not in _SUBJECTS:
            continue
        if child.i > verb.i and child.lower_ in _TIME_NOUNS:
            date_noun = child  # "signed last month will not": the date, no subject
        else:
            return None
    return noun, subject, predicate, date_noun


def _opening_that(verb: Token, before: Token) -> list[Token]:
    """The "that" hung on ``verb`` before ``before`` that opens a clause round the whole
    sentence part ("added that the bill the governor signed ..."), which is the predicate's."""
    return [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < before.i]


def _nothing_to_take(verb: Token) -> bool:
    return nothing_to_take(verb, _AFTER_THE_VERB, at_the_end=False)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)
