"""Write resources/country_names.json: every country's everyday name in English and Dutch.

    python tools/build_country_names.py

``briefer.model.country_names.country_name`` reads this table instead of loading pycountry and
babel's territory names (most of a short command's time). Run it after changing the curated names
in that module or upgrading pycountry or babel; ``tests/model/test_country_names_table.py`` fails
until the table matches.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from briefer.model.country_names import TABLE, build_table

    out = ROOT / "resources" / Path(*TABLE)
    out.write_text(json.dumps(build_table(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
