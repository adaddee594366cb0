"""A happening told within a vague stretch of days whose day the text gives elsewhere.

News often tells a happening loosely first and gives its day in passing later, or the other
way round: "This past week saw the opening of the exhibit. ... The gallery celebrated the
Thursday opening"; "He had written a letter earlier this week ... he said in the letter,
dated Monday". "This past week" and "earlier this week" are stretches of days; "the Thursday
opening" and "the letter, dated Monday" say which day. A reader dates the happening by that
day, as TimeML's guidelines anchor an event to the most precise time the text ties it to.

Only a stretch of a week or so is narrowed, and only to a day inside it that one noun of the
happening's clause is given ("opening", "letter") and no other day is.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.core.dates import FuzzyDate, Precision, When

# "this past week", "earlier this week", "last week": the stretches a day can narrow
_LONGEST_STRETCH_DAYS = 8


@dataclass(frozen=True, slots=True)
class _DatedNoun:
    stems: frozenset[str]
    when: When


class DaysOfNouns:
    """The nouns the text gives a day, as it reads them ("the Thursday opening")."""

    def __init__(self) -> None:
        self._nouns: list[_DatedNoun] = []

    def note(self, noun_stems: frozenset[str], when: When) -> None:
        if when.is_range or when.start.precision < Precision.DAY or not noun_stems:
            return
        self._nouns.append(_DatedNoun(noun_stems, when))

    def narrowed(self, when: When, clause_stems: frozenset[str]) -> When | None:
        """The one day, inside the stretch ``when``, that a noun of the clause (its stems
        ``clause_stems``) is given, if ``when`` is a vague stretch of days; else None."""
        if not when.is_range or when.end is None or when.ongoing:
            return None
        if when.start.precision < Precision.DAY or when.end.precision < Precision.DAY:
            return None
        first, last = when.start_ordinal, when.end_ordinal()
        if last - first > _LONGEST_STRETCH_DAYS:
            return None
        days = {
            noun.when.start_ordinal: noun.when
            for noun in self._nouns
            if noun.stems & clause_stems and first <= noun.when.start_ordinal < last
        }
        if len(days) != 1:
            return None
        day = days.popitem()[1].start
        return When(FuzzyDate(day.year, day.month, day.day))
