"""A parse that makes a punctuation mark a clause's subject (the shipped parser does so on
some wire copy) leaves the subject unread instead of stopping the extraction."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from timeline_app.core.extraction.syntax import name_before_description, subject_span


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_a_mark_read_as_the_subject_names_nobody():
    # '" said the minister' with the quote mark hung on "said" as its subject
    doc = _parsed(["“", "said", "the", "minister"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "obj"])
    assert name_before_description(doc[0]) is None
    assert subject_span(doc[1]) is not None
