"""Turn the Universal Dependencies treebanks into spaCy's training files.

    python packaging/parser/convert_ud.py [--ud DIR] [--out DIR]

Writes ``train.spacy``, ``dev.spacy``, ``test-ewt.spacy`` and ``test-gum.spacy`` (DocBin) from
the English Web Treebank and the CC BY part of GUM. ``spacy convert`` cannot be used for GUM:
its named entities are not in a ``NE=`` field but in the coreference brackets of ``Entity=``
(every mention of every entity, pronouns and common nouns included), so they are read here and
only the proper-name mentions kept (see ``named_entities``). EWT carries no entities: its docs
leave the entity annotation missing, so the recogniser learns nothing from them, rather than
learning that nothing in them is a name.

Sentences are grouped into docs of up to ``SENTENCES_PER_DOC`` consecutive sentences of one
source document, so that the parser learns where sentences end from running text.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

SENTENCES_PER_DOC = 10

# GUM's entity types that name something a news timeline cares about, and the spaCy label each
# gets. "place" is every place (countries, cities, rivers): the CoNLL-2003 sense of LOC, since
# GUM does not tell a country from a mountain. Times are left to the TIMEX3 tagger.
GUM_LABELS = {
    "person": "PERSON",
    "organization": "ORG",
    "place": "LOC",
    "event": "EVENT",
    "abstract": "MISC",
    "object": "MISC",
    "substance": "MISC",
    "animal": "MISC",
    "plant": "MISC",
}

# Tokens that may stand inside a name between its proper nouns: "Bank of England", "Bosnia and
# Herzegovina", "Apollo 11", "St. Louis".
INSIDE_NAME = {"PROPN", "ADP", "CCONJ", "DET", "NUM", "PUNCT", "PART"}

_BRACKET = re.compile(r"\(([^()]+)(\)?)|(\d+)\)")


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool
    entity: str = ""


@dataclass
class Sentence:
    words: list[Word] = field(default_factory=list)


@dataclass
class Document:
    sentences: list[Sentence] = field(default_factory=list)


def read_conllu(path: Path) -> Iterator[Document]:
    """The documents of a CoNLL-U file, with syntactic words (multiword tokens split)."""
    document = Document()
    sentence = Sentence()
    mwt_end = 0
    mwt_space = True
    with path.open(encoding="utf-8") as lines:
        for raw in lines:
            line = raw.rstrip("\n")
            if line.startswith("# newdoc"):
                if document.sentences:
                    yield document
                document = Document()
                continue
            if line.startswith("#"):
                continue
            if not line:
                if sentence.words:
                    document.sentences.append(sentence)
                sentence = Sentence()
                mwt_end = 0
                continue
            cols = line.split("\t")
            token_id = cols[0]
            misc = dict(item.partition("=")[::2] for item in cols[9].split("|") if item != "_")
            if "-" in token_id:
                # A multiword token ("don't" = "do" + "n't"): its words join without spaces,
                # and its own SpaceAfter goes to its last word.
                mwt_end = int(token_id.split("-")[1])
                mwt_space = misc.get("SpaceAfter") != "No"
                continue
            if "." in token_id:
                continue  # an empty node of the enhanced graph
            index = int(token_id)
            if index < mwt_end:
                space_after = False
            elif index == mwt_end:
                space_after = mwt_space
            else:
                space_after = misc.get("SpaceAfter") != "No"
            sentence.words.append(
                Word(
                    form=cols[1],
                    lemma=cols[2],
                    upos=cols[3],
                    xpos=cols[4],
                    feats="" if cols[5] == "_" else cols[5],
                    head=int(cols[6]),
                    deprel=cols[7],
                    space_after=space_after,
                    entity=misc.get("Entity", ""),
                )
            )
    if sentence.words:
        document.sentences.append(sentence)
    if document.sentences:
        yield document


def mentions(words: list[Word]) -> list[tuple[int, int, str]]:
    """GUM's entity mentions in a run of words: (start, end exclusive, GUM type)."""
    found = []
    open_mentions: list[tuple[str, int, str]] = []
    for i, word in enumerate(words):
        for match in _BRACKET.finditer(word.entity):
            opening, closed_here, closing_id = match.groups()
            if opening:
                parts = opening.split("-")
                group, etype = parts[0], parts[1] if len(parts) > 1 else ""
                if closed_here:
                    found.append((i, i + 1, etype))
                else:
                    open_mentions.append((group, i, etype))
            else:
                for k in range(len(open_mentions) - 1, -1, -1):
                    if open_mentions[k][0] == closing_id:
                        _, start, etype = open_mentions.pop(k)
                        found.append((start, i + 1, etype))
                        break
    return found


