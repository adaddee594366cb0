"""The tagger's shortcuts (trigger words, number starts, first characters) find exactly what a
plain search of every rule over the whole text would: they only skip places where a rule
cannot match."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from timeline_app.core.timex import tag, tense, triggers
from timeline_app.core.timex.first_chars import compile_gated, first_char_gate
from timeline_app.core.timex.patterns import alt
from timeline_app.core.timex.tagger import _INDEX, RULES
from timeline_app.core.timex.triggers import matches

BY_NAME = {r.name: r for r in RULES}

SENTENCES = [
    "The talks resumed on Monday, March 3, 2003, after the 1990s stalemate.",
    "Q3 profit rose; in 2Q'98 and Q4 1999 it fell, as in fiscal 1997-98.",
    "The 24th of June, 10-11 March and 3/4/2001 or 2001-03-04T10:30 were set.",
    "In the past five years, several weeks ago, for the next few months.",
    "Pre-1990 and post-2001 plans, mid-1980s, '90s, the1990s and 1,999 troops.",
    "He was born in 314 BC, in 1861-1863 and in 218–201 BC; in AD 9, c. 360.",
    "She arrives at 4.30am, 10pm, noon or 15:45 GMT on Christmas Eve.",
    "Last spring, this quarter, the first half of 1998, every Tuesday night.",
    "Twenty years earlier, two decades later, the day before, that morning.",
    "$1999, #2001, 2001%, 2001 percent, No. 1998, page 1200-1250, x2001, _1999.",
    "١٩٩٨ and ２００１ and ²2001, 2001²: other digits stay what they were.",
    "THE PAST FIVE YEARS, LAST MONDAY, IN MARCH 2003, THE 1990S.",
]

# pieces that the rules care about, shuffled into nonsense that still holds their edges
# fmt: off
PIECES = [
    "1998", "2001", "314", "05", "24th", "Q3", "2Q", "3/4/01", "2001-03-04", "10:30", "4.30am",
    "pm", "BC", "AD", "'s", "'90s", "1990s", "-", "–", "/", ".", ",", "$", "#", "%", "_", "x",
    "the", "past", "last",
    "next", "few", "five", "twenty", "years", "weeks", "days", "ago", "earlier", "Monday",
    "March", "May", "june", "spring", "quarter", "half", "fiscal", "morning", "noon",
    "o'clock", "every", "each", "per", "a", "an", "١٩", "²",
]
# fmt: on


def _texts() -> list[str]:
    rng = random.Random(20261206)
    made = []
    for _ in range(300):
        words = rng.choices(PIECES, k=rng.randint(1, 12))
        seps = rng.choices(["", " ", " ", "  ", "-", ",", "\n"], k=len(words))
        made.append("".join(w + s for w, s in zip(words, seps, strict=True)))
    return SENTENCES + made


TEXTS = _texts()


def _plain(pattern: str) -> str:
    """A rule's pattern without the first-character look-ahead the tagger put in front."""
    return re.sub(r"^\(\?=(?:\[[^\]]*\])?\|?(?:\(\?i:\[[^\]]*\]\))?\)", "", pattern)


def _found(regex: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in regex.finditer(text) if m.end() > m.start()]


@pytest.mark.parametrize("rule", [r for r in RULES if not r.starts], ids=lambda r: r.name)
def test_first_character_look_ahead_keeps_every_match(rule):
    plain = re.compile(_plain(rule.regex.pattern), rule.regex.flags)
    assert compile_gated(plain.pattern, plain.flags).pattern == rule.regex.pattern
    for text in TEXTS:
        assert _found(rule.regex, text) == _found(plain, text), text


@pytest.mark.parametrize("chars_per_try", [0, 10**9], ids=["at-starts", "scanned"])
@pytest.mark.parametrize("rule", [r for r in RULES if r.starts], ids=lambda r: r.name)
def test_a_rule_tried_at_number_starts_finds_what_a_search_finds(rule, chars_per_try, monkeypatch):
    # both ways: tried at each start, and scanned when the starts are too many for that
    monkeypatch.setattr(triggers, "_CHARS_PER_TRY", chars_per_try)
    for text in TEXTS:
        at_starts = [
            (m.span(), m.groupdict()) for m in matches(rule, text, {}, _INDEX.starts(text))
        ]
        assert at_starts == _found(rule.regex, text), text


def test_the_trigger_scan_finds_what_its_alternatives_find():
    plain = re.compile(_INDEX.alternatives)
    for text in TEXTS:
        low = text.lower()
        hits = [(m.span(), m.lastgroup) for m in _INDEX.regex.finditer(low)]
        assert hits == [(m.span(), m.lastgroup) for m in plain.finditer(low)], text


def test_a_rule_whose_trigger_word_is_absent_is_not_tried():
    text = "The talks went on into the night at the embassy."
    windows = _INDEX.windows(text)
    assert "weekday" not in windows
    assert "month" not in windows
    assert list(matches(BY_NAME["weekday"], text, windows, _INDEX.starts(text))) == []
    # a word that holds a trigger is not that trigger
    assert "weekday" not in _INDEX.windows("The Mondayish mood and sundayfied streets.")


