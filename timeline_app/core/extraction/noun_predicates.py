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

from typing import NamedTuple

from timeline_app.core.extraction import lexicon

__all__ = ["NOUN_PREDICATES", "NounPredicate", "predicate_for"]


class NounPredicate(NamedTuple):
    """A headline predicate for the nouns that take it, with the phrase it is for."""

    name: str
    predicate: str
    nouns: frozenset[str]
    handles: str


NOUN_PREDICATES: tuple[NounPredicate, ...] = (
    NounPredicate(
        "violence_breaks_out",
        "breaks out",
        lexicon.words("uprising revolt rebellion revolution insurrection mutiny riot war"),
        "the 1962 uprising -> Uprising breaks out",
    ),
    NounPredicate(
        "ballot_held",
        "held",
        lexicon.words("election referendum plebiscite census"),
        "the 2004 referendum -> Referendum held",
    ),
    NounPredicate(
        "truce_takes_effect",
        "takes effect",
        lexicon.words("ceasefire cease-fire truce armistice"),
        "the March 2003 ceasefire -> Ceasefire takes effect",
    ),
    NounPredicate(
        "pact_signed",
        "signed",
        lexicon.words("agreement accord treaty pact"),
        "the 1995 agreement between the two towns -> Agreement signed",
    ),
    NounPredicate(
        "storm_strikes",
        "strikes",
        lexicon.words("earthquake quake tsunami hurricane cyclone typhoon tornado storm"),
        "the 1987 storm -> Storm strikes",
    ),
)

_BY_NOUN = {noun: rule.predicate for rule in NOUN_PREDICATES for noun in rule.nouns}


def predicate_for(noun: str) -> str:
    """The predicate a headline gives a happening named by ``noun`` (its lower-case
    singular), or "" when it has none."""
    return _BY_NOUN.get(noun, "")
