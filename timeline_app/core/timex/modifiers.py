"""Extend chosen expressions with the modifiers around them: "early 1990", "the end of
March", "about two years", "more than a week", "two weeks or so"."""

from __future__ import annotations

import re

from .rule import Hit

# Words before a point in time that narrow it to part of the period.
_POINT_PREFIX = re.compile(
    r"(?i:(?:\b(?P<the>the)\s+)?\b(?P<m>early|earlier|late|later|mid|middle\s+of|end\s+of"
    r"|beginning\s+of|start\s+of|close\s+of|turn\s+of|dawn\s+of|first\s+half\s+of"
    r"|second\s+half\s+of)(?:\s*-\s*|\s+)(?:in\s+)?)$"
)
_POINT_MOD = {
    "early": "START",
    "earlier": "START",
    "beginning of": "START",
    "start of": "START",
    "dawn of": "START",
    "turn of": "START",
    "late": "END",
    "later": "END",
    "end of": "END",
    "close of": "END",
    "mid": "MID",
    "middle of": "MID",
}
# Words before an amount of time that bound it.
_AMOUNT_PREFIX = re.compile(
    r"(?i:\b(?P<m>about|around|approximately|roughly|some|nearly|almost|close\s+to|more\s+than"
    r"|at\s+least|less\s+than|under|up\s+to|no\s+more\s+than|at\s+most|fewer\s+than"
    r"|just\s+over|just\s+under|well\s+over|as\s+many\s+as|as\s+much\s+as|as\s+long\s+as"
    r"|no\s+less\s+than|not\s+more\s+than|a\s+little\s+over|a\s+little\s+more\s+than"
    r"|at\s+least\s+another|another|a\s+full|the\s+better\s+part\s+of|upwards\s+of)\s+)$"
)
_AMOUNT_MOD = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "APPROX",
    "almost": "LESS_THAN",
    "close to": "APPROX",
    "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "fewer than": "LESS_THAN",
    "just over": "MORE_THAN",
    "just under": "LESS_THAN",
    "well over": "MORE_THAN",
    "as many as": "EQUAL_OR_LESS",
    "as much as": "EQUAL_OR_LESS",
    "as long as": "EQUAL_OR_LESS",
    "no less than": "EQUAL_OR_MORE",
    "not more than": "EQUAL_OR_LESS",
    "a little over": "MORE_THAN",
    "a little more than": "MORE_THAN",
    "upwards of": "MORE_THAN",
}
_OR_SO = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
# "around Nov. 1", "1994 or later", "1990 and beyond"
_POINT_APPROX = re.compile(r"(?i:\b(?:around|about|approximately|roughly|circa)\s+)$")
_POINT_SUFFIX = re.compile(
    r"(?i:\s+(?P<w>or\s+later|or\s+earlier|and\s+beyond|or\s+so|or\s+before"
    r"|or\s+after)\b)"
)
_SUFFIX_MOD = {
    "or later": "ON_OR_AFTER",
    "or after": "ON_OR_AFTER",
    "and beyond": "ON_OR_AFTER",
    "or earlier": "ON_OR_BEFORE",
    "or before": "ON_OR_BEFORE",
    "or so": "APPROX",
}
# Anchored points that "earlier"/"later" narrow in the guidelines' sense but news annotation
# leaves outside the span ("Earlier Friday", "later today").
_NO_EARLIER_LATER = re.compile(
    r"(?i:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday"
    r"|tomorrow|this\s+week)\b)"
)


def extend(text: str, start: int, end: int, hit: Hit, taken_before: int) -> tuple[int, int, Hit]:
    """The span grown over adjacent modifier words (not past taken_before), with hit.mod set."""
    window = text[max(taken_before, start - 40) : start]
    lead = text[start:end].lower()
    if hit.type in ("DATE", "TIME") and not hit.value.endswith("_REF"):
        m = _POINT_PREFIX.search(window)
        if m and m.group("m").lower() in ("earlier", "later") and _NO_EARLIER_LATER.match(lead):
            m = None
        if m and not re.match(r"(?:the\s+)?(?:early|late|mid|end|beginning|start)\b", lead):
            word = re.sub(r"\s+", " ", m.group("m").lower())
            mod = _POINT_MOD.get(word)
            if word.endswith("half of"):
                # "the second half of 1942" is 1942-H2; of a longer period, its start or end
                first = word.startswith("first")
                if re.fullmatch(r"(?:BC)?\d{4}", hit.value):
                    hit.value += "-H1" if first else "-H2"
                else:
                    mod = "START" if first else "END"
            # "the end of" but bare "mid": keep "the" only when the phrase is "the X of"
            new_start = start - (len(window) - m.start())
            if m.group("the") and not word.endswith(" of"):
                new_start += m.start("m") - m.start()
            if hit.mod is None:
                hit.mod = mod
            start = new_start
        else:
            m = _POINT_APPROX.search(window)
            if m and hit.type in ("DATE", "TIME"):
                hit.mod = hit.mod or "APPROX"
                start = start - (len(window) - m.start())
        m2 = _POINT_SUFFIX.match(text, end)
        if m2:
            end = m2.end()
            hit.mod = hit.mod or _SUFFIX_MOD[re.sub(r"\s+", " ", m2.group("w").lower())]
    if hit.type == "DURATION" or hit.value.startswith("P") or " ago" in lead:
        # the words before the span as it now starts: "about" taken as a point's modifier
        # above is not taken again as an amount's ("introduced about a year ago" cut a word)
        window = text[max(taken_before, start - 40) : start]
        m = _AMOUNT_PREFIX.search(window)
        if m and not lead.startswith("the "):
            word = re.sub(r"\s+", " ", m.group("m").lower())
            if word not in ("another", "a full", "the better part of", "at least another"):
                hit.mod = hit.mod or _AMOUNT_MOD.get(word)
                start = start - (len(window) - m.start())
        m2 = _OR_SO.match(text, end)
        if m2:
            end = m2.end()
            hit.mod = hit.mod or "APPROX"
    return start, end, hit


_ADJECTIVAL = re.compile(
    r"(?i:(?P<det>(?:the|a|an|its|their|his|her|our|that|this)\s+)"
    r"(?=[\w.]+(?:-[\w.]+)*-(?:quarter|half|year|month|week|day|hour|minute|second|decade)s?$))"
)


def drop_determiner(text: str, start: int, end: int) -> int:
    """New start for a hyphenated modifier ("the two-week delay", "a third-quarter loss"):
    the determiner belongs to the noun phrase, not to the time expression."""
    m = _ADJECTIVAL.match(text, start, end)
    return m.end("det") if m else start
