"""Sub-commands for the conference's own settings and reference data: conference, organisation, room.

``briefer conference new`` does for scripts what the welcome screen does for
people; ``set`` changes a conference after the fact under the rules of
briefer/store/conference_settings.py (nothing moved or orphaned silently).
Organisations and rooms are created, edited and deleted here as in the app.
"""

from __future__ import annotations

import argparse
from datetime import date, time
from typing import TYPE_CHECKING

from briefer.cli.context import Context
from briefer.cli.output import as_json, table
from briefer.errors import Ambiguous, InvalidRecord, NotFound, Refused

if TYPE_CHECKING:  # annotations only: the command line imports models when a command runs
    from briefer.model import Conference, Organisation, Room

#: RoomKind's and OrganisationType's values, written out: building the parser imports no model
#: (tests/test_cli_startup.py keeps them equal to the enums)
ROOM_KINDS = ("plenary", "bilateral", "pavilion", "press", "office", "other")
ORG_TYPES = ("un_agency", "intergovernmental", "ngo", "national_institute", "ministry", "other")
#: A script's passphrase for an encrypted earlier conference (--from, history); a person types it instead.
ENV_EARLIER_PASSPHRASE = "BRIEFER_EARLIER_PASSPHRASE"
#: An option not given (``--capacity none`` clears the capacity, so None cannot mean "not given").
_UNSET = object()


# ---------------------------------------------------------------------- argument types
def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


def _time(text: str) -> time:
    try:
        value = time.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time of day in the form HH:MM") from None
    if value.tzinfo is not None:
        raise argparse.ArgumentTypeError(f"'{text}': give the local time without an offset, such as 08:00")
    return value


def _span(text: str) -> tuple[time, time]:
    opens, sep, closes = text.partition("-")
    if not sep:
        raise argparse.ArgumentTypeError(f"'{text}' is not opening hours in the form HH:MM-HH:MM")
    return _time(opens), _time(closes)


def _day_hours(text: str) -> tuple[date, tuple[time, time] | None]:
    day, sep, hours = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"'{text}' is not DATE=HH:MM-HH:MM (or DATE=default)")
    return _date(day), (None if hours.strip().lower() == "default" else _span(hours))


def _yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "y", "true", "1", "ja", "j"):
        return True
    if value in ("no", "n", "false", "0", "nee"):
        return False
    raise argparse.ArgumentTypeError(f"'{text}' is not yes or no")


def _capacity(text: str) -> int | None:
    if text.strip() in ("", "-", "none"):
        return None
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of seats") from None
    if not 1 <= value <= 100_000:
        raise argparse.ArgumentTypeError("must be from 1 to 100000 seats")
    return value


# ---------------------------------------------------------------------- parsers
def _conference_fields(p: argparse.ArgumentParser, *, new: bool) -> None:
    p.add_argument("--name", required=new, help="the name as the organisers publish it")
    p.add_argument("--name-nl", help="the Dutch name, if it has one")
    p.add_argument("--city", required=new)
    p.add_argument("--venue", help="the main venue")
    p.add_argument("--start", type=_date, required=new, metavar="YYYY-MM-DD", help="first day")
    p.add_argument("--end", type=_date, required=new, metavar="YYYY-MM-DD", help="last day")
    p.add_argument("--timezone", required=new, metavar="AREA/CITY", help="IANA timezone, e.g. Asia/Baku")
    p.add_argument("--hours", type=_span, metavar="HH:MM-HH:MM",
                   help="the daily opening hours (default 08:00-20:00); bilaterals outside them are flagged")
    p.add_argument("--day-hours", type=_day_hours, action="append", default=[], metavar="DATE=HH:MM-HH:MM",
                   help="one day's own hours (repeatable; DATE=default drops the day's own hours)")


