"""A subject with a relative clause without "that" ("The bridge the army built in 1952
collapsed on Sunday") read with the later verb as the sentence's.

Two noun phrases in a row, then a past verb, open a sentence whose subject carries a
contact relative: "the bridge" is what "the army built". The parser often takes the
relative's verb for the sentence's (with two subjects) and hangs the real predicate on it as
a second clause, so the sentence told that the army built a bridge "collapsed". The repair
is made where nothing else can be meant: the relative's verb has the two noun phrases
before it as its subjects or object and takes nothing else, and a later past verb with no
subject of its own hangs from it with no comma, conjunction or "that" between them. Then
the later verb is the sentence's, the first noun its subject, and the relative's verb
describes that noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.head_moves import move_heads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How the parser hangs the real predicate on the relative's verb.
_MISREAD = frozenset({"advcl", "xcomp", "conj", "parataxis", "ccomp", "dep"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# A past form the tagger may call a verb or an adjective ("expired", "closed").
_VERBAL = frozenset({"VERB", "ADJ"})
# Dependents that show a verb has arguments of its own beyond the two noun phrases.
_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "csubj"})
# Words between the two verbs that would open a clause of their own ("and", ",", "that").
_OPENERS = frozenset({"cc", "mark", "punct"})
# What of the relative's verb's dependents, lying past the predicate, is the predicate's.
_CLAUSE_LEVEL = frozenset(
    {"punct", "obl", "obl:unmarked", "obl:tmod", "advmod", "advcl", "conj", "cc", "parataxis"}
)


def mend_subject_relatives(doc: Doc) -> None:
    """Make each sentence's predicate its root where the parse took a subject's contact
    relative for it (see the module)."""
    for sentence in doc.sents:
        found = _misread(sentence.root)
        if found is None:
            continue
        relative, noun, predicate = found
        moves = [
            (predicate, predicate, "ROOT"),
            (noun, predicate, "nsubj:pass" if _passive(predicate) else "nsubj"),
            (relative, noun, "acl:relcl"),
        ]
        moves += [
            (c, predicate, c.dep_)
            for c in relative.children
            if c.dep_ in _CLAUSE_LEVEL and (c.i > predicate.i or c.i < noun.left_edge.i)
        ]
        if not move_heads(moves):
            continue
        predicate.pos_ = "VERB"
        for verb in (relative, predicate):
            if verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children):
                verb.tag_ = "VBD"  # a verb with a subject and no auxiliary is past tense


def _misread(relative: Token) -> tuple[Token, Token, Token] | None:
    """(the relative's verb, the noun it describes, the sentence's predicate) when the
    sentence rooted at ``relative`` is so misread, else None."""
    if relative.pos_ != "VERB" or relative.tag_ not in ("VBD", "VBN"):
        return None
    doc = relative.doc
    subject = doc[relative.i - 1] if relative.i > 0 else None
    if subject is None or subject.head.i != relative.i or subject.dep_ != "nsubj":
        return None
    if subject.pos_ not in ("NOUN", "PROPN") or not _opens_on_determiner(subject):
        return None
    noun = doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if noun is None or noun.pos_ != "NOUN" or noun.head.i != relative.i:
        return None
    if noun.dep_ not in ("nsubj", "nsubj:pass", "obj"):
        return None
    if not any(c.dep_ == "det" for c in noun.children):
        return None
    predicates = [
        c
        for c in relative.children
        if c.dep_ in _MISREAD
        and c.pos_ in _VERBAL
        and c.tag_ in ("VBD", "VBN")
        and c.i > relative.i
    ]
    if len(predicates) != 1:
        return None
    predicate = predicates[0]
    own = [
        c
        for c in relative.children
        if c.dep_ in _ARGUMENTS and c.i not in (noun.i, subject.i, predicate.i)
    ]
    if own or any(c.dep_ in _SUBJECTS for c in predicate.children):
        return None
    between = doc[relative.i + 1 : predicate.i]
    if any(t.dep_ in _OPENERS or t.lower_ in ("that", "which", "who") for t in between):
        return None
    return relative, noun, predicate


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _opens_on_determiner(subject: Token) -> bool:
    """Whether ``subject``'s phrase opens on a determiner, a possessive or a name: a noun
    phrase of its own ("the army", "its owners", "the Tarrow family"), not a compound's
    second half."""
    first = subject.left_edge
    return first.dep_ in ("det", "nmod:poss") or first.tag_ == "PRP$" or first.pos_ == "PROPN"
