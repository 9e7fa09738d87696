"""A database made by the release before per-speaker notes (m092) opens with each session's notes
kept as its lead speaker's only, and with its print register readable."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from briefer.model import Conference, Delegation, DelegationMember, Person, Session, SessionKind
from briefer.packs import PackOptions
from briefer.packs.compose import compose
from briefer.store import Store
from briefer.store.db import connect
from briefer.store.migrations import migrations
from briefer.store.print_register import PrintRegister
from packs_world import utc


def test_an_old_database_keeps_its_notes_for_the_lead_speaker_and_its_prints(tmp_path, old_release_writes):
    path = tmp_path / "old.sqlite"
    db = Database(connect(path))
    migrations.apply(db, stop_before="m092_packs_speaker_notes_release")
    assert "speaker_notes" not in db["sessions"].columns_dict
    store = Store(db, path, user="tester")
    conference = Conference(name="World Health Assembly", start_date=date(2019, 6, 19),
                            end_date=date(2019, 6, 20), city="Genève", timezone="Europe/Zurich")
    # the row as that release wrote it: only the columns its schema had (later ones add more)
    old_columns = db["conference"].columns_dict
    db["conference"].insert({k: v for k, v in store.conference_repo._to_row(conference).items() if k in old_columns})
    first = store.people.add(Person(given_name="Carola", family_name="Schouten", principal_title="Minister", country="NLD"))
    second = store.people.add(Person(given_name="Bruno", family_name="Bruins", principal_title="Minister", country="NLD"))
    store.delegations.add(Delegation(country="NLD", host=True, members=[DelegationMember(person_id=first.id),
                                                                        DelegationMember(person_id=second.id)]))
    # the old release's row: one role and one set of notes for the whole session
    session = Session(start=utc(2019, 6, 20, 7, 0), end=utc(2019, 6, 20, 8, 0), title="Joint statement",
                      session_kind=SessionKind.PRESS, speaker_ids=[first.id, second.id],
                      speaking_role="Statement", speaking_notes="- Words of the first speaker.")
    row = store.sessions._to_row(session)
    row.pop("speaker_notes", None)  # (already left out when only the old columns are written)
    db["sessions"].insert(row)
    db["print_register"].insert({"number": 1, "kind": "pack", "printed_at": "2019-06-18T10:00:00.000Z",
                                 "recipient_id": first.id, "version": 3, "parts": "[]", "digest": "abc",
                                 "classification": "ONGERUBRICEERD", "draft": 1, "sections": "[]"})
    db.close()

    with Store.open(path, user="tester") as store:
        assert "speaker_notes" in store.db["sessions"].columns_dict
        lead = compose(store, PackOptions(recipient_id=first.id))
        other = compose(store, PackOptions(recipient_id=second.id))
        assert [(n.title, n.notes) for n in lead.speaking] == [("Joint statement", "- Words of the first speaker.")]
        assert other.speaking == ()
        old = PrintRegister(store).get(1)
        assert (old.version, old.content_digest, old.override_by) == (3, "", "")
        assert lead.version == 4  # the old print's content cannot be compared: the next print is a new version
