"""A story's day that the text gives only below its lead.

News often tells its happening undated first and names the day a few paragraphs on: "A fire
destroyed a warehouse in Marlow. Firefighters fought the flames for six hours. ... The fire
broke out on Sunday shortly after midnight." A reader dates the destruction and the fight on
Sunday, not on the day the paper ran. The later clause names the lead's happening by a
definite description ("the fire", "the crash") whose noun the lead used, and dates it within
the days before publication, with no date given before it; that day is the story's, as if
the lead had given it, for what the story told undated before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline_app.core.dates import When
from timeline_app.core.extraction.analysis import Analysis
from timeline_app.core.extraction.sentences import Sentence

_WORD = re.compile(r"[a-z][a-z-]*")
# Determiners of a description that refers back to what the story told before
_REFERRING = frozenset({"the", "this", "that"})


@dataclass(frozen=True, slots=True)
class Waiting:
    """An undated past clause the story's day would have carried, were it known then."""

    sentence: Sentence
    analyses: list[Analysis]
    index: int


@dataclass(slots=True)
class LateStoryDay:
    """The lead's words, the story's day once a later clause gives it, and what waits for
    it."""

    lead_words: set[str] = field(default_factory=set)
    day: When | None = None
    at: int = 0  # where the clause that gave the day starts
    waiting: list[Waiting] = field(default_factory=list)
    # a sentence with a date of its own came: the day a later one gives is not the story's
    # first, and what came before may run at that other date
    closed: bool = False

    def read_lead(self, sentence: Sentence) -> None:
        if sentence.lead:
            self.lead_words.update(_WORD.findall(sentence.text.lower()))

    def offer(self, sentence: Sentence, analysis: Analysis, when: When) -> None:
        """A clause dated at a recent day below the lead: the story's day when its subject
        is a definite description of a noun the lead used ("The fire broke out on Sunday"
        after "A fire destroyed a warehouse")."""
        if self.day is not None or self.closed or sentence.lead or analysis.group is None:
            return
        subject = [t for t in analysis.group.subject if t.is_word]
        if len(subject) < 2 or subject[0].low not in _REFERRING:
            return
        if subject[-1].low in self.lead_words:
            self.day, self.at = when, analysis.clause.start
