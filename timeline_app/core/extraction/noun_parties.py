"""Who and where a happening named by its noun alone is about, from the noun's own phrase.

"Hungary's 1956 uprising", "the 1998 Indonesian election", "the 1994 treaty between Jordan
and Israel", "the 2010 earthquake in Haiti": the noun names its parties itself, as its
possessor, a nationality or a name set before it, a "between", "by" or "with" phrase, or an
"in" phrase of place. A sub-editor puts them in the headline ("Indonesia holds election",
"Jordan and Israel sign treaty", "Earthquake strikes Haiti"); a reader wants to know who, not
only what. Only names are parties: "the agreement between the two towns" names no one a
title can stand on its own, and keeps its bare predicate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from timeline_app.core.extraction.actors import Mention, NameKind, NameRole

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["NounParties", "noun_parties"]

# what a noun's party hangs on it by: who did it, with whom, both sides, and where
_DOER_CASES = frozenset({"by"})
_JOINT_CASES = frozenset({"between"})
_PARTNER_CASES = frozenset({"with"})
_PLACE_CASES = frozenset({"in"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# the words before a noun that say whose it is: "the Indonesian election", "the UN resolution"
_BEFORE_ROLES = frozenset({"amod", "compound"})
_PARTY_KINDS = frozenset({NameKind.COUNTRY, NameKind.ORGANISATION, NameKind.PERSON})


class NounParties(NamedTuple):
    """The parties a happening noun's phrase names, as a title writes them."""

    # who did it: the possessor, a nationality or name before the noun, the "by" phrase, or
    # both sides of a "between" phrase
    doers: tuple[str, ...] = ()
    # the other side, named after "with" ("the 2001 agreement with Peru")
    partner: str = ""
    # where, named after "in" ("the 2010 earthquake in Haiti")
    place: str = ""
    # the doers are the two sides of a "between" phrase, not one doer
    joint: bool = False
    # the doer is named by "by" ("the 1921 revolt by the Kurds"), not as whose or where
    agent: bool = False
    # the place is a country named as such ("in Peru"), which may hold what took place there
    state: bool = False
    # the words before the noun that named a doer, which the title's phrase leaves out
    before: frozenset[int] = frozenset()
    # the parties as the event's actors (a country named as the place is one too)
    actors: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.doers or self.partner or self.place)


def noun_parties(
    noun: Token, date: tuple[int, int], mentions: list[Mention], *, body_before: bool = True
) -> NounParties:
    """The parties ``noun``'s phrase names (not counting the date at ``date``), read with the
    names the finder found in it (``mentions``); a body named before the noun ("the UN
    resolution") is its doer only when ``body_before`` (a country always is)."""
    doers: list[str] = []
    actors: list[str] = []
    before: set[int] = set()
    joint = agent = state = False
    partner = place = ""
    for child in noun.children:
        if _in_date(child, date):
            continue
        if child.i < noun.i:
            if child.dep_ == "nmod:poss" or _possessive_compound(child):
                party = _party(child, mentions, actors)
            elif child.dep_ in _BEFORE_ROLES:
                # a nationality or a body before the noun, but only one the finder knows:
                # "the 2004 Labour election" may be the party's own, not the country's
                party = _party(
                    child, mentions, actors, known_only=True, countries_only=not body_before
                )
            else:
                continue
            if party:
                doers.append(party)
                before.update(t.i for t in child.subtree)
            continue
        case = _case(child)
        if child.dep_ != "nmod" or not case:
            continue
        if case in _DOER_CASES and not doers:
            party = _party(child, mentions, actors)
            if party:
                doers.append(party)
                agent = True
        elif case in _JOINT_CASES and not doers:
            sides = [_party(side, mentions, actors) for side in _sides(child)]
            if len(sides) >= 2 and all(sides):
                doers.extend(sides)
                joint = True
        elif case in _PARTNER_CASES and not partner:
            partner = _party(child, mentions, actors)
        elif case in _PLACE_CASES and not place:
            place = _party(child, mentions, actors, place=True)
            state = bool(place) and any(
                m.kind == NameKind.COUNTRY
                and m.role == NameRole.NAME
                and m.start <= child.idx < m.end
                for m in mentions
            )
    return NounParties(
        tuple(doers), partner, place, joint, agent, state, frozenset(before), tuple(actors)
    )


def _case(token: Token) -> str:
    return next((c.lower_ for c in token.children if c.dep_ == "case" and c.i < token.i), "")


def _in_date(token: Token, date: tuple[int, int]) -> bool:
    return date[0] <= token.idx < date[1]


def _possessive_compound(token: Token) -> bool:
    """A name with its "'s" that the parse calls a compound ("Peru 's election")."""
    return token.dep_ == "compound" and any(c.lower_ in _POSSESSIVE_MARKS for c in token.children)


def _sides(token: Token) -> list[Token]:
    """The two (or more) sides of a "between" phrase: its noun and those joined to it by
    "and". A parse that hung the second side elsewhere ("the treaty between Jordan and
    Israel ended ...", with "Israel" read as the verb's subject) still gives the name right
    after "and"."""
    sides = [token, *(c for c in token.children if c.dep_ == "conj")]
    if len(sides) == 1:
        doc = token.doc
        after = token.right_edge.i + 1
        if after + 1 < len(doc) and doc[after].lower_ == "and" and doc[after + 1].pos_ == "PROPN":
            other = doc[after + 1]
            while other.i + 1 < len(doc) and doc[other.i + 1].pos_ == "PROPN":
                other = doc[other.i + 1]
            sides.append(other)
    return sides


def _name_words(token: Token) -> list[Token]:
    """The words of the name ``token`` heads ("United States", "Security Council"), without
    its preposition, article, possessive mark or what is joined to it."""
    parts = [token] + [
        c
        for c in token.children
        if (c.dep_.startswith("flat") or c.dep_ in _BEFORE_ROLES) and c.text[:1].isupper()
    ]
    first, last = min(t.i for t in parts), max(t.i for t in parts)
    return [
        t
        for t in token.doc[first : last + 1]
        if not t.is_punct and t.dep_ not in ("case", "det") and t.lower_ not in _POSSESSIVE_MARKS
    ]


def _party(
    token: Token,
    mentions: list[Mention],
    actors: list[str],
    *,
    known_only: bool = False,
    countries_only: bool = False,
    place: bool = False,
) -> str:
    """The party ``token`` names as a title writes it ("Indonesia" for "Indonesian"), noting
    it among ``actors``; "" for a common noun ("the two towns"), when ``known_only`` for a
    name the finder does not know, and when ``countries_only`` for any but a country's."""
    words = _name_words(token)
    if not words:
        return ""
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    found = [m for m in mentions if m.start < end and start < m.end]
    if len(found) == 1 and found[0].start <= start and end <= found[0].end + 2:
        mention = found[0]
        if mention.kind not in _PARTY_KINDS and not (place and mention.is_location):
            return ""
        if countries_only and mention.kind != NameKind.COUNTRY:
            return ""
        if mention.kind in _PARTY_KINDS and mention.entity not in actors:
            actors.append(mention.entity)
        if mention.role == NameRole.ADJECTIVE:
            return mention.entity  # "Indonesian" is Indonesia
        return _written(words)
    if known_only or token.pos_ != "PROPN" or found:
        return ""
    return _written(words)


def _written(words: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in words).strip()
    for mark in _POSSESSIVE_MARKS:
        text = text.removesuffix(mark)
    return text
