"""The attacked process: tests/security/race_actor.py plus a signal that the operation has begun.

    python actor.py FLAG START_AT MODE ARGS...

``START_AT`` is ``module:function`` (or ``-``): FLAG is touched on that function's first
call, so the killer can aim its random moment at the operation itself rather than at
Python starting up. The whole-file operations also touch RACE_HOLD_FILE when they take
their exclusive hold (race_actor's RACE_HOLD_OPERATION), which is used where it applies.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "security"))


def _flag_on_entry(flag: Path, specs: str) -> None:
    """``specs``: ``module:function``, or several separated by ``|`` — the first module that imports."""
    for spec in specs.split("|"):
        module_name, function = spec.split(":")
        try:
            owner = importlib.import_module(module_name)
            break
        except ModuleNotFoundError:
            continue
    else:
        raise SystemExit(f"none of {specs} imports")
    real = getattr(owner, function)

    def wrapper(*args, **kwargs):
        flag.touch()
        return real(*args, **kwargs)

    setattr(owner, function, wrapper)


def main(argv: list[str]) -> int:
    flag, start_at, *rest = argv
    if start_at != "-":
        _flag_on_entry(Path(flag), start_at)
    import race_actor

    return race_actor.main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
