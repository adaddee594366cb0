"""A date that a document bears: "read out a letter, dated March 3, from the council", "a
vase dating from 1820". The date is the letter's or the vase's, told to say which one; the
clause that names it (the reading, the receiving) happened on a day of its own, which the
text gives elsewhere or not at all.
"""

from __future__ import annotations

import re

# "dated March 3", "dated on 4 May", "dating from 1820", "dating back to 1902", right before
# the date expression
_BORNE_DATE = re.compile(
    r"\b(?:dated|dating\s+(?:back\s+)?(?:from|to))\s+(?:on\s+|from\s+|to\s+)?$", re.IGNORECASE
)


def date_borne(text: str, start: int) -> bool:
    """Whether the date expression starting at ``start`` is the date a thing bears."""
    return bool(_BORNE_DATE.search(text[max(0, start - 30) : start]))
