"""What a source says of itself, told as a headline tells it when the words run long.

"The board said it wanted the contractor to explain the delay" is the board's own wish, and
"Fenwick said it will sell its mill" its own plan: a sub-editor short of room writes "Board
wants contractor to explain delay" and "Fenwick to sell its mill", not "Board says it wants
contractor" with the wish's substance cut away. Only a pronoun that can be the speaker
itself (by number) is read so, and only before a verb in the headline's present or a "will"
of the future ("said he was beaten" or "said it sold" are left to the saying: a state of
being, or a deed the source only reports).
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.title_finish import MAX_TITLE_CHARS, MAX_TITLE_WORDS

# "announced it will close" is as much the source's own plan as "said it will close"
_SAYING = lexicon.words("says say announces announce")
_SINGULAR_SELF = lexicon.words("it he she")
_PLURAL_SELF = lexicon.words("they we")
_FUTURE = lexicon.words("will would shall")
# A state, an auxiliary or a modal after the pronoun is no act of the speaker's own to tell
# without the saying ("says it is", "says he has", "says it could").
_NOT_OWN_ACTS = (
    lexicon.words("is are was were be been has have had does do did")
    | lexicon.MODALS
    | lexicon.NEGATIONS
)


def _present_form(word: str, plural: bool) -> bool:
    low = word.lower()
    if not word.islower() or low in _NOT_OWN_ACTS:
        return False
    wanted = "base" if plural else "3sg"
    readings = lexicon.verb_readings(low)
    return any(form == wanted for _lemma, form in readings) and not any(
        form == "past" for _lemma, form in readings
    )


def said_of_itself(
    subject: list[str], verb: list[str], obj: list[str], plural: bool
) -> tuple[list[str], list[str]] | None:
    """The verb and object of a title too long to keep whole, "X says it plans to raise ...",
    told as X's own ("plans", "to raise ..."), or of "X says it will sell ..." as "to", "sell
    ..."; None when the title fits or the saying tells of something other than the speaker's
    own wish or act."""
    words = subject + verb + obj
    if len(words) <= MAX_TITLE_WORDS and len(" ".join(words)) <= MAX_TITLE_CHARS:
        return None  # room for the saying: the source's word stays its word
    if len(verb) != 1 or verb[0].lower() not in _SAYING or len(obj) < 3:
        return None
    pronoun = obj[0].lower()
    if pronoun not in (_PLURAL_SELF if plural else _SINGULAR_SELF):
        return None
    following = obj[1]
    if following.lower() in _FUTURE:
        after = obj[2]
        if not after.islower() or after.lower() in _NOT_OWN_ACTS:
            return None
        if "base" not in {form for _lemma, form in lexicon.verb_readings(after)}:
            return None
        return ["to"], obj[2:]
    if not _present_form(following, plural):
        return None
    return [following], obj[2:]
