"""Whether a title's object was cut so that a word lost the phrase it asks for.

A sub-editor never writes "Mayor says residents will be eligible" or "Governor announces
decision to pull state": "eligible" is empty without what one is eligible for, and "pull the
state" says the opposite of "pull the state out of the compact". Cutting a long object at
its last preposition can leave either, since an oblique is most often a phrase a headline may
drop ("rents will rise [in the spring]"). The parse says which words were left, so the caller
reads the object again from the parse's phrases, leaving out others (the residents' "of the
flooded district") to keep the one asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adjectives and participles that say nothing without their phrase: "would be eligible [for
# free repairs]", "were not engaged [in the strike]", "is liable [for the damage]".
_ASKING_WORDS = lexicon.words("""
    eligible entitled liable responsible subject prone immune exempt accountable engaged
    involved""")
# Prepositions that, after a verb and its object, say where the object went: "pull the state
# [out of the compact]", "turn the plan [into law]" (the verb alone says another thing).
_WHERE_TO = lexicon.words("out into onto off")
# Verbs whose oblique is the news: "the warning came [from a server abroad]".
_ASKING_VERBS = {"came": "from", "comes": "from", "come": "from", "stemmed": "from"}
_OBLIQUES = frozenset({"obl", "obl:arg"})
# Prepositions that name whom or where an infinitive's deed reaches, when it has no object of
# its own: "wants the envoys to meet [with the boy]", "to route [to her court]".
_REACHED_BY = lexicon.words("with to into onto on upon")


def asked_complement(verb: Token, kept: set[int]) -> Token | None:
    """The head of a phrase that a kept word of the object of ``verb`` (the words at offsets
    ``kept``) asks for and the cut left out; None when no kept word lost one."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.idx not in kept:
            continue
        for child in token.children:
            if child.i > token.i and child.idx not in kept and _asks_for(token, child, kept):
                return child
    return None


def _asks_for(word: Token, child: Token, kept: set[int]) -> bool:
    """Whether ``word`` is empty or turned round without its later dependent ``child``."""
    low = word.lower_
    if low in _ASKING_WORDS:
        return child.dep_ in _OBLIQUES or child.dep_ == "xcomp" and _marked_by_to(child)
    if _bare_infinitive(word, kept):
        # "agrees to acquire [the testing businesses]", "wants the envoys to meet [with the
        # boy]": a title ending on the infinitive tells an aim without what it aims at
        if child.dep_ in ("obj", "iobj"):
            return True
        if child.dep_ in _OBLIQUES and _first_case(child) in _REACHED_BY:
            return True
    if child.dep_ not in _OBLIQUES:
        return False
    case = _first_case(child)
    if case is None:
        return False
    if _ASKING_VERBS.get(low) == case:
        return True
    has_object = any(c.dep_ == "obj" and c.idx in kept for c in word.children)
    return word.pos_ == "VERB" and has_object and case in _WHERE_TO


def _bare_infinitive(word: Token, kept: set[int]) -> bool:
    """Whether ``word`` is a verb after "to" that the cut left with nothing after it."""
    if word.pos_ != "VERB" or not _marked_by_to(word):
        return False
    return not any(t.idx in kept for t in word.doc[word.i + 1 : word.sent.end])


def _first_case(noun: Token) -> str | None:
    """The first preposition of a noun's phrase ("out" of "out of the compact")."""
    for child in noun.children:
        if child.dep_ == "case" and child.i < noun.i:
            return child.lower_
    return None


def _marked_by_to(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children)
