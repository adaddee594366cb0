"""Who only reports a happening: the source of the news, not one who takes part in it.

A clause's speaker brings its names to the event's actors ("Apple said sales of the iPad
rose": Apple), but two kinds of speaker only tell the news:

* a spokesperson: "the blast killed 12, police spokesman Omar Tahir said" (Tahir is the
  source); the article may call him so once and name him alone later ("Tahir said");
* what follows "according to", up to a comma: "killing 40, according to the Civil Defence
  Agency".

The body a spokesperson speaks for is not dropped: it said so itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline_app.core.extraction.actors import Mention, NameKind

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
