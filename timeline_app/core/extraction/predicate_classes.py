"""Verbs a reader takes for one predicate: "the Fed lifts rates" and "the Federal Reserve
raised interest rates" tell one act, "police arrested 14 men" and "14 men were rounded up"
one arrest.

Each group holds verbs (or phrasal verbs, "round up") that, said of the same participants at
the same time, tell the same kind of act in ordinary English. A verb sits in at most one
group, and no group holds a verb whose senses part ("strike", "release", "report" are in
none): a group only lets two tellings be compared, the participants and the time decide.
"""

from __future__ import annotations

import re

from timeline_app.core.extraction import lexicon

# One line a group; a phrasal verb is its verb and particle.
_GROUPS = """
raise, lift, increase, hike
cut, lower, reduce, slash, trim
rise, climb, jump, gain, surge, soar
fall, drop, decline, slide, slip, tumble, plunge, sink
kill, slay
quit, resign, step down, stand down
arrest, detain, apprehend, round up
replace, substitute
put, place
finish, complete, conclude, wrap up
buy, acquire, purchase
dismiss, sack, oust
appoint, name
marry, wed
defeat, beat
destroy, demolish, raze
ban, prohibit, outlaw
free, release
begin, start, commence
leave, depart
flee, escape
"""


# Verbs of one act of showing something new: "Acme announces tablet" and "Acme unveiled the
# tablet on Monday" tell one act though their verbs are of no one class ("announce" also tells
# what was said, "launch" also a missile).
PRESENTING = lexicon.words("announce unveil introduce present launch reveal debut demonstrate")


def _read(text: str) -> dict[tuple[str, str], str]:
    classes: dict[tuple[str, str], str] = {}
    for line in text.strip().splitlines():
        members = [m.split() for m in line.split(",")]
        head = members[0][0]
        for words in members:
            key = (words[0], words[1] if len(words) > 1 else "")
            if key in classes:
                raise ValueError(f"{' '.join(key)!r} is in two predicate classes")
            classes[key] = head
    return classes


_CLASS_OF = _read(_GROUPS)
_PARTICLES = frozenset(particle for _, particle in _CLASS_OF if particle)
_WORD = re.compile(r"[a-z]+")


def predicate_class(lemma: str, title: str = "") -> str:
    """The class a predicate belongs to, named by its group's first verb; a verb of no
    group is its own class. A phrasal verb is known by its particle in the title ("14 men
    rounded up"); "round" without "up" is another verb."""
    lemma = lemma.lower()
    if not lemma:
        return ""
    words = set(_WORD.findall(title.lower())) & _PARTICLES
    for particle in sorted(words):
        head = _CLASS_OF.get((lemma, particle))
        if head is not None:
            return head
    return _CLASS_OF.get((lemma, ""), lemma)


def one_class(lemma: str, title: str, other_lemma: str, other_title: str) -> bool:
    """Whether two predicates tell the same kind of act ("lifts" / "raised")."""
    one = predicate_class(lemma, title)
    return one != "" and one == predicate_class(other_lemma, other_title)


def _forms() -> dict[str, list[tuple[str, str]]]:
    """Each inflected form of a grouped verb -> (its particle, its class)."""
    forms: dict[str, list[tuple[str, str]]] = {}
    for (verb, particle), head in _CLASS_OF.items():
        for form in {verb, *(lexicon.inflect(verb, f) for f in ("3sg", "past", "pp", "ing"))}:
            forms.setdefault(form, []).append((particle, head))
    return forms


_FORMS = _forms()


def classes_in(title: str) -> frozenset[str]:
    """The classes of the grouped verbs a title holds in any form ("Police say they arrested
    14 men" holds the class of "arrest"), a phrasal verb only with its particle after it."""
    words = _WORD.findall(title.lower())
    out = set()
    for place, word in enumerate(words):
        for particle, head in _FORMS.get(word, ()):
            if not particle or particle in words[place + 1 : place + 3]:
                out.add(head)
    return frozenset(out)
