"""The schedule commands as a user types them: check --schedule, slots, ics, import-ics, walking."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import icalendar
import pytest
from schedule_helpers import local

from briefer.cli import main
from briefer.model import Conference, Delegation, DelegationMember, Meeting, MemberRole, Person, Room, Session
from briefer.paths import ensure_data_dir, resolve
from briefer.store import Store

DATA = Path(__file__).parent / "data"


@pytest.fixture
def cli_store():
    """The database the command line opens (BRIEFER_DATA_DIR is per test), with a small programme."""
    paths = ensure_data_dir(resolve(None))
    with Store.open(paths.database) as s:
        s.conference_repo.add(Conference(name="AMR 2019", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20)))
        a = s.rooms.add(Room(name="Room A", venue="Huis ter Duin", suitable_for_bilaterals=True))
        b = s.rooms.add(Room(name="Room B", venue="Huis ter Duin", suitable_for_bilaterals=True))
        m = s.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister"))
        idn = s.people.add(Person(given_name="Nila", family_name="Moeloek", country="IDN"))
        s.delegations.add(Delegation(country="IDN", members=[DelegationMember(person_id=idn.id, role=MemberRole.HEAD)]))
        s.sessions.add(Session(title="Opening", start=local(19, 8), end=local(19, 9), room_id=b.id, speaker_ids=[m.id]))
        yield paths, {"a": a, "b": b, "minister": m}


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_schedule_reports_and_fails_on_errors(cli_store, capsys):
    paths, w = cli_store
    code, out, _ = run(capsys, "check", "--schedule")
    assert code == 0 and "ok: no schedule errors, 0 warnings (1 session and 0 bilaterals checked)" in out
    with Store.open(paths.database) as s:
        s.meetings.add(Meeting(start=local(19, 8, 30), end=local(19, 8, 50), principal_id=w["minister"].id,
                               counterpart_country="IDN", room_id=w["a"].id, interpreter_language="id"))
    code, out, err = run(capsys, "check", "--schedule")
    assert code == 1
    assert "error: Bruno Bruins has the bilateral 'Bilateral with Indonesia'" in out
    assert "warning: the bilateral 'Bilateral with Indonesia' (Wed 19 Jun 08:30–08:50) needs an interpreter" in out
    assert "1 error and 1 warning in the schedule" in err


def test_slots_command(cli_store, capsys):
    code, out, _ = run(capsys, "slots", "--principal", "Bruins", "--country", "idn", "--limit", "2", "--why")
    assert code == 0
    assert "free slots of 20 min for Bruno Bruins and Nila Moeloek" in out
    assert "Wed 19 Jun 09:05–09:25  Room B" in out
    assert "passed over:" in out and "Bruno Bruins is busy: 'Opening'" in out
    code, out, _ = run(capsys, "slots", "--principal", "Bruins", "--country", "idn", "--limit", "2")
    passed = re.search(r"\((\d+) earlier time ranges? passed over; --why says why\)", out)
    assert code == 0 and passed, out
    assert passed.group(0).startswith(f"({passed.group(1)} earlier time range{'' if passed.group(1) == '1' else 's'} ")
    code, _, err = run(capsys, "slots", "--principal", "Bruins", "--country", "XXX")
    assert code == 1 and "'XXX' is not a country" in err
    code, _, err = run(capsys, "slots", "--principal", "Bruins", "--country", "IDN", "--day", "2019-06-22")
    assert code == 1 and "not a conference day" in err
    code, _, err = run(capsys, "slots", "--principal", "Nobody", "--country", "IDN")
    assert code == 3 and "no person called 'Nobody'" in err


def test_check_schedule_and_slots_in_dutch(cli_store, capsys):
    paths, w = cli_store
    code, out, _ = run(capsys, "check", "--schedule", "--lang", "nl")
    assert code == 0 and "ok: geen fouten in het programma, 0 waarschuwingen (1 sessie en 0 bilaterale gesprekken" in out
    with Store.open(paths.database) as s:
        s.meetings.add(Meeting(start=local(19, 8, 30), end=local(19, 8, 50), principal_id=w["minister"].id,
                               counterpart_country="IDN", room_id=w["a"].id, interpreter_language="id"))
    code, out, err = run(capsys, "check", "--schedule", "--lang", "nl")
    assert code == 1
    assert ("fout: Bruno Bruins heeft het bilaterale gesprek 'Bilateraal met Indonesië' (wo 19 jun 08:30–08:50, "
            "Room A) tijdens een spreek- of voorzittersrol bij 'Opening'") in out
    assert ("waarschuwing: het bilaterale gesprek 'Bilateraal met Indonesië' (wo 19 jun 08:30–08:50) "
            "heeft een tolk nodig (id)") in out
    assert "1 fout en 1 waarschuwing in het programma" in err
    for english in ("error", "warning", "bilateral ", "Bilateral", "needs", "while"):
        assert english not in out
    # English stays the default
    code, out, _ = run(capsys, "check", "--schedule")
    assert code == 1 and "error: Bruno Bruins has the bilateral 'Bilateral with Indonesia'" in out

    code, out, _ = run(capsys, "slots", "--principal", "Bruins", "--country", "idn", "--limit", "2", "--why",
                       "--lang", "nl")
    assert code == 0
    assert "vrije tijden van 20 min voor Bruno Bruins en Nila Moeloek" in out
    assert re.search(r"Wanneer +Zaal +Lopen", out) and re.search(r"1 +wo 19 jun 09:05–09:25 +Room A +5 min", out)
    assert "overgeslagen:" in out and "Bruno Bruins is bezet: 'Opening' (wo 19 jun 08:00–09:00, Room B)" in out
    code, _, err = run(capsys, "slots", "--principal", "Bruins", "--country", "IDN", "--day", "2019-06-22",
                       "--lang", "nl")
    assert code == 1 and "22-06-2019 is geen conferentiedag" in err and "--day" in err
    with pytest.raises(SystemExit) as info:
        main(["slots", "--principal", "Bruins", "--country", "IDN", "--lang", "de"])
    assert info.value.code == 2 and "invalid choice: 'de'" in capsys.readouterr().err


def test_ics_export_command(cli_store, capsys, tmp_path):
    target = tmp_path / "bruins.ics"
    code, out, _ = run(capsys, "ics", "--for", "Bruins", "-o", str(target), "--public")
    assert code == 0 and "1 session and 0 bilaterals for Bruno Bruins (public" in out
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Opening"]
    code, _, err = run(capsys, "ics", "--for", "Bruins", "-o", str(tmp_path / "missing" / "x.ics"))
    assert code == 3 and "does not exist" in err
    assert list(tmp_path.glob("*.tmp")) == []


def test_import_ics_command_dry_run_then_real(cli_store, capsys):
    paths, _ = cli_store
    f = str(DATA / "outlook_w_europe.ics")
    code, out, _ = run(capsys, "import-ics", f, "--dry-run")
    assert code == 0 and "dry run, nothing changed: would be 5 added" in out
    assert "skipped   2019-06-17 14:00  Preparatory meeting of senior officials" in out
    with Store.open(paths.database) as s:
        assert s.sessions.count() == 1
    code, out, _ = run(capsys, "import-ics", f)
    assert code == 0 and out.strip().endswith(f"5 added, 0 updated, 0 removed, 0 unchanged, 2 skipped, 3 new rooms — {f}")
    code, out, _ = run(capsys, "import-ics", f)
    assert "0 added, 0 updated, 0 removed, 5 unchanged" in out


def test_import_ics_command_refuses_bad_files(cli_store, capsys, tmp_path):
    code, _, err = run(capsys, "import-ics", str(DATA / "broken_ical.ics"))
    assert code == 7 and "broken_ical.ics: line 4: event 'An Event with too many semicolons'" in err
    assert "Traceback" not in err
    code, _, err = run(capsys, "import-ics", str(tmp_path / "nope.ics"))
    assert code == 7 and "nope.ics: no such file" in err


def test_walking_commands(cli_store, capsys):
    code, out, _ = run(capsys, "walking", "set", "room a", "Room B", "12")
    assert code == 0 and "Room A ↔ Room B: 12 min" in out
    code, out, _ = run(capsys, "walking", "show")
    # the matrix: A→B and B→A 12 min
    assert re.search(r"^Room A\s+Huis ter Duin\s+0\s+12$", out, re.M)
    assert re.search(r"^Room B\s+Huis ter Duin\s+12\s+0$", out, re.M)
    assert "(minutes; defaults: 5 within a venue, 30 across venues)" in out
    code, out, _ = run(capsys, "walking", "default", "Huis ter Duin", "7")
    assert code == 0
    code, out, _ = run(capsys, "walking", "show")
    assert "(minutes; defaults: 5 within a venue, 30 across venues; Huis ter Duin: 7)" in out
    assert re.search(r"^Room A\s+Huis ter Duin\s+0\s+12$", out, re.M)  # a pair set explicitly keeps its time
    code, _, err = run(capsys, "walking", "default", "Nowhere", "7")
    assert code == 3 and "no room is in the venue 'Nowhere'" in err
    code, _, err = run(capsys, "walking", "set", "Room A", "Room B", "-3")
    assert code == 1 and "minutes" in err
    code, _, err = run(capsys, "walking", "set", "Room A", "Room A", "3")
    assert code == 1 and "no walk from itself" in err
