"""A new conference based on an earlier one, and the earlier one's memory (issue #16, items 2 and 3).

Real files: the demo is loaded into its own data folder, the new conference is made by the
command line as a script types it, and the earlier file's bytes are hashed before and after.
"""

from __future__ import annotations

import hashlib

import pytest

from briefer.cli import main
from briefer.model import BriefStatus
from briefer.paths import resolve
from briefer.store import Store
from briefer.store.earlier import carried_from, open_earlier
from tests.conftest import database_digest
from tests.conftest import run_cli as run

WHA = ["conference", "new", "--name", "World Health Assembly 80", "--city", "Geneva",
       "--start", "2027-05-18", "--end", "2027-05-26", "--timezone", "Europe/Zurich"]




def open_new() -> Store:
    return Store.open(resolve(None).database)


def test_based_on_the_demo_briefs_come_as_drafts_with_their_history_and_no_meetings(capsys, earlier):
    before = database_digest(earlier)
    with open_earlier(earlier / "briefer.sqlite") as old:
        old_briefs = {b.id: b for b in old.country_briefs.list()}
        old_history = {b: len(old.country_briefs.history(b)) for b in old_briefs}
        assert any(b.status is not BriefStatus.DRAFT for b in old_briefs.values())
    code, out, err = run(capsys, *WHA, "--from", str(earlier))
    assert code == 0, err
    assert "the briefs start as drafts" in out
    assert database_digest(earlier) == before  # the earlier conference is left byte-for-byte unchanged
    with open_new() as new:
        assert new.require_conference().name == "World Health Assembly 80"
        briefs = new.country_briefs.list()
        assert {b.id for b in briefs} == set(old_briefs)
        assert all(b.status is BriefStatus.DRAFT for b in briefs)
        indonesia = next(b for b in briefs if b.country == "IDN")
        assert indonesia.key_messages == old_briefs[indonesia.id].key_messages
        history = new.country_briefs.history(indonesia.id)
        assert len(history) == old_history[indonesia.id] + 1
        assert history[-1].action == "carried" and history[-2].data["status"] != "draft"
        assert new.meetings.count() == new.notes.count() == new.actions.count() == new.outcomes.count() == 0
        assert new.people.count() > 0 and new.organisations.count() > 0
        assert new.rooms.count() == 0  # rooms belong to a venue: only when asked for
        assert new.topic_profiles.count() == 1
        line = carried_from(new).line("en")
        assert line.startswith("last used for 2nd Global Ministerial Conference") and "2019" in line
        assert carried_from(new).line("nl").startswith("laatst gebruikt voor ")
        assert indonesia.id in carried_from(new).brief_ids
    code, out, err = run(capsys, "check")
    assert code == 0, err


def test_bring_chooses_what_comes_along(capsys, earlier):
    code, out, err = run(capsys, *WHA, "--from", str(earlier), "--bring", "briefs,rooms")
    assert code == 0, err
    with open_new() as new:
        assert new.country_briefs.count() > 0 and new.rooms.count() > 0
        assert new.people.count() == new.organisations.count() == new.topic_profiles.count() == 0


def test_people_without_their_organisations_lose_only_the_link(capsys, earlier):
    code, out, err = run(capsys, *WHA, "--from", str(earlier), "--bring", "people")
    assert code == 0, err
    with open_new() as new:
        assert new.people.count() > 0 and new.organisations.count() == 0
        assert all(p.organisation_id is None for p in new.people.list())


def test_an_unknown_choice_is_named_and_nothing_is_written(capsys, earlier):
    code, out, err = run(capsys, *WHA, "--from", str(earlier), "--bring", "briefs,meetings")
    assert code != 0
    assert "'meetings'" in err and "choose from organisations" in err and "Traceback" not in err
    with open_new() as new:
        assert new.is_empty()


def test_a_missing_earlier_folder_is_named(capsys, tmp_path):
    code, out, err = run(capsys, *WHA, "--from", str(tmp_path / "nowhere"))
    assert code != 0 and "nowhere" in err and "no Briefer conference" in err
    with open_new() as new:
        assert new.is_empty()


