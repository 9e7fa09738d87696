"""``briefer list meetings`` read the light way (briefer/store/listing.py) prints what the store's
reading prints, plain or encrypted, and leaves every file it cannot vouch for to the store."""

from __future__ import annotations

import shutil

import pytest

from briefer.cli import main
from briefer.cli.context import Context
from briefer.model import Meeting, Organisation, Person
from briefer.store import Store
from tests.conftest import utc

SECRET = "horse battery staple"


def _demo(data_dir, demo_db_template, *, encrypted=False):
    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / "briefer.sqlite"
    shutil.copyfile(demo_db_template, db)
    with Store.open(db) as s:  # the cases a list must name: no room, an organisation, a missing one
        principal = s.meetings.list()[0].principal_id
        who = s.organisations.add(Organisation(name="World Health Organization", acronym="WHO2"))
        s.meetings.add(Meeting(principal_id=principal, counterpart_organisation_id=who.id,
                               start=utc(2019, 6, 20, 12), end=utc(2019, 6, 20, 12, 30)))
        yamada = s.people.add(Person(given_name="Tarō", family_name="Yamada", family_name_first=True))
        s.meetings.add(Meeting(principal_id=yamada.id, counterpart_country="JPN",
                               start=utc(2019, 6, 20, 14), end=utc(2019, 6, 20, 14, 30)))
        gone = s.organisations.add(Organisation(name="Gone"))
        s.meetings.add(Meeting(principal_id=principal, counterpart_organisation_id=gone.id,
                               start=utc(2019, 6, 20, 13), end=utc(2019, 6, 20, 13, 30)))
        s.db.execute("PRAGMA foreign_keys = OFF")
        s.db.execute("DELETE FROM organisations WHERE id = ?", [gone.id])
        s.db.conn.commit()
    if encrypted:
        from briefer.store.wholefile.crypto import encrypt

        encrypt(db, SECRET, backup_dir=data_dir / "backups")
    return db


def _both_ways(monkeypatch, capsys):
    """(light output, store output) of ``briefer list meetings``; the light one must not open the store."""
    opened = []
    real_store = Context.store
    monkeypatch.setattr(Context, "store", lambda self: opened.append(1) or real_store(self))
    assert main(["list", "meetings"]) == 0
    light = capsys.readouterr().out
    assert opened == []  # read without the store
    monkeypatch.setattr(Context, "listing", lambda self: None)
    assert main(["list", "meetings"]) == 0
    return light, capsys.readouterr().out


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_the_light_list_is_the_stores_list_byte_for_byte(data_dir, demo_db_template, monkeypatch, capsys, encrypted):
    _demo(data_dir, demo_db_template, encrypted=encrypted)
    if encrypted:
        monkeypatch.setenv("BRIEFER_PASSPHRASE", SECRET)
    light, stored = _both_ways(monkeypatch, capsys)
    assert light == stored
    assert "Yamada Tarō" in light and "WHO2" in light and "organisation" in light and "to be confirmed" in light and "Indonesia" in light


def test_an_encrypted_file_asks_for_its_passphrase_at_a_terminal(data_dir, demo_db_template, monkeypatch, capsys):
    _demo(data_dir, demo_db_template, encrypted=True)
    monkeypatch.delenv("BRIEFER_PASSPHRASE", raising=False)
    asked = []
    monkeypatch.setattr(Context, "_interactive", lambda self: True)
    monkeypatch.setattr(Context, "prompt_secret", lambda self, prompt: asked.append(prompt) or SECRET)
    assert main(["list", "meetings"]) == 0
    assert len(asked) == 1 and "Indonesia" in capsys.readouterr().out


def test_a_row_the_models_refuse_is_reported_by_the_store_as_before(data_dir, demo_db_template, capsys):
    db = _demo(data_dir, demo_db_template)
    with Store.open(db) as s:
        s.db.execute("UPDATE meetings SET status = 'postponed' WHERE rowid = 1")
        s.db.conn.commit()
    assert main(["list", "meetings"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefer: error:") and "status" in err


def test_what_the_light_reader_writes_out_is_the_stores_own():
    from briefer.model import MeetingStatus
    from briefer.store import listing
    from briefer.store.db import key_statement
    from briefer.store.migrations import known_names

    assert listing.SCHEMA_STEPS == known_names()  # a new migration step: add its name there too
    s = Store.memory()
    assert {t: tuple(sorted(s.repo_for_table(t).json_fields)) for t in listing.JSON_COLUMNS} == listing.JSON_COLUMNS
    assert listing.MEETING_STATUSES == tuple(m.value for m in MeetingStatus)
    assert listing._key("it's \"quoted\"") == key_statement("it's \"quoted\"")
