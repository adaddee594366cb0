"""The time a passage is about, followed through the text as a careful reader does.

A news report tells of its own day: "on Monday", "in March", "last summer" count from the
publication date. A background paragraph or a history narrative tells of another time,
set by the last date it wrote out: after "In 1991, the republic declared independence.",
"two years earlier" is 1989 and "in March" March 1991. The tagger walks the chosen
expressions in text order and keeps here the story's time; each expression that names no
year of its own is then read one of two ways, per sentence:

- against the publication date (news mode) when no story's time has been set, when the
  story's time is within a year of the publication date (the publication date's reading of
  "in March", the nearest March in the past, already is the story's, and it knows better
  which side of New Year it falls), or when the expression's sentence speaks of the future
  as seen from now ("talks will resume in March");
- against the story's time (narrative mode) otherwise. A future seen from the past ("a war
  that would be over by Christmas") stays in the story.

Which dates set the story's time is what tells a history from a news report's background:

- a date written to the month or the day ("on 28 June 1914", "in March 1864", "the summer of
  1630") sets it, and so does a year that opens its sentence ("In 1993 fighting broke out");
- a year inside a sentence ("after the invasion of Crimea in 2014", "the 1988 ceasefire")
  sets it only while the text has not shown itself to be news and the story's time is not
  known to the month: news names its own time (a date within a year of the publication
  date) early, and after that its old years are asides, while a history never does; and a
  history told month by month does not leave its month for a year mentioned in passing
  ("closure brought rationing in 1956-57. Eden resigned in January" is January 1957 after
  April 1957);
- a date that describes a thing ("the Dec. 21, 1988, bombing") counts as a year inside a
  sentence;
- a flashback never sets it: a date in a past-perfect sentence ("the canal had been run by
  the company since it opened in 1869") or after "since", "dating to": the story goes on
  from where it was;
- nor, once the text has a time of its own, does a date in a relative clause set off by a
  comma or a bracket, or in a participle phrase after a comma: "The governor, who took
  office in January 2012 (or: elected in January 2012), vetoed the rise in February"
  describes the governor, and "February" is the story's (the publication's, in news), not
  2012's.

A passage that has left the publication's time stays in the story's until the text comes
back by naming a date near the publication date ("a week ago", "currently", "on Dec. 31,
2021", a date in a sentence about the coming future): that date is the story's time again.
In a text known to be news, a sentence in the present ("Gonzalez has cited his rights")
also brings it back.
Expressions that point back by their words ("that summer", "the next spring", "the
following morning") follow the story's time whenever there is one. Bare weekdays are not
read against it: in news they name days of the publication's week even inside a story about
another time (see anaphora.resolve_weekday).
"""

from __future__ import annotations

import datetime as dt
import re

from ..tenses import Tense
from .anaphora import Reference
from .tense import tense_near

_NEAR_YEARS = 1
# a sentence ends at . ! ? before a capital or an opening quote, or at a blank line
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[A-Z\"“(])|\n\s*\n")
# what may stand before a year that opens its sentence: "In 1993", "By early 1942,"
_OPENING = re.compile(
    r"(?i:[\s\"“(]*(?:(?:in|by|during|from|after|before|until|throughout|on|early|late|mid"
    r"|the|year|of|around|about|circa|c\.|and|but|then|later|earlier|spring|summer|autumn"
    r"|fall|winter)[-\s,]+)*)"
)
_FLASHBACK_BEFORE = re.compile(
    r"(?i:\b(?:since|dating\s+(?:back\s+)?to|dates\s+(?:back\s+)?to|as\s+early\s+as"
    r"|as\s+far\s+back\s+as|ever\s+since)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?)$"
)
# the opening of a relative clause set off by a comma, a bracket or a dash, and its words up
# to the date, with nothing that closes it (or may end the sentence: "depression. [20] For"
# is no end to the sentence finder) between: ", who took office in ", "(which ended "
_RELATIVE_OPEN = re.compile(
    r"(?i:(?:,|\(|\s[-–—])\s*(?:(?:in|of|on|at|by|for|from|with|under|during|after|before)"
    r"\s+)?(?:who|whom|whose|which)\b[^,;:()–—.!?]*)$"
)
# the same for a participle phrase set off by a comma: ", elected in ", ", first sworn in on "
# (a regular participle, not "-eed" as in "indeed", or a common irregular one)
_PARTICIPLE_OPEN = re.compile(
    r"(?i:,\s*(?:(?:first|later|originally|newly|once)\s+)?(?:[a-z]+[^\We]ed|born|sworn|chosen"
    r"|taken|held|built|made|given|known|written|won|begun|drawn|shown|led|hit|struck)\b"
    r"[^,;:()–—.!?]*)$"
)
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|until|till|through)\s*")
_ATTRIBUTIVE = re.compile(r"(?i:\b(?:the|a|an|its|his|her|their|this|that)\s+)$")
_PAST_PERFECT = re.compile(r"(?i:\bhad\b|\bhad\s+(?:been|long|already|not)\b|['’]d\s+been\b)")
# a finite verb in the present: a news text back at its own time after a passage in the past
# a period a year names that a history's story runs into ("started the 2013 season with")
_PERIOD_NAMED = re.compile(r"(?i:[-\s]+(?:season|campaign|school\s+year|academic\s+year)\b)")
_PRESENT = re.compile(r"\b(?:has|have|is|are|says|say)\b")
# a future seen from now, not from the story's past ("would", "was to" stay in the story)
_FUTURE_FROM_NOW = re.compile(
    r"(?i:\b(?:will|shall|won['’]t|is\s+to|are\s+to|am\s+to|is\s+going\s+to|are\s+going\s+to"
    r"|is\s+expected|are\s+expected|is\s+scheduled|are\s+scheduled|is\s+due|are\s+due"
    r"|plans?\s+to|intends?\s+to)\b|['’]ll\b)"
)


