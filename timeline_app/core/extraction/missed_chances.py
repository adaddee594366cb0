"""A chance told as missed: "Rieder missed a chance to level the score in the 64th minute",
"the club squandered an opportunity to go top".

What did not happen is no happening: the goal not scored, the lead not taken. Missing,
wasting or letting go of a chance or an opportunity tells only that the thing was not done.
Missing something that took place ("missed the final through injury", "missed a penalty")
is not this and stays.
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import Token, VerbGroup, Voice
from timeline_app.core.extraction.titles import content_lemma

_LETTING_GO = lexicon.words("miss squander waste spurn blow forgo forego fluff")
_CHANCES = lexicon.words("chance chances opportunity opportunities")
# Words that may stand between the verb and the chance: "a golden chance", "their best".
_BEFORE_THE_NOUN = 4


def _names_a_chance(words: list[Token]) -> bool:
    return any(t.low in _CHANCES for t in words[:_BEFORE_THE_NOUN] if t.is_word)


def chance_let_go(group: VerbGroup) -> bool:
    """Whether the clause tells a chance missed, wasted or passed up ("an opportunity was
    squandered" too): something that did not happen."""
    if group.negated:
        return False  # "did not miss the chance to" says it was taken
    verb = content_lemma(group)
    rest = [t for t in group.rest if t.is_word]
    if verb == "pass" and rest[:1] and rest[0].low == "up":
        verb, rest = "miss", rest[1:]
    if verb not in _LETTING_GO:
        return False
    if group.voice == Voice.PASSIVE:
        return any(t.low in _CHANCES for t in group.subject)
    return _names_a_chance(rest)
