"""A date in the genitive ("last week's fire", "Monday's vote") is the determiner of the noun
after it: it says when that thing was, never when the clause holding it happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.core.extraction.analysis import Analysis
    from timeline_app.core.timex import Timex

_GENITIVE = ("'s", "\u2019s")


def genitive(analysis: Analysis, timex: Timex) -> bool:
    """Whether the clause writes ``timex`` in the genitive: "'s" straight after it, inside
    the word that ends it ("week's") or as a word of its own (a bare apostrophe is left
    out: it may close a quotation)."""
    for token in analysis.clause.tokens:
        if token.start < timex.end <= token.end:
            rest = token.text[timex.end - token.start :].lower()
            if rest in _GENITIVE:
                return True
        elif token.start == timex.end:
            return token.text.lower() in _GENITIVE
    return False
