"""A sentence whose subject carries a participle aside ("Harlan Mutual, reeling from changes
mandated by Congress, announced a loss"): the word rules take the aside's "mandated" for the
clause's verb, but the sentence's news is what its subject did after the aside; the title
tells that ("Harlan Mutual announces loss"), not the aside ("Changes mandated by Congress")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.core.extraction.grammar import VerbGroup, find_verb_group

if TYPE_CHECKING:
    from spacy.tokens import Token as SpacyToken

    from timeline_app.core.extraction.syntax import ParsedText

# the parse's tags of a finite verb in the past or present
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def verb_after_aside(
    group: VerbGroup, parsed: ParsedText | None, spans: list[tuple[int, int]]
) -> VerbGroup | None:
    """The verb group of the subject and the verb after its aside, when ``group``'s verb is a
    participle on a noun of an "-ing" aside set off by commas after the subject, with no date
    of its own ("changes mandated by Congress in 1988" is the mandate's, and stays); else
    None."""
    word = parsed.token_at(group.main.start) if parsed is not None else None
    if word is None or word.dep_ != "acl" or word.tag_ != "VBN" or not group.subject:
        return None
    end = word.right_edge.idx + len(word.right_edge.text)
    if any(word.idx <= start < end for start, _end in spans):
        return None
    aside = _aside_over(word)
    verb = _verb_after(word) if aside is not None else None
    if aside is None or verb is None:
        return None
    comma = [t for t in group.subject if t.text == "," and t.end <= aside.idx]
    if not comma:
        return None
    subject = [t for t in group.subject if t.end <= comma[-1].start]
    after = [t for t in group.rest if t.start >= verb.idx]
    if not any(t.is_word for t in subject) or not after:
        return None
    found = find_verb_group(subject + after)
    return found if found is not None and found.main.start == verb.idx else None


def _aside_over(word: SpacyToken) -> SpacyToken | None:
    """The "-ing" participle on the subject that ``word`` lies inside, if any."""
    for above in word.ancestors:
        if above.tag_ == "VBG" and above.dep_ in ("advcl", "acl"):
            return above
    return None


def _verb_after(word: SpacyToken) -> SpacyToken | None:
    """The finite verb right after ``word``'s phrase, which ends the aside, and the aside's
    closing comma (adverbs aside), if any: the verb of the subject the aside interrupted."""
    doc = word.doc
    index = word.right_edge.i + 1
    if index >= len(doc) or doc[index].text != ",":
        return None
    index += 1
    while index < len(doc) and doc[index].tag_ == "RB":
        index += 1
    return doc[index] if index < len(doc) and doc[index].tag_ in _FINITE else None
