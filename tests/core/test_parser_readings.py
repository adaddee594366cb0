"""What the parser is given to read: prefixed words kept whole, title-cased headlines read as
sentences. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.parsing import load_pipeline, parse
from timeline_app.core.parsing.headline_case import headline_reading


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_hyphen_prefixed_verb_is_the_clause_verb():
    doc = parse("Nadia Brell co-founded the Osterby rowing club in 1994.")
    verb = _token(doc, "co-founded")
    assert verb.tag_ == "VBD"
    assert verb.dep_ == "ROOT"
    assert _token(doc, "Nadia").head.i == verb.i
    assert _token(doc, "1994").head.i == verb.i


def test_a_prefixed_passive_keeps_its_auxiliary():
    doc = parse("The treasurer was re-elected in 2009 and pre-empted a vote on fees.")
    assert _token(doc, "re-elected").tag_ == "VBN"
    assert _token(doc, "was").head.text == "re-elected"
    assert _token(doc, "pre-empted").tag_ == "VBD"


def test_compounds_and_prefixes_before_names_are_still_cut():
    doc = parse("An ice-covered road near a pro-Vantor rally.")
    assert "ice-covered" not in [t.text for t in doc]
    assert "pro-Vantor" not in [t.text for t in doc]


_LIBRARIES = (
    "Council Closes Two Libraries After Budget Vote\n\n"
    "Readers in Fenwick and Ashby Row will have to travel to Dorrington from May, "
    "Councillor Mira Dovan of the Bank of Kelmar said.\n"
)


def test_a_title_cased_headline_tells_its_news():
    events = extract_events(_LIBRARIES, dt.date(2031, 3, 14))
    headline = [e for e in events if e.title.lower().startswith("council closes")]
    assert headline, [e.title for e in events]
    assert (headline[0].when.start.year, headline[0].when.start.month) == (2031, 3)
    # quoted as a sentence would write it, not in the headline's capitals
    assert headline[0].title == "Council closes two libraries"


def test_a_name_the_story_writes_whole_keeps_its_capitals_in_a_headline():
    text = (
        "Harbour Bridge Closes After Storm Damage\n\n"
        "Engineers found cracks in the Harbour Bridge at Kelmouth on Sunday. The bridge, "
        "the town's only road to the coast, will stay shut until the bridge is inspected.\n"
    )
    read = headline_reading(load_pipeline().make_doc(text))
    assert read is not None
    assert read[:3] == ["Harbour", "Bridge", "closes"]


def test_a_title_cased_headline_is_parsed_as_a_sentence_with_its_text_kept():
    doc = parse(_LIBRARIES, [0, _LIBRARIES.index("Readers")])
    assert doc.text == _LIBRARIES
    closes = _token(doc, "Closes")
    assert closes.tag_ == "VBZ"
    assert _token(doc, "Council").head.i == closes.i
    assert _token(doc, "Libraries").head.i == closes.i


def test_names_in_a_title_cased_headline_keep_their_capitals():
    text = (
        "Bank of Kelmar Buys Harbour Offices in New Tarsby\n\n"
        "The Bank of Kelmar paid 30 million crowns for the offices, a spokesman said. "
        "Its staff in New Tarsby will move in June, and the bank will close its old branch.\n"
    )
    doc = parse(text, [0, text.index("The Bank")])
    assert doc.text == text
    read = headline_reading(load_pipeline().make_doc(text))
    assert read is not None
    assert read[:8] == ["Bank", "of", "Kelmar", "buys", "harbour", "offices", "in", "New"]
    assert read[8] == "Tarsby"


def test_a_sentence_cased_headline_is_read_as_written():
    text = "Kelmar bank buys offices in New Tarsby\n\nThe bank paid for them on Monday.\n"
    assert headline_reading(load_pipeline().make_doc(text)) is None


def _titled(text, published=dt.date(2031, 6, 20)):
    return {e.title: e for e in extract_events(text, published)}


def test_a_relative_without_that_takes_its_own_date():
    events = _titled(
        "Farmers in Oldcastle rejected the levy the district board imposed last April."
    )
    imposed = [e for t, e in events.items() if "imposes" in t]
    assert imposed, list(events)
    assert (imposed[0].when.start.year, imposed[0].when.start.month) == (2031, 4)
    rejected = [e for t, e in events.items() if "reject" in t]
    assert all(e.when.start.month != 4 for e in rejected)


def test_a_relative_without_that_hangs_from_its_noun():
    doc = parse("The union welcomed the offer the railway company made on Friday.")
    made = _token(doc, "made")
    assert made.head.text == "offer"
    assert made.dep_ == "acl:relcl"
    assert _token(doc, "company").head.i == made.i
    assert _token(doc, "Friday").head.i == made.i


def test_a_clause_after_a_telling_verb_is_not_a_relative():
    doc = parse("The board told the staff the firm collapsed in May.")
    collapsed = _token(doc, "collapsed")
    assert collapsed.head.text == "told"
    assert _token(doc, "firm").head.i == collapsed.i


def test_a_date_after_a_noun_is_not_a_relative_subject():
    doc = parse("Rangers found the hiker's battered and torn jacket Tuesday snagged on a fence.")
    # the jacket was found on Tuesday, snagged; nothing "Tuesday snagged" describes it
    assert _token(doc, "snagged").dep_ != "acl:relcl"


def test_every_word_of_a_mended_parse_still_reaches_the_root():
    """The relative clauses mended after the parse leave a tree: spaCy lets a head be set
    into a cycle, and a walk up a cycle (the extractor walks up heads everywhere) would
    never end."""
    text = (
        "Farmers in Oldcastle rejected the levy the district board imposed last April. "
        "The union welcomed the offer the railway company made on Friday, and the men the "
        "court fined last year paid the sum the judge set. Police found the car the two "
        "suspects stole in a barn the farmer rented. The museum the duke founded in 1820 "
        "closed the wing its trustees built."
    )
    doc = parse(text)
    for token in doc:
        seen = 0
        while token.head.i != token.i:
            token = token.head
            seen += 1
            assert seen <= len(doc), "a cycle in the parse"


def test_a_past_verb_the_tagger_took_for_a_participle_still_tells_the_happening():
    # the tagger's VBN with an active subject, a direct object and no auxiliary is a past verb
    text = (
        "Harbor council news\n\nThe Harbor Town council met on Monday.\n\n"
        "According to an inspectors' report, the Dunmere plant leaked radioactive water in 2019."
    )
    found = {(e.when.to_edtf(), e.title) for e in extract_events(text, dt.date(2021, 3, 18))}
    assert ("2019", "Dunmere plant leaks radioactive water") in found
