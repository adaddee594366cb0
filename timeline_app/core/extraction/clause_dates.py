"""Which of a clause's dates dates it, when the sentence gives it more than one.

"Acme declared a dividend on Monday, payable to holders of record on Nov. 17": both dates
stand in one clause, but only "on Monday" hangs on its verb; "Nov. 17" lies inside a noun
phrase ("holders of record on Nov. 17") and dates that noun's business, not the declaring.
Made an event once per date, the clause would be one happening proposed twice, once at a
day it did not happen. A date that reaches the clause's verb only through a noun yields to
one that hangs on the verb itself. Dates joined as a list ("Greece in 1952, Germany in 1955")
each date their own part and are left alone. (A day that only says when a period ended, "its
fourth quarter ended Sept. 30", is read with its period as one date: ``temporal``.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that are nouns: a date that reaches the clause's verb through two of them lies in a
# noun's phrase ("holders of record on Nov. 17"). Through one it may not: "changed to a
# calendar year in December" attaches "in December" to the noun or the verb alike.
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON", "SYM"})
# A participle or relative clause on a noun: "its quarter ended Sept. 30", "the notes, which
# will be due on Nov. 1" -- a date there is the noun's.
_NOUN_CLAUSES = frozenset({"acl", "acl:relcl"})
# How a date stands before the noun it modifies: "the 4 March inspection", "Monday's vote"
_BEFORE_NOUN = frozenset({"compound", "amod", "nummod", "nmod:poss"})


@dataclass(frozen=True, slots=True)
class DateReach:
    """How a date is attached to the clause it was given to."""

    under: bool  # the date lies in the clause's verb's tree at all
    nested: bool  # it reaches the verb through a noun's phrase
    direct: bool  # it hangs on the verb itself, or comes before it ("on Monday declared")
    listed: bool  # on the way up it passes a conjunct or another date: one of a list
    # the first verb above it is another than the clause's ("said on Friday", "to be held on
    # June 1"), so it dates that verb; None when neither it nor the clause's verb is met
    elsewhere: bool | None = None
    # a span a figure covers or a time something is set for ("a rise in profit for the first
    # half", "set the vote for May 2"): it says when of something else
    aside: bool = False
    # it stands before a noun as its modifier ("at the 4 March inspection", "Monday's
    # vote"): it dates the noun's business, never a list on the verb
    adnominal: bool = False


def reach(date_words: list[Token], head: Token, other_dates: set[int]) -> DateReach:
    """How ``date_words`` reach ``head``, the verb of their clause (``other_dates``: the
    token numbers of the sentence's other dates)."""
    words = [t for t in date_words if not t.is_punct]
    if not words:
        return DateReach(under=False, nested=False, listed=False, direct=False)
    inside = {t.i for t in words}
    top = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[0])
    elsewhere = _verb_above(top, head)
    aside = any(c.dep_ == "case" and c.lower_ == "for" for c in top.children)
    adnominal = _before_noun(words, inside)
    nouns = 0
    noun_clause = listed = False
    token = top
    for _ in range(40):
        if token.i == head.i:
            # on the verb, or before it: "Police on Monday reopened ..." (the parse may hang
            # a date between subject and verb on the subject; it still dates the clause)
            # a year in brackets after a name is the name's ("Alpha (1958) was followed by")
            bracketed = words[0].i > 0 and words[0].nbor(-1).text == "("
            direct = top.head.i == head.i or (
                words[-1].i < head.i and not noun_clause and not bracketed
            )
            return DateReach(
                under=True,
                nested=nouns >= 2 or noun_clause,
                listed=listed,
                direct=direct,
                elsewhere=elsewhere,
                aside=aside,
                adnominal=adnominal,
            )
        if token.head.i == token.i:
            break
        listed = listed or token.dep_ == "conj"
        noun_clause = noun_clause or token.dep_ in _NOUN_CLAUSES
        token = token.head
        if token.i in other_dates and not noun_clause:
            listed = True  # "Greece in 1952, Germany in 1955": the parse hangs one on another
        elif token.i != head.i and token.pos_ in _NOMINAL:
            nouns += 1
    return DateReach(
        under=False,
        nested=False,
        listed=listed,
        direct=False,
        elsewhere=elsewhere,
        aside=aside,
        adnominal=adnominal,
    )


def _before_noun(words: list[Token], inside: set[int]) -> bool:
    """Whether a date's words all hang on one noun after them, as its modifiers ("the 4
    March inspection": "the" and the date's words on "inspection")."""
    outside = [t for t in words if t.head.i not in inside]
    heads = {t.head.i for t in outside}
    if len(heads) != 1 or not any(t.dep_ in _BEFORE_NOUN for t in outside):
        return False
    noun = outside[0].head
    return (
        noun.pos_ == "NOUN"
        and noun.i > words[-1].i
        and all(t.dep_ in _BEFORE_NOUN or t.dep_ == "det" for t in outside)
    )


def _verb_above(top: Token, head: Token) -> bool | None:
    """Whether the first verb above a date's top word is another than the clause's own
    (True), the clause's own (False), or neither is met (None)."""
    token = top
    for _ in range(40):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.i == head.i:
            return False
        if token.pos_ in ("VERB", "AUX"):
            return _other_verb(token)
    return None


def _other_verb(verb: Token) -> bool | None:
    """Whether a date on ``verb``, a verb under the clause's, dates that verb alone (True), or
    may date the clause too (False), or each its own (None)."""
    if verb.dep_ == "conj":
        return None  # "preached in 1968 and printed in 1972": each its own
    if verb.dep_ == "xcomp":
        return False  # "was expanded to include Greece in 1952": one happening
    if verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children):
        return None  # "expanded to include ...", "appointed to serve from ...": either
    return True  # "said on Friday", "a festival to be held on June 1", "as the week began"


def outranked(reaches: list[DateReach]) -> set[int]:
    """The positions of the dates a nearer date of the same clause outranks: those inside a
    noun's phrase when another is no part of one; and, when one dates the clause's own verb
    as its time, those that date another verb or say the time of something else."""
    out: set[int] = set()
    if any(r.direct for r in reaches):
        out = {i for i, r in enumerate(reaches) if r.under and r.nested and not r.listed}
        # "filed suit on Friday, alleging negligence at the 4 March inspection": a date
        # before its noun is that noun's, even where the parse hangs it on a conjunct
        out |= {i for i, r in enumerate(reaches) if r.adnominal and not r.direct}
    if any(r.listed and r.elsewhere is False for r in reaches):
        return out  # a list of dates on the clause's verb, each of its part
    if any(r.elsewhere is False and not r.aside for r in reaches):
        out |= {i for i, r in enumerate(reaches) if r.elsewhere or r.aside}
    return out
