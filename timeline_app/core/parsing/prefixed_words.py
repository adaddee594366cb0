"""Words made with a hyphenated prefix ("co-founded", "re-elected", "pre-empted") kept whole.

spaCy's English tokenizer cuts every hyphen between letters, so "co-founded" reached the
parser as "co", "-", "founded" and came out as a verb "co" with the real verb hanging from
it: the sentence's happening was lost. The treebanks the parser learns from (UD EWT, GUM)
write such a word as one token (EWT's "re-elected" is one VBN), and the parser tags the whole
word well from its ending. Only prefixes that make verbs and their nouns are kept, and only
before a lowercase word: "pro-Beijing" or "anti-abortion" stay cut, as the parser learned
them, and so do compounds of two words ("earthquake-induced").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Prefixes that attach to a verb (and the nouns made from it): "co-found", "re-open",
# "pre-empt", "de-list", "mis-sell".
VERB_PREFIXES = frozenset({"co", "re", "pre", "de", "mis"})

_REST = re.compile(r"[a-z]+\Z")

InfixFinder = Callable[[str], Iterable[re.Match[str]]]


def keeps_whole(word: str, hyphen: int) -> bool:
    """Whether the hyphen at ``hyphen`` in ``word`` joins a verb prefix to a lowercase word."""
    return word[:hyphen].lower() in VERB_PREFIXES and bool(_REST.match(word, hyphen + 1))


def prefix_aware(infixes: InfixFinder) -> InfixFinder:
    """``infixes`` (the tokenizer's infix finder) without the hyphens that ``keeps_whole``."""

    def find(word: str) -> list[re.Match[str]]:
        return [
            match
            for match in infixes(word)
            if not (match.group() == "-" and keeps_whole(word, match.start()))
        ]

    return find


def keep_prefixed_words(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep hyphen-prefixed words whole."""
    tokenizer = nlp.tokenizer
    base = getattr(tokenizer, "infix_finditer", None)
    if base is not None:
        setattr(tokenizer, "infix_finditer", prefix_aware(base))  # noqa: B010 (spaCy's Tokenizer is typed as a plain callable)
