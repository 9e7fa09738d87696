"""Make a large synthetic conference for the benchmarks: ``python benchmarks/generate.py --data-dir DIR``.

Writes ``DIR/briefer.sqlite`` through the Store API (``Repository.put_many``:
the same validation, reference checks, revisions and search documents as any
other write), so every benchmark measures the real schema and indexes:

- 200 countries (real ISO codes from pycountry) with a country brief each,
- ~2,000 people (a Dutch delegation of ~60, the rest spread over the countries),
  a delegation per country, 20 organisations, 30 rooms (24 for bilaterals),
- ~400 sessions over ten conference days,
- 5,000 bilateral meetings (08:00–20:00 local) for 40 Dutch principals, each
  with a meeting brief; placed mostly without clashes, but a few per cent are
  double-booked, some rooms overbooked and some rooms still to be confirmed,
- 50,000 notes of 50–600 words whose words follow a Zipf distribution over a
  ~25,000-word vocabulary, with domain terms ("antimicrobial resistance",
  "surveillance", "One Health", "stewardship", "national action plan") in most
  notes, country and people names in some, and a long tail of rare words,
- ~1,900 outcomes and ~1,300 follow-up actions, for the meetings marked held.

Deterministic for a seed (ids come from the seeded generator too). Nothing
here is part of the app; it only feeds ``benchmarks/*.py``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import date, datetime, time as dtime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefer.model import (  # noqa: E402
    Action,
    ActionStatus,
    BackgroundItem,
    BriefStatus,
    Classification,
    Conference,
    Country,
    CountryBrief,
    DefensiveLine,
    Delegation,
    DelegationMember,
    Fact,
    Meeting,
    MeetingBrief,
    MeetingStatus,
    MemberRole,
    Note,
    NoteKind,
    Objective,
    Organisation,
    OrganisationType,
    Outcome,
    OutcomeKind,
    Person,
    Priority,
    Room,
    Session,
    SessionKind,
    SourceRef,
    TalkingPoint,
    country_name,
)
from briefer.store import Store  # noqa: E402
from benchmarks.synthetic_text import (  # noqa: E402
    DOMAIN_PHRASES,
    FAMILY,
    GIVEN,
    INCOME,
    LANGS,
    ORGANISATIONS,
    POSITIONS,
    SESSION_TITLES,
    WHO_REGIONS,
    Prose,
    build_vocabulary,
)

N_COUNTRIES = 200
N_FOREIGN_PEOPLE = 1940
N_DUTCH_PRINCIPALS = 40
N_DUTCH_STAFF = 24
N_ROOMS = 30
N_BILATERAL_ROOMS = 24
N_SESSIONS = 400
N_MEETINGS = 5000
N_NOTES = 50_000
CONF_START = date(2019, 6, 17)
CONF_DAYS = 10  # two working weeks, as at a COP: 5,000 bilaterals need the room
TZ = ZoneInfo("Europe/Amsterdam")

class Ids:
    """UUIDs from the seeded generator, so a seed gives the same database every time."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def local(day: date, minutes: int) -> datetime:
    """A moment on ``day`` at ``minutes`` past midnight, conference-local, as aware UTC."""
    return datetime.combine(day, dtime(0, 0), TZ) + timedelta(minutes=minutes)


