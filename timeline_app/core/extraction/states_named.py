"""The countries a clause names as parties, not as places: "Ostria's help to Vell" names two,
"the phone goes on sale in Ostria, Vell and Norland" none."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline_app.core.extraction.actors import Mention, NameKind
from timeline_app.core.extraction.lexicon import words

# Before a country, these make it a place or an origin: "on sale in Vell", "a team from
# Ostria", "the University of Lund of Norland".
_PLACE_WORDS = words("in from of across throughout at within inside outside near around")
# A name that only continues a list ("in Vell, Ostria and Norland") is what the list's first is.
_LISTED = re.compile(r"^\W*(?:and|or)?\W*$", re.IGNORECASE)
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
# A country's name that a capitalised word continues is part of another name: "Chad Ellis",
# "Paris Vane".
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
_THE = re.compile(r"\s+the\s*$", re.IGNORECASE)


def states_named(text: str, offset: int, mentions: Sequence[Mention]) -> int:
    """How many countries the mentions (of ``text``, which starts at ``offset``) name as
    actors, leaving out those that stand after a word of place ("in", "from", "of") or that
    name no actor, alone or as the first of a list."""
    parties: set[str] = set()
    place = False
    previous_end: int | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.kind != NameKind.COUNTRY:
            continue
        before = text[: mention.start - offset]
        between = text[previous_end - offset : mention.start - offset] if previous_end else None
        if between is None or not _LISTED.match(between):
            word = _LAST_WORD.search(_THE.sub("", before))
            in_place = word is not None and word[1].lower() in _PLACE_WORDS
            place = in_place or not mention.is_actor
        previous_end = mention.end
        named = _NAME_GOES_ON.match(text, mention.end - offset) is not None
        if not place and mention.is_actor and not named:
            parties.add(mention.entity)
    return len(parties)