def _org_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name-nl", help="the Dutch name (e.g. Europese Commissie)")
    p.add_argument("--acronym", help="used in titles when given (\"Bilateral with FAO\")")
    p.add_argument("--article-en", choices=("the", "none"), help="\"the\" if English says \"the European Commission\"")
    p.add_argument("--article-nl", choices=("de", "het", "none"), help="\"de\" or \"het\" as Dutch says it")
    p.add_argument("--in-titles", choices=("acronym", "name"),
                   help="how titles name it: \"Bilateral with FAO\" (acronym, the default when there is one) "
                        "or \"Bilateral with the European Commission\" (name)")
    p.add_argument("--type", choices=ORG_TYPES)
    p.add_argument("--country", metavar="COUNTRY", help="home country (name or ISO code), if any")


def _room_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--venue")
    p.add_argument("--floor")
    p.add_argument("--kind", choices=ROOM_KINDS, help="what the room is for")
    p.add_argument("--capacity", type=_capacity, default=_UNSET, metavar="SEATS", help="seats ('none' to clear)")
    p.add_argument("--bilaterals", type=_yes_no, metavar="yes|no",
                   help="fit for bilaterals: only such rooms are proposed by 'briefer slots'")
    p.add_argument("--booths", type=_yes_no, metavar="yes|no", help="has interpretation booths")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("conference", help="create, show or change the conference (name, place, dates, timezone, hours)")
    csub = p.add_subparsers(dest="conference_command", metavar="ACTION")
    c = csub.add_parser("new", help="create the conference in an empty data folder")
    _conference_fields(c, new=True)
    c.add_argument("--from", dest="from_dir", metavar="EARLIER_DATA_DIR",
                   help="base it on the conference in this data folder (read only, never changed)")
    c.add_argument("--bring", default="briefs,organisations,people,topics", metavar="WHAT,...",
                   help="with --from: what comes along, from briefs, organisations, people, rooms, topics "
                        "(default: all but rooms, which belong to a venue); meetings, notes and actions never do")
    c.set_defaults(handler=cmd_conference_new, reads_only=False)
    c = csub.add_parser("show", help="the conference's settings")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_conference_show, reads_only=True)
    c = csub.add_parser("set", help="change settings; refused when a session or bilateral would fall outside")
    _conference_fields(c, new=False)
    c.add_argument("--keep", choices=("wall-clock", "instants"),
                   help="with a new timezone: keep the sessions' local times (wall-clock) or their moments (instants)")
    c.set_defaults(handler=cmd_conference_set, reads_only=False)
    p.set_defaults(handler=cmd_conference_show, reads_only=True, json=False)

    p = sub.add_parser("organisation", help="add, edit, delete or list organisations (counterparts of bilaterals)")
    osub = p.add_subparsers(dest="organisation_command", metavar="ACTION")
    o = osub.add_parser("add", help="a new organisation")
    o.add_argument("name", help="the English name (e.g. European Commission)")
    _org_fields(o)
    o.set_defaults(handler=cmd_organisation_add, reads_only=False)
    o = osub.add_parser("edit", help="change an organisation")
    o.add_argument("organisation", metavar="ORGANISATION", help="acronym, name or id")
    o.add_argument("--name", help="the English name")
    _org_fields(o)
    o.set_defaults(handler=cmd_organisation_edit, reads_only=False)
    o = osub.add_parser("delete", help="delete an organisation nobody refers to")
    o.add_argument("organisation", metavar="ORGANISATION", help="acronym, name or id")
    o.set_defaults(handler=cmd_organisation_delete, reads_only=False)
    o = osub.add_parser("list", help="every organisation")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=cmd_organisation_list, reads_only=True)
    p.set_defaults(handler=cmd_organisation_list, reads_only=True, json=False)

    p = sub.add_parser("room", help="add, edit, delete or list rooms (venue, kind, capacity, fit for bilaterals)")
    rsub = p.add_subparsers(dest="room_command", metavar="ACTION")
    r = rsub.add_parser("add", help="a new room")
    r.add_argument("name")
    _room_fields(r)
    r.set_defaults(handler=cmd_room_add, reads_only=False)
    r = rsub.add_parser("edit", help="change a room")
    r.add_argument("room", metavar="ROOM", help="name or id")
    r.add_argument("--name")
    _room_fields(r)
    r.set_defaults(handler=cmd_room_edit, reads_only=False)
    r = rsub.add_parser("delete", help="delete a room no session or bilateral uses")
    r.add_argument("room", metavar="ROOM", help="name or id")
    r.set_defaults(handler=cmd_room_delete, reads_only=False)
    r = rsub.add_parser("list", help="every room")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_room_list, reads_only=True)
    p.set_defaults(handler=cmd_room_list, reads_only=True, json=False)


