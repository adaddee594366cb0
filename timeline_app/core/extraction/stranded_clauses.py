"""Whether a title's object was cut so that a clause inside it lost its verb.

A sub-editor never writes "Mayor says the new bridge" or "Council orders the tenants": the
first keeps the subject of what was said without what it did, the second the object of a verb
of bidding without what it was bidden to do ("to leave"). Cutting a long object at its last
preposition can leave either; the parse says which words were left, so the caller reads the
object again from the parse's phrases, which keep a clause's verb with its subject. When no
phrase can go, the said clause is told short: its subject's head, its verb group and the
verb's own object ("Regulator declares owners must rehouse every tenant").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import dictionary_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# Verbs that bid or let the one they name do something ("ordered them [to leave]"): the parse
# calls some of their infinitives adverbial, which after other verbs say a purpose ("sold the
# unit [to cut debt]"), a phrase a headline may leave out.
_BIDDING = lexicon.words("""
    order ask urge tell force want allow require invite persuade instruct direct compel press
    encourage authorize authorise permit expect need help advise warn call""")
# What the parse may call the infinitive a verb of bidding takes ("asked them [not to turn]").
_BIDDEN = frozenset({"advcl", "parataxis", "conj"})
# A said clause the parse hangs beside the verb of saying, its subject read as the object
# ("declared his deputy, Ana Ruiz, [would lead]").
_SAID_BESIDE = frozenset({"parataxis", "ccomp"})


def stranded_verb(verb: Token, kept: set[int]) -> Token | None:
    """The verb that the object of ``verb`` made of the words at offsets ``kept`` lost while
    keeping its subject, or what a verb of bidding bade ("to leave") while keeping whom; None
    when the object strands no clause."""
    kept = kept | {verb.idx}
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.idx not in kept:
            continue
        head = token.head
        stranded = token.dep_ in _SUBJECTS and head.i > token.i and head.idx not in kept
        if stranded and _under(head, verb):
            return head
        if token.dep_ in ("obj", "iobj") and head.idx in kept:
            left = _left_after(head, token, kept)
            if left is not None:
                return left
    return None


def _left_after(head: Token, named: Token, kept: set[int]) -> Token | None:
    """The clause of ``head`` after ``named`` (its object) that the cut left out: "ordered the
    tenants [to leave]", "declared his deputy[, Ana Ruiz,] [would lead]"."""
    for child in head.children:
        if child.i <= named.i or child.idx in kept or child.pos_ not in ("VERB", "AUX"):
            continue
        bidden = child.dep_ == "xcomp" or (
            child.dep_ in _BIDDEN and _lemma(head) in _BIDDING and not _coordinated(child)
        )
        if bidden and _marked_by_to(child) or said_beside(child):
            return child
    if _lemma(head) in _BIDDING:
        # "urged inspectors [based in Corvia] [to route ...]": the parse hangs what was bidden
        # on the participle that describes whom
        for participle in named.children:
            if participle.dep_ != "acl" or participle.i < named.i:
                continue
            for child in participle.children:
                bidden = child.dep_ in _BIDDEN and child.pos_ == "VERB" and not _coordinated(child)
                if (
                    bidden
                    and child.i > participle.i
                    and child.idx not in kept
                    and _marked_by_to(child)
                ):
                    return child
    return None


def said_beside(clause: Token) -> bool:
    """Whether ``clause`` is what was said, hung beside the verb of saying with its subject
    read as that verb's object ("declared [his deputy] would lead")."""
    return clause.dep_ in _SAID_BESIDE and _subjectless_finite(clause)


def bids(verb: Token) -> bool:
    """Whether ``verb`` bids or lets the one it names do something ("urged", "wants")."""
    return _lemma(verb) in _BIDDING


def _lemma(verb: Token) -> str:
    """The verb's dictionary form (the shipped parser has no lemmatiser)."""
    low = verb.lower_
    return lexicon.lemma_of(low) or dictionary_lemma(low) or low


def _coordinated(verb: Token) -> bool:
    """ "and to cut jobs": a second infinitive joined by its conjunction, not one bidden."""
    return any(c.dep_ == "cc" for c in verb.children)