# --------------------------------------------------------------------------- generation
def generate(store: Store, seed: int = 1, *, notes: int = N_NOTES, meetings: int = N_MEETINGS,
             progress=print) -> dict[str, int]:
    """Fill an empty ``store`` with the synthetic conference; returns the record counts."""
    import pycountry

    rng = random.Random(seed)
    new_id = Ids(rng)
    prose = Prose(rng, build_vocabulary(rng))
    now = datetime(2019, 6, 1, 9, 0, tzinfo=timezone.utc)
    stamp = {"revision": 1, "created_at": now, "updated_at": now}
    t0 = time.perf_counter()

    def step(name: str, repo, objs) -> list:
        t = time.perf_counter()
        repo.put_many(objs, action="generate")
        progress(f"  {name:<16} {len(objs):>7,}  {time.perf_counter() - t:6.1f} s")
        return objs

    days = [CONF_START + timedelta(days=i) for i in range(CONF_DAYS)]
    conf = Conference(id=new_id(), name="Synthetic Ministerial Conference on AMR (benchmark data)",
                      theme="Accelerating national action plans", start_date=days[0], end_date=days[-1],
                      city="Noordwijk", venue="Conference centre", timezone=str(TZ), **stamp)
    step("conference", store.conference_repo, [conf])

    codes = sorted(c.alpha_3 for c in pycountry.countries)
    chosen = sorted(set(rng.sample([c for c in codes if c != "NLD"], N_COUNTRIES - 1)) | {"NLD"})
    countries = [
        Country(id=new_id(), iso3=c, income_group=rng.choice(INCOME),
                attended=rng.choice(["yes", "yes", "no", "unknown"]), verified=rng.random() < 0.3,
                notes=prose.sentences(rng.randint(5, 20)), **stamp)
        for c in chosen
    ]
    step("countries", store.countries, countries)

    orgs = [Organisation(id=new_id(), name=n, acronym=a, type=t, country="NLD" if t in (
        OrganisationType.MINISTRY, OrganisationType.NATIONAL_INSTITUTE) else None, **stamp)
        for n, a, t in ORGANISATIONS]
    step("organisations", store.organisations, orgs)
    vws = orgs[-3].id

    rooms = [Room(id=new_id(), name=f"Bilateral room {i + 1}" if i < N_BILATERAL_ROOMS else f"Hall {chr(65 + i - N_BILATERAL_ROOMS)}",
                  venue="Conference centre", floor=str(i % 3), capacity=12 if i < N_BILATERAL_ROOMS else 400,
                  suitable_for_bilaterals=i < N_BILATERAL_ROOMS, has_interpretation_booths=i >= N_BILATERAL_ROOMS,
                  **stamp)
             for i in range(N_ROOMS)]
    step("rooms", store.rooms, rooms)
    bilateral_rooms = rooms[:N_BILATERAL_ROOMS]
    halls = rooms[N_BILATERAL_ROOMS:]

    def person(country: str, position: str, **kw) -> Person:
        return Person(id=new_id(), honorific=rng.choice(["", "", "Dr", "H.E.", "Prof."]),
                      given_name=rng.choice(GIVEN), family_name=rng.choice(FAMILY), country=country,
                      position=position, languages=rng.sample(LANGS, rng.randint(0, 2)),
                      biography=prose.sentences(rng.randint(30, 90)), illustrative=True, **stamp, **kw)

    principals = [person("NLD", "Minister" if i < 4 else "Director", organisation_id=vws,
                         principal_title=f"Principal {i + 1}") for i in range(N_DUTCH_PRINCIPALS)]
    staff = [person("NLD", rng.choice(["Senior Policy Adviser", "Note-taker", "Press officer"]),
                    organisation_id=vws) for _ in range(N_DUTCH_STAFF)]
    foreign: dict[str, list[Person]] = {c.iso3: [] for c in countries if c.iso3 != "NLD"}
    foreign_codes = list(foreign)
    for i in range(N_FOREIGN_PEOPLE):
        code = foreign_codes[i % len(foreign_codes)]
        foreign[code].append(person(code, POSITIONS[len(foreign[code]) % len(POSITIONS)]))
    people = principals + staff + [p for ps in foreign.values() for p in ps]
    step("people", store.people, people)
    dutch = principals + staff

    delegations = [Delegation(id=new_id(), country="NLD", name="Netherlands", host=True, members=[
        DelegationMember(person_id=p.id, role=MemberRole.HEAD if i == 0 else MemberRole.ADVISER,
                         serves_principal_id=None if p in principals else rng.choice(principals).id)
        for i, p in enumerate(dutch)], **stamp)]
    for code, ps in foreign.items():
        delegations.append(Delegation(
            id=new_id(), country=code, name=country_name(code), interpretation_languages=rng.sample(LANGS, 1),
            members=[DelegationMember(person_id=p.id, role=MemberRole.HEAD if j == 0 else MemberRole.ADVISER)
                     for j, p in enumerate(ps)], **stamp))
    step("delegations", store.delegations, delegations)

    sessions = []
    for i in range(N_SESSIONS):
        day = days[i % CONF_DAYS]
        start = rng.randrange(8 * 60, 19 * 60, 15)
        length = rng.choice((30, 45, 60, 90))
        end = min(start + length, 20 * 60)
        speakers = rng.sample(dutch, rng.randint(0, 2))
        sessions.append(Session(
            id=new_id(), start=local(day, start), end=local(day, end), title=f"{rng.choice(SESSION_TITLES)} ({i + 1})",
            session_kind=rng.choice(list(SessionKind)), room_id=rng.choice(halls).id,
            description=prose.sentences(rng.randint(20, 80)), chair_id=rng.choice(people).id,
            speaker_ids=[p.id for p in speakers], attendee_ids=[p.id for p in rng.sample(dutch, rng.randint(0, 4))],
            speaking_role="opening remarks, 5 min" if speakers else "",
            speaking_notes=prose.sentences(rng.randint(40, 120)) if speakers else "", illustrative=True, **stamp))
    step("sessions", store.sessions, sessions)

    briefs = [country_brief(c.iso3, new_id, rng, prose, stamp) for c in countries]
    step("country briefs", store.country_briefs, briefs)
    profile, values = topic_profile([c.iso3 for c in countries], new_id, rng, prose, stamp)
    step("topic profiles", store.topic_profiles, [profile])
    step("topic values", store.topic_values, values)

    meeting_list = plan_meetings(rng, new_id, days, principals, staff, foreign, bilateral_rooms, stamp, meetings)
    step("meetings", store.meetings, meeting_list)
    mbriefs = [meeting_brief(m, new_id, rng, prose, stamp) for m in meeting_list]
    step("meeting briefs", store.meeting_briefs, mbriefs)
    objectives = {b.meeting_id: b.objectives for b in mbriefs}

    names = {p.id: p.full_name for p in people}
    note_objs: list[Note] = []
    done = 0
    t = time.perf_counter()
    for i in range(notes):
        m = meeting_list[i % len(meeting_list)]
        author = rng.choice(staff)
        inserts = [p for p, prob in DOMAIN_PHRASES if rng.random() < prob]
        if m.counterpart_country and rng.random() < 0.5:
            inserts.append(country_name(m.counterpart_country, rng.choice(("en", "nl"))))
        if m.counterpart_ids and rng.random() < 0.4:
            inserts.append(names[rng.choice(m.counterpart_ids)])
        n_words = min(600, max(50, int(rng.lognormvariate(5.5, 0.6))))
        note_objs.append(Note(
            id=new_id(), meeting_id=m.id, author=author.full_name, author_id=author.id,
            note_kind=rng.choice((NoteKind.MINUTES, NoteKind.MINUTES, NoteKind.PREP, NoteKind.OUTCOME)),
            body=prose.sentences(n_words - sum(len(p.split()) for p in inserts), inserts),
            classification=rng.choice((Classification.ONGERUBRICEERD, Classification.DEP_VERTROUWELIJK)),
            revision=1, created_at=m.start + timedelta(minutes=i % 17), updated_at=m.start + timedelta(minutes=i % 17)))
        if len(note_objs) == 5000:
            store.notes.put_many(note_objs, action="generate")
            done += len(note_objs)
            note_objs = []
    if note_objs:
        store.notes.put_many(note_objs, action="generate")
        done += len(note_objs)
    progress(f"  {'notes':<16} {done:>7,}  {time.perf_counter() - t:6.1f} s")

    outcomes, actions = [], []
    for m in meeting_list:
        if m.status != MeetingStatus.HELD:
            continue
        for obj in objectives[m.id][: rng.randint(0, 2)]:
            outcomes.append(Outcome(id=new_id(), meeting_id=m.id, objective_id=obj.id, objective_met=rng.random() < 0.7,
                                    outcome_kind=rng.choice(list(OutcomeKind)), text=prose.sentences(rng.randint(10, 40)),
                                    **stamp))
        if rng.random() < 0.6:
            actions.append(Action(
                id=new_id(), description=prose.sentences(rng.randint(6, 18)), meeting_id=m.id,
                owner_id=rng.choice(dutch).id, due=days[-1] + timedelta(days=rng.randint(7, 120)),
                status=rng.choice(list(ActionStatus)), country=m.counterpart_country, **stamp))
    step("outcomes", store.outcomes, outcomes)
    step("actions", store.actions, actions)
    progress(f"  total {time.perf_counter() - t0:.1f} s")
    return store.counts()


