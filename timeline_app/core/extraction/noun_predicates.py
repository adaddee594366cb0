"""What a sub-editor says a happening did when the text names it by its noun alone.

"Thousands fled the 1962 uprising", "the March 2003 ceasefire", "the 1995 agreement between
the two towns": a dated noun that names a happening, with nobody named as doing it, is a
happening of its own, but "Uprising" alone is no title (a noun alone tells a reader
nothing). Headline writers give such a noun the verb that tells it took place, and the verb
depends on the kind of happening: a revolt breaks out, an election is held, a truce takes
effect, a treaty is signed, a storm strikes. Each predicate is a named rule with the phrase
it is for; a noun in none of them stays untitled (a "crash" or a "crisis" has no verb a
reader would take as plainly as these).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "NOUN_PREDICATES",
    "OPENING_WORDS",
    "NounPredicate",
    "happening_word",
    "opens_happening",
    "predicate_for",
    "told_by",
]


class NounPredicate(NamedTuple):
    """A headline predicate for the nouns that take it, with the phrase it is for."""

    name: str
    predicate: str
    nouns: frozenset[str]
    handles: str
    # the verbs that tell the same happening in a clause of its own ("the two firms settled
    # in 1991" is "the 1991 agreement"), so that the story proposes it once (repeats.py)
    told_by: frozenset[str] = frozenset()


NOUN_PREDICATES: tuple[NounPredicate, ...] = (
    NounPredicate(
        "violence_breaks_out",
        "breaks out",
        lexicon.words("uprising revolt rebellion revolution insurrection mutiny riot war"),
        "the 1962 uprising -> Uprising breaks out",
        lexicon.words("rise revolt rebel riot mutiny"),
    ),
    NounPredicate(
        "ballot_held",
        "held",
        lexicon.words("election referendum plebiscite census"),
        "the 2004 referendum -> Referendum held",
        lexicon.words("vote elect hold"),
    ),
    NounPredicate(
        "truce_takes_effect",
        "takes effect",
        lexicon.words("ceasefire cease-fire truce armistice"),
        "the March 2003 ceasefire -> Ceasefire takes effect",
        lexicon.words("declare"),
    ),
    NounPredicate(
        "pact_signed",
        "signed",
        lexicon.words("agreement accord treaty pact"),
        "the 1995 agreement between the two towns -> Agreement signed",
        lexicon.words("agree sign settle conclude reach"),
    ),
    NounPredicate(
        "resolution_adopted",
        "adopted",
        lexicon.words("resolution"),
        "that 1978 resolution -> Resolution adopted",
        lexicon.words("adopt pass approve"),
    ),
    NounPredicate(
        "storm_strikes",
        "strikes",
        lexicon.words("earthquake quake tsunami hurricane cyclone typhoon tornado storm"),
        "the 1987 storm -> Storm strikes",
        lexicon.words("strike hit"),
    ),
)

_BY_NOUN = {noun: rule.predicate for rule in NOUN_PREDICATES for noun in rule.nouns}
_TOLD_BY = {noun: rule.told_by for rule in NOUN_PREDICATES for noun in rule.nouns}


def predicate_for(noun: str) -> str:
    """The predicate a headline gives a happening named by ``noun`` (its lower-case
    singular), or "" when it has none."""
    return _BY_NOUN.get(noun, "")


def told_by(noun: str) -> frozenset[str]:
    """The verbs whose clause tells the happening ``noun`` names ("settle" for an
    "agreement"), or none."""
    return _TOLD_BY.get(noun, frozenset())


def happening_word(noun: Token) -> str:
    """The lower-case singular of the happening ``noun`` heads, with the word a hyphen
    joins to it: the parse splits "the 1988 cease-fire" into "cease", "-" and "fire", and a
    fire is no truce."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        first = doc[noun.i - 2]
        if not first.whitespace_ and first.is_alpha:
            return f"{first.lower_}-{lemma(noun).lower()}"
    return lemma(noun).lower()


# The words that open a dated happening noun known to the reader: "the 1962 uprising", and
# the demonstratives that point back to one ("that 1978 resolution", "this 2004 vote"). A
# possessive does not ("Monday's storm" is mostly the story's own, told already), nor "a"
# ("a 2030 vote" may be any).
OPENING_WORDS = lexicon.words("the that this")


def opens_happening(before: str) -> bool:
    """Whether the text ``before`` a date ends on a word that opens a happening's noun
    phrase ("the", "that", "this"), so that the date is that happening's."""
    words = before.rsplit(None, 1)
    return before[-1:].isspace() and bool(words) and words[-1].lower() in OPENING_WORDS
