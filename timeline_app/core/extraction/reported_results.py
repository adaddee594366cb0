"""A company's results told with "have" ("Acme said it had a quarterly loss of $2 million in the third
quarter", "had net income of $9 million for the quarter"): the verb is one of holding, but what
it tells of the latest quarter is the figure's report, the day's news like "posted a loss"."""

from __future__ import annotations

import re

from timeline_app.core.extraction.figure_states import FIGURE_NOUNS
from timeline_app.core.extraction.grammar import VerbGroup
from timeline_app.core.extraction.posted_results import SUM, words_had
from timeline_app.core.extraction.titles import content_lemma

# "the quarter", "the period", "the half": a period named before, not named by its number
_NAMED_AGAIN = re.compile(r"(?i)(?:the\s+)?(?:quarter|period|half)\b")
_FIGURE_TOLD = re.compile(r"(?i)\b(?:" + "|".join(sorted(FIGURE_NOUNS)) + r"|net)\b")


def results_had(group: VerbGroup | None, period: str, told_before: str) -> bool:
    """Whether a clause tells, with "have", a figure a company reports ("had a deficit of",
    "had net income of"; not "had hoped", nor "had no loss"), told of the company itself
    (a name, a pronoun, "the company"; "its stores had a loss" is a part's figure) and for the
    first time: a sum ``told_before`` holds already, or "the quarter" (the ``period``'s words)
    after a figure was told, points back to the result's report there."""
    if group is None or group.negated or group.tense.unreal or content_lemma(group) != "have":
        return False
    if not any(t.low in FIGURE_NOUNS for t in words_had(group)):
        return False
    subject = [t for t in group.subject if t.is_word]
    if not subject or (subject[-1].text.islower() and subject[-1].low.endswith("s")):
        return False  # "operations had a loss": one part's, not the results
    if _NAMED_AGAIN.match(period) and _FIGURE_TOLD.search(told_before):
        return False  # "... reported a loss. It said it had a quarterly loss of $9 million"
    rest = " ".join(t.text for t in group.rest)
    sum_told = SUM.search(rest)
    return sum_told is None or sum_told.group() not in told_before