def plan_meetings(rng, new_id, days, principals, staff, foreign, rooms, stamp, n) -> list[Meeting]:
    """Bilaterals starting on the quarter hour, 08:00–20:00, tracked in 5-minute units.

    Each principal's and each room's day is kept clash-free where a free
    place is found, except for ~3 % deliberate double-bookings of a principal
    and ~2 % of a room; ~5 % of meetings have no room yet (to be confirmed).
    """
    day_units = 12 * 12  # 08:00–20:00 in 5-minute units
    busy_person: dict[tuple[str, date], set[int]] = {}
    busy_room: dict[tuple[str, date], set[int]] = {}
    codes = list(foreign)
    weights = [1.0 / (i + 5) for i in range(len(codes))]  # some countries are much sought after
    out = []
    for _ in range(n):
        principal = rng.choice(principals)
        day = rng.choice(days)
        length = rng.choice((15, 20, 20, 30, 30, 45))
        units = length // 5
        starts = range(0, day_units - units + 1, 3)
        taken = busy_person.setdefault((principal.id, day), set())
        clash = rng.random() < 0.03
        start_unit = rng.choice(starts)
        if not clash:
            for _try in range(40):
                if not taken.intersection(range(start_unit, start_unit + units)):
                    break
                start_unit = rng.choice(starts)
        span = range(start_unit, start_unit + units)
        taken.update(span)
        room = None
        roll = rng.random()
        if roll < 0.02:
            room = rng.choice(rooms)  # overbooked: the planner will see the conflict
        elif roll >= 0.07:
            for r in rng.sample(rooms, len(rooms)):
                if not busy_room.setdefault((r.id, day), set()).intersection(span):
                    room = r
                    break
        if room is not None:
            busy_room.setdefault((room.id, day), set()).update(span)
        start_slot = start_unit // 3
        code = rng.choices(codes, weights=weights)[0]
        counterparts = foreign[code]
        start = local(day, 8 * 60 + start_slot * 15)
        status = rng.choices(list(MeetingStatus), weights=(2, 5, 6, 1))[0]
        out.append(Meeting(
            id=new_id(), start=start, end=start + timedelta(minutes=length), principal_id=principal.id,
            counterpart_country=code, counterpart_ids=[p.id for p in counterparts[: rng.randint(1, 3)]],
            room_id=room.id if room else None, room_confirmed=room is not None and rng.random() < 0.8,
            nl_participant_ids=[p.id for p in rng.sample(staff, rng.randint(1, 3))],
            interpreter_language=rng.choice([None, None, *LANGS]), note_taker_id=rng.choice(staff).id,
            status=status, press_line="", held_at=None,
            classification=rng.choice((Classification.ONGERUBRICEERD, Classification.DEP_VERTROUWELIJK)),
            **stamp))
    return out


