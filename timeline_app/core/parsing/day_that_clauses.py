"""A "that" clause after a day ("said Tuesday that the dam would hold") told of its verb.

The parser, which has seen many "the day that ..." relatives, hangs a that-clause which
follows a day name on the day, as its relative clause: "told reporters on Monday that fares
might rise" then tells of Monday, and the telling loses what was told. A relative "that"
stands for a word of its clause; where the clause has a subject of its own besides "that",
"that" stands for nothing and only opens the clause, which is what the verb said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.parsing.head_moves import move_heads

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Days a report is dated by, which stand before its "that" in "said Friday that ...".
_DAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
    ]
)
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl"})


def mend_day_that_clauses(doc: Doc) -> None:
    """Re-attach each that-clause ``doc``'s parse hung on the day before it (see the
    module)."""
    for day in doc:
        if day.lower_ not in _DAYS or day.i + 2 >= len(doc):
            continue
        that = doc[day.i + 1]
        if that.lower_ != "that" or that.head.head.i != day.i:
            continue
        clause = that.head
        if clause.dep_ not in ("acl:relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in _SUBJECTS and c.i != that.i for c in clause.children):
            continue  # "the crack on Tuesday that ran along the wall": a true relative
        verb = _governing_verb(day)
        if verb is None:
            continue
        move_heads([(clause, verb, "ccomp"), (that, clause, "mark")])
        that.tag_ = "IN"


def _governing_verb(day: Token) -> Token | None:
    """The verb the day's phrase belongs to, up through nouns ("told a news conference on
    Monday"), or None."""
    token = day.head
    for _step in range(len(day.doc)):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i or token.pos_ not in ("NOUN", "PROPN"):
            return None
        token = token.head
    return None
