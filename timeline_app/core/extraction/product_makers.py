"""The firm behind a product that a clause's subject names: "The zPad went on sale on Friday"
names no party, yet in a story about the firm that makes it the firm is the one acting.

A brand written with an inner capital after a small letter ("zPad", "xOS") is a product, no
name the finder reads; where a subject holds one and the clause names no party, the party is
the story's firm: the company the article names most, at least twice and more often than any
other company (in a story about two rival firms no product is given to either).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_BRAND = re.compile(r"[a-z]{1,3}[A-Z][A-Za-z0-9]*")

# A firm named once may be a passing rival or a supplier, not the story's subject.
_STORY_FIRM_MENTIONS = 2


def names_a_brand(words: Iterable[str]) -> bool:
    """Whether any of a subject's ``words`` is a brand written with an inner capital."""
    return any(_BRAND.fullmatch(word) for word in words)


def story_firm(firms: Iterable[str]) -> str | None:
    """The one company a story is about, from its companies' mentions (a name per mention):
    the one named most, at least twice and more than any other; None if no one is."""
    counts = Counter(firms).most_common(2)
    if not counts or counts[0][1] < _STORY_FIRM_MENTIONS:
        return None
    if len(counts) > 1 and counts[1][1] == counts[0][1]:
        return None
    return counts[0][0]
