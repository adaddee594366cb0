"""A given name joined by "and" to a person named in full shares that person's surname.

"Ann and Bob Lee married in 1990" names two people, Ann Lee and Bob Lee: a reader takes the
surname written once for both (a couple, siblings, parents). The name finders see only the
run "Bob Lee"; the given name before "and" (or "&") is a person of its own when it is a
given name the name table knows ("Ann", "Tomas"), not a place or a firm ("Oslo and Bob
Lee", "Acme and Bob Lee": no one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from timeline_app.core.extraction.mention_shape import NameSpan

# A lone capitalised word and "and" or "&" just before a name ("Ann and ", "Ann & ").
_GIVEN_AND = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+)\s+(?:and|&)\s+\Z")


def shared_surnames(
    text: str, people: Iterable[NameSpan], given_name: Callable[[str], bool]
) -> list[tuple[int, int, str, str]]:
    """The people named by a given name alone before "and" and a full name, each as (start,
    end, the given name, the full name with the shared surname)."""
    found = []
    for person in people:
        words = person.entity.split()
        if len(words) < 2 or person.text.split()[0] != words[0]:
            continue  # "Lee" for Bob Lee named before: no given name written here
        before = _GIVEN_AND.search(text, max(0, person.start - 40), person.start)
        if before is None or not given_name(before[1]) or not given_name(words[0]):
            continue
        full = f"{before[1]} {' '.join(words[1:])}"
        found.append((before.start(1), before.end(1), before[1], full))
    return found
