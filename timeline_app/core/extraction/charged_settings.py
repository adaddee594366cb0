"""A dated occasion that an accusation is about: the charge's matter, not when it was made.

"The union sued on Friday, alleging negligence at the 4 March inspection": the date stands
before its noun ("the 4 March inspection") in a phrase after what the verb of charging says
was done, so it dates the inspection, not the alleging. The parse hangs the phrase on the
verb, as it does a true setting ("In a 4 March speech, she accused ..."), where the date
does date the verb; an occasion for speaking (a speech, a hearing) is left to that reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.extraction.syntax import ParsedText

# Verbs that charge someone with a deed: what they name was done at the dated occasion
CHARGING = lexicon.words("""
allege accuse blame charge condemn criticize criticise denounce fault cite
""")
# Occasions a charge is made at: "alleged fraud at a 4 March hearing" was alleged there
SPEAKING_OCCASIONS = lexicon.words("""
hearing speech interview briefing conference meeting session rally debate address statement
summit testimony
""")
_OCCASION_CASES = lexicon.words("at in during")
_BEFORE_NOUN = frozenset({"compound", "amod", "nummod", "nmod:poss", "det"})


def _noun_after(parsed: ParsedText, start: int, end: int) -> Token | None:
    """The noun a date stands before as its modifier ("the 4 March inspection"), with the
    article the tagger may count in the date."""
    words = [t for t in parsed.tokens(start, end) if not t.is_punct]
    inside = {t.i for t in words}
    outside = [t for t in words if t.head.i not in inside]
    if not outside or len({t.head.i for t in outside}) != 1:
        return None
    if any(t.dep_ not in _BEFORE_NOUN for t in outside):
        return None
    noun = outside[0].head
    return noun if noun.pos_ == "NOUN" and noun.i > words[-1].i else None


def about_a_charge(parsed: ParsedText, start: int, end: int) -> bool:
    """Whether the date at ``start``..``end`` dates the occasion a charge is about."""
    noun = _noun_after(parsed, start, end)
    if noun is None or noun.dep_ != "obl" or lemma(noun) in SPEAKING_OCCASIONS:
        return False
    if not any(c.dep_ == "case" and c.lower_ in _OCCASION_CASES for c in noun.children):
        return False
    verb = noun.head
    if verb.pos_ != "VERB" or lemma(verb) not in CHARGING:
        return False
    # the charge names what was done before the occasion's phrase: "alleging negligence at"
    return any(c.dep_ == "obj" and c.i < noun.i for c in verb.children)
