"""Dates that name the period a result is set against ("a year earlier", "the year-ago
quarter"): in a results story they give the base of a comparison, not the time of a
happening a reader would put on the story's timeline.

"Profit rose to $9 million. In the year-earlier quarter, the firm earned $7 million.": the
second sentence only says what the rise was measured from; "margins were wider than a year
ago" compares with a time, and dates nothing.
"""

from __future__ import annotations

import re

from timeline_app.core.timex import Timex

# "a year earlier", "the year-ago quarter", "the prior-year period", "the 1988 period": a time
# named as one year back from the story's own period
_YEAR_BACK = re.compile(
    r"\byear[- ](?:earlier|ago|before)\b|\bprior[- ]year\b|\bprevious[- ]year\b"
    r"|^the\s+(?:same|comparable|\d{4})\s+(?:period|quarter)\b",
    re.IGNORECASE,
)
# a sum, a share price or a percentage: what a results sentence reports
_FIGURE = re.compile(
    r"\$\s?\d|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|cents\b)|\d\s+(?:[mb]illion)\b",
    re.IGNORECASE,
)
# what sets one figure against another ("up from", "higher than", "compared with")
_COMPARING = re.compile(
    r"\b(?:than|from|versus|vs\.|compared|against|over)\b",
    re.IGNORECASE,
)
# "wider than a year ago", "narrowed from a year earlier": the time compared with
_COMPARED_WITH = re.compile(
    r"\b(?:than|from|versus|vs\.|compared\s+(?:with|to)|against)\s+$", re.IGNORECASE
)


def names_a_year_back(timex: Timex) -> bool:
    """Whether the date expression names the period a year before the story's own."""
    return bool(_YEAR_BACK.search(timex.text))


def compared_with_a_year_back(text: str, timex: Timex) -> bool:
    """ "Margins were wider than a year ago": a year-back time after "than" or "from" is
    what something is measured against, no date of the clause."""
    if not names_a_year_back(timex):
        return False
    return bool(_COMPARED_WITH.search(text, max(0, timex.start - 20), timex.start))


def result_of_the_base_period(text: str, timex: Timex, clause_start: int, sentence: str) -> bool:
    """ "In the year-earlier period, the firm earned $7 million": a figure told for the
    period a year back, in its own clause, is the base the story's result is compared with,
    not news of its own. A clause that sets its figure against that period ("rose 5% from
    $7 million a year earlier") reports the story's own period and is left alone."""
    if not names_a_year_back(timex) or not _FIGURE.search(sentence):
        return False
    before = text[clause_start : timex.start]
    return not _COMPARING.search(before)
