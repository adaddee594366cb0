"""Guess whether the clause around an expression speaks of the future or the past.

Only nearby cue words count: the nearest auxiliary, future marker or past-tense
verb to the expression decides, within its sentence. That is crude but enough
to pick between the last and the next "Monday" or "Dec. 31" in news prose.
"""

from __future__ import annotations

import re

from ..tenses import Tense
from .lexicon import FUTURE_CUES, PAST_CUES
from .patterns import alt

_FUTURE = alt(FUTURE_CUES)
_PAST = alt(PAST_CUES)
# -ed words are mostly past verbs or participles; "need", "speed" etc. are excluded by length
_CUE_ALTERNATIVES = rf"(?P<f>(?<![\w'’])(?:{_FUTURE})\b)|(?P<p>\b(?:{_PAST})\b|\b[a-z]{{3,}}ed\b)"
# Every cue starts where no word character comes before it (the past ones start with a letter
# after \b): testing that first fails the characters inside words at once, instead of trying
# each alternative there, and finds the same cues in about half the time.
_WORD_START = r"(?<!\w)" if all(re.match(r"\w", c) for c in PAST_CUES) else ""
_CUES = re.compile(f"{_WORD_START}(?:{_CUE_ALTERNATIVES})", re.IGNORECASE)
# Cues sure enough to move a weekday or a month-day into the future.
_STRONG_FUTURE = frozenset(
    {
        "will",
        "'ll",
        "’ll",
        "shall",
        "going to",
        "scheduled",
        "upcoming",
        "next",
        "is to",
        "are to",
        "set to",
        "set for",
        "slated",
        "due",
        "will be",
        "as soon as",
        "as early as",
        "payable",
        "plans",
        "planned",
        "expected",
        "to be held",
        "deadline",
        "won't",
        "would",
    }
)
# "next to" is a place; "would have" a counterfactual past; a "would" otherwise reports a
# future ("he said the summit would be held on April 24"), so it is strong enough to
# move a date forward
_NOT_FUTURE = re.compile(r"(?i:(?<=next)\s+to\b|(?<=would)\s+(?:not\s+|n't\s+)?have\b)")
_NOT_PAST = frozenset(
    {
        "need",
        "speed",
        "feed",
        "seed",
        "indeed",
        "proceed",
        "exceed",
        "succeed",
        "bred",
        "shred",
        "hundred",
        "red",
        "bed",
        "breed",
    }
)
_PLAN_WORDS = frozenset(
    {
        "scheduled",
        "due",
        "planned",
        "expected",
        "set to",
        "set for",
        "slated",
        "supposed",
        "going to",
    }
)
_AUXILIARIES = frozenset({"was", "were", "had", "did", "has been", "have been"})
# "was due to", "had been scheduled to", "as previously planned": a plan seen from the past
# (the future in the past), which in a news story has usually come due by the time of writing
_PAST_PLAN = re.compile(r"(?i:\b(?:had|had\s+been|previously|originally|initially)\s+)$")
# an initial ("Daniel P. Davison") or a title ("Mr. Davison") does not end a sentence
_SENTENCE_END = re.compile(
    r"[.!?](?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Lt|Jr|Sr|No)\.)(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt"
    r"|Rev)\.)(?<!\bProf\.)\s+(?=[A-Z\"“])|\n\s*\n"
)
_PAST_WORDS = frozenset(c.lower() for c in PAST_CUES)
_DETERMINER = re.compile(r"(?i:\b(?:a|an|the|its|his|her|their|our|still)\s+)$")
# cue words that are also nouns: in an "of" phrase with no "to" after them they name a plan
# ("after the rejection of the plan"), they do not tell that something will happen ("under
# the plan, work starts in March" still does)
_PLAN_NOUNS = frozenset({"plan", "plans", "schedule"})
_OF_DETERMINER = re.compile(r"(?i:\bof\s+(?:the|a|an|its|his|her|their|our|this|that)\s+)$")
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
_AFTER_WEIGHT = 10
_CLAUSE_BREAK = re.compile(
    r"[,;:(]\s*(?:where|which|who|whom|whose|when|while|whereas|although"
    r"|though|because|as|after|before|since|until)\b",
    re.IGNORECASE,
)
_OTHER_CLAUSE = 1000
_THAT_CLAUSE = re.compile(r"\bthat\b", re.IGNORECASE)
_BACK = 120
_AHEAD = 80


def tense_near(text: str, start: int, end: int, strict: bool = False) -> Tense | None:
    """FUTURE, PAST or None for the expression at text[start:end]; strict counts only
    unambiguous future markers ("will", "next", "scheduled", a reported "would"), not
    "could" or "may"."""
    lo = max(0, start - _BACK)
    hi = min(len(text), end + _AHEAD)
    window_start = lo
    # endpos one past start: the capital that opens the expression's own sentence must be
    # visible for the sentence end just before it to match
    for m in _SENTENCE_END.finditer(text, window_start, start + 1):
        lo = m.end()  # the last sentence end before the expression
    before_end = None
    after = _SENTENCE_END.search(text, end, hi)
    if after:
        before_end = after.start()
    hi = before_end if before_end is not None else hi
    best: tuple[int, Tense] | None = None
    for m in _CUES.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        if m.start() >= end and _THAT_CLAUSE.search(text, end, m.start()):
            # "under fire for saying in June that the plant would close": the reported clause's
            # "would" is not the tense of the act it reports
            continue
        if m.group("p") and m.group("p").lower() in _NOT_PAST:
            continue
        if m.group("f") and _NOT_FUTURE.match(text, m.end()):
            continue  # "next to the embassy", "would have": no future there
        if strict and m.group("f") and m.group("f").lower() not in _STRONG_FUTURE:
            continue
        if (
            m.group("p")
            and m.group("p").lower() not in _AUXILIARIES
            and re.search(
                r"(?i:\b(?:be|been|being|is|are|will|would)\s+)$",
                text[max(0, m.start() - 8) : m.start()],
            )
        ):
            continue  # "will be returned", "will be held": a participle, not a past tense
        if (
            m.group("p")
            and m.group("p").lower() not in _PAST_WORDS
            and _DETERMINER.search(text, max(0, m.start() - 8), m.start())
        ):
            continue  # "a still unspecified date", "the planned merger": an adjective
        if (
            m.group("f")
            and m.group("f").lower() in _PLAN_NOUNS
            and _OF_DETERMINER.search(text, max(0, m.start() - 12), m.start())
            and not _TO_AFTER.match(text, m.end())
        ):
            continue  # "after the rejection of the plan": a thing named, no future told
        if m.group("p") and m.group("p")[0].isupper() and m.group("p").lower() not in _PAST_WORDS:
            continue  # "United Nations", "Asked about it, ...": a name or a participle
        # a time adverbial mostly hangs on the verb before it ("said Monday that they will
        # meet"): a cue after the expression wins only when far closer than any before it
        dist = start - m.end() if m.end() <= start else (m.start() - end) * _AFTER_WEIGHT
        if m.end() <= start and _CLAUSE_BREAK.search(text, m.end(), start):
            # "she would bring aid to Kenya, where the Aug. 7 blasts killed 257": the verb
            # of another clause counts only when the expression's own clause has none
            dist += _OTHER_CLAUSE
        kind = Tense.FUTURE if m.group("f") else Tense.PAST
        if (
            kind == Tense.FUTURE
            and m.group("f").lower() in _PLAN_WORDS
            and _PAST_PLAN.search(text, max(0, m.start() - 20), m.start())
        ):
            kind = Tense.PAST
        if best is None or dist < best[0]:
            best = (int(dist), kind)
    return best[1] if best else None
