"""What the next conference starts with when it is based on an earlier one (store/carry.py).

Real files: the demo conference in its own data folder is the earlier conference; the new one is
made by the command line as an advisor types it, or by ``start_from`` as the welcome screen's
"based on" dialog calls it, and read back from its own file afterwards.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefer.errors import Refused
from briefer.model import Conference
from briefer.paths import resolve
from briefer.store import Store
from briefer.store.carry import start_from
from briefer.store.earlier import open_earlier
from tests.conftest import database_digest
from tests.conftest import run_cli as run

WHA = ["conference", "new", "--name", "World Health Assembly 80", "--city", "Geneva",
       "--start", "2027-05-18", "--end", "2027-05-26", "--timezone", "Europe/Zurich"]


def wha() -> Conference:
    return Conference(name="World Health Assembly 80", start_date=date(2027, 5, 18), end_date=date(2027, 5, 26),
                      city="Geneva", timezone="Europe/Zurich")


def test_the_topic_profile_comes_with_every_countrys_values(capsys, earlier):
    """The AMR profile is carried with the values filled in for each country (NAP level, WHO region…)."""
    with open_earlier(earlier / "briefer.sqlite") as old:
        values = {(v.profile_id, v.indicator_id, v.country): (v.value, v.source) for v in old.topic_values.list()}
    assert len(values) > 20
    code, out, err = run(capsys, *WHA, "--from", str(earlier), "--bring", "topics")
    assert code == 0, err
    with Store.open(resolve(None).database) as new:
        assert new.topic_profiles.count() == 1
        assert {(v.profile_id, v.indicator_id, v.country): (v.value, v.source) for v in new.topic_values.list()} == values


def test_the_countries_of_the_briefs_come_with_their_facts(capsys, earlier):
    """A brief's country comes along with it: income group, attendance and the advisor's notes on it."""
    with open_earlier(earlier / "briefer.sqlite") as old:
        countries = {c.iso3: (c.income_group, c.attended, c.verified, c.notes) for c in old.countries.list()}
        briefed = {b.country for b in old.country_briefs.list()}
    assert briefed <= set(countries)
    code, out, err = run(capsys, *WHA, "--from", str(earlier), "--bring", "briefs")
    assert code == 0, err
    with Store.open(resolve(None).database) as new:
        assert {c.iso3: (c.income_group, c.attended, c.verified, c.notes) for c in new.countries.list()} == countries


def test_the_advisor_is_told_how_many_of_each_came_along(capsys, earlier):
    with open_earlier(earlier / "briefer.sqlite") as old:
        n = {"organisations": old.organisations.count(), "rooms": old.rooms.count(), "people": old.people.count(),
             "topics": old.topic_profiles.count(), "briefs": old.country_briefs.count()}
    code, out, err = run(capsys, *WHA, "--from", str(earlier), "--bring", "organisations,rooms,people,topics,briefs")
    assert code == 0, err
    assert (f"based on '2nd Global Ministerial Conference on Antimicrobial Resistance': {n['organisations']} organisations, "
            f"{n['rooms']} rooms, {n['people']} people, {n['topics']} topics, {n['briefs']} briefs; "
            "the briefs start as drafts") in out


def test_a_carried_briefs_revisions_run_on_without_a_gap(capsys, earlier):
    """The history numbers its versions; the carried one is the next number after the last one there."""
    with Store.open(earlier / "briefer.sqlite", user="anouk") as then:  # edited twice at that conference
        brief = next(b for b in then.country_briefs.list() if b.country == "IDN")
        brief = then.country_briefs.update(brief.evolve(summary="Revised after the bilateral."))
        then.country_briefs.update(brief.evolve(summary="Revised again before the plenary."))
    with open_earlier(earlier / "briefer.sqlite") as old:
        brief = next(b for b in old.country_briefs.list() if b.country == "IDN")
        numbers = [h.revision for h in old.country_briefs.history(brief.id)]
    assert numbers == list(range(1, brief.revision + 1)) and brief.revision >= 3
    code, out, err = run(capsys, *WHA, "--from", str(earlier), "--bring", "briefs")
    assert code == 0, err
    with Store.open(resolve(None).database) as new:
        carried = new.country_briefs.get(brief.id)
        assert carried.revision == brief.revision + 1
        assert [h.revision for h in new.country_briefs.history(brief.id)] == list(range(1, brief.revision + 2))


def test_something_that_cannot_come_along_is_refused_and_nothing_is_written(earlier, tmp_path):
    """The dialog's own choices, not only the command line's, are checked: meetings stay behind."""
    (tmp_path / "new").mkdir()
    with open_earlier(earlier / "briefer.sqlite") as old, Store.open(tmp_path / "new" / "briefer.sqlite") as new:
        with pytest.raises(Refused, match="cannot bring meetings"):
            start_from(old, new, wha(), {"briefs", "meetings"}, earlier)
        assert new.is_empty() and new.conference() is None


def test_a_folder_that_already_holds_a_conference_is_refused_named_and_left_as_it_was(earlier, tmp_path):
    path = tmp_path / "busy" / "briefer.sqlite"
    path.parent.mkdir()
    with Store.open(path) as busy:
        busy.conference_repo.add(Conference(name="Busy conference", start_date=date(2027, 1, 1),
                                            end_date=date(2027, 1, 2), city="Rome", timezone="Europe/Rome"))
    before = database_digest(path.parent)
    with open_earlier(earlier / "briefer.sqlite") as old, Store.open(path) as busy:
        with pytest.raises(Refused, match="not empty") as refused:
            start_from(old, busy, wha(), {"briefs"}, earlier)
        assert refused.value.file == str(busy.path)
        assert busy.require_conference().name == "Busy conference" and busy.country_briefs.count() == 0
    assert database_digest(path.parent) == before
