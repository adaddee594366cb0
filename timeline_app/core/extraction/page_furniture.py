"""Lines of a news page that are no part of the story: the list of sources a report was
written from and the category footer. Pasted with the story, they read as sentences ("MP
calls for probe into missing files — Daily Planet, May 3, 2009" is a headline of another
paper, dated the day that paper ran it), yet tell nothing that happened; so do credit lines
and correction notices.

Each rule is a small function of the line a sentence lies on, named, its docstring the line
it recognises; ``FURNITURE_RULES`` lists them and ``is_furniture`` asks them in turn.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from timeline_app.core.extraction.named_rules import NamedRule, named_rule

FurnitureRule = NamedRule[Callable[[str], bool]]


def furniture_rule(fn: Callable[[str], bool]) -> FurnitureRule:
    return named_rule(fn)


_FOOTER = re.compile(r"^\s*(?:categories|category|tags|filed under)\s*:", re.IGNORECASE)

# [Author.] "Headline" — Outlet, date: a source the report cites, one a line.
_CITED = re.compile(
    r"""^\s*(?:[^"“”\n]{1,80}?\.\s+)?        # the author ("Jane Doe.")
    ["“][^"“”\n]{3,}["”]\s*                  # the other paper's headline, quoted
    [—–-]{1,2}\s*[^\n,]{2,80},\s*            # a dash and the outlet
    [^\n]*\b\d{4}\s*\.?\s*$                  # the day it ran, ending the line
    """,
    re.VERBOSE,
)


@furniture_rule
def category_footer(line: str) -> bool:
    """Categories: May 3, 2009 | Politics and conflicts | Europe"""
    return bool(_FOOTER.match(line))


@furniture_rule
def cited_source(line: str) -> bool:
    """Jane Doe. "Minister calls for inquiry into lost files" — Daily Planet, May 3, 2009"""
    return bool(_CITED.match(line))


# The credit line under a story: who else reported it, not what happened.
_CREDIT = re.compile(
    r"""^\s*(?:
        [^\n.]{2,120}?\s+contributed\s+(?:reporting\s+|research\s+)?to\s+
            (?:this|the)\s+(?:report|article|story)
        |(?:additional\s+)?(?:reporting|writing)\s+by\s+[^\n]{2,120}?
    )\s*\.?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


@furniture_rule
def credit_line(line: str) -> bool:
    """Reuters correspondent Ana Ruiz in Lima contributed to this report."""
    return bool(_CREDIT.match(line))


# A correction under a story: what an earlier version of the page got wrong. The facts it
# restates are told in the story itself; the notice tells only of the newspaper's error.
_CORRECTION = re.compile(
    r"""^\s*(?:
        corrections?\b[^\n:]{0,40}:
        |(?:an?\s+)?(?:earlier|previous|prior)\s+versions?\s+of\s+(?:this|the)\s+
            (?:article|story|report|post|page|headline)\b
        |this\s+(?:article|story|report|post)\s+(?:has\s+been|was)\s+(?:corrected|updated)\b
    )""",
    re.VERBOSE | re.IGNORECASE,
)


@furniture_rule
def correction_notice(line: str) -> bool:
    """An earlier version of this story gave the wrong date for the council's vote."""
    return bool(_CORRECTION.match(line))


FURNITURE_RULES: list[FurnitureRule] = [
    category_footer,
    cited_source,
    credit_line,
    correction_notice,
]


# A line that ends on a picture's credit: "Looking back: the ship leaves port in 1961.
# Image: NASA."
_CAPTION = re.compile(
    r"^[^\n]*\b(?:Image|Photo|Photograph|Picture|Credit)\s*:\s*[^\n:]{1,80}$", re.MULTILINE
)

# A line longer than this is a paragraph of the story, not a footer or a citation.
_LONGEST_LINE = 400


class Furniture:
    """The lines of a text that are page furniture, found once, asked by offset (each line
    is read once, so a long text without line breaks costs no more than one pass)."""

    def __init__(self, text: str):
        self._spans: list[tuple[int, int]] = []
        start = 0
        for line in text.splitlines(keepends=True):
            end = start + len(line)
            if len(line) <= _LONGEST_LINE and any(r.apply(line) for r in FURNITURE_RULES):
                self._spans.append((start, end))
            start = end

        # captions: a paragraph that ends on the picture's credit ("... Image: NASA.")
        self._captions = [
            (m.start(), m.end()) for m in _CAPTION.finditer(text) if m.end() - m.start() < 1_000
        ]

    def caption(self, offset: int) -> bool:
        """Whether ``offset`` lies in a picture's caption."""
        at = bisect_right(self._captions, (offset, float("inf"))) - 1
        return at >= 0 and self._captions[at][0] <= offset < self._captions[at][1]

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` lies on a line of page furniture."""
        at = bisect_right(self._spans, (offset, float("inf"))) - 1
        return at >= 0 and self._spans[at][0] <= offset < self._spans[at][1]
