"""Copies of one wire story found as each article comes in (``CopyIndex``): a copy read in a
later batch, a copy of a copy, an original read after its copy."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.events import Article
from timeline_app.core.syndication import CopyIndex, find_copies

WIRE = (
    "GENEVA, 3 May 2023 (Wire) - Negotiators from both governments agreed on Wednesday to a "
    "ceasefire along the northern border, to begin at midnight on Friday, officials said. "
    "Observers from the United Nations will monitor the line from next week, and a second "
    "round of talks on the exchange of prisoners is planned for June in Vienna. The "
    "agreement follows three weeks of shelling around the river crossings, in which "
    "hundreds of homes were destroyed and thousands of families left for the south."
)
# A paper's longer version: the wire story, then its own reporting from the border.
LOCAL = (
    "In the border villages, residents said they would wait for the first quiet night before "
    "going home. A farmer in Kalynivka, whose barn burned in April, said the fields could "
    "not be sown until engineers had cleared the mines left along the irrigation canals, and "
    "the regional governor asked the capital for money to rebuild the two bridges."
)
OWN_WORDS = (
    "Both governments have accepted a truce that starts this weekend, diplomats in Geneva "
    "confirmed, though fighting near the river continued into the evening and neither side "
    "has said who will pay to rebuild the villages."
)


def article(article_id: str, text: str, published: int | None = None, **more) -> Article:
    when = dt.date(2023, 5, published) if published else None
    return Article(article_id, text=text, published=when, **more)


def second_half(text: str) -> str:
    words = text.split()
    return " ".join(words[len(words) // 2 :])


def test_a_copy_read_in_a_later_batch_is_found_when_it_comes():
    held = {}
    with CopyIndex(held) as index:
        for item in (article("wire", WIRE, 3), article("own", OWN_WORDS, 3)):
            held[item.id] = item
            assert index.add(item) == {}
        # Later: the paper prints the wire story under its own headline and credit line.
        paper = article("paper", "Truce agreed in Geneva\n" + WIRE + "\nReporting by staff.", 4)
        held[paper.id] = paper
        assert index.add(paper) == {"paper": "wire"}
        assert len(index) == 3


def test_a_copy_of_a_copy_is_a_copy_of_the_first():
    wire = article("wire", WIRE, 3)
    paper = article("paper", WIRE + "\n\n" + LOCAL, 4)  # the wire story and more
    # A site that took the paper's second half: only half of it is the wire's text.
    site = article("site", second_half(WIRE) + "\n\n" + LOCAL, 5)
    assert find_copies([wire, site]) == {}  # not a copy of the wire story itself
    assert find_copies([wire, paper, site]) == {"paper": "wire", "site": "wire"}
    held = {}
    with CopyIndex(held) as index:
        found = {}
        for item in (site, wire, paper):  # read in another order: the paper joins the two
            held[item.id] = item
            found.update(index.add(item))
    assert found == {"paper": "wire", "site": "wire"}


def test_an_original_read_after_its_copy_becomes_the_original():
    copy = article("copy", "Ceasefire agreed\n" + WIRE + "\n(Wire)", 4)
    wire = article("wire", WIRE, 3)  # published a day before its copy, read after it
    held = {copy.id: copy}
    with CopyIndex(held) as index:
        assert index.add(copy) == {}
        held[wire.id] = wire
        assert index.add(wire) == {"copy": "wire"}
        # A third copy points at the first published too, and nothing else is marked again.
        third = article("third", WIRE + "\nMore to follow.", 5)
        held[third.id] = third
        assert index.add(third) == {"third": "wire"}


def test_an_article_already_marked_keeps_its_mark():
    marked = article("marked", WIRE + " Reporting by staff.", 4, copy_of="elsewhere")
    wire = article("wire", WIRE, 3)
    held = {marked.id: marked, wire.id: wire}
    with CopyIndex(held) as index:
        assert index.add(marked) == {}
        assert index.add(wire) == {}
    assert find_copies([marked, wire]) == {"marked": "elsewhere"}


def test_a_stock_sentence_in_common_makes_no_copy():
    stock = "The ministry said in a statement on Tuesday that it would not comment further."
    first = article("a", OWN_WORDS + " " + stock, 3)
    second = article("b", LOCAL + " " + stock, 3)
    assert find_copies([first, second]) == {}


def test_an_article_no_longer_held_is_no_original():
    wire = article("wire", WIRE, 3)
    held = {wire.id: wire}
    with CopyIndex(held) as index:
        index.add(wire)
        del held["wire"]  # removed from the document since
        assert index.add(article("paper", WIRE + " Reporting by staff.", 4)) == {}