def test_history_of_indonesia_shows_the_demos_outcomes_open_actions_and_brief(capsys, earlier):
    run(capsys, *WHA, "--from", str(earlier))
    before = database_digest(earlier)
    code, out, err = run(capsys, "history", "Indonesia")
    assert code == 0, err
    assert "2nd Global Ministerial Conference" in out
    assert "Bilateral with Indonesia (held)" in out
    assert "outcome: RIVM visit on 20 June confirmed." in out
    assert "open actions:" in out and "Nominate NL focal points" in out
    assert "Agree the text of the NL-Indonesia announcement" not in out  # done: not open
    assert "brief then: final" in out
    assert "Bangladesh" not in out
    assert database_digest(earlier) == before


def test_history_of_a_person_finds_their_bilaterals(capsys, earlier):
    run(capsys, *WHA, "--from", str(earlier))
    with open_new() as new:
        principal = next(p for p in new.people.list() if p.family_name == "Bruins")
    code, out, err = run(capsys, "history", principal.full_name)
    assert code == 0, err
    assert "Bilateral with Indonesia" in out


def test_history_from_an_unrelated_conference_needs_earlier(capsys, earlier):
    run(capsys, *WHA)
    code, out, err = run(capsys, "history", "Indonesia")
    assert code != 0 and "--earlier" in err
    code, out, err = run(capsys, "history", "Indonesia", "--earlier", str(earlier))
    assert code == 0, err
    assert "RIVM visit on 20 June confirmed." in out


def test_an_encrypted_earlier_conference_is_named_as_locked_or_read_with_its_passphrase(
        capsys, earlier, monkeypatch):
    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", "correct horse battery")
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "correct horse battery")
    code, out, err = run(capsys, "--data-dir", str(earlier), "encrypt")
    assert code == 0, err
    monkeypatch.delenv("BRIEFER_PASSPHRASE")
    monkeypatch.delenv("BRIEFER_NEW_PASSPHRASE")
    run(capsys, *WHA)
    code, out, err = run(capsys, "history", "Indonesia", "--earlier", str(earlier))
    assert code == 0, err
    assert "locked (encrypted)" in out and "RIVM" not in out
    monkeypatch.setenv("BRIEFER_EARLIER_PASSPHRASE", "correct horse battery")
    code, out, err = run(capsys, "history", "Indonesia", "--earlier", str(earlier))
    assert code == 0, err
    assert "RIVM visit on 20 June confirmed." in out


def test_an_earlier_conference_refuses_every_write(earlier):
    from briefer.errors import Refused

    before = database_digest(earlier)
    with open_earlier(earlier / "briefer.sqlite") as old:
        brief = old.country_briefs.list()[0]
        with pytest.raises(Refused, match="only read"):
            old.country_briefs.update(brief.evolve(summary="changed"))
        assert old.search("Indonesia")  # searching it is reading
    assert database_digest(earlier) == before


def test_search_can_include_earlier_conferences(capsys, earlier):
    run(capsys, *WHA, "--from", str(earlier))
    code, out, err = run(capsys, "search", "confirmed", "RIVM", "visit")
    assert code == 0, err
    assert "no matches" in out  # outcomes stay with their conference
    code, out, err = run(capsys, "search", "confirmed", "RIVM", "visit", "--earlier")
    assert code == 0, err
    assert "2nd Global Ministerial" in out and "outcome" in out


def test_an_organisation_typed_in_again_is_found_by_its_name_at_earlier_conferences(capsys, earlier):
    run(capsys, *WHA, "--from", str(earlier), "--bring", "briefs")
    code, out, err = run(capsys, "organisation", "add", "Food and Agriculture Organization of the United Nations",
                         "--acronym", "FAO")
    assert code == 0, err
    code, out, err = run(capsys, "history", "FAO")
    assert code == 0, err
    assert "Bilateral with FAO (held)" in out and "Bilateral with WHO" not in out


def test_someone_only_at_the_earlier_conference_still_has_a_history(capsys, earlier):
    """A delegate or organisation not carried to the new conference: their history is asked of the earlier file."""
    run(capsys, *WHA, "--from", str(earlier), "--bring", "briefs")
    with open_new() as new:
        assert new.people.count() == 0 and new.organisations.count() == 0
    with open_earlier(earlier / "briefer.sqlite") as old:
        principal = next(p for p in old.people.list() if p.family_name == "Bruins")
    before = database_digest(earlier)
    code, out, err = run(capsys, "history", principal.full_name)
    assert code == 0, err
    assert out.startswith(f"{principal.full_name} at earlier conferences")
    assert "Bilateral with Indonesia (held)" in out
    code, out, err = run(capsys, "history", "OIE")
    assert code == 0, err
    assert out.startswith("World Organisation for Animal Health at earlier conferences")
    assert "Bilateral with OIE (confirmed)" in out and "Bilateral with FAO" not in out
    code, out, err = run(capsys, "history", "Nobody Atall")
    assert code != 0 and "Traceback" not in err
    assert "'Nobody Atall' is not a country, organisation or person of this conference or of the 1 earlier one" in err
    assert database_digest(earlier) == before


