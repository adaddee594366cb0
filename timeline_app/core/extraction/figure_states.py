"""What a figure or a place only describes: a copula of being somewhere or of going on being
so, and a date before a figure measured over a period.

A figure is a state, not a happening: "third-quarter profit" names the period measured; the
news is reporting it ("reported a 13% rise in sales"). So are being somewhere ("was in Chicago
working with the unions", "were outside the house") and going on being so ("was still under
military rule"): what the text dates there is a situation, not something that happened that
day. A condition that results from a happening ("six people were in custody") is kept: the
arrest is the news it stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# What a company or an economy measures over a period: a date before one ("third-quarter
# profit", "fiscal 1989 sales", "last year's exports") names the period measured, and dates
# no happening (the report of it is the day's).
FIGURE_NOUNS = lexicon.words("""
profit profits earnings income loss losses sales revenue revenues results turnover output
deficit surplus dividend dividends shipments exports imports production growth margin
margins spending
""")

# Where someone or something is: "was outside the house", "were near the border".
_PLACE_PREPOSITIONS = lexicon.words("outside inside near beside behind at in")
# Who can be somewhere, named by a common noun: "family members were outside the house".
_PEOPLE = lexicon.words("""
people person persons man men woman women child children boy girl family members member
relatives officials troops soldiers police officers residents crew passengers delegation
team players workers staff students protesters leaders envoy envoys
""") | {w.lower() for w in lexicon.TITLE_WORDS}
_PERSONAL = lexicon.words("he she they we i you")
# A state that goes on: "was still under military rule", "are yet in talks".
_GOING_ON = lexicon.words("still yet")


def dates_a_figure(date_words: list[Token]) -> bool:
    """Whether a date's words stand before a noun for a figure measured over a period
    ("third-quarter profit", "fiscal 1989 earnings", "last year's sales"): the date names the
    period measured, and dates nothing that happened."""
    date_words = [t for t in date_words if not t.is_punct]
    if not date_words:
        return False
    last = date_words[-1]
    after = last.head
    while after.dep_ in ("compound", "amod") and after.head.i > after.i:
        after = after.head  # "third-quarter net income": up to the noun
    if after.i <= last.i or not _modifies(date_words, after):
        return False
    return after.lower_ in FIGURE_NOUNS


def _modifies(date_words: list[Token], noun: Token) -> bool:
    """Whether every word of the date lies in the noun's phrase, before it."""
    return all(noun.is_ancestor(t) for t in date_words)


def describes(head: Token) -> bool:
    """ "The island was still under military rule", "was in Chicago", "were outside the
    house": a copula with "still", or with a place for its predicate, describes a state.
    "Six people were in custody" (a condition a happening left) is not a place. (What a
    figure came to, "Sales were $4 million", is ``syntax.state``'s.)"""
    predicate = _copula_predicate(head)
    if predicate is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _GOING_ON for c in predicate.children):
        return True
    case = next((c for c in predicate.children if c.dep_ == "case"), None)
    if case is None or case.lower_ not in _PLACE_PREPOSITIONS:
        return False
    if case.lower_ not in ("in", "at"):
        # a preposition that only says where: "were outside the house"
        return predicate.pos_ in ("NOUN", "PROPN")
    # someone in a named place; "The first performances were in Prague" tells where they
    # happened, and "in custody", "at war" are conditions
    subjects = [c for t in (predicate, head) for c in t.children if c.dep_ == "nsubj"]
    if _thing_kept(predicate, subjects):
        return True
    if not any(_someone(c) for c in subjects):
        return False
    return predicate.ent_type_ in ("GPE", "LOC", "FAC") or (
        predicate.pos_ in ("NOUN", "PROPN") and predicate.text[:1].isupper()
    )


def _thing_kept(predicate: Token, subjects: list[Token]) -> bool:
    """ "The hair was in a packet", "The files are in the safe": a thing in a container or
    a place named with "a", "the" or a possessive is where it is kept, not a happening ("The
    men were in custody", a person in a condition, is another matter)."""
    return (
        predicate.pos_ == "NOUN"
        and any(c.dep_ in ("det", "nmod:poss") for c in predicate.children)
        and bool(subjects)
        and all(s.pos_ == "NOUN" and not _someone(s) for s in subjects)
    )


def _copula_predicate(head: Token) -> Token | None:
    """The word a copula hangs on: the clause's head, or, where the parser made a participle
    after it the head ("was in Chicago working with the unions"), the word before that."""
    if any(c.dep_ == "cop" for c in head.children):
        return head
    if head.tag_ != "VBG" and not head.lower_.endswith("ing"):
        return None
    return next(
        (c for c in head.children if c.i < head.i and any(g.dep_ == "cop" for g in c.children)),
        None,
    )


def _someone(subject: Token) -> bool:
    """Whether a subject is a person or a group of people: a personal pronoun, a name, or a
    noun for people ("the mayor", "family members")."""
    if subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL:
        return True
    return subject.lower_ in _PEOPLE or subject.ent_type_ == "PERSON"
