"""A date that stands inside a noun phrase by its place, whatever the parse hung it on.

"a May 10, 2011, share purchase agreement", "Acme's 2017 merger with Brio": a date between
an article or a possessive and the noun they open is a modifier of that noun (English puts
nothing else there), so it dates the noun, never the clause's verb. The parse often gets
such phrases wrong (the comma-set year of the American style, a year after "'s"), so the
words' order decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["noun_after_opened_date"]

# what opens a noun phrase a date may sit in ("the 2010 raid", "a May 2 vote")
_ARTICLES = lexicon.words("a an the")
# the tags of a possessive opening a phrase: "its 2007 campaign", "Acme's 2017 merger"
_POSSESSIVE_TAGS = frozenset({"PRP$", "POS"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def noun_after_opened_date(date: list[Token]) -> Token | None:
    """The noun closing the phrase a date sits in when an article or a possessive comes
    right before the date and nouns or adjectives right after it ("a May 10, 2011, share
    purchase agreement" -> "agreement"); None otherwise ("On the 10th, police ...": a
    comma after a date with none inside ends the phrase)."""
    first, last = date[0], date[-1]
    doc = first.doc
    if first.i == 0:
        return None
    before = doc[first.i - 1]
    if before.lower_ not in _ARTICLES and before.tag_ not in _POSSESSIVE_TAGS:
        return None
    at = last.i + 1
    if at < len(doc) and doc[at].text == "," and any(t.text == "," for t in date):
        at += 1  # "May 10, 2011, share purchase agreement": the year's closing comma
    run: list[Token] = []
    while at < len(doc) and (
        doc[at].pos_ in _NOUNS
        or doc[at].pos_ == "ADJ"
        or (doc[at].pos_ == "VERB" and doc[at].dep_ == "compound")
    ):
        run.append(doc[at])
        at += 1
    if not run or run[-1].pos_ not in _NOUNS:
        return None
    return run[-1]
