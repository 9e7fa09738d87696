"""Meeting mode and Today: the costs an advisor pays while typing and while watching the clock.

    python benchmarks/meeting.py [--data-dir DIR] [--runs 200]

Without --data-dir: a fresh temporary database with the bundled demo. With it:
a data dir made by benchmarks/generate.py (5,000 bilaterals, 50,000 notes) —
the case where a note's revision also updates a large search index.

Measured, each on the GUI thread's kind of connection (no Qt needed, the same
store calls meeting mode makes):

- autosave: ``store.drafts.save`` of a ~2,000-character note (one upsert),
  the work done at most once a second while typing;
- commit: a new revision of a 600-word note (``store.notes.update``: revision
  row, search document) — on focus loss, close and quit;
- tick: ``store.checklist.tick`` of a talking point;
- Today's worker: ``read_day`` (the principal's programme, now/next and the
  whole programme's conflict check filtered to the day) for the principal
  with most bilaterals — off the GUI thread, every minute and on each change.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def report(name: str, ms: list[float]) -> None:
    print(f"{name:<48} median {statistics.median(ms):8.2f} ms   p95 {sorted(ms)[int(len(ms) * 0.95) - 1]:8.2f} ms"
          f"   max {max(ms):8.2f} ms   (n={len(ms)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from datetime import datetime, time as clock_time

    from briefer.model import Note, NoteKind
    from briefer.store import Store

    if args.data_dir:
        store = Store.open(args.data_dir / "briefer.sqlite", user="bench")
    else:
        from briefer.demo import load_demo

        store = Store.open(Path(tempfile.mkdtemp()) / "briefer.sqlite", user="bench")
        load_demo(store)
    conf = store.conference()
    meetings = store.meetings.list()
    counts: dict[str, int] = {}
    for m in meetings:
        counts[m.principal_id] = counts.get(m.principal_id, 0) + 1
    principal = max(counts, key=counts.get)
    meeting = next(m for m in meetings if m.principal_id == principal)
    print(f"data: {len(meetings)} bilaterals, {store.notes.count()} notes; principal with {counts[principal]} bilaterals")

    words = ("Minister welcomed the twinning offer on laboratory surveillance and asked about "
             "antimicrobial use in livestock ").split()
    body = " ".join(words[i % len(words)] for i in range(600))
    draft_body = body[:2000]
    n = [0]

    def autosave():
        n[0] += 1
        store.drafts.save("note:bench", draft_body + str(n[0]), record_table="notes", record_id="bench",
                          meeting_id=meeting.id)

    report("autosave (drafts.save, 2,000 chars)", timed(autosave, args.runs))
    store.drafts.discard("note:bench")

    note = store.notes.add(Note(meeting_id=meeting.id, author="bench", note_kind=NoteKind.MINUTES, body=body))
    state = {"note": note}

    def commit():
        n[0] += 1
        state["note"] = store.notes.update(state["note"].evolve(body=body + f" {n[0]}"))

    report("commit (notes.update, 600 words, with search)", timed(commit, max(10, args.runs // 5)))
    store.notes.delete(note.id)

    flip = [False]

    def tick():
        flip[0] = not flip[0]
        store.checklist.tick(meeting.id, "Invite Indonesia to the twinning programme.", flip[0])

    report("tick a talking point", timed(tick, args.runs))

    from briefer.schedule.day import read_day

    now = datetime.combine(conf.start_date, clock_time(11, 0), conf.tz)
    day = conf.local(now).date()
    result = {}

    def today():
        result["d"] = read_day(store, principal, now, now, day, conf.tz, "en")

    report("Today's worker (read_day: programme + conflicts)", timed(today, 5))
    d = result["d"]
    print(f"   → {len(d.items)} items from now, {len(d.conflicts)} conflicts that day")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
