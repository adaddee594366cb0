"""Copy a trained pipeline into the package, where the app loads it from.

    python packaging/parser/package_model.py MODEL_DIR [--scores scores.json]

The pipeline is loaded and saved again (not copied file by file) so that what ships is what
spaCy writes for inference, with the app's own name, licence and sources in its meta.json and
the training-only sections of its config (the paths of the corpora) left out.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parents[2]
TARGET = REPO / "timeline_app" / "core" / "parsing" / "model"

META = {
    "name": "crisis_timeline_parser",
    "version": "1.0.0",
    "description": (
        "Tagger, morphologizer, dependency parser and named-entity recogniser for Crisis "
        "Timeline, trained with packaging/parser/ on UD English EWT and the CC BY part of GUM."
    ),
    "license": "CC BY-SA 4.0",
    "sources": [
        {
            "name": "UD English EWT",
            "url": "https://github.com/UniversalDependencies/UD_English-EWT",
            "license": "CC BY-SA 4.0",
            "author": "Silveira et al. 2014; Universal Dependencies contributors",
        },
        {
            "name": "UD English GUM (CC BY documents)",
            "url": "https://github.com/UniversalDependencies/UD_English-GUM",
            "license": "CC BY 4.0",
            "author": "Zeldes 2017; GUM contributors",
        },
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--scores", type=Path)
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    nlp.meta.update(META)
    if args.scores:
        nlp.meta["performance"] = json.loads(args.scores.read_text(encoding="utf-8"))["test"]
    config = nlp.config.copy()
    nlp.config["paths"] = {key: None for key in config["paths"]}
    if args.target.exists():
        shutil.rmtree(args.target)
    nlp.to_disk(args.target)
    size = sum(p.stat().st_size for p in args.target.rglob("*") if p.is_file())
    print(f"{args.target}: {size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
