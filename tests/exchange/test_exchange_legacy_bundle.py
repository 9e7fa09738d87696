"""A bundle from a Briefer before topic profiles: its topic fields need its conference to be named by.

Without the conference record the old fields cannot be given the ids the upgrade gives them,
so the import is refused with what to do — it must not take another record for the conference.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bundle_zip import members_of, relisted, write_zip

from briefer.exchange.legacy_topics import LegacyTopics
from briefer.store import Store

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"
OLD_BUNDLE = FIXTURES / "release-0-briefs.briefer"  # written by the release before topic profiles


def test_an_old_bundle_without_its_conference_is_refused_and_changes_nothing(tmp_path, capsys):
    from briefer.cli import main

    members = {n: c for n, c in members_of(OLD_BUNDLE).items() if n != "records/conference.jsonl"}
    bundle = write_zip(tmp_path / "no-conference.briefer", relisted(members))
    data = tmp_path / "laptop"
    data.mkdir()
    shutil.copyfile(FIXTURES / "release-0-briefs.sqlite", data / "briefer.sqlite")
    with Store.open(data / "briefer.sqlite", user="tester") as s:
        before = [v.model_dump() for v in s.topic_values.list()]
    capsys.readouterr()
    assert main(["--data-dir", str(data), "import", str(bundle)]) != 0
    err = capsys.readouterr().err
    assert "no conference record" in err and "export again" in err and "Traceback" not in err
    with Store.open(data / "briefer.sqlite", user="tester") as s:
        assert [v.model_dump() for v in s.topic_values.list()] == before


def _brief(iso3: str) -> dict:
    return {"id": f"brief-{iso3}", "country": iso3, "amr_situation": f"{iso3} situation",
            "updated_at": "2024-01-02T09:00:00Z"}


def test_the_conference_is_the_conference_record_whatever_comes_first():
    legacy = LegacyTopics()
    assert legacy.take("countries", {"id": "c1", "iso3": "KEN", "name": "Kenya"}) == {"id": "c1", "iso3": "KEN",
                                                                                      "name": "Kenya"}
    legacy.take("agenda_items", {"id": "not-a-conference"})
    legacy.take("conference", {"id": "conf-1", "created_at": "2024-01-01T09:00:00Z"})
    legacy.take("conference", {"id": "conf-2", "created_at": "2024-01-01T09:00:00Z"})
    assert legacy.conference["id"] == "conf-1"
    assert legacy.take("country_briefs", _brief("KEN")) == {"id": "brief-KEN", "country": "KEN",
                                                            "updated_at": "2024-01-02T09:00:00Z"}
    profile, values = legacy.records()
    assert [(v.country, v.value) for v in values] == [("KEN", "KEN situation")]
    from briefer.store.migrations import legacy_topic_ids

    assert profile.id == legacy_topic_ids("conf-1")[0]


def test_nothing_found_makes_no_profile_even_with_a_conference():
    legacy = LegacyTopics()
    legacy.take("conference", {"id": "conf-1", "created_at": "2024-01-01T09:00:00Z"})
    legacy.take("countries", {"id": "c1", "iso3": "KEN"})
    assert legacy.records() == (None, [])
    without = LegacyTopics()
    without.take("country_briefs", _brief("KEN"))
    assert without.records() == (None, [])
