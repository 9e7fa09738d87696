"""What decides a pack's marking, which parts it holds, and how people are named in it.

The classification on every page is the highest of what the pack holds: a
classified meeting brief or attachment must raise it. A pack printed without
its programme has none. An addendum prints a changed country brief or a new
attachment. A person is named with their organisation and country, and one no
longer in the database prints as "to be confirmed" rather than breaking the pack.
"""

from __future__ import annotations

from briefer.model import (
    Attachment, Classification, MeetingBrief, Objective, Organisation, Outcome, Person, new_id,
)
from briefer.packs import PackOptions, compose
from briefer.packs.plan import ALL_SECTIONS, Section
from briefer.packs.register import register_print
from packs_world import small_pdf


def test_a_classified_meeting_brief_raises_the_pack_s_marking(world):
    store = world.store
    assert compose(store, PackOptions(recipient_id=world.member.id)).classification == Classification.ONGERUBRICEERD
    store.meeting_briefs.add(MeetingBrief(meeting_id=world.meetings["vnm"].id, objectives=[Objective(text="Agree")],
                                          classification=Classification.STG_CONFIDENTIEEL))
    assert compose(store, PackOptions(recipient_id=world.member.id)).classification == Classification.STG_CONFIDENTIEEL


def test_a_classified_attachment_raises_the_pack_s_marking(world):
    store = world.store
    store.add_attachment(Attachment(title="Embassy report", filename="report.pdf", meeting_id=world.meetings["vnm"].id,
                                    classification=Classification.STG_CONFIDENTIEEL), small_pdf(1, "Report"))
    assert compose(store, PackOptions(recipient_id=world.member.id)).classification == Classification.STG_CONFIDENTIEEL


def test_a_pack_printed_without_its_programme_has_none(world):
    plan = compose(world.store, PackOptions(recipient_id=world.minister.id,
                                            sections=ALL_SECTIONS - {Section.PROGRAMME}))
    assert plan.programme == ()
    assert "programme" not in {p.key for p in plan.parts}
    assert plan.chapters  # the rest is there


def _print_then(store, recipient_id):
    plan = compose(store, PackOptions(recipient_id=recipient_id, lang="en"))
    register_print(store, plan, pages=1, filename="copy.pdf")
    return plan.number


def test_an_addendum_prints_a_changed_country_brief(world):
    store = world.store
    number = _print_then(store, world.minister.id)
    brief = store.country_briefs.list(country="POL")[0]
    store.country_briefs.update(brief.evolve(summary="Poland now also chairs the Council working party."))
    plan = compose(store, PackOptions(changes_since=number))
    pol = world.meetings["pol"].id
    assert plan.include == frozenset({f"meeting:{pol}/country"})
    assert [(c.title, c.what) for c in plan.changes] == [("Bilateral with Poland — Country brief: Poland", "changed")]


def test_an_addendum_prints_a_new_attachment(world):
    store = world.store
    number = _print_then(store, world.minister.id)
    grc = world.meetings["grc"].id
    store.add_attachment(Attachment(title="Greek AMR plan", filename="gr-plan.pdf", meeting_id=grc), small_pdf(3, "Plan"))
    plan = compose(store, PackOptions(changes_since=number))
    # the attachment, and the meeting sheet that lists the chapter's attachments
    assert plan.include == frozenset({f"meeting:{grc}/attachment/0", f"meeting:{grc}/sheet"})
    assert [c.what for c in plan.changes] == ["changed", "new"]
    assert plan.changes[0].details == ("Attachments: — → Greek AMR plan (3 pages)",)
    assert "Greek AMR plan" in plan.changes[1].title


def test_a_person_is_named_with_their_organisation_and_country(world):
    store = world.store
    who = store.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    expert = store.people.add(Person(given_name="Hanan", family_name="Balkhy", country="SAU", organisation_id=who.id,
                                     position="Assistant Director-General"))
    store.meetings.update(store.meetings.get(world.meetings["grc"].id).evolve(
        nl_participant_ids=[expert.id]))
    plan = compose(store, PackOptions(recipient_id=world.minister.id, lang="en"))
    line = next(c for c in plan.contacts if c.name.endswith("Balkhy"))
    assert line.affiliation == f"{who.label()}, Saudi Arabia"
    greek = next(c for c in plan.chapters if c.key == f"meeting:{world.meetings['grc'].id}")
    assert [p.affiliation for p in greek.counterparts] == ["Greece"]


def test_a_person_no_longer_in_the_database_prints_as_to_be_confirmed(world):
    store = world.store
    taker = store.people.add(Person(given_name="Tom", family_name="Notulist", country="NLD"))
    store.meetings.update(store.meetings.get(world.meetings["grc"].id).evolve(note_taker_id=taker.id))
    conn = store.db.conn   # a damaged file: the person's row gone behind the store's back
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM people WHERE id = ?", [taker.id])
    conn.commit()
    conn.execute("PRAGMA foreign_keys = ON")
    plan = compose(store, PackOptions(recipient_id=world.minister.id, lang="en"))
    greek = next(c for c in plan.chapters if c.key == f"meeting:{world.meetings['grc'].id}")
    assert [(p.name, p.role) for p in greek.nl_side][-1] == ("to be confirmed", "Note-taker")


def test_an_outcome_of_a_meeting_at_the_same_time_is_not_a_previous_outcome(world):
    store = world.store
    tur = world.meetings["tur"]
    same_time = store.meetings.add(tur.model_copy(update={"id": new_id(), "principal_id": world.other_minister.id,
                                                          "revision": 0}))
    store.outcomes.add(Outcome(meeting_id=same_time.id, text="Said at the very same time"))
    plan = compose(store, PackOptions(recipient_id=world.minister.id, lang="en"))
    chapter = next(c for c in plan.chapters if c.key == f"meeting:{tur.id}")
    assert [o.text for o in chapter.previous_outcomes] == ["Türkiye agreed to share surveillance data via GLASS."]
