""" "Today" in what describes a noun: "machines that don't fully exist today", "the firms
that lead the market now". The word says the description holds at the time of writing; it
dates no happening, least of all the clause the noun stands in ("The plan will require
machines that don't exist today" is a prediction, not news of the day).
"""

from __future__ import annotations

from timeline_app.core.extraction.syntax import ParsedText, governing_verb

_NOW_WORDS = frozenset({"today", "now", "currently", "nowadays"})
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def now_in_a_description(parsed: ParsedText, start: int, end: int, text: str) -> bool:
    """Whether the date ``text`` at ``[start, end)`` is "today" or "now" in a relative
    clause told in the present."""
    if text.lower() not in _NOW_WORDS:
        return False
    verb = governing_verb(parsed, start, end)
    if verb is None:
        return False
    relative = verb.dep_ == "acl:relcl" or any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in _RELATIVE_PRONOUNS for c in verb.children
    )
    present = verb.tag_ in _PRESENT_TAGS or any(
        c.dep_ in ("aux", "cop") and c.tag_ in _PRESENT_TAGS for c in verb.children
    )
    return relative and present
