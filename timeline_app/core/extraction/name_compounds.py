"""Capitalised runs that qualify a noun: a product, a description, a party's group; no person.

The name finder takes two capitalised words for a person, but such a run often only
qualifies the noun after it:

* a product: "the Zentra Pad tablet", "its Velo 3 browser", "the new operating system,
  Snow Lynx," (a thing made or sold acts in nothing): every mention of it is dropped; so is
  a run the text goes on naming before the noun ("Zentra Pad| Air laptops"), a run right
  after its firm's name ("Norvik's Velo Explorer", "Norvik Music Club") and a run after a
  brand written with an inner capital ("the zPhone Music Shop");
* a description of the person named next: "Denver Measles patient Omar Kessel" (he is the
  actor, "Denver Measles" no one);
* a party's group in a chamber before a noun: "a House Republican aide" is no person
  "House Republican" but the body's member, named with that noun ("House Republican aide").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.mention_shape import KindedNameSpan
from timeline_app.core.extraction.name_cues import ORGANISATION_HEADS
from timeline_app.core.extraction.pronoun_reference import sex_of_given_name

if TYPE_CHECKING:
    from spacy.tokens import Doc


Mention = TypeVar("Mention", bound=KindedNameSpan)

# Nouns of things made or sold: the name before one names the thing. (No work of art, nor
# a player: "a Lena Brandt film", "a Harbour Hawks player" name who made it, whom he plays
# for.)
PRODUCT_NOUNS = lexicon.words("""
laptop laptops notebook notebooks phone phones smartphone smartphones handset handsets tablet
tablets computer computers desktop desktops browser browsers software app apps console
consoles gadget gadgets smartwatch smartwatches sedan sedans airliner airliners vaccine
vaccines dish dishes
""")
# Nouns of films, whose run before them is the film's title ("the Moon Raiders films")
# unless it opens with a given name: "a Lena Brandt film" names who made it. (No "game",
# "series" or "album": "the Harbour Hawks game" names a team that plays.)
WORK_NOUNS = lexicon.words("film films movie movies")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+\Z", re.IGNORECASE)
# "the new operating system, Snow Lynx," / "its browser, Velo,"
_PRODUCT_BEFORE = re.compile(
    r"\b(?:operating system|browser|phone|smartphone|tablet|laptop|app|console|software)"
    r"\s*,\s*\Z"
)
_VERSION = r"(?:\s+(?:\d[\w.]*|[IVX]+))?"
_NOUN_AFTER = re.compile(rf"(?:\s+[A-Z][a-z]+)?{_VERSION}\s+([a-z][a-z\-]*)\b")
# A year between a determiner or a possessive and a run: "Kessel's 1994 Vardo Sprinter".
_YEAR_BEFORE = re.compile(
    r"(?:['’]s?|\b(?:the|a|an|its|his|her|their|our|my|your))\s+(?:1[89]|20)\d\d\s+\Z"
)
# A firm's own name right before a run: "Norvik's Velo Explorer", "Norvik Music Club".
_OWNED_GAP = re.compile(r"(?:['’]s)?\s")
# A brand with an inner capital right before a run: "the zPhone Music Shop".
_BRAND_BEFORE = re.compile(r"(?<![\w.\-])[a-z]+[A-Z]\w*\s+\Z")
# A run's words that make it a party's group in a chamber: "Senate Democrats", "House
# Republican".
_CHAMBERS = lexicon.words("House Senate Congress Commons Lords Parliament Assembly")
_PARTY_WORDS = lexicon.words("""
Democrat Democrats Democratic Republican Republicans Conservative Conservatives Tory Tories
Labour Liberal Liberals Socialist Socialists Communist Communists Green Greens
""")
# One lower-case noun between a descriptive run and the person it describes.
_ROLE_THEN_NAME = re.compile(r"\s+[a-z][a-z\-]*\s+")


# The kinds and roles of ``actors.Mention`` (a StrEnum's values), which imports this module.
_PERSON = "person"
_ORGANISATION = "organisation"


def without_compounds(
    text: str,
    mentions: list[Mention],
    doc: Doc | None,
    known: Callable[[str], bool],
    as_body: Callable[[Mention, int], Mention],
    firm: Callable[[Mention], bool] = lambda mention: False,
) -> list[Mention]:
    """``mentions`` (in text order) without the runs that only qualify a noun, and with a
    party's member in a chamber as ``as_body(mention, end)`` makes it (the name running to
    ``end``); ``known(name)`` says whether the gazetteer knows a name (then it is no
    product), ``firm(mention)`` whether a mention names a company."""
    # every mention of a product, or of a run that only describes the person named next
    # (and so of the surname taken from it: "Measles")
    dropped = {
        m.entity for m in mentions if _may_be_product(m, known) and _names_a_product(text, m)
    }
    for mention, after in zip(mentions, mentions[1:], strict=False):
        if _describes_next(text, mention, after):
            dropped.add(mention.entity)
        elif firm(mention) and _owned_by(text, mention, after, known):
            dropped.add(after.entity)
    nouns: dict[int, int] | None = None  # read from the parse only when a party's name needs it
    out: list[Mention] = []
    for mention in mentions:
        if mention.entity in dropped and mention.kind in (_PERSON, _ORGANISATION):
            continue
        words = set(mention.text.split())
        if mention.kind == _PERSON and _CHAMBERS & words and _PARTY_WORDS & words:
            nouns = _noun_starts(doc) if nouns is None else nouns
            end = _member_noun_end(text, mention, nouns)
            mention = mention if end is None else as_body(mention, end)
        out.append(mention)
    return out


def _describes_next(text: str, mention: Mention, after: Mention) -> bool:
    """ "Denver Measles patient Omar Kessel": a run of two words or more, a role noun, and
    the person's name."""
    if mention.kind != _PERSON or mention.role != _PERSON:
        return False
    if len(mention.text.split()) < 2 or mention.text != mention.entity:
        return False
    if after.kind != _PERSON or not _ROLE_THEN_NAME.fullmatch(text, mention.end, after.start):
        return False
    return text[mention.end : after.start].strip() in _ROLE_WORDS


