"""An answer to a matter the story has told: "The union rejected the offer."

Below an undated lead, news goes on in the plain past with no date, and most such sentences
are background a reader does not put on the story's day ("He worked as a clerk", "The firm
earned $4 million"). One shape is not: a doer acting on a request, an offer, a plan or a
claim named by a definite description ("rejected the offer", "denied the charges",
"sweetened its bid"). The definite article or the possessive presents the matter as one the
reader already knows, that is, one the story has told, and the act answers it: it is part
of the story's news, of the story's day. An indefinite one ("ignored a request for an
interview") presupposes nothing told, and a matter answered at another time says so ("once
rejected the offer", "had rejected the offer", "rejected the offer in 2019").
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import Aspect, Tense, VerbGroup, Voice

# Nouns of a matter put to someone for an answer: what is asked, offered, proposed,
# claimed or decided, and answered by accepting, rejecting, denying or changing it.
MATTERS = lexicon.words("""
request requests offer offers bid bids proposal proposals plan plans demand demands appeal
appeals allegation allegations accusation accusations charge charges claim claims threat
threats ultimatum ruling decision verdict deal agreement settlement terms motion petition
invitation warning warnings resolution overture suggestion suggestions recommendation
recommendations
""")

# What presents a noun as one the reader knows: the article, a demonstrative, a possessive.
_DEFINITE = lexicon.words("the this these that those its their his her")

# Words that end the object's noun phrase before its head noun could come
_PHRASE_ENDS = lexicon.PREPOSITIONS | lexicon.words("and or but as")

# How many words may stand between the determiner and the noun ("the same emailed threat")
_MODIFIERS = 3

# A phrasal verb's particle before its object: "turned down the offer"
_PARTICLES = lexicon.words("down out off back up aside")


def answers_a_told_matter(group: VerbGroup | None) -> bool:
    """Whether a verb group tells, in the active plain past, an act on a matter the story has
    told, its object a definite description of a request, an offer, a plan or a claim:
    "The mayor refused the request", "Tarvik Foods raised its takeover bid"."""
    if (
        group is None
        or group.tense != Tense.PAST
        or group.aspect != Aspect.SIMPLE
        or group.voice != Voice.ACTIVE
        or group.negated
    ):
        return False
    words = list(group.rest)
    if words and words[0].low in _PARTICLES:
        words = words[1:]
    if not words:
        return False
    first = words[0]
    if first.low in _DEFINITE:
        noun_phrase = words[1 : 2 + _MODIFIERS]
    elif len(words) > 2 and words[1].low in ("'s", "’s"):
        noun_phrase = words[2 : 3 + _MODIFIERS]  # "rejected Acme's offer"
    else:
        return False
    for word in noun_phrase:
        if not word.is_word or word.low in _PHRASE_ENDS:
            return False
        if word.low in MATTERS:
            return True
    return False