class StoryTime:
    """The time the text is telling of, and which reading an expression without a year gets."""

    __slots__ = ("current", "current_at", "dct", "last", "news", "text")

    def __init__(self, text: str, dct: dt.date | None) -> None:
        self.text = text
        self.dct = dct
        self.current: Reference | None = None  # the story's time
        self.current_at = 0  # where the text set it
        self.last: Reference | None = None  # the last date named, for "that summer"
        self.news = False  # the text has named a date near its publication date

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        lo = max(0, start - 400)
        for m in _SENTENCE_END.finditer(self.text, lo, start):
            lo = m.end()
        after = _SENTENCE_END.search(self.text, end, end + 400)
        return lo, after.start() + 1 if after else min(len(self.text), end + 400)

    def _near(self, ref: Reference) -> bool:
        return self.dct is not None and abs(ref.year - self.dct.year) <= _NEAR_YEARS

    def reference_for(self, start: int, end: int, anaphoric: bool) -> Reference | None:
        """The date the expression at text[start:end] is read against, if not the
        publication date: the last date named for words that point back ("that summer"),
        else the story's time when the sentence is in the story."""
        if anaphoric:
            return self.last
        if self.current is None:
            return None
        if self.dct is None:
            return self.current
        if self._near(self.current):
            return None
        if self.news and _PRESENT.search(self.text, self.current_at, start):
            return None  # news that came back to its own time ("Gonzalez has cited ...")
        if tense_near(self.text, start, end, strict=True) is not Tense.FUTURE:
            return self.current
        lo, hi = self._sentence(start, end)
        around = self.text[lo:start] + " " + self.text[end:hi]
        return None if _FUTURE_FROM_NOW.search(around) else self.current

    def told(self, value: str, ref: Reference | None, start: int, end: int, followed: bool) -> None:
        """A date the text gave at text[start:end] (ref: its value as a reference, if it can
        be one); followed: its value was read against the story's time or the last date named
        ("in March", "the next day"), so it carries the story on rather than taking it
        elsewhere."""
        if value == "PRESENT_REF":
            if self.dct is not None:
                self.last = Reference.parse(f"{self.dct:%Y-%m-%d}")
                self._set(self.last, end)  # type: ignore[arg-type]
                self.news = True
            return
        if ref is None:
            return
        self.last = ref
        if self._near(ref):
            self.news = True
            self._set(ref, end)
            return
        if (
            ref.month is None
            and self.current is not None
            and _RANGE_GAP.fullmatch(self.text, self.current_at, start)
        ):
            return  # "(1992–1995)": the story goes on from where the range starts
        lo, _ = self._sentence(start, end)
        before = self.text[lo:start]
        if self.current is not None and (
            _PAST_PERFECT.search(before)
            or _RELATIVE_OPEN.search(before[-200:])
            or _PARTICIPLE_OPEN.search(before[-200:])
        ):
            # a flashback ("had fled in June 1998 and returned later that year"), or what a
            # relative clause or a participle tells of a noun (", who took office in January
            # 2012,", ", elected in January 2012,")
            return
        if followed:
            self._set(ref, end)
            return
        if _FLASHBACK_BEFORE.search(before[-40:]):
            return  # "since 1980": the story goes on from where it was
        precise = ref.month is not None or ref.season is not None or ref.week is not None
        if (
            not precise
            and self.current is not None
            and ref.year > self.current.year
            and _PERIOD_NAMED.match(self.text, end)
        ):
            # "traded on December 26, 2012. He started the 2013 season in the minors": a
            # history moves on into the season it names, where "on July 6" then lies
            self._set(ref, end)
            return
        if precise and _ATTRIBUTIVE.search(before[-12:]):
            precise = False  # "the Dec. 21, 1988, bombing" names an event, not the time told
        vaguer = self.current is not None and self.current.month is not None
        if precise or _OPENING.fullmatch(before) or not (self.news or vaguer):
            self._set(ref, end)

    def _set(self, ref: Reference, at: int) -> None:
        self.current = ref
        self.current_at = at
