"""A firm's namesake: another business that shares a known firm's name and adds a head word.

The gazetteer reads "Apple" in "Apple Corps sued Apple Computer", so both parties became the
one firm it knows. A head word that names another line of business, or a charity, after the
known name makes a namesake: "Apple Corps", "Orbit Records", "Zephyr Foundation" are parties
of their own, named in full. A legal suffix ("Orbit Inc.", "Orbit Corp.") or a word the
gazetteer lists as the firm's own form names the firm itself and is no namesake.
"""

from __future__ import annotations

import re

from timeline_app.core.extraction import lexicon

# Heads that name a business apart from a firm of the same first word: a record label, a
# film studio, a charity ("Orbit Records" is no part of the Orbit that makes phones).
NAMESAKE_HEADS = lexicon.words("Corps Records Films Pictures Studios Foundation")

_HEAD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?!['’\-]\w)")


def namesake_end(text: str, end: int) -> int | None:
    """Where the namesake's name ends when the known firm's name ending at ``end`` goes on
    with a namesake's head ("Apple| Corps"); None when it does not."""
    after = _HEAD_AFTER.match(text, end)
    if after is None or after.group(1) not in NAMESAKE_HEADS:
        return None
    return after.end(1)
