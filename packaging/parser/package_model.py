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


# Shipped beside the model, as CC BY-SA asks: who made the data, under which licence, and
# that the model is an adaptation of it.
NOTICE = """\
Crisis Timeline's English parser (this folder) is a spaCy pipeline trained by
packaging/parser/ of Crisis Timeline on:

- UD English EWT (English Web Treebank), Silveira et al. 2014 and the Universal
  Dependencies contributors, https://github.com/UniversalDependencies/UD_English-EWT,
  licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
- The CC BY documents of UD English GUM, Zeldes 2017 and the GUM contributors,
  https://github.com/UniversalDependencies/UD_English-GUM, licensed CC BY 4.0
  (https://creativecommons.org/licenses/by/4.0/).

The trained weights are treated as an adaptation of these treebanks and are licensed
CC BY-SA 4.0. Creative Commons lists the GNU GPL version 3 as a compatible licence for
adaptations of CC BY-SA 4.0 material (one way: GPL code cannot become CC BY-SA), so the
model can be distributed as part of Crisis Timeline (GPL-3.0-or-later).
"""


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
    (args.target / "LICENSE.md").write_text(NOTICE, encoding="utf-8")
    size = sum(p.stat().st_size for p in args.target.rglob("*") if p.is_file())
    print(f"{args.target}: {size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
