"""Who only reports a happening: the source of the news, not one who takes part in it.

A clause's speaker brings its names to the event's actors ("Apple said sales of the iPad
rose": Apple), but two kinds of speaker only tell the news:

* a spokesperson: "the blast killed 12, police spokesman Omar Tahir said" (Tahir is the
  source); the article may call him so once and name him alone later ("Tahir said");
* what follows "according to", up to a comma: "killing 40, according to the Civil Defence
  Agency";
* a person telling what others did: "the officer ordered the driver to stop, Captain Lena
  Ortiz said", "Lena Ortiz said the council approved the plan" (Ortiz is the source, as a
  conflict coder reads her), unless what she tells holds her ("Ortiz said her unit stopped
  the car", "Ortiz said she had resigned"). A firm or a state telling keeps its place: it
  speaks of its own ("Apple said sales of the iPad rose"); so does one who tells as a
  party's official ("Poland's foreign minister Ivo Bek said the troops had left": Poland
  claims it through him; "the dockers walked out, union leader Pieter Berg said": the
  union).

The body a spokesperson speaks for is not dropped: it said so itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline_app.core.extraction.actors import Mention, NameKind
from timeline_app.core.extraction.pronoun_reference import sex_of_given_name

_ROLE = r"(?:spokes(?:man|woman|person)|press\s+secretary)"
# "spokesman Omar Tahir", "police spokeswoman Lena Varga"
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}\s+\Z", re.I)
# "Omar Tahir, a police spokesman", "Lena Varga, spokeswoman for the ministry"
_ROLE_AFTER = re.compile(rf",\s+(?:an?\s+|the\s+)?(?:[\w.'’\-]+\s+){{0,4}}?{_ROLE}\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)
# A source after "according to" runs to the next comma: "according to Yonhap, quoting KCNA"
_PHRASE_END = re.compile(r"[,;:(]|\s[-–—]\s")


def spokespeople(text: str, mentions: Iterable[Mention]) -> frozenset[str]:
    """The people the text names anywhere as a spokesperson."""
    found = set()
    for mention in mentions:
        if mention.kind != NameKind.PERSON or mention.entity in found:
            continue
        before = _ROLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if before is not None or _ROLE_AFTER.match(text, mention.end, mention.end + 60):
            found.add(mention.entity)
    return frozenset(found)


# Words by which a told clause may hold its teller ("said her unit stopped the car"), with
# the sex of the teller they may stand for ("" for either).
_TELLER_IN_TOLD = re.compile(r"\b(?:he|him|his|she|her|hers|i|me|my|we|us|our)\b", re.I)
# A body named by its kind in the telling ("union leader Pieter Berg said", "a party
# official said"): the teller speaks for it.
_PARTY_IN_TELLING = re.compile(
    r"\b(?:union|party|ministry|government|company|firm|council|committee|commission|"
    r"agency|department|authority|association|federation|alliance|movement|group)\b",
    re.I,
)
_SEX_OF_PRONOUN = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def tellers_taking_part(
    text: str,
    told: tuple[int, int],
    telling: tuple[int, int],
    told_mentions: list[Mention],
    speaker: list[Mention],
) -> list[Mention]:
    """The speaker's mentions (said at ``telling``) that take part in the clause told at
    ``told``: no person who only tells what others did (see the module doc). Only the told
    words before a teller who follows them count ("ordered him to stop, Captain Ortiz said,
    but he fled": "he" is no word of the order)."""
    start, end = told
    if start < telling[0] < end:
        end = telling[0]
    if any(m.kind != NameKind.PERSON for m in speaker) or _PARTY_IN_TELLING.search(text, *telling):
        return speaker  # "Poland's foreign minister Ivo Bek said": he speaks for a party
    pronouns = [m[0].lower() for m in _TELLER_IN_TOLD.finditer(text, start, end)]
    named_in_told = {m.entity for m in told_mentions}
    return [
        m
        for m in speaker
        if m.kind != NameKind.PERSON
        or m.entity in named_in_told
        or any(_may_be(pronoun, m.entity) for pronoun in pronouns)
    ]


def _may_be(pronoun: str, person: str) -> bool:
    """Whether "he", "her" or "my" may stand for the person named (by the given name's sex)."""
    sex = _SEX_OF_PRONOUN.get(pronoun, "")
    return not sex or sex_of_given_name(person.split()[0]) in ("", sex)


def taking_part(
    text: str,
    spans: Iterable[tuple[int, int]],
    mentions: list[Mention],
    spokespeople: frozenset[str],
    subject: tuple[int, int] = (0, 0),
) -> list[Mention]:
    """The mentions that may take part in what a clause tells: no spokesperson (but one the
    clause tells of as its subject, ``subject``: "spokesman Gleb Sorokin resigned"), and
    none a source after "according to" up to the next comma, in the clause or the speaker
    phrase (``spans``)."""
    sources = []
    for start, end in spans:
        for according in _ACCORDING.finditer(text, start, end):
            stop = _PHRASE_END.search(text, according.end(), end)
            sources.append((according.end(), stop.start() if stop else end))
    return [
        m
        for m in mentions
        if not any(first <= m.start < last for first, last in sources)
        and not (
            m.kind == NameKind.PERSON
            and m.entity in spokespeople
            and not subject[0] <= m.start < subject[1]
        )
    ]
