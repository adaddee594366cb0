#!/usr/bin/env bash
# Train the app's parser from the Universal Dependencies treebanks and ship it in the package.
#
#   packaging/parser/train.sh [UD_DIR]      # default: ../shared/corpora/ud-english
#
# 1. convert_ud.py: EWT + GUM (CC BY part) -> packaging/parser/corpus/*.spacy
# 2. spacy train with config.cfg (fixed seed) -> build/parser/model-best (best on dev)
# 3. evaluate.py: scores on the test splits -> packaging/parser/scores.json
# 4. package_model.py: model-best -> timeline_app/core/parsing/model/
#
# MAX_STEPS (default: the config's) bounds the run; on this project's shared 2-core machine
# the shipped model took the number of steps in scores.json ("steps"). Runs on CPU in one
# thread; nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/../.."

UD=${1:-../shared/corpora/ud-english}
OUT=${PARSER_BUILD:-build/parser}
PYTHON=${PYTHON:-python3}
export PYTHONHASHSEED=0

"$PYTHON" packaging/parser/convert_ud.py --ud "$UD" --out packaging/parser/corpus
"$PYTHON" -m spacy train packaging/parser/config.cfg --output "$OUT" \
  ${MAX_STEPS:+--training.max_steps "$MAX_STEPS"}
"$PYTHON" packaging/parser/evaluate.py "$OUT/model-best" --corpus packaging/parser/corpus \
  --out packaging/parser/scores.json
"$PYTHON" packaging/parser/package_model.py "$OUT/model-best" --scores packaging/parser/scores.json
