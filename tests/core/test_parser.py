"""The app's own parser: shipped in the package, loaded offline, reading plain news English."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from timeline_app.core import parsing


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_the_model_ships_inside_the_package_small_and_licensed():
    meta = json.loads((parsing.MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0"
    assert {"tagger", "morphologizer", "parser", "ner"} <= set(meta["pipeline"])
    size = sum(p.stat().st_size for p in parsing.MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 15 * 2**20


def test_loading_needs_no_network(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    nlp = parsing._load(parsing.MODEL_DIR)
    assert nlp("Troops arrived.")[0].text == "Troops"


def test_the_pipeline_is_loaded_once_and_shared():
    assert parsing.load_pipeline() is parsing.load_pipeline()


def test_importing_the_module_does_not_import_spacy():
    # The app starts without paying for spaCy; the first extraction loads it.
    code = "import sys, timeline_app.core.parsing; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_a_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(parsing.ParserUnavailableError, match="reinstall Crisis Timeline"):
        parsing._load(tmp_path / "model")


def test_subject_and_object_of_a_simple_news_sentence():
    doc = parsing.parse("Russia invaded Crimea in 2014.")
    verb = _token(doc, "invaded")
    assert verb.dep_ == "ROOT"
    assert verb.pos_ == "VERB"
    assert _token(doc, "Russia").dep_ == "nsubj"
    assert _token(doc, "Russia").head == verb
    assert _token(doc, "Crimea").dep_ == "obj"
    assert _token(doc, "Crimea").head == verb


def test_passive_subject():
    doc = parsing.parse("The convoy was spotted near the border on Monday.")
    verb = _token(doc, "spotted")
    assert verb.dep_ == "ROOT"
    assert _token(doc, "convoy").dep_ == "nsubj:pass"
    assert _token(doc, "convoy").head == verb
    assert _token(doc, "was").dep_ == "aux:pass"


def test_tense_is_read_from_the_morphology():
    doc = parsing.parse("The minister said the talks will resume.")
    assert _token(doc, "said").morph.get("Tense") == ["Past"]
    assert _token(doc, "will").pos_ == "AUX"


def test_abbreviations_never_end_a_sentence():
    doc = parsing.parse("Mr. Smith met Dr. Jones in the U.S. on Jan. 5.")
    assert len(list(doc.sents)) == 1


def test_a_full_stop_after_an_abbreviated_date_still_ends_its_sentence():
    doc = parsing.parse("Mr. Smith met Dr. Jones in the U.S. on Jan. 5. They talked for an hour.")
    assert [s.text for s in doc.sents] == [
        "Mr. Smith met Dr. Jones in the U.S. on Jan. 5.",
        "They talked for an hour.",
    ]


def test_a_person_and_a_country_are_recognised():
    doc = parsing.parse("Boris Johnson said Britain would send weapons to Ukraine.")
    entities = {(e.text, e.label_) for e in doc.ents}
    assert ("Boris Johnson", "PERSON") in entities
    assert ("Britain", "LOC") in entities
    assert ("Ukraine", "LOC") in entities


def test_long_text_is_parsed_in_pieces_with_its_offsets_intact(monkeypatch):
    paragraph = "The army said the convoy was spotted near the border. Talks resumed.\n"
    text = paragraph * 40 + "word " * 300
    monkeypatch.setattr(parsing, "CHUNK_CHARS", 500)
    doc = parsing.parse(text)
    assert doc.text == text
    assert sum(1 for t in doc if t.text == "spotted") == 40
    spotted = [t for t in doc if t.text == "spotted"][-1]
    assert text[spotted.idx : spotted.idx + 7] == "spotted"


def test_pieces_cut_at_line_ends_then_spaces_and_rebuild_the_text():
    text = "a" * 30 + "\n" + "b c " * 20 + "d" * 70
    pieces = parsing._pieces(text, 40)
    assert "".join(pieces) == text
    assert all(len(p) <= 40 for p in pieces)
    assert pieces[0] == "a" * 30 + "\n"
    assert pieces[1].endswith(" ")


def test_a_long_parse_stops_between_pieces_when_cancelled(monkeypatch):
    """Cancel in the window must not wait for the whole of a long article's parse."""
    monkeypatch.setattr(parsing, "CHUNK_CHARS", 500)
    text = "Troops crossed the river on Monday. Officials said so.\n" * 40  # five pieces
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) == 2  # after the first piece

    with pytest.raises(parsing.ParseCancelled):
        parsing.parse(text, cancelled=cancelled)
    assert len(asked) == 2
    # Never cancelled, it is the same parse as without the question.
    plain, asked_each_piece = parsing.parse(text), parsing.parse(text, cancelled=lambda: False)
    assert [(t.text, t.dep_, t.head.i) for t in plain] == [
        (t.text, t.dep_, t.head.i) for t in asked_each_piece
    ]