@pytest.mark.parametrize(
    "text", ["They met on Monday.", "They met on MONDAY.", "They met on monday.", "MONDAY: talks"]
)
def test_a_trigger_word_is_found_in_any_case(text):
    assert "weekday" in _INDEX.windows(text)


def test_a_rule_is_still_found_where_its_trigger_opens_a_longer_phrase():
    when = tag("Talks resumed in the past five years, said a man on Tuesday.", dt.date(2020, 1, 8))
    assert [(t.text, t.value) for t in when] == [
        ("the past five years", "P5Y"),
        ("Tuesday", "2020-01-07"),
    ]


def test_no_number_means_no_number_rule_is_tried():
    starts = _INDEX.starts("No digits here, nor a quarter.")
    assert all(found == [] for found in starts.values())
    # the Q of "Q3" and a number's first digit are starts; a digit inside a word is not
    (at,) = _INDEX.starts("The Q3 result").values()
    assert at == [4]
    (at,) = _INDEX.starts("In 1998, x2001 and 1,999").values()
    assert at == [3, 19, 21]


def test_first_character_look_ahead_names_what_a_match_can_begin_with():
    gate = first_char_gate(r"(?:the\s+)?(?:(?i:last|next)\s+)?(?P<m>May|June)\b")
    assert gate
    ahead = re.compile(gate)
    for start in ("the May", "LAST", "next", "May", "June", "Next"):
        assert ahead.match(start), start
    # "May" is matched with case and "last" without, and so is each first letter
    for start in ("government", "x", " ", "1998", "may", "june", "The"):
        assert ahead.match(start) is None, start


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:the\s+)?",  # matches nothing: every place is a start
        r"May|June",  # the engine already skips to an M or a J
        r"[0-9]\d* years",  # the same, for a set
        r".ago",  # any character
        r"(?P<a>x)?(?P=a)y",  # a back reference
        r"[^a]bc",  # a negated set
    ],
)
def test_no_look_ahead_where_it_cannot_help(pattern):
    assert first_char_gate(pattern) == ""
    assert compile_gated(pattern).pattern == pattern


def _longest_first(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@pytest.mark.parametrize(
    "words",
    [
        ["will", "will be", "won't", "would", "plan", "plans", "planned", "planning", "'ll"],
        ["twenty", "twenty-first", "first", "one", "ones", "on", "o"],
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_word_lists_written_as_tries_match_as_longest_first(words, flags):
    text = (
        "They will be there; it won't. Plans planned, PLANNING a plan; we'll go. He would "
        "willbe wills. On the twenty-first one of ones, O and on-one twenty-firsts o"
    )
    for tail in (r"\b", r"\s+\w+", ""):
        trie_form = re.compile(alt(words) + tail, flags)
        plain = re.compile(_longest_first(words) + tail, flags)
        assert trie_form.pattern != plain.pattern
        assert _found(trie_form, text) == _found(plain, text)


def test_a_word_list_differing_by_case_stays_an_alternation():
    assert alt(["GMT", "gmt", "EST"]) == _longest_first(["GMT", "gmt", "EST"])


def _windows_rule_by_rule(text: str) -> dict[str, list[tuple[int, int]]]:
    """Each rule's windows worked out on its own, as the tagger once did."""
    hits = []
    for m in _INDEX.regex.finditer(text.lower()):
        word = m["w"] or ("am" if m["ap"] else "#ordinal" if m["o"] else "#decade")
        hits.append((word, m.start(), m.end()))
    out = {}
    for r in RULES:
        spans: list[tuple[int, int]] = []
        for word, start, end in hits:
            for _ in range(r.triggers.count(word)):
                lo, hi = max(0, start - r.reach), min(len(text), end + r.ahead)
                if spans and lo <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
                else:
                    spans.append((lo, hi))
        if spans:
            out[r.name] = spans
    return out


def test_rules_sharing_their_triggers_share_the_same_windows():
    for text in TEXTS:
        assert _INDEX.windows(text) == _windows_rule_by_rule(text), text
    windows = _INDEX.windows("Talks resumed on 3 March 2003 and ended in May.")
    assert windows["month"] == windows["month-day-year"] == windows["month-year"]


def test_the_tense_cues_are_found_as_by_their_alternatives_alone():
    plain = re.compile(tense._CUE_ALTERNATIVES, re.IGNORECASE)
    said = [
        "He said they'll meet; she’ll go. It was planned, re-planned and unplanned.",
        "They will be held, won't they? _was x-said ’said 'said Deadline's next-door.",
        "The talks, which had been scheduled, were postponed; he's going to wait.",
    ]
    for text in said + TEXTS:
        found = [(m.span(), m.lastgroup) for m in tense._CUES.finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)], text
