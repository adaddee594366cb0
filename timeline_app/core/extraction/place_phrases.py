"""Two capitalised words the name finder took for a person that the phrase shows name a place.

A run like "Hollis Creek" or "Villa Serra" looks like a first name and a surname, but where it
stands tells a reader it is a place, no one who acts:

* it qualifies a noun for a site or a district: "the Hollis Creek refinery", "the Marra North
  constituency", "the Velt clinic";
* it follows "of" after a noun for a settlement or a direction: "the town of Villa Serra",
  "ten miles north of Puerto Lindo".

A name said to be a place so once is a place wherever the article names it. A name the
recogniser took for an organisation is a place only when every mention of it qualifies a
site's noun ("the Velt clinic ... the Velt clinic reopened"): "the Tarvik refinery" may be a
company's, if the article names Tarvik acting elsewhere ("Tarvik said").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from timeline_app.core.extraction.lexicon import words
from timeline_app.core.extraction.name_cues import HONORIFICS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Lower-case nouns for a site or a district: a name directly before one says which.
SITE_NOUNS = words("""
clinic hospital refinery plant factory mill mine quarry reactor dam depot warehouse
constituency district ward precinct parish municipality county province region suburb
neighbourhood neighborhood township village town city estate market mall airport airfield
port harbour harbor station terminal bridge highway motorway road junction crossing border
checkpoint camp base barracks prison jail compound mosque church temple synagogue cathedral
school campus stadium farm ranch field oilfield valley river lake forest park beach
""")

# Nouns and adverbs whose "of" names a place: "the town of ...", "south of ...".
PLACE_OF_HEADS = words("""
town city village hamlet province region district county state suburb suburbs outskirts
municipality island islands port capital area north south east west northeast northwest
southeast southwest northeast north-east north-west south-east south-west outside
""")


def place_entities(doc: Doc, people: Iterable[tuple[int, int, str]]) -> set[str]:
    """Of the people found (start and end offsets in ``doc``'s text, and the name), those
    whose phrase says they name a place."""
    starts: dict[int, Token] | None = None
    places = set()
    for start, end, entity in people:
        if entity in places:
            continue
        if starts is None:
            starts = {token.idx: token for token in doc}
        head = _head(doc, starts, start, end)
        if head is not None and _names_a_place(head, starts.get(start)):
            places.add(entity)
    return places


def site_names(doc: Doc, bodies: Iterable[tuple[int, int, str]]) -> set[str]:
    """Of the organisations found (offsets and name), those every mention of which only
    qualifies a site's noun: the site's name."""
    starts = {token.idx: token for token in doc}
    verdicts: dict[str, bool] = {}
    for start, end, entity in bodies:
        if verdicts.get(entity) is False:
            continue
        head = _head(doc, starts, start, end)
        verdicts[entity] = head is not None and _qualifies_a_site(head)
    return {entity for entity, site in verdicts.items() if site}


def _head(doc: Doc, starts: dict[int, Token], start: int, end: int) -> Token | None:
    first = starts.get(start)
    if first is None:
        return None
    inside = [t for t in doc[first.i : first.i + 6] if t.idx < end]
    ids = {t.i for t in inside}
    heads = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    # the parse may hang each word on the noun: "Marra" and "North" both on "constituency"
    return heads[0] if heads and len({t.head.i for t in heads}) == 1 else None


def _names_a_place(head: Token, first: Token | None) -> bool:
    if first is not None and first.i > 0:
        before = first.doc[first.i - 1].text.rstrip(".")
        if before in HONORIFICS:
            return False  # "Mr. Hollis Creek": a person, wherever he stands
    noun = head.head
    if head.dep_ in ("compound", "amod", "nmod") and noun.i > head.i:
        return _qualifies_a_site(head)
    of = any(c.dep_ == "case" and c.lower_ == "of" for c in head.children)
    return of and noun.i < head.i and noun.lower_ in PLACE_OF_HEADS


def _qualifies_a_site(head: Token) -> bool:
    """ "the Hollis Creek refinery": the name modifies a site's noun, with no word between but
    the noun's other modifiers."""
    noun = head.head
    if head.dep_ not in ("compound", "amod", "nmod") or noun.i <= head.i:
        return False
    between = head.doc[head.i + 1 : noun.i]
    return noun.lower_ in SITE_NOUNS and all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in between)