def test_history_of_something_unknown_is_named(capsys, earlier):
    run(capsys, *WHA, "--from", str(earlier))
    code, out, err = run(capsys, "history", "Indonsia")
    assert code != 0 and "'Indonsia' is not a country, organisation or person" in err and "Traceback" not in err


def test_an_earlier_conference_open_elsewhere_is_read_with_its_latest_change_and_left_as_it_is(capsys, earlier):
    """The app still open on the earlier folder: its WAL holds a change not yet in the main file."""
    with Store.open(earlier / "briefer.sqlite", user="colleague") as other:
        brief = next(b for b in other.country_briefs.list() if b.country == "IDN")
        other.country_briefs.update(brief.evolve(summary="Changed a minute ago."))
        files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(earlier.iterdir())
                 if p.name.startswith("briefer.sqlite") and p.name != "briefer.sqlite-shm"}
        assert "briefer.sqlite-wal" in files
        code, out, err = run(capsys, *WHA, "--from", str(earlier))
        assert code == 0, err
        after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(earlier.iterdir())
                 if p.name.startswith("briefer.sqlite") and p.name != "briefer.sqlite-shm"}
        assert after == files
    with open_new() as new:
        assert next(b for b in new.country_briefs.list() if b.country == "IDN").summary == "Changed a minute ago."


def test_remember_keeps_an_earlier_folder_for_the_next_history(capsys, earlier):
    run(capsys, *WHA)
    code, out, err = run(capsys, "history", "Indonesia", "--earlier", str(earlier), "--remember")
    assert code == 0, err
    code, out, err = run(capsys, "history", "Indonesia")
    assert code == 0, err
    assert "RIVM visit on 20 June confirmed." in out


def test_history_of_an_organisation_by_its_acronym_or_part_of_its_name(capsys, earlier):
    run(capsys, *WHA, "--from", str(earlier))
    for typed in ("OIE", "animal health", "World Organisation for Animal Health"):
        code, out, err = run(capsys, "history", typed)
        assert code == 0, err
        assert out.startswith("World Organisation for Animal Health at earlier conferences")
        assert "Bilateral with OIE (confirmed)" in out and "Bilateral with FAO" not in out


def test_an_ambiguous_organisation_lists_the_candidates_and_an_unknown_one_is_named(capsys, earlier):
    run(capsys, *WHA, "--from", str(earlier))
    code, out, err = run(capsys, "history", "World")
    assert code == 3 and out == "" and "Traceback" not in err
    assert ("'World' matches 3 organisations (World Bank, World Health Organization (WHO), "
            "World Organisation for Animal Health (OIE)); give more of the name, or the acronym") in err
    code, out, err = run(capsys, "history", "Wrold Bank")
    assert code != 0 and "'Wrold Bank' is not a country, organisation or person" in err


def test_search_of_earlier_conferences_says_what_each_match_is_about(earlier):
    """What the app's search box shows for an earlier match without that file open: its bilateral, its subject."""
    from briefer.schedule.memory import search_earlier

    before = database_digest(earlier)
    [past] = search_earlier("RIVM visit confirmed", [earlier], with_about=True, lang="nl")
    assert (past.name, past.start.isoformat(), past.end.isoformat()) == (
        "2nd Global Ministerial Conference on Antimicrobial Resistance", "2019-06-19", "2019-06-20")
    outcome = next(a for a in past.about if a.hit.record_table == "outcomes")
    assert outcome.meeting == "Bilateraal met Indonesië" and outcome.subject.country == "IDN"
    [past] = search_earlier("Nila Moeloek", [earlier], with_about=True)
    person = next(a for a in past.about if a.hit.record_table == "people")
    assert person.subject.person.full_name == "Nila Moeloek"
    [past] = search_earlier("delegation visits RIVM", [earlier], with_about=True)
    assert next(a for a in past.about if a.hit.record_table == "sessions").subject is None
    assert database_digest(earlier) == before
