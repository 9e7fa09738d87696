"""``briefer conference|organisation|room`` as a script types them, and a COP-like conference end to end."""

from __future__ import annotations

from datetime import datetime, timezone

import icalendar
import pypdf
import pytest

from briefer.cli import main
from briefer.model import Delegation, DelegationMember, Meeting, MeetingStatus, Person
from briefer.paths import resolve
from briefer.store import Store

COP = ["conference", "new", "--name", "UN Climate Change Conference COP29", "--city", "Baku",
       "--start", "2024-11-11", "--end", "2024-11-22", "--timezone", "Asia/Baku"]


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: a usage error
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def open_store() -> Store:
    return Store.open(resolve(None).database)


def test_conference_new_creates_one_and_show_prints_it(capsys):
    code, out, err = run(capsys, *COP, "--hours", "08:00-22:00")
    assert code == 0, err
    code, out, _ = run(capsys, "conference", "show")
    assert "UN Climate Change Conference COP29" in out and "Asia/Baku" in out
    assert "2024-11-11 to 2024-11-22" in out and "08:00–22:00" in out
    code, out, _ = run(capsys, "conference", "show", "--json")
    assert '"day_end": "22:00:00"' in out


def test_conference_new_refuses_a_folder_that_holds_one(capsys):
    assert run(capsys, *COP)[0] == 0
    code, out, err = run(capsys, *COP[:3], "Another", *COP[4:])
    assert code == 6 and "already holds the conference 'UN Climate Change Conference COP29'" in err
    with open_store() as s:
        assert s.require_conference().name == "UN Climate Change Conference COP29"


@pytest.mark.parametrize("argv, says", [
    (["--start", "11-11-2024"], "'11-11-2024' is not a date in the form YYYY-MM-DD"),
    (["--timezone", "Baku"], "unknown timezone 'Baku'"),
    (["--hours", "22:00-08:00"], "the day must end after it starts"),
    (["--day-hours", "2024-12-01=09:00-12:00"], "2024-12-01 is not a conference day"),
    (["--day-hours", "2024-11-21=23:00-22:00"], "field 'day_hours.2024-11-21': end: the day must end after it starts"),
])
def test_bad_settings_are_named_and_change_nothing(capsys, argv, says):
    assert run(capsys, *COP)[0] == 0
    code, out, err = run(capsys, "conference", "set", *argv)
    assert code != 0 and says in err and "Traceback" not in err
    with open_store() as s:
        assert s.require_conference().revision == 1


def test_conference_set_changes_names_and_a_days_hours(capsys):
    run(capsys, *COP)
    code, out, err = run(capsys, "conference", "set", "--name-nl", "VN-klimaatconferentie COP29",
                         "--day-hours", "2024-11-21=08:00-23:30")
    assert code == 0, err
    code, out, _ = run(capsys, "conference", "show")
    assert "VN-klimaatconferentie COP29" in out and "2024-11-21  08:00–23:30" in out
    run(capsys, "conference", "set", "--day-hours", "2024-11-21=default")
    with open_store() as s:
        assert s.require_conference().day_hours == {}


def test_a_new_timezone_needs_keep_when_there_are_bilaterals(capsys):
    run(capsys, *COP)
    with open_store() as s:
        p = s.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
        s.meetings.add(Meeting(principal_id=p.id, counterpart_country="AZE", start=datetime(2024, 11, 12, 5, tzinfo=timezone.utc),
                               end=datetime(2024, 11, 12, 5, 30, tzinfo=timezone.utc)))
    code, out, err = run(capsys, "conference", "set", "--timezone", "Europe/Amsterdam")
    assert code == 6 and "--keep wall-clock or --keep instants" in err
    code, out, err = run(capsys, "conference", "set", "--timezone", "Europe/Amsterdam", "--keep", "wall-clock")
    assert code == 0 and "1 bilateral keep their local times" in out
    with open_store() as s:
        assert s.meetings.list()[0].start == datetime(2024, 11, 12, 8, tzinfo=timezone.utc)  # 09:00 still


def test_organisations_are_added_edited_listed_and_deleted(capsys):
    run(capsys, *COP)
    code, out, err = run(capsys, "organisation", "add", "European Commission", "--name-nl", "Europese Commissie",
                         "--acronym", "EC", "--in-titles", "name", "--article-en", "the", "--article-nl", "de")
    assert code == 0, err
    run(capsys, "organisation", "add", "United Nations Framework Convention on Climate Change", "--acronym", "UNFCCC")
    code, out, _ = run(capsys, "organisation", "list")
    assert "the European Commission / de Europese Commissie" in out and "UNFCCC / UNFCCC" in out
    code, out, err = run(capsys, "organisation", "edit", "unfccc", "--article-nl", "het")
    assert code == 0, err
    code, out, err = run(capsys, "organisation", "edit", "unfccc", "--article-nl", "des")
    assert code == 2 and "invalid choice" in err
    code, out, err = run(capsys, "organisation", "delete", "UNFCCC")
    assert code == 0 and "deleted" in out
    code, out, err = run(capsys, "organisation", "delete", "UNFCCC")
    assert code == 3 and "no organisation called 'UNFCCC'" in err


def test_an_organisation_in_use_is_not_deleted(capsys):
    run(capsys, *COP)
    run(capsys, "organisation", "add", "European Commission")
    with open_store() as s:
        p = s.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
        s.meetings.add(Meeting(principal_id=p.id, counterpart_organisation_id=s.organisations.list()[0].id,
                               start=datetime(2024, 11, 12, 5, tzinfo=timezone.utc),
                               end=datetime(2024, 11, 12, 5, 30, tzinfo=timezone.utc)))
    code, out, err = run(capsys, "organisation", "delete", "European Commission")
    assert code == 6 and "still referred to by 1 meeting" in err


