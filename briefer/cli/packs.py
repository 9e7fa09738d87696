"""Sub-commands for briefing packs: ``pack`` (print one) and ``prints`` (the print register)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date

from briefer.cli.context import Context
from briefer.cli.output import as_json, table
from briefer.errors import BrieferError
from briefer.files import check_output_path

SECTION_NAMES = ("programme", "meetings", "country-briefs", "biographies", "attachments", "speaking-notes", "contacts")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "pack", help="print a briefing pack (PDF) for one person",
        description="Print a briefing pack for one person: cover, contents, programme, one chapter per "
        "bilateral (meeting sheet, country brief, biographies, attachments), speaking notes and contacts.",
    )
    p.add_argument("--for", dest="person", metavar="PERSON",
                   help="whom the pack is for: a name or id (default for --meeting: the meeting's principal; "
                   "for --changes-since: the person of that print)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD; default: the conference's first day)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD; default: the conference's last day)")
    p.add_argument("--lang", choices=("nl", "en"),
                   help="language of labels, dates and country names (default nl; for an addendum, that of copy N)")
    p.add_argument("--classification", metavar="TEXT",
                   help="marking on every page, e.g. 'Dep. VERTROUWELIJK' (default: the highest of the content)")
    status = p.add_mutually_exclusive_group()
    status.add_argument("--draft", dest="draft", action="store_true", default=True,
                        help="mark every page CONCEPT/DRAFT (the default)")
    status.add_argument("--final", dest="draft", action="store_false",
                        help="a final pack, without the draft mark; refused while any brief in it is not final")
    p.add_argument("--override", metavar="REASON",
                   help="with --final: print final although some briefs are not; the reason and your name "
                   "are recorded in the print register")
    p.add_argument("--sections", metavar="LIST",
                   help=f"comma-separated sections to include (default all: {','.join(SECTION_NAMES)})")
    p.add_argument("--skip", metavar="LIST", help="comma-separated sections to leave out")
    p.add_argument("--password", action="store_true",
                   help="encrypt the PDF (AES-256; printing allowed, copying and editing not); the password is "
                        f"taken from {PASSWORD_ENV} if set, else asked twice on the terminal")
    p.add_argument("--password-file", metavar="FILE",
                   help="encrypt the PDF with the password on the first line of FILE ('-': standard input)")
    p.add_argument("--watermark", action="store_true", help="print 'Personal copy for …' across every page")
    p.add_argument("--duplex", action="store_true",
                   help="for printing on both sides: every chapter starts on a right-hand (odd) page")
    p.add_argument("--meeting", metavar="ID", help="a one- or two-page brief of this meeting only (id or id prefix)")
    p.add_argument("--changes-since", type=_copy_number, metavar="N",
                   help="an addendum with only the sections changed since print number N")
    p.set_defaults(handler=cmd_pack)

    p = sub.add_parser("prints", help="list the print register: which pack was printed for whom, when")
    p.add_argument("--for", dest="person", metavar="PERSON")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_prints, reads_only=True)


def _date(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BrieferError(f"{text!r} is not a date; write YYYY-MM-DD", field=option) from None


def _sections(ctx: Context):
    from briefer.packs import ALL_SECTIONS, Section

    def parse(text: str, option: str) -> set:
        out = set()
        for name in (n.strip() for n in text.split(",") if n.strip()):
            try:
                out.add(Section(name))
            except ValueError:
                raise BrieferError(f"unknown section {name!r}; use: {', '.join(SECTION_NAMES)}", field=option) from None
        return out

    chosen = set(ALL_SECTIONS)
    if ctx.args.sections:
        chosen = parse(ctx.args.sections, "--sections")
    if ctx.args.skip:
        chosen -= parse(ctx.args.skip, "--skip")
    return frozenset(chosen)


def _copy_number(text: str) -> int:
    """A print-register copy number argparse can check (a huge one used to overflow SQLite)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a copy number") from None
    if not 1 <= value < 2 ** 63:
        raise argparse.ArgumentTypeError("a copy number is 1 or more (see 'briefer prints')")
    return value


PASSWORD_ENV = "BRIEFER_PACK_PASSWORD"


def _terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _password_from_file(name: str) -> str:
    try:
        if name == "-":
            text = sys.stdin.readline() if sys.stdin is not None else ""
        else:
            with open(name, encoding="utf-8-sig") as f:
                text = f.readline()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise BrieferError(f"cannot read the password file {name}: {reason}", field="--password-file") from None
    password = text.rstrip("\r\n")
    if not password:
        raise BrieferError(f"the password file {name} has no password on its first line", field="--password-file")
    return password


