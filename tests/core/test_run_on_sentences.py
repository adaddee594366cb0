"""A stretch of text with no full stop is read in pieces of a sentence's length.

The rules that read a sentence look at all of it for each of its verbs; an unstopped list of
hundreds of dated lines (pasted without stops, or hostile) would cost its length squared.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.core.extraction import extract_events
from timeline_app.core.extraction.sentences import RUN_ON_CHARS, run_on_breaks

FERRIES = ["Aldport", "Brennick", "Calloway", "Dunmere", "Eskholt", "Farrow", "Glenary", "Harwick"]


def _unstopped(count: int) -> str:
    lines = [
        f"the ferry reached {FERRIES[n % len(FERRIES)]} on {n % 27 + 1} May 2019"
        for n in range(count)
    ]
    return "The harbour log shows that " + ", and then ".join(lines) + "\n"


def test_an_unstopped_stretch_is_cut_after_a_comma_into_pieces_no_longer_than_a_sentence():
    text = _unstopped(200)
    starts = run_on_breaks(text, [0])
    assert starts[0] == 0 and len(starts) > len(text) // RUN_ON_CHARS
    ends = [*starts[1:], len(text)]
    assert all(end - start <= RUN_ON_CHARS for start, end in zip(starts, ends, strict=True))
    assert all(text[start - 2 : start] == ", " for start in starts[1:])


def test_sentences_of_news_length_are_left_as_they_are():
    text = "The ferry sailed on Monday. It reached Aldport on Tuesday, a day late.\n"
    assert run_on_breaks(text, [0, 28]) == [0, 28]


def test_the_dated_happenings_of_a_long_unstopped_list_are_still_read():
    events = extract_events(_unstopped(120), dt.date(2019, 6, 1))
    read = {(e.when.to_edtf(), e.title) for e in events}
    # every line of the log, the first pieces' too (a piece that ends on a comma is no
    # headline, whose claims are read apart)
    wanted = {(f"2019-05-{n % 27 + 1:02d}", f"Ferry reaches {FERRIES[n % 8]}") for n in range(120)}
    assert wanted <= read, sorted(wanted - read)[:5]
