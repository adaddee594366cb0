"""The nouns a story names a happening by once it has told it, and the verbs that told it.

"Dock workers walked out on Monday ... The strike, which began on Monday, ...": the second
sentence tells no second happening; its subject names back the walkout, and its verb says
only that it took place, or when it began or ended. The table says which verbs a noun can
name back, so that "the strike" finds the walkout and not the minister's statement that day.
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon

# Verbs that say of a happening only that it took place, began or ended ("the accident
# occurred", "the match ended with ...", "the strike began").
OCCURRING = lexicon.words("occur happen begin start end finish unfold erupt")

# A noun and the verbs whose clause tells the happening it names: the walkout is a strike,
# a purchase an acquisition, a win a match.
_NAMED_BACK: dict[str, frozenset[str]] = {
    "strike": lexicon.words("walk strike stop"),
    "walkout": lexicon.words("walk strike stop"),
    "stoppage": lexicon.words("walk strike stop"),
    "acquisition": lexicon.words("buy acquire purchase"),
    "purchase": lexicon.words("buy acquire purchase"),
    "takeover": lexicon.words("buy acquire purchase"),
    "deal": lexicon.words("buy acquire purchase agree sign"),
    "election": lexicon.words("elect vote"),
    "vote": lexicon.words("elect vote"),
    "attack": lexicon.words("attack assault raid bomb shoot storm ambush"),
    "assault": lexicon.words("attack assault raid storm"),
    "raid": lexicon.words("attack assault raid storm"),
    "accident": lexicon.words("crash collide derail topple fall capsize overturn sink cause"),
    "crash": lexicon.words("crash collide derail plunge fall"),
    "collision": lexicon.words("crash collide"),
    "match": lexicon.words("beat defeat win lose draw play thrash"),
    "game": lexicon.words("beat defeat win lose draw play thrash"),
    "protest": lexicon.words("protest march rally demonstrate gather"),
    "rally": lexicon.words("protest march rally demonstrate gather"),
}

# Nouns that name back whatever was told, of any verb: "the incident", "the ordeal".
_ANY_HAPPENING = lexicon.words("incident event ordeal episode showdown accident crash")

NAMING_NOUNS = frozenset(_NAMED_BACK) | _ANY_HAPPENING


def names_back(noun: str, verb: str) -> bool:
    """Whether a story that told a happening with ``verb`` would name it back as ``noun``."""
    return verb in _NAMED_BACK.get(noun, frozenset())
