#!/usr/bin/env bash
# Run a built bundle headless from a folder outside the checkout, with an empty HOME,
# so nothing from a developer's environment can help it:
#   tools/smoke_bundle.sh dist/Briefer
set -euo pipefail
BUNDLE=$(cd "$1" && pwd)
WORK=$(mktemp -d)
cp -r "$BUNDLE" "$WORK/Briefer"
cd "$WORK"
mkdir home
run() { env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 BRIEFER_DATA_DIR="$WORK/data" "$@"; }

run Briefer/briefer --version
run Briefer/briefer demo
run Briefer/briefer list meetings | head -5
run Briefer/briefer pack --for Bruins -o "$WORK/bruins.pdf"
test -s "$WORK/bruins.pdf"
echo "pack: $(stat -c %s "$WORK/bruins.pdf") bytes"
run Briefer/briefer export notes --format docx --all -o "$WORK/notes.docx"
run Briefer/briefer export actions --format xlsx -o "$WORK/actions.xlsx"
run Briefer/briefer export bundle --all -o "$WORK/all.briefer"
run Briefer/briefer ics --for Bruins -o "$WORK/bruins.ics"
test -s "$WORK/notes.docx" && test -s "$WORK/actions.xlsx" && test -s "$WORK/all.briefer" && test -s "$WORK/bruins.ics"
# The desktop app, offscreen: it must reach its main window and quit cleanly by itself.
out=$(run env QT_QPA_PLATFORM=offscreen BRIEFER_GUI_EXIT_AFTER_START=1 timeout 60 Briefer/briefer)
echo "gui: $out"
case "$out" in *ready*) ;; *) echo "the desktop app did not reach its main window" >&2; exit 1;; esac
echo "smoke test passed: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
rm -rf "$WORK"
