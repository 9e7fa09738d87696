"""JSON Schemas of the bundle's record kinds, published in ``docs/schemas/bundle/``.

``docs/bundle-format.md`` says what a bundle holds; these say, per table, every field
a record line's ``data`` may carry, its type and its default — taken from the models
themselves, so they cannot drift from what Briefer reads (a test compares the published
files with what this module writes). Another program validates its records against
them before writing a bundle. Regenerate after a model change:
``python -m briefer.exchange.schemas``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from briefer.store import SPECS

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: Where the published schemas live in the repository.
FOLDER = Path("docs") / "schemas" / "bundle"


def schema_id(table: str) -> str:
    return f"urn:briefer:schema:bundle:1:{table}"


def record_schema(table: str) -> dict:
    """The schema of ``data`` in a line of ``records/<table>.jsonl`` (format version 1)."""
    spec = next(s for s in SPECS if s.table == table)
    schema = _require_made_up(spec.model.model_json_schema(mode="validation"))
    for sub in schema.get("$defs", {}).values():
        _require_made_up(sub)
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": schema_id(table),
        "title": f"Briefer bundle, format version 1: a record of records/{table}.jsonl ({spec.model.kind})",
        "description": (
            "The 'data' object of one record line. Fields with a default may be left out; timestamps are RFC 3339 "
            "(any offset, any fraction of a second), dates YYYY-MM-DD, ids UUIDs. See docs/bundle-format.md."),
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def _require_made_up(schema: dict) -> dict:
    """Mark required what the model would make up when it is missing (an id, a timestamp:
    fields with a default factory, shown without a default). Read twice, such a record would
    be a new version each time — a conflict with itself — so a bundle must carry them."""
    props = schema.get("properties")
    if isinstance(props, dict):
        schema["required"] = sorted({*schema.get("required", []),
                                     *(name for name, p in props.items() if "default" not in p)})
    return schema


def published() -> dict[str, str]:
    """File name → text of every schema, as published."""
    return {f"{s.table}.schema.json": json.dumps(record_schema(s.table), ensure_ascii=False, indent=2,
                                                 sort_keys=True) + "\n" for s in SPECS}


def main(argv: list[str] | None = None) -> int:
    root = Path(argv[0]) if argv else Path.cwd()
    folder = root / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in published().items():
        (folder / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(published())} schemas to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