# ---------------------------------------------------------------------- conference
def _conference_changes(a: argparse.Namespace, current: Conference | None) -> dict:
    changes: dict = {}
    for option, fieldname in (("name", "name"), ("name_nl", "name_nl"), ("city", "city"), ("venue", "venue"),
                              ("start", "start_date"), ("end", "end_date"), ("timezone", "timezone")):
        value = getattr(a, option)
        if value is not None:
            changes[fieldname] = value
    if a.hours is not None:
        changes["day_start"], changes["day_end"] = a.hours
    if a.day_hours:
        own: dict = {d.isoformat(): h.model_dump() for d, h in current.day_hours.items()} if current else {}
        for day, span in a.day_hours:
            if span is None:
                own.pop(day.isoformat(), None)
            else:
                own[day.isoformat()] = {"start": span[0], "end": span[1]}  # validated with the conference: errors name the day
        changes["day_hours"] = own
    return changes


def cmd_conference_new(ctx: Context) -> int:
    from briefer.model import Conference
    from briefer.store.repository import validate

    store = ctx.store()
    existing = store.conference()
    if existing is not None:
        raise Refused(f"this data folder already holds the conference '{existing.name}'; change it with "
                      "'briefer conference set', or use another --data-dir", file=str(ctx.paths.database))
    if not store.is_empty():
        raise Refused("this data folder is not empty; create a conference in a new --data-dir",
                      file=str(ctx.paths.database))
    conference = validate(Conference, _conference_changes(ctx.args, None))
    if ctx.args.from_dir:
        return _conference_from(ctx, store, conference)
    conf = store.conference_repo.add(conference)
    ctx.out(f"created the conference '{conf.name}' ({conf.start_date.isoformat()} to {conf.end_date.isoformat()}, "
            f"{conf.city}, {conf.timezone}) in {ctx.paths.database}")
    return 0


def earlier_passphrase(ctx: Context, folder) -> str | None:
    """The passphrase of an encrypted earlier conference: BRIEFER_EARLIER_PASSPHRASE, else asked."""
    import os

    from briefer.paths import database_in
    from briefer.store.db import PassphraseRequired
    from briefer.store.earlier import is_locked

    if not is_locked(database_in(folder)):
        return None
    env = os.environ.get(ENV_EARLIER_PASSPHRASE)
    if env:
        return env
    if ctx._interactive():
        return ctx.prompt_secret(f"Passphrase for the earlier conference in {folder}: ")
    raise PassphraseRequired(f"the earlier conference in {folder} is locked (encrypted): set "
                             f"{ENV_EARLIER_PASSPHRASE} or run the command in a terminal to be asked",
                             file=str(database_in(folder)))


def _conference_from(ctx: Context, store, conference: Conference) -> int:
    from pathlib import Path

    from briefer.paths import database_in
    from briefer.store.carry import parse_bring, start_from
    from briefer.store.earlier import open_earlier

    bring = parse_bring(ctx.args.bring)
    folder = Path(ctx.args.from_dir).expanduser().resolve()
    if folder == ctx.paths.data_dir:
        raise Refused("--from names this data folder itself; give the earlier conference's folder")
    with open_earlier(database_in(folder), earlier_passphrase(ctx, folder), user=store.user) as earlier:
        old = earlier.require_conference().name
        result = start_from(earlier, store, conference, bring, folder)
    conf = result.conference
    brought = ", ".join(f"{n} {what}" for what, n in result.counts.items()) or "nothing else"
    ctx.out(f"created the conference '{conf.name}' ({conf.start_date.isoformat()} to {conf.end_date.isoformat()}, "
            f"{conf.city}, {conf.timezone}) in {ctx.paths.database}, based on '{old}': {brought}"
            + ("; the briefs start as drafts" if result.counts.get("briefs") else ""))
    return 0


