"""A database made by the release before m100 opens with every record, and reads as it did."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from datetime import time
from pathlib import Path

from briefer.model.counterparts import meeting_title
from briefer.store import Store

RELEASE = Path(__file__).parent.parent / "data" / "release-0.1.0-demo.sqlite.gz"


def release_copy(tmp_path) -> Path:
    path = tmp_path / "briefer.sqlite"
    with gzip.open(RELEASE) as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    tables = ("conference", "organisations", "rooms", "meetings", "sessions", "revisions", "walking_times")
    try:
        return {t: con.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
    finally:
        con.close()


def test_the_release_database_migrates_without_loss(tmp_path):
    path = release_copy(tmp_path)
    before = counts(path)
    assert "name_nl" not in {r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(organisations)")}
    with Store.open(path, user="tester") as s:
        conf = s.require_conference()
        assert (conf.day_start, conf.day_end, conf.day_hours, conf.name_nl) == (time(8), time(20), {}, "")
        assert conf.label("nl") == conf.name  # no Dutch name: the published one
        orgs = {o.id: o for o in s.organisations.list()}
        assert all(o.acronym_in_titles and o.article_en == "" and o.name_nl == "" for o in orgs.values())
        titles = {meeting_title(m, orgs, "en") for m in s.meetings.list() if m.counterpart_organisation_id}
        assert "Bilateral with FAO" in titles  # as the release titled it
        rooms = s.rooms.list()
        assert {r.room_kind.value for r in rooms} == {"other"}
        assert [r.name for r in rooms if r.suitable_for_bilaterals] == [
            "Bilateral room 1 (illustrative)", "Bilateral room 2 (illustrative)", "Bilateral room 3 (illustrative)"]
        # a migrated record saves as any other: a new revision over the old ones
        fao = next(o for o in orgs.values() if o.acronym == "FAO")
        saved = s.organisations.update(fao.evolve(name_nl="Voedsel- en Landbouworganisatie van de VN"))
        assert [h.revision for h in s.organisations.history(fao.id)] == [1, 2] and saved.revision == 2
    after = counts(path)
    con = sqlite3.connect(path)
    try:  # the topic migration (m110) turns the release's AMR fields into records, each with its first revision
        made = sum(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("topic_profiles", "topic_values"))
    finally:
        con.close()
    assert made > 0
    assert after == {**before, "revisions": before["revisions"] + 1 + made}
