"""The day the news was told, for what its teller goes on to do in the story.

"Two men were arrested on Wednesday, Sheriff Ana Roy announced today. Roy was joined by the
county's prosecutor. She urged residents to check their accounts." The lead dates its
happening (Wednesday) and, in its closing report, the telling (today). What the story then
tells its teller doing undated -- joined at the news conference, urging, warning -- is of the
telling's day, not the happening's: a reader knows the announcer spoke when the paper says
she did.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from timeline_app.core.dates import FuzzyDate, Precision, When
from timeline_app.core.extraction.analysis import Analysis, subject_mentions
from timeline_app.core.extraction.clause_model import ClauseKind
from timeline_app.core.extraction.sentences import Sentence
from timeline_app.core.extraction.temporal import timex_to_when

# The pronouns that go on from a named teller in the next sentence
_PEOPLE = frozenset({"he", "she"})


@dataclass(slots=True)
class TellerDay:
    """Who told the lead's news on a day of their own, and whether the sentence before
    named them as its subject."""

    names: frozenset[str] = field(default_factory=frozenset)
    day: When | None = None
    last_told: bool = False
    _told_now: bool = False

    def begin(self, sentence: Sentence, analyses: list[Analysis], published: dt.date) -> None:
        """At a sentence's start: note the teller and the day of a lead's closing report
        ("..., Sheriff Ana Roy announced today"), if it names both."""
        self.last_told, self._told_now = self._told_now, False
        if self.day is not None or not sentence.lead:
            return
        for analysis in analyses:
            if analysis.clause.kind != ClauseKind.REPORT or len(analysis.timexes) != 1:
                continue
            names = frozenset(
                word for m in subject_mentions(analysis) for word in m.text.split() if word
            )
            timex = analysis.timexes[0]
            when = timex_to_when(timex.value, timex.mod, timex.text, published)
            if not names or when is None or when.is_range:
                continue
            if when.start.precision < Precision.DAY:
                continue
            start = when.start
            self.names, self.day = names, When(FuzzyDate(start.year, start.month, start.day))
            return

    def day_for(self, analysis: Analysis, story: When | None) -> When | None:
        """The telling's day, approximate, for a clause whose subject is the teller, when
        the telling came after the day the story's happening is dated on."""
        if self.day is None or story is None or not self._tells(analysis):
            return None
        if self.day.start_ordinal <= story.start_ordinal:
            return None
        start = self.day.start
        return When(FuzzyDate(start.year, start.month, start.day, approximate=True))

    def read(self, analyses: list[Analysis]) -> None:
        """At a sentence's end: whether its main clause's subject was the teller, for a
        "she" opening the next."""
        if self.day is None:
            return
        self._told_now = any(a.clause.kind.carries_sentence and self._tells(a) for a in analyses)

    def _tells(self, analysis: Analysis) -> bool:
        group = analysis.group
        if group is None:
            return False
        subject = [t for t in group.subject if t.is_word]
        if len(subject) == 1 and subject[0].low in _PEOPLE:
            return self.last_told
        return any(
            word in self.names for m in subject_mentions(analysis) for word in m.text.split()
        )
