"""Works listed with their years: "She starred in Alpha (2007) and the drama Beta (2009)",
"Other roles include Gamma (2010), Delta (2012)".

Each bracketed year dates the work it follows (its release), not the whole clause: read
as the clause's dates they give one event per year, every one titled with the first work.
Here the clause's object is narrowed, year by year, to the work that year belongs to:
"... stars in Alpha" (2007), "... stars in Beta" (2009).
"""

from __future__ import annotations

import re

from timeline_app.core.extraction.grammar import Token

_YEAR = re.compile(r"\d{4}")
# Words that join the items of a list, left out of the item that follows them.
_JOINERS = frozenset({",", ";", "and", "&"})
# A preposition that opens an item ("as Alpha in Beta (2008), and as Gamma ..."), and those
# that may come before the first work's name ("starred in", "degrees from").
_OPENING_PREPOSITIONS = frozenset({"in", "on", "as", "with", "for", "from", "of"})
_PREPOSITIONS = _OPENING_PREPOSITIONS | {"at", "by", "to", "into", "including"}


def _bracketed_years(rest: list[Token]) -> list[int]:
    """The positions in ``rest`` of the "(" before a lone year and its ")"."""
    out = []
    for index in range(len(rest) - 2):
        if (
            rest[index].text == "("
            and _YEAR.fullmatch(rest[index + 1].text)
            and rest[index + 2].text == ")"
        ):
            out.append(index)
    return out


def listed_work(rest: list[Token], year_start: int) -> list[Token] | None:
    """The object narrowed to the work whose bracketed year starts at offset ``year_start``,
    when the object lists at least two works with their years; else None."""
    brackets = _bracketed_years(rest)
    if len(brackets) < 2:
        return None
    at = next((n for n, i in enumerate(brackets) if rest[i + 1].start == year_start), None)
    if at is None:
        return None
    if any(t.text in (":", ";") for t in rest[: brackets[0]]):
        return None  # "in two papers: Alpha (1913) and Beta (1921)": the list is an aside
    first = _first_item_start(rest, brackets[0])
    item = _item(rest, brackets[at - 1] + 3, brackets[at]) if at else rest[first : brackets[0]]
    if not any(t.is_word for t in item):
        return None
    if at and item[0].low in _OPENING_PREPOSITIONS:
        # "praise for his role as Alpha in Beta (2008), and as Gamma in Delta (2009)": the
        # item takes up the first one's words from its own preposition on
        again = next((i for i in range(brackets[0]) if rest[i].low == item[0].low), None)
        if again is None:
            return None
        return rest[:again] + item
    return rest[:first] + item


def _first_item_start(rest: list[Token], bracket: int) -> int:
    """Where the first work's name starts: after the last preposition before its first
    capitalised word ("honorary degrees from | Columbia University (1910)", "in | the
    comedy Alpha (2006)"), or at the object's start."""
    capital = next((i for i in range(bracket) if rest[i].text[:1].isupper()), bracket)
    prepositions = [i for i in range(capital) if rest[i].low in _PREPOSITIONS]
    return prepositions[-1] + 1 if prepositions else 0


def _item(rest: list[Token], start: int, bracket: int) -> list[Token]:
    """A later work's name: after the last comma before its bracket (", directed by X, and
    Beta (1962)"), else after the last "and" ("Alpha (2010) and Beta (2011)")."""
    between = range(start, bracket)
    commas = [i for i in between if rest[i].text == ","]
    if commas:
        start = commas[-1] + 1
    else:
        ands = [i for i in between if rest[i].low in ("and", "&")]
        if ands:
            start = ands[-1] + 1
    while start < bracket and rest[start].low in _JOINERS:
        start += 1
    return rest[start:bracket]
