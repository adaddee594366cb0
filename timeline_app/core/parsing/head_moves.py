"""Heads moved after the parse, all or none: a mend must leave a tree.

spaCy lets a head be set into a cycle, and a walk up a cycle (the extractor walks up heads
everywhere) never ends; a set of moves that would make one is undone whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# (the word, its new head, its new relation)
Move = tuple["Token", "Token", str]


def reaches_root(token: Token) -> bool:
    """Whether walking up from ``token`` reaches a root (a token that heads itself)."""
    for _step in range(len(token.doc)):
        if token.head.i == token.i:
            return True
        token = token.head
    return False


def move_heads(moves: list[Move]) -> bool:
    """Make each move in turn; if the tree then has a cycle, undo them all. Whether the
    moves stand."""
    before = [(token, token.head, token.dep_) for token, _head, _dep in moves]
    for token, head, dep in moves:
        token.head = head
        token.dep_ = dep
    if all(reaches_root(token) for token, _head, _dep in moves):
        return True
    for token, head, dep in reversed(before):
        token.head, token.dep_ = head, dep
    return False
