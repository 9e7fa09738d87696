"""The bundled Noordwijk 2019 demo: it loads whole, checks out, and reads like the real thing."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest

from briefer.demo import demo_dir, load_demo, read_demo
from briefer.errors import ImportFailed, InvalidRecord, Refused
from briefer.model import Conference, MeetingStatus, Person, country_name
from briefer.store import SPECS, Store
from briefer.store.integrity import check_store

ROOT = Path(__file__).resolve().parent.parent
DAY1, DAY2 = date(2019, 6, 19), date(2019, 6, 20)


def _briefer(*args, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "BRIEFER_DATA_DIR": str(data_dir), "BRIEFER_USER": "tester"}
    return subprocess.run([sys.executable, "-m", "briefer", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def _by_key(store: Store) -> dict[str, Person]:
    return {p.family_name: p for p in store.people.list()}


# ---------------------------------------------------------------------- loading
def test_demo_loads_into_an_empty_file_and_every_record_checks_out(tmp_path):
    with Store.open(tmp_path / "fresh.sqlite", user="tester") as store:
        result = load_demo(store)
        assert result.loaded
        assert check_store(store) == []
    # reopened from disk, every record reads back
    with Store.open(tmp_path / "fresh.sqlite", user="tester") as store:
        raw = read_demo()
        for spec in SPECS:
            assert store.repo_for_table(spec.table).count() == len(raw[spec.table]), spec.table


def test_demo_counts(demo_store):
    c = demo_store.counts()
    assert c["conference"] == 1
    assert c["countries"] >= 20
    assert c["country_briefs"] >= 20
    assert c["meetings"] >= 12
    assert c["meeting_briefs"] == c["meetings"]
    assert c["sessions"] >= 20
    assert c["organisations"] >= 11
    assert c["notes"] >= 10 and c["outcomes"] >= 5 and c["actions"] >= 5 and c["attachments"] >= 1


def test_loading_twice_is_a_no_op(demo_store):
    before = demo_store.counts()
    history = len(demo_store.meetings.history(demo_store.meetings.list()[0].id))
    again = load_demo(demo_store)
    assert not again.loaded and "already loaded" in again.message
    assert demo_store.counts() == before
    assert len(demo_store.meetings.history(demo_store.meetings.list()[0].id)) == history


def test_loading_over_other_data_is_refused_and_changes_nothing(conference_store):
    before = conference_store.counts()
    with pytest.raises(Refused) as err:
        load_demo(conference_store)
    assert "Test conference" in str(err.value) and "--force" in str(err.value)
    assert conference_store.counts() == before
    assert conference_store.conference().name == "Test conference"


def test_a_broken_demo_file_loads_nothing_and_names_the_file(tmp_path, store):
    folder = tmp_path / "demo"
    (folder / "attachments").mkdir(parents=True)
    for f in demo_dir().glob("*.json"):
        (folder / f.name).write_bytes(f.read_bytes())
    for f in (demo_dir() / "attachments").iterdir():
        (folder / "attachments" / f.name).write_bytes(f.read_bytes())
    meetings = json.loads((folder / "meetings.json").read_text(encoding="utf-8"))
    meetings[-1]["end"] = meetings[-1]["start"]  # the last meeting ends when it starts
    (folder / "meetings.json").write_text(json.dumps(meetings), encoding="utf-8")
    with pytest.raises(InvalidRecord) as err:
        load_demo(store, folder)
    assert "meetings.json" in str(err.value) and "end" in str(err.value)
    assert store.is_empty()


def test_unreadable_demo_json_is_a_clear_error(tmp_path, store):
    (tmp_path / "conference.json").write_text("[{", encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        load_demo(store, tmp_path)
    assert "conference.json" in str(err.value)
    assert store.is_empty()


# ---------------------------------------------------------------------- command line
def test_cli_demo_then_list_meetings(tmp_path):
    data = tmp_path / "cli"
    r = _briefer("demo", data_dir=data)
    assert r.returncode == 0, r.stderr
    assert "was loaded" in r.stdout and "bilaterals" in r.stdout
    r = _briefer("list", "meetings", data_dir=data)
    assert r.returncode == 0, r.stderr
    assert "Indonesia" in r.stdout and "Bruno Bruins" in r.stdout and "Carola Schouten" in r.stdout
    assert "to be confirmed" in r.stdout  # the requested meeting without a room
    r = _briefer("check", data_dir=data)
    assert r.returncode == 0, r.stdout + r.stderr
    r = _briefer("demo", data_dir=data)
    assert r.returncode == 0 and "already loaded" in r.stdout


def test_cli_demo_over_other_data_refuses_then_force_keeps_the_old_file(tmp_path):
    data = tmp_path / "cli"
    data.mkdir()
    db = data / "briefer.sqlite"
    # find the file name the app uses by letting it create the database
    r = _briefer("list", "meetings", data_dir=data)
    assert r.returncode == 0, r.stderr
    db = next(p for p in data.iterdir() if p.suffix in (".sqlite", ".db"))
    with Store.open(db, user="tester") as store:
        store.conference_repo.add(Conference(name="My own conference", start_date=DAY1, end_date=DAY2))
    r = _briefer("demo", data_dir=data)
    assert r.returncode != 0
    assert "My own conference" in r.stderr and "Traceback" not in r.stderr
    r = _briefer("demo", "--force", data_dir=data)
    assert r.returncode == 0, r.stderr
    assert "kept as" in r.stderr
    kept = [p for p in data.iterdir() if "before-demo" in p.name and p.suffix == db.suffix]
    assert len(kept) == 1
    with Store.open(kept[0], user="tester") as old:
        assert old.conference().name == "My own conference"
    with Store.open(db, user="tester") as new:
        assert new.conference().demo


# ---------------------------------------------------------------------- content
def test_conference_is_the_marked_noordwijk_demo(demo_store):
    conf = demo_store.conference()
    assert conf.demo and conf.city == "Noordwijk" and conf.timezone == "Europe/Amsterdam"
    assert (conf.start_date, conf.end_date) == (DAY1, DAY2)
    assert conf.start_date.strftime("%A") == "Wednesday"
    assert "illustrative" in conf.venue


def test_only_public_office_holders_appear_by_real_name(demo_store):
    real = {p.full_name for p in demo_store.people.list() if not p.illustrative}
    assert real == {"Bruno Bruins", "Carola Schouten", "Nila Moeloek", "Princess Margriet"}
    for p in demo_store.people.list():
        if p.illustrative:
            assert "Invented demo person" in p.biography, p.full_name


def test_both_ministers_have_bilaterals_on_both_days(demo_store):
    conf = demo_store.conference()
    people = _by_key(demo_store)
    for name, title in (("Bruins", "Minister voor Medische Zorg en Sport"),
                        ("Schouten", "Minister van Landbouw, Natuur en Voedselkwaliteit")):
        minister = people[name]
        assert minister.principal_title == title
        days = {conf.local(m.start).date() for m in demo_store.meetings.list(principal_id=minister.id)}
        assert days == {DAY1, DAY2}, name


def test_bilaterals_have_the_mix_an_advisor_expects(demo_store):
    meetings = demo_store.meetings.list()
    conf = demo_store.conference()
    statuses = {m.status for m in meetings}
    assert statuses == set(MeetingStatus)
    for m in meetings:
        if conf.local(m.start).date() == DAY1 and m.status != MeetingStatus.CANCELLED:
            assert m.status == MeetingStatus.HELD and m.held_at
    requested = [m for m in meetings if m.status == MeetingStatus.REQUESTED]
    assert any(m.room_id is None for m in requested)
    assert {"id", "fr"} <= {m.interpreter_language for m in meetings}
    assert any(m.counterpart_organisation_id for m in meetings)
    assert all(m.note_taker_id for m in meetings if m.status == MeetingStatus.HELD)
    for m in meetings:  # within the conference hours
        assert conf.day_start <= conf.local(m.start).time() and conf.local(m.end).time() <= conf.day_end


def test_every_minister_speaks_with_notes(demo_store):
    people = _by_key(demo_store)
    for name in ("Bruins", "Schouten"):
        speaking = [s for s in demo_store.sessions.list() if s.speaks(people[name].id)]
        assert speaking, name
        own = [s.notes_for(people[name].id) for s in speaking]
        assert any(n is not None and n.role and n.notes for n in own), name


def test_sourced_programme_elements_are_there(demo_store):
    conf = demo_store.conference()
    by_title = {s.title: s for s in demo_store.sessions.list()}
    opening = by_title["Official opening"]
    people = _by_key(demo_store)
    assert {people["Bruins"].id, people["Margriet"].id} <= set(opening.speaker_ids)
    assert conf.local(opening.start).date() == DAY1 and conf.local(opening.start).hour < 12
    assert conf.local(by_title["Launch of the AMR Multi-Partner Trust Fund"].start).date() == DAY1
    visit = by_title["Indonesian delegation visits RIVM"]
    assert conf.local(visit.start).date() == DAY2 and people["Moeloek"].id in visit.speaker_ids
    assert sum(not s.illustrative for s in by_title.values()) >= 3
    assert all(s.illustrative for s in by_title.values() if "Coffee" in s.title)


def test_country_briefs_carry_the_sourced_nap_levels(demo_store):
    # FACTS.md §5.2 (TrACSS, self-reported)
    expected = {"THA": "E", "IND": "D", "BGD": "D", "NPL": "C", "PAK": "E", "VNM": "D", "KHM": "C", "LAO": "B",
                "GHA": "D", "KEN": "E", "NGA": "D", "ETH": "E", "TZA": "E", "ZMB": "E", "UGA": "D", "ZAF": "D"}
    from briefer.store.topics import find_indicator

    _, plan = find_indicator(demo_store, "National action plan (TrACSS)")  # the demo's topic profile, from its data
    values = {v.country: v for v in demo_store.topic_values.list(indicator_id=plan.id)}
    for iso3, level in expected.items():
        assert values[iso3].value == level, iso3
        assert "TrACSS" in values[iso3].source and "self-reported" in values[iso3].source
    assert values["IDN"].value == ""  # no sourced level: none invented
    briefs = {b.country: b for b in demo_store.country_briefs.list()}
    statuses = {b.status.value for b in briefs.values()}
    assert statuses == {"draft", "reviewed", "final"}
    marks = {b.classification.marking for b in briefs.values()}
    assert marks == {"", "Dep. VERTROUWELIJK"}
    b = briefs["IDN"]
    assert b.talking_points and b.defensive_lines and b.asks and b.offers and b.facts and b.sources
    assert {t.priority.value for t in b.talking_points} == {"certain", "possible", "unlikely"}
    assert any(not item.usable for item in b.background)


def test_meeting_briefs_default_from_country_briefs_where_left_empty(demo_store):
    briefs = {b.country: b for b in demo_store.country_briefs.list()}
    defaulted = 0
    for mb in demo_store.meeting_briefs.list():
        meeting = demo_store.meetings.get(mb.meeting_id)
        assert mb.objectives, meeting.label()
        if not mb.talking_points and meeting.counterpart_country:
            full = mb.with_defaults_from(briefs[meeting.counterpart_country])
            assert full.talking_points == briefs[meeting.counterpart_country].talking_points
            defaulted += 1
    assert defaulted >= 2


def test_outcomes_answer_objectives_and_actions_have_owners(demo_store):
    objectives = {o.id for mb in demo_store.meeting_briefs.list() for o in mb.objectives}
    outcomes = demo_store.outcomes.list()
    assert all(o.objective_id in objectives for o in outcomes)
    assert {o.objective_met for o in outcomes} == {True, False, None}
    assert any("5 million" in o.text for o in outcomes)
    actions = demo_store.actions.list()
    assert all((a.owner_id or a.owner) and a.due for a in actions)
    assert len({a.status for a in actions}) >= 3
    idn = next(m for m in demo_store.meetings.list() if m.counterpart_country == "IDN" and m.status == MeetingStatus.HELD)
    assert len({n.author for n in demo_store.notes.list(meeting_id=idn.id)}) >= 3


def test_attachment_is_a_real_pdf(demo_store):
    atts = demo_store.attachments.list()
    assert any(a.meeting_id for a in atts)
    for a in atts:
        content = demo_store.attachment_content(a.id)
        assert a.size == len(content) and a.sha256 == hashlib.sha256(content).hexdigest()
        reader = pypdf.PdfReader(io.BytesIO(content))
        text = "".join(p.extract_text() for p in reader.pages)
        assert "illustrative" in text and 1 <= len(reader.pages) <= 2


def test_unicode_names_survive(demo_store):
    names = {p.full_name for p in demo_store.people.list()}
    assert "Nguyễn Thị Hương" in names and "Ελένη Παπαδοπούλου" in names and "Małgorzata Wiśniewska-Żak" in names
    assert {"CUW", "VNM"} <= {c.iso3 for c in demo_store.countries.list()}
    assert country_name("CUW") == "Curaçao" and country_name("CUW", "nl") == "Curaçao"
    assert [h for h in demo_store.search("Nguyen") if h.kind == "person"]  # accent-folded search


def test_no_anachronisms_and_small_enough():
    pattern = re.compile(r"WOAH|quadripartite|ANIMUSE|Tracking AMR|18 and 19 June", re.IGNORECASE)
    total = 0
    for f in demo_dir().glob("*.json"):
        text = f.read_text(encoding="utf-8")
        total += len(text.encode("utf-8"))
        assert not pattern.search(text), f"{f.name}: {pattern.search(text).group(0)}"
    total += sum(f.stat().st_size for f in (demo_dir() / "attachments").iterdir())
    assert total < 1_500_000


def test_bundled_json_is_what_the_build_script_writes(tmp_path):
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "build_demo.py"), "--out", str(tmp_path)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    stale = "is stale: run python tools/build_demo.py"

    def pdf_text(path: Path) -> str:
        return "".join(p.extract_text() for p in pypdf.PdfReader(path).pages)

    def without_checksums(rows: list[dict]) -> list[dict]:
        # PDF bytes may differ between reportlab versions; their text and the records must not
        return [{k: v for k, v in r.items() if k not in ("size", "sha256")} for r in rows]

    built = sorted(tmp_path.rglob("*.*"))
    assert {f.relative_to(tmp_path) for f in built} == {f.relative_to(demo_dir()) for f in demo_dir().rglob("*.*")}
    for f in built:
        bundled = demo_dir() / f.relative_to(tmp_path)
        if f.suffix == ".pdf":
            assert pdf_text(bundled) == pdf_text(f), f"{bundled} {stale}"
        elif f.name == "attachments.json":
            assert without_checksums(json.loads(bundled.read_text("utf-8"))) == \
                without_checksums(json.loads(f.read_text("utf-8"))), f"{bundled} {stale}"
        else:
            assert bundled.read_bytes() == f.read_bytes(), f"{bundled} {stale}"


def test_the_demo_programme_has_no_double_bookings(demo_store):
    """A fresh install should not greet the advisor with conflicts the demo did not mean to show."""
    items = [(s.title, s.start, s.end, s.people_ids(), s.room_id) for s in demo_store.sessions.list()]
    items += [(m.label(), m.start, m.end, m.people_ids(), m.room_id) for m in demo_store.meetings.list()
              if m.status != MeetingStatus.CANCELLED]
    clashes = []
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a[1] < b[2] and b[1] < a[2] and (a[3] & b[3] or (a[4] and a[4] == b[4])):
                clashes.append(f"{a[0]} / {b[0]}")
    assert clashes == []
