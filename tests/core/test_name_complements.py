"""Actors a blind coder found wrong or cut short: a currency is no country, and an
organisation keeps the "of" complement of its name. Every sentence is written for the test."""

from __future__ import annotations

from timeline_app.core.extraction.actors import ActorFinder, actor_names
from timeline_app.core.parsing import parse


def _marked(text: str, words: str, label: str):
    doc = parse(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), label=label)
    assert span is not None
    doc.ents = [span]
    return doc


def test_a_currency_written_with_a_country_code_is_no_country():
    text = "The activist was freed on US$20,000 bail, and HK$5 coins were found."
    assert actor_names(ActorFinder(text).mentions) == []
    # the country itself still acts
    assert actor_names(ActorFinder("The US sent two envoys.").mentions) == ["United States"]


def test_an_organisation_keeps_the_of_complement_the_recogniser_left_out():
    text = "Scientists at the Lakeside Institute of Marine Biology published the survey."
    finder = ActorFinder(text, doc=_marked(text, "Lakeside Institute", "ORG"))
    assert actor_names(finder.mentions) == ["Lakeside Institute of Marine Biology"]


def test_a_complement_the_gazetteer_reads_is_left_to_it():
    text = "The Central Bank of Ireland raised its rate."
    finder = ActorFinder(text, doc=_marked(text, "Central Bank", "ORG"))
    assert "Central Bank of Ireland" not in actor_names(finder.mentions)
    assert "Central Bank" in actor_names(finder.mentions)
