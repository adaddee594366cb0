"""An organisation's name whose words are joined by "of", "for" or "and": one name, not two.

The run finders stop at a lower-case word, so "the Center for Naval and Coastal Studies"
came out as a body "Center" and a person "Coastal Studies", and "the
Securities and Exchange Commission" as "Exchange Commission". An organisation word tells
where such a name holds together:

* leading: an organisation word closes the first part and "of" or "for" (perhaps with
  "the") brings its complement: "Organization of African Unity", "Foundation for the Visual
  Arts"; further parts joined by "and" belong to the complement while none of them ends with
  an organisation word of its own ("Union of Free Potters and Weavers"; not "the
  Ministry of Defence and Foreign Office", two bodies);
* trailing: after "the", "a" or "an", a part joined by "and" to one that ends with an
  organisation word: "the Food and Drug Administration", "a Securities and Exchange
  Commission inquiry".

A complement the gazetteer reads whole ("Central Bank of Ireland": Ireland) is left to it,
and so is a name holding an organisation the gazetteer knows.

Names joined by "&" need no organisation word: in running English the ampersand joins the
names of one firm or partnership ("Procter & Gamble", "AT & T", "Ortiz & Bell"), one party
that acts in the singular, never two subjects. Two names the gazetteer reads ("Britain &
France" in a headline) and letters alone ("R & D", "Q & A") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.name_cues import HONORIFICS, ORGANISATION_HEADS

_WORD = r"[A-Z][\w'’\-]*"
_PART = rf"{_WORD}(?:[ \t]+{_WORD}){{0,4}}"
_CHAIN = re.compile(
    rf"(?<![\w'’\-.])(?P<first>{_PART})"
    rf"(?P<rest>(?:[ \t]+(?:of|for|and)(?:[ \t]+the)?[ \t]+{_PART})+)"
)
_LINK = re.compile(rf"[ \t]+(?P<joiner>of|for|and)(?P<the>[ \t]+the)?[ \t]+(?P<part>{_PART})")
# A centre heads a body's name as an organisation word does ("Center for Naval and Coastal
# Studies", "Centers for Disease Control and Prevention").
_HEADS = ORGANISATION_HEADS | lexicon.words("Center Centre Centers Centres")
# "the", "a" or "an", perhaps with a word or two between ("a massive Securities and ...")
_DETERMINER = re.compile(r"\b(?:the|a|an|The|A|An)(?:[ \t]+[a-z][\w\-]*){0,2}[ \t]+\Z")
# Words that end a name's part: a rank or a date is no word of an organisation's name
# ("Bank of Tarvia President Omar Sefu", "Council of Elders Monday").
_NOT_NAME_WORDS = (
    lexicon.TITLE_WORDS | HONORIFICS | lexicon.MONTH_WORDS | lexicon.WEEKDAY_WORDS
) - ORGANISATION_HEADS


_POSSESSIVE = re.compile(r"['’]s?$")


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip(".")


def _name_words(part: str, *, first: bool) -> list[str] | None:
    """The words of a part that may belong to a name. The first part keeps those after a
    sentence opener or an owner ("The Organization", "Berkeley's Department"), and is no
    name's where a rank cuts it ("Supreme Court": None); a later one keeps those before its
    first rank or date ("Bank of Tarvia President Omar Sefu")."""
    words = part.split()
    if first:
        cut = [
            i
            for i, w in enumerate(words)
            if w in lexicon.CAPITALISED_FUNCTION_WORDS or _POSSESSIVE.search(w)
        ]
        words = words[cut[-1] + 1 :] if cut else words
        return None if any(w in _NOT_NAME_WORDS for w in words) else words
    for i, word in enumerate(words):
        if word in _NOT_NAME_WORDS or word in lexicon.CAPITALISED_FUNCTION_WORDS:
            return words[:i]
        if _POSSESSIVE.search(word):
            return words[: i + 1]  # "Church of Scientology's website"
    return None if any(char.isdigit() for char in part) else words


def _ends_with_head(words: list[str]) -> bool:
    return bool(words) and _bare(words[-1]) in _HEADS


def joined_names(text: str, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where each organisation's name joined by "of", "for" or "and" lies in ``text``;
    ``known(words)`` says whether the gazetteer reads those words as a name of its own."""
    spans = []
    for match in _CHAIN.finditer(text):
        first = _name_words(match.group("first"), first=True)
        if not first:
            continue  # None, or nothing left
        start = match.start("first") + match.group("first").rindex(" ".join(first))
        links = list(_LINK.finditer(match.group("rest")))
        end = _joined_end(text, start, first, links, match.start("rest"), known)
        if end is not None:
            owner = _POSSESSIVE.search(text, start, end)
            spans.append((start, owner.start() if owner else end))
    return spans


def _joined_end(
    text: str,
    start: int,
    first: list[str],
    links: list[re.Match[str]],
    offset: int,
    known: Callable[[str], bool],
) -> int | None:
    """Where the joined name that opens with ``first`` ends (None: no such name)."""
    joiner = links[0].group("joiner")
    part = _name_words(links[0].group("part"), first=False)
    if not part or known(" ".join(part)):
        return None
    if joiner != "and":
        if not _ends_with_head(first):
            return None
        end = offset + links[0].start("part") + len(" ".join(part))
        complete = len(part) == len(links[0].group("part").split())
        for link in links[1:] if complete else []:
            more = _name_words(link.group("part"), first=False)
            if link.group("joiner") != "and" or link.group("the") or not more:
                break
            if len(more) < len(link.group("part").split()):
                break  # "and Colorado State University": a name of its own
            if _ends_with_head(more) or known(" ".join(more)):
                break  # "the Ministry of Defence and Foreign Office": a second body
            end = offset + link.start("part") + len(" ".join(more))
        return end
    # "the Food and Drug Administration"
    if links[0].group("the") or not _ends_with_head(part):
        return None
    if len(first) > 1 and _ends_with_head(first):
        return None  # "the Foreign Office and Defence Ministry": two bodies
    if not _DETERMINER.search(text, max(0, start - 40), start) or known(" ".join(first)):
        return None
    return offset + links[0].start("part") + len(" ".join(part))


# One or two capitalised words, "&", one more: "Procter & Gamble", "Marks & Spencer",
# "Dorn Lacey & Bell", "AT&T".
_AMPERSAND = re.compile(
    rf"(?<![\w'’\-.&])(?P<left>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*&[ \t]*(?P<right>{_WORD})"
    r"(?![\w\-&])"
)


def ampersand_names(text: str, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where each name joined by "&" lies in ``text`` (see the module); ``known(words)``
    says whether the gazetteer reads those words as a name of its own."""
    spans = []
    for match in _AMPERSAND.finditer(text):
        left = _name_words(match.group("left"), first=True)
        right = _bare(match.group("right"))
        if not left or right in _NOT_NAME_WORDS or right in lexicon.CAPITALISED_FUNCTION_WORDS:
            continue
        if len(left) == 1 and len(left[0]) == 1 and len(right) == 1:
            continue  # "R & D", "Q & A": letters standing for words, no name
        if known(" ".join(left)) and known(right):
            continue  # "Britain & France": two named parties
        start = match.start("left") + match.group("left").rindex(" ".join(left))
        owner = _POSSESSIVE.search(text, start, match.end())
        spans.append((start, owner.start() if owner else match.end()))
    return spans
