"""What happened at earlier conferences, as the History view and the search box show it: the newest conference
first, its bilaterals in the order they were held with the day in that conference's zone, only the actions
still open, and an encrypted conference named as locked in a search rather than left out."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

from briefer.cli import main
from briefer.model import Action, ActionStatus, Meeting
from briefer.schedule.memory import Subject, history, search_earlier
from briefer.store import Store


def _copy(earlier, tmp_path, name):
    folder = tmp_path / name
    shutil.copytree(earlier, folder)
    return folder


def test_indonesias_history_lists_the_bilaterals_in_order_with_the_local_day_and_only_open_actions(earlier, tmp_path):
    folder = _copy(earlier, tmp_path, "amr")
    with Store.open(folder / "briefer.sqlite", user="Anna Adviseur") as s:
        principal = next(p for p in s.people.list() if p.family_name == "Bruins")
        # 22:30 UTC on the 19th is 00:30 on the 20th in Amsterdam, the conference's zone
        s.meetings.add(Meeting(principal_id=principal.id, counterpart_country="IDN", title="Late talk with Indonesia",
                               start=datetime(2019, 6, 19, 22, 30, tzinfo=timezone.utc),
                               end=datetime(2019, 6, 19, 23, 0, tzinfo=timezone.utc)))
        s.actions.add(Action(description="Send the surveillance protocol to Jakarta", country="IDN",
                             status=ActionStatus.IN_PROGRESS))
        s.actions.add(Action(description="Thank the Indonesian sherpa", country="IDN", status=ActionStatus.DONE))
        s.actions.add(Action(description="Brief the Ghana desk", country="GHA"))
    [past] = history(Subject(country="IDN"), [folder]).conferences
    assert past.readable and not past.is_empty()
    assert [(m.title, m.day, m.status) for m in past.meetings] == [
        ("Bilateral with Indonesia", "2019-06-19", "held"),
        ("Late talk with Indonesia", "2019-06-20", "requested"),
        ("Bilateral with Indonesia", "2019-06-20", "confirmed"),
    ]
    # the outcomes as the demo's file gives them (written in one go: in the order written, not of their ids)
    assert past.meetings[0].outcomes[:2] == (
        "The Netherlands and Indonesia will announce close collaboration on AMR at the closing plenary.",
        "RIVM visit on 20 June confirmed.") and past.meetings[1].outcomes == ()
    assert sorted(past.open_actions) == [
        "Nominate NL focal points (health and agriculture) for the collaboration with Indonesia.",
        "Organise a video call RIVM - ARCC on surveillance data flows.",
        "Send the surveillance protocol to Jakarta",  # in progress, of the country, in no meeting: still open
    ]
    assert past.brief.country == "IDN"


def test_the_newest_earlier_conference_comes_first(earlier, tmp_path):
    older = _copy(earlier, tmp_path, "older")
    newer = _copy(earlier, tmp_path, "newer")
    with Store.open(newer / "briefer.sqlite", user="Anna Adviseur") as s:
        conf = s.require_conference()
        s.conference_repo.update(conf.evolve(name="3rd Global Ministerial Conference"))
    found = history(Subject(country="IDN"), [older, newer]).conferences
    assert [c.name for c in found] == ["3rd Global Ministerial Conference",
                                       "2nd Global Ministerial Conference on Antimicrobial Resistance"]
    assert [p.name for p in search_earlier("RIVM", [older, newer])] == [c.name for c in found]


def test_a_search_names_an_encrypted_earlier_conference_as_locked(earlier, tmp_path, monkeypatch, capsys):
    locked = _copy(earlier, tmp_path, "locked")
    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", "correct horse battery")
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "correct horse battery")
    assert main(["--data-dir", str(locked), "encrypt"]) in (0, None)
    capsys.readouterr()
    found = search_earlier("RIVM", [earlier, locked])
    assert [(p.folder, p.locked, p.hits) for p in found] == [(str(locked), True, ())] + [
        (str(earlier), False, found[1].hits)]
    assert found[1].hits  # the open one is searched
    [opened] = search_earlier("RIVM", [locked], passphrase_for=lambda f: "correct horse battery")
    assert not opened.locked and opened.hits


def test_an_earlier_folder_that_cannot_be_read_is_named_with_its_problem(earlier, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    import sqlite3

    with sqlite3.connect(broken / "briefer.sqlite") as db:  # a SQLite file, but another program's
        db.execute("CREATE TABLE recipes (name TEXT)")
    db.close()
    [searched] = search_earlier("RIVM", [broken])
    assert searched.folder == str(broken) and not searched.locked and searched.problem and searched.hits == ()
    [past] = history(Subject(country="IDN"), [broken]).conferences
    assert not past.readable and past.problem == searched.problem


def test_the_subject_is_named_in_the_readers_language():
    from briefer.model import Organisation, Person

    assert Subject(country="IDN").name("nl") == "Indonesië" and Subject(country="IDN").name() == "Indonesia"
    assert Subject(person=Person(given_name="Nila", family_name="Moeloek")).name() == "Nila Moeloek"
    assert Subject(organisation=Organisation(name="World Organisation for Animal Health", acronym="OIE")).name() == (
        "World Organisation for Animal Health")
    assert Subject().name() == ""


def test_a_search_match_on_an_organisation_or_its_bilateral_leads_to_the_organisations_history(earlier):
    [past] = search_earlier("Animal Health", [earlier], with_about=True)
    org = next(a for a in past.about if a.hit.record_table == "organisations")
    assert org.subject.organisation.acronym == "OIE" and org.subject.name() == "World Organisation for Animal Health"
    [past] = search_earlier("OIE", [earlier], with_about=True)
    meeting = next(a for a in past.about if a.hit.record_table == "meetings" and a.meeting == "Bilateral with OIE")
    assert meeting.subject.organisation.acronym == "OIE"


def test_a_search_match_on_a_country_leads_to_that_countrys_history(earlier):
    [past] = search_earlier("Indonesia", [earlier], with_about=True, limit=100)
    tables = {a.hit.record_table for a in past.about}
    country = next(a for a in past.about if a.hit.record_table == "countries")
    assert country.subject == Subject(country="IDN") and country.meeting == "", tables


def test_a_person_is_found_by_id_when_carried_and_by_name_when_typed_in_again(earlier):
    from briefer.model import Person
    from briefer.store.earlier import open_earlier

    with open_earlier(earlier / "briefer.sqlite") as old:
        bruins = next(p for p in old.people.list() if p.family_name == "Bruins")
    carried = bruins.evolve(given_name="Bruno")  # carried (same id), the name corrected in the new conference
    typed = Person(given_name=bruins.given_name, family_name=bruins.family_name)  # typed in again: a new id
    seen = []
    for person in (carried, typed):
        [past] = history(Subject(person=person), [earlier]).conferences
        assert "Bilateral with Indonesia" in [m.title for m in past.meetings], person
        seen.append(past.meetings)
    assert seen[0] == seen[1]  # the same bilaterals, and only those, both ways
    stranger = Person(given_name="Nobody", family_name="Atall")
    assert history(Subject(person=stranger), [earlier]).conferences[0].meetings == ()


def test_a_bilateral_without_brief_or_open_action_is_still_something_that_happened(earlier, tmp_path):
    folder = _copy(earlier, tmp_path, "belgium")
    with Store.open(folder / "briefer.sqlite", user="Anna Adviseur") as s:
        principal = next(p for p in s.people.list() if p.family_name == "Bruins")
        s.meetings.add(Meeting(principal_id=principal.id, counterpart_country="BEL",
                               start=datetime(2019, 6, 19, 12, 0, tzinfo=timezone.utc),
                               end=datetime(2019, 6, 19, 12, 30, tzinfo=timezone.utc)))
    [past] = history(Subject(country="BEL"), [folder]).conferences
    assert len(past.meetings) == 1 and past.open_actions == () and past.brief is None
    assert not past.is_empty()
    [nothing] = history(Subject(country="LUX"), [folder]).conferences
    assert nothing.is_empty() and nothing.readable


def test_a_search_of_an_earlier_conference_shows_as_many_matches_as_the_search_box(earlier):
    # the limit is the store's search limit (records and notes each): the default is the search box's 20
    [many] = search_earlier("the", [earlier], limit=100)
    [twenty] = search_earlier("the", [earlier], limit=20)
    [default] = search_earlier("the", [earlier])
    assert len(many.hits) > len(twenty.hits) and default.hits == twenty.hits


def _raw(folder, sql, params=()):
    import sqlite3

    with sqlite3.connect(folder / "briefer.sqlite") as db:
        db.execute(sql, params)
    db.close()


def test_one_unreadable_record_in_an_earlier_conference_leaves_its_other_matches_shown(earlier, tmp_path):
    folder = _copy(earlier, tmp_path, "damaged")
    # one outcome's row damaged (a date no program wrote): its match is still listed, without its bilateral
    _raw(folder, "UPDATE outcomes SET created_at = 'the day before yesterday' WHERE text LIKE 'RIVM visit%'")
    [past] = search_earlier("RIVM", [folder], with_about=True)
    assert not past.problem and not past.locked
    [damaged] = [a for a in past.about if a.hit.record_table == "outcomes"]
    assert "visit on 20 June confirmed" in damaged.hit.snippet
    assert damaged.subject is None and damaged.meeting == ""
    [whole] = search_earlier("RIVM", [earlier], with_about=True)
    assert [a.hit.record_id for a in past.about] == [a.hit.record_id for a in whole.about]  # nothing else lost
    assert any(a.subject is not None for a in past.about)


def test_a_match_in_a_table_this_release_does_not_know_is_listed_without_a_subject(earlier, tmp_path):
    folder = _copy(earlier, tmp_path, "newer")
    # a search row naming a table this release has no repository for (as a later release's file could hold)
    _raw(folder, "INSERT INTO search_records (kind, record_table, record_id, title, body) VALUES (?, ?, ?, ?, ?)",
         ("venue", "venues", "v1", "Zeezicht pavilion", "Where the OIE met the ministers"))
    [past] = search_earlier("Zeezicht", [folder], with_about=True)
    assert not past.problem
    [about] = past.about
    assert about.hit.record_table == "venues" and about.subject is None and about.meeting == ""


def test_one_damaged_organisation_leaves_the_other_bilaterals_titled_and_the_conference_searchable(earlier, tmp_path):
    folder = _copy(earlier, tmp_path, "damaged-org")
    # the World Bank's row damaged: before, reading every organisation for the titles made the whole conference a
    # problem (its id sorts before OIE's: the organisations after a damaged one are still read)
    _raw(folder, "UPDATE organisations SET created_at = 'the day before yesterday' WHERE name = 'World Bank'")
    [past] = search_earlier("OIE", [folder], with_about=True)
    assert not past.problem and not past.locked
    [whole] = search_earlier("OIE", [earlier], with_about=True)
    assert [a.hit.record_id for a in past.about] == [a.hit.record_id for a in whole.about]  # no match lost
    # the bilateral with OIE is titled and has its subject as before
    assert [(a.meeting, a.subject) for a in past.about if a.hit.record_table == "meetings"] == [
        (a.meeting, a.subject) for a in whole.about if a.hit.record_table == "meetings"]
    assert any(a.meeting == "Bilateral with OIE" for a in past.about)


def test_an_earlier_conference_that_cannot_be_read_names_the_record_and_field_at_fault(earlier, tmp_path):
    folder = _copy(earlier, tmp_path, "damaged-conference")
    _raw(folder, "UPDATE conference SET timezone = 'Nowhere/Atlantis'")
    [past] = search_earlier("OIE", [folder])
    assert "conference" in past.problem and "timezone" in past.problem, past.problem