def _password(args) -> str | None:
    """The pack's password: from --password-file, else $BRIEFER_PACK_PASSWORD, else asked twice.

    Scripts and schedulers have no terminal; getpass would then read from a closed stdin and
    end in a traceback, so without a terminal the way to give the password is named instead.
    """
    if args.password_file:
        return _password_from_file(args.password_file)
    if not args.password:
        return None
    env = os.environ.get(PASSWORD_ENV)
    if env is not None:
        if not env:
            raise BrieferError(f"{PASSWORD_ENV} is empty; an empty password cannot protect a pack", field="--password")
        return env
    if not _terminal():
        raise BrieferError(f"no terminal to ask the password on: set {PASSWORD_ENV} or use --password-file FILE",
                           field="--password")
    try:
        return _ask_password()
    except (EOFError, KeyboardInterrupt):
        raise BrieferError("no password given; nothing was written", field="--password") from None


def _ask_password() -> str:
    first = getpass.getpass("Password for the PDF: ")
    if not first:
        raise BrieferError("an empty password cannot protect a pack", field="--password")
    if getpass.getpass("Repeat the password: ") != first:
        raise BrieferError("the two passwords differ; nothing was written", field="--password")
    return first


def cmd_pack(ctx: Context) -> int:
    from briefer.i18n import counted
    from briefer.model import Classification
    from briefer.packs import NothingChanged, PackOptions, build_pack
    from briefer.store import lookup

    args = ctx.args
    check_output_path(args.output)  # before the pack is composed and registered
    store = ctx.store()
    classification = None
    if args.classification:
        try:
            classification = Classification.parse(args.classification)
        except ValueError as exc:
            raise BrieferError(str(exc), field="--classification") from None
    if args.override and args.draft:
        raise BrieferError("--override only applies to a --final pack", field="--override")
    recipient_id = lookup.person(store, args.person).id if args.person else None
    meeting_id = lookup.by_id(store.meetings, args.meeting).id if args.meeting else None
    options = PackOptions(
        recipient_id=recipient_id, start=_date(args.start, "--from"), end=_date(args.end, "--to"), lang=args.lang,
        classification=classification, draft=args.draft, sections=_sections(ctx), meeting_id=meeting_id,
        watermark=args.watermark, password=_password(args), changes_since=args.changes_since,
        final_override=args.override, duplex=args.duplex,
    )
    try:
        result = build_pack(store, options, args.output)
    except NothingChanged as current:  # not a mistake: the copy in the binder is up to date
        ctx.out(f"nothing changed since copy {current.plan.base_number} — no addendum written, none registered")
        return 0
    plan = result.plan
    if plan.kind == "pack" and not plan.chapters and "meetings" in {s.value for s in options.sections}:
        ctx.err(f"briefer: note: {plan.recipient_name} has no bilateral meetings in this period")
    what = {"pack": "pack", "meeting": "meeting brief", "addendum": "addendum"}[plan.kind]
    ctx.out(f"wrote {result.path} — {what} for {plan.recipient_name}: {counted('pages', result.pages)}, "
            f"copy {result.number}, version {result.version}"
            + (", encrypted" if options.password else ""))
    if plan.kind == "meeting" and result.pages > 2:
        ctx.err(f"briefer: warning: the one-page brief runs to {result.pages} pages; shorten the meeting brief "
                "(or print the full pack for this meeting's chapter)")
    if result.missing_glyphs:
        ctx.err("briefer: warning: the pack font has no glyphs for " + " ".join(result.missing_glyphs)
                + " — these characters print as empty boxes")
    if plan.kind == "addendum":
        for c in plan.changes:
            ctx.out(f"  {c.what}: {c.title}")
    return 0


def cmd_prints(ctx: Context) -> int:
    from briefer.store import lookup
    from briefer.store.print_register import PrintRegister

    store = ctx.store()
    who = lookup.person(store, ctx.args.person).id if ctx.args.person else None
    rows = PrintRegister(store).list(who)
    if ctx.args.json:
        ctx.out(as_json([r.model_dump(mode="json") for r in rows]))
        return 0
    if not rows:
        ctx.out("nothing printed yet")
        return 0
    conf = store.conference()
    tz = conf.tz if conf else None
    ctx.out(table(
        ["Copy", "Printed", "By", "For", "Kind", "Version", "Pages", "Classification", "File"],
        [[r.number, (r.printed_at.astimezone(tz) if tz else r.printed_at).strftime("%Y-%m-%d %H:%M"), r.printed_by,
          r.recipient_name, r.kind + (f" (since {r.base_number})" if r.base_number else "")
          + (f" (final over non-final briefs by {r.override_by}: {r.override_reason})" if r.override_reason else ""),
          r.version, r.pages,
          r.classification.marking or "ongerubriceerd", r.filename] for r in rows],
    ))
    return 0
