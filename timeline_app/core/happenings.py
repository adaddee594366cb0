"""When two events tell one happening: a compatible kind, the same act, dates that meet,
actors in common, and the same words.

Each test is a small rule a reader can check by hand; ``core/corroboration.py`` uses them to
gather the sources of many articles into one event each.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from timeline_app.core import event_kinds as kinds
from timeline_app.core.dates import Precision, When
from timeline_app.core.events import Event, SourceRef
from timeline_app.core.title_acts import same_act

# Kinds a second article may well read differently for one happening: a shelling one outlet
# calls a clash, a summit one calls politics. Kinds in different families never meet.
KIND_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({kinds.ARMED_CLASH, kinds.EXPLOSION, kinds.VIOLENCE_AGAINST_CIVILIANS, "military"}),
    frozenset({kinds.PROTEST, kinds.RIOT}),
    frozenset({kinds.DIPLOMACY, kinds.POLITICS, kinds.STRATEGIC, kinds.LEGAL}),
    frozenset({kinds.HUMANITARIAN, kinds.DISASTER}),
    frozenset({kinds.ECONOMY}),
)
# Kinds that say nothing about the happening.
UNKNOWN_KINDS = frozenset({"", kinds.OTHER})

# How far apart two readings of a date may start and still be one happening, by the coarser
# precision of the two. A day: reports filed across midnight or time zones, "on Monday" in one
# and "Tuesday" in another. A month or a year already covers any gap a reader would forgive.
DATE_TOLERANCE_DAYS: dict[Precision, float] = {
    Precision.YEAR: 0.0,
    Precision.MONTH: 0.0,
    Precision.DAY: 2.0,
    Precision.HOUR: 1.0,
    Precision.MINUTE: 1.0,
}
# "About 11 January" ("a week ago") may be off by a few more days.
APPROXIMATE_EXTRA_DAYS = 3.0

# Words in common, as Dice's coefficient of the content-word lemmas: titles are short, so
# half their words in common is one happening; evidence sentences carry much else, so less.
TITLE_SIMILAR = 0.5
EVIDENCE_SIMILAR = 0.4
BOTH_SIMILAR = 0.25
SAME_DAY_EVIDENCE_SIMILAR = 0.3

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_STOPWORDS = frozenset(
    """
a an the and or but nor of to in on at for with by from as into onto over under after before
than that this these those its it his her their our your is are was were be been being has have
had do does did will would could should may might can says said say tells told according amid
also not no new who whom which what when where while there here then about against between
during since until up down out off more most very just only other such some any all both each
mr mrs ms yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
week weeks month months year years day days
""".split()  # noqa: SIM905 (a word list reads best as text)
)


def kinds_compatible(first: str, second: str) -> bool:
    """The same kind, a kind that says nothing, or two kinds of one family."""
    a, b = first.casefold(), second.casefold()
    if a == b or a in UNKNOWN_KINDS or b in UNKNOWN_KINDS:
        return True
    return any(a in family and b in family for family in KIND_FAMILIES)


@functools.lru_cache(maxsize=65536)
def span(when: When) -> tuple[float, float]:
    """The days a reading covers on the time axis (an ongoing range counts from its start)."""
    return when.start_ordinal, when.end_ordinal()


def date_gap(first: When, second: When) -> float:
    """Days between two readings: negative when they overlap, 0 when one ends as the other
    starts."""
    (a_lo, a_hi), (b_lo, b_hi) = span(first), span(second)
    return max(a_lo - b_hi, b_lo - a_hi)


def tolerance(first: When, second: When) -> float:
    precision = min(first.start.precision, second.start.precision)
    days = DATE_TOLERANCE_DAYS[precision]
    if any(d.approximate or d.uncertain for d in (first.start, second.start)):
        days += APPROXIMATE_EXTRA_DAYS
    return days


def dates_meet(first: When, second: When) -> bool:
    """The readings overlap, or start within the tolerance their precision allows."""
    gap = date_gap(first, second)
    return gap < 0 or gap < tolerance(first, second)


def dates_disagree(first: When, second: When) -> bool:
    """Two readings that cannot both be right: they do not overlap."""
    return date_gap(first, second) >= 0


def actors_meet(first: Iterable[str], second: Iterable[str]) -> bool:
    """An actor in common, or one side names none."""
    a = {name.casefold() for name in first}
    b = {name.casefold() for name in second}
    return not a or not b or bool(a & b)


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form, as a verb where the word is one ("unveiled" -> "unveil"), else
    as a noun ("talks" -> "talk"); a word the dictionary lacks stays as it is."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word)
    for upos in ("VERB", "NOUN", "ADJ", "PROPN"):
        if readings.get(upos):
            return readings[upos][0]
    return word


@functools.lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """The lemmas of a text's content words, case ignored."""
    found = set()
    for word in _WORD.findall(text.casefold()):
        word = word.replace("’", "'").removesuffix("'s")
        if word in _STOPWORDS or (len(word) < 3 and not word.isdigit()):
            continue
        found.add(lemma(word))
    return frozenset(found - _STOPWORDS)


