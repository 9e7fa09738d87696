#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle dist/Briefer/ from a clean virtual environment.
#   tools/build_bundle.sh            # build
#   tools/build_bundle.sh --smoke    # build, then run the bundle headless from outside the checkout
# Windows: run the same steps in Git Bash (the venv's scripts are in Scripts\ instead of bin/).
# macOS: the same; the spec also writes dist/Briefer.app.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="${BRIEFER_BUNDLE_VENV:-$ROOT/build/bundle-venv}"
BIN="$VENV/bin"; [ -d "$VENV/Scripts" ] && BIN="$VENV/Scripts"

if [ ! -x "$BIN/python" ] && [ ! -x "$BIN/python.exe" ]; then
  python3 -m venv "$VENV"
fi
"$BIN/python" -m pip install --quiet --upgrade pip
"$BIN/python" -m pip install --quiet . "pyinstaller>=6.10"
# Installing the project brings exactly the dependencies pyproject lists; the copy itself is
# removed again so that the spec freezes this checkout (briefer.spec puts it on the path).
"$BIN/python" -m pip uninstall --quiet -y briefer
start=$(date +%s)
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" briefer.spec
echo "bundle built in $(( $(date +%s) - start )) s: $(du -sh "$ROOT/dist/Briefer" | cut -f1) in dist/Briefer"

if [ "${1:-}" = "--smoke" ]; then
  "$ROOT/tools/smoke_bundle.sh" "$ROOT/dist/Briefer"
fi