def _hours(conf: Conference) -> list[list[str]]:
    rows = []
    for day in conf.days():
        opens, closes = conf.hours_on(day)
        rows.append([day.isoformat(), f"{opens:%H:%M}–{closes:%H:%M}", "" if day in conf.day_hours else "default"])
    return rows


def cmd_conference_show(ctx: Context) -> int:
    conf = ctx.store().require_conference()
    if getattr(ctx.args, "json", False):
        ctx.out(as_json(conf.model_dump(mode="json")))
        return 0
    ctx.out(table(["Setting", "Value"], [
        ["Name", conf.name], ["Dutch name", conf.name_nl], ["City", conf.city], ["Venue", conf.venue],
        ["Dates", f"{conf.start_date.isoformat()} to {conf.end_date.isoformat()}"], ["Timezone", conf.timezone],
        ["Hours", f"{conf.day_start:%H:%M}–{conf.day_end:%H:%M}"],
    ]))
    ctx.out("")
    ctx.out(table(["Day", "Hours", ""], _hours(conf)))
    return 0


def cmd_conference_set(ctx: Context) -> int:
    from briefer.i18n import counted
    from briefer.store.conference_settings import change_conference

    store = ctx.store()
    changes = _conference_changes(ctx.args, store.require_conference())
    if not changes:
        raise InvalidRecord("nothing to change: give at least one option (see 'briefer conference set --help')")
    result = change_conference(store, changes, keep=ctx.args.keep)
    moved = result.moved_sessions + result.moved_meetings
    ctx.out(f"saved the conference '{result.conference.name}' (revision {result.conference.revision})"
            + (f"; {counted('sessions', result.moved_sessions)} and {counted('bilaterals', result.moved_meetings)} "
               "keep their local times"
               if moved else ""))
    return 0


# ---------------------------------------------------------------------- organisations
def _organisation(store, text: str) -> Organisation:
    from briefer.store import lookup

    try:
        return lookup.by_id(store.organisations, text)  # type: ignore[return-value]
    except NotFound:
        pass
    want = lookup.fold(text)
    orgs = store.organisations.list()
    found = [o for o in orgs if want in {lookup.fold(o.acronym), lookup.fold(o.name), lookup.fold(o.name_nl)} - {""}]
    if len(found) == 1:
        return found[0]
    if found:
        raise Ambiguous(f"'{text}' matches {len(found)} organisations; give the id")
    raise NotFound(f"no organisation called '{text}' (try 'briefer organisation list')")


def _org_changes(a: argparse.Namespace) -> dict:
    from briefer.store import lookup

    changes = {}
    for option in ("name", "name_nl", "acronym", "type"):
        value = getattr(a, option, None)
        if value is not None:
            changes[option] = value
    for option in ("article_en", "article_nl"):
        value = getattr(a, option)
        if value is not None:
            changes[option] = "" if value == "none" else value
    if a.in_titles is not None:
        changes["acronym_in_titles"] = a.in_titles == "acronym"
    if a.country is not None:
        changes["country"] = lookup.country(a.country) if a.country.strip() else None
    return changes


def cmd_organisation_add(ctx: Context) -> int:
    from briefer.model import Organisation
    from briefer.store.repository import validate

    store = ctx.store()
    org = store.organisations.add(validate(Organisation, _org_changes(ctx.args)))
    ctx.out(f"added {org.label()} ({org.id})")
    return 0


def cmd_organisation_edit(ctx: Context) -> int:
    from briefer.model import Organisation
    from briefer.store.repository import validate

    store = ctx.store()
    org = _organisation(store, ctx.args.organisation)
    changes = _org_changes(ctx.args)
    if not changes:
        raise InvalidRecord("nothing to change: give at least one option (see 'briefer organisation edit --help')")
    saved = store.organisations.update(validate(Organisation, {**org.model_dump(), **changes}, org.id))
    ctx.out(f"saved {saved.label()} (revision {saved.revision})")
    return 0


