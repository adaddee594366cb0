"""Whether a cut object leaves a count without the noun it counts.

"agrees to pay $12 million and nearly 300,000 [common shares]": a bare "300,000" says
nothing (300,000 what?). A sum of money carries its unit in its sign ("$12 million"); a
count after "and" or "or" whose noun was cut away is a list's item half-said, and a headline
would rather leave the whole item out ("agrees to pay $12 million").
"""

from __future__ import annotations

from timeline_app.core.extraction import lexicon

_SCALES = lexicon.words("hundred thousand million billion trillion")
_JOINS = lexicon.words("and or")
_ENDS_OF_A_COUNT = (
    lexicon.PREPOSITIONS | lexicon.DETERMINERS | lexicon.CONJUNCTIONS | lexicon.words("to")
)


def _count(word: str) -> bool:
    """A number written in figures or a scale word closing one ("300,000", "1.8 million")."""
    return word[:1].isdigit() or word.lower() in _SCALES


def _counted_noun(word: str) -> bool:
    """A lowercase word that can be what a count counts ("shares", "common"), not one that
    ends the count's phrase ("to", "in", "a")."""
    low = word.lower()
    return word.isalpha() and word.islower() and low not in _ENDS_OF_A_COUNT


def without_uncounted_item(words: list[str], end: int) -> int:
    """Where to cut ``words`` (given the cut at ``end``) so that no list's last item is a
    count whose noun comes right after the cut: before that item's "and"/"or" (and its
    modifiers, "and nearly 300,000"), or ``end`` when the cut leaves no such count."""
    if not 0 < end < len(words) or not _count(words[end - 1]) or not _counted_noun(words[end]):
        return end
    start = end - 1
    while start > 0 and (_count(words[start - 1]) or words[start - 1][:1] in "$€£"):
        start -= 1
    if words[start][:1] in "$€£":
        return end  # "$1.8 million": the sum's sign is its unit
    before = range(start - 1, max(start - 3, 0), -1)  # "and [nearly] 300,000"
    join = next((i for i in before if words[i].lower() in _JOINS), None)
    return join if join is not None and join >= 2 else end
