"""The sentence's own verb after a subject's relative clause without "that".

"The scheme the watchdog drew up was rejected on Monday": the word rules take the first
finite verb after the subject for the clause's verb ("drew"), which here belongs to a relative
clause on the subject's noun. Where the parse reads that verb as such a relative clause and
the clause's head as a later verb whose subject is the noun, the verb group is the later one
("was rejected"), and the subject keeps its words for the title to cut ("Scheme rejected").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from timeline_app.core.extraction.grammar import find_verb_group

if TYPE_CHECKING:
    from timeline_app.core.extraction.grammar import Token, VerbGroup
    from timeline_app.core.extraction.syntax import ParsedText

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_AUXILIARIES = frozenset({"aux", "aux:pass"})


def past_contact_relative(
    tokens: list[Token], group: VerbGroup | None, head: Any, parsed: ParsedText
) -> VerbGroup | None:
    """``group``, or the clause's own verb group when ``group`` took the verb of a relative
    clause without "that" on the subject's noun (see the module)."""
    if group is None or head is None or not group.verbs:
        return group
    verb = parsed.token_at(group.verbs[0].start)
    if verb is None or verb.dep_ != "acl:relcl" or verb.i >= head.i:
        return group
    noun = verb.head
    if noun.dep_ not in _SUBJECTS or noun.head.i != head.i:
        return group
    if any(c.lower_ in ("that", "which", "who", "whom") for c in verb.children):
        return group  # a relative pronoun: the clause rules cut there already
    first = min([head, *(c for c in head.children if c.dep_ in _AUXILIARIES)], key=lambda t: t.i)
    if first.i <= verb.right_edge.i:
        return group
    start = next((i for i, t in enumerate(tokens) if t.start == first.idx), None)
    if start is None:
        return group
    found = find_verb_group(tokens[start:], subjectless=True)
    if found is None or found.verbs[:1] != tokens[start : start + 1]:
        return group
    return replace(found, subject=tokens[:start])
