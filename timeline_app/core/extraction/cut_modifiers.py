"""A noun's modifiers left at a title's end with the noun itself cut away.

A title cut at "and" or at its length limit can stop on the words before a noun: "founds
large [and very lucrative marine salvage company]", "agrees to acquire marine
insurance [and claims adjustment businesses]", "launches new [, $12-a-share offer]". The
reader takes the adjective or the first of two nouns for the object. A sub-editor keeps the
noun and the modifiers right before it instead ("founds marine salvage company"), or, when
even that does not fit, leaves the phrase out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token as SpacyToken

    from timeline_app.core.extraction.grammar import Token
    from timeline_app.core.extraction.syntax import ParsedText

# Dependents that stand before their noun and mean nothing without it.
_PREMODIFIERS = frozenset({"amod", "compound", "nummod"})
# Dependents of the noun a title keeps with it when the noun comes back.
_DETERMINERS = frozenset({"det", "det:poss", "nmod:poss", "case"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# A run of modifiers kept before the noun: "civil engineering [firm]".
_MODIFIERS_KEPT = 3


def joined_adjective(last: SpacyToken) -> SpacyToken:
    """ "misleading [or wholly inaccurate] statements" with "misleading" read as the verb's
    complement: the adjective after the join, whose head says which noun the two modify;
    ``last`` itself when no adjective is joined to it."""
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if last.pos_ != "ADJ" or after is None or after.dep_ != "cc" or after.head.i <= after.i:
        return last
    joined = after.head
    return joined if joined.pos_ == "ADJ" and joined.dep_ in _PREMODIFIERS else last


def _modified_noun(last: SpacyToken) -> SpacyToken | None:
    """The noun after ``last`` that ``last`` (or the list of modifiers it ends) modifies,
    or None when ``last`` is no such modifier."""
    last = joined_adjective(last)
    if last.pos_ == "ADJ" and last.dep_ not in _PREMODIFIERS:
        # "a new, $12-a-share offer" read as "new" and a second thing: the noun after the
        # comma is the one the adjective modifies
        listed = [c for c in last.children if c.dep_ == "conj" and c.pos_ in _NOUNS]
        comma = last.i + 1 < len(last.doc) and last.doc[last.i + 1].text == ","
        return listed[0] if listed and comma else None
    word, climbed = last, False
    for _ in range(8):  # a bounded climb: a parse is a tree, but never trust a loop to it
        if word.dep_ == "conj" and word.head.i < word.i:
            word = word.head  # "successful and [highly profitable]": the list's first
        elif word.dep_ in _PREMODIFIERS and word.head.i > word.i:
            word, climbed = word.head, True
        else:
            break
    return word if climbed and word.pos_ in _NOUNS and word.i > last.i else None


def _modifier_run(noun: SpacyToken) -> list[SpacyToken]:
    """The modifiers written right before ``noun`` with nothing between ("civil
    engineering"), at most a few, and never a piece of a name ("[New] York Minute")."""
    doc = noun.doc
    run: list[SpacyToken] = []
    index = noun.i - 1
    while index >= 0 and len(run) < _MODIFIERS_KEPT:
        word = doc[index]
        if word.dep_ not in _PREMODIFIERS or not noun.left_edge.i <= word.i:
            break
        if any(child.dep_ in ("conj", "cc") for child in word.children):
            if not run:
                run = _first_listed(word, noun)
            break  # "profitable" of "successful and highly profitable": the list's
        run.insert(0, word)
        index -= 1
    while run and run[0].pos_ == "PROPN" and run[0].i > 0 and doc[run[0].i - 1].pos_ == "PROPN":
        run.pop(0)  # a name is kept whole or not at all
    return run


def _first_listed(word: SpacyToken, noun: SpacyToken) -> list[SpacyToken]:
    """ "misleading [or blatantly inaccurate] statements": of two adjectives joined right
    before their noun, the first, which says as much alone (the parse may hang it on the
    verb, but a list's items are alike); none when the word before the join is no
    adjective."""
    joins = [c for c in word.children if c.dep_ == "cc" and c.i < word.i]
    if not joins or joins[0].i == 0:
        return []
    first = word.doc[joins[0].i - 1]
    return [first] if first.pos_ == "ADJ" else []


def with_modified_noun(
    kept: list[str],
    at: Sequence[Token | None],
    rest: Sequence[Token],
    parsed: ParsedText,
    room: int,
) -> list[str]:
    """``kept`` (the title's object words, ``at`` the token each was read from, ``rest``
    the clause's tokens after the verb) with a noun its last words modify and a cut left
    out: the noun and the modifiers right before it take the modifiers' place, within
    ``room`` words; when they do not fit the phrase goes. ``kept`` as it was when its end is
    no such modifier."""
    if not kept or len(at) != len(kept) or at[-1] is None:
        return kept
    last = parsed.token_at(at[-1].end - 1)
    noun = _modified_noun(last) if last is not None else None
    if noun is None or last is None or noun.idx < at[-1].start + len(kept[-1]):
        return kept  # "15-inch", "hospital-Telegraph": the noun is in the word kept
    words = [parsed.token_at(token.start) if token is not None else None for token in at]
    if any(word is not None and word.i == noun.i for word in words):
        return kept
    first = next(
        (
            n
            for n, word in enumerate(words)
            if word is not None and min(noun.left_edge.i, last.i) <= word.i < noun.i
        ),
        None,
    )
    if first is None:
        return kept
    lead = [
        kept[n]
        for n in range(first, len(kept))
        if (word := words[n]) is not None and word.head.i == noun.i and word.dep_ in _DETERMINERS
    ]
    wanted = {word.i for word in [*_modifier_run(noun), noun]}
    mended: list[str] = []
    seen: set[int] = set()
    for token in rest:
        word = parsed.token_at(token.start)
        if word is not None and word.i in wanted and word.i not in seen:
            seen.add(word.i)
            mended.append(token.text)
    if noun.i not in seen:
        return kept  # the clause as read ends before the noun: nothing to mend it with
    while mended and len(kept[:first]) + len(lead) + len(mended) > room:
        mended.pop(0)  # the modifiers furthest from the noun go first
    return [*kept[:first], *lead, *mended] if mended else kept[:first]
