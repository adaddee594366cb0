"""The one tense vocabulary of the core, shared by the date tagger and the event extractor.

It lives beside both packages because the tagger (below) and the extractor (above it) each
need it and neither may import the other's grammar. The values are the spelling of TimeML's
``tense`` attribute, so a tense compared with or written as a string still reads "PAST".
"""

from __future__ import annotations

from enum import StrEnum


class Tense(StrEnum):
    """The tense of a clause, as near as word order and auxiliaries tell it.

    ``MODAL`` is not a TimeML tense: "could", "may", "should" leave a happening neither past
    nor future, and the extractor treats such a clause like a future one (not yet real).
    """

    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    MODAL = "MODAL"

    @property
    def unreal(self) -> bool:
        """What will or might be: not a happening to date yet ("will meet", "could strike")."""
        return self in (Tense.FUTURE, Tense.MODAL)
