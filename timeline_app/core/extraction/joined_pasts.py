"""A past tense the tagger read as a participle, known by the finite verb it is joined to.

"The union sued the port, but the judge ruled against it": the tagger often reads a second
clause's "ruled" as VBN, and the clause rules, seeing no finite verb after "but", leave the
two clauses one (the ruling then takes the suing's date, or none). A participle coordinated
with a finite verb, with an active subject of its own and no auxiliary, is that clause's
finite past: English leaves "was"/"has" out of a conjunct only when the first conjunct has
the same auxiliary ("Two men were held and a third released": held is no finite verb).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_AUXILIARIES = frozenset({"aux", "aux:pass", "cop"})


def joined_to_finite_past(token: Token) -> bool:
    """Whether a VBN ``token`` with a subject of its own is a conjunct of a finite verb
    that has no auxiliary ("sued ..., but the judge ruled"): then it is a finite past."""
    if token.dep_ != "conj":
        return False
    head = token.head
    if head.tag_ not in _FINITE_TAGS or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(child.dep_ in _AUXILIARIES for child in head.children):
        return False
    # its own active subject, after the head's words: a clause of its own
    return any(child.dep_ == "nsubj" and child.i > head.i for child in token.children)