def _marked_by_to(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def _subjectless_finite(verb: Token) -> bool:
    """A verb with an auxiliary of its own ("would lead") and no subject: the parse took its
    subject for the object of the verb before it."""
    children = list(verb.children)
    return not any(c.dep_ in _SUBJECTS for c in children) and any(
        c.dep_ == "aux" and c.i < verb.i and c.lower_ != "to" for c in children
    )


def _under(word: Token, verb: Token) -> bool:
    """Whether ``word`` is inside the clause of ``verb`` (not a clause the parse hangs
    elsewhere)."""
    for _ in range(8):
        if word is verb or word.i == verb.i:
            return True
        if word.head is word:
            return False
        word = word.head
    return False


def clause_above(last: Token, verb: Token, kept: set[int]) -> Token | None:
    """The finite verb of a clause below ``verb`` whose subject the object's last word
    ``last`` ends, when the cut left that verb out: "declared that her deputy[, Ana Ruiz,
    would lead]", where the parse hangs the subject on the "that" and not on the verb. None
    when the last word is no noun or belongs to no finite clause left without its verb
    ("after hitting [a homer]" is a participle's phrase a headline may leave out)."""
    if last.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    word = last
    for _ in range(8):
        head = word.head
        if head is word or head.i == verb.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            lost = head.i > last.i and head.idx not in kept and finite_verb(head)
            # what was said, not a saying with its own subject after ("..., officials said")
            said = head.dep_ == "ccomp" and not any(
                c.dep_ in _SUBJECTS and last.i < c.i < head.i for c in head.children
            )
            return head if lost and said and _under(head, verb) else None
        word = head
    return None


def finite_verb(verb: Token) -> bool:
    """A verb with a tense of its own or an auxiliary before it: a clause's verb, not a
    participle's or an infinitive's."""
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(
        c.dep_ in ("aux", "aux:pass") and c.i < verb.i and c.lower_ != "to" for c in verb.children
    )


def clause_subject(lost: Token, kept: set[int]) -> Token | None:
    """The head of the kept subject of ``lost``, the verb the object's cut left out: its own
    subject when the parse gives one, else the last noun kept before it (the parse may have
    hung the subject elsewhere)."""
    own = [c for c in lost.children if c.dep_ in _SUBJECTS and c.i < lost.i and c.idx in kept]
    if own:
        return own[-1]  # the parse may call an adjective before it a subject too
    nouns = [
        t
        for t in lost.doc[lost.sent.start : lost.i]
        if t.idx in kept and t.pos_ in ("NOUN", "PROPN", "PRON") and _under(t, lost)
    ]
    if not nouns and said_beside(lost):
        # "declared his counterpart[, Ivan Petrov,] would help": the subject read as the
        # object of the verb of saying
        nouns = [c for c in lost.head.children if c.dep_ == "obj" and c.idx in kept]
    return nouns[-1] if nouns and nouns[-1].i < lost.i else None


def bare_subject_offsets(subject: Token) -> set[int]:
    """The offsets of the subject's head and its determiner or possessive only ("his
    [Russian] counterpart"), for a clause with no room for more."""
    return {subject.idx} | {
        c.idx for c in subject.lefts if c.dep_ in ("det", "det:poss", "nmod:poss")
    }


def verb_group_offsets(lost: Token, subject: Token) -> set[int]:
    """The offsets of ``lost`` and the words of its verb group between its subject and it:
    "[would] lead", "[have] elected", "[can not] evict"."""
    group = {lost.idx}
    for child in lost.children:
        if subject.i < child.i < lost.i and (
            child.dep_ in ("aux", "aux:pass", "cop")
            or child.dep_ == "advmod"
            and child.lower_ in ("not", "n't", "never")
        ):
            group.add(child.idx)
    return group


def listener_offsets(verb: Token, lost: Token) -> set[int]:
    """The offsets of whom ``verb`` told the clause of ``lost`` ("told [a news conference]
    that the curfew would stay"): the phrase a headline drops first to keep what was told;
    empty when the verb names no one before that clause."""
    clause = lost
    while clause.head.i not in (verb.i, clause.i):
        clause = clause.head
    if clause.head.i != verb.i or clause.i == verb.i or clause.dep_ != "ccomp":
        return set()
    return {
        word.idx
        for child in verb.children
        if child.dep_ in ("obj", "iobj") and child.i < clause.left_edge.i
        for word in child.subtree
    }


def untold_clause(verb: Token, kept: set[int]) -> Token | None:
    """The clause that ``verb`` told and the object of the words at offsets ``kept`` left
    out whole, keeping only whom it was told ("tells [the city council]"); None when the
    object keeps any of it or more than the listener."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        heard = listener_offsets(verb, clause)
        told = {word.idx for word in clause.subtree}
        if heard and kept and kept <= heard and not kept & told:
            return clause
    return None
