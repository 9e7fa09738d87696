"""Sub-commands over the store itself: demo, list, search, show, check."""

from __future__ import annotations

import argparse

from briefer.cli.context import Context
from briefer.cli.output import as_json, table
from briefer.errors import BrieferError, CheckFailed, NotFound
from briefer.i18n import format_span
from briefer.cli.lazy import LazyModule

lookup = LazyModule("briefer.store.lookup")
_model = LazyModule("briefer.model")
_counterparts = LazyModule("briefer.model.counterparts")

LISTABLE = ("countries", "people", "sessions", "meetings", "actions", "briefs", "notes")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="load the bundled demo conference into an empty database")
    p.add_argument("--force", action="store_true",
                   help="set a non-empty database aside (renamed, not deleted) and start a new one with the demo")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("list", help="list records of one kind")
    p.add_argument("what", choices=LISTABLE)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=cmd_list, reads_only=True)

    p = sub.add_parser("search", help="full-text search over briefs, notes, sessions, meetings and people")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=_limit, default=20, help="at most this many hits per group (1–1000)")
    p.add_argument("--newest", action="store_true",
                   help="the most recently added matches first (default: the best matches, over all of them)")
    p.add_argument("--earlier", action="store_true",
                   help="search the earlier conferences too (read only; see 'briefer history --help')")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search, reads_only=True)

    p = sub.add_parser("show", help="show one record in full")
    p.add_argument("what", choices=("meeting", "person", "session", "brief"))
    p.add_argument("id", help="id, id prefix (meeting, session), name (person) or country name or ISO code (brief)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show, reads_only=True)

    p = sub.add_parser("check", help="check the database: integrity, references, every record valid")
    p.add_argument("--schedule", action="store_true", help="check the programme for conflicts instead")
    p.add_argument("--lang", choices=("en", "nl"), default="en",
                   help="language of the schedule findings (with --schedule; default en)")
    p.set_defaults(handler=cmd_check)


def _limit(text: str) -> int:
    """A hit limit argparse can check (a huge number used to overflow SQLite's integer)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return value


# ---------------------------------------------------------------------- demo
def cmd_demo(ctx: Context) -> int:
    from briefer.demo import load_demo, set_aside

    if ctx.args.force:
        store = ctx.store()
        if not store.is_empty() and not _holds_demo(store):
            ctx.close()
            moved = set_aside(ctx.paths.database)
            ctx.err(f"briefer: the previous database was kept as {moved}")
    result = load_demo(ctx.store())
    ctx.out(f"{result.message} ({ctx.paths.database})")
    if result.loaded:
        c = result.counts
        ctx.out(
            f"{c['countries']} countries, {c['people']} people, {c['sessions']} sessions, "
            f"{c['meetings']} bilaterals, {c['country_briefs']} country briefs, {c['notes']} notes"
        )
    return 0


def _holds_demo(store) -> bool:
    from briefer.demo import demo_conference_id

    conf = store.conference()
    return conf is not None and conf.id == demo_conference_id()


# ---------------------------------------------------------------------- list
def cmd_list(ctx: Context) -> int:
    if ctx.args.what == "meetings" and not ctx.args.json:
        listing = ctx.listing()
        if listing is not None:
            done = _list_meetings(ctx, listing)
            if done is not None:
                return done
            listing.close()  # the store's open follows, alone
    store = ctx.store()
    conf = store.conference()
    tz = conf.timezone if conf else "UTC"
    people = {p.id: p for p in store.people.list()}
    rooms = {r.id: r for r in store.rooms.list()}
    orgs = {o.id: o for o in store.organisations.list()}

    def counterpart(m):
        return _counterparts.counterpart_name(m, orgs, "en", article=False)

    def who(pid):
        return people[pid].full_name if pid in people else ""

    what = ctx.args.what
    if what == "countries":
        briefs = {b.country: b for b in store.country_briefs.list()}
        recs = store.countries.list()
        # the topic profile's list columns (none without a profile), between the names and the brief
        columns = [i for p in store.topic_profiles.list() for i in p.indicators if i.in_list]
        values = {(v.indicator_id, v.country): v.value for v in store.topic_values.list()}
        headers = ["ISO", "Country", "Land", *(i.name("en") for i in columns), "Brief"]
        rows = [[c.iso3, c.name("en"), c.name("nl"), *(values.get((i.id, c.iso3), "") for i in columns),
                 briefs[c.iso3].status.value if c.iso3 in briefs else ""] for c in recs]
    elif what == "people":
        recs = store.people.list()
        headers = ["Id", "Name", "Country", "Position"]
        rows = [[p.id[:8], p.formal_name, p.country or "", p.position] for p in recs]
    elif what == "sessions":
        recs = store.sessions.list()
        headers = ["Id", "When", "Title", "Kind", "Room"]
        rows = [[s.id[:8], format_span(s.start, s.end, tz), s.title, s.session_kind.value,
                 rooms[s.room_id].name if s.room_id in rooms else ""] for s in recs]
    elif what == "meetings":
        recs = store.meetings.list()
        headers = ["Id", "When", "Principal", "Counterpart", "Room", "Status"]
        rows = [[m.id[:8], format_span(m.start, m.end, tz), who(m.principal_id),
                 counterpart(m),
                 rooms[m.room_id].name if m.room_id in rooms else "to be confirmed", m.status.value] for m in recs]
    elif what == "actions":
        recs = store.actions.list()
        headers = ["Id", "Due", "Action", "Owner", "Status"]
        rows = [[a.id[:8], a.due or "", a.description, who(a.owner_id) or a.owner, a.status.value] for a in recs]
    elif what == "briefs":
        recs = store.country_briefs.list()
        headers = ["Id", "Country", "Status", "Classification"]
        rows = [[b.id[:8], _model.country_name(b.country), b.status.value,
                 b.classification.marking or "ongerubriceerd"] for b in recs]
    else:  # notes
        recs = store.notes.list()
        headers = ["Id", "Author", "Kind", "First line"]
        rows = [[n.id[:8], n.author, n.note_kind.value, n.label()] for n in recs]
    if ctx.args.json:
        ctx.out(as_json([r.model_dump(mode="json") for r in recs]))
    elif not recs:
        ctx.out(f"no {what} yet")
    else:
        ctx.out(table(headers, rows))
    return 0


def _list_meetings(ctx: Context, listing) -> int | None:
    """``list meetings`` read the light way (``briefer.store.listing``): the same table as from the store."""
    from briefer.i18n import label
    from briefer.model.country_names import country_name

    from briefer.store.listing import NeedsTheStore

    try:
        tz = listing.timezone()
        lines = listing.meetings()
    except NeedsTheStore:
        return None  # a row the models would refuse: the store's reading names it
    if not lines:
        ctx.out("no meetings yet")
        return 0

    def counterpart(m) -> str:  # as counterpart_name(m, orgs, "en", article=False)
        if m.counterpart_country:
            return country_name(m.counterpart_country, "en")
        return m.counterpart_organisation if m.counterpart_organisation is not None else label("an_organisation", "en")

    headers = ["Id", "When", "Principal", "Counterpart", "Room", "Status"]
    rows = [[m.id[:8], format_span(m.start, m.end, tz), m.principal, counterpart(m),
             m.room if m.room is not None else "to be confirmed", m.status] for m in lines]
    ctx.out(table(headers, rows))
    return 0


# ---------------------------------------------------------------------- search
def cmd_search(ctx: Context) -> int:
    order = "newest" if ctx.args.newest else "best"
    hits = ctx.store().search(" ".join(ctx.args.query), limit=ctx.args.limit, order=order)
    if getattr(ctx.args, "earlier", False):
        return _search_earlier(ctx, hits)
    if ctx.args.json:
        ctx.out(as_json([h.__dict__ for h in hits]))
        return 0
    if not hits:
        ctx.out("no matches")
        return 0
    ctx.out(table(["Kind", "Id", "Title", "Match"], [[h.kind, h.record_id[:8], h.title, h.snippet] for h in hits]))
    return 0


def _search_earlier(ctx: Context, hits) -> int:
    """This conference's hits, then each earlier conference's (named, or said to be locked)."""
    from briefer.cli.conference import earlier_passphrase
    from briefer.schedule.memory import search_earlier
    from briefer.store.earlier import earlier_folders

    store = ctx.store()
    past = search_earlier(" ".join(ctx.args.query), earlier_folders(store),
                          lambda f: earlier_passphrase(ctx, f), limit=ctx.args.limit)
    current = store.require_conference().name
    if ctx.args.json:
        ctx.out(as_json([{"conference": current, "hits": [h.__dict__ for h in hits]}]
                        + [{"conference": p.name, "folder": p.folder, "locked": p.locked, "problem": p.problem,
                            "hits": [h.__dict__ for h in p.hits]} for p in past]))
        return 0
    rows = [[current, h.kind, h.record_id[:8], h.title, h.snippet] for h in hits]
    for p in past:
        if p.locked or p.problem:
            rows.append([p.folder, "", "", "locked (encrypted)" if p.locked else "not read", p.problem])
        rows += [[p.name, h.kind, h.record_id[:8], h.title, h.snippet] for h in p.hits]
    if not rows:
        ctx.out("no matches")
        return 0
    ctx.out(table(["Conference", "Kind", "Id", "Title", "Match"], rows))
    return 0


# ---------------------------------------------------------------------- show
def cmd_show(ctx: Context) -> int:
    store = ctx.store()
    what, key = ctx.args.what, ctx.args.id
    if what == "meeting":
        rec = lookup.by_id(store.meetings, key)
    elif what == "session":
        rec = lookup.by_id(store.sessions, key)
    elif what == "person":
        rec = lookup.person(store, key)
    else:
        rec = _brief(store, key)
    if ctx.args.json:
        ctx.out(as_json(rec.model_dump(mode="json")))
        return 0
    ctx.out(_describe(store, rec))
    return 0


def _brief(store, key):
    """A country brief by ISO code, id (prefix) or the country's name ("India", "Ivoorkust")."""
    code = key.strip().upper()
    if len(code) == 3:
        found = store.country_briefs.list(country=code)
        if found:
            return found[0]
    try:
        return lookup.by_id(store.country_briefs, key)
    except NotFound as not_found:
        try:
            code = lookup.country(key, option="id")
        except BrieferError:
            raise not_found from None
        found = store.country_briefs.list(country=code)
        if not found:
            raise NotFound(f"no country brief for {_model.country_name(code)} ({code})") from None
        return found[0]


def _describe(store, rec) -> str:
    from briefer.model import CountryBrief, Meeting, Person, Session

    conf = store.conference()
    tz = conf.timezone if conf else "UTC"
    people = {p.id: p for p in store.people.list()}
    rooms = {r.id: r for r in store.rooms.list()}

    def names(ids):
        return ", ".join(people[i].full_name for i in ids if i in people) or "—"

    lines: list[str] = []
    add = lines.append
    if isinstance(rec, Meeting):
        orgs = {o.id: o for o in store.organisations.list()}
        add(rec.label("en", orgs))
        add(f"  id:            {rec.id}")
        add(f"  when:          {format_span(rec.start, rec.end, tz)} ({tz})")
        add(f"  room:          {rooms[rec.room_id].name if rec.room_id in rooms else 'to be confirmed'}")
        add(f"  status:        {rec.status.value}")
        add(f"  principal:     {names([rec.principal_id])}")
        add(f"  Dutch side:    {names(rec.nl_participant_ids)}")
        add(f"  counterpart:   {_counterparts.counterpart_name(rec, orgs, 'en', article=False)}"
            f" — {names(rec.counterpart_ids)}")
        add(f"  interpreter:   {rec.interpreter_language or 'not needed'} {rec.interpreter_name}".rstrip())
        add(f"  note-taker:    {names([rec.note_taker_id]) if rec.note_taker_id else 'to be confirmed'}")
        briefs = store.meeting_briefs.list(meeting_id=rec.id)
        if briefs:
            add("  objectives:")
            lines.extend(f"    - {o.text}" for o in briefs[0].objectives)
        notes = store.notes.list(meeting_id=rec.id)
        if notes:
            add(f"  notes:         {len(notes)}")
        actions = store.actions.list(meeting_id=rec.id)
        for a in actions:
            add(f"  action:        {a.description} ({a.status.value}, due {a.due or '—'})")
    elif isinstance(rec, Session):
        add(rec.title)
        add(f"  id:            {rec.id}")
        add(f"  when:          {format_span(rec.start, rec.end, tz)} ({tz})")
        add(f"  kind:          {rec.session_kind.value}")
        add(f"  room:          {rooms[rec.room_id].name if rec.room_id in rooms else 'to be confirmed'}")
        add(f"  chair:         {names([rec.chair_id]) if rec.chair_id else '—'}")
        add(f"  speakers:      {names(rec.speaker_ids)}")
        add(f"  Dutch attend:  {names(rec.attendee_ids)}")
        if rec.description:
            add(f"  {rec.description}")
    elif isinstance(rec, Person):
        add(rec.name_with_native(formal=True))
        add(f"  id:            {rec.id}")
        add(f"  address:       {rec.address('en') or '—'} (en), {rec.address('nl') or '—'} (nl)")
        add(f"  name order:    {'family name first' if rec.family_name_first else 'given name first'}")
        if rec.pronunciation:
            add(f"  say:           {rec.pronunciation}")
        add(f"  position:      {rec.position}")
        add(f"  country:       {_model.country_name(rec.country) if rec.country else '—'}")
        if rec.languages:
            add(f"  languages:     {', '.join(rec.languages)}")
        if rec.biography:
            add(f"  {rec.biography}")
    elif isinstance(rec, CountryBrief):
        add(rec.label())
        add(f"  id:            {rec.id}")
        add(f"  status:        {rec.status.value}, revision {rec.revision}")
        for label, text in (("summary", rec.summary), ("relations", rec.relations_nl)):
            if text:
                add(f"  {label}: {text}")
        values = {v.indicator_id: v for v in store.topic_values.list(country=rec.country)}
        for ind in (i for p in store.topic_profiles.list() for i in p.indicators if i.in_brief):
            v = values.get(ind.id)
            if v is not None and v.value:
                source = ", ".join(x for x in (v.source, str(v.year) if v.year else "") if x)
                add(f"  {ind.name('en')}: {ind.display(v.value, 'en')}" + (f" ({source})" if source else ""))
        for m in rec.key_messages:
            add(f"  key message: {m}")
    return "\n".join(lines)


# ---------------------------------------------------------------------- check
def cmd_check(ctx: Context) -> int:
    from briefer.i18n import counted
    from briefer.store.integrity import check_store

    if ctx.args.schedule:
        from briefer.cli.schedule import cmd_check_schedule

        return cmd_check_schedule(ctx)

    store = ctx.store()
    _report_leftovers(ctx, store)
    findings = check_store(store)
    for f in findings:
        ctx.out(str(f))
    if any(f.severity == "error" for f in findings):
        raise CheckFailed(f"{counted('problems', len(findings))} found in {ctx.paths.database}")
    ctx.out(f"ok: {ctx.paths.database} is sound ({sum(store.counts().values())} records checked)")
    return 0


def _report_leftovers(ctx: Context, store) -> None:
    """Name what killed whole-file operations left: removed by this open, or still there (someone else has it open)."""
    from briefer.store.wholefile.journal import journal_exists
    from briefer.store.wholefile.strays import find_strays

    folder = ctx.paths.data_dir

    def shown(path) -> str:
        try:
            return str(path.relative_to(folder))
        except ValueError:
            return str(path)

    for path in store.tidied:
        ctx.out(f"removed a file left by an interrupted backup, restore or conversion: {shown(path)}")
    for path in find_strays(ctx.paths.database, ctx.paths.backups):
        ctx.out(f"warning: left by an interrupted backup, restore or conversion (or in use by another Briefer; "
                f"removed at the next start when no other Briefer has the database open): {shown(path)}")
    if journal_exists(ctx.paths.database):
        ctx.out("warning: an interrupted encrypt, decrypt or passphrase change is waiting to be finished; "
                "it is, at the next start when no other Briefer has the database open")
