"""What a minister reads in the pack: the programme in time order, names and positions as they are.

Scenario tests on the composed plan (what the renderer prints, without
rendering): a reception in the evening comes after the morning's bilaterals,
a meeting with an organisation is titled with the organisation's name, a
contact line carries the person's position, a pack over several days says so
on its cover, and an encrypted attachment is refused with its file named.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefer.errors import ImportFailed
from briefer.model import Attachment, Meeting, MeetingStatus, Organisation, Session, SessionKind
from briefer.packs import PackOptions, compose
from packs_world import small_pdf, utc


def _programme(plan) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(day.heading, [(item.time, item.title) for item in day.items]) for day in plan.programme]


def test_the_programme_runs_in_time_order_sessions_and_meetings_mixed(world):
    store = world.store
    store.sessions.add(Session(start=utc(2019, 6, 19, 16, 30), end=utc(2019, 6, 19, 18, 0), title="Reception",
                               session_kind=SessionKind.RECEPTION, attendee_ids=[world.minister.id]))
    plan = compose(store, PackOptions(recipient_id=world.minister.id, lang="en"))
    assert _programme(plan) == [
        ("Wednesday 19 June 2019", [("09:30–10:30", "Opening plenary"), ("11:00–11:30", "Bilateral with Türkiye"),
                                    ("14:00–14:30", "Bilateral with Poland"), ("18:30–20:00", "Reception")]),
        ("Thursday 20 June 2019", [("10:00–10:30", "Bilateral with Vietnam"), ("13:00–13:30", "Bilateral with Greece")]),
    ]
    # the chapters follow the same order
    assert [c.title for c in plan.chapters] == ["Bilateral with Türkiye", "Bilateral with Poland",
                                                "Bilateral with Vietnam", "Bilateral with Greece"]


def test_a_meeting_added_later_but_earlier_in_the_day_prints_first(world):
    store = world.store
    early = store.meetings.add(Meeting(start=utc(2019, 6, 20, 6, 0), end=utc(2019, 6, 20, 6, 30),
                                       principal_id=world.minister.id, counterpart_country="DEU",
                                       status=MeetingStatus.CONFIRMED))
    plan = compose(store, PackOptions(recipient_id=world.minister.id, lang="en", start=date(2019, 6, 20)))
    assert [c.key for c in plan.chapters][0] == f"meeting:{early.id}"
    assert _programme(plan)[0][1][0] == ("08:00–08:30", "Bilateral with Germany")


def test_a_meeting_with_an_organisation_is_titled_with_its_name(world):
    store = world.store
    who = store.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    store.meetings.add(Meeting(start=utc(2019, 6, 20, 14, 0), end=utc(2019, 6, 20, 14, 30),
                               principal_id=world.minister.id, counterpart_organisation_id=who.id,
                               status=MeetingStatus.CONFIRMED))
    plan = compose(store, PackOptions(recipient_id=world.minister.id, lang="en", start=date(2019, 6, 20)))
    titles = [c.title for c in plan.chapters]
    assert titles[-1] == "Bilateral with WHO"  # a pack names an organisation by its acronym (it fits a running head)
    assert "to be confirmed" not in titles[-1]


def test_contact_lines_carry_each_person_s_position(world):
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id, lang="en"))
    lines = {c.name: c.position for c in plan.contacts}
    assert lines["Anne de Vries"] == "Senior beleidsadviseur"
    assert any(position == "Minister of Health" for position in lines.values())
    assert any(position == "Deputy Minister of Health" for position in lines.values())


def test_the_cover_of_a_several_day_pack_names_both_days(world):
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id, lang="en"))
    assert plan.period == "19–20 June 2019"
    one_day = compose(world.store, PackOptions(recipient_id=world.minister.id, lang="en",
                                               start=date(2019, 6, 19), end=date(2019, 6, 19)))
    assert one_day.period == "19 June 2019"


def test_an_encrypted_attachment_is_refused_naming_the_file(world):
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(small_pdf(1, "Locked"))))
    writer.encrypt("secret", algorithm="AES-256")
    locked = BytesIO()
    writer.write(locked)
    world.store.add_attachment(Attachment(title="Locked annex", filename="locked.pdf",
                                          meeting_id=world.meetings["grc"].id), locked.getvalue())
    with pytest.raises(ImportFailed) as caught:
        compose(world.store, PackOptions(recipient_id=world.minister.id))
    assert "encrypted" in caught.value.message and caught.value.file == "locked.pdf"
