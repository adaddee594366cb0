"""The one reading of a text's quotation marks (``quotations``): which marks open and close
what, over paragraphs, nested, stray, who spoke, and in linear time whatever the marks.
Every sentence here was written for this test."""

from __future__ import annotations

import re
import time

import pytest

from timeline_app.core.extraction.quotations import Quotations


def quoted_words(text: str) -> list[str]:
    """The stretches of ``text`` in the text's own words' quotations, marks included."""
    quotations = Quotations(text)
    return [text[q.start : q.end] for q in quotations.quotations if q.depth == 0]


def inside(text: str, words: str) -> bool:
    """Whether the first occurrence of ``words`` lies inside a quotation."""
    at = text.index(words)
    return Quotations(text).covers(at, at + len(words))


# --- the marks English news uses -----------------------------------------------------------


def test_curly_and_straight_double_quotes():
    text = '“The pier will reopen,” a warden said. Crews called it "a long week" on Monday.'
    assert quoted_words(text) == ["“The pier will reopen,”", '"a long week"']


def test_wire_copy_backticks_and_apostrophes():
    text = "``We rebuilt the mill,'' said Orla Venn. Rivals called it ''a folly'' at once."
    assert quoted_words(text) == ["``We rebuilt the mill,''", "''a folly''"]


def test_single_quotes_where_they_are_clear():
    text = "Ferry in 'state of alarm' as the crew's union walks out in the '70s manner."
    assert quoted_words(text) == ["'state of alarm'"]


def test_single_quotes_of_british_style_keep_a_plural_apostrophe_inside():
    text = "‘The porters’ guild will not sail,’ its head said. It won’t."
    assert quoted_words(text) == ["‘The porters’ guild will not sail,’"]
    assert not inside(text, "It won")


def test_a_plural_apostrophe_opens_and_closes_nothing():
    text = "The porters' guild met the drivers' union on Friday."
    assert quoted_words(text) == []


def test_nested_single_quotes_inside_double_ones():
    text = "“Someone shouted ‘Run!’ and we ran,” a cook said."
    quotations = Quotations(text)
    run = text.index("Run")
    assert quotations.innermost_at(run).depth == 1
    assert quotations.outer_at(run).start == 0
    assert quotations.innermost_at(text.index("we ran")).depth == 0
    assert not quotations.holds(text.index("a cook"))


# --- over paragraphs, and marks that close nothing --------------------------------------------


def test_a_quotation_goes_on_in_a_paragraph_that_opens_with_a_mark():
    text = (
        "“We lost the east field in May.\n\n"
        "“We will plant it again in June,” the farmer said.\n\n"
        "The county paid for seed in July."
    )
    assert inside(text, "We lost the east field")
    assert inside(text, "We will plant it again in June")
    assert not inside(text, "the farmer said")
    assert not inside(text, "The county paid")


def test_a_quotation_left_open_ends_with_its_paragraph():
    text = "Then he wrote “the dam held in April\n\nThe dam broke in May."
    assert inside(text, "the dam held")
    assert not inside(text, "The dam broke")


def test_a_paragraph_that_opens_with_a_new_quotation_after_a_closed_one_is_its_own():
    text = "“We stay,” she said.\n\n“We go,” he said, and the valley emptied."
    assert quoted_words(text) == ["“We stay,”", "“We go,”"]


def test_a_stray_closing_mark_quotes_nothing():
    text = 'The new mast stands 40" taller than the old one, the yard said.'
    assert quoted_words(text) == []


def test_an_inch_mark_does_not_swallow_the_quotation_after_it():
    text = 'The pike was 31" long, and the angler called it "a monster" on Sunday.'
    assert quoted_words(text) == ['"a monster"']


def test_straight_marks_alternate_even_with_a_closing_one_spaced_wrong():
    text = 'Her song "Rain On The Quay "won a prize in May, and she said "thanks".'
    assert quoted_words(text) == ['"Rain On The Quay "', '"thanks"']


