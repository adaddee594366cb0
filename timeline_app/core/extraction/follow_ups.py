"""What police, courts and accusers do about a deed comes after it: "Police arrested a suspect
in the 2016 bombing", "Two men were charged in the Jan. 9 robbery". The date names the deed,
not the arrest or the charge, however the parse hangs the phrase on the verb; "Three people
died in the 2016 bombing" is the bombing's own time, and keeps its date.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline_app.core.extraction.lexicon import words
from timeline_app.core.extraction.syntax import lemma

# acts done about a deed afterwards, by the police, a court, a prosecutor or an accuser
FOLLOW_UPS = words("""
arrest detain apprehend charge indict convict sentence acquit jail imprison try prosecute
extradite question interrogate identify investigate probe sue plead fine convict
blame accuse implicate clear exonerate pardon
""")
# the prepositions that say what a follow-up is about ("arrested in the raid", "charged
# over the killing", "sued for the spill")
_ABOUT = frozenset({"in", "over", "for"})


def follows_up(noun: Token) -> bool:
    """Whether ``noun`` is the deed a police, court or accuser's act is about: the phrase
    it heads ("in the 2016 bombing") hangs on such a verb, or on the object of one ("issued
    a warrant in the Oct. 3 shooting")."""
    if not any(c.dep_ == "case" and c.lower_ in _ABOUT for c in noun.children):
        return False
    head = noun.head
    if head.pos_ not in ("VERB", "AUX") and head.dep_ in ("obj", "nsubj:pass") and head.i < noun.i:
        head = head.head  # "issued a warrant in ...": the warrant's verb
    return head.pos_ in ("VERB", "AUX") and (
        lemma(head) in FOLLOW_UPS or (lemma(head) == "issue" and _object_is_warrant(head))
    )


def _object_is_warrant(verb: Token) -> bool:
    return any(c.dep_ == "obj" and c.lower_ in ("warrant", "warrants") for c in verb.children)
