"""An object that ends on a verb whose question was cut away, mended by leaving out modifiers.

"Sheriff's office refuses to disclose [which security contractors were hired]": cut at
the twelve-word limit before its "which", the title says that something was refused and not
what. The question is the news; the nouns inside it can lose the words that only narrow them
("which [security] contractors were hired") so that it fits whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction import lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

# Words that open an indirect question or a clause of what is said after a verb.
QUESTION_OPENERS = lexicon.words("which who whom whose what whether how why where when if")
# Modifiers a noun can lose and still name what it names ("[security] contractors").
_NARROWING = frozenset({"compound", "amod"})


def question_left_out(obj: list[str], kept: int) -> bool:
    """Whether the object was cut right before a question it opens ("to reveal [which ...]")."""
    return 0 < kept < len(obj) and obj[kept].lower() in QUESTION_OPENERS


def without_narrowing(
    obj: list[str], tokens: list[Token | None], start: int, fits: Callable[[list[str]], bool]
) -> list[str] | None:
    """The object with the lowercase modifiers of the nouns after ``start`` left out (each
    with the words that modify it), from the first, until it ``fits``; None when it never
    does or there is nothing to leave out."""
    dropped: set[int] = set()
    for index in range(start, len(obj)):
        if dropped and fits(_kept(obj, dropped)):
            break
        token = tokens[index]
        if token is None or index in dropped or not _narrows(token):
            continue
        subtree = {t.i for t in token.subtree}
        dropped |= {n for n, t in enumerate(tokens) if t is not None and t.i in subtree}
    if not dropped or not fits(_kept(obj, dropped)):
        return None
    return _kept(obj, dropped)


def _kept(obj: list[str], dropped: set[int]) -> list[str]:
    return [word for n, word in enumerate(obj) if n not in dropped]


def _narrows(token: Token) -> bool:
    """A lowercase noun or adjective before the noun it modifies (the outermost of a chain:
    "[private security]", not "[private]" alone)."""
    return (
        token.dep_ in _NARROWING
        and token.text.islower()
        and token.head.i > token.i
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.dep_ not in _NARROWING
    )
