"""A person named only to say whose someone else is: a relative ("Mr. Varga's brother opened
the bakery", "the widow of Omar Keller sued the city") or an aide ("Keller campaign chairman
Tom Reece wrote an op-ed").

The relative or the aide acts, not the person named to say whose he is: "Keller's widow
sued the city" tells nothing Keller did. Such a mention is no actor (the person may act
elsewhere in the article).
"""

from __future__ import annotations

import re

from timeline_app.core.extraction.lexicon import words
from timeline_app.core.extraction.name_cues import ROLE_NOUNS

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


# Who works for a person, as a noun between his name and the worker's: "Keller adviser Tom
# Reece", "Keller campaign chairman Tom Reece".
AIDE_NOUNS = ROLE_NOUNS | words("adviser advisor aide strategist pollster deputy")
_AIDE_BETWEEN = re.compile(r"\s+(?:([a-z\-]+)\s+)?([a-z\-]+)\s+\Z")


def only_whose_aide(text: str, end: int, next_person_start: int) -> list[int]:
    """Where the words lie (their offsets) that make the name ending at ``end`` only say whose
    aide is the person named next (at ``next_person_start``): one or two lower-case words
    between, the last a role noun; none when they do not."""
    if not 0 < next_person_start - end <= 40:
        return []
    match = _AIDE_BETWEEN.fullmatch(text, end, next_person_start)
    if match is None or match.group(2) not in AIDE_NOUNS:
        return []
    return [match.start(g) for g in (1, 2) if match.group(g)]
