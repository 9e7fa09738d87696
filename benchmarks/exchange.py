"""Exchange bundles at scale: ``python benchmarks/exchange.py [--data-dir DIR]``.

Measures, on a large synthetic conference (50,000 notes):
1. ``export bundle --all`` (seconds, bundle size),
2. importing that bundle into an empty store (the "restore an archive" case),
3. importing it again (nothing to do: the idempotent path),
4. exporting the notes changed since a moment (1,000 edited notes) and importing
   them into the restored copy (the everyday laptop-to-laptop case).

``--data-dir`` may point at a folder made by ``benchmarks/generate.py`` (when
that script is present); without it, comparable data is generated here
(5,000 meetings, 50,000 notes of 50–600 Zipf-distributed words).
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefer.exchange.bundle import export_bundle  # noqa: E402
from briefer.exchange.merge import import_bundle  # noqa: E402
from briefer.model import Action, Conference, Country, Meeting, MeetingStatus, Note, Outcome, Person  # noqa: E402
from briefer.model.base import utcnow  # noqa: E402
from briefer.store import Store  # noqa: E402


def synthesize(path: Path, notes: int = 50_000, meetings: int = 5_000, seed: int = 1) -> None:
    """Comparable data to benchmarks/generate.py, written in bulk."""
    import pycountry

    rng = random.Random(seed)
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyzéü") for _ in range(rng.randint(2, 11)))
             for _ in range(25_000)]
    vocab[:6] = ["antimicrobial", "resistance", "surveillance", "stewardship", "One Health", "action plan"]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    cum = list(__import__("itertools").accumulate(weights))

    def text(n):
        return " ".join(rng.choices(vocab, cum_weights=cum, k=n)).capitalize() + "."

    with Store.open(path, user="generator") as store:
        with store.write():
            store.conference_repo.put(Conference(name="Synthetic conference", start_date=date(2030, 5, 6),
                                                 end_date=date(2030, 5, 10), timezone="Europe/Amsterdam"))
            codes = [c.alpha_3 for c in pycountry.countries][:200]
            store.countries.put_many([Country(iso3=c) for c in codes])
            people = [Person(given_name=f"P{i}", family_name=text(1).strip("."), country=rng.choice(codes))
                      for i in range(2_000)]
            store.people.put_many(people)
            start = datetime(2030, 5, 6, 7, 0, tzinfo=timezone.utc)
            ms = []
            for i in range(meetings):
                s = start + timedelta(days=i % 5, minutes=30 * (i // 5 % 24))
                ms.append(Meeting(start=s, end=s + timedelta(minutes=30), principal_id=people[i % 40].id,
                                  counterpart_country=rng.choice(codes), status=MeetingStatus.HELD))
            store.meetings.put_many(ms)
            store.notes.put_many([Note(meeting_id=rng.choice(ms).id, author=f"Advisor {i % 60}",
                                          body=text(rng.randint(50, 600))) for i in range(notes)])
            store.outcomes.put_many([Outcome(meeting_id=rng.choice(ms).id, text=text(20)) for _ in range(1_900)])
            store.actions.put_many([Action(description=text(12), meeting_id=rng.choice(ms).id,
                                              owner=f"Unit {i % 12}", due=date(2030, 7, 1)) for i in range(1_300)])


def timed(fn):
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="a folder made by benchmarks/generate.py")
    parser.add_argument("--notes", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="briefer-exchange-bench-"))
    try:
        if args.data_dir:
            # Work on a copy: the benchmark edits 1,000 notes in its source, and opening may migrate.
            source = work / "source.sqlite"
            t, _ = timed(lambda: shutil.copyfile(args.data_dir / "briefer.sqlite", source))
            print(f"copied {args.data_dir / 'briefer.sqlite'} in {t:.1f} s")
        else:
            source = work / "source.sqlite"
            t, _ = timed(lambda: synthesize(source, notes=args.notes))
            print(f"generated {args.notes:,} notes in {t:.1f} s")
        with Store.open(source, user="bench") as src:
            counts = src.counts()
            print(f"source: {sum(counts.values()):,} records ({counts['notes']:,} notes), "
                  f"{source.stat().st_size / 1e6:.0f} MB database")
            bundle = work / "all.briefer"
            exports = []
            for _ in range(args.runs):
                t, summary = timed(lambda: export_bundle(src, bundle))
                exports.append(t)
            print(f"export bundle --all: median {statistics.median(exports):.2f} s (min {min(exports):.2f}), "
                  f"bundle {summary.size / 1e6:.1f} MB")
            imports, again = [], []
            for i in range(args.runs):
                target = work / f"restore{i}.sqlite"
                with Store.open(target, user="restore") as dst:
                    t, report = timed(lambda: import_bundle(dst, bundle))
                    imports.append(t)
                    t2, report2 = timed(lambda: import_bundle(dst, bundle))
                    again.append(t2)
                    assert len(report.added) == sum(counts.values()) and not report2.changed
            print(f"import into an empty store: median {statistics.median(imports):.2f} s "
                  f"(min {min(imports):.2f}); {len(report.added):,} records")
            print(f"import the same bundle again (no changes): median {statistics.median(again):.2f} s")
            # everyday case: 1,000 notes edited on one laptop, sent to the other
            cut = utcnow()
            time.sleep(0.01)
            with src.write():
                for n in src.notes.list()[:1_000]:
                    src.notes.update(n.evolve(body=n.body + " Addendum."))
            small = work / "since.briefer"
            t, summary = timed(lambda: export_bundle(src, small, since=cut, only="notes"))
            print(f"export --since --only notes (1,000 edited notes): {t:.2f} s, {summary.size / 1e6:.2f} MB")
        with Store.open(work / "restore0.sqlite", user="restore") as dst:
            t, report = timed(lambda: import_bundle(dst, small))
            print(f"import of those 1,000 edits into a 50,000-note store: {t:.2f} s "
                  f"({len(report.updated)} updated, {len(report.conflicted)} conflicts)")
        print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
