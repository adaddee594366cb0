"""A month-day written without its year, on a verb told as done: last year's, not the next.

"The siege ended on 3 May" in a paper of 8 March tells of the May gone by: the past tense says
the day has come and gone. The date tagger reads such a day as the nearest one, a few weeks
ahead, because across news the tense words near a date mislead it more than they help (a
"said" before a reported future). The extractor knows the verb the date hangs on from the
parse: where that verb is itself a past tense ("ended", "was signed", "had closed") and the
day would otherwise fall more than a week after the paper, the day is a year back. A date on
an infinitive or a "would" ("agreed to deliver the jets on May 3", "said it would end on
May 3") stays ahead: that is a plan.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline_app.core.dates import DateError, FuzzyDate, Precision, When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.syntax import governing_verb
from timeline_app.core.tenses import Tense

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.extraction.syntax import ParsedText
    from timeline_app.core.timex import Timex

# a day or two ahead may be a dateline's time zone or a paper dated the morning after
_DAYS_AHEAD_ALLOWED = 7
_YEAR_WRITTEN = re.compile(r"\d{3,4}|['’]\d\d\b")
_MONTH_NAMED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)
_PAST_AUXILIARIES = lexicon.words("was were had")


def a_year_back(
    when: When, timex: Timex, parsed: ParsedText, published: dt.date | None, tense: Tense | None
) -> When | None:
    """Last year's day (or month) for a date with a month and no year written, on a verb in
    the past, in a clause in the past (``tense``: "..., but will be free until May 3" is
    not), that would start more than a week after ``published``; else None."""
    start = when.start
    if (
        published is None
        or tense != Tense.PAST
        or when.is_range
        or start.precision not in (Precision.MONTH, Precision.DAY)
        or _YEAR_WRITTEN.search(timex.text)
        or not _MONTH_NAMED.search(timex.text)
        or when.start_ordinal - published.toordinal() <= _DAYS_AHEAD_ALLOWED
    ):
        return None
    verb = governing_verb(parsed, timex.start, timex.end)
    if verb is None or not _told_as_past(verb):
        return None
    try:
        earlier = FuzzyDate(start.year - 1, start.month, start.day, approximate=start.approximate)
    except DateError:
        return None  # 29 February
    return When(earlier)


def _told_as_past(verb: Token) -> bool:
    """ "ended", "was signed", "had closed": a verb in the past itself (not "would end", "to
    deliver", "has agreed")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_.startswith("aux")]
    return bool(auxiliaries) and all(a in _PAST_AUXILIARIES for a in auxiliaries)