def cmd_organisation_delete(ctx: Context) -> int:
    store = ctx.store()
    org = _organisation(store, ctx.args.organisation)
    store.organisations.delete(org.id, revision=org.revision)
    ctx.out(f"deleted {org.label()}")
    return 0


def cmd_organisation_list(ctx: Context) -> int:
    orgs = ctx.store().organisations.list()
    if ctx.args.json:
        ctx.out(as_json([o.model_dump(mode="json") for o in orgs]))
        return 0
    ctx.out(table(["Acronym", "Name", "Naam", "In a title (en / nl)", "Id"],
                  [[o.acronym, o.name, o.name_nl, f"{o.in_sentence('en')} / {o.in_sentence('nl')}", o.id[:8]]
                   for o in orgs]))
    return 0


# ---------------------------------------------------------------------- rooms
def _room(store, text: str) -> Room:
    from briefer.store import lookup

    try:
        return lookup.by_id(store.rooms, text)  # type: ignore[return-value]
    except NotFound:
        pass
    want = lookup.fold(text)
    rooms = store.rooms.list()
    found = [r for r in rooms if lookup.fold(r.name) == want] or [r for r in rooms if want and want in lookup.fold(r.name)]
    if len(found) == 1:
        return found[0]
    if found:
        raise Ambiguous(f"'{text}' matches {len(found)} rooms ({', '.join(r.name for r in found[:5])}); "
                        "give more of the name or the id")
    raise NotFound(f"no room called '{text}' (try 'briefer room list')")


def _room_changes(a: argparse.Namespace) -> dict:
    changes = {}
    for option, fieldname in (("name", "name"), ("venue", "venue"), ("floor", "floor"), ("kind", "room_kind"),
                              ("bilaterals", "suitable_for_bilaterals"), ("booths", "has_interpretation_booths")):
        value = getattr(a, option, None)
        if value is not None:
            changes[fieldname] = value
    if a.capacity is not _UNSET:
        changes["capacity"] = a.capacity
    return changes


def cmd_room_add(ctx: Context) -> int:
    from briefer.model import Room
    from briefer.store.repository import validate

    store = ctx.store()
    room = store.rooms.add(validate(Room, _room_changes(ctx.args)))
    ctx.out(f"added the room {room.name} ({room.id})")
    return 0


def cmd_room_edit(ctx: Context) -> int:
    from briefer.model import Room
    from briefer.store.repository import validate

    store = ctx.store()
    room = _room(store, ctx.args.room)
    changes = _room_changes(ctx.args)
    if not changes:
        raise InvalidRecord("nothing to change: give at least one option (see 'briefer room edit --help')")
    saved = store.rooms.update(validate(Room, {**room.model_dump(), **changes}, room.id))
    ctx.out(f"saved the room {saved.name} (revision {saved.revision})")
    return 0


def cmd_room_delete(ctx: Context) -> int:
    store = ctx.store()
    room = _room(store, ctx.args.room)
    store.rooms.delete(room.id, revision=room.revision)
    ctx.out(f"deleted the room {room.name} (and its walking times)")
    return 0


def cmd_room_list(ctx: Context) -> int:
    rooms = ctx.store().rooms.list()
    if ctx.args.json:
        ctx.out(as_json([r.model_dump(mode="json") for r in rooms]))
        return 0
    ctx.out(table(["Room", "Venue", "Kind", "Seats", "Bilaterals", "Id"],
                  [[r.name, r.venue, r.room_kind.value, r.capacity or "", "yes" if r.suitable_for_bilaterals else "",
                    r.id[:8]] for r in rooms]))
    if rooms and not any(r.suitable_for_bilaterals for r in rooms):
        ctx.err("briefer: note: no room is marked fit for bilaterals; mark one with "
                "'briefer room edit ROOM --bilaterals yes'")
    return 0
