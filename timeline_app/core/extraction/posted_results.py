"""The verb a headline gives a company's results told with "have" ("Acme had a deficit of $2
million in the quarter"): a headline does not say "Acme has loss of $2 million", which reads as
a state, but "Acme posts loss of $2 million", the report the sentence tells."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import Token, VerbGroup, Voice
from timeline_app.core.tenses import Tense

# how far into what follows "had" the figure may come ("had a first-half net loss of")
_FIGURE_WITHIN = 5
# the sum a result gives: "$2.4 million", "C$310,000", "#50 million", "12 million guilders"
SUM = re.compile(r"[$#£€]\s?\d[\d,.]*(?:\s+(?:million|billion))?|\d[\d,.]*\s+(?:million|billion)\b")


def words_had(group: VerbGroup) -> list[Token]:
    """The first words after a "had" where a result's figure may come ("had a first-half net
    loss of"), none if one denies it ("had no loss")."""
    words = [t for t in group.rest if t.is_word][:_FIGURE_WITHIN]
    return [] if any(t.low == "no" for t in words) else words


# the results a company posts: its bottom line and its takings, not its output or dividend
_POSTED = lexicon.words("""
profit profits earnings income loss losses sales revenue revenues deficit
""")
# the words that may follow a result's noun ("a loss of", "net income in the quarter")
_AFTER = lexicon.words("of in for on from at per")


def results_posted(group: VerbGroup) -> VerbGroup | None:
    """``group`` with "post" for the "had" of a past result ("had net income of $9 million",
    "had a deficit of $2 million in the quarter"), else None ("had no loss", "had heavy losses",
    "had a loss carry-forward of $3 million" stay as they are)."""
    if (
        group.lemma != "have"
        or group.negated
        or group.voice == Voice.PASSIVE
        or group.tense != Tense.PAST
    ):
        return None
    # a result is told by its sum: "the army had heavy losses" is no company's report
    words = words_had(group)
    if not words or not SUM.search(" ".join(t.text for t in group.rest)):
        return None
    for index, token in enumerate(words):
        if token.low in _POSTED:
            following = words[index + 1] if index + 1 < len(words) else None
            if following is not None and following.text.islower() and following.low not in _AFTER:
                return None  # "had a loss carry-forward": a noun the figure word modifies
            return replace(group, lemma="post")
    return None
