"""A plural noun joined to a noun by "and" or "or", tagged as a verb again as a noun.

"The ferry carried cars and vans", "They sent food and blankets": the tagger often reads the
plural after the conjunction as a present verb ("vans", "blankets" as VBZ) while the parser
still joins it, as a conjunct, to the noun before (or to the verb whose object that noun
is: "carried cars" and "vans"). A verb is never a conjunct of a noun;
the word continues the list of things, and every reader of the parse (the verb groups, the
titles) would otherwise take it for the clause's verb ("Ferry vans").

Only a conjunct with no subject or object of its own is retagged (a verb joined to a noun
by a misparse of "Prices rose and stocks fell" has its own subject), followed by no word
that could open its object ("and repairs nets"), and only a word the dictionary reads as a
plural noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.head_moves import move_heads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_CONJUNCTIONS = frozenset({"and", "or"})
# What may follow the last noun of a list (a preposition, a stop, a conjunction), and no
# object of a verb could begin with.
_AFTER_A_LIST = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ", "PART"})
# Dependents only a verb takes: a conjunct with any of these heads a clause of its own.
_CLAUSE_DEPENDENTS = frozenset(
    {"nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "cop", "ccomp", "xcomp", "mark"}
)


def mend_conjoined_nouns(doc: Doc) -> None:
    """Tag each plural joined to a noun by "and"/"or" NNS (see the module)."""
    for token in doc:
        if token.tag_ not in _PRESENT_TAGS or not _listed_noun(token):
            continue
        # joined to the verb whose object is the noun before "and": join it to the noun
        if token.head.tag_ not in _NOUN_TAGS and not move_heads([(token, token.nbor(-2), "conj")]):
            continue
        token.tag_ = "NNS"
        token.pos_ = "NOUN"


def _listed_noun(token: Token) -> bool:
    head = token.head
    if token.dep_ != "conj" or head.i >= token.i or token.i < 2:
        return False
    if token.nbor(-1).lower_ not in _CONJUNCTIONS:
        return False
    if head.tag_ not in _NOUN_TAGS and not _object_before_and(token):
        return False
    if any(child.dep_ in _CLAUSE_DEPENDENTS for child in token.children):
        return False
    if token.i + 1 < len(token.doc) and token.nbor(1).pos_ not in _AFTER_A_LIST:
        return False  # "and sells trucks", "and repairs nets": a verb and its object
    return _plural_noun(token.lower_)


def _object_before_and(token: Token) -> bool:
    """ "bought cranes and trucks" parsed as "bought cranes" and "trucks": the word before
    "and" is a plural object of the verb the word is joined to."""
    before = token.nbor(-2)
    return before.dep_ == "obj" and before.head.i == token.head.i and before.tag_ == "NNS"


def _plural_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    nouns = getAllLemmas(word, upos="NOUN").get("NOUN", ())
    return any(noun != word for noun in nouns)