def dice(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return 2 * len(first & second) / (len(first) + len(second))


def evidence_of(sources: Iterable[SourceRef]) -> list[frozenset[str]]:
    return [content_words(source.evidence) for source in sources if source.evidence]


def similarity(first: Event, second: Event) -> tuple[float, float]:
    """(title, evidence) likeness: Dice of the titles' words; the best Dice of any two
    evidence sentences (an event with several sources has several)."""
    title = dice(content_words(first.title), content_words(second.title))
    evidence = max(
        (dice(a, b) for a in evidence_of(first.sources) for b in evidence_of(second.sources)),
        default=0.0,
    )
    return title, evidence


def words_similar(title: float, evidence: float, *, same_day: bool, coarse: bool) -> bool:
    """Enough words in common for dates that meet as they do: a reading of the same day asks
    less of the evidence (two happenings of one day told alike are rare); a year against a
    month or a day (a background "in 2006" against a dated report) asks the titles or the
    evidence alone to agree, since the dates say almost nothing."""
    if title >= TITLE_SIMILAR or evidence >= EVIDENCE_SIMILAR:
        return True
    if coarse:
        return False
    if same_day and evidence >= SAME_DAY_EVIDENCE_SIMILAR:
        return True
    return title >= BOTH_SIMILAR and evidence >= BOTH_SIMILAR


def readings(event: Event) -> list[When]:
    """Every source's reading of the date (the event's own for a source without one)."""
    return [source.when or event.when for source in event.sources] or [event.when]


def same_happening(first: Event, second: Event) -> float:
    """How surely two events tell one happening: 0 when they do not, else a score (higher is
    likelier) for choosing among several that do."""
    if not kinds_compatible(first.category, second.category):
        return 0.0
    # One actor's launch and a lawsuit over it two days on share names, words and nearly a
    # date: one happening is one act, told by the same verb or one of its group.
    if not same_act(first.title, second.title):
        return 0.0
    if not actors_meet(first.actors, second.actors):
        return 0.0
    meeting = [(a, b) for a in readings(first) for b in readings(second) if dates_meet(a, b)]
    if not meeting:
        return 0.0
    title, evidence = similarity(first, second)
    same_day = any(
        min(a.start.precision, b.start.precision) >= Precision.DAY and date_gap(a, b) < 0
        for a, b in meeting
    )
    # A year against a month or a day: twelve months of news meet it, so the dates vouch for
    # nothing and the words must.
    coarse = all(
        min(a.start.precision, b.start.precision) == Precision.YEAR
        and a.start.precision != b.start.precision
        for a, b in meeting
    )
    if not words_similar(title, evidence, same_day=same_day, coarse=coarse):
        return 0.0
    shared_actors = bool(
        {a.casefold() for a in first.actors} & {b.casefold() for b in second.actors}
    )
    return title + evidence + (0.25 if shared_actors else 0.0)
