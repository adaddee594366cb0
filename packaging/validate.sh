#!/usr/bin/env bash
# Validate the Linux desktop integration files: the .desktop entry, the AppStream metainfo
# and the shared-mime-info XML. A validator that is not installed is skipped with a note
# (Debian: apt-get install desktop-file-utils appstream libxml2-utils shared-mime-info).
# Exit status: 0 when every validator that ran passed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/linux"

APP_ID=io.github.crisistimeline.CrisisTimeline
failed=0

run() {  # run NAME COMMAND...: report and remember a failure
  local name=$1; shift
  if "$@"; then
    echo "ok: $name"
  else
    echo "FAILED: $name" >&2
    failed=1
  fi
}

if command -v desktop-file-validate >/dev/null 2>&1; then
  run "desktop entry" desktop-file-validate "$APP_ID.desktop"
else
  echo "skipped: desktop-file-validate is not installed (package desktop-file-utils)"
fi

if command -v appstreamcli >/dev/null 2>&1; then
  run "AppStream metainfo" appstreamcli validate --no-net "$APP_ID.metainfo.xml"
else
  echo "skipped: appstreamcli is not installed (package appstream)"
fi

if command -v xmllint >/dev/null 2>&1; then
  run "MIME type XML" xmllint --noout crisis-timeline-mime.xml
else
  echo "skipped: xmllint is not installed (package libxml2-utils)"
fi

# update-mime-database reads the MIME file the way desktops will: compile it into a
# scratch database and check that the glob and the JSON parent made it in.
if command -v update-mime-database >/dev/null 2>&1; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -p "$scratch/packages"
  cp crisis-timeline-mime.xml "$scratch/packages/"
  run "MIME database build" bash -c '
    update-mime-database "$1" 2>&1 | { ! grep -iE "error|warn" >&2; } &&
    grep -q "application/x-crisis-timeline:\*\.ctimeline" "$1/globs2" &&
    grep -q "application/x-crisis-timeline application/json" "$1/subclasses"' _ "$scratch"
else
  echo "skipped: update-mime-database is not installed (package shared-mime-info)"
fi

exit $failed
