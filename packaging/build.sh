#!/usr/bin/env bash
# Build the one-folder app bundle dist/crisis-timeline/ with PyInstaller.
#
#   packaging/build.sh            # then: packaging/smoke_test.sh
#
# Works from a clean checkout with only PyPI: it makes its own venv (build/venv, or
# $BUILD_VENV), installs the app and PyInstaller into it, and builds from
# packaging/crisis-timeline.spec. Needs Python 3.11+ ($PYTHON, default python3).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${BUILD_VENV:-build/venv}

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.10"

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/crisis-timeline.spec

# Some Python builds (pyenv, built from source) ship libpython and its extension modules with
# debug info: 20-30 MB that a user never needs. Only Python's own files are stripped; the
# wheels' libraries are left alone (stripping patchelf-repaired libraries can break them).
if command -v strip >/dev/null 2>&1; then
  find dist/crisis-timeline/_internal \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' \) \
    -type f -exec strip --strip-debug {} +
fi

echo "bundle: dist/crisis-timeline/ ($(du -sh dist/crisis-timeline | cut -f1))"
echo "run:    dist/crisis-timeline/crisis-timeline"
