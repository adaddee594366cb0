"""Dates that stayed with one clause while the clause they also dated was lost, each shown by
sentences written for it: a second predicate opened by an adverb ("and then moved", "and
once performed") with a date of its own keeps its subject and that date (``clause_rules``);
an undated deed right before a dated "when" clause took place at that clause's time
(``when_dated_hosts``)."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import dates, described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)
LIFE = "Ilse Varga (born 1931) is a Hungarian cellist.\n\n"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_an_adverb_before_a_second_verb_is_no_subject():
    found = events(LIFE + "Varga left the conservatory and then settled in Graz in 1958.")
    assert dates(found, "settle", "Graz") == ["1958"], described(found)
    found = events(LIFE + "She taught two seasons in Basel and also toured Chile in 1962.")
    assert dates(found, "tour", "Chile") == ["1962"], described(found)


def test_once_before_a_verb_is_at_one_time_not_a_subordinator():
    found = events(
        LIFE + "She recorded three sonatas and once played with Pablo Reyes at the Teatro "
        "Colón in 1971."
    )
    assert dates(found, "play", "Reyes") == ["1971"], described(found)
    # "once" before a subject and its verb still opens a clause of its own
    found = events(LIFE + "Varga returned to Budapest once the border reopened in 1989.")
    assert dates(found, "border", "reopen") == ["1989"], described(found)


def test_a_deed_before_a_dated_when_clause_takes_its_date():
    found = events(LIFE + "Varga was dismissed when the radio orchestra was disbanded in May 1957.")
    assert dates(found, "Varga", "dismiss") == ["1957-05"], described(found)
    assert dates(found, "orchestra", "disband") == ["1957-05"], described(found)
    found = events(LIFE + "She left Vienna when the academy was closed in 1944.")
    assert dates(found, "leave", "Vienna") == ["1944"], described(found)


def test_what_a_when_clause_does_not_lend_its_date_to():
    # a state, a scene in the progressive, an earlier deed and a role held then
    found = events(LIFE + "She was twelve when her family moved to Szeged in 1943.")
    assert not titled(found, "twelve"), described(found)
    found = events(LIFE + "She was teaching in Pécs when the uprising broke out in 1956.")
    assert not titled(found, "teach"), described(found)
    found = events(LIFE + "She had already left Pécs when the uprising broke out in 1956.")
    assert not titled(found, "leave", "Pécs"), described(found)
    found = events(
        LIFE + "She served as the minister's interpreter when the minister visited Oslo in 1966."
    )
    assert not titled(found, "interpreter"), described(found)
    # the toll of the when clause's happening is that happening, told once
    found = events(LIFE + "Six musicians were hurt when the stage collapsed in 1970.")
    assert not titled(found, "hurt"), described(found)
    # a "when" clause the parse hangs on a participle phrase dates the phrase, not the verb
    found = events(
        LIFE + "Varga kept close ties with Vienna, changing her surname to Varga-Lenz when she "
        "married there in 1960."
    )
    assert not titled(found, "ties"), described(found)
