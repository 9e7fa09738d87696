"""Benchmark: conflict check, one-candidate check, slot search and iCalendar on large data.

    python benchmarks/schedule.py                  # builds its own data (5,000 bilaterals)
    python benchmarks/schedule.py --data-dir DIR   # a data dir made by benchmarks/generate.py

Prints the median of several runs for each path; the figures go in
benchmarks/README.md under "Schedule". Timings are measured here, never
asserted in tests.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefer.model import (  # noqa: E402
    Conference,
    Delegation,
    DelegationMember,
    Meeting,
    MeetingStatus,
    MemberRole,
    Person,
    Room,
    Session,
)
from briefer.store import Store  # noqa: E402

#: Dutch principals (ministers, state secretaries, heads of agencies) holding the bilaterals.
PRINCIPALS = 200
ROOMS = 150
#: People per foreign delegation; each bilateral names one of them as the counterpart.
DELEGATES = 10
COUNTRIES = ["IDN", "FRA", "DEU", "GBR", "USA", "CHN", "IND", "BRA", "ZAF", "KEN", "NGA", "EGY", "JPN", "KOR",
             "AUS", "CAN", "MEX", "ARG", "CHL", "PER", "COL", "THA", "VNM", "PHL", "MYS", "SGP", "NZL", "NOR",
             "SWE", "FIN", "DNK", "BEL", "LUX", "ESP", "PRT", "ITA", "GRC", "TUR", "POL", "CZE", "AUT", "CHE",
             "IRL", "ISL", "EST", "LVA", "LTU", "HUN", "ROU", "BGR", "HRV", "SVN", "SVK", "UKR", "GHA", "ETH",
             "TZA", "UGA", "RWA", "SEN"]


def build(store: Store, meetings: int = 5000, seed: int = 5) -> None:
    """A big, busy conference: 3 days, 150 rooms, 60 delegations of 10, 200 principals, 300 sessions, ``meetings`` bilaterals."""
    rnd = random.Random(seed)
    tz = ZoneInfo("Europe/Amsterdam")
    days = [date(2019, 6, 19), date(2019, 6, 20), date(2019, 6, 21)]
    with store.write():
        store.conference_repo.add(Conference(name="Benchmark conference", start_date=days[0], end_date=days[-1]))
        rooms = [store.rooms.add(Room(name=f"Room {i:03d}", venue="Venue A" if i < 100 else "Venue B",
                                      suitable_for_bilaterals=i % 3 != 0)) for i in range(ROOMS)]
        principals = [store.people.add(Person(family_name=f"Minister {i}", country="NLD",
                                              principal_title="Minister")) for i in range(PRINCIPALS)]
        staff = [store.people.add(Person(family_name=f"Adviser {i}", country="NLD")) for i in range(PRINCIPALS)]
        heads, delegates = {}, {}
        for iso in COUNTRIES:
            members = [store.people.add(Person(family_name=f"{iso} delegate {j}", country=iso))
                       for j in range(DELEGATES)]
            heads[iso], delegates[iso] = members[0], members
            store.delegations.add(Delegation(country=iso, members=[
                DelegationMember(person_id=p.id, role=MemberRole.HEAD if j == 0 else MemberRole.ADVISER)
                for j, p in enumerate(members)]))
        everyone = principals + staff + list(heads.values())
        for i in range(300):
            d = rnd.choice(days)
            start = datetime(d.year, d.month, d.day, rnd.randint(8, 18), rnd.choice((0, 15, 30, 45)), tzinfo=tz)
            store.sessions.add(Session(
                title=f"Session {i}", start=start, end=start + timedelta(minutes=rnd.choice((45, 60, 90))),
                room_id=rnd.choice(rooms).id, speaker_ids=[p.id for p in rnd.sample(everyone, 2)],
                attendee_ids=[p.id for p in rnd.sample(staff, 3)]))
        # Each principal's bilaterals follow each other through the days with short gaps
        # (sometimes none, sometimes overlapping): busy, like a real conference, with conflicts.
        clock = {p.id: 0 for p in principals}
        for i in range(meetings):
            p = principals[i % len(principals)]
            offset = clock[p.id] + rnd.choice((-10, 0, 5, 10, 15, 30, 45))
            offset = max(offset, 0)
            d = days[(offset // (12 * 60)) % len(days)]
            minute = offset % (12 * 60)
            start = datetime(d.year, d.month, d.day, 8, 0, tzinfo=tz) + timedelta(minutes=minute)
            length = rnd.choice((20, 30, 45))
            clock[p.id] = offset + length
            store.meetings.add(Meeting(
                start=start, end=start + timedelta(minutes=length),
                principal_id=p.id, counterpart_country=(iso := rnd.choice(COUNTRIES)),
                counterpart_ids=[rnd.choice(delegates[iso]).id],
                room_id=rnd.choice(rooms).id, nl_participant_ids=[staff[i % len(principals)].id],
                status=MeetingStatus.CONFIRMED if i % 10 else MeetingStatus.REQUESTED,
                interpreter_language="fr" if i % 17 == 0 else None))


def median_time(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main(argv=None) -> int:
    from briefer.paths import resolve
    from briefer.schedule.conflicts import check_schedule, conflicts_for
    from briefer.schedule.ics_export import export_calendar
    from briefer.schedule.ics_import import import_calendar, plan_import
    from briefer.schedule.items import ScheduleIndex, load_schedule
    from briefer.schedule.slots import find_slots

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", help="a data dir from benchmarks/generate.py (default: build one here)")
    ap.add_argument("--meetings", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    tmp = None
    if args.data_dir:
        store = Store.open(resolve(args.data_dir).database)
    else:
        tmp = tempfile.TemporaryDirectory()
        store = Store.open(Path(tmp.name) / "bench.sqlite")
        t0 = time.perf_counter()
        build(store, args.meetings)
        print(f"built: {time.perf_counter() - t0:.1f} s")

    rows = []
    t, schedule = median_time(lambda: load_schedule(store), args.runs)
    rows.append(("load snapshot from the store", t, f"{len(schedule.sessions)} sessions, {len(schedule.meetings)} bilaterals"))
    t, findings = median_time(lambda: check_schedule(schedule), args.runs)
    errors = sum(1 for f in findings if f.severity == "error")
    rows.append(("check_schedule (whole programme)", t, f"{len(findings)} findings ({errors} errors)"))
    dutch = load_schedule(store, lang="nl")
    t, _ = median_time(lambda: check_schedule(dutch), args.runs)
    rows.append(("check_schedule, messages in Dutch", t, "same findings, Dutch sentences"))
    by_code: dict[str, int] = {}
    for f in findings:
        by_code[f.code] = by_code.get(f.code, 0) + 1
    t, index = median_time(lambda: ScheduleIndex(schedule), args.runs)
    rows.append(("build ScheduleIndex", t, ""))
    sample = random.Random(1).sample(list(schedule.meetings), min(200, len(schedule.meetings)))
    moved = [m.evolve(start=m.start + timedelta(minutes=25), end=m.end + timedelta(minutes=25)) for m in sample]
    t, _ = median_time(lambda: [conflicts_for(m, index) for m in moved], args.runs)
    rows.append(("conflicts_for one moved meeting", t / len(moved), f"mean of {len(moved)}"))
    principals = [p for p in schedule.people.values() if p.is_principal] or list(schedule.people.values())
    countries = sorted({d.country for d in schedule.delegations if d.country and not d.host})
    pairs = [(principals[i % len(principals)].id, countries[i % len(countries)]) for i in range(20)]
    t, results = median_time(lambda: [find_slots(index, p, country=c, limit=5) for p, c in pairs], args.runs)
    found = sum(len(r.slots) for r in results)
    rows.append(("find_slots (5 slots, 20 min)", t / len(pairs), f"mean of {len(pairs)}; {found} slots found"))
    big = load_schedule(store, with_briefs=True)
    t, data = median_time(lambda: export_calendar(big, principals[0].id), args.runs)
    rows.append(("ics export for one principal", t, f"{len(data) // 1024} KiB"))
    # the whole programme as the organisers would publish it, imported into a fresh store
    everyone = "00000000-0000-4000-8000-000000000000"
    programme = dataclasses.replace(big, meetings=(), sessions=tuple(
        x.model_copy(update={"attendee_ids": [everyone]}) for x in big.sessions))
    ics = export_calendar(programme, everyone)

    def fresh_import():
        with Store.memory() as fresh:
            fresh.conference_repo.add(big.conference)
            return import_calendar(fresh, ics, file="programme.ics")

    t, plan = median_time(fresh_import, args.runs)
    rows.append(("import-ics of the programme, fresh store", t, plan.summary()))
    t, plan = median_time(lambda: plan_import(store, ics, file="programme.ics"), args.runs)
    rows.append(("import-ics --dry-run, same programme again", t, plan.summary()))

    width = max(len(r[0]) for r in rows)
    print(f"{'path'.ljust(width)}  median")
    for name, secs, note in rows:
        print(f"{name.ljust(width)}  {secs * 1000:8.1f} ms  {note}")
    print("findings: " + ", ".join(f"{k} {v}" for k, v in sorted(by_code.items())))
    store.close()
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
