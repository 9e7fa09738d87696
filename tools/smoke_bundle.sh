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
# A password-protected pack: AES-256 by the bundled pycryptodome. Without a terminal the password
# comes from --password-file ('-': standard input; setsid takes the terminal away), as in a script;
# poppler reads it back if installed.
notty=$(command -v setsid >/dev/null && echo setsid || true)
printf 'geheim-2019\n' | run $notty Briefer/briefer pack --for Bruins --password-file - -o "$WORK/secret.pdf" 2>"$WORK/pack.err" \
  || { cat "$WORK/pack.err" >&2; exit 1; }
test -s "$WORK/secret.pdf"
if ! grep -q /Encrypt "$WORK/secret.pdf"; then echo "the password-protected pack is not encrypted" >&2; exit 1; fi
if command -v pdfinfo >/dev/null; then
  pdfinfo -upw geheim-2019 "$WORK/secret.pdf" > "$WORK/secret.info"
  grep -q "algorithm:AES-256" "$WORK/secret.info" || { echo "pack not AES-256" >&2; exit 1; }
  pdftotext -upw geheim-2019 "$WORK/secret.pdf" "$WORK/secret.txt"
  grep -q Bruins "$WORK/secret.txt" || { echo "encrypted pack unreadable" >&2; exit 1; }
  if pdftotext -upw wrong "$WORK/secret.pdf" - >/dev/null 2>&1; then echo "a wrong password opened the pack" >&2; exit 1; fi
  echo "encrypted pack: AES-256, opens with its password only"
fi
run Briefer/briefer export notes --format docx --all -o "$WORK/notes.docx"
run Briefer/briefer export actions --format xlsx -o "$WORK/actions.xlsx"
run Briefer/briefer export bundle --all -o "$WORK/all.briefer"
run Briefer/briefer ics --for Bruins -o "$WORK/bruins.ics"
test -s "$WORK/notes.docx" && test -s "$WORK/actions.xlsx" && test -s "$WORK/all.briefer" && test -s "$WORK/bruins.ics"
# An encrypted database (SQLCipher) on a copy of the data: opens with the passphrase, not without.
cp -r "$WORK/data" "$WORK/data-enc"
enc() { run env BRIEFER_DATA_DIR="$WORK/data-enc" "$@" </dev/null; }
enc env BRIEFER_PASSPHRASE="correct horse battery" Briefer/briefer encrypt
enc env BRIEFER_PASSPHRASE="correct horse battery" Briefer/briefer list meetings > "$WORK/enc.txt"
grep -q Bruins "$WORK/enc.txt" || { echo "the encrypted database did not open" >&2; exit 1; }
if enc Briefer/briefer list meetings >/dev/null 2>&1; then echo "the encrypted database opened without passphrase" >&2; exit 1; fi
# libcups comes from the system (tools/bundle_libs.py): say so when this machine has none.
for plugin in $(find Briefer -path '*printsupport/*cups*.so'); do
  missing=$(LD_LIBRARY_PATH="$WORK/Briefer/_internal:$WORK/Briefer/_internal/PySide6/Qt/lib" ldd "$plugin" | grep "not found" || true)
  [ -z "$missing" ] && echo "print plugin: loads (system libcups)" || echo "note: no CUPS on this machine, printers unavailable:$missing"
done
# Qt's trimmed ICU data (tools/trim_icu.py): Dutch collation, month and time-zone names, codecs.
run env BRIEFER_GUI_SELF_CHECK=1 Briefer/briefer
icu=$(find Briefer -name 'libicudata.so.*' -size +8M)
if [ -n "$icu" ]; then echo "ICU data not trimmed: $icu" >&2; exit 1; fi
# The desktop app, offscreen: it must reach its main window and quit cleanly by itself.
out=$(run env QT_QPA_PLATFORM=offscreen BRIEFER_GUI_EXIT_AFTER_START=1 timeout 60 Briefer/briefer)
echo "gui: $out"
case "$out" in *ready*) ;; *) echo "the desktop app did not reach its main window" >&2; exit 1;; esac
# Every view in turn (each is imported on its first visit: all its modules must be in the bundle),
# and the first recipient's pack built there.
out=$(run env QT_QPA_PLATFORM=offscreen BRIEFER_GUI_EXIT_AFTER_START=1 BRIEFER_GUI_VISIT_VIEWS=1 timeout 90 Briefer/briefer)
echo "$out" | grep '^view ' | tr '\n' ' '; echo
case "$out" in *"all views ok"*) ;; *) echo "the desktop app could not open every view" >&2; exit 1;; esac
# The Packs view builds in a child process: the bundle's executable started again (freeze_support).
echo "$out" | grep '^pack '
case "$out" in *"pack built "*) ;; *) echo "the Packs view could not build a pack in its child process" >&2; exit 1;; esac
echo "smoke test passed: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
rm -rf "$WORK"
