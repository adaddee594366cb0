"""The day a later sentence gives the lead's news by naming it back with a noun.

Business and wire news often tell the news undated in the lead and give its day only in
passing below, naming the happening by a noun: "Borel Foods said that it agreed to sell the candy
unit to Nordia. ... Nordia's share of the market before Friday's purchase was 7%", or
"Halvard has agreed to buy the Oster yard. Its shares rose on the announcement yesterday." A
reader dates the agreement on that day, not on the day the paper ran, as TimeML anchors an
event to the most precise time the text ties it to. ``late_story_day`` does this where the
later clause's subject names the happening ("The fire broke out on Sunday"); here the noun is
dated in the genitive ("Friday's purchase"), before it ("the Friday sale"), by a participle
("the purchase, announced Friday") or, for the announcement itself, by the day the market
answered it ("rose on the announcement yesterday").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.core.dates import Precision, When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.retold_nouns import names_back
from timeline_app.core.extraction.syntax import (
    ParsedText,
    adnominal_head,
    dated_reduced_relative,
    lemma,
    reduced_relative_noun,
)
from timeline_app.core.extraction.temporal import timex_to_when
from timeline_app.core.timex import Timex

if TYPE_CHECKING:
    from spacy.tokens import Token

# How long before publication the named day may lie: the days a news story tells of.
_REACH_DAYS = 14

# A sale told from the buyer's side, or a purchase from the seller's: the lead's "agreed to
# sell its unit to Nordia" is "Nordia's purchase" further down, and the other way round.
_OTHER_SIDE: dict[str, frozenset[str]] = {
    "purchase": lexicon.words("sell"),
    "acquisition": lexicon.words("sell"),
    "sale": lexicon.words("sell buy acquire purchase"),
    "divestiture": lexicon.words("sell"),
}

# Nouns that name back the lead's news whatever it told ("the announcement", "the news"),
# only close below the lead: further on they may name any other announcement.
_ANNOUNCING = lexicon.words("announcement news disclosure")
_ANNOUNCING_REACH_SENTENCES = 2
# "rose on the announcement yesterday", "fell after the news Friday": the market's answer,
# the same day
_ANSWERED = lexicon.words("on after following")


@dataclass(frozen=True, slots=True)
class NamedDay:
    """A noun below the lead that a recent day dates, and where it was told."""

    noun: str  # its lemma ("purchase")
    when: When
    sentence: int  # the number of its sentence


def names_the_news(named: NamedDay, verbs: frozenset[str], lede: int) -> bool:
    """Whether ``named`` names back the lead's happening, told with one of ``verbs``."""
    if named.sentence <= lede:
        return False
    if named.noun in _ANNOUNCING:
        return named.sentence - lede <= _ANNOUNCING_REACH_SENTENCES
    return any(
        names_back(named.noun, verb) or verb in _OTHER_SIDE.get(named.noun, frozenset())
        for verb in verbs
    )


def verbs_of(title: str) -> frozenset[str]:
    """The verbs a title may tell its happening with ("agrees to sell" -> agree, sell)."""
    return frozenset(
        verb for word in title.split() for verb, _form in lexicon.verb_readings(word.lower())
    )


def named_day(
    parsed: ParsedText, timex: Timex, published: dt.date, sentence: int
) -> NamedDay | None:
    """The noun ``timex`` dates, with its day, when the day lies in the fortnight before
    publication and the noun is one a story names a happening back by."""
    when = timex_to_when(timex.value, timex.mod, timex.text, published)
    if when is None or when.is_range or when.start.precision != Precision.DAY:
        return None
    if not 1 <= published.toordinal() - when.start_ordinal <= _REACH_DAYS:
        return None  # the paper's own day is the one the lead already has
    noun = _dated_noun(parsed, timex)
    if noun is None:
        return None
    return NamedDay(lemma(noun), When(when.start.with_flags(approximate=True)), sentence)


def _dated_noun(parsed: ParsedText, timex: Timex) -> Token | None:
    noun = adnominal_head(parsed, timex.start, timex.end)  # "Friday's purchase"
    if noun is not None:
        return noun
    participle = dated_reduced_relative(parsed, timex.start, timex.end)
    if participle is not None:
        return reduced_relative_noun(participle)  # "the purchase announced Friday"
    tokens = [t for t in parsed.tokens(timex.start, timex.end) if not t.is_punct]
    if not tokens:
        return None
    verb = tokens[-1].head
    if verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return verb.head  # "the purchase, announced Friday"
    for child in verb.children:
        # "shares rose on the announcement yesterday": the answer's day is the news's
        if (
            child.dep_ == "obl"
            and lemma(child) in _ANNOUNCING
            and any(c.dep_ == "case" and c.lower_ in _ANSWERED for c in child.children)
        ):
            return child
    return None
