"""`python -m briefer` — the same entry point as the `briefer` command (and the frozen app)."""

import sys

from briefer.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # the frozen app is also the Packs view's child process (briefer/packs/apart.py): without this
        # a spawned child would start a second window instead of building the pack
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
