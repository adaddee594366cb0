"""Sentences of a news page that tell no happening: a credit line, a measure's trend over
years, what is only foreseen or not ruled out, a quoted anecdote. Each sentence is written
for its rule."""

from __future__ import annotations

import datetime as dt
import re

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events, syntax
from timeline_app.core.parsing import parse

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_the_credit_line_under_a_story_is_no_event():
    story = (
        "Ferry sinks near Crete\n\n"
        "A ferry with 40 passengers sank near the island of Crete on Thursday.\n\n"
        "Reuters correspondent Ana Ruiz in Athens contributed to this report.\n\n"
        "Additional reporting by Tomas Berg in Oslo."
    )
    found = events(story)
    assert not titled(found, "contribut"), described(found)
    assert not [e for e in found if "report" in e.title.lower()], described(found)
    assert titled(found, "sink"), described(found)
    # a sentence that tells who helped in the story's own events stays
    found = events("Volunteers from Athens contributed to the rescue on Thursday.")
    assert titled(found, "contribut"), described(found)


def test_a_correction_notice_under_a_story_is_no_event():
    story = (
        "Dock strike ends\n\n"
        "Dockers in Hull ended their strike on Thursday after the port raised pay.\n\n"
        "An earlier version of this story gave the wrong day for the vote. The vote took "
        "place on Wednesday; no vote was held on Tuesday.\n\n"
        "Correction 3/7/24 9:10 a.m.: A prior version of this report misspelled the union "
        "leader's name."
    )
    found = events(story)
    assert not titled(found, "version"), described(found)
    assert not titled(found, "vote"), described(found)
    assert titled(found, "strike"), described(found)
    # a story about a newspaper's correction keeps its news
    found = events("The Daily Planet published a correction on Thursday after a court ruling.")
    assert titled(found, "correction"), described(found)


def test_a_measure_moving_or_standing_over_years_is_a_trend_not_a_happening():
    for sentence in (
        "Household debt climbed from 90 percent of income in 1998 to 130 percent in 2012.",
        "Inflation in Chile averaged 3.5 percent between 2003 and 2006.",
        "Rice exports rose 4 percent after the drought of 1983 and 2 percent after the "
        "flood of 1993.",
        "Demand for vinyl records grew in Europe throughout the 1990s.",
        "Exports from Germany rose 8% from 2019 to 2021.",
        "Farm output fell from 40 percent of the economy early in the decade to 31 "
        "percent by March 2009.",
    ):
        found = events(sentence)
        assert found == [], (sentence, described(found))


def test_a_result_beside_the_year_before_and_a_day_s_move_stay_news():
    found = events(
        "Net income at Vesta Foods rose 12% to $50 million in 2023 from $44 million in 2022."
    )
    assert titled(found, "rise"), described(found)
    found = events("Shares of Vesta Foods fell 3% on Monday after the report.")
    assert titled(found, "fall"), described(found)
    # a person's rise is a career, no measure
    found = events("She rose from clerk in 1990 to chief executive of the bank in 2001.")
    assert found, described(found)


def test_a_clause_that_dates_a_future_has_not_happened():
    for sentence in (
        "The strike at the Gdansk yard will end when the union signs the new contract.",
        "No result will be final until after March, when the Audit Office completes its count.",
        "The new bridge over the Vistula will open after the council approves the budget in May.",
    ):
        found = events(sentence)
        assert found == [], (sentence, described(found))
    # what happened before a foretold clause's reason stays
    found = events("The minister will resign because he lost the vote in May.")
    assert [e.when.to_edtf() for e in found] == ["2023-05"], described(found)
    # the calendar a foretold figure is counted to is no plan either
    found = events(
        "Brokers estimated that over nine million tickets will have been booked by the close "
        "of this fiscal half, which ends on June 30."
    )
    assert not [e for e in found if e.when.to_edtf().startswith("2024-06")], described(found)


def test_a_change_foreseen_for_a_coming_year_is_not_dated_that_year():
    # "sees X falling next year": the fall is foreseen, nothing happened in 2025
    for sentence in (
        "The Bank of Tamsley sees jobless claims easing to 3.1 percent next year.",
        "Grain traders see wheat prices climbing in 2026.",
    ):
        found = events(sentence)
        assert not [e for e in found if e.when.start.year > 2024], (sentence, described(found))
    # what someone saw happen in a past year keeps its year
    found = events("Divers saw the old pier collapsing in 2019.")
    assert [e.when.to_edtf() for e in found] == ["2019"], described(found)


