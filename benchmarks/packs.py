"""Benchmark: how fast packs render (pages, seconds, ms/page).

    python benchmarks/packs.py            # synthetic 40-bilateral pack + one-meeting brief (+ demo if present)
    python benchmarks/packs.py --large DIR --busiest   # the pack of the principal with the most bilaterals

``--large DIR``: DIR holds a ``briefer.sqlite`` made by ``benchmarks/generate.py``; it is copied to a
temporary folder (and migrated there) first, never written. ``--busiest`` builds the pack of the
person with the most bilaterals (issue 19: 612 bilaterals, ~3,000 pages): compose, then render.

Runs in-process on a temporary database; prints a Markdown table for
benchmarks/README.md. Timings are measured here, never asserted in tests.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefer.model import (  # noqa: E402
    BackgroundItem, Conference, CountryBrief, DefensiveLine, Fact, Meeting, MeetingBrief, MeetingStatus,
    Objective, Person, Priority, Room, Session, SourceRef, TalkingPoint,
)
from briefer.packs import PackOptions, compose, render  # noqa: E402
from briefer.store import Store  # noqa: E402

VOCAB = ("the ministry will continue to support national surveillance of antimicrobial resistance and "
         "responsible use of antibiotics in human and veterinary medicine through One Health coordination "
         "laboratory twinning financing stewardship programmes and regional cooperation").split()


def text(n: int, seed: int) -> str:
    words = [VOCAB[(seed * 13 + i * 7) % len(VOCAB)] for i in range(n)]
    return " ".join(words).capitalize() + "."


def synthetic(store: Store, bilaterals: int = 40) -> Person:
    """A conference with one minister holding ``bilaterals`` meetings, each with full briefs."""
    import pycountry

    store.conference_repo.add(Conference(name="Synthetic ministerial conference", start_date=date(2019, 6, 19),
                                         end_date=date(2019, 6, 20), timezone="Europe/Amsterdam"))
    minister = store.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD",
                                       principal_title="Minister voor Medische Zorg en Sport"))
    advisers = [store.people.add(Person(given_name=f"Adviser{i}", family_name=f"Achternaam{i}", country="NLD",
                                        position="Beleidsadviseur", email=f"a{i}@example.nl")) for i in range(4)]
    room = store.rooms.add(Room(name="Bilateral room 1"))
    store.sessions.add(Session(start=datetime(2019, 6, 19, 7, 0, tzinfo=timezone.utc),
                               end=datetime(2019, 6, 19, 8, 0, tzinfo=timezone.utc), title="Opening plenary",
                               speaker_ids=[minister.id], speaking_notes="\n\n".join(text(120, i) for i in range(6))))
    countries = [c.alpha_3 for c in pycountry.countries if c.alpha_3 != "NLD"][:bilaterals]
    # a topic profile of three indicators, so each country brief prints as much as before topics were data
    from briefer.model import Indicator, Scale, ScaleLevel, TopicProfile
    from briefer.store.topics import set_value

    profile = store.topic_profiles.add(TopicProfile(name_en="Topic", indicators=[
        Indicator(name_en="Situation"),
        Indicator(name_en="Plan stage", scale=Scale.LEVELS, chart=True,
                  levels=[ScaleLevel(code=c, text_en=f"Stage {c}") for c in "ABCDE"]),
        Indicator(name_en="Coordination")]))
    start = datetime(2019, 6, 19, 6, 0, tzinfo=timezone.utc)
    for i, iso in enumerate(countries):
        day, slot = divmod(i, bilaterals // 2)
        t0 = start + timedelta(days=day, minutes=20 * slot)
        people = [store.people.add(Person(honorific="H.E.", given_name=f"Name{i}{k}", family_name=f"Family{i}{k}",
                                          country=iso, position="Minister of Health" if k == 0 else "Adviser",
                                          biography=text(70, i + k)))
                  for k in range(2)]
        m = store.meetings.add(Meeting(start=t0, end=t0 + timedelta(minutes=20), principal_id=minister.id,
                                       counterpart_country=iso, counterpart_ids=[p.id for p in people],
                                       nl_participant_ids=[advisers[i % 4].id], room_id=room.id if i % 5 else None,
                                       interpreter_language="fr" if i % 3 == 0 else None,
                                       status=MeetingStatus.CONFIRMED))
        store.meeting_briefs.add(MeetingBrief(
            meeting_id=m.id, objectives=[Objective(text=text(18, i + j)) for j in range(3)],
            key_messages=[text(25, i + j) for j in range(3)],
            talking_points=[TalkingPoint(text=text(45, i + j), priority=list(Priority)[j % 3]) for j in range(5)],
            expected_positions=[text(30, i + j) for j in range(2)],
            defensive_lines=[DefensiveLine(question=text(12, i + j) + "?", answer=text(35, i + j)) for j in range(3)],
            background=[BackgroundItem(text=text(60, i + j), usable=j % 3 != 2) for j in range(3)],
        ))
        store.country_briefs.add(CountryBrief(
            country=iso, summary=text(100, i), relations_nl=text(100, i + 1),
            facts=[Fact(label=f"Indicator {j}", value=text(8, i + j), source="WHO") for j in range(8)],
            asks=[text(20, i + j) for j in range(3)], offers=[text(20, i + j + 1) for j in range(2)],
            sources=[SourceRef(title=text(8, j), publisher="WHO", date="2019") for j in range(3)],
        ))
        for ind, value in zip(profile.indicators, (text(90, i), "ABCDE"[i % 5], text(60, i + 2))):
            set_value(store, profile, ind, iso, value, source="synthetic" if ind.chart else "")
    return minister


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def busiest(large: Path) -> None:
    """Compose and render the pack of the person with the most bilaterals in a copy of ``large``."""
    import os
    import shutil

    from briefer.schedule.workload import workloads

    with tempfile.TemporaryDirectory(prefix="briefer-packs-large-") as tmp:
        db = Path(tmp) / "briefer.sqlite"
        shutil.copy2(large / "briefer.sqlite", db)
        store = Store.open(db, user="bench")
        people = {p.id: p for p in store.people.list()}
        top = max(workloads(store, people), key=lambda w: (w.bilaterals, w.sessions))
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        cpu = time.process_time()  # on a shared machine the CPU time says more than the clock
        plan, tc = timed(lambda: compose(store, PackOptions(recipient_id=top.person.id, lang="nl")))
        cpu_compose = time.process_time() - cpu
        result, tr = timed(lambda: render(plan, Path(tmp) / "busiest.pdf"))
        cpu = time.process_time() - cpu
        store.close()
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print("| Pack | Pages | Seconds | ms/page | of which compose s | CPU s (compose) | CPU ms/page |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(f"| busiest of {large}: {top.person.full_name} ({top.bilaterals} bilaterals), compose + render "
          f"| {result.pages} | {tc + tr:.1f} | {(tc + tr) * 1000 / result.pages:.1f} | {tc:.1f} "
          f"| {cpu:.1f} ({cpu_compose:.1f}) | {cpu * 1000 / result.pages:.1f} |")


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--large", type=Path, help="a data dir holding briefer.sqlite (copied, never written)")
    ap.add_argument("--busiest", action="store_true", help="with --large: the pack of the busiest principal")
    args = ap.parse_args()
    if args.large:
        busiest(args.large)
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = Store.open(tmp / "bench.sqlite", user="bench")
        minister = synthetic(store)
        meeting = store.meetings.list()[0]
        one = PackOptions(meeting_id=meeting.id, lang="nl")
        # first thing in a fresh process: includes loading the fonts (what the GUI's first print costs)
        (plan0, tc0), = [timed(lambda: compose(store, one))]
        r0, tr0 = timed(lambda: render(plan0, tmp / "one-cold.pdf"))
        rows.append(("one-meeting brief, first in process (fonts loaded)", r0.pages, tc0 + tr0, tc0))
        options = PackOptions(recipient_id=minister.id, lang="nl")
        plan, t_compose = timed(lambda: compose(store, options))
        render(plan, tmp / "warm.pdf")
        runs = []
        for i in range(3):
            plan, tc = timed(lambda: compose(store, options))
            result, t = timed(lambda: render(plan, tmp / f"pack{i}.pdf"))
            runs.append((tc + t, tc))
        best = min(runs)
        rows.append(("40 bilaterals (synthetic), compose + render", result.pages, best[0], best[1]))
        times = []
        for i in range(5):
            (plan1, tc), = [timed(lambda: compose(store, one))]
            r1, tr = timed(lambda: render(plan1, tmp / f"one{i}.pdf"))
            times.append((tc + tr, tc))
        best1 = min(times)
        rows.append(("one-meeting brief, compose + render (warm)", r1.pages, best1[0], best1[1]))
        store.close()

        try:
            from briefer.demo import load_demo

            demo = Store.open(tmp / "demo.sqlite", user="bench")
            load_demo(demo)
            principals = [p for p in demo.people.list() if p.is_principal]
            for p in principals[:2]:
                opts = PackOptions(recipient_id=p.id, lang="nl")
                plan, tc = timed(lambda: compose(demo, opts))
                r, t = timed(lambda: render(plan, tmp / "demo.pdf"))
                rows.append((f"demo: {p.full_name}", r.pages, t, tc))
            demo.close()
        except Exception as exc:  # noqa: BLE001 — the demo lands later; report, do not fail
            print(f"(demo pack skipped: {exc})", file=sys.stderr)

    import os

    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| Pack | Pages | Seconds | ms/page | of which compose s |")
    print("|---|---:|---:|---:|---:|")
    for name, pages, secs, comp in rows:
        print(f"| {name} | {pages} | {secs:.3f} | {secs * 1000 / pages:.1f} | {comp:.3f} |")


if __name__ == "__main__":
    main()
