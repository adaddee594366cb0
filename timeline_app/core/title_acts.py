"""The act a title tells: its verb, read by the grammar of a headline.

A title is written as a headline ("How a title is written" in the README): its subject, then
its verb in the headline present ("Firm launches phone"), or a passive's bare participle
("Phone launched"), then the object. Two titles that share actors, words and a date may
still tell two acts ("Firm launches phone" / "Rival sues firm over phone"); the gathering
asks them for the same act (``core/happenings.py``), and this reads which act a title tells.

The verb is the first word after the subject that only a verb can be there: an "-s" form
or a participle, or a bare verb after a plural subject ("Talks resume", "Police arrest"). A word that is
also a plural noun and is followed by a word that can only be a verb is the subject's head
("Phones recalled" is not "phone"); followed by a bare verb that may be a noun, either may
be the verb ("Rebel forces shell town", "Firm launches phone"), and both are read. Capitalised words are names, never the verb. A verb followed by "to"
and a verb carries that one too ("chooses to step down": the stepping down). A title whose
verb cannot be read tells no act we know of, and the gathering asks nothing of it.
"""

from __future__ import annotations

import functools
import re

from timeline_app.core.extraction.lexicon import PLURAL_WITHOUT_S
from timeline_app.core.extraction.predicate_classes import PRESENTING, predicate_class

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-'’][^\W_]+)*")
# Words a headline keeps before its verb that are not the verb: auxiliaries and modals
# ("is killed", "to be discontinued", "will hold"), and the negation.
_BEFORE_THE_VERB = frozenset(
    """is are was were be been being has have had will would can could may might must shall
    should to not does do did""".split()  # noqa: SIM905 (a word list reads best as text)
)
# A verb that tells no act of its own: a title whose only verb it is ("Minister is in Rome")
# tells a state, and the gathering asks nothing of it.
_NO_ACT = frozenset({"be", "have"})
# Pronouns a bare present verb follows ("They vote").
_PLURAL_PRONOUNS = frozenset({"they", "we", "others", "both", "many", "some", "several"})


@functools.lru_cache(maxsize=65536)
def _verb_readings(word: str) -> dict[str, str]:
    """Penn tag -> lemma, for each verb form ``word`` is."""
    from lemminflect import getAllInflections, getAllLemmas

    found: dict[str, str] = {}
    for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()):
        for tag, forms in getAllInflections(lemma, upos="VERB").items():
            if word in forms:
                found.setdefault(tag, lemma)
    return found


@functools.lru_cache(maxsize=65536)
def _plural_noun(word: str) -> bool:
    from lemminflect import getAllLemmas, getAllLemmasOOV

    if word in _PLURAL_PRONOUNS or word in PLURAL_WITHOUT_S:
        return True
    # A word the dictionary lacks ("dockers") is read by its ending.
    nouns = getAllLemmas(word, upos="NOUN")
    if not nouns and word.endswith("s"):
        nouns = getAllLemmasOOV(word, upos="NOUN")
    return any(noun != word for noun in nouns.get("NOUN", ()))


def _only_a_verb(word: str) -> bool:
    """A word that can be the verb after a plural subject and not its object: a participle
    or an "-s" form ("features rolled out"), or a bare verb no noun shares ("phones
    manage to")."""
    from lemminflect import getAllLemmas

    readings = _verb_readings(word)
    if readings.keys() & {"VBZ", "VBD", "VBN"}:
        return True
    return bool(readings) and not getAllLemmas(word, upos="NOUN")


def _finite(word: str, before: str) -> str | None:
    """The lemma when ``word`` can only be read as the verb here, after ``before``."""
    readings = _verb_readings(word)
    for tag in ("VBZ", "VBD", "VBN"):
        if tag in readings:
            return readings[tag]
    if "VBP" in readings and (before in _BEFORE_THE_VERB or _plural_noun(before)):
        return readings["VBP"]
    return None


def _act(lemma: str, title: str) -> str:
    """A verb's class; every verb of showing something new is one act, as the extractor
    reads a headline and its story (``repeats.py``)."""
    return "present" if lemma in PRESENTING else predicate_class(lemma, title)


@functools.lru_cache(maxsize=65536)
def title_acts(title: str) -> frozenset[str]:
    """The predicate classes (``predicate_classes.predicate_class``) of the act a title
    tells: its verb's, and that of a verb it governs with "to"; empty when no verb is read.
    Verbs of showing something new (``predicate_classes.PRESENTING``) are one act, "present"."""
    words = _WORD.findall(title)
    lowered = [w.casefold().replace("’", "'") for w in words]
    acts: list[str] = []
    place = 1  # the first word is the subject's, whatever it looks like
    while place < len(words):
        word, low = words[place], lowered[place]
        if word[0].isupper() or low in _BEFORE_THE_VERB:
            place += 1
            continue
        lemma = _finite(low, lowered[place - 1])
        after = lowered[place + 1] if place + 1 < len(words) else ""
        if lemma is not None and _plural_noun(low) and _only_a_verb(after):
            lemma = None  # "Phones recalled": the subject's head, the verb is next
        if lemma is None:
            place += 1
            continue
        acts.append(_act(lemma, title))
        bare = _verb_readings(after).get("VBP")
        if bare and _plural_noun(low):
            # "Rebel forces shell town" or "Firm launches phone": either may be the verb,
            # and the act is read both ways.
            acts.append(_act(bare, title))
        # "chooses to step down", "vows to raise": the act is the one it governs too.
        if after == "to" and place + 2 < len(words):
            governed = _verb_readings(lowered[place + 2]).get("VB")
            if governed:
                acts.append(_act(governed, title))
        break
    return frozenset(act for act in acts if act not in _NO_ACT)


def same_act(first: str, second: str) -> bool:
    """Whether two titles tell the same act, or either tells none we can read."""
    one, two = title_acts(first), title_acts(second)
    return not one or not two or bool(one & two)
