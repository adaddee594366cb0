"""A present form the word lists do not know ("imports", "encourages") is read as the simple
present when the parse tags it so; before, any unknown form without an auxiliary was taken
for a past, and a standing fact ("Chad imports a third of its grain") could be proposed as
a happening of the day."""

from __future__ import annotations

from timeline_app.core.extraction import lexicon
from timeline_app.core.extraction.grammar import find_verb_group, tokenize
from timeline_app.core.tenses import Tense


def _group(text: str, verb: str, tag: str):
    tokens = tokenize(text, verb_tags={text.index(verb): tag})
    group = find_verb_group(tokens)
    assert group is not None
    return group


def test_an_unlisted_third_person_form_tagged_present_is_the_present() -> None:
    assert not lexicon.verb_readings("imports")  # the case this covers: a form not listed
    group = _group("Chad imports about a third of its grain.", "imports", "VBZ")
    assert group.main.low == "imports"
    assert group.tense == Tense.PRESENT


def test_an_unlisted_form_tagged_past_stays_past() -> None:
    group = _group("Chad imported about a third of its grain.", "imported", "VBD")
    assert group.tense == Tense.PAST
