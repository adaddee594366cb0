"""Text no article holds, read in time that grows with its length and no faster.

Each test here pins the cause of a quadratic step with a count or a result the old code
could not give (timings are for ``benchmarks/hostile_speed.py``): a run with no space cut
before spaCy's tokenizer, a clause searched for its verb once per token, a company's name
of a bounded number of words, a quotation that an opening mark within it restarts.
"""

from __future__ import annotations

from timeline_app.core.extraction import clause_rules
from timeline_app.core.extraction.clause_model import Clause
from timeline_app.core.extraction.company_names import company_spans
from timeline_app.core.extraction.grammar import tokenize
from timeline_app.core.extraction.quotations import Quotations
from timeline_app.core.parsing import parse
from timeline_app.core.parsing.long_runs import LONGEST_RUN


def test_a_run_longer_than_any_word_reaches_the_parser_in_pieces_of_the_longest_run():
    run = "“" * (LONGEST_RUN * 10)
    text = f"The ferry sank. {run} Rescuers arrived at dawn."
    doc = parse(text)
    assert doc.text == text
    cut = [t.text for t in doc if t.text.startswith("“")]
    assert cut == ["“" * LONGEST_RUN] * 10
    words = [t.text for t in doc if not t.text.startswith("“")]
    assert words == ["The", "ferry", "sank", ".", "Rescuers", "arrived", "at", "dawn", "."]
    # a run no longer than a word is tokenized as before
    text = "See https://news.example/2023/05/02/ferry-sinks-off-the-coast (in full)."
    assert [t.text for t in parse(text)][-5:] == ["(", "in", "full", ")", "."]


def test_the_text_around_a_long_run_keeps_its_spaces_and_line_ends():
    text = "Rescuers arrived\n" + "@." * LONGEST_RUN + "  \n the ferry sank" + "x" * 250
    doc = parse(text)
    assert doc.text == text
    assert [t.text for t in doc][-4:] == ["ferry", "sank" + "x" * 96, "x" * 100, "x" * 54]


def test_a_growing_clause_without_a_verb_is_searched_once_per_token(monkeypatch):
    asked = []
    real = clause_rules.is_finite

    def counted(token):
        asked.append(token)
        return real(token)

    monkeypatch.setattr(clause_rules, "is_finite", counted)
    tokens = tokenize("@ # % " * 200)
    clause = Clause([])
    for token in tokens:
        clause.tokens.append(token)
        assert not clause_rules.has_verb(clause)
    assert len(asked) <= 2 * len(tokens)
    # A verb is still found whenever it comes. "May" is a month before a day, a verb before
    # a word, and a verb as the last word until a day comes: the last token is never settled.
    for text, verbs in [
        ("the harbour near the old docks closed", "0000001"),
        ("the ferry in May 3", "00000"),
        ("rescuers May 3 then", "0100"),
        ("ferries May sail", "011"),
    ]:
        clause = Clause([])
        for n, token in enumerate(tokenize(text)):
            clause.tokens.append(token)
            fresh = clause_rules.has_verb(Clause(list(clause.tokens)))
            assert clause_rules.has_verb(clause) == fresh == (verbs[n] == "1"), (text, n)


def test_a_company_s_name_is_at_most_twelve_words_before_its_suffix():
    heading = " ".join(["HARBOUR"] * 40) + " FERRY LINES CORP. said on Monday"
    ((start, end),) = company_spans(heading)
    assert len(heading[start:end].split()) == 13  # twelve words and the suffix
    assert company_spans("Kimberly-Clark Corp. and Bear Stearns & Co. met") == [(0, 20), (25, 43)]


def test_an_opening_quotation_mark_inside_an_unclosed_one_starts_the_quotation_again():
    # each unclosed mark used to be searched to the line's end (quadratic on a run of them)
    text = "“ferry “sank “rescuers said “it was late” then"
    quotes = Quotations(text).quotations
    assert [q.start for q in quotes] == [
        text.index(w) - 1 for w in ("ferry", "sank", "rescuers", "it")
    ]
    assert [q.closed for q in quotes] == [False, False, False, True]
    assert quotes[-1].end == text.index("” then") + 1