# Lower-case nouns that introduce the person a run before them describes.
_ROLE_WORDS = lexicon.words("""
patient victim survivor suspect defendant fugitive gunman shooter bomber hijacker hostage
detainee prisoner inmate soldier nurse doctor teacher student worker resident native
""")


def _may_be_product(mention: Mention, known: Callable[[str], bool]) -> bool:
    """A person the run finder saw, or a body of two words or more that no organisation word
    ends ("Velo Explorer"), neither known to the gazetteer."""
    if known(mention.entity) or mention.text != mention.entity:
        return False  # a short form ("Mac" for "Mac App Store") may name another thing
    if mention.kind == _PERSON:
        return mention.role == _PERSON
    words = mention.text.split()
    return (
        mention.kind == _ORGANISATION
        and len(words) > 1
        and not any(w.rstrip(".") in ORGANISATION_HEADS for w in words)
    )


def _names_a_product(text: str, mention: Mention) -> bool:
    after = _NOUN_AFTER.match(text, mention.end)
    if after is not None and after.group(1) in PRODUCT_NOUNS:
        return True
    if after is not None and after.group(1) in WORK_NOUNS:
        # only after an article ("the Moon Raiders films"): after a maker's possessive
        # ("Truffaut's New Wave film") the run tells the film's kind, and is left as it was
        led = _ARTICLE_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        return led is not None and not sex_of_given_name(mention.text.split()[0])
    if _YEAR_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        # a model's or an edition's year: "his 1994 Vardo Sprinter", "the firm's 2012
        # Makers Forum"; no one is named so, but "the 2016 Hillary Clinton campaign" is hers
        return not sex_of_given_name(mention.text.split()[0])
    if _BRAND_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return True
    return bool(_PRODUCT_BEFORE.search(text, max(0, mention.start - 40), mention.start))


def _owned_by(text: str, owner: Mention, run: Mention, known: Callable[[str], bool]) -> bool:
    """ "Norvik's Velo Explorer", "Norvik Music Club": a run right after a firm's name (a
    person there, "Norvik's Ada Moss", works for it and stays, and so does a unit named
    with the firm's own word, "Norvik Inc.'s Norvik Foods")."""
    if run.text.split()[0] == owner.text.split()[0]:
        return False
    if not _may_be_product(run, known) or _OWNED_GAP.fullmatch(text, owner.end, run.start) is None:
        return False
    return run.kind == _ORGANISATION or not sex_of_given_name(run.text.split()[0])


def _noun_starts(doc: Doc | None) -> dict[int, int]:
    """Where each common noun of the parse starts, and where it ends."""
    if doc is None:
        return {}
    return {t.idx: t.idx + len(t.text) for t in doc if t.pos_ == "NOUN" and t.text.islower()}


def _member_noun_end(text: str, mention: Mention, nouns: dict[int, int]) -> int | None:
    """Where the member noun after a party's name in a chamber ends ("House Republican
    aide"); None for no noun, or one that is not the phrase's last."""
    space = re.match(r"\s+", text[mention.end : mention.end + 3])
    end = nouns.get(mention.end + space.end()) if space else None
    if end is None or (end + 1) in nouns:
        return None  # "Senate Democrats" (a plural the titles count)
    return end