def test_rooms_are_added_marked_listed_and_deleted(capsys):
    run(capsys, *COP)
    assert run(capsys, "room", "add", "Plenary Nizami", "--kind", "plenary", "--capacity", "2000",
               "--venue", "Baku Olympic Stadium")[0] == 0
    code, out, err = run(capsys, "room", "list")
    assert "Plenary Nizami" in out and "no room is marked fit for bilaterals" in err
    assert run(capsys, "room", "add", "Bilateral room 3", "--kind", "bilateral", "--capacity", "12")[0] == 0
    code, out, err = run(capsys, "room", "edit", "bilateral room 3", "--bilaterals", "yes")
    assert code == 0, err
    code, out, err = run(capsys, "room", "list")
    assert "fit for bilaterals" not in err
    with open_store() as s:
        rooms = {r.name: r for r in s.rooms.list()}
        assert rooms["Bilateral room 3"].suitable_for_bilaterals and not rooms["Plenary Nizami"].suitable_for_bilaterals
        assert rooms["Plenary Nizami"].capacity == 2000
    code, out, err = run(capsys, "room", "add", "Pavilion", "--capacity", "0")
    assert code == 2 and "must be from 1 to 100000 seats" in err
    assert run(capsys, "room", "delete", "Plenary Nizami")[0] == 0
    with open_store() as s:
        assert [r.name for r in s.rooms.list()] == ["Bilateral room 3"]


def test_slots_propose_only_rooms_fit_for_bilaterals_or_say_none_is(capsys):
    run(capsys, *COP)
    run(capsys, "room", "add", "Plenary Nizami", "--kind", "plenary")
    run(capsys, "room", "add", "Azerbaijan pavilion", "--kind", "pavilion")
    with open_store() as s:
        s.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
    code, out, err = run(capsys, "slots", "--principal", "Hermans", "--country", "AZE")
    assert code == 0 and "Nizami" not in out and "pavilion" not in out
    assert "no room is marked fit for bilaterals" in err and "--bilaterals yes" in err
    run(capsys, "room", "add", "Bilateral room 3", "--bilaterals", "yes")
    code, out, err = run(capsys, "slots", "--principal", "Hermans", "--country", "AZE")
    assert "Bilateral room 3" in out and "Nizami" not in out and "fit for bilaterals" not in err


def pdf_text(path) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_a_cop_like_conference_from_the_command_line(capsys, tmp_path):
    """Asia/Baku, 08:00–22:00, a 21:00 bilateral with the European Commission: no "outside hours",
    and titled right in both languages in the list, the pack and the calendar."""
    assert run(capsys, *COP, "--hours", "08:00-22:00")[0] == 0
    assert run(capsys, "organisation", "add", "European Commission", "--name-nl", "Europese Commissie",
               "--acronym", "EC", "--in-titles", "name", "--article-en", "the", "--article-nl", "de")[0] == 0
    with open_store() as s:
        minister = s.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister",
                                       country="NLD"))
        s.delegations.add(Delegation(country="NLD", host=False, members=[DelegationMember(person_id=minister.id)]))
        s.meetings.add(Meeting(principal_id=minister.id, counterpart_organisation_id=s.organisations.list()[0].id,
                               status=MeetingStatus.CONFIRMED,
                               start=datetime(2024, 11, 12, 17, tzinfo=timezone.utc),  # 21:00 in Baku
                               end=datetime(2024, 11, 12, 17, 30, tzinfo=timezone.utc)))
    code, out, err = run(capsys, "check", "--schedule")
    assert "outside the conference hours" not in out + err
    code, out, err = run(capsys, "list", "meetings")
    assert "European Commission" in out
    for lang, title in (("en", "Bilateral with the European Commission"), ("nl", "Bilateraal met de Europese Commissie")):
        pdf = tmp_path / f"pack-{lang}.pdf"
        code, out, err = run(capsys, "pack", "--for", "Hermans", "--lang", lang, "-o", str(pdf))
        assert code == 0, err
        assert title in pdf_text(pdf)
    for lang, title in (("en", "Bilateral with the European Commission"), ("nl", "Bilateraal met de Europese Commissie")):
        ics = tmp_path / f"hermans-{lang}.ics"
        assert run(capsys, "ics", "--for", "Hermans", "--lang", lang, "-o", str(ics))[0] == 0
        [event] = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
        assert str(event["SUMMARY"]) == title


def test_show_meeting_names_the_organisation(capsys):
    run(capsys, *COP)
    run(capsys, "organisation", "add", "United Nations Framework Convention on Climate Change", "--acronym", "UNFCCC",
        "--article-nl", "het")
    with open_store() as s:
        p = s.people.add(Person(given_name="Sophie", family_name="Hermans", principal_title="Minister"))
        m = s.meetings.add(Meeting(principal_id=p.id, counterpart_organisation_id=s.organisations.list()[0].id,
                                   start=datetime(2024, 11, 12, 5, tzinfo=timezone.utc),
                                   end=datetime(2024, 11, 12, 5, 30, tzinfo=timezone.utc)))
    code, out, err = run(capsys, "show", "meeting", m.id)
    assert code == 0, err
    assert out.splitlines()[0] == "Bilateral with UNFCCC"
    assert "counterpart:   UNFCCC" in out and "organisation" not in out
