"""Whether a verb leaves its object to a relative clause's gap: nothing after it (or after
its particle) could be its object ("the treaty that the envoys signed on Friday", "the bill
the governor signed last month"). Both relative-clause mends ask it; they differ only in
which words may follow and in what the end of the text means. Both also move the adjunct
just after the verb to it (``adjunct_after``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that open a time phrase after the verb ("adopted last month"), not an object.
DATE_OPENERS = frozenset({"last", "this", "next", "earlier", "later", "yesterday", "today"})


def nothing_to_take(verb: Token, following_tags: frozenset[str], at_the_end: bool) -> bool:
    """Whether what follows ``verb`` (past its particle) is of ``following_tags`` or opens a
    time phrase; ``at_the_end`` is the answer when the text ends there."""
    doc = verb.doc
    at = past_the_verb(verb)
    if at >= len(doc):
        return at_the_end
    following = doc[at]
    return following.pos_ in following_tags or following.lower_ in DATE_OPENERS


def past_the_verb(verb: Token) -> int:
    """The index just after ``verb`` and its own particle ("signed off")."""
    doc = verb.doc
    at = verb.i + 1
    if at < len(doc) and doc[at].dep_ == "compound:prt" and doc[at].head.i == verb.i:
        at += 1
    return at


def adjunct_after(
    verb: Token, hosts: tuple[Token, ...], dependents: frozenset[str]
) -> Token | None:
    """The phrase that starts just after ``verb`` (past its particle) and hangs on one of
    ``hosts`` as one of ``dependents`` (a time, a place, a manner): a misread clause's
    adjunct, which is the nearer verb's."""
    start = past_the_verb(verb)
    for host in hosts:
        for child in host.children:
            if child.dep_ in dependents and child.left_edge.i == start and child.i > verb.i:
                return child
    return None
