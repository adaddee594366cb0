"""How a market took the news, in a market writer's figure of speech ("investors shrugged off
the figures", "the gloom set in"), is no happening; what the market or a named party did
stays."""

from __future__ import annotations

import datetime as dt

from tests.core.event_lists import described, titled
from timeline_app.core.events import Event
from timeline_app.core.extraction import extract_events

PUBLISHED = dt.date(2024, 3, 8)  # a Friday


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def test_investors_paying_no_heed_is_no_happening() -> None:
    found = events(
        "Because the central bank has signalled a pause, investors shrugged off the strong "
        "retail figures on Tuesday."
    )
    assert not titled(found, "shrug"), described(found)
    found = events("Traders ignored the Brenmoor profit warning on Tuesday.")
    assert not titled(found, "ignore"), described(found)


def test_a_mood_in_a_figure_of_speech_is_no_happening() -> None:
    found = events("The gloom set in on Tuesday when Brenmoor cut its forecast.")
    assert not titled(found, "gloom"), described(found)
    assert titled(found, "Brenmoor", "cut", "forecast"), described(found)


def test_what_the_market_or_a_named_party_did_stays() -> None:
    assert titled(events("Investors sold Brenmoor shares on Tuesday."), "sell", "shares")
    found = events("The Kellby council ignored the flood warnings on Tuesday.")
    assert titled(found, "council", "ignore", "warnings"), described(found)
