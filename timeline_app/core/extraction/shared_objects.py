"""Two verbs joined by "and" that share one object tell one happening: "Police arrested and
questioned the boy" is titled once, by its first verb ("Police arrest and question boy",
``titles._shared_object``), so the second verb is no event of its own."""

from __future__ import annotations

from timeline_app.core.extraction.syntax import ParsedText

_OWN_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "aux", "aux:pass"})
_FIRST_VERB_OBJECTS = frozenset({"obj", "ccomp", "xcomp"})


def second_verb_of_a_shared_object(parsed: ParsedText, verb_at: int) -> bool:
    """Whether the verb at ``verb_at`` comes right after "<verb> and", with no subject or
    auxiliary of its own, its object being the first verb's too (the first has none)."""
    second = parsed.token_at(verb_at)
    if second is None or second.dep_ != "conj" or second.i < 2:
        return False
    doc = second.doc
    first = doc[second.i - 2]
    if doc[second.i - 1].lower_ != "and" or second.head.i != first.i:
        return False
    if second.tag_ != first.tag_ or any(c.dep_ in _OWN_ARGUMENTS for c in second.children):
        return False
    if any(c.dep_ in _FIRST_VERB_OBJECTS for c in first.children):
        return False
    return sum(c.dep_ == "obj" for c in second.children) == 1
