"""Records written in the same moment list in the order they were written, not in the order of their ids.

The store keeps the moment of recording to the millisecond and lists most tables by it. A whole file
loaded in one go (the demo, a calendar, another laptop's bundle, a spreadsheet) writes many records in
one millisecond; those used to come out in the order of their random ids, so a meeting's outcomes
printed shuffled — the headline agreement under a detail — in the pack, the notes report and meeting mode.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

from briefer.demo import demo_dir
from briefer.exchange.markdown_report import render_markdown
from briefer.exchange.report import build_notes_report
from briefer.model import Outcome
from briefer.store import Store

MOMENT = datetime(2026, 12, 4, 9, 30, tzinfo=timezone.utc)


def test_outcomes_written_in_one_moment_list_as_written_and_stay_so_after_reopening_and_vacuum(demo_store, tmp_path):
    meeting = demo_store.meetings.list()[0]
    # ids descending, so the order of the ids is the opposite of the order of writing
    texts = [f"Outcome {n} as the note-taker wrote it" for n in range(1, 6)]
    ids = [str(uuid.UUID(int=(9 - n) << 120 | n)) for n in range(5)]
    assert sorted(ids) != ids
    demo_store.outcomes.put_many([Outcome(id=i, meeting_id=meeting.id, text=t, created_at=MOMENT, updated_at=MOMENT)
                                  for i, t in zip(ids, texts)])
    listed = [o.text for o in demo_store.outcomes.list(meeting_id=meeting.id) if o.created_at == MOMENT]
    assert listed == texts
    path = demo_store.path
    demo_store.close()
    # as the migration that gives back space does: VACUUM rewrites every table
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute("DELETE FROM outcomes WHERE rowid = (SELECT min(rowid) FROM outcomes)")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    with Store.open(path, user="tester") as again:
        assert [o.text for o in again.outcomes.list(meeting_id=meeting.id) if o.created_at == MOMENT] == texts


def test_the_demos_outcomes_are_reported_in_the_order_of_its_file(demo_store):
    """Each meeting's outcomes in the notes report, in the order the demo's file gives them (loaded in one go)."""
    written = json.loads((demo_dir() / "outcomes.json").read_text(encoding="utf-8"))
    by_meeting: dict[str, list[str]] = {}
    for o in written:
        by_meeting.setdefault(o["meeting_id"], []).append(o["text"])
    several = {m: texts for m, texts in by_meeting.items() if len(texts) > 1}
    assert several  # the demo has meetings with more than one outcome
    lines = render_markdown(build_notes_report(demo_store, lang="en")).splitlines()
    for texts in several.values():
        where = [lines.index(f"- {t}") for t in texts]  # the outcomes' list items
        assert where == sorted(where), texts
    for meeting_id, texts in several.items():
        assert [o.text for o in demo_store.outcomes.list(meeting_id=meeting_id)] == texts


def test_meetings_at_one_time_and_notes_of_one_moment_keep_their_order_in_the_report_and_the_pack(demo_store,
                                                                                                 tmp_path):
    """The notes report and the pack sort by time themselves; at the same time they keep the store's order
    (they used to fall back on the random ids): two bilaterals booked for the same slot, and two notes one
    note-taker's file brought in at one moment."""
    from pypdf import PdfReader

    from briefer.model import Meeting, Note
    from briefer.packs import PackOptions, build_pack

    minister = next(p for p in demo_store.people.list() if p.is_principal)
    start = min(m.start for m in demo_store.meetings.list())
    slot = dict(principal_id=minister.id, start=start.replace(hour=5, minute=0), end=start.replace(hour=5, minute=30))
    first = Meeting(id=str(uuid.UUID(int=9 << 120)), counterpart_country="CHL", **slot)
    second = Meeting(id=str(uuid.UUID(int=1 << 120)), counterpart_country="ARG", **slot)
    demo_store.meetings.put_many([first, second])
    notes = [Note(id=str(uuid.UUID(int=(9 - n) << 120)), meeting_id=first.id, author="Thijs",
                  body=f"Point {n} of the call", created_at=MOMENT, updated_at=MOMENT) for n in range(1, 4)]
    demo_store.notes.put_many(notes)

    from briefer.exchange.report_choices import bilaterals_in_order

    listed = [m.id for m in bilaterals_in_order(demo_store)[0]]  # the export dialog's list of bilaterals
    assert listed.index(first.id) < listed.index(second.id)
    report = render_markdown(build_notes_report(demo_store, lang="en"))
    assert report.index("Bilateral with Chile") < report.index("Bilateral with Argentina")
    assert report.index("Point 1 of") < report.index("Point 2 of") < report.index("Point 3 of")

    pack = build_pack(demo_store, PackOptions(recipient_id=minister.id, lang="en"), tmp_path / "pack.pdf")
    chapters = [o.title for o in PdfReader(str(pack.path)).outline if not isinstance(o, list)]
    assert chapters.index("Bilateral with Chile") < chapters.index("Bilateral with Argentina"), chapters
