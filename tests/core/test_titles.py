"""Titles a sub-editor would keep: sentences written for these tests, read by the extractor
or, where the extractor's choice of clause would get in the way, by the title functions."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.actors import load_gazetteer
from timeline_app.core.extraction.grammar import tokenize
from timeline_app.core.extraction.title_finish import (
    MAX_TITLE_WORDS,
    acceptable_title,
    finish,
    title_fault,
)
from timeline_app.core.extraction.titles import nominal_title, object_text, span_at
from timeline_app.core.timex import tag

PUBLISHED = dt.date(2013, 3, 25)


def titles(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return [e.title for e in extract_events(text, published)]


# --- dates in long clauses -------------------------------------------------------------------


def test_the_date_at_an_offset_is_found_among_many():
    spans = [(10 * i, 10 * i + 4) for i in range(500)]
    assert span_at(2000, spans) == (2000, 2004)
    assert span_at(2003, spans) == (2000, 2004)
    assert span_at(2004, spans) is None
    assert span_at(5, spans) is None
    assert span_at(0, []) is None


def test_every_date_of_a_run_on_sentence_titles_its_own_happening():
    months = ["January", "March", "May", "July"]
    dates = [f"{d % 28 + 1} {months[d % 4]} {2000 + d % 20}" for d in range(60)]
    text = "Officials said that " + ", and ".join(
        f"on {d} the army shelled the town" for d in dates
    )
    events = extract_events(text + ".", PUBLISHED)
    # (which of the report's first clauses its dates go to is the extractor's business)
    assert len(set(dates) - {e.sources[0].date_text for e in events}) <= 2
    assert {e.title for e in events} == {"Army shells town"}


def test_an_object_far_into_its_clause_is_still_found():
    # sixty years joined by "and" go with their dates; the object comes after them all
    text = "shelled in " + " and ".join(str(year) for year in range(1950, 2011)) + " the town."
    spans = [(t.start, t.end) for t in tag(text, PUBLISHED)]
    assert len(spans) > 30
    assert object_text(tokenize(text)[1:], spans, {}) == "town"


# --- headline present tense, polarity kept ---------------------------------------------------


def test_a_denial_keeps_its_polarity_in_every_voice_and_tense():
    assert titles("On Monday, the minister did not attend the summit.") == [
        "Minister does not attend summit"
    ]
    assert titles("The bridge was not damaged in the storm on Monday.") == [
        "Bridge not damaged in storm"
    ]
    assert titles("Protesters had not been arrested by Monday night.") == [
        "Protesters not arrested"
    ]
    # (a plan is proposed only when it is scheduled for a day: "in 2030" is an intention)
    assert titles("The bridge will not be reopened before 1 May 2030.") == [
        "Bridge not to be reopened"
    ]
    assert titles("The rebels won't attend the talks in Geneva on Monday.") == [
        "Rebels not to attend talks in Geneva"
    ]


def test_a_perfect_denies_that_it_has_happened_yet():
    assert titles("On Monday, the rebels have not left the city.") == ["Rebels have not left city"]
    # a record that holds ("has never lost") is a state, no happening: not proposed
    assert titles("Since 2010, the army has never lost a battle.") == []


def test_a_modal_keeps_its_words_in_the_passive_too():
    assert titles("On Monday, the talks could not be held in the capital.") == [
        "Talks could not be held in capital"
    ]


def test_a_future_passive_is_to_be_done():
    assert titles("The bridge will be reopened on 1 May 2030.") == ["Bridge to be reopened"]


def test_a_negation_is_said_once():
    # "is not" stops the verb group before "not"; the object must not say it again
    assert titles("On Monday, the envoy was not a spy.") == ["Envoy is not spy"]
    # "no" belongs to the object: the verb stays positive
    # having nothing is no happening: not proposed
    assert titles("On Monday, the company had no money to pay its workers.") == []


def test_what_is_reported_is_told_in_the_simple_past():
    assert titles("On Monday, police said the rebels had crossed the river.") == [
        "Police say rebels crossed river"
    ]
    assert titles("On Monday, the minister said the rebels had gone home.") == [
        "Minister says rebels went home"
    ]
    # "had been" before a participle is the headline's passive; "had" alone is a verb
    assert titles("On Monday, police said the men had been arrested.") == [
        "Police say men arrested"
    ]
    assert titles("On Monday, the minister said he had had enough.") == [
        "Minister says he had enough"
    ]


def test_the_period_a_figure_covers_goes_with_its_date():
    # not "Net income for falls ..."
    assert titles("Net income for the quarter fell 6% to $20 million.") == [
        "Net income falls 6% to $20 million"
    ]
    assert titles("The bank raised its reserves for the third quarter by $8 million.") == [
        "Bank raises its reserves by $8 million"
    ]


# --- the finish: length, last word, brackets, capital ---------------------------------------


def test_a_long_object_loses_its_trailing_phrases_not_half_a_phrase():
    text = (
        "On Tuesday, the prime minister met the leaders of the three largest opposition "
        "parties in the northern city of Aleppo to discuss a ceasefire plan."
    )
    # "in the northern city [of Aleppo]" would be half a phrase: the name says which city
    assert titles(text) == ["Prime minister meets leaders of three largest opposition parties"]


def test_a_long_subject_loses_its_modifier_before_the_object_loses_its_point():
    text = (
        "The hasty expulsion of the envoys on Monday left the savings of many ordinary "
        "Cypriot families more vulnerable to inflation."
    )
    # not "... of many ordinary Cypriot families more", cut at a number of characters
    assert titles(text) == [
        "Hasty expulsion leaves savings of many ordinary Cypriot families more vulnerable"
    ]


def test_a_list_and_a_possessor_stay_in_the_subject():
    text = (
        "On Monday, Poland, Hungary and the Czech Republic formally joined the alliance at "
        "a ceremony in the city of Independence in Missouri."
    )
    [title] = titles(text)
    assert title.startswith("Poland, Hungary and Czech Republic formally join alliance")
    assert len(title.split()) <= MAX_TITLE_WORDS


def test_no_title_ends_on_a_possessive_or_an_honorific():
    assert titles("On Monday, Italy's prime minister held talks with Turkey's.") == [
        "Italy's prime minister holds talks"
    ]
    # wherever the sentence is cut, "with Mr." does not end the title
    for title in titles("On Monday, the senator said he had discussed the budget with Mr. Rossi."):
        assert not title.endswith(("Mr", "Mr.", "with")), title
    assert finish("Senator says he discussed budget with Mr") == "Senator says he discussed budget"
    assert finish("Kopp charged with shooting Dr.") == "Kopp charged with shooting"
    assert finish("Envoy meets Gen.") == "Envoy meets"


def test_an_object_that_was_only_loose_ends_refuses_the_title():
    # "met Gen. Smith" cut at the abbreviation leaves "Envoy meets": no title at all
    found = titles("On Monday, the envoy met Gen. Smith in Kabul.")
    assert "Envoy meets" not in found
    assert not any(title.endswith(("Gen", "Gen.")) for title in found), found


def test_an_office_at_the_end_is_said_as_a_common_noun():
    assert titles("On Friday, the president met with the Prime Minister.") == [
        "President meets with prime minister"
    ]
    # a surname that is also an office stays a name
    assert finish("Markets close in honour of Martin Luther King") == (
        "Markets close in honour of Martin Luther King"
    )


def test_a_phrasal_verb_keeps_its_particle():
    assert titles("On Monday, the troops pulled out.") == ["Troops pull out"]
    assert titles("On Monday, the minister stepped down.") == ["Minister steps down"]
    # but a preposition left by a cut goes: "reports on [Mr.]"
    assert finish("Nancy Marshall reports on Mr.") == "Nancy Marshall reports"


@pytest.mark.parametrize(
    ("raw", "finished"),
    [
        (
            "Government announces new plan (which critics call unworkable",
            "Government announces new plan",
        ),
        ('Minister calls vote "a disgrace', "Minister calls vote a disgrace"),
        ("rebels take town", "Rebels take town"),
        ("iPhone 4 goes on sale", "iPhone 4 goes on sale"),
        ("Group comes to United States as soon as", "Group comes to United States"),
        ("Cuts make savings all more", "Cuts make savings"),
        ("Shares rise 11 % to $ 4.5 billion", "Shares rise 11% to $4.5 billion"),
        ("Talks break down and", "Talks break down"),
    ],
)
def test_the_finish_of_a_title(raw, finished):
    assert finish(raw) == finished
    assert acceptable_title(finished)


def test_no_finished_title_is_over_twelve_words():
    words = "Army shells town near river in valley beside mountain after warning to villagers"
    title = finish(words + " of region in north of country")
    assert len(title.split()) <= MAX_TITLE_WORDS
    assert acceptable_title(title)


# --- titles refused ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "fault"),
    [
        ("Requires emergency loan", "no subject"),
        ("Includes $4 million charge", "no subject"),
        ("Led by its oat cereals gains share", "no subject"),
        ("Laid down by accord signs by two governments", "no subject"),
        ("Said message read to crowd", "no subject"),
        ("Saying it offers 3 percent raise", "participle"),
        ("It's likely there will be more", "empty subject"),
        ("It is possible for there to be more cuts", "empty subject"),
        ("This is not 2008", "empty subject"),
        ("There to be more strikes", "empty subject"),
        ("It released", "empty subject"),
        ("Of agreement", "begins on"),
        ("Is sad day for country", "begins on"),
        ("Senator says he discussed budget with Mr", "ends on"),
        ("Italy's prime minister holds talks with Turkey's", "ends on"),
        ("Minister meets President", "office"),
        ("Expulsion would make savings all more", "ends on"),
        ("Senator Jane Doe says", "reports nothing"),
        ("Government announces plan (critics object", "unbalanced"),
        ("rebels take town", "lower case"),
        ("Army shells town near river in valley beside mountain after warning to all", "more than"),
    ],
)
def test_a_title_a_sub_editor_would_not_keep_is_refused_with_its_reason(title, fault):
    assert not acceptable_title(title)
    assert fault in (title_fault(title) or "")


@pytest.mark.parametrize(
    "title",
    [
        "Talks resume",
        "Attacks kill 10",
        "Fighting erupts in northern suburbs",
        "Troops pull out",
        "About 200 Americans leave Pakistan",
        "At least four people killed in explosion",
        "Armed men attack convoy",
        "Elected officials warn immigration service",
        "Bridge not to be reopened",
        "Three countries to formally join NATO",
        "Kyiv shelled",
        "Convoy spotted",
        "Russian invasion of Crimea",
        "AT&T cuts jobs",
        "Feud divides family",
        "Macintosh-curious buzz about Tiger",
        "Those vital signs are unlikely to change",
    ],
)
def test_a_headline_is_kept(title):
    assert title_fault(title) is None


def test_an_empty_pronoun_with_a_copula_gives_no_event():
    assert titles("The bank said on Tuesday that it was possible for there to be more cuts.") == []
    assert titles("This is not 2008, the minister said on Monday.") == []
    events = titles("It is possible that there will be more strikes this year, the union said.")
    assert not any(t.startswith(("It", "There", "More")) for t in events), events


def test_the_noun_of_a_denied_happening_does_not_lose_its_negation():
    # the clause's subject is lost behind the apposition, so its title is refused ("Does not
    # sign ..." has no subject); the noun's fallback title must not read "Signed agreement"
    text = (
        "As of Monday evening, Maria Lopez, the girl's aunt and guardian, still had not signed "
        "an agreement to hand the girl over to the authorities."
    )
    assert not any(t.startswith(("Signed", "Does not")) for t in titles(text))


def test_a_noun_that_names_the_happening_titles_it_without_a_possessive_and_not_alone():
    gazetteer = load_gazetteer()

    def nominal(text: str) -> str:
        return nominal_title(tokenize(text), [], [], gazetteer)

    assert nominal("its invasion of Kuwait") == "Invasion of Kuwait"
    assert nominal("their tender offer for the bank") == "Tender offer for bank"
    # a lone noun names neither who nor what
    assert nominal("the agreement") == ""
    # what may come is no happening
    assert nominal("more strikes") == ""


def test_an_adverb_or_an_opening_phrase_is_no_subject():
    assert title_fault("Only loads at slow speeds")
    assert title_fault("Also leaves for Rome")
    assert title_fault("From 88 schools carried out in Perth")
    # an amount after "about", "over", "at least" is the subject; so is "only" before one
    assert title_fault("At least 76 people killed") is None
    assert title_fault("About 200 Americans leave") is None
    assert title_fault("Only other Pirates player goes 4-for-5") is None
    assert title_fault("Only 12 survive") is None
