"""Score a trained parser on the treebanks' test splits, once, for the README.

    python packaging/parser/evaluate.py MODEL_DIR [--corpus DIR] [--out scores.json]

The text of each test document is tokenised by the pipeline itself and aligned to the gold
words, as it would be for a user's article (``gold_preproc`` off), so tokenisation errors
count against the scores. Entities are scored on GUM only: EWT has none.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

TEST_SETS = {"EWT": "test-ewt.spacy", "GUM": "test-gum.spacy"}
KEYS = ["token_acc", "pos_acc", "tag_acc", "morph_acc", "dep_uas", "dep_las", "sents_f"]
ENTITY_KEYS = ["ents_p", "ents_r", "ents_f"]


def score(model: Path, corpus: Path) -> dict[str, dict[str, object]]:
    nlp = spacy.load(model)
    scores: dict[str, dict[str, object]] = {}
    for name, filename in TEST_SETS.items():
        gold = list(DocBin().from_disk(corpus / filename).get_docs(nlp.vocab))
        examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
        result = nlp.evaluate(examples)
        keys = KEYS + (ENTITY_KEYS if any(doc.has_annotation("ENT_IOB") for doc in gold) else [])
        scores[name] = {key: round(float(result[key]), 4) for key in keys}
        scores[name]["words"] = sum(len(doc) for doc in gold)
        if "ents_f" in keys:
            scores[name]["ents_per_type"] = {
                label: {k: round(v, 4) for k, v in prf.items()}
                for label, prf in sorted(result["ents_per_type"].items())
            }
    return scores


def main() -> None:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--corpus", type=Path, default=here / "corpus")
    parser.add_argument("--out", type=Path, default=here / "scores.json")
    args = parser.parse_args()
    scores = score(args.model, args.corpus)
    trained = json.loads((args.model / "meta.json").read_text(encoding="utf-8"))
    report = {"test": scores, "dev": trained.get("performance", {})}
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print("| test split | UPOS | XPOS | UAS | LAS | sentences F1 | entities P / R / F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, s in scores.items():
        ents = (
            f"{s['ents_p']:.3f} / {s['ents_r']:.3f} / {s['ents_f']:.3f}" if "ents_f" in s else "—"
        )
        print(
            f"| {name} | {s['pos_acc']:.3f} | {s['tag_acc']:.3f} | {s['dep_uas']:.3f} "
            f"| {s['dep_las']:.3f} | {s['sents_f']:.3f} | {ents} |"
        )


if __name__ == "__main__":
    main()
