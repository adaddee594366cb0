"""Pronouns that name who did a harm, not who suffered it.

The rules for shootings and killings read "he" or "she" as a person harmed ("he was shot in
the leg": a civilian attacked). A pronoun that is the subject of an active verb is the one
who acted: "he shot an officer in the arm" tells of an officer shot, whose rule is the
police's; so such a pronoun is left out of the words a rule reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from timeline_app.core.extraction.lexicon import words

_SUBJECT_PRONOUNS = words("he she")
# After these the participle is passive: "he was shot", "she had been wounded".
_BE = words("is are was were be been being get gets got")
# Between a pronoun and its verb: "he had shot", "she later shot", "he allegedly shot".
_BETWEEN = words("had has have also then later allegedly reportedly")


def acting_pronouns(raw: Sequence[str], finite: Callable[[str], bool]) -> frozenset[str]:
    """The subject pronouns of ``raw`` (lower-cased words) that only ever stand before an
    active finite verb ("he shot", "she had stabbed"), never before a passive one ("he was
    shot") nor alone."""
    acting: set[str] = set()
    suffering: set[str] = set()
    for position, word in enumerate(raw):
        if word not in _SUBJECT_PRONOUNS:
            continue
        after = [w for w in raw[position + 1 : position + 4] if w not in _BETWEEN]
        verb = after[0] if after else ""
        if verb and verb not in _BE and finite(verb):
            acting.add(word)
        else:
            suffering.add(word)
    return frozenset(acting - suffering)