def topic_profile(codes, new_id, rng, prose, stamp):
    """A topic profile (a situation text, an A–E plan stage, a region) and every country's values."""
    from briefer.model import Indicator, Scale, ScaleLevel, TopicProfile, TopicValue

    s = prose.sentences
    profile = TopicProfile(id=new_id(), name_en="Topic (synthetic)", indicators=[
        Indicator(id=new_id(), name_en="Situation"),
        Indicator(id=new_id(), name_en="Plan stage", scale=Scale.LEVELS, chart=True, in_list=True,
                  levels=[ScaleLevel(code=c, text_en=f"Stage {c}") for c in "ABCDE"]),
        Indicator(id=new_id(), name_en="Region", in_brief=False, in_list=True)], **stamp)
    situation, stage, region = profile.indicators
    values = []
    for code in codes:
        for ind, value, source in ((situation, s(rng.randint(60, 150), ["surveillance", "national action plan"]), ""),
                                   (stage, rng.choice("ABCDE"), "synthetic"), (region, rng.choice(WHO_REGIONS), "")):
            values.append(TopicValue(id=new_id(), profile_id=profile.id, indicator_id=ind.id, country=code,
                                     value=value, source=source, **stamp))
    return profile, values


def country_brief(code, new_id, rng, prose, stamp) -> CountryBrief:
    s = prose.sentences
    return CountryBrief(
        id=new_id(), country=code, summary=s(rng.randint(40, 90), ["antimicrobial resistance"]),
        relations_nl=s(rng.randint(30, 80)),
        facts=[Fact(label=f"Fact {i + 1}", value=s(6)) for i in range(rng.randint(2, 5))],
        key_messages=[s(rng.randint(10, 25)) for _ in range(rng.randint(2, 4))],
        talking_points=[TalkingPoint(text=s(rng.randint(10, 30)), priority=rng.choice(list(Priority)))
                        for _ in range(rng.randint(3, 6))],
        defensive_lines=[DefensiveLine(question=s(rng.randint(8, 15)), answer=s(rng.randint(15, 40)))
                         for _ in range(rng.randint(1, 3))],
        asks=[s(rng.randint(8, 20)) for _ in range(rng.randint(1, 3))],
        offers=[s(rng.randint(8, 20)) for _ in range(rng.randint(0, 2))],
        background=[BackgroundItem(text=s(rng.randint(15, 40)), usable=rng.random() < 0.8)
                    for _ in range(rng.randint(1, 4))],
        sources=[SourceRef(title="Synthetic source", publisher="benchmark")],
        status=rng.choice(list(BriefStatus)), author="Benchmark generator", illustrative=True, **stamp)


