"""A date that is what someone chose, not when they chose it: "The coach chose Sunday
afternoon as the moment to announce it", "The council set May 4 for the vote". The date is
the verb's object, the time picked for something to come; the choosing has a date of its
own, if the text gives one, and what is to come is a plan.
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import ParsedText, lemma

# Verbs whose object can be a time picked for something.
_CHOOSING = lexicon.words("choose pick select set fix name designate earmark")
_OBJECT = frozenset({"obj", "dobj"})
# What the parse may call a bare date right after the verb ("picked Saturday night as ..."),
# reading it as the time of the picking.
_BARE_TIME = frozenset({"obl:unmarked", "obl:tmod", "npadvmod"})
# Children that make the verb passive ("was named Monday as coach": the naming's day) or
# give it another object ("named her Monday"), so a bare date after it is its time.
_NOT_CHOSEN = frozenset({"aux:pass", "auxpass", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj"})


def date_chosen(parsed: ParsedText, start: int, end: int) -> bool:
    """Whether the date in ``[start, end)`` is the object of a verb of choosing."""
    tokens = [t for t in parsed.tokens(start, end) if not t.is_punct]
    outside = [t for t in tokens if not start <= t.head.idx < end]
    if len(outside) != 1:
        return False
    word = outside[0]
    verb = word.head
    if verb.i == word.i or verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in _CHOOSING:
        return False
    if word.dep_ in _OBJECT:
        return True
    return (
        word.dep_ in _BARE_TIME
        and tokens[0].i == verb.i + 1
        and not any(c.dep_ in _NOT_CHOSEN for c in verb.children)
    )
