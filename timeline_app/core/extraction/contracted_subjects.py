"""A subject written with its auxiliary run into it ("they've", "we're", "she'd"): the
tokenizer keeps the pronoun and the auxiliary as one word, and a title must not.

The auxiliary is the sentence's (its tense is in the verb group already), so the headline
keeps the pronoun alone, and its number comes from the pronoun: "They've releases" was a
plural subject read as one word the verb agreed with as singular.
"""

from __future__ import annotations

import re

# The auxiliaries English runs into a pronoun, with either apostrophe.
_CONTRACTED = re.compile(r"^(?P<pronoun>[A-Za-z]+)['’](?:ve|re|ll|d|s|m)$")
# Pronouns that take a plural verb ("they ship", "we sell", "you pay").
_PLURAL_PRONOUNS = frozenset({"they", "we", "you"})
_PRONOUNS = _PLURAL_PRONOUNS | frozenset({"he", "she", "it", "i", "that", "there", "who"})


def uncontracted(subject: str, plural: bool) -> tuple[str, bool]:
    """The subject without an auxiliary run into its last word, and its number: "They've"
    -> ("They", True), "She's" -> ("She", False); any other subject as it came."""
    words = subject.split()
    if not words:
        return subject, plural
    match = _CONTRACTED.match(words[-1])
    if match is None or match["pronoun"].lower() not in _PRONOUNS:
        return subject, plural
    pronoun = match["pronoun"]
    if len(words) > 1:
        return " ".join([*words[:-1], pronoun]), plural
    low = pronoun.lower()
    return ("I" if low == "i" else pronoun), low in _PLURAL_PRONOUNS
