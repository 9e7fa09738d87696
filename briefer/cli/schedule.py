"""Sub-commands for the schedule: slots, ics, import-ics, walking (and ``check --schedule``)."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from briefer.cli.context import Context
from briefer.files import check_output_path
from briefer.cli.output import as_json, table
from briefer.errors import Ambiguous, CheckFailed, InvalidRecord, NotFound
from briefer.cli.lazy import LazyModule

lookup = LazyModule("briefer.store.lookup")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("slots", help="propose free slots for a bilateral (principal, counterpart head and a room free)")
    p.add_argument("--principal", required=True, metavar="PERSON", help="the Dutch principal (name or id)")
    p.add_argument("--country", metavar="COUNTRY",
                   help="the counterpart country (a name or ISO code: India, Ivoorkust, IND); its head of delegation")
    p.add_argument("--with", dest="counterpart", metavar="PERSON", help="a named counterpart instead of the head")
    p.add_argument("--duration", type=_minutes, default=20, metavar="MIN", help="length in minutes (default 20)")
    p.add_argument("--day", metavar="DATE", help="only this conference day (YYYY-MM-DD)")
    p.add_argument("--break", dest="min_break", type=_minutes, default=5, metavar="MIN",
                   help="minimum break before and after (default 5)")
    p.add_argument("--limit", type=int, default=5, help="how many slots to propose (default 5)")
    p.add_argument("--why", action="store_true", help="also say why earlier times were passed over")
    p.add_argument("--lang", choices=("en", "nl"), default="en", help="language of the output (default en)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_slots, reads_only=True)

    p = sub.add_parser("ics", help="export a person's sessions and bilaterals as an iCalendar file")
    p.add_argument("--for", dest="person", required=True, metavar="PERSON", help="name or id")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.add_argument("--public", action="store_true", help="leave out every classified text")
    p.add_argument("--lang", choices=("en", "nl"), default="en",
                   help="language of the titles and descriptions (\"Bilateraal met de Europese Commissie\"; default en)")
    p.set_defaults(handler=cmd_ics)  # remembers what it wrote, so the next export can raise SEQUENCE

    p = sub.add_parser("import-ics", help="import the organisers' programme (iCalendar) into sessions")
    p.add_argument("file", metavar="FILE.ics")
    p.add_argument("--dry-run", action="store_true", help="print what would change, change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import_ics)

    p = sub.add_parser("walking", help="show or set walking times between rooms")
    wsub = p.add_subparsers(dest="walking_command", metavar="ACTION")
    w = wsub.add_parser("show", help="the matrix between all rooms")
    w.set_defaults(handler=cmd_walking_show, reads_only=True)
    w = wsub.add_parser("set", help="minutes between two rooms (both directions)")
    w.add_argument("room_a")
    w.add_argument("room_b")
    w.add_argument("minutes", type=int)
    w.set_defaults(handler=cmd_walking_set, reads_only=False)
    w = wsub.add_parser("default", help="default minutes between two rooms of one venue")
    w.add_argument("venue")
    w.add_argument("minutes", type=int)
    w.set_defaults(handler=cmd_walking_default, reads_only=False)
    p.set_defaults(handler=cmd_walking_show, reads_only=True)


def _minutes(text: str) -> int:
    """Minutes argparse can check: a huge number used to overflow the time arithmetic."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of minutes") from None
    if not 0 <= value <= 24 * 60:
        raise argparse.ArgumentTypeError("must be from 0 to 1440 minutes")
    return value


# ---------------------------------------------------------------------- check --schedule
def cmd_check_schedule(ctx: Context) -> int:
    """``briefer check --schedule [--lang nl]``: every conflict in the programme."""
    from briefer.i18n import counted
    from briefer.schedule.conflicts import ERROR, check_schedule
    from briefer.schedule.items import load_schedule

    schedule = load_schedule(ctx.store(), lang=ctx.args.lang)
    findings = check_schedule(schedule)
    for f in findings:
        ctx.out(f"{schedule.text('severity_' + f.severity)}: {f.message}")
    errors = sum(1 for f in findings if f.severity == ERROR)
    warnings = len(findings) - errors
    lang = schedule.lang
    what = schedule.text("cli_schedule_what", sessions=counted("sessions", len(schedule.sessions), lang),
                         meetings=counted("bilaterals", len(schedule.meetings), lang))
    if errors:
        raise CheckFailed(schedule.text("cli_schedule_failed", errors=counted("errors", errors, lang),
                                        warnings=counted("warnings", warnings, lang), what=what))
    ctx.out(schedule.text("cli_schedule_ok", warnings=counted("warnings", warnings, lang), what=what))
    return 0


