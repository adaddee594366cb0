"""A subject that is only a number: "Of 900 pupils, 120 were absent" counts pupils, but a
title of the clause alone, "120 is absent", loses what was counted and agrees with the number
as one thing.

The noun is in a phrase before the number ("of 900 pupils", "out of 900 pupils"), and the
headline writes the part of the whole: "120 of 900 pupils are absent". A number other than
one takes a plural verb either way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.core.extraction.syntax import ParsedText

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# A count as news writes it: "120", "1,204" (four digits with no comma are read as a year,
# "1968 was a turbulent year", and left alone).
_BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,3}|\d{5,}")
# How many words the counted noun's phrase may have ("12,000 Hispanic students").
_COUNTED_WORDS = 4


def counted_subject(
    subject: str, plural: bool, start: int, parsed: ParsedText | None
) -> tuple[str, bool]:
    """The subject with the whole it is counted out of, and its number: ("120", False) ->
    ("120 of 900 pupils", True); any subject but a bare number as it came."""
    if not _BARE_NUMBER.fullmatch(subject):
        return subject, plural
    number = parsed.token_at(start) if parsed is not None else None
    if number is None or number.text != subject or number.dep_ not in _SUBJECTS:
        # "5,120 fires were counted": a count of the noun after it, which the word
        # reader took for the verb; the parse knows better, and nothing is mended
        return subject, plural
    many = subject != "1"
    whole = _whole_counted(list(number.doc[number.sent.start : number.i]))
    return (f"{subject} of {whole}" if whole else subject), many


def _whole_counted(before: list[Token]) -> str:
    """ "Of 900 pupils," before the number: "900 pupils" (the count and its noun), or ""."""
    if before and before[-1].text == ",":
        before = before[:-1]
    for at, token in enumerate(before):
        if token.lower_ != "of" or at + 2 >= len(before):
            continue
        phrase = before[at + 1 :]
        if phrase[0].lower_ == "the":  # "of the 900 pupils": the headline drops it
            phrase = phrase[1:]
        if (
            phrase
            and phrase[0].pos_ == "NUM"
            and len(phrase) <= _COUNTED_WORDS
            and phrase[-1].pos_ == "NOUN"
            and all(t.is_alpha for t in phrase[1:])
        ):
            return " ".join(t.text for t in phrase)
    return ""
