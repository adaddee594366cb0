"""The Admiralty grading of how sure we are: a source's reliability (A-F) and the
information's credibility (1-6), written together as "B2".

The scale is NATO's (STANAG 2511, AJP-2.1), as open-source investigators use it: the letter
judges the outlet from its record, the digit judges this piece of information from what else
says it. They are kept apart on purpose: a reliable outlet can carry a doubtful claim ("A4"),
an unknown one a well-confirmed fact ("F1").
"""

from __future__ import annotations

import re

RELIABILITY: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}

CREDIBILITY: dict[str, str] = {
    "1": "confirmed by other sources",
    "2": "probably true",
    "3": "possibly true",
    "4": "doubtful",
    "5": "improbable",
    "6": "truth cannot be judged",
}

UNJUDGED_RELIABILITY = "F"

_CODE = re.compile(r"\s*([A-Fa-f])\s*([1-6])\s*")


class GradeError(ValueError):
    """A grade that is not an Admiralty code; the message says what one looks like."""


def read_grade(text: str) -> str:
    """``"b2"``, ``" B 2 "`` -> ``"B2"``; an empty text is no grade (``""``)."""
    if not text.strip():
        return ""
    match = _CODE.fullmatch(text)
    if match is None:
        raise GradeError(
            f"“{text.strip()}” is not a grade: write a letter A–F for the source's reliability "
            "and a digit 1–6 for the information's credibility, as in B2"
        )
    return match[1].upper() + match[2]


def read_reliability(text: str) -> str:
    """An outlet's reliability letter, ``"b"`` -> ``"B"``."""
    letter = text.strip().upper()
    if letter not in RELIABILITY:
        raise GradeError(f"“{text.strip()}” is not a reliability: write one letter from A to F")
    return letter


def describe_grade(code: str) -> str:
    """``"B2"`` -> ``"B2: usually reliable source, probably true"``; ``""`` -> ``"not graded"``."""
    if not code:
        return "not graded"
    letter, digit = code[0], code[1:]
    return f"{code}: {RELIABILITY[letter]} source, {CREDIBILITY[digit]}"


def grade_rank(code: str) -> tuple[int, int]:
    """Sort key, surest first: credibility before reliability (an "F1" fact, confirmed by
    others from unknown outlets, is surer than a "A5" one), ungraded last."""
    if not code:
        return (99, 99)
    return (int(code[1:]), "ABCDEF".index(code[0]))


# How the canvas outlines a mark, by credibility: firm for what others confirm or make
# probable (1-2), plain for what one source says or nobody graded (3, ""), broken for what is
# doubtful, improbable or cannot be judged (4-6).
FIRM, PLAIN, BROKEN = "firm", "plain", "broken"


def outline_of(code: str) -> str:
    if not code:
        return PLAIN
    digit = int(code[1:])
    return FIRM if digit <= 2 else PLAIN if digit == 3 else BROKEN
