"""Symbols old wire copy lost on its way into plain text, put back for a headline.

The 1989-era Wall Street Journal copy of TimeBank writes "&" as "amp" (its "&amp;" with the
punctuation stripped: "Dow Jones amp Co.") and some wires write the pound sign as "#"
("#89.7 million"). A headline writes "Dow Jones & Co." and "£89.7 million". Only the shapes
that cannot be anything else are mended: "amp" between two capitalised words (a company's
"&", never the unit of current, "a 13 amp fuse"), and "#" before a sum in millions or more
(never a rank, "the #2 browser").
"""

from __future__ import annotations

import re

_AMPERSAND = re.compile(r"\b([A-Z][\w.'’-]*) amp (?=[A-Z])")
_POUNDS = re.compile(r"#(?=\d[\d.,]*\s+(?:million|billion|trillion)\b)")


def with_source_symbols(text: str) -> str:
    """The text with the "&" and "£" its source spelled "amp" and "#" written back."""
    return _POUNDS.sub("£", _AMPERSAND.sub(r"\1 & ", text))
