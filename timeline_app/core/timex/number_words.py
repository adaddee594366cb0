"""Read English and digit quantities ("twenty-four", "2 1/2", "a couple of")."""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS

_FRACTIONS = {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "¼": 0.25, "3/4": 0.75, "¾": 0.75}
_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?(?:/\d+)?|[½¼¾]")


def parse_number(phrase: str) -> float | None:
    """The value of a quantity phrase, or None when it holds no number.

    Handles digits with thousands commas, word numbers with hundreds, fractions and
    "and a half"; "a"/"an" count as one.
    """
    tokens = _TOKEN.findall(phrase.lower().replace(",", "").replace("-", " "))
    numeric = [t for t in tokens if t in NUMBER_WORDS or t in _FRACTIONS or t[0].isdigit()]
    if len(numeric) > 1:
        # "a dozen", "two and a half": the article is not a separate one
        tokens = [t for t in tokens if t not in ("a", "an")]
    total = 0.0
    current = 0.0
    seen = False
    for tok in tokens:
        if tok in _FRACTIONS:
            current += _FRACTIONS[tok]
        elif tok[0].isdigit():
            if "/" in tok:
                num, den = tok.split("/")
                if float(den) == 0:
                    return None
                current += float(num) / float(den)
            else:
                current += float(tok)
        elif tok in ("hundred", "thousand"):
            current = (current or 1) * NUMBER_WORDS[tok]
            if tok == "thousand":
                total += current
                current = 0.0
        elif tok in NUMBER_WORDS:
            current += NUMBER_WORDS[tok]
        else:
            continue  # "and", "of" are glue words
        seen = True
    if not seen:
        return None
    return total + current


def format_number(n: float) -> str:
    """ISO-style number: 2 -> "2", 2.5 -> "2.5"."""
    return str(int(n)) if n == int(n) else f"{n:g}"