# ---------------------------------------------------------------------- slots
def cmd_slots(ctx: Context) -> int:
    from briefer.i18n import format_span
    from briefer.schedule.items import ScheduleIndex, load_schedule
    from briefer.schedule.slots import SlotRequestError, find_slots

    a = ctx.args
    store = ctx.store()
    principal = lookup.person(store, a.principal)
    counterpart = lookup.person(store, a.counterpart) if a.counterpart else None
    country = lookup.country(a.country) if a.country else None
    if country is None and counterpart is None:
        raise InvalidRecord("give the counterpart: --country COUNTRY or --with PERSON", field="--country")
    for name, value, low in (("--duration", a.duration, 1), ("--break", a.min_break, 0), ("--limit", a.limit, 1)):
        if value < low:
            raise InvalidRecord(f"must be at least {low}", field=name)
    day = None
    if a.day:
        try:
            day = date.fromisoformat(a.day)
        except ValueError:
            raise InvalidRecord(f"'{a.day}' is not a date (use YYYY-MM-DD)", field="--day") from None
    schedule = load_schedule(store, lang=a.lang)
    try:
        result = find_slots(
            ScheduleIndex(schedule), principal.id, counterpart_id=counterpart.id if counterpart else None,
            country=country, duration=timedelta(minutes=a.duration), day=day,
            min_break=timedelta(minutes=a.min_break), limit=a.limit,
        )
    except SlotRequestError as exc:
        raise InvalidRecord(str(exc), field=f"--{exc.field}") from None
    tz = schedule.conference.timezone
    if a.json:
        ctx.out(as_json({
            "principal_id": result.principal_id, "counterpart_id": result.counterpart_id,
            "slots": [{"start": s.start.isoformat(), "end": s.end.isoformat(), "room_id": s.room_id,
                       "room": schedule.room_name(s.room_id), "walking_minutes": s.walking_minutes}
                      for s in result.slots],
            "rejected": [{"from": r.start.isoformat(), "to": r.last_start.isoformat(), "reason": r.reason}
                         for r in result.rejected],
            "notes": list(result.notes),
        }))
        return 0
    text, lang = schedule.text, schedule.lang
    for n in result.notes:
        ctx.err(f"briefer: {text('cli_note')}: {n}")
    who = principal.full_name
    if result.counterpart_id:
        who += f" {text('and')} {schedule.person_name(result.counterpart_id)}"
    if not result.slots:
        ctx.out(text("cli_no_slot", minutes=a.duration, who=who))
    else:
        ctx.out(text("cli_slots", minutes=a.duration, who=who, tz=tz))
        ctx.out(table(["#", text("cli_when"), text("room"), text("cli_walking")],
                      [[i, format_span(s.start, s.end, tz, lang),
                        schedule.room_name(s.room_id) if s.room_id else "—",
                        f"{s.walking_minutes} min"] for i, s in enumerate(result.slots, 1)]))
    if a.why and result.rejected:
        ctx.out("")
        ctx.out(text("cli_passed_over"))
        for r in result.rejected:
            span = format_span(r.start, r.last_start, tz, lang) if r.last_start != r.start else \
                format_span(r.start, r.start, tz, lang).rsplit("–", 1)[0]
            ctx.out(f"  {span}: {r.reason}")
    elif result.rejected and not a.why:
        from briefer.i18n import counted

        ctx.out(text("cli_passed_over_count", what=counted("earlier_time_ranges", len(result.rejected), lang)))
    return 0


# ---------------------------------------------------------------------- ics export
def cmd_ics(ctx: Context) -> int:
    from briefer.i18n import counted
    from briefer.schedule.calendar_file import write_person_calendar

    out = check_output_path(ctx.args.output)
    store = ctx.store()
    person = lookup.person(store, ctx.args.person)
    w = write_person_calendar(store, person.id, out, lang=ctx.args.lang, public=ctx.args.public)
    mode = " (public: classified text left out)" if w.public else ""
    extra = f" ({w.cancelled} cancelled)" if w.cancelled else ""
    ctx.out(f"wrote {w.path}: {counted('sessions', w.sessions)} and {counted('bilaterals', w.bilaterals)}{extra} "
            f"for {w.person}{mode}")
    return 0