def meeting_brief(m: Meeting, new_id, rng, prose, stamp) -> MeetingBrief:
    s = prose.sentences
    return MeetingBrief(
        id=new_id(), meeting_id=m.id,
        objectives=[Objective(id=new_id(), text=s(rng.randint(8, 20))) for _ in range(rng.randint(1, 3))],
        key_messages=[s(rng.randint(10, 25)) for _ in range(rng.randint(0, 3))],
        talking_points=[TalkingPoint(text=s(rng.randint(10, 30))) for _ in range(rng.randint(0, 4))],
        expected_positions=[s(rng.randint(10, 25)) for _ in range(rng.randint(0, 2))],
        status=rng.choice(list(BriefStatus)), classification=m.classification, author="Benchmark generator",
        **stamp)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path, help="folder for briefer.sqlite (created)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--notes", type=int, default=N_NOTES, help="number of notes (default %(default)s)")
    parser.add_argument("--meetings", type=int, default=N_MEETINGS, help="number of meetings (default %(default)s)")
    args = parser.parse_args(argv)
    from briefer.paths import DB_FILENAME

    args.data_dir.mkdir(parents=True, exist_ok=True)
    path = args.data_dir / DB_FILENAME
    if path.exists():
        print(f"generate: {path} exists; give an empty folder", file=sys.stderr)
        return 2
    t = time.perf_counter()
    with Store.open(path, user="generator") as store:
        # One transaction per kind (per 5,000 notes): a huge single one would only grow the WAL.
        counts = generate(store, args.seed, notes=args.notes, meetings=args.meetings)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size / 1e6
    print(f"generated {sum(counts.values()):,} records in {time.perf_counter() - t:.1f} s, {size:.0f} MB: {path}")
    print(", ".join(f"{k} {v:,}" for k, v in counts.items() if v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