def test_a_doubled_straight_mark_opens_one_quotation():
    text = '""The quay is shut," the pilot said on Monday.'
    assert quoted_words(text) == ['""The quay is shut,"']


def test_a_second_opening_mark_ends_a_quotation_whose_closing_mark_was_lost():
    text = "He said “no at first. Later, “yes,” he told the board."
    assert inside(text, "yes")
    assert not inside(text, "he told the board")


# --- speech or a name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ("“The quay reopens on Monday,” the pilot said.", True),
        ('"The quay reopens on Monday", the pilot said.', True),
        ('"The quay is shut. The tugs are idle on pier 4" was all he said.', True),
        ("“The quay is shut", True),  # left open: it runs on
        ("Her film “Salt Roads” won a prize.", False),
        ("Pilots said the quay was “closed for good” on Monday.", False),
    ],
)
def test_speech_is_told_from_a_name_or_a_few_words_by_how_it_closes(text, speech):
    assert Quotations(text).quotations[0].speech is speech


# --- who spoke ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The ridge is safe now,” the ranger said on Friday.", "the ranger said on Friday"),
        ("The ranger said: “The ridge is safe now.”", "The ranger said"),
        ("``The ridge is safe,'' said Ilse Moor, a ranger.", "said Ilse Moor, a ranger"),
    ],
)
def test_the_words_that_say_who_spoke(text, speaker):
    quotations = Quotations(text)
    first = quotations.quotations[0]
    where = quotations.speaker(first)
    assert where is not None and text[where[0] : where[1]] == speaker


def test_a_quotation_over_paragraphs_is_spoken_by_the_speaker_of_its_end():
    text = "“The ridge is closed.\n\n“It opens in June,” the ranger said."
    quotations = Quotations(text)
    where = quotations.speaker(quotations.quotations[0])
    assert where is not None and text[where[0] : where[1]] == "the ranger said"


def test_a_few_quoted_words_name_no_speaker():
    text = "Rangers called the ridge “a death trap” after the slide."
    quotations = Quotations(text)
    assert quotations.speaker(quotations.quotations[0]) is None


# --- hostile input: linear time ---------------------------------------------------------------


def _one_look_at_each_mark(text: str) -> float:
    """The time three passes that only visit every mark take (the reader makes three): what
    linear time is measured by, on a machine whose speed varies with its load."""
    started = time.perf_counter()
    for _ in range(3):
        for match in re.finditer(r"``|''|[\"“”‘’'`\n]", text):
            match.group()
    return time.perf_counter() - started


@pytest.mark.parametrize(
    "text",
    [
        "a" * 500_000 + '"' + "b " * 250_000,  # one stray mark in a megabyte
        "He said 'yes' it's true. " * 30_000,  # a plural-looking closing mark, again and again
        "‘" + "x ’s y " * 30_000,  # an opening mark that may close anywhere
        "“ ‘" * 60_000,  # openings that never close
        "‘x “y " * 60_000 + "z’",  # openings that may all close at the end: nesting is capped
        '"\n\n' * 60_000,  # marks alone on their lines
    ],
)
def test_hostile_marks_are_read_in_linear_time(text):
    reference = _one_look_at_each_mark(text)
    took = []
    for _ in range(2):  # the better of two: a busy machine may stall one
        started = time.perf_counter()
        Quotations(text).holds(len(text) // 2)
        took.append(time.perf_counter() - started)
    # a reading that went back over the text for each mark would take thousands of times as
    # long (minutes here)
    assert min(took) < 60 * reference + 1.0


def test_one_stray_mark_in_a_long_text_quotes_only_its_own_line():
    text = "The river rose. " * 20_000 + '"' + "\n\nThe river fell. " * 20_000
    quotations = Quotations(text)
    assert len(quotations.quotations) == 1
    assert not quotations.holds(len(text) - 5)
