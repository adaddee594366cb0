"""A date that names the time a forecast is about, not when anything happened.

"The central bank now sees three rate rises in 2027": 2027 is what the bank foresees, and
the seeing is today's; nothing happened in 2027. "The analyst is cutting his profit forecast
for next year": next year is the forecast's, and the cut is made now. A date told with a verb
of foreseeing, or given "for" beside a forecast noun, dates no event; what the clause tells is
then dated, or left out, as any undated clause is (a prediction stays out, an analyst's cut
is news of the day).

A day is left alone: "The agency forecast on Monday that ..." dates the forecasting.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from timeline_app.core.dates import Precision, When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import ParsedText, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token as ParseToken

# verbs whose dates are the time they foresee (when that time is yet to come)
_FORESEEING = lexicon.words("""
    see expect forecast predict project foresee anticipate estimate envisage
""")
# what a forecast is called: a date "for" it is its period ("its estimate for 1990")
_FORECAST_NOUNS = lexicon.words("""
    estimate estimates forecast forecasts projection projections outlook prediction
    predictions guidance target targets
""")
_FOR = frozenset({"for"})
# "sees prices falling", "expects rates to rise": what is foreseen told by a verb with no
# tense of its own, the complement of the verb of foreseeing
_UNTENSED = frozenset({"VBG", "VB"})
_FORESEEN_CLAUSE = frozenset({"ccomp", "xcomp", "acl"})


def _case(token: ParseToken) -> str | None:
    marks = [c.lower_ for c in token.children if c.dep_ == "case"]
    return marks[0] if marks else None


def _outside_head(parsed: ParsedText, start: int, end: int) -> ParseToken | None:
    """The date's own head word inside it, whose head lies outside the date."""
    for token in parsed.tokens(start, end):
        if not start <= token.head.idx < end and token.head.i != token.i:
            return token
    return None


def names_the_time_foreseen(
    parsed: ParsedText, start: int, end: int, when: When, published: dt.date | None
) -> bool:
    """Whether the date in ``[start, end)``, a time not yet over on the publication day, is
    the time a forecast is about: the oblique of a verb of foreseeing or of its object ("sees
    three rises in 2027"), or a period "for" which a forecast is made ("cutting his estimate
    for next year"). A past period estimated ("estimated that profit in the three months to
    September fell") is a report of figures, not a forecast."""
    if (
        published is None
        or when.start.precision >= Precision.DAY
        or when.end_ordinal() <= published.toordinal()
    ):
        return False
    top = _outside_head(parsed, start, end)
    if top is None:
        return False
    anchor = top.head
    case = _case(top)
    if anchor.tag_ in _UNTENSED and anchor.dep_ in _FORESEEN_CLAUSE:
        # "sees unemployment falling to 4% next year", "sees prices rising in 2027": the
        # date is the foreseen fall's or rise's (the parse may call the participle a noun)
        seer = anchor.head
        if seer.pos_ in ("NOUN", "PROPN") and seer.dep_ == "obj":
            seer = seer.head  # "sees prices rising": the prices' verb
        if lemma(seer) in _FORESEEING:
            anchor = seer
    if anchor.pos_ in ("NOUN", "PROPN"):
        if lemma(anchor) in _FORECAST_NOUNS:
            return case in _FOR  # "his estimate for 1990"
        if anchor.dep_ == "obj" and anchor.head.pos_ == "VERB":
            anchor = anchor.head  # "sees three rate rises in 2027", read as the rises'
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    if case in _FOR and any(
        c.dep_ == "obj" and lemma(c) in _FORECAST_NOUNS for c in anchor.children
    ):
        return True  # "is cutting his forecast for next year", the date read as the verb's
    # a time to come, foreseen now ("a region that saw three wars this century" saw them)
    return (
        lemma(anchor) in _FORESEEING
        and anchor.tag_ != "VBD"
        and when.start_ordinal > published.toordinal()
    )