def named_entities(words: list[Word]) -> list[tuple[int, int, str]]:
    """The mentions that are names: proper nouns, as a news reader would mark them.

    A leading determiner and a trailing possessive or punctuation are dropped ("the United
    States", "Obama's"); what remains must begin and end with a proper noun, with only the
    small words of names between. Nested names give way to the longest ("the University of
    Toronto", not "Toronto" inside it).
    """
    candidates = []
    for start, end, etype in mentions(words):
        label = GUM_LABELS.get(etype)
        if label is None:
            continue
        while start < end and words[start].upos == "DET":
            start += 1
        while end > start and words[end - 1].upos in {"PUNCT", "PART"}:
            end -= 1
        if start >= end:
            continue
        span = words[start:end]
        if span[0].upos != "PROPN" or span[-1].upos not in {"PROPN", "NUM"}:
            continue
        if all(w.upos in INSIDE_NAME for w in span):
            candidates.append((start, end, label))
    chosen: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for start, end, label in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if taken.isdisjoint(range(start, end)):
            chosen.append((start, end, label))
            taken.update(range(start, end))
    return sorted(chosen)


def to_doc(vocab: spacy.vocab.Vocab, sentences: list[Sentence], with_entities: bool) -> Doc:
    words: list[Word] = []
    heads: list[int] = []
    sent_starts: list[bool | int | None] = []
    for sentence in sentences:
        offset = len(words)
        for i, word in enumerate(sentence.words):
            heads.append(offset + i if word.head == 0 else offset + word.head - 1)
            sent_starts.append(i == 0)
        words.extend(sentence.words)
    # The last word of a sentence with no SpaceAfter=No still needs a space before the next.
    doc = Doc(
        vocab,
        words=[w.form for w in words],
        spaces=[w.space_after for w in words],
        pos=[w.upos for w in words],
        tags=[w.xpos for w in words],
        morphs=[w.feats for w in words],
        lemmas=[w.lemma for w in words],
        heads=heads,
        deps=[w.deprel for w in words],
        sent_starts=sent_starts,
    )
    if with_entities:
        spans = [Span(doc, s, e, label=label) for s, e, label in named_entities(words)]
        doc.set_ents(spans, default="outside")
    return doc


def convert(paths: list[Path], out: Path, with_entities: bool) -> tuple[int, int]:
    nlp = spacy.blank("en")
    docbin = DocBin(store_user_data=False)
    n_sentences = n_entities = 0
    for path in paths:
        for document in read_conllu(path):
            for i in range(0, len(document.sentences), SENTENCES_PER_DOC):
                chunk = document.sentences[i : i + SENTENCES_PER_DOC]
                doc = to_doc(nlp.vocab, chunk, with_entities and "gum" in path.name)
                docbin.add(doc)
                n_sentences += len(chunk)
                n_entities += len(doc.ents)
    out.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(out)
    return n_sentences, n_entities


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=Path("/work/shared/corpora/ud-english"))
    parser.add_argument("--out", type=Path, default=here / "corpus")
    args = parser.parse_args()
    ewt, gum = args.ud / "ewt", args.ud / "gum"
    splits = {
        "train": [ewt / "en_ewt-ud-train.conllu", gum / "en_gum-ccby-train.conllu"],
        "dev": [ewt / "en_ewt-ud-dev.conllu", gum / "en_gum-ccby-dev.conllu"],
        "test-ewt": [ewt / "en_ewt-ud-test.conllu"],
        "test-gum": [gum / "en_gum-ccby-test.conllu"],
    }
    for name, paths in splits.items():
        n_sentences, n_entities = convert(paths, args.out / f"{name}.spacy", True)
        print(f"{name}: {n_sentences} sentences, {n_entities} named entities")


if __name__ == "__main__":
    main()
