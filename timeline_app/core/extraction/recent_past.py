"""What news says was done "recently" or "lately": a happening of about the publication month.

TIMEX3 gives "recently" the value PAST_REF, which names no placeable date, so a clause it
dated was left undated, and below the lead an undated past happening is background: "The
two rivals recently signed a treaty", "Acme has recently opened a plant in Ohio" were lost.
A reader puts such a happening a few weeks before the story, in its month (approximate), as
the extractor does other undated news. Only where the word modifies the clause's own verb
told as done: "the recently released browser" dates an adjective, "until recently" a state
that ended.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING

from timeline_app.core.dates import When
from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.temporal import month_of

if TYPE_CHECKING:
    from timeline_app.core.extraction.syntax import ParsedText
    from timeline_app.core.timex import Timex

_RECENT_WORDS = lexicon.words("recently lately")
# "until recently", "since recently": the word bounds a stretch of time, it dates nothing
_BOUNDING = lexicon.words("until till since")
_PAST_TAGS = frozenset({"VBD", "VBN"})
_PRESENT_AUX = lexicon.words("has have")


def recently_done(
    parsed: ParsedText,
    timex: Timex,
    verbs: Collection[int],
    published: dt.date | None,
    past_verb: int | None = None,
) -> When | None:
    """The publication month (approximate) for "recently" or "lately" on the clause's own
    verb in the past or the present perfect, else None. ``verbs``: where the clause's verb
    may start (the parse's head of the clause, the word rules' verb: where the parse heads
    "Ann Cole, a lawyer from Leeds, recently joined ..." with the name, the verb is the
    rules'); ``past_verb``: where the rules found the clause's verb in the simple past."""
    if published is None or not verbs or timex.value != "PAST_REF":
        return None
    words = parsed.tokens(timex.start, timex.end)
    if len(words) != 1 or words[0].lower_ not in _RECENT_WORDS:
        return None
    word = words[0]
    verb = word.head
    if word.dep_ != "advmod" or verb.idx not in verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    before = word.doc[word.i - 1] if word.i else None
    if before is not None and before.lower_ in _BOUNDING:
        return None
    if before is not None and (before.tag_ in ("DT", "PRP$", "POS") or before.dep_ == "det"):
        return None  # "the recently passed law": a participle before its noun, misread
    if any(c.lower_ in ("more", "most") for c in word.children):
        return None  # "More recently it has followed ...": the latest of a series, no date
    if verb.tag_ not in _PAST_TAGS:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return None  # "could recently have ...": not told as done
    if verb.tag_ == "VBN" and not auxiliaries and verb.idx != past_verb:
        # a participle on its own describes ("a recently built road"), unless the word
        # rules found the clause's past verb there (the parse misread it after a long
        # subject)
        return None
    if any(a.lower_ == "had" for a in auxiliaries):
        return None  # "had recently started": before the story's past, background to it
    if (
        verb.tag_ == "VBN"
        and auxiliaries
        and not any(a.tag_ == "VBD" or a.lower_ in _PRESENT_AUX for a in auxiliaries)
    ):
        return None  # "is recently married": a state now, not a happening
    return month_of(published)
