"""Upgrading a database made by the release before topic profiles: the brief's and the country's
topic fields become a profile's indicator values, nothing is lost, old versions still restore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefer.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "release-0-briefs.sqlite"


@pytest.fixture
def upgraded(tmp_path) -> Store:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    s = Store.open(path, user="tester")
    yield s
    s.close()


def _old_file_edited(tmp_path, sql: str) -> Path:
    """A copy of the old release's file, changed behind Briefer's back with ``sql`` before its upgrade."""
    import sqlite3

    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    raw = sqlite3.connect(path)
    raw.execute(sql)
    raw.commit()
    raw.close()
    return path


def _values(store) -> dict[tuple[str, str], tuple[str, str]]:
    names = {i.id: i.name_en for p in store.topic_profiles.list() for i in p.indicators}
    return {(names[v.indicator_id], v.country): (v.value, v.source) for v in store.topic_values.list()}


def test_the_old_fields_become_the_values_of_one_profile(upgraded):
    [profile] = upgraded.topic_profiles.list()
    by_name = {i.name_en: i for i in profile.indicators}
    assert list(by_name) == ["AMR situation", "National action plan (TrACSS)", "One Health coordination", "WHO region"]
    plan = by_name["National action plan (TrACSS)"]
    assert [lv.code for lv in plan.levels] == list("ABCDE") and plan.chart
    assert plan.display("D", "nl") == "D — Goedgekeurd, met operationeel plan en monitoring"
    assert not by_name["WHO region"].in_brief and by_name["WHO region"].in_list
    assert _values(upgraded) == {
        ("AMR situation", "KEN"): ("Kenya situation text", ""),
        ("National action plan (TrACSS)", "KEN"): ("D", "TrACSS 2019 self-assessment"),
        ("One Health coordination", "KEN"): ("Kenya one health text", ""),
        ("AMR situation", "IND"): ("India situation", ""),
        # a source without a level is kept: it says why there is none
        ("National action plan (TrACSS)", "IND"): ("", "No level in our sources"),
        ("WHO region", "KEN"): ("AFRO", ""),
        ("WHO region", "NLD"): ("EURO", ""),  # a country without a brief keeps its region too
    }


def test_the_countries_list_shows_the_action_plan_and_the_region_not_the_long_texts(upgraded):
    """Only the indicators the old release showed as columns are list columns; its long texts stay in the briefs."""
    from briefer.store.country_rows import country_rows

    shown = [i.name_en for p in upgraded.topic_profiles.list() for i in p.indicators if i.in_list]
    assert shown == ["National action plan (TrACSS)", "WHO region"]
    assert {r.iso3: r.topics for r in country_rows(upgraded)} == {"AZE": "", "IND": "", "KEN": "D · AFRO", "NLD": "EURO"}


def test_the_briefs_keep_everything_else_and_their_history_restores(upgraded):
    kenya = upgraded.country_briefs.list(country="KEN")[0]
    assert kenya.summary == "Kenya summary, revised" and kenya.relations_nl == "Good relations"
    assert [h.data["summary"] for h in upgraded.country_briefs.history(kenya.id)] == ["Kenya summary", "Kenya summary, revised"]
    assert all("amr_situation" not in h.data for h in upgraded.country_briefs.history(kenya.id))
    restored = upgraded.country_briefs.restore(kenya.id, 1)
    assert restored.summary == "Kenya summary"
    assert upgraded.countries.list()[0].notes == "" and {c.iso3 for c in upgraded.countries.list()} == {"KEN", "NLD", "AZE"}


def test_the_values_are_searchable_and_have_a_history(upgraded):
    hits = upgraded.search("one health text")
    assert [h.record_table for h in hits] == ["topic_values"]  # the brief's search document no longer holds it
    assert [h.record_table for h in upgraded.search("Kenya summary revised")] == ["country_briefs"]
    value = upgraded.topic_values.list(country="NLD")[0]
    assert [h.revision for h in upgraded.topic_values.history(value.id)] == [1]


def test_a_database_without_topic_data_gets_no_profile(store):
    assert store.topic_profiles.list() == [] and store.topic_values.list() == []


def test_two_laptops_upgrading_the_same_data_make_the_same_records(tmp_path, upgraded):
    other_path = tmp_path / "other.sqlite"
    shutil.copyfile(FIXTURE, other_path)
    with Store.open(other_path, user="someone else") as other:
        assert [v.model_dump() for v in other.topic_values.list()] == [v.model_dump() for v in upgraded.topic_values.list()]
        assert other.topic_profiles.list() == upgraded.topic_profiles.list()


def _laptop(tmp_path, name: str, *, upgraded_from_fixture: bool = True) -> Path:
    data = tmp_path / name
    data.mkdir()
    if upgraded_from_fixture:
        shutil.copyfile(FIXTURE, data / "briefer.sqlite")
    return data


def test_a_bundle_from_a_laptop_not_yet_upgraded_imports_its_topic_fields_as_values(tmp_path, capsys):
    from briefer.cli import main

    old_bundle = FIXTURE.with_suffix(".briefer")  # written by the release before topic profiles
    same = _laptop(tmp_path, "same")
    assert main(["--data-dir", str(same), "import", str(old_bundle)]) == 0
    assert "0 added, 0 updated, 0 conflicts" in capsys.readouterr().out  # the upgrade made the same records
    fresh = _laptop(tmp_path, "fresh", upgraded_from_fixture=False)
    assert main(["--data-dir", str(fresh), "import", str(old_bundle)]) == 0
    with Store.open(fresh / "briefer.sqlite", user="tester") as s, Store.open(same / "briefer.sqlite") as u:
        assert _values(s) == _values(u) and len(_values(s)) == 7
        assert s.topic_profiles.list() == u.topic_profiles.list()


def test_an_edit_made_on_the_old_release_comes_in_as_a_conflict_never_lost(tmp_path, capsys):
    from briefer.cli import main

    edited = FIXTURE.with_name("release-0-briefs-edited.briefer")  # Kenya's topic fields changed there
    data = _laptop(tmp_path, "laptop")
    assert main(["--data-dir", str(data), "import", str(edited)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "conflicts"]) == 0
    listed = capsys.readouterr().out
    assert "topic value" in listed and "value" in listed
    with Store.open(data / "briefer.sqlite", user="tester") as s:
        rows = s.db.execute("SELECT data FROM conflicts WHERE record_table = 'topic_values'").fetchall()
    kept = " ".join(r[0] for r in rows)
    assert "Kenya situation, updated on the old laptop" in kept and '"value":"E"' in kept.replace(" ", "")


def test_a_bundle_written_after_the_upgrade_merges_into_another_upgraded_copy(tmp_path, capsys):
    from briefer.cli import main

    one, other = tmp_path / "one", tmp_path / "other"
    for d in (one, other):
        d.mkdir()
        shutil.copyfile(FIXTURE, d / "briefer.sqlite")
    with Store.open(one / "briefer.sqlite", user="tester") as s:
        kenya = s.topic_values.list(country="KEN")[0]
        s.topic_values.update(kenya.evolve(source="checked again"))
    bundle = tmp_path / "new.briefer"
    assert main(["--data-dir", str(one), "export", "bundle", "--all", "-o", str(bundle)]) == 0
    assert main(["--data-dir", str(other), "import", str(bundle)]) == 0, capsys.readouterr().err
    with Store.open(other / "briefer.sqlite", user="tester") as s:
        assert s.topic_values.get(kenya.id).source == "checked again"  # same ids on both: one record, updated
        assert len(s.topic_values.list()) == 7 and len(s.topic_profiles.list()) == 1


def test_a_topic_field_nobody_filled_in_becomes_no_indicator(tmp_path):
    """An old field with no value in any brief is left out of the profile, not shown as an empty column."""
    path = _old_file_edited(tmp_path, "UPDATE country_briefs SET one_health = NULL")
    with Store.open(path, user="tester") as store:
        [profile] = store.topic_profiles.list()
        assert [i.name_en for i in profile.indicators] == [
            "AMR situation", "National action plan (TrACSS)", "WHO region"]


def test_briefs_written_before_any_conference_was_set_up_upgrade_with_their_profile_dated_from_the_oldest_value(tmp_path):
    """Some advisors wrote country briefs before creating the conference. Their database upgrades
    like any other: the old fields become one profile's values, and the profile, which has no
    conference to take its date from, is dated from the oldest value it holds."""
    path = _old_file_edited(tmp_path, "DELETE FROM conference")
    with Store.open(path, user="tester") as store:
        [profile] = store.topic_profiles.list()
        values = store.topic_values.list()
        assert _values(store)[("National action plan (TrACSS)", "KEN")] == ("D", "TrACSS 2019 self-assessment")
        assert profile.created_at == profile.updated_at == min(v.created_at for v in values)
        assert profile.created_at.year == 2026  # a real time from the file, not a placeholder
