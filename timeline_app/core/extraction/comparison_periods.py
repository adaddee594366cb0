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


# "than it did in 2009", "as they were on Monday", "than in June": the standard of a
# comparison, with the subject and auxiliary that restate the clause's verb, if written
_STANDARD = (
    r"(?:(?:it|they|he|she|we|you|there|this|that|(?:the|its|their|his|her|our)\s+[\w-]+)"
    r"\s+(?:did|was|were|had(?:\s+been)?|used\s+to|does|do|is|are)\s+)?"
    r"(?:(?:back\s+)?(?:in|on|at|during|by|for)\s+)?(?:the\s+)?$"
)
# "no later than 2009", "as recently as 1995", "as far back as May": the date itself, told
# as a bound, not a time compared with
_BOUND = r"(?!(?:recently|early|earlier|late|later|lately|soon|sooner|far|long)\b)"
_THAN_THEN = re.compile(r"\b" + _BOUND + r"[\w-]+\s+than\s+" + _STANDARD, re.IGNORECASE)
# "half as much power as it did in 2009", "twice as many as in 2012": "as" after "as much"
_AS_THEN = re.compile(
    r"\bas\s+" + _BOUND + r"[\w-]+(?:\s+[^\s.;:!?]+){0,8}?\s+as\s+" + _STANDARD,
    re.IGNORECASE,
)
# "The tally rose from Monday by a dozen": the day a count changed since
_CHANGED_FROM = re.compile(
    r"\b(?:r[io]se|risen|rising|increas(?:e|es|ed|ing)|gr[eo]wn?|grows|fell|fallen|falls|"
    r"dropp?(?:ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|declin(?:e|es|ed)|slipp?(?:ed|s)?|"
    r"up|down|higher|lower)\s+from\s+$",
    re.IGNORECASE,
)
_SPAN_GOES_ON = re.compile(r"^\s*(?:to|until|till|through|and)\b", re.IGNORECASE)


def standard_of_comparison(text: str, timex: Timex) -> bool:
    """ "The region now burns half as much coal as it did in 2009", "sales were lower than
    in June", "the count rose from Friday by 200": the time something is measured against,
    no date of the clause's happening. A span ("from 2009 to 2012") is the trend's own."""
    if _SPAN_GOES_ON.match(text, timex.end):
        return False
    before = text[max(0, timex.start - 100) : timex.start]
    return bool(
        _THAN_THEN.search(before) or _AS_THEN.search(before) or _CHANGED_FROM.search(before)
    )
