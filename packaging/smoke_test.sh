#!/usr/bin/env bash
# Smoke-test the PyInstaller bundle made by packaging/build.sh, headless.
#
# Checks that dist/crisis-timeline/crisis-timeline prints its version, extracts the events of
# the seed article, and saves a screenshot of its window (QT_QPA_PLATFORM=offscreen) that is
# not blank. Without a build it prints "no build present; skipped" and exits 0, so CI can
# call it unconditionally.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=dist/crisis-timeline/crisis-timeline
if [ ! -x "$APP" ]; then
  echo "no build present; skipped"
  exit 0
fi
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

version=$("$APP" --version) || fail "--version exited with $?"
echo "ok: $version"

timeout 120 "$APP" extract seeds/weapon-and-men-towards-ukraine.txt -o "$work/seed.ctimeline" \
  || fail "extract exited with $?"
grep -q '"format": "crisis-timeline"' "$work/seed.ctimeline" || fail "extract wrote no document"
echo "ok: extract wrote $(grep -c '"when":' "$work/seed.ctimeline") events"

# From another folder: the bundle must find its own seeds/ and resources/, not the checkout's.
(cd "$work" && timeout 120 "$OLDPWD/$APP" --screenshot "$work/window.png" --size 1400x900) \
  || fail "--screenshot exited with $?"
[ -s "$work/window.png" ] || fail "no screenshot was written"

# Is the picture more than a blank window? Count colours on a grid of points with Qt's
# QImage from the build venv (or any Python that has PySide6).
checker=""
for python in "${BUILD_VENV:-build/venv}/bin/python" python3; do
  if command -v "$python" >/dev/null 2>&1 && "$python" -c "import PySide6.QtGui" 2>/dev/null; then
    checker=$python
    break
  fi
done
if [ -z "$checker" ]; then
  echo "ok: screenshot written (no Python with PySide6 to check its colours)"
  exit 0
fi
"$checker" - "$work/window.png" <<'PY' || fail "the screenshot looks blank"
import sys

from PySide6.QtGui import QImage

image = QImage(sys.argv[1])
if image.isNull():
    sys.exit("not a readable PNG")
step = 7
colours = {image.pixel(x, y) for x in range(0, image.width(), step)
           for y in range(0, image.height(), step)}
print(f"ok: screenshot {image.width()}x{image.height()}, {len(colours)} colours sampled")
sys.exit(0 if len(colours) >= 16 else 1)
PY
echo "smoke test passed"
