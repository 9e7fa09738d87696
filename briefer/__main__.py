"""`python -m briefer` — the same entry point as the `briefer` command (and the frozen app)."""

import sys

from briefer.cli import main

if __name__ == "__main__":
    sys.exit(main())
