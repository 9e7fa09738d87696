"""The store as a whole (briefer/store/store.py): who a change is recorded as made by, a refused file
let go of, an in-memory store, attachments' bytes, groups of writes — on real SQLite files."""

from __future__ import annotations

import time
from datetime import date

import pytest
import sqlcipher3

from briefer.errors import NotFound, Refused, StoreError
from briefer.model import Conference, Person
from briefer.store import Store
from briefer.store.revisions import revisions_of
from briefer.store.wholefile.hold import EXCLUSIVE, Hold


def test_a_change_is_recorded_as_made_by_the_user_briefer_is_told_of(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFER_USER", "a.adviseur")
    with Store.open(tmp_path / "b.sqlite") as s:  # no user given: as the app and the command line open it
        anna = s.people.add(Person(given_name="Anna", family_name="Schouten"))
        assert [r.changed_by for r in revisions_of(s, anna)] == ["a.adviseur"]


def test_a_refused_file_is_let_go_of_so_it_can_be_replaced(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"This is my shopping list, not a database.\n" * 100)
    with pytest.raises(StoreError, match="not a Briefer database") as refused:
        Store.open(path)
    # the refusal is still being shown (the GUI keeps it for its dialog), and a restore over the file may begin
    assert "not a Briefer database" in str(refused.value)
    other = Hold(path)
    try:
        assert other.try_acquire(EXCLUSIVE, 0) is True
    finally:
        other.release()


def test_an_in_memory_store_holds_records_like_a_file(monkeypatch):
    s = Store.memory(user="a.adviseur")
    try:
        anna = s.people.add(Person(given_name="Anna", family_name="Schouten"))
        assert [p.family_name for p in s.people.list()] == ["Schouten"]
        assert s.search("Schouten")[0].record_id == anna.id
        assert [r.changed_by for r in revisions_of(s, anna)] == ["a.adviseur"]
    finally:
        s.close()


def test_the_bytes_of_an_unknown_attachment_are_refused_naming_it(store):
    with pytest.raises(NotFound, match="no attachment with id 0123-missing"):
        store.attachment_content("0123-missing")



def test_the_conference_is_required_and_named_when_missing(store):
    with pytest.raises(NotFound, match="this database holds no conference yet; run 'briefer demo' or create one"):
        store.require_conference()
    store.conference_repo.add(Conference(name="Spring meeting", start_date=date(2030, 3, 4), end_date=date(2030, 3, 5)))
    assert store.require_conference().name == "Spring meeting"


def test_a_backup_of_an_encrypted_database_is_encrypted_and_kept_in_the_chosen_folder(tmp_path):
    from briefer.store.db import is_encrypted
    from briefer.store.wholefile.backup import create_backup, list_backups, verify_backup

    path, chosen = tmp_path / "b.sqlite", tmp_path / "elsewhere"
    with Store.open(path, passphrase="correct horse", backup_dir=chosen) as s:
        s.people.add(Person(given_name="Anna", family_name="Schouten"))
        info = create_backup(s)
    assert [b.name for b in list_backups(chosen)] == [info.name]
    assert not (tmp_path / "backups").exists()
    assert is_encrypted(info.path)
    assert verify_backup(info, "correct horse") is True


def test_a_write_while_the_file_is_being_checked_is_refused_naming_the_file_and_nothing_is_written(tmp_path):
    path = tmp_path / "b.sqlite"
    Store.open(path).close()
    with Store.open(path, check=False) as s:  # as the app opens it: writes wait for the check on the side
        with pytest.raises(Refused) as refused:
            s.people.add(Person(given_name="Anna", family_name="Schouten"))
        assert str(refused.value) == f"{path}: Briefer is still checking the database; try again in a moment"
        assert s.people.count() == 0


def test_a_refusal_by_the_database_reaches_the_caller_and_undoes_the_whole_group(store):
    store.set_meta("owner", "delegation")
    with pytest.raises(sqlcipher3.IntegrityError, match="UNIQUE constraint failed: meta.key"):
        with store.write():
            store.db.execute("UPDATE meta SET value = 'someone else' WHERE key = 'owner'")
            store.db.execute("INSERT INTO meta (key, value) VALUES ('owner', 'twice')")
    assert store.meta("owner") == "delegation"


def test_a_change_on_a_system_that_cannot_name_its_user_is_recorded_as_made_by_unknown(tmp_path, monkeypatch):
    import getpass

    def no_name():  # as getpass does without USER/LOGNAME and without a password entry for the uid
        raise KeyError("getpwuid(): uid not found: 4242")

    monkeypatch.delenv("BRIEFER_USER", raising=False)
    monkeypatch.setattr(getpass, "getuser", no_name)
    with Store.open(tmp_path / "b.sqlite") as s:
        anna = s.people.add(Person(given_name="Anna", family_name="Schouten"))
        assert [r.changed_by for r in revisions_of(s, anna)] == ["unknown"]


def test_a_checked_briefer_closing_while_an_unchecked_one_writes_and_closes_leaves_no_mark(tmp_path):
    """Closing marks the file checked only if nobody else has it open at that moment — it does not wait
    for the others to go: the last to close may have written after the check."""
    import threading

    from briefer.store.wholefile.checked import mark_path

    path = tmp_path / "c.sqlite"
    Store.open(path).close()
    ready, go = threading.Event(), threading.Event()

    def other_window():  # a second Briefer on the same file that never passed a check, writing, then closing
        s = Store.open(path, check=False)
        s.allow_writes()
        s.people.add(Person(given_name="Anna", family_name="Schouten"))
        ready.set()
        go.wait(10)
        time.sleep(0.2)
        s.close()

    first = Store.open(path)  # checked
    thread = threading.Thread(target=other_window)
    thread.start()
    assert ready.wait(30)
    go.set()
    first.close()  # the other still has it open: no mark, whenever the other closes
    thread.join(30)
    assert not mark_path(path).exists()


def test_deleting_a_person_named_in_two_roles_counts_every_meeting_that_names_them(store):
    from briefer.model import Meeting
    from tests.conftest import utc

    bruins = store.people.add(Person(given_name="Bruno", family_name="Bruins"))
    moeloek = store.people.add(Person(given_name="Nila", family_name="Moeloek", country="IDN"))
    store.meetings.add(Meeting(principal_id=moeloek.id, counterpart_country="NLD", counterpart_ids=[bruins.id],
                               start=utc(2019, 6, 19, 9), end=utc(2019, 6, 19, 10)))
    store.meetings.add(Meeting(principal_id=bruins.id, counterpart_country="IDN", counterpart_ids=[moeloek.id],
                               start=utc(2019, 6, 19, 11), end=utc(2019, 6, 19, 12)))
    with pytest.raises(Refused) as refused:
        store.people.delete(moeloek.id)
    assert str(refused.value) == "cannot delete person 'Nila Moeloek': still referred to by 2 meeting"
    assert store.people.get(moeloek.id).family_name == "Moeloek"


def test_a_file_another_briefer_wrote_to_since_this_one_opened_it_is_no_longer_the_checked_file(tmp_path):
    path = tmp_path / "c.sqlite"
    with Store.open(path) as s:  # a checked open and a clean close: the file is marked
        s.people.add(Person(family_name="Bruins"))
    with Store.open(path, check=False) as window:  # as the app opens it
        assert window.unchanged_since_check() is True
        with Store.open(path, check=False) as other:  # another Briefer trusts the mark and writes
            other.allow_writes()
            other.people.add(Person(family_name="Schouten"))
        assert window.unchanged_since_check() is False  # this one must wait for its own check


def test_an_unencrypted_file_opened_with_a_passphrase_is_refused_not_read_in_the_clear(tmp_path):
    """A passphrase means the user expects an encrypted file: one put in its place unencrypted is refused."""
    from briefer.store.db import WrongPassphrase

    path = tmp_path / "b.sqlite"
    Store.open(path).close()
    with pytest.raises(WrongPassphrase, match="wrong passphrase or not a Briefer database"):
        Store.open(path, passphrase="correct horse")
