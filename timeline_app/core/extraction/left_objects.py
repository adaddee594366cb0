"""A verb's object that a title's length limit cut away, kept by leaving out what narrows.

"Airline says it will give passengers [of its delayed overnight flights to Lisbon] [a full
refund]": cut at the twelve-word limit, the title tells that something will be given and
not what; the refund is the news. A verb with two objects, or an object after a phrase of
its own ("announced [in a memo] [a new plan]"), loses the later one when the words before it
run long. A sub-editor keeps both the verb's objects and leaves out the phrases that only
say more about the first ("gives passengers full refund"): a noun's prepositional phrase,
participle or relative clause, or the verb's own phrase of place or manner before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# A verb's objects ("gives [passengers] [a refund]").
_OBJECTS = frozenset({"obj", "iobj"})
# What a noun can lose and still name what it names ("owners [of its new phones]").
_NOUN_ASIDES = frozenset({"nmod", "acl", "acl:relcl", "appos"})
# Which of a verb's own phrases can go before its object ("announced [in a memo]").
_VERB_ASIDES = frozenset({"obl", "advmod"})
# A noun's own words before it that come with it ("a full refund", "its first loan").
_NOUN_OWN_WORDS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "flat"})


def with_object_kept(
    obj: list[str],
    tokens: Sequence[Token | None],
    kept: int,
    verb: Token,
    fits: Callable[[list[str]], bool],
) -> list[str] | None:
    """The object with its first ``kept`` words shortened so that the verb's object the cut
    left out fits after them, ending on that object's noun; None when the cut left no such
    object out or no shortening makes it fit. ``tokens`` are the parse's words of ``obj``
    (None where a word has none); ``verb`` is the title's verb."""
    if not 0 < kept < len(obj) or len(tokens) != len(obj):
        return None
    verbs = {verb.i} | {t.i for t in tokens[:kept] if t is not None and t.pos_ == "VERB"}
    at = next(
        (
            n
            for n in range(kept, len(obj))
            if (t := tokens[n]) is not None and t.dep_ == "obj" and t.head.i in verbs
        ),
        None,
    )
    if at is None:
        return None
    noun = tokens[at]
    assert noun is not None
    if not _after_a_noun(noun):
        return None
    own = {t.i for t in noun.lefts if t.dep_ in _NOUN_OWN_WORDS for t in t.subtree} | {noun.i}
    start = min(n for n, t in enumerate(tokens) if t is not None and t.i in own)
    if start < kept:
        return None  # the object's own words are already in the title
    asides: set[int] = set()
    for token in tokens[:start]:
        if token is None or not _aside(token, verbs, start, tokens):
            continue
        asides |= {t.i for t in token.subtree}
    others = [
        t
        for t in tokens[:start]
        if t is not None and t.i not in asides and t.head.i == noun.head.i and t.dep_ in _OBJECTS
    ]
    if len(others) > 1:
        return None  # three objects of one verb: the parse has misread the words between
    words = [
        word
        for n, (word, t) in enumerate(zip(obj, tokens, strict=True))
        if n < start
        and (t is None or t.i not in asides)
        or n >= start
        and t is not None
        and t.i in own
    ]
    return words if asides and fits(words) else None


def _aside(token: Token, verbs: set[int], start: int, tokens: Sequence[Token | None]) -> bool:
    """Whether ``token`` heads a phrase the title can leave out: a noun's phrase after it, or
    one of the verbs' own phrases, lying wholly before the object's words."""
    placed = [
        n for n, t in enumerate(tokens) if t is not None and t.i in {s.i for s in token.subtree}
    ]
    if not placed or max(placed) >= start:
        return False
    if token.dep_ in _NOUN_ASIDES:
        return token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN", "PRON")
    return token.dep_ in _VERB_ASIDES and token.head.i in verbs


def _after_a_noun(noun: Token) -> bool:
    """Whether the object's phrase follows a noun, as a second object follows the first
    ("offer farmers [in the valleys] a loan"), and is a common noun: a word that is none
    ("center [intended]", a name running on from the phrase before: "rafter [Ann Lee]"),
    a noun with its own preposition ("relatives [of Ann Lee]") or conjunction ("bids and
    [the rival's shareholder]"), or one after an amount ("three cents [a share]": a rate) is
    no object of the verb, whatever the parse says."""
    if noun.pos_ != "NOUN" or any(
        t.dep_ in ("case", "cc", "conj") for t in noun.subtree if t.i <= noun.i
    ):
        return False  # "center [intended]", "of Ann Lee", "and the rival's shareholder"
    edge = noun.left_edge
    if edge.i == 0:
        return False
    before = noun.doc[edge.i - 1]
    counted = before.like_num or any(c.dep_ == "nummod" for c in before.children)
    return before.pos_ in ("NOUN", "PROPN", "PRON") and not counted  # "three cents [a share]"
