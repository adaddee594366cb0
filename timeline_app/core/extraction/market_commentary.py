"""How a market took the news, in a market writer's words: "investors shrugged off the strong
retail figures", "the gloom set in on Tuesday", "the effect hit hard".

Investors or traders paying no heed to something tell that nothing was done about it; a
mood or an effect "setting in" or "hitting home" is a figure of speech for how the day felt.
Neither is a happening a reader dates: the news is what moved the market, and what the
market did (shares fell, the index closed lower). Heeding it ("investors sold the shares")
or a named party ignoring something ("the council ignored the warnings") stays.
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import Token, VerbGroup, Voice
from timeline_app.core.extraction.titles import content_lemma

# Those whose buying and selling is the market: not a named party to the news.
_MARKET_CROWD = lexicon.words("investors traders dealers markets buyers sellers shareholders")
# Paying no heed, with the particle some of them need.
_UNHEEDING = {
    "disregard": "",
    "ignore": "",
    "overlook": "",
    "shrug": "off",
    "brush": "off",
    "look": "past",
}
# Nouns of a mood or an effect: subjects of a figure, not doers.
_MOODS = lexicon.words("""
effect effects impact mood sentiment gloom pessimism optimism jitters nervousness euphoria
""")
# What a mood or an effect does in a figure of speech, with its particle.
_FIGURES = {
    "hit": "home",
    "sink": "in",
    "set": "in",
    "take": "hold",
    "lift": "",
    "sour": "",
    "darken": "",
    "brighten": "",
    "deepen": "",
}


def _head(subject: list[Token]) -> str:
    words = [t.low for t in subject if t.is_word]
    return words[-1] if words else ""


def _with_particle(group: VerbGroup, table: dict[str, str]) -> bool:
    verb = content_lemma(group)
    if verb not in table:
        return False
    particle = table[verb]
    following = next((t for t in group.rest if t.is_word), None)
    return not particle or (following is not None and following.low == particle)


def market_commentary(group: VerbGroup) -> bool:
    """Whether the clause tells the market paying no heed to something, or a mood or an
    effect in a figure of speech ("the effect hit home")."""
    if group.voice != Voice.ACTIVE or group.negated:
        return False
    head = _head(group.subject)
    if head in _MARKET_CROWD:
        return _with_particle(group, _UNHEEDING)
    return head in _MOODS and _with_particle(group, _FIGURES)
