"""A company's whole name, read back from the suffix that ends it ("Inc.", "Corp.", "PLC").

A suffix closes a company's name, and the name is every name word before it: capitalised or
written in capitals ("GOODY PRODUCTS Inc."), hyphened ("Kimberly-Clark Corp."), with an
apostrophe ("Hudson's Bay Co.", "Dunkin' Donuts Inc."), joined by "&", "/" or an "of" between
capitals ("First of America Bank Corp."). So a word that opens the name is no title or
ordinal to drop ("First Security Corp."), and a country or a city inside it ("Unicorp Canada
Corp.", "Texas Air Corp.", "U.S. Trust Corp.") is part of the firm's name, not a place or a
state acting. Only words that open a sentence and name nothing ("The", "In", "Then") are
left out of its front.
"""

from __future__ import annotations

import re

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.name_cues import COMPANY_SUFFIXES

# A word of a company's name: "Acme", "ACME", "Kimberly-Clark", "Hudson's", "Dunkin'",
# "Guber/Peters", "U.S.", "II".
_WORD = r"(?:[A-Z]\.){2,3}|[A-Z][\w]*(?:['’][A-Za-z]+|['’](?=\s))?(?:[-/][A-Za-z][\w]*)*"
_JOIN = r"(?:\s+(?:&|of|de|du|des|la)\s+|\s+)"
# The suffixes the name finder knows, the plural "Cos." and the capitals of a wire lead
# ("HALDEN PAPER INC."); longest first, so "Corp" is tried before "Co"
_SUFFIX = "(?:{})".format(
    "|".join(
        re.escape(suffix)
        for suffix in sorted(
            COMPANY_SUFFIXES | {"Cos", "INC", "CORP", "CO", "LTD"}, key=len, reverse=True
        )
    )
)
# Words a company's name may have before its suffix: more than any firm's ("First of America
# Bank Corp." has five). Unbounded, the lazy name below reached from every capitalised word to
# the end of the capitals after it, looking for a suffix: a run of capitals with none (a
# heading, a page in capitals) took time growing with the square of its length.
_LONGEST_NAME = 12
_COMPANY = re.compile(
    rf"(?<![\w.'’&-])(?P<name>(?:{_WORD})(?:{_JOIN}(?:{_WORD})){{0,{_LONGEST_NAME - 1}}}?)"
    # "Acme Corp.", "Acme, Inc.", "Bear Stearns & Co.", "Acme Co. Ltd."; not "Limited" of
    # "Limited Partnership"
    rf"(?P<suffix>(?:,?\s+(?:&\s+)?{_SUFFIX}\b(?:\.|(?!\s+[A-Z][a-z])))+)(?![\w-])"
)
# ("Sun Microsystems Inc.", "May Department Stores Co.": a month's or a day's short form
# may open a firm's name)
_OPENERS = lexicon.CAPITALISED_FUNCTION_WORDS
_OWNER = re.compile(r"(.+?)['’]s\s+(?=[A-Z])")


def company_spans(text: str) -> list[tuple[int, int]]:
    """Where each company named with its suffix lies in ``text``, as (start, end) offsets
    of the whole name, suffix included."""
    spans = []
    for match in _COMPANY.finditer(text):
        start = match.start("name")
        words = list(re.finditer(r"\S+", match.group("name")))
        # "The", "In", "Then" opening a sentence before the name are none of it
        while len(words) > 1 and words[0].group().rstrip(",") in _OPENERS:
            words.pop(0)
        if words[0].group() in ("&", "of", "de", "du", "des", "la"):
            continue
        spans.append((start + words[0].start(), match.end("suffix")))
    return [_without_owner(text, span, spans) for span in spans]


def _without_owner(
    text: str, span: tuple[int, int], spans: list[tuple[int, int]]
) -> tuple[int, int]:
    """ "Du Pont's Conoco Inc." after "Du Pont Co.": a company named before, in the
    possessive, owns the one named after it; "Hudson's Bay Co." is one name."""
    start, end = span
    owner = _OWNER.match(text, start, end)
    if owner is None:
        return span
    named = owner.group(1) + " "
    if any(text.startswith(named, s) and (s, e) != span for s, e in spans):
        return owner.end(), end
    return span
