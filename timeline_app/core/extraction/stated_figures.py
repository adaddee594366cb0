"""A figure stated with "be": "the rate in February was 9.4 percent", "Sales last year were
$4 million". A level a figure stood at is a state (the guidelines: states and running
figures are not happenings); the news is its report, or a change told with a verb ("rose
to 9.4 percent"), which other rules weigh.
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.event_rules import EventFrame, nothing_rule
from timeline_app.core.extraction.grammar import Token, Voice

# Units that make a number a measured level.
_UNITS = lexicon.words("percent per cent % million billion trillion points")


def _figure(rest: list[Token]) -> bool:
    """Whether what follows the verb is a figure alone: "9.4 percent", "$4 million"."""
    words = [t for t in rest if t.is_word or t.text in ("$", "%")]
    if not words or len(words) > 4:
        return False
    first = words[0]
    numeric = first.text == "$" or first.text[:1].isdigit()
    return numeric and any(t.low in _UNITS or t.text.startswith("$") for t in words)


@nothing_rule
def figure_stated(frame: EventFrame, title: str) -> bool:
    """ "Among workers under 25, the rate in February was 9.4 percent": a copula with a
    figure for all its complement tells the level a figure stood at, not a happening."""
    group = frame.group
    return (
        group is not None
        and group.lemma == "be"
        and group.voice == Voice.ACTIVE
        and not group.negated
        and _figure(group.rest)
    )
