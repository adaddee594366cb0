"""A biography's fact box lists whom its subject married as "Spouse(s) Ruth Keller (m. 1940;
div. 1952) Anna Berg (m. 1955)": no clause tells the marriages, the brackets date them. Each
"m." year is the subject's marriage to the name before it and each "div." year their divorce;
a line not opened by a spouse label is prose, whose clauses say who married whom."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline_app.core.timex.model import Timex

MARRIED = "married"
DIVORCED = "divorced"

# the labels of a fact box's line of spouses, as Wikipedia's and its copies' boxes print them
_LABEL = re.compile(r"^[ \t]*(?:Spouses?|Spouse\(s\)|Partners?|Partner\(s\))[ \t]*:?[ \t]+", re.M)
# "Ruth Keller (m. 1940; div. 1952)": a name of capitalised words and its bracket
_ENTRY = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|van|von|der|da|di|le|la))*)"
    r"[ \t]*\((?P<inside>[^()\n]{1,80})\)"
)
_PART = re.compile(r"(?P<what>m|married|div|divorced)\.?[ \t]*(?P<year>\d{4})\b", re.I)


@dataclass(frozen=True, slots=True)
class SpouseDate:
    """One marriage or divorce a fact box's spouse line dates."""

    partner: str
    what: str  # MARRIED or DIVORCED
    timex: Timex  # the year in the bracket


def spouse_dates(text: str, timexes: Sequence[Timex]) -> list[SpouseDate]:
    """Every marriage and divorce the spouse lines of ``text`` date, in the text's order; a
    year the date reader did not take for one is left out."""
    years = {t.start: t for t in timexes}
    found: list[SpouseDate] = []
    for label in _LABEL.finditer(text):
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        for entry in _ENTRY.finditer(text, label.end(), line_end):
            inside = entry.start("inside")
            for part in _PART.finditer(entry.group("inside")):
                timex = years.get(inside + part.start("year"))
                if timex is None:
                    continue
                what = MARRIED if part.group("what").lower().startswith("m") else DIVORCED
                found.append(SpouseDate(" ".join(entry.group("name").split()), what, timex))
    return found
