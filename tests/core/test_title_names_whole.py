"""A title never cuts a name inside, and names what the text names: "No." before its number
and "Cie." before the rest of a firm's name end no sentence ("to rank as No. 1 seller", not
"to rank as No"); a happening named by its proper name keeps the whole name ("Treaty of
Lisbon signed", not "Treaty signed"); a source set off before what was said goes ("says
store passes Best Buy", not "says according to those figures"); and "the firm" is the one
just called a firm. Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.sentences import undecided_starts

PUBLISHED = dt.date(2021, 3, 10)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def test_a_numbering_word_keeps_its_number():
    text = (
        "In May 2009, Kestrel Books overtook Harbour Books to rank as the No. 1 seller of "
        "children's books in Canada."
    )
    assert titles(text) == ["Kestrel Books overtakes Harbour Books to rank as No. 1 seller"]


def test_the_firm_that_cie_opens_is_named_whole():
    text = "Varden Ltd. on Monday turned down a bid by Cie. Bancaire de Lorne for its shipping arm."
    assert titles(text) == ["Varden Ltd. turns down bid by Cie. Bancaire de Lorne"]


def test_no_sentence_may_start_at_the_number_of_a_numbering_word():
    # the parser is left to decide only where a sentence may start ("Mr. Smith" or "in the
    # U.S. Officials said"), never between "No." and its number
    text = "Volume sales rose after the No. 2 brand cut prices. Fig. 3 tells the rest."
    assert undecided_starts(text) == []


def test_a_happening_named_by_its_name_keeps_the_name():
    text = "The ministers met in Vared to discuss the 1922 Pact of Olm."
    assert titles(text) == ["Pact of Olm signed"]


def test_a_treaty_named_whole_beside_the_clause_that_follows_it():
    text = "Last spring the two ports agreed to follow the 1997 Treaty of Lisbon on shipping tolls."
    assert "Treaty of Lisbon signed" in titles(text)


def test_a_source_set_off_before_what_was_said_goes():
    text = (
        "Torvane said according to those figures, Kestrel Books passes Lark Press for the "
        "second spot in 2007."
    )
    assert titles(text) == ["Torvane says Kestrel Books passes Lark Press for second spot"]


def test_the_firm_is_the_one_just_called_a_firm():
    text = (
        "Kestrel Books hired Torvane Group, a small research firm, in 2004. The firm opened "
        "an office in Leeds in 2006."
    )
    assert titles(text) == [
        "Kestrel Books hires Torvane Group",
        "Torvane Group opens office in Leeds",
    ]