# ---------------------------------------------------------------------- ics import
def cmd_import_ics(ctx: Context) -> int:
    from briefer.i18n import format_span
    from briefer.schedule.ics_import import import_calendar
    from briefer.schedule.ics_read import read_calendar_file

    path = Path(ctx.args.file)
    data = read_calendar_file(path)
    store = ctx.store()
    plan = import_calendar(store, data, file=str(path), dry_run=ctx.args.dry_run)
    tz = store.require_conference().timezone
    if ctx.args.json:
        ctx.out(as_json({
            "file": plan.file, "dry_run": ctx.args.dry_run,
            "changes": [{"action": c.action, "uid": c.key, "title": c.title,
                         "start": c.start.isoformat() if c.start else None,
                         "end": c.end.isoformat() if c.end else None, "detail": c.detail} for c in plan.changes],
            "skipped": [s.__dict__ for s in plan.skipped],
            "new_rooms": [r.name for r in plan.new_rooms],
        }))
        return 0
    for c in plan.changes:
        if c.action == "unchanged" and not c.detail:
            continue
        when = format_span(c.start, c.end, tz) if c.start and c.end else ""
        ctx.out(f"{c.action:9} {when}  {c.title}" + (f"  ({c.detail})" if c.detail else ""))
    for r in plan.new_rooms:
        ctx.out(f"new room  {r.name}" + (f", {r.venue}" if r.venue else ""))
    for s in plan.skipped:
        ctx.out(f"skipped   {s.when}  {s.title or s.uid}  ({s.reason})")
    prefix = "dry run, nothing changed: would be " if ctx.args.dry_run else ""
    ctx.out(f"{prefix}{plan.summary()} — {path}")
    return 0


# ---------------------------------------------------------------------- walking
def _room(store, text: str):
    from briefer.store.lookup import fold

    try:
        return lookup.by_id(store.rooms, text)
    except NotFound:
        pass
    rooms = [r for r in store.rooms.list() if fold(r.name) == fold(text)]
    if len(rooms) == 1:
        return rooms[0]
    if not rooms:
        raise NotFound(f"no room called '{text}'")
    raise Ambiguous(f"{len(rooms)} rooms are called '{text}'; give the id")


def cmd_walking_show(ctx: Context) -> int:
    from briefer.store.walking import WalkingTimeRepository

    store = ctx.store()
    rooms = store.rooms.list()
    matrix = WalkingTimeRepository(store).load()
    if not rooms:
        ctx.out("no rooms yet")
        return 0
    headers = ["Room", "Venue"] + [r.name for r in rooms]
    rows = [[a.name, a.venue] + [matrix.minutes(a.id, b.id) for b in rooms] for a in rooms]
    ctx.out(table(headers, rows))
    ctx.out(f"(minutes; defaults: {matrix.same_venue_default} within a venue, {matrix.other_venue_default} across "
            "venues" + "".join(f"; {v or 'no venue'}: {m}" for v, m in sorted(matrix.venue_defaults.items())) + ")")
    return 0


def cmd_walking_set(ctx: Context) -> int:
    from briefer.store.walking import WalkingTimeRepository

    store = ctx.store()
    a, b = _room(store, ctx.args.room_a), _room(store, ctx.args.room_b)
    WalkingTimeRepository(store).set_pair(a.id, b.id, ctx.args.minutes)
    ctx.out(f"walking time {a.name} ↔ {b.name}: {ctx.args.minutes} min")
    return 0


def cmd_walking_default(ctx: Context) -> int:
    from briefer.store.walking import WalkingTimeRepository

    store = ctx.store()
    venues = {r.venue for r in store.rooms.list()}
    if ctx.args.venue not in venues:
        raise NotFound(f"no room is in the venue '{ctx.args.venue}' (venues: {', '.join(sorted(venues)) or 'none'})")
    WalkingTimeRepository(store).set_venue_default(ctx.args.venue, ctx.args.minutes)
    ctx.out(f"default walking time within {ctx.args.venue}: {ctx.args.minutes} min")
    return 0