def test_a_hedged_forecast_and_deciding_on_one_are_views():
    for sentence in (
        "The pilots said on Tuesday the strike will probably end in May.",
        "Tesco executives said the new store in Leeds will likely be open next year.",
        "Now the Ortiz family has decided it will probably go home to Quito.",
        "The Ortiz family has concluded it will probably move back to Quito.",
    ):
        found = events(sentence)
        assert found == [], (sentence, described(found))
    # a forecast told plainly is announced, and the announcing is news
    found = events("The pilots said on Tuesday the strike will end in May.")
    assert titled(found, "say"), described(found)
    found = events("The brothers decided on Monday they will return to Peru.")
    assert titled(found, "decide"), described(found)


def test_not_ruling_something_out_is_no_happening():
    found = events(
        "But Lindqvist didn't rule out opening a second store in Malmo sometime in 2025."
    )
    assert found == [], described(found)
    found = events("On Monday the court ruled out a retrial of the two officers.")
    assert titled(found, "rule"), described(found)


def test_what_has_gone_on_for_years_is_a_stance_or_a_state():
    for sentence in (
        "Norway has walked a careful line on whaling for years.",
        "The opening of the dam on the Mekong has been delayed for decades.",
        "He has been hinting at the move for several years.",
    ):
        found = events(sentence)
        assert found == [], (sentence, described(found))
    # a term counted in a passive, a term of a thing, or the past tell happenings
    found = events("The activist has been banned from the city for two years.")
    assert titled(found, "ban"), described(found)
    found = events("The club has signed a contract for three years with the striker.")
    assert titled(found, "sign"), described(found)
    found = events("The activist was jailed for two years in 2019.")
    assert titled(found, "jail"), described(found)


def test_predicates_listed_after_semicolons_belong_to_what_was_estimated():
    found = events(
        "Chemists from the Water Board and the Health Ministry estimated that 60% of the dye "
        "had either been filtered out, burned or trapped; evaporated from the ponds; been "
        "eaten by bacteria; or dissolved or dispersed into tiny particles in the river."
    )
    # the chemists estimated; they dispersed nothing
    assert not titled(found, "dispers"), described(found)
    assert titled(found, "estimate"), described(found)


def test_each_framing_rule_reads_the_clause_of_its_example_as_no_happening():
    for rule in syntax.FRAMING_RULES:
        sentence = re.search(r'"([^"]{12,})"', rule.example).group(1)
        parsed = syntax.ParsedText(parse(sentence))
        verbs = [t for t in parsed.doc if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
        read = [v for v in verbs if rule.apply(v) is not None]
        assert read, sentence
        assert all(syntax.reading_of(v) != syntax.Reading.HAPPENING for v in read), sentence


# a headline and a lead, so that what follows is below the story's lead
LEAD = (
    "Radio station adds night programme\n\n"
    "The Baltic radio station Fala added a night programme on Monday. Its owners met "
    "advertisers in Riga on Tuesday.\n\n"
)


def test_a_sentence_in_the_speaker_s_own_words_is_what_was_said():
    for text in (
        '"So now the station has won him back as a listener instead of someone who only '
        'reads the blog," his sister said.',
        "“I called the surgery twice before lunch and once more in the evening.",
        "``I called the surgery twice before lunch and once more in the evening,'' she said.",
    ):
        found = events(LEAD + text)
        assert not titled(found, "win") and not titled(found, "call"), (text, described(found))
        assert titled(found, "add"), described(found)
    # a quotation that closes in the next sentence goes on into it
    found = events(
        LEAD + 'Lena Berg said on Wednesday she was tired. "I sold the farm. We moved to Oslo '
        'in May," she told reporters.'
    )
    assert not titled(found, "sell") and not titled(found, "move"), described(found)
    # a few quoted words in the story's own sentence stay the story's
    found = events(LEAD + 'The ministry said troops "crossed the border at dawn" on Monday.')
    assert titled(found, "cross"), described(found)
    # and so does a quotation that opens the story: its lead is its news
    found = events('"We found the two climbers alive on Monday," the rescue team said.')
    assert titled(found, "find"), described(found)


def test_yet_after_a_negation_opens_no_clause_without_a_subject():
    found = events(
        "It appears that the rebels have not yet fully engaged the army's elite brigade."
    )
    # what only appears so is a view; and no title lost its subject to a cut at "yet"
    assert not [e for e in found if e.title.lower().startswith(("fully", "yet"))], described(found)
    assert found == [], described(found)
    found = events("The talks were short, yet the two sides signed a deal on Monday.")
    assert titled(found, "sign"), described(found)
