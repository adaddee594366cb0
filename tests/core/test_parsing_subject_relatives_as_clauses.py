"""A subject's relative clause without "that" which the parser reads as a clause of its own
("the rent bill Governor Tiel signed last month may not calm ..."), mended
after the parse: the relative's dated act is proposed, and the subject stays the later verb's.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.parsing import parse

_PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday
_SIGNED = (
    "Ansel Roe added that the rent bill Governor Mara Tiel signed last month may not calm the "
    "tenants."
)


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def _titled(text):
    # under a headline, as in an article: a first line alone is read as a headline
    return {e.title: e for e in extract_events("Council news\n\n" + text, _PUBLISHED)}


def test_the_subjects_relative_describes_the_subject_and_keeps_its_date():
    doc = parse(_SIGNED)
    signed, calm = _token(doc, "signed"), _token(doc, "calm")
    assert signed.dep_ == "acl:relcl"
    assert signed.head.text == "bill"
    assert _token(doc, "bill").head.i == calm.i
    assert _token(doc, "month").head.i == signed.i  # the date is the signing's, no subject
    assert _token(doc, "that").head.i == calm.i


def test_a_subjects_relative_tells_its_dated_act_when_the_main_clause_is_none():
    events = _titled(_SIGNED)
    assert "Mara Tiel signs rent bill" in events, list(events)
    assert events["Mara Tiel signs rent bill"].when.to_edtf() == "2031-04"


def test_a_named_subjects_relative_before_a_comma_tells_its_dated_act():
    events = _titled(
        "In fact, the Coastal Fishing Code the Velmont council drafted earlier this year, has a gap."
    )
    assert "Velmont council drafts Coastal Fishing Code" in events, list(events)
    assert events["Velmont council drafts Coastal Fishing Code"].when.start.year == 2031
