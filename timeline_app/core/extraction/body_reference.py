"""Which named body "the ministry", "the party" or "the alliance" stands for.

News names a body once and then refers back to it by its kind: "The Interior Ministry banned
the march. The ministry lifted the ban a year later." A reader takes the bare description for
the nearest body named before it that it fits, in its own sentence or the two before, and a
title should say so ("Interior Ministry lifts ban", not "Ministry lifts ban"). What fits:

- a noun that is itself part of such bodies' names ("ministry", "party", "council") fits
  only a body whose name has that word: "the ministry" is never the party named before;
- a noun for any kind of body ("the organisation", "the alliance", "the bloc") fits any
  organisation the recogniser or the gazetteer found.

Firms ("the company", "the bank") are ``pronoun_reference.firm_described``'s. Only the bare
description counts: "the new ministry", "the ruling party" or "the ministry of health" may
be another body. Where the nearest sentence with a fitting body names two, the one that is
a subject there is taken, being what the text is about (centering theory); otherwise the
description is left as written, since a wrong name is worse than "Ministry".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from timeline_app.core.extraction.labour_unions import union_of_states, workers_union
from timeline_app.core.extraction.lexicon import TITLE_WORDS, words
from timeline_app.core.extraction.mention_shape import NameSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc

Name = TypeVar("Name", bound=NameSpan)

# Nouns that name a kind of body and appear in such bodies' names: the body must have it.
NAMED_BODY_NOUNS = words("""
ministry party council committee commission court union agency department authority
federation association assembly parliament senate congress tribunal institute foundation
league service
""")
# Nouns for any body: any organisation named may be it.
ANY_BODY_NOUNS = words("organization organisation alliance bloc coalition body movement")
# Nouns for a union of members: never a body named with one state's office words ("the
# National Security Council", "the State Council"), which is an organ of that state.
UNION_NOUNS = words("alliance bloc coalition")
# How many sentences before the description's own are looked in.
SENTENCES_BACK = 2
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def body_described(
    doc: Doc | None, said: Sequence[str], at: int, organisations: Sequence[Name]
) -> Name | None:
    """The organisation the subject ``said`` (its lower-cased words, "the" and a body's noun)
    at offset ``at`` stands for; None when it is no bare description of a body, when no
    body that fits is named near before it, or when two compete."""
    if doc is None or len(said) != 2 or said[0] != "the":
        return None
    noun = said[1]
    if noun not in NAMED_BODY_NOUNS | ANY_BODY_NOUNS:
        return None
    fitting = [m for m in organisations if m.end <= at and _fits(noun, m.text)]
    if not fitting:
        return None
    token = doc.char_span(at, at + 3, alignment_mode="expand")
    if token is None:
        return None
    sentence = token[0].sent
    if token[0].i + 1 < len(doc) and workers_union(doc[token[0].i + 1]):
        fitting = [m for m in fitting if not union_of_states(m.text)]  # see ``labour_unions``
    floor, end = sentence.start_char, at
    for _ in range(SENTENCES_BACK + 1):
        named = [m for m in fitting if floor <= m.start and m.end <= end]
        if named:
            return _one_of(doc, named)
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        floor, end = sentence.start_char, sentence.end_char
    return None


def _fits(noun: str, name: str) -> bool:
    if noun in UNION_NOUNS and all(word in TITLE_WORDS for word in name.split()):
        return False
    if noun in ANY_BODY_NOUNS:
        return True
    return noun in (word.strip(".,'’").lower() for word in name.split())


def _one_of(doc: Doc, named: list[Name]) -> Name | None:
    """The one body ``named`` names, or the one of several that is a subject; else None."""
    if len({m.entity for m in named}) == 1:
        return named[-1]
    subjects = [m for m in named if _is_subject(doc, m)]
    if len({m.entity for m in subjects}) == 1:
        return subjects[-1]
    return None


def _is_subject(doc: Doc, mention: NameSpan) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    # "The Greens and the Reds argued": a subject joined by "and" is a subject as much
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in _SUBJECT_DEPS
