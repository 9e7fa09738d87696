"""Who gets what is right by construction: each speaker their own notes, packs only for the host
delegation, and what must not be disclosed only in a minister's pack."""

from __future__ import annotations

import pytest

from briefer import paths
from briefer.cli import main
from briefer.model import BackgroundItem, MeetingBrief, Session, SessionKind, SpeakerNote
from briefer.packs import PackOptions, build_pack
from briefer.packs.compose import compose
from briefer.store import Store
from packs_world import build_world, utc


def _interventions(world):
    """A plenary where both Dutch ministers speak, each for their own part."""
    return world.store.sessions.add(Session(
        start=utc(2019, 6, 20, 7, 0), end=utc(2019, 6, 20, 8, 0), title="Plenary: country interventions",
        session_kind=SessionKind.PLENARY, speaker_ids=[world.minister.id, world.other_minister.id],
        speaker_notes=[
            SpeakerNote(person_id=world.minister.id, role="health statement, 3 min",
                        notes="- The health intervention of Bruins."),
            SpeakerNote(person_id=world.other_minister.id, role="livestock remarks, 2 min",
                        notes="- The farming remarks of Schouten."),
        ],
    ))


def test_each_speaker_gets_only_their_own_notes(world, tmp_path, read_pack):
    _interventions(world)
    bruins = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "b.pdf").path)
    schouten = read_pack(build_pack(world.store, PackOptions(recipient_id=world.other_minister.id), tmp_path / "s.pdf").path)
    assert "The health intervention of Bruins" in bruins.text and "health statement, 3 min" in bruins.text
    assert "farming remarks" not in bruins.text and "livestock remarks" not in bruins.text
    assert "The farming remarks of Schouten" in schouten.text
    assert "health intervention" not in schouten.text and "health statement" not in schouten.text


def test_session_notes_from_before_per_speaker_notes_are_the_lead_speakers_only(world):
    world.store.sessions.add(Session(
        start=utc(2019, 6, 20, 7, 0), end=utc(2019, 6, 20, 8, 0), title="Joint press moment",
        session_kind=SessionKind.PRESS, speaker_ids=[world.minister.id, world.other_minister.id],
        speaking_role="Statement on behalf of the co-chairs", speaking_notes="- Five million for the fund."))
    mine = compose(world.store, PackOptions(recipient_id=world.minister.id))
    theirs = compose(world.store, PackOptions(recipient_id=world.other_minister.id))
    assert [n.title for n in mine.speaking] == ["Opening plenary", "Joint press moment"]
    assert "Five million" in mine.speaking[1].notes
    assert theirs.speaking == ()
    # her programme still lists the session, without a link to notes she does not have
    item = next(i for d in theirs.programme for i in d.items if i.title == "Joint press moment")
    assert item.anchor is None


def test_notes_belong_to_a_speaker_of_the_session(world):
    with pytest.raises(ValueError, match="notes belong to a speaker or the chair"):
        Session(start=utc(2019, 6, 20, 7, 0), end=utc(2019, 6, 20, 8, 0), title="Panel",
                speaker_ids=[world.minister.id], speaker_notes=[SpeakerNote(person_id=world.member.id, notes="x")])


def test_a_pack_for_someone_outside_the_host_delegation_is_refused(data_dir, tmp_path, capsys):
    p = paths.resolve(str(data_dir))
    paths.ensure_data_dir(p)
    with Store.open(p.database, user="tester") as store:
        world = build_world(store)
    out = tmp_path / "yilmaz.pdf"
    code = main(["pack", "--for", "Yılmaz", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 6
    assert "Ayşe Yılmaz is not a member of the host delegation" in err and "Traceback" not in err
    assert not out.exists()
    # nor the one-page brief of a meeting she takes part in
    code = main(["pack", "--for", "Yılmaz", "--meeting", world.meetings["tur"].id, "-o", str(out)])
    assert code == 6 and "not a member of the host delegation" in capsys.readouterr().err
    assert not out.exists()
    code = main(["prints"])
    assert "nothing printed yet" in capsys.readouterr().out


def test_what_must_not_be_disclosed_is_printed_for_the_minister_only(world, tmp_path, read_pack):
    world.store.meeting_briefs.add(MeetingBrief(
        meeting_id=world.meetings["vnm"].id, key_messages=["Viet Nam is a twinning partner."],
        background=[BackgroundItem(text="Public: Viet Nam adopted its plan in 2013."),
                    BackgroundItem(text="Internal: the embassy doubts the budget.", usable=False)]))
    minister = read_pack(build_pack(world.store, PackOptions(recipient_id=world.minister.id), tmp_path / "m.pdf").path)
    adviser = read_pack(build_pack(world.store, PackOptions(recipient_id=world.member.id), tmp_path / "a.pdf").path)
    assert "the embassy doubts the budget" in minister.text and "NIET VOOR OPENBAARMAKING" in minister.text
    assert "Viet Nam adopted its plan" in adviser.text
    assert "the embassy doubts the budget" not in adviser.text and "NIET VOOR OPENBAARMAKING" not in adviser.text
