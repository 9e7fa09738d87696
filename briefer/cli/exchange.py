"""Sub-commands after the conference: export notes/actions/bundles, import a bundle, resolve conflicts."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.cli.context import Context
from briefer.cli.output import as_json, table
from briefer.errors import BrieferError
from briefer.files import check_output_path
from briefer.cli.lazy import LazyModule

lookup = LazyModule("briefer.store.lookup")
_model = LazyModule("briefer.model")

if TYPE_CHECKING:
    from briefer.model import Classification

NOTE_FORMATS = ("docx", "pdf", "md", "json")
ACTION_FORMATS = ("csv", "xlsx")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export meeting reports, the action list, or an exchange bundle")
    ex = p.add_subparsers(dest="export_what", metavar="WHAT", required=True)

    n = ex.add_parser("notes", help="meeting reports: date, place, participants, objectives, notes, "
                                    "outcomes, actions")
    n.add_argument("--format", choices=NOTE_FORMATS, required=True)
    which = n.add_mutually_exclusive_group()
    which.add_argument("--meeting", metavar="ID", help="one meeting (id or id prefix)")
    which.add_argument("--country", metavar="COUNTRY",
                       help="meetings with one counterpart country (a name or ISO code: India, Ivoorkust, IND)")
    which.add_argument("--all", action="store_true", help="every meeting (the default)")
    _common(n)
    n.add_argument("--split", action="store_true",
                   help="Markdown only: -o is a folder that gets one file per meeting")
    n.add_argument("-o", "--output", required=True, metavar="PATH")
    n.set_defaults(handler=cmd_export_notes, reads_only=True)

    a = ex.add_parser("actions", help="the follow-up action list (meeting, country, what, owner, due, status)")
    a.add_argument("--format", choices=ACTION_FORMATS, required=True)
    _common(a)
    a.add_argument("--delimiter", type=_delimiter, metavar="SEP",
                   help="CSV only: the separator, ',' ';' or 'tab' (default ';' with --lang nl, as Dutch "
                        "Excel opens a file by double-click, else ',')")
    a.add_argument("-o", "--output", required=True, metavar="PATH")
    a.set_defaults(handler=cmd_export_actions, reads_only=True)

    b = ex.add_parser("bundle", help="an exchange bundle (.briefer) for another laptop, or a full archive")
    b.add_argument("--since", metavar="DATE", help="only what changed on or after DATE (YYYY-MM-DD or ISO time)")
    b.add_argument("--only", choices=("notes", "all"), default="all",
                   help="notes: notes, outcomes and actions; all: every record (default)")
    b.add_argument("--all", action="store_true", help="a complete archive of everything (ignores --since)")
    b.add_argument("-o", "--output", required=True, metavar="FILE.briefer")
    b.set_defaults(handler=cmd_export_bundle)  # may write the install id once

    i = sub.add_parser("import", help="merge an exchange bundle (.briefer) into this database")
    i.add_argument("file", metavar="FILE.briefer")
    i.add_argument("--dry-run", action="store_true", help="show what would be added, updated, conflicted; "
                                                          "change nothing")
    i.add_argument("--verbose", "-v", action="store_true", help="list every record, not just the counts")
    i.set_defaults(handler=cmd_import)

    c = sub.add_parser("conflicts", help="list conflict copies from imports; show or resolve one")
    c.add_argument("--all", action="store_true", help="include resolved conflicts")
    c.add_argument("--json", action="store_true")
    cs = c.add_subparsers(dest="conflict_cmd", metavar="ACTION")
    s = cs.add_parser("show", help="both versions of one conflict, field by field")
    s.add_argument("id")
    s.set_defaults(handler=cmd_conflict_show, reads_only=True)
    r = cs.add_parser("resolve", help="resolve a conflict: keep the local version, theirs, or merge both")
    r.add_argument("id")
    r.add_argument("--keep", choices=("local", "theirs", "merged"), required=True)
    r.set_defaults(handler=cmd_conflict_resolve, reads_only=False)
    c.set_defaults(handler=cmd_conflicts, reads_only=True)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "nl"), default="en", help="language of labels and dates")
    p.add_argument("--max-classification", metavar="LEVEL", type=_classification,
                   help="leave out meetings and notes classified above LEVEL (e.g. ongerubriceerd, "
                        "'Dep. VERTROUWELIJK')")
    p.add_argument("--unclassified-only", action="store_true",
                   help="leave out everything classified (same as --max-classification ongerubriceerd)")


def _classification(text: str) -> Classification:
    try:
        return _model.Classification.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _delimiter(text: str) -> str:
    sep = {"tab": "\t", "\\t": "\t"}.get(text.strip().lower(), text)
    if sep not in (",", ";", "\t", "|"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a separator: use ',', ';', '|' or 'tab'")
    return sep


def _ceiling(ctx: Context) -> Classification | None:
    if ctx.args.unclassified_only:
        return _model.Classification.ONGERUBRICEERD
    return ctx.args.max_classification


# ---------------------------------------------------------------------- exports
def cmd_export_notes(ctx: Context) -> int:
    from briefer.exchange.report import build_notes_report
    from briefer.i18n import counted

    args = ctx.args
    if args.split and args.format != "md":
        raise BrieferError("--split works with --format md only")
    out = check_output_path(args.output, folder=args.split)
    country = lookup.country(args.country) if args.country else None
    report = build_notes_report(ctx.store(), meeting=args.meeting, country=country, lang=args.lang,
                                ceiling=_ceiling(ctx))
    if args.format == "docx":
        from briefer.cli.output import progress_line
        from briefer.exchange.docx_report import write_docx
        write_docx(report, out, progress=progress_line(sys.stderr, "Word: meetings"))
    elif args.format == "pdf":
        from briefer.exchange.pdf_report import write_pdf
        missing = write_pdf(report, out)
        if missing:
            ctx.err("briefer: warning: no font has glyphs for " + " ".join(missing)
                    + " — these characters print as empty boxes")
    elif args.format == "json":
        from briefer.exchange.json_report import write_json
        write_json(report, out)
    else:
        from briefer.exchange.markdown_report import write_markdown
        files = write_markdown(report, out, split=args.split)
        if args.split:
            ctx.out(f"wrote {len(files)} Markdown files to {out}")
            return 0
    extra = f"; {counted('classified_items', report.omitted)} left out" if report.omitted else ""
    ctx.out(f"wrote {counted('meeting_reports', len(report.meetings))} to {out}{extra}")
    return 0


def cmd_export_actions(ctx: Context) -> int:
    from briefer.exchange.actions_export import write_actions
    from briefer.exchange.report import build_action_list
    from briefer.i18n import counted

    check_output_path(ctx.args.output)
    lines = build_action_list(ctx.store(), lang=ctx.args.lang, ceiling=_ceiling(ctx))
    if ctx.args.delimiter and ctx.args.format != "csv":
        raise BrieferError("--delimiter works with --format csv only")
    write_actions(lines, Path(ctx.args.output), ctx.args.format, ctx.args.lang, ctx.args.delimiter)
    ctx.out(f"wrote {counted('actions', len(lines))} to {ctx.args.output}")
    return 0


def parse_since(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BrieferError(f"--since: {text!r} is not a date (use YYYY-MM-DD or an ISO time)") from None
    if moment.tzinfo is None:
        # a bare date or local time: read it on this laptop's clock
        moment = moment.astimezone()
    return moment.astimezone(timezone.utc)


def cmd_export_bundle(ctx: Context) -> int:
    from briefer.exchange.bundle import export_bundle
    from briefer.i18n import counted

    args = ctx.args
    check_output_path(args.output)
    since = None if args.all or not args.since else parse_since(args.since)
    only = "all" if args.all else args.only
    summary = export_bundle(ctx.store(), Path(args.output), since=since, only=only)
    total = sum(summary.counts.values())
    ctx.out(f"wrote {args.output}: {counted('records', total)}, {counted('deletions', summary.tombstones)}, "
            f"{counted('conflict_copies', summary.conflicts)}, {counted('attachments', summary.attachments)}, "
            f"{summary.size:,} bytes")
    return 0


# ---------------------------------------------------------------------- import
def cmd_import(ctx: Context) -> int:
    from briefer.exchange.merge import import_bundle

    report = import_bundle(ctx.store(), Path(ctx.args.file), dry_run=ctx.args.dry_run)
    prefix = "dry run — nothing changed: " if report.dry_run else ""
    groups = (("added", report.added), ("updated", report.updated), ("conflict", report.conflicted),
              ("deleted", report.deleted), ("kept", report.kept))
    if ctx.args.verbose or report.dry_run:
        rows = [[what, c.kind, c.record_id[:8], c.label] for what, items in groups for c in items]
        if rows:
            ctx.out(table(["Change", "Kind", "Id", "Record"], rows))
    ctx.out(prefix + report.summary())
    if report.conflicted and not report.dry_run:
        ctx.out("see 'briefer conflicts' to resolve the conflicts")
    return 0


# ---------------------------------------------------------------------- conflicts
def cmd_conflicts(ctx: Context) -> int:
    from briefer.exchange.conflicts import list_conflicts

    views = list_conflicts(ctx.store(), include_resolved=ctx.args.all)
    if ctx.args.json:
        ctx.out(as_json([
            {"id": v.copy.id, "kind": v.kind, "record_id": v.copy.record_id, "record": v.label,
             "fields": list(v.fields), "status": v.copy.status, "resolution": v.copy.resolution,
             "imported_at": v.copy.imported_at, "source_install": v.copy.source_install, "theirs": v.copy.data}
            for v in views]))
        return 0
    if not views:
        ctx.out("no conflicts")
        return 0
    ctx.out(table(["Id", "Kind", "Record", "Fields that differ", "Imported", "Status"],
                  [[v.copy.id[:8], v.kind, v.label, ", ".join(v.fields) or "(metadata only)",
                    v.copy.imported_at[:16].replace("T", " "), v.copy.status + (f" ({v.copy.resolution})"
                                                                                if v.copy.resolution else "")]
                   for v in views]))
    return 0


def cmd_conflict_show(ctx: Context) -> int:
    from briefer.exchange.conflicts import get_conflict

    v = get_conflict(ctx.store(), ctx.args.id)
    cur = v.current.model_dump(mode="json") if v.current else {}
    ctx.out(f"{v.kind} '{v.label}' ({v.copy.record_id}) — conflict {v.copy.id}, {v.copy.status}")
    for name in v.fields:
        ctx.out(f"  {name}:")
        ctx.out(f"    local:  {cur.get(name)!s}")
        ctx.out(f"    theirs: {v.copy.data.get(name)!s}")
    if not v.fields:
        ctx.out("  the two versions differ only in revision and time stamps")
    return 0


def cmd_conflict_resolve(ctx: Context) -> int:
    from briefer.exchange.conflicts import resolve

    rec = resolve(ctx.store(), ctx.args.id, ctx.args.keep)
    what = rec.label() if rec is not None else ctx.args.id
    ctx.out(f"resolved: kept {ctx.args.keep} for '{what}'")
    return 0
