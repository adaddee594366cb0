"""What a source would not tell the press: "declined to comment", "refused to say which
officers were at the farm", "declined to give details of the inquiry", "declined to be
interviewed". A reporter's question left unanswered is no happening of the story, and
neither is the question itself: "which officers were at the farm" is what was not told. A
refusal to do something else is an act ("The council refused to sign the lease",
"declined to give the film a rating"), and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import Token, VerbGroup

_REFUSING = lexicon.words("decline refuse")
# What a source declines to do when the press asks: telling, or telling more.
_TELLING = lexicon.words("""
comment elaborate say discuss speculate reveal disclose divulge specify identify detail
explain
""")
# Verbs that tell what their object names: "give details", "offer an explanation".
_GIVING = lexicon.words("give offer provide release share")
# What is given when something is told: "details of", "any information about".
_TOLD_THINGS = lexicon.words("""
detail details information specifics comment comments explanation reason reasons figure
figures breakdown
""")
# "declined to be interviewed", "asked not to be named": a source kept out of the story.
_KEPT_OUT = lexicon.words("interviewed named identified quoted")
# Words of a time or manner between the verb and its infinitive: "declined on Thursday to".
_SETTING_WORDS = lexicon.words("""
on at in last this yesterday today tonight morning afternoon evening night again repeatedly
also later earlier immediately
""")
# What may stand between a verb of giving and what it gives: "any further details".
_BEFORE_THING = lexicon.words("any further more other additional a an the specific precise")


def declines_to_tell(group: VerbGroup | None) -> bool:
    """Whether the verb group refuses or declines to tell the press something (see the
    module)."""
    if group is None or group.lemma not in _REFUSING:
        return False
    words = [t for t in group.rest if t.is_word]
    # "declined on Thursday to comment", "again refused to say": a time or an adverb may
    # come before the infinitive
    at = next((i for i, t in enumerate(words[:4]) if t.low == "to"), None)
    if at is None or not all(_setting(t) for t in words[:at]):
        return False
    words = words[at:]
    if len(words) < 2:
        return False
    verb = words[1].low
    if verb in _TELLING:
        return True
    if verb == "be":
        return len(words) > 2 and words[2].low in _KEPT_OUT
    return verb in _GIVING and _gives_what_is_told(words[2:])


def _setting(token: Token) -> bool:
    """A word of a time or manner phrase between the verb and its infinitive."""
    return (
        token.low in _SETTING_WORDS
        or token.text in lexicon.WEEKDAY_WORDS
        or token.text in lexicon.MONTH_WORDS
        or token.text.isdigit()
    )


def _gives_what_is_told(words: Sequence[Token]) -> bool:
    """Whether the object after a verb of giving is a telling ("any further details")."""
    for token in words[:4]:
        if token.low in _TOLD_THINGS:
            return True
        if token.low not in _BEFORE_THING:
            return False
    return False
