"""Relative clauses without "that" ("the tax the council proposed last March") mended.

English may leave out the relative pronoun of an object relative: "the plan the regulator
drew up", "the car the suspects stole". The parser, trained on few of them, often takes the
second noun phrase for a second object of the main verb and hangs the relative's verb (and
the date with it) somewhere else, so "last March" went to the rejection, not the proposal.

The repair is made only where English allows no other reading: a common noun, then a noun
phrase that opens on a determiner, a possessive or a name, then a past verb that has no
subject, no object and no clause of its own, followed by nothing that could be its object.
Then the noun phrase is the verb's subject and the verb's clause describes the first noun.
Verbs that take a person and a clause ("told the council the plan failed") are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.head_moves import reaches_root
from timeline_app.core.parsing.object_gaps import DATE_OPENERS, adjunct_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs whose object may be followed by a whole clause: "told the board the deal collapsed".
CLAUSE_AFTER_OBJECT = frozenset(
    {
        "tell",
        "inform",
        "warn",
        "assure",
        "remind",
        "show",
        "promise",
        "convince",
        "notify",
        "persuade",
        "teach",
        "ask",
        "advise",
        "bet",
        "guarantee",
    }
)

# What a relative's verb may be followed by when its object is the noun it describes.
_AFTER_THE_VERB = frozenset({"PUNCT", "ADP", "ADV", "SCONJ", "CCONJ", "PART", "SPACE"})
# Where the parser hangs a contact relative's verb instead of on its noun: on the noun beside
# it, on the main verb (as a clause or as a predicate of the second noun, xcomp), or nowhere
# in particular.
_MISREAD = frozenset({"acl", "advcl", "ccomp", "dep", "parataxis", "conj", "xcomp", "ROOT"})
# The noun a contact relative describes is a subject or an object of its clause (which the
# parser sometimes calls a predicate, xcomp, when a noun phrase follows it).
_DESCRIBED = frozenset({"obj", "nsubj", "nsubj:pass", "xcomp"})
# Names of days and months, which stand after a noun as its date, never as a subject.
_TIME_WORDS = """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
_TIME_NAMES = frozenset(_TIME_WORDS.split())
# Dependents that show the verb already has its subject, object or clause.
_OWN_ARGUMENTS = frozenset(
    {"nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "aux", "aux:pass", "cop", "expl"}
)


def mend_contact_relatives(doc: Doc) -> None:
    """Re-attach each contact relative ``doc``'s parse got wrong (see the module)."""
    for verb in doc:
        if _told_as_participle(verb):
            # "the offer the company made": a verb with a subject and no auxiliary is in the
            # past tense, whatever the tagger read it as (the extractor reads only finite
            # verbs as happenings of their own)
            verb.tag_ = "VBD"
            continue
        found = _contact_relative(verb)
        if found is None:
            continue
        noun, subject = found
        following = adjunct_after(verb, (noun.head, noun, subject), _ADJUNCTS)
        moved = [t for t in (subject, verb, following) if t is not None]
        before = [(t, t.head, t.dep_) for t in moved]
        subject.head = verb
        subject.dep_ = "nsubj"
        verb.head = noun
        verb.dep_ = "acl:relcl"
        if following is not None:
            # "rejected the levy the board imposed last April": what follows the relative's
            # verb at once is the relative's (the nearer verb), not the main verb's
            following.head = verb
        if not all(reaches_root(t) for t in moved):
            # spaCy lets a head be set into a cycle, and a walk up a cycle never ends: the
            # checks above rule one out, and this makes sure
            for token, head, dep in before:
                token.head, token.dep_ = head, dep
            continue
        if verb.tag_ == "VBN":
            verb.tag_ = "VBD"


def _told_as_participle(verb: Token) -> bool:
    """Whether ``verb`` opens a contact relative the parse got right but tagged as a past
    participle: its subject is just before it and the noun it describes just before that."""
    if verb.dep_ != "acl:relcl" or verb.tag_ != "VBN":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i != verb.i - 1 or subjects[0].lower_ in _TIME_NAMES:
        return False
    if any(c.dep_ in ("aux", "aux:pass", "cop", "mark") for c in verb.children):
        return False
    opening = _opening(subjects[0])
    return opening is not None and opening.i > 0 and opening.nbor(-1).i == verb.head.i


def _contact_relative(verb: Token) -> tuple[Token, Token] | None:
    """(the noun described, the relative's subject) when ``verb`` opens a contact relative
    that the parse attached elsewhere, else None."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.i < 3:
        return None
    doc = verb.doc
    subject = doc[verb.i - 1]
    if subject.pos_ not in ("NOUN", "PROPN") or verb.dep_ not in _MISREAD:
        return None
    if subject.lower_ in _TIME_NAMES:
        return None  # "found the body Friday wrapped in bags": a date, then a participle
    # the subject may already be the verb's (the clause only hung from the wrong word)
    own = [c for c in verb.children if c.dep_ in _OWN_ARGUMENTS and c.i != subject.i]
    if own or (subject.head.i == verb.i and subject.dep_ != "nsubj"):
        return None
    opening = _opening(subject)
    if opening is None or opening.i < 1:
        return None
    noun = doc[opening.i - 1]
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS") or noun.is_sent_start:
        return None
    if noun.dep_ not in _DESCRIBED:
        return None  # "after the war the army collapsed": a phrase before the subject
    before = doc[noun.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and not (noun.tag_ == "NN" and before.head.i == noun.i):
        # "says the store breaks an agreement reached ...": a word in -s after a noun may
        # be the verb ("breaks"), and the participle then a reduced relative of its own; a
        # singular noun the word before modifies ("the pay deal") is no verb
        return None
    governor = noun.head
    if governor.pos_ == "VERB" and _lemma(governor) in CLAUSE_AFTER_OBJECT:
        return None
    if not _nothing_to_take(verb):
        return None
    # the new tree must stay a tree: the noun may not hang below the verb, nor the noun
    # below the subject
    if verb.is_ancestor(noun) or subject.is_ancestor(noun):
        return None
    return noun, subject


# The dependents that tell when, where or how, which may move to a nearer verb.
_ADJUNCTS = frozenset({"obl", "obl:unmarked", "obl:tmod", "advmod", "nmod:unmarked", "nmod:tmod"})


def _opening(subject: Token) -> Token | None:
    """The first word of the noun phrase ``subject`` heads, if it opens on a determiner, a
    possessive or a name ("the council", "its owners", "Mr Brandt"); else None."""
    doc = subject.doc
    start = subject.i
    while (
        start > 0
        and doc[start - 1].head.i == subject.i
        and doc[start - 1].dep_
        in (
            "det",
            "nmod:poss",
            "amod",
            "compound",
            "nummod",
            "flat",
        )
    ):
        start -= 1
    first = doc[start]
    if first.dep_ in ("det", "nmod:poss") or first.tag_ == "PRP$":
        return first if first.lower_ not in ("that", "this", "these", "those") else None
    if subject.pos_ == "PROPN" and first.pos_ == "PROPN":
        return first
    return None


def _nothing_to_take(verb: Token) -> bool:
    """Whether nothing after ``verb`` could be its object: the relative's object is the noun
    it describes."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return (
        following is None or following.pos_ in _AFTER_THE_VERB or following.lower_ in DATE_OPENERS
    )


def _lemma(verb: Token) -> str:
    """The verb's dictionary form (the pipeline has no lemmatiser)."""
    from lemminflect import getLemma

    found = getLemma(verb.lower_, upos="VERB")
    return found[0] if found else verb.lower_
