"""Titles that name the firm a business story is about where the sentence only describes it
("the company", "the concern", "the Akron, Ohio-based maker of garden tools"). Every sentence
was written for these tests; each shows the title a reader scored 2 or 3 (in a comment) and
the one a sub-editor would write, and some show cases left alone on purpose."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(1991, 3, 8)


def titles(text: str) -> list[str]:
    return [e.title for e in extract_events(text, PUBLISHED)]


def by_year(text: str) -> dict[int, str]:
    return {e.when.start.year: e.title for e in extract_events(text, PUBLISHED)}


def test_the_company_is_the_firm_an_earlier_sentence_named():
    # was: "Company adopts poison-pill plan"
    found = titles(
        "Harlow Tools Inc. halved its quarterly payout to three cents a share. The payout is "
        "due April 9. The company also adopted a poison-pill plan yesterday."
    )
    assert "Harlow Tools Inc. adopts poison-pill plan" in found
    # was: "Concern earns $3.4 million"
    found = by_year(
        "Pellworth Corp. said it lost $2 million in its fourth quarter. In 1989, the concern "
        "earned $3.4 million."
    )
    assert found[1989] == "Pellworth Corp. earns $3.4 million"


def test_a_firm_described_by_its_town_is_the_firm_not_the_town():
    # was: "Akron cuts dividend" (the town for the firm)
    found = titles(
        "Harlow Tools Inc. cut its dividend. The Akron, Ohio-based maker of garden tools and "
        "lawn mowers said it cut the dividend because of a loss of $1.2 million."
    )
    assert not any(t.startswith("Akron") for t in found)
    assert any(t.startswith("Harlow Tools Inc. cuts dividend") for t in found)
    # was: "Toledo raises prices 5%"
    found = titles(
        "Marvin Glass Corp. posted a loss yesterday. The Toledo, Ohio, glass company also "
        "raised its prices 5% yesterday."
    )
    assert "Marvin Glass Corp. raises its prices 5%" in found
    # the parse tags "concern" a verb here; was: "Concern takes $90 million charge"
    found = titles(
        "Dorrance Systems lost $30 million. Besides that, the Trenton, N.J., concern took a "
        "$90 million charge on Tuesday."
    )
    assert "Dorrance Systems takes $90 million charge" in found


def test_the_companys_shares_are_the_firms():
    # was: "Company's shares plunge 40%"
    found = titles(
        "Kestrel Airlines Inc. said its chairman resigned. The company's shares plunged 40% on "
        "Tuesday."
    )
    assert "Kestrel Airlines Inc.'s shares plunge 40%" in found


def test_a_lead_set_in_capitals_gives_the_name_as_the_story_writes_it():
    # business wires set a story's first words in capitals
    found = titles(
        "MARLOW FOODS Inc. raised its quarterly dividend to 14 cents. Its sales rose 4%. "
        "The company also bought back one million shares on Thursday."
    )
    assert "Marlow Foods Inc. buys back one million shares" in found
    # initials stay initials
    found = titles("CPX Energy Corp. cut its dividend. The company also sold a refinery Monday.")
    assert "CPX Energy Corp. sells refinery" in found


def test_the_company_of_its_own_sentence_comes_first():
    # was: "Company recalls 4,000 heaters"
    found = titles(
        "Ostrander Corp. posted a loss. Holm Appliance Co. said Monday that the company had "
        "recalled 4,000 heaters."
    )
    assert "Holm Appliance Co. recalls 4,000 heaters" in found


def test_a_description_is_left_alone_when_it_may_be_either_firm_or_says_which():
    # the sentence before names two firms: the company may be either
    found = by_year(
        "Ostrander Corp. bought Holm Appliance Co. in 1985. The company closed a plant in 1987."
    )
    assert found[1987] == "Company closes plant"
    # a relative clause says which company it is
    found = by_year(
        "Ostrander Corp. posted a loss. In 1987 the company that built the dam was sued."
    )
    assert not any(title.startswith("Ostrander") for title in found.values())
    # an indefinite description is some other company
    found = by_year("Ostrander Corp. posted a loss. In 1987 a company bought the dam.")
    assert found.get(1987, "").startswith("Company")


def test_the_company_a_spokesman_speaks_of_is_his_firm():
    # was: "Company tells dealers about defect" (or the other firm named before)
    found = titles(
        "Harlow Tools Inc. said a dealer found a defect in its mowers. A Brantley spokesman "
        "said the company told dealers about the defect on Monday."
    )
    assert "Brantley tells dealers about defect" in found


def test_a_bare_figure_of_the_accounts_is_the_firms():
    # was: "Net income falls 7% to $14.2 million"
    found = titles(
        "Pellworth Corp. said net income for the second quarter fell 7% to $14.2 million, or 61 "
        "cents a share."
    )
    assert "Pellworth Corp.'s net income falls 7% to $14.2 million" in found
    # was: "Shares rise 6%"
    found = titles(
        "Harwick Group PLC reported a loss. Pretax profit fell 4%, but shares rose 6% yesterday."
    )
    assert "Harwick Group PLC's shares rise 6%" in found


def test_a_figure_that_says_whose_it_is_is_left_alone():
    found = titles(
        "Pellworth Corp. said its net income for the second quarter fell 7% to $14.2 million."
    )
    assert "Pellworth Corp.'s net income falls 7% to $14.2 million" in found  # by "its"
    found = titles("Pellworth Corp. said sales of its new boats fell 4% in October.")
    assert not any(title.startswith("Pellworth Corp.'s sales") for title in found)
    # no one firm before it: "Tokyo stocks", "retail sales" are nobody's
    found = titles("Retail sales rose 2% in October, the Commerce Department said.")
    assert not any("'s retail sales" in title for title in found)


def test_it_with_an_adverb_is_the_firm_that_said_it():
    # was: "It agrees to purchase Lakeside Bancorp"
    found = titles(
        "Harbor Corp. said it tentatively agreed to purchase Lakeside Bancorp for $18 million."
    )
    assert "Harbor Corp. agrees to purchase Lakeside Bancorp for $18 million" in found
