"""Sub-commands for spreadsheets: ``import-table`` (preview, then apply) and ``template``.

``import-table`` prints the preview of every row. Without ``--dry-run`` it writes
only when no row is refused — whole or nothing, as every import — unless the user
says ``--skip-refused``: then the other rows are written and the refused ones
listed, to correct and import again (re-importing updates, never duplicates).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefer.cli.context import Context
from briefer.cli.output import as_json
from briefer.errors import ImportFailed

KINDS = ("people", "delegations", "countries", "meetings", "organisations", "rooms")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-table", help="import people, delegations, countries, meetings, organisations or rooms from a spreadsheet",
                       description="Import a spreadsheet (.xlsx or .csv, Dutch or English headers). Every row is "
                       "previewed as add, update, unchanged or refused; nothing is written when a row is refused "
                       "(unless --skip-refused). Importing the same or a corrected file again updates, never "
                       "duplicates.")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    p.add_argument("file", metavar="FILE", help="a .xlsx or .csv file")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    p.add_argument("--map", dest="mapping", action="append", default=[], metavar="COLUMN=FIELD",
                   help="read column COLUMN (its header, or its letter) as FIELD; FIELD '-' leaves it out")
    p.add_argument("--dry-run", action="store_true", help="show the preview, change nothing")
    p.add_argument("--skip-refused", action="store_true", help="import the other rows when some are refused")
    p.add_argument("--lang", choices=("en", "nl"), default="en", help="language of the meetings' conflicts (default en)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import_table)

    p = sub.add_parser("template", help="write an empty spreadsheet to fill in for import-table")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.csv")
    p.add_argument("--lang", choices=("en", "nl"), default="en", help="language of the headers (default en)")
    p.set_defaults(handler=cmd_template)


def _mapping(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        column, sep, field = item.partition("=")
        if not sep or not column.strip() or not field.strip():
            raise ImportFailed(f"--map '{item}': write COLUMN=FIELD, for example --map 'Achternaam=family_name'")
        out[column.strip()] = field.strip()
    return out


def cmd_import_table(ctx: Context) -> int:
    from briefer.exchange.tables.catalogue import preview_file
    from briefer.exchange.tables.plan import UNCHANGED, apply_plan
    from briefer.i18n import counted

    a = ctx.args
    mapping = _mapping(a.mapping)
    store = ctx.store()
    plan = preview_file(store, a.kind, Path(a.file), sheet=a.sheet, mapping=mapping, lang=a.lang)
    written = None
    problem = None
    if not a.dry_run:
        if plan.refused and not a.skip_refused:
            problem = ImportFailed(f"nothing was imported: {counted('rows', len(plan.refused))} refused; correct them and "
                                   "import again, or add --skip-refused to import the other rows", file=a.file)
        else:
            written = apply_plan(store, plan, skip_refused=a.skip_refused)
    if a.json:
        ctx.out(as_json({
            "file": plan.file, "sheet": plan.sheet, "kind": plan.kind, "header_row": plan.header_row,
            "columns": plan.columns, "dry_run": a.dry_run, "written": written,
            "rows": [{"row": r.row, "action": r.action, "what": r.what, "reason": r.reason} for r in plan.rows],
            "conflicts": plan.conflicts,
        }))
    else:
        for r in plan.rows:
            if r.action == UNCHANGED and not r.reason:
                continue
            ctx.out(r.line())
        for c in plan.conflicts:
            ctx.out(f"conflict: {c}")
        if a.dry_run:
            ctx.out(f"dry run, nothing changed: {plan.summary()} — {a.file}")
        elif written is not None:
            skipped = f" ({counted('rows', len(plan.refused))} left out)" if plan.refused else ""
            ctx.out(f"imported: {plan.summary(done=True)}{skipped} — {a.file}")
    if problem is not None:
        raise problem
    return 0


def cmd_template(ctx: Context) -> int:
    from briefer.exchange.tables.catalogue import kind
    from briefer.exchange.tables.template import write_template
    from briefer.files import check_output_path

    path = check_output_path(ctx.args.output)
    write_template(kind(ctx.args.kind), path, ctx.args.lang)
    ctx.out(f"wrote {path}")
    return 0
