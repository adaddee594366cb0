"""A company named, then described between commas before its verb ("Barlow Feed Co., a
supplier of grain, hay and fodder, said ..."): the name is the subject a headline keeps, and
the description goes, as it does for a person ("Mr. Harlow, founder of the bakery,")."""

from __future__ import annotations

from timeline_app.core.extraction.actors import Mention, NameKind
from timeline_app.core.extraction.grammar import Token

# the words that open a description of what a company is ("a maker of", "the parent of")
_DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "one", "its"})


def firm_then_described(tokens: list[Token], mentions: list[Mention]) -> str:
    """The company's name as the text writes it when ``tokens``, a subject, open on it and go
    on to say what it is after a comma, else "". A list of names ("Acme, Bolt and Cray")
    or a name after the description ("The maker, Acme Corp.,") is not this."""
    words = [t for t in tokens if t.is_word or t.text in (",", ".")]
    if not words:
        return ""
    firms = [m for m in mentions if m.kind == NameKind.ORGANISATION and m.start == words[0].start]
    if not firms:
        return ""
    firm = max(firms, key=lambda m: m.end)
    after = [t for t in words if t.start >= firm.end]
    stop = bool(after) and after[0].text == "." and after[0].start == firm.end
    if stop:
        after = after[1:]  # "Barlow Feed Co., a ...": the stop of "Co."
    if len(after) < 3 or after[0].text != "," or after[1].low not in _DESCRIPTION_OPENERS:
        return ""
    if not after[1].text.islower():
        return ""
    return firm.text + ("." if stop else "")


def name_before_description(opening: list[Token], mentions: list[Mention]) -> bool:
    """Whether ``opening``, the words before where the parse starts a subject, is a name of a
    company or person and its comma ("Barlow Feed Co., | a supplier of grain, said"): the
    parse took the description in apposition for the subject, which the name is."""
    words = [t for t in opening if t.is_word]
    if not words or opening[-1].text != ",":
        return False
    return any(
        m.kind in (NameKind.ORGANISATION, NameKind.PERSON)
        and m.start == words[0].start
        and m.end >= words[-1].end
        for m in mentions
    )
