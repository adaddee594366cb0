"""Regex building blocks shared by the rule modules, and helpers to read their matches.

Month and weekday names are matched case-sensitively (capitalized) so that "may",
"march" and "sun" as ordinary words stay out; other words use scoped (?i:...) groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .lexicon import MONTHS, NUMBER_WORDS, ORDINALS, TIME_ZONES, WEEKDAYS


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation, longest first so prefixes do not win.

    Lowercase words are written as a trie, which matches the same way (the longer of two
    words sharing a start is tried first) while the engine follows one branch instead of
    trying each word in turn. Under (?i) that holds only while no two words differ by case
    alone, so mixed-case lists stay a plain alternation."""
    unique = set(words)
    if all(w == w.lower() for w in unique):
        return "(?:" + trie(unique) + ")"
    return "(?:" + "|".join(re.escape(w) for w in sorted(unique, key=len, reverse=True)) + ")"


def trie(words: Iterable[str]) -> str:
    """A regex for the words as a trie: at each letter one branch per next letter, a word
    that ends there made optional after its longer continuations (greedy, so tried first)."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return emit(root)


MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.|(?=\s+\d))|Apr(?:il|\.)?|May|June?\.?|July?\.?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?"
    r"|Dec(?:ember|\.)?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
    r"|NOVEMBER|DECEMBER)(?![a-zA-Z])"
)
MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![a-zA-Z])"
)
# A headline or a notice in capitals names its days so too ("CLOSED MONDAYS"), as MONTH does.
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[,.:]\d|%)"
ORD_DAY = alt([w for w, n in ORDINALS.items() if n <= 31 and not w[0].isdigit()])
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%])"
# Where a number written in digits (or a quarter's "Q3") begins: a digit or Q with no letter,
# digit or underscore before it. Written as the character first and the look back after it,
# which the regex engine finds far faster than a look back tried at every character.
NUMBER_START = r"[\dQ](?<!\w[\dQ])"

_NUMWORD = alt(w for w in NUMBER_WORDS if w not in ("a", "an", "couple", "half", "dozen"))
NUMWORDS = rf"(?:{_NUMWORD}(?:(?:-|\s+|\s+and\s+){_NUMWORD})*)"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
# A count of units: digits, words, fractions, "a couple of", "half a" ...
QUANT = (
    rf"(?:{DIGITS}(?:\s+[13]/[24]|[½¼¾])?|{NUMWORDS}(?:\s+and\s+an?\s+(?:half|quarter))?"
    r"|an?\s+(?:couple\s+of|dozen|half)|a\s+couple\s+of|couple\s+of|half\s+an?|an?)"
)
VAGUE = (
    r"(?:several|a\s+few|few|many|some|a\s+number\s+of|numerous|a\s+handful\s+of"
    r"|a\s+couple\s+of|couple\s+of|countless|the\s+next\s+few|the\s+past\s+few|a\s+matter\s+of)"
)
UNIT = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?"
    r"|quarters?|years?|yrs?|decades?|century|centuries|millennium|millennia)"
)
TZ = alt(TIME_ZONES)
CLOCK_AMPM = r"(?:[ap]\.\s?m\.?|[ap]m\b|[AP]\.\s?M\.?|[AP]M\b)"

_TO_UNIT = {
    "second": "S",
    "min": "M",
    "minute": "M",
    "hour": "H",
    "hr": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "yr": "Y",
    "decade": "E",
    "century": "C",
    "centurie": "C",
    "millennium": "L",
    "millennia": "L",
}


def unit_of(word: str) -> tuple[str, bool]:
    """(designator, is clock time) for a unit word: "weeks" -> ("W", False), "hour" -> ("H", True).

    Decades, centuries and millennia come back as E, C and L; callers turn them into years.
    """
    w = word.lower().rstrip(".")
    if w not in _TO_UNIT and w.endswith("s"):
        w = w[:-1]
    if w not in _TO_UNIT and w.endswith("ie"):
        w = w[:-2] + "y"
    d = _TO_UNIT[w]
    return d, w in ("second", "min", "minute", "hour", "hr")


def month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_num(word: str) -> int:
    return WEEKDAYS[word.lower()]


def day_num(word: str) -> int:
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    return int(re.match(r"\d+", w).group())  # type: ignore[union-attr]


def two_digit_year(yy: str) -> int:
    """'98 -> 1998, '05 -> 2005 (news rarely names years more than ~80 years back)."""
    n = int(yy)
    return 2000 + n if n < 30 else 1900 + n


# Trigger words (lowercase) that the tagger looks for before running a rule's regex.
T_MONTH = " ".join(sorted({*MONTHS, "sept"}))
T_WEEKDAY = "monday tuesday wednesday thursday friday saturday sunday"
T_UNIT = (
    "second seconds minute minutes min mins hour hours hr hrs day days night nights week weeks"
    " fortnight fortnights month months quarter quarters year years yr yrs decade decades"
    " century centuries millennium millennia"
)
T_SEASON = "spring summer fall autumn winter"
