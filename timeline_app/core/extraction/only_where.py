"""A country named only as where: the end of a move, the ends of a route, a region's owner.

A state takes part when it stands for its government or people acting ("Iran said", "France
voted", "sanctions on Iran"); a country that only says where something went or lies does not,
as "in Kenya" does not (``actors._where_not_who``). The parse shows these where:

* the end of a move after "to" or "into": "the search was extended to Mexico", "invited the
  historian to Berlin", "the Syrian ambassador to Washington" (the host of an envoy);
* the ends of a route after "between": "suspended flights between Norway and Peru";
* the owner of a region that is where: "in Kenya's northern province", "at Chile's border".

A gift or a message "to" a state still makes it a party ("sold arms to Iran", "wrote to
France"): only verbs of moving and nouns of envoys say where.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction.grammar import guess_lemma
from timeline_app.core.extraction.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose "to" names where someone or something went, not whom it reached; not "go" or
# "come", whose "to" often names a winner ("the silver medal went to Chile"), nor "deploy",
# "send" or "transfer", whose "to" names a state that takes in troops or goods.
MOVING_VERBS = words("""
travel fly sail drive walk move extend expand spread return flee escape emigrate migrate
invite take bring relocate head evacuate
""")
# Nouns of an envoy, whose "to" names the state he is sent to, not one acting.
ENVOY_NOUNS = words("ambassador ambassadors envoy envoys consul consuls emissary")
# Nouns of a route, whose "between" names its ends.
ROUTE_NOUNS = words("""
service services flight flights route routes link links ferry ferries train trains bus buses
road roads rail railway pipeline cable
""")
# Nouns of a part of a country, whose owner is only where it lies.
REGION_NOUNS = words("""
capital city cities town towns province provinces region regions state states north south
east west northeast northwest southeast southwest coast border borders island islands desert
mountains countryside interior
""")
_TOWARDS = frozenset({"to", "into"})
_WHERE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around"})


def only_where(token: Token) -> bool:
    """Whether the country whose head word is ``token`` (or the first of the names it is
    listed with) only says where: see the module's note."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    cases = {c.lower_ for c in token.children if c.dep_ == "case"}
    head = token.head
    if cases & _TOWARDS:
        if head.pos_ == "VERB":
            return guess_lemma(head.text) in MOVING_VERBS
        # the parse often hangs the "to" phrase on the verb's object ("invited the
        # historian to Berlin"): the verb that governs that object says
        if head.lower_ in ENVOY_NOUNS:
            return True
        governor = head.head
        return (
            head.dep_ == "obj"
            and governor.pos_ == "VERB"
            and guess_lemma(governor.text) in MOVING_VERBS
        )
    if "between" in cases:
        return head.lower_ in ROUTE_NOUNS
    # only a region that is itself where ("in Kenya's northern province"): "Nairobi, Kenya's
    # capital" tells whose the city is
    return (
        token.dep_ == "nmod:poss"
        and head.lower_ in REGION_NOUNS
        and any(c.dep_ == "case" and c.lower_ in _WHERE for c in head.children)
    )
