"""A person named only as whose relative another is: "Mr. Varga's brother opened the bakery",
"the widow of Omar Keller sued the city".

The relative acts, not the person whose possessive names him: "Keller's widow sued the
city" tells nothing Keller did. Such a mention is no actor (the person may act elsewhere
in the article).
"""

from __future__ import annotations

import re

from timeline_app.core.extraction.lexicon import words

KIN_NOUNS = words("""
father mother son daughter brother sister wife husband widow widower parent parents child
children sons daughters brothers sisters uncle aunt nephew niece cousin grandson
granddaughter grandfather grandmother family fiancee fiance girlfriend boyfriend
stepfather stepmother stepson stepdaughter in-laws relatives
""")

_KIN_AFTER = re.compile(
    r"['’]s?\s+(?:(?:late|elder|older|younger|eldest|youngest|estranged|former|teenage)\s+)?"
    r"([a-z\-]+)\b"
)

_KIN_OF_BEFORE = re.compile(r"\b([a-z\-]+)\s+of\s+\Z")


def only_whose_relative(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` is followed by its possessive and a kin
    noun, or follows a kin noun and "of"."""
    match = _KIN_AFTER.match(text, end)
    if match is not None and match.group(1) in KIN_NOUNS:
        return True
    before = _KIN_OF_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in KIN_NOUNS
