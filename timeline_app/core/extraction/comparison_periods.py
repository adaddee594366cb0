"""Dates that name the time a figure is measured against ("higher than a year ago", "the
loss narrowed from a year earlier"): the base of a comparison, not the time of a happening.

A figure written before "from" or "than" is ``dating_rules.comparison_base``'s and
``date_of_a_compared_sum``'s; these are the comparisons that name no figure at all.
"""

from __future__ import annotations

import re

from timeline_app.core.timex import Timex

# "a year earlier", "the year-ago quarter", "the prior-year period", "the same period": a time
# named as one year back from the story's own
_YEAR_BACK = re.compile(
    r"\byear[- ](?:earlier|ago|before)\b|\bprior[- ]year\b|\bprevious[- ]year\b"
    r"|^the\s+(?:same|comparable|\d{4})\s+(?:period|quarter)\b",
    re.IGNORECASE,
)
# "wider than a year ago", "narrowed from a year earlier": the time compared with
_COMPARED_WITH = re.compile(
    r"\b(?:than|from|versus|vs\.|compared\s+(?:with|to)|against)\s+$", re.IGNORECASE
)


def compared_with_a_year_back(text: str, timex: Timex) -> bool:
    """ "Margins were wider than a year ago": a year-back time right after "than" or "from"
    is what something is measured against, no date of the clause."""
    if not _YEAR_BACK.search(timex.text):
        return False
    return bool(_COMPARED_WITH.search(text, max(0, timex.start - 20), timex.start))
