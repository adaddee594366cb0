"""Which union "the union" is: in a story about work, the workers' own, never a union of
states.

"The union" names the European Union in a story about the bloc ("The union agreed to new
sanctions"), but a reader of "Dockers walked out over pay. The union called off the strike on
Friday" knows it is the dockers' union, whatever bloc the story named before (a port rule "of
the European Union", a grant "from the African Union"). A bare "the union" stands for a union
of states only where neither its sentence nor the two before it speak of work and its pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# The words of a story about work: its people, its pay and its disputes (as written: the
# parse gives no lemmas).
LABOUR_WORDS = words("""
strike strikes striker strikers walkout walkouts picket pickets picketed worker workers
employee employees wage wages pay salary salaries pension pensions employer employers
shift shifts dockworker dockworkers docker dockers miner miners nurse nurses teacher
teachers staff bargaining layoff layoffs overtime workforce
""")
# What names a union as one of states rather than of workers ("European Union", "African
# Union", "Soviet Union").
STATE_UNION_WORDS = words("european african soviet eurasian arab")
# How many sentences before the description's own tell what the story is about.
SENTENCES_BACK = 2


def union_of_states(name: str) -> bool:
    """Whether a body's name is a union of states' ("the European Union")."""
    named = [word.strip(".,'’").lower() for word in name.split()]
    return named[-1:] == ["union"] and not STATE_UNION_WORDS.isdisjoint(named)


def workers_union(noun: Token) -> bool:
    """Whether a bare "the union" at ``noun`` is read as workers': its sentence or the two
    before it speak of work."""
    if noun.lower_ != "union":
        return False
    doc, first = noun.doc, noun.sent.start
    for _ in range(SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return any(t.lower_ in LABOUR_WORDS for t in doc[first : noun.sent.end])
