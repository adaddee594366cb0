"""How the text vouches for a clause, and who it names as the source.

Cue words, strongest first: denial ("denies", "denied", "rejected claims") -> DENIED; "claim",
"allege" -> CLAIMED; "reportedly", "according to", "reports", "reported", "said to be" ->
REPORTED; anything else is STATED. A clause's own words count first; then the words of the
clause that introduces it ("X claimed that <clause>"); then a closing tail that covers the
whole sentence (", X said." / ", according to the CBC.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.events import Attribution
from timeline_app.core.extraction.actors import Mention, NameKind, NameRole

_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejected (?:the )?claims?|dismissed "
    r"(?:the )?(?:claims?|reports?))\b",
    re.I,
)
# "claimed 217 lives" is not a claim, and "alleged terrorist camps" qualifies a noun only.
_CLAIMED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?(?!(?:\s+\S+){0,4}?\s+(?:lives|life|victims)\b)"
    r"|alleg(?:e|es|edly|ing)|alleged(?=\s+(?:that|to|in|on|by)\b))\b",
    re.I,
)
_REPORTED = re.compile(
    r"\b(?:reportedly|according to|reports?|reported|(?:is|are|was|were) said to|"
    r"sources? (?:said|say)|purportedly|rumou?red)\b",
    re.I,
)
_ACCORDING = re.compile(r"\baccording to\b", re.I)
# who a speaker phrase names as the source, in order of preference
_SOURCE_KINDS = (
    (NameKind.PERSON,),
    (NameKind.MEDIA, NameKind.ORGANISATION),
    (NameKind.COUNTRY,),
)


@dataclass(frozen=True, slots=True)
class Vouching:
    attribution: Attribution
    attributed_to: str = ""


def cue_of(text: str) -> Attribution | None:
    """The attribution the words of ``text`` set, or None if they set none."""
    if _DENIED.search(text):
        return Attribution.DENIED
    if _CLAIMED.search(text):
        return Attribution.CLAIMED
    if _REPORTED.search(text):
        return Attribution.REPORTED
    return None


def speaker_of(text_start: int, text: str, mentions: list[Mention]) -> str:
    """The source named in a speaker phrase: a person first, else an organisation or media
    outlet, else a country; after "according to" only what follows it counts."""
    according = _ACCORDING.search(text)
    if according:
        cut = text_start + according.end()
        mentions = [m for m in mentions if m.start >= cut]
    for kinds in _SOURCE_KINDS:
        for mention in mentions:
            if mention.kind in kinds and mention.role != NameRole.ADJECTIVE:
                return mention.entity
    if according:
        # An unlisted source: the last run of capitalised words or an acronym.
        tail = text[according.end() :]
        names = re.findall(r"\b(?:[A-Z][\w’'\-]*|[A-Z]{2,})(?:\s+[A-Z][\w’'\-]*)*", tail)
        if names:
            return names[-1]
    return ""


def vouch(
    own_text: str,
    speaker_text: str = "",
    speaker_start: int = 0,
    speaker_mentions: list[Mention] | None = None,
) -> Vouching:
    """The attribution of a clause, given its own words and the speaker phrase that governs it.

    ``speaker_text`` is the introducing clause or the sentence's reporting tail ("" if none).
    """
    own = cue_of(own_text)
    governing = cue_of(speaker_text) if speaker_text else None
    speaker = ""
    if speaker_text:
        speaker = speaker_of(speaker_start, speaker_text, speaker_mentions or [])
    if own is not None and own is not Attribution.REPORTED:
        return Vouching(own, speaker)
    if governing is not None:
        if own is Attribution.REPORTED and governing is Attribution.REPORTED:
            return Vouching(own, speaker)
        return Vouching(governing if own is None else own, speaker)
    if own is not None:
        return Vouching(own, speaker)
    return Vouching(Attribution.STATED, speaker)
