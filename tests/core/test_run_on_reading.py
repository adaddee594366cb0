"""A run-on stretch (lines of a list with no full stop, a page's table) is one sentence of
many verbs: what each verb's event reads must not grow with the whole stretch, and what
every event of a sentence reads alike is read once."""

from __future__ import annotations

import pytest

from timeline_app.core.extraction import categories, repeats, titles
from timeline_app.core.extraction.grammar import tokenize


@pytest.fixture
def windows_read(monkeypatch):
    sizes: list[int] = []
    real = titles._object_words

    def counting(tokens, replacements):
        sizes.append(len(tokens))
        return real(tokens, replacements)

    monkeypatch.setattr(titles, "_object_words", counting)
    return sizes


def test_an_object_with_no_break_is_read_from_its_first_window_only(windows_read):
    # one verb's object running on through forty more unstopped lines of a list
    text = "crews painted " + "the old lighthouse again " * 40
    words = titles.object_text(tokenize(text)[2:], [], {}).split()
    assert words[:2] == ["old", "lighthouse"]
    assert max(windows_read) <= titles._FIRST_WINDOW


def test_an_object_whose_break_is_near_the_window_s_end_is_still_read_further(windows_read):
    # the comma falls inside the lookahead of the first window: the next window is read to
    # see what follows it ("A, B and C" is one list)
    words = " ".join(["wide"] * (titles._FIRST_WINDOW - 6))
    text = f"crews painted {words} walls, doors and gates on the pier"
    titles.object_text(tokenize(text)[2:], [], {})
    assert max(windows_read) > titles._FIRST_WINDOW


def test_the_words_of_one_sentence_are_read_once_for_all_its_events():
    sentence = "Crews painted the lighthouse and the harbour master opened the gates"
    categories._lemma_readings.cache_clear()
    first = categories._lemmas_of(sentence)
    first.append(("changed",))  # a caller's own list: the reading kept is untouched
    second = categories._lemmas_of(sentence)
    assert categories._lemma_readings.cache_info().hits == 1
    assert ("changed",) not in second
    assert second == first[:-1]


def test_a_title_s_figures_are_read_once_however_often_it_is_compared():
    repeats._figure_set.cache_clear()
    for _ in range(5):
        assert repeats._figure_set("Floods kill 12 in two towns") == frozenset({"12", "two"})
    assert repeats._figure_set.cache_info().misses == 1
