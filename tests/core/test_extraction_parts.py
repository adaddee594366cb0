"""The extractor's parts: sentences, clauses, actors, attribution, TIMEX3 values, titles."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.dates import When
from timeline_app.core.events import Attribution
from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.actors import (
    ActorFinder,
    Gazetteer,
    NameKind,
    NameRole,
    gazetteer_path,
    load_gazetteer,
)
from timeline_app.core.extraction.attribution import cue_of, vouch
from timeline_app.core.extraction.clauses import split_clauses
from timeline_app.core.extraction.grammar import find_verb_group, tokenize
from timeline_app.core.extraction.lexicon import inflect
from timeline_app.core.extraction.sentences import split_sentences
from timeline_app.core.extraction.temporal import shifted, timex_to_when
from timeline_app.core.extraction.titles import headline_verb
from timeline_app.core.tenses import Tense
from timeline_app.core.timex.tense import tense_near

from .extraction_checks import find

# --- sentences -------------------------------------------------------------------------------


def test_sentences_keep_abbreviations_and_offsets():
    text = (
        "Mr. Smith met U.S. officials on Dec. 31 in Washington. They left. "
        "“It was a bomb,” he said. Gen. Jones agreed.\n\nA new paragraph"
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Mr. Smith met U.S. officials on Dec. 31 in Washington.",
        "They left.",
        "“It was a bomb,” he said.",
        "Gen. Jones agreed.",
        "A new paragraph",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert [s.paragraph for s in sentences] == [0, 0, 0, 0, 1]


def test_sentence_after_dotted_acronym():
    text = "The troops went back to the U.S. The next day they left."
    assert len(split_sentences(text)) == 2


def test_quoted_sentence_end_stays_in_sentence():
    text = 'He said "we will fight." Then he left.'
    assert [s.text for s in split_sentences(text)] == ['He said "we will fight."', "Then he left."]


# --- clauses ---------------------------------------------------------------------------------


def clause_texts(text: str) -> list[tuple[str, str]]:
    return [(c.kind, text[c.start : c.end]) for c in split_clauses(text, 0)]


def test_subordinate_clause_after():
    text = "The UK pledged to rebuild the navy after the invasion of Crimea in 2014."
    kinds = clause_texts(text)
    assert kinds[0] == ("main", "The UK pledged to rebuild the navy")
    assert kinds[1] == ("sub", "after the invasion of Crimea in 2014.")


def test_since_before_a_date_is_no_clause():
    text = "Troops have been deployed since 2015, where they train the army."
    spans = [(text.index("2015"), text.index("2015") + 4)]
    clauses = split_clauses(text, 0, spans)
    assert text[clauses[0].start : clauses[0].end] == "Troops have been deployed since 2015"
    assert clauses[1].kind == "relative"


def test_and_between_full_clauses_but_not_between_names():
    text = "Britain has sent weapons and Canada has deployed troops."
    assert [k for k, _ in clause_texts(text)] == ["main", "main"]
    assert len(split_clauses("Poland, Hungary and the Czech Republic joined NATO.", 0)) == 1


def test_leading_while_clause_ends_at_the_main_clause():
    text = "While, on Monday, the minister claimed that troops are arriving, Britain has sent arms."
    kinds = clause_texts(text)
    assert kinds[0][0] == "sub"
    assert kinds[1] == ("complement", "that troops are arriving")
    assert kinds[2] == ("main", "Britain has sent arms.")


def test_reporting_tail():
    text = "Britain is supplying missiles, Defense Secretary Ben Wallace told MPs."
    kinds = clause_texts(text)
    assert kinds[-1] == ("report", "Defense Secretary Ben Wallace told MPs.")


# --- grammar and headline verbs --------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "plural", "verb"),
    [
        ("the United Kingdom has begun supplying Ukraine", False, "begins"),
        ("Russian troops are arriving in the country", True, "arrive"),
        ("Canada has reportedly deployed a contingent", False, "reportedly deploys"),
        ("British troops have already been deployed to Ukraine", True, "deployed"),
        ("Russia amassed about 100,000 troops", False, "amasses"),
        ("The three countries will formally join NATO", True, "to formally join"),
        ("The offer came during a meeting", False, "comes"),
    ],
)
def test_headline_verbs(clause, plural, verb):
    group = find_verb_group(tokenize(clause))
    assert group is not None
    assert headline_verb(group, plural) == verb


def test_inflection():
    assert inflect("supply", "3sg") == "supplies"
    assert inflect("arrive", "ing") == "arriving"
    assert inflect("plan", "past") == "planned"
    assert inflect("begin", "pp") == "begun"


# --- actors ----------------------------------------------------------------------------------


def test_gazetteer_is_found_and_general():
    assert gazetteer_path().is_file()
    gazetteer = load_gazetteer()
    assert len([e for e in gazetteer.entries.values() if e.kind == "country"]) > 190
    for alias, entity in [
        ("Moscow", "Russia"),
        ("Kiev", "Ukraine"),
        ("Kyiv", "Ukraine"),
        ("British", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("U.S.", "United States"),
        ("American", "United States"),
        ("Washington", "United States"),
        ("NATO", "NATO"),
    ]:
        assert gazetteer.lookup(alias).entity == entity
    assert gazetteer.short_name("United Kingdom") == "UK"


def test_gazetteer_entry_of_unknown_kind_is_named_in_the_error():
    # a misspelt kind would otherwise make a name silently count as no actor at all
    with pytest.raises(ValueError, match=r"'Atlantis' has kind 'contry'.*country"):
        Gazetteer({"entities": [{"name": "Atlantis", "kind": "contry"}]})
    entry = Gazetteer({"entities": [{"name": "Atlantis"}]}).lookup("Atlantis")
    assert entry.kind is NameKind.COUNTRY and entry.role is NameRole.NAME


def test_people_titles_and_surnames():
    text = (
        "Belarus’ Security Council Secretary Alexander Volfovich spoke. "
        "U.S. Secretary of State Antony Blinken met Foreign Minister Mélanie Joly in "
        "January. Later Volfovich's aide left the Harry Truman Library."
    )
    finder = ActorFinder(text)
    people = [m.entity for m in finder.mentions if m.kind == "person"]
    assert people == [
        "Alexander Volfovich",
        "Antony Blinken",
        "Mélanie Joly",
        "Alexander Volfovich",
    ]
    countries = [m.entity for m in finder.mentions if m.kind == "country"]
    assert countries == ["Belarus", "United States"]


# --- attribution -----------------------------------------------------------------------------


def test_attribution_cues():
    assert cue_of("Canada has reportedly deployed troops") is Attribution.REPORTED
    assert cue_of("Moscow denies that there are plans") is Attribution.DENIED
    assert cue_of("X claimed that troops are arriving") is Attribution.CLAIMED
    assert cue_of("the bombings claimed 217 lives") is None
    assert cue_of("strikes against alleged terrorist camps") is None
    assert cue_of("the army shelled the town") is None


def test_according_to_names_the_source():
    text = "according to sources gathered by the CBC"
    finder = ActorFinder(text)
    vouching = vouch("The offer came", text, 0, finder.mentions)
    assert vouching.attribution is Attribution.REPORTED
    assert vouching.attributed_to == "CBC"


# --- TIMEX3 values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text", "edtf"),
    [
        ("2014", "2014", "2014"),
        ("2021-12", "December 2021", "2021-12"),
        ("2021-12-31", "Dec. 31", "2021-12-31"),
        ("2022-01-17T20:00", "8 p.m. Monday", "2022-01-17T20:00"),
        ("2022-01-17TEV", "Monday evening", "2022-01-17"),
        ("2022-W02", "last week", "2022-01-10/2022-01-16"),
        ("1998-Q3", "the third quarter", "1998-07/1998-09"),
        ("2021-SU", "last summer", "2021-06~/2021-08~"),
        ("199", "the 1990s", "1990~/1999~"),
        ("2022-01-11", "A week ago", "2022-01-11~"),
        ("2022-01-16", "two days ago", "2022-01-16"),
        ("2022-01-17", "Monday", "2022-01-17"),
        ("PRESENT_REF", "now", "2022-01-18~"),
    ],
)
def test_timex_values(value, text, edtf):
    when = timex_to_when(value, None, text, dt.date(2022, 1, 18))
    assert when is not None and when.to_edtf() == edtf


def test_unplaceable_timex_values():
    for value in ("XXXX-12-31", "PAST_REF", "FUTURE_REF", "P1W"):
        assert timex_to_when(value, None, "", dt.date(2022, 1, 18)) is None
    assert timex_to_when("PRESENT_REF", None, "now", None) is None


def test_mod_makes_a_date_approximate():
    assert timex_to_when("2021-12", "EARLY", "early December").to_edtf() == "2021-12~"


# --- amounts of time counted from the last date given ------------------------------------------


@pytest.mark.parametrize(
    ("reference", "duration", "sign", "expected"),
    [
        ("2022-02-24", "P2D", 1, "2022-02-26"),
        ("2022-02-26", "P1W", 1, "2022-03-05~"),
        ("2022-02-24", "P3D", -1, "2022-02-21"),
        ("2014-03", "P1Y", 1, "2015-03~"),
        ("2014-11", "P3M", 1, "2015-02~"),
        ("2014", "P2D", 1, "2014~"),  # two days after something in 2014: about then
        ("2014", "P6M", 1, None),  # six months after "2014" could be either year
        ("2014-03-01", "PXD", 1, "2014-03-04~"),  # "a few days later": about three days
        ("2014-03-01", "PXW", -1, "2014-02-08~"),  # "several weeks earlier"
        ("2014-03", "PXD", 1, "2014-03~"),  # a few days after something in March: about then
        ("2014-03-01", "PXY", 1, None),  # "some years later" names no year
        ("2014-03-01", "PXM", 1, "2014-06~"),  # "a few months later": about three, the month
        ("2014-11", "PXM", 1, "2015-02~"),
        ("2014-05-20", "PXM", -1, "2014-02~"),  # "some months earlier"
    ],
)
def test_an_amount_after_a_date_keeps_the_precision_both_give(reference, duration, sign, expected):
    result = shifted(When.from_edtf(reference), duration, sign)
    assert (result.to_edtf() if result else None) == expected


def test_days_later_counts_from_the_last_date_the_article_gave():
    text = (
        "Russian forces crossed into Ukraine on Feb. 24. Two days later, the capital Kyiv "
        "was encircled. A week later, talks began in Belarus. Three weeks after the "
        "invasion, the United Nations voted to condemn Russia. In March 2014 rebels seized "
        "Donetsk. A year later, a truce was signed in Minsk."
    )
    events = extract_events(text, dt.date(2022, 3, 30))
    assert find(events, "2022-02-26", "Kyiv", "encircled").sources[0].date_text == "Two days later"
    find(events, "2022-03-05~", "talks", "Belarus")
    find(events, "2015-03~", "truce", "Minsk")
    # "after the invasion" counts from the invasion, not from the last date: not guessed
    assert not [e for e in events if "condemn" in e.title and e.when.to_edtf() == "2022-03-26~"]


def test_a_few_days_later_is_about_three_days_after_the_last_date():
    text = (
        "The mill at Harwick Cross closed on June 8, 2011. A few days later, its owner Pell "
        "Ostrander sold the site to a brewer. In October, the county fined the brewer. "
        "Several days earlier, inspectors had sealed the cellars."
    )
    events = extract_events(text, dt.date(2012, 1, 20))
    sold = find(events, "2011-06-11~", "Ostrander", "sells")
    assert sold.sources[0].date_text == "A few days later"
    # a few days before something in October: about October too
    find(events, "2011-10~", "inspectors", "seal")


def test_days_later_with_no_number_counts_from_the_last_date_too():
    text = (
        "Floodwater breached the levee at Marrow Fen on April 19, 2016. Just days later, "
        "the drainage board dismissed its engineer Odile Franck."
    )
    events = extract_events(text, dt.date(2016, 9, 2))
    fired = find(events, "2016-04-22~", "dismiss", "Franck")
    assert fired.sources[0].date_text == "days later"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("A few days ago", "2019-06-14~"),
        ("Days ago", "2019-06-14~"),
        ("Several weeks ago", "2019-05-27~"),
        ("Just weeks ago", "2019-05-27~"),
        ("A few months ago", "2019-03~"),
    ],
)
def test_a_vague_amount_ago_is_about_three_of_them_before_publication(amount, expected):
    text = (
        "Talks on the Oster canal stalled again, officials said. "
        f"{amount}, the canal board dismissed its chief engineer Ilse Varga."
    )
    events = extract_events(text, dt.date(2019, 6, 17))
    find(events, expected, "dismiss", "Varga")


def test_counted_from_an_approximate_date_is_approximate():
    text = (
        "Crews at the Oster canal found a crack a few days ago. Two days later, the canal "
        "board closed the lock."
    )
    events = extract_events(text, dt.date(2019, 6, 17))
    find(events, "2019-06-16~", "board", "closes")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Within days, the port authority reopened the channel.", "2018-10-12~"),
        ("The port authority reopened the channel within two days.", "2018-10-11~"),
        ("Within a week, the port authority reopened the channel.", "2018-10-16~"),
    ],
)
def test_within_an_amount_told_as_done_counts_from_the_last_date(sentence, expected):
    text = f"A freighter blocked the Varne channel on 9 October 2018. {sentence}"
    events = extract_events(text, dt.date(2018, 11, 30))
    find(events, expected, "reopen", "channel")


@pytest.mark.parametrize("amount", ["Two hours later", "Hours later", "Minutes later"])
def test_hours_later_in_the_lead_is_the_day_of_the_date_before(amount):
    # a clause that counts itself in minutes or hours from the last date is no news of the
    # publication day, even in the lead
    text = (
        "The ferry Aster ran aground off Skerra on 2 April 2021. "
        f"{amount}, coastguard divers reached the hull."
    )
    events = extract_events(text, dt.date(2021, 4, 7))
    find(events, "2021-04-02", "divers", "hull")


@pytest.mark.parametrize("amount", ["A few months later", "Some months later", "Months later"])
def test_months_later_is_about_three_months_after_the_last_date(amount):
    text = (
        "The lighthouse keepers on Tarrow Isle walked out on 14 August 2017. "
        f"{amount}, the harbour trust rehired them on new terms."
    )
    events = extract_events(text, dt.date(2019, 2, 3))
    rehired = find(events, "2017-11~", "rehire")
    assert rehired.sources[0].date_text.lower().endswith("months later")


@pytest.mark.parametrize(
    "aside",
    [
        '"Timber sales stay frozen until August 31," the order reads.',
        "(A similar order in 2007 ran until October.)",
        "``Timber sales stay frozen until August 31,'' the order reads.",  # wire marks
        "Mill owners called the order 'a freeze until August' at once.",  # single quotes
    ],
)
def test_the_following_month_counts_from_the_story_not_a_quoted_month(aside):
    text = (
        "The forestry minister Hale Brunner froze timber sales on April 12, 2015. "
        + aside
        + " The following month, sawmill workers marched on the capital."
    )
    events = extract_events(text, dt.date(2015, 11, 3))
    find(events, "2015-05", "workers", "march")


def test_a_day_later_counts_from_the_story_not_a_date_of_a_nouns_past():
    text = (
        "Militia fighters took the ferry town of Ossery on May 6, 2020, the first raid on "
        "a dock rebuilt in 2012. A day later, the coastguard closed the channel."
    )
    events = extract_events(text, dt.date(2020, 6, 1))
    find(events, "2020-05-07", "coastguard", "closes")


# --- titles from real news sentences ---------------------------------------------------------


def titles(text: str, published: dt.date = dt.date(2000, 2, 24)) -> list[str]:
    return [e.title for e in extract_events(text, published)]


def test_regular_verbs_keep_their_silent_e():
    # "divided" is divide, "managed" manage, "visited" visit: a dictionary tells them apart
    assert titles("In 1998, a feud divided the family.") == ["Feud divides family"]
    assert titles("In 1998, the rebels managed to split the army.") == [
        "Rebels manage to split army"
    ]
    assert titles("In 1998, the envoy visited Havana.") == ["Envoy visits Havana"]


def test_contracted_negation_is_a_negated_auxiliary():
    tokens = tokenize("His plea didn't stop the talk", 0)
    assert [t.text for t in tokens] == ["His", "plea", "did", "n't", "stop", "the", "talk"]
    group = find_verb_group(tokens)
    assert (group.lemma, group.negated, group.tense) == ("stop", True, Tense.PAST)
    group = find_verb_group(tokenize("Kyiv won't yield", 0))
    assert (group.lemma, group.negated, group.tense) == ("yield", True, Tense.FUTURE)
    assert titles("On Monday, the rebels couldn't cross the river.") == [
        "Rebels couldn't cross river"
    ]


def test_a_report_dated_before_that_dates_what_was_reported():
    # "said last week that ...": the title is what they said, not "Officials say"
    assert titles("Officials said last week that six people were in custody.") == [
        "Six people are in custody"
    ]


def test_a_dated_opening_phrase_is_no_subject():
    assert titles("The day before last Tuesday's hearing, Manuel went to his brother's home.") == [
        "Manuel goes to his brother's home"
    ]


def test_title_parts_cut_cleanly():
    # the AP wire's "_" dash ends the subject; a people named by its plural is plural
    assert titles(
        "About 200 Americans _ embassy staff and families _ left Pakistan on Monday."
    ) == ["About 200 Americans leave Pakistan"]
    # a relative clause borrows its antecedent without the preposition before it
    assert titles(
        "In a drama that has divided his family and may be resolved on March 6, "
        "Manuel has stayed quiet."
    )[0].startswith("Drama divides his family")


def test_a_state_that_holds_now_is_no_event():
    assert titles("“Right now my evidence is scant,” he said.") == []
    assert titles("Troops are now being deployed to the border.") != []


def test_titles_agree_and_keep_possessives_whole():
    assert titles("Many worried on Monday that the talks would fail.")[0].startswith("Many worry")
    assert titles("On Monday, the two considered a merger.") == ["Two consider merger"]
    assert titles("On Monday, Travelers Corp.'s shares rose 11%.") == [
        "Travelers Corp.'s shares rise 11%"
    ]
    # "willing" after "am" is an adjective, not the verb "will"; and being willing is a
    # state, no happening to put on a timeline
    assert titles("“I am willing to leave tomorrow,” Castro said.") == []


def test_titles_keep_lists_amounts_and_negated_be():
    assert titles(
        "Albright has invited the foreign ministers of Poland, the Czech Republic "
        "and Hungary to a ceremony on March 12."
    ) == ["Albright invites foreign ministers of Poland, Czech Republic and Hungary"]
    assert (
        titles("On Monday, Russia attacked Kyiv, and Ukraine replied.")[0] == "Russia attacks Kyiv"
    )
    assert titles("On Monday, Gabelli Group held 14.6%, according to a filing.") == [
        "Gabelli Group holds 14.6%"
    ]
    # a judgement said on a day is no happening of that day
    assert titles("Analysts said on Monday that earnings haven't been very good.") == []
    # the frame of a date goes with it: no "on night" left behind
    assert titles("He and his wife returned home on the night of Oct. 23.") == [
        "He and his wife return home"
    ]


def test_the_verb_after_who_that_or_which():
    # a verb form only the dictionary knows still starts the relative clause, which the
    # date inside it then dates (not the main clause)
    assert titles("In a drama that divided the family in 1998, nobody won.") == [
        "Drama divides family"
    ]
    # a noun that an auxiliary follows is the subject: "that talks were held"
    assert titles("It said that talks were held in 2014.") == ["Talks held"]


def test_a_wire_dateline_is_neither_subject_nor_date():
    text = (
        "KYIV, March 2 (Reuters) - Russian forces shelled the centre of Kharkiv on "
        "Tuesday, officials said.\n\nNAIROBI, Kenya (AP) _ Talks resumed on Monday."
    )
    events = extract_events(text, dt.date(2022, 3, 2))
    assert [(e.when.to_edtf(), e.title) for e in events] == [
        ("2022-03-01", "Russian forces shell centre of Kharkiv"),
        ("2022-02-28", "Talks resume"),
    ]
    # "the" before the country is part of the dateline too
    events = extract_events(
        "ROTTERDAM, the Netherlands (Reuters) - Dockers walked off the job on Monday.",
        dt.date(2022, 3, 2),
    )
    assert [e.title for e in events] == ["Dockers walk off job"]
    # a dash inside a sentence is no dateline
    assert [s.text for s in split_sentences("The attack - a big one - came on Monday.")] == [
        "The attack - a big one - came on Monday."
    ]


def test_a_participle_phrase_after_the_subject_is_a_clause_of_its_own():
    # the date inside it dates it, in the passive; the sentence resumes after it
    assert titles("The first round, held on Monday near the border, ended in a stalemate.") == [
        "First round held near border"
    ]
    assert titles("Russia, backed by China, vetoed the resolution on Monday.") == [
        "Russia vetoes resolution"
    ]
    # verbs our own list lacks take their forms from the dictionary: "spotted", not "spoted"
    assert titles("The convoy, stalled north of Kyiv, was spotted on Tuesday.") == [
        "Convoy spotted"
    ]


def test_what_is_demanded_or_foretold_stays_in_the_title():
    assert titles(
        "The U.N. General Assembly voted 141-5 on Wednesday to demand that Russia "
        "withdraw its troops."
    ) == ["UN votes 141-5 to demand Russia withdraw its troops"]
    # a warning of what would happen is dated as the warning, not as the attack (and told in
    # the headline's present, what "would" happen "will")
    assert titles("On Monday, Kyiv warned that Russia would attack.") == [
        "Ukraine warns Russia will attack"
    ]
    # while what a speaker reports as done is the event
    assert titles("On Monday, NATO confirmed that troops had arrived.") == ["Troops arrive"]


def test_a_quoted_phrase_in_the_title_is_not_cut_at_its_comma():
    assert titles(
        "On Monday, Putin called the sanctions “illegitimate, unfriendly acts”, officials said."
    ) == ["Putin calls sanctions illegitimate, unfriendly acts"]


def test_a_dated_opening_then_a_reporting_verb_is_an_event_not_a_tail():
    assert titles("On Monday, Russia warned the West.") == ["Russia warns West"]
    assert titles("Talks failed on Monday, Kyiv said.") == ["Talks fail"]


def test_subjects_that_undergo_or_speak_through_a_pronoun():
    # a capital that is shelled is the city, one that acts is its country
    assert titles("Kyiv was shelled on Monday.") == ["Kyiv shelled"]
    assert titles("On Monday, Moscow expelled ten diplomats.") == ["Russia expels ten diplomats"]
    # "hit" after "was"/"had" is a participle the dictionary knows
    assert titles("The city was hit on Monday.") == ["City hit"]
    # "it" in what a speaker said is the speaker
    assert titles("Russia's defence ministry said on Tuesday that it had hit a depot.") == [
        "Russia's defence ministry hits depot"
    ]
    assert not any(
        "ministry" in t.lower()
        for t in titles("The ministry said on Monday that it was unclear who fired.")
    )


def test_day_ranges_within_a_month():
    events = extract_events(
        "Leaders meet in Brussels on March 10-11. The summit is on 24-25 "
        "March. Talks ran from March 2 to 5 in Minsk.",
        dt.date(2022, 3, 2),
    )
    assert [(e.when.to_edtf(), e.title) for e in events] == [
        ("2022-03-10/2022-03-11", "Leaders meet in Brussels"),
        ("2022-03-24/2022-03-25", "Summit"),
        ("2022-03-02/2022-03-05", "Talks run in Minsk"),
    ]
    # a count after a date is no second day
    events = extract_events("On March 2 and 3 more died.", dt.date(2022, 3, 2))
    assert [e.when.to_edtf() for e in events] == ["2022-03-02"]


def test_a_dated_report_of_what_will_be_is_the_event():
    assert titles("Russia will respond to the sanctions, the Kremlin said on Monday.") == [
        "Kremlin says Russia will respond to sanctions"
    ]
    assert titles("Sanctions will fail, Moscow warned on Monday.") == [
        "Moscow warns sanctions will fail"
    ]
    # what a report says happened is not dated by the telling
    assert titles("Troops crossed the border, officials said on Monday.") == []


def test_now_does_not_date_what_will_be_and_a_second_thing_said_is_cut():
    assert titles("NATO will raise its force to 300,000 troops, from 40,000 now.") == []
    assert titles(
        "The ministry said on Tuesday that it had hit a depot and that the fire spread."
    ) == ["Ministry hits depot"]


def test_a_subject_list_stays_whole_but_an_aside_goes():
    assert titles("On Monday, troops, tanks and jets crossed the border.") == [
        "Troops, tanks and jets cross border"
    ]
    assert titles("On Monday, Moscow, for its part, denied it.") == ["Russia denies it"]


def test_tagger_and_extractor_speak_one_tense_vocabulary():
    # The tagger's cue-word guess and the extractor's verb group name the same tense the
    # same way, so a rule of either can be read against the other.
    text = "The ministers will meet on Friday, and they met on Monday."
    friday, monday = text.index("Friday"), text.index("Monday")
    assert tense_near(text, friday, friday + 6, strict=True) is Tense.FUTURE
    assert tense_near(text, monday, monday + 6) is Tense.PAST
    will, met = (find_verb_group(tokenize(part, 0)) for part in text.split(", and "))
    assert (will.tense, met.tense) == (Tense.FUTURE, Tense.PAST)
    assert Tense.FUTURE.unreal and Tense.MODAL.unreal and not Tense.PAST.unreal


def test_extraction_stops_between_sentences_when_cancelled():
    from timeline_app.core.extraction import ExtractionCancelled

    text = (
        "On 3 March 2022 the army shelled the port. On 4 March 2022 the army shelled the airport."
    )
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1  # let the parse through, stop at the next question

    with pytest.raises(ExtractionCancelled):
        extract_events(text, dt.date(2022, 3, 5), cancelled=cancelled)
    assert len(asked) == 2
    assert len(extract_events(text, dt.date(2022, 3, 5), cancelled=lambda: False)) == 2
