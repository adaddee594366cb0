"""A dated occasion at which the clause's deed was done, whichever noun the parse hung it on:
"Voters rejected a tax increase for the libraries in a 2017 referendum", "He announced the
plan in a 2015 interview". The phrase ends a clause about the deed, and a parser often
attaches it to the last noun before it ("libraries"); the occasion's date still dates the
rejecting and the announcing (``syntax.is_setting`` reads the phrase the parse hangs on the
verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline_app.core.extraction.lexicon import words
from timeline_app.core.extraction.syntax import lemma

# occasions at which something is said, decided or done (or befalls a crowd: "six fans died
# in a crush during the 1977 festival" died in 1977)
OCCASIONS = words("""
referendum vote election poll ballot primary plebiscite summit meeting conference
interview speech address ceremony hearing session debate visit trip tour auction
statement letter memo email post tweet filing report ruling decision judgment verdict
broadcast podcast documentary
festival carnival pilgrimage parade concert
""")
_AT = frozenset({"in", "at", "during"})
# how far up a chain of nouns the phrase may hang ("a tax increase for the libraries in a
# 2017 referendum": on "libraries", which hangs on "increase", the object of the verb);
# further up, it more likely belongs to a noun ("an explanation for his role in the hacking
# of the party during the 2016 election")
_REACH = 2
# verbs of states: "has an explanation for ... in a 2016 interview" tells of no deed there
_STATES = frozenset({"have", "be"})


def occasion_of_clause(noun: Token) -> bool:
    """Whether ``noun`` (dated before it) names the occasion of its clause's verb, though
    the parse hung its phrase on a noun of that clause's object."""
    if noun.dep_ != "nmod" or lemma(noun) not in OCCASIONS:
        return False
    if not any(c.dep_ == "case" and c.lower_ in _AT for c in noun.children):
        return False
    head = noun.head
    for _ in range(_REACH):
        if head.dep_ in ("obj", "obl", "nsubj:pass") and head.head.pos_ in ("VERB", "AUX"):
            # the phrase comes after the object, as a setting does
            return head.i < noun.i and lemma(head.head) not in _STATES
        if head.dep_ != "nmod":
            return False
        head = head.head
    return False
