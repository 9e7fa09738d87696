"""A small conference with two bilaterals, notes by two authors, outcomes and actions — for exchange tests."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from pathlib import Path

from briefer.model import (
    Action, Attachment, Classification, Conference, Country, Meeting, MeetingBrief, MeetingStatus, Note,
    Objective, Outcome, Person, Room,
)
from briefer.store import Store


def utc(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


def build_world(store: Store) -> dict:
    """Fill ``store``; returns the records by a short name."""
    w: dict = {}
    w["conf"] = store.conference_repo.add(Conference(
        name="Test conference", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20),
        city="Noordwijk", venue="Huis ter Duin", timezone="Europe/Amsterdam"))
    for iso in ("IDN", "DEU"):
        store.countries.add(Country(iso3=iso))
    w["room"] = store.rooms.add(Room(name="Bilateral room 1"))
    w["minister"] = store.people.add(Person(given_name="Bruno", family_name="Bruins", country="NLD",
                                            principal_title="Minister voor Medische Zorg"))
    w["advisor"] = store.people.add(Person(given_name="Anouk", family_name="de Vries-Ölçer", country="NLD"))
    w["idn"] = store.people.add(Person(given_name="Nila", family_name="Moeloek", country="IDN"))
    w["m1"] = store.meetings.add(Meeting(
        start=utc(2019, 6, 19, 9, 0), end=utc(2019, 6, 19, 9, 30), principal_id=w["minister"].id,
        counterpart_country="IDN", counterpart_ids=[w["idn"].id], room_id=w["room"].id,
        nl_participant_ids=[w["advisor"].id], status=MeetingStatus.HELD))
    w["m2"] = store.meetings.add(Meeting(
        start=utc(2019, 6, 20, 12, 0), end=utc(2019, 6, 20, 12, 30), principal_id=w["minister"].id,
        counterpart_country="DEU", status=MeetingStatus.HELD, classification=Classification.DEP_VERTROUWELIJK))
    obj1, obj2 = Objective(text="Secure support for the AMR declaration"), Objective(text="Offer twinning on surveillance")
    w["brief1"] = store.meeting_briefs.add(MeetingBrief(meeting_id=w["m1"].id, objectives=[obj1, obj2]))
    w["note1"] = store.notes.add(Note(meeting_id=w["m1"].id, author="Anouk", body="Indonesia supports the declaration.\nWill sign in September."))
    w["note2"] = store.notes.add(Note(meeting_id=w["m1"].id, author="Pieter", body="Minister Moeloek asked about twinning."))
    w["note3"] = store.notes.add(Note(meeting_id=w["m2"].id, author="Anouk", body="Germany: één lijn on One Health."))
    w["secret"] = store.notes.add(Note(meeting_id=w["m2"].id, author="Anouk", body="Private assessment: hesitant.",
                                       classification=Classification.STG_CONFIDENTIEEL))
    w["out1"] = store.outcomes.add(Outcome(meeting_id=w["m1"].id, objective_id=obj1.id, objective_met=True,
                                           text="Indonesia will co-sign the declaration"))
    w["out2"] = store.outcomes.add(Outcome(meeting_id=w["m1"].id, objective_id=obj2.id, objective_met=False,
                                           text="Twinning to be discussed later"))
    w["act1"] = store.actions.add(Action(description="Send draft twinning proposal to Jakarta", meeting_id=w["m1"].id,
                                         owner="Directie Internationale Zaken", due=date(2019, 7, 15), country="IDN"))
    w["act2"] = store.actions.add(Action(description="Brief Søren Ærø-Müller on the outcome", meeting_id=w["m2"].id,
                                         owner_id=w["advisor"].id, due=date(2019, 7, 1), country="DEU"))
    content = b"%PDF-1.4 fake attachment bytes"
    w["att"] = store.add_attachment(Attachment(title="Programme", filename="programme.pdf", meeting_id=w["m1"].id),
                                    content)
    return w


def snapshot(store: Store) -> dict:
    """Every record of every kind as JSON, plus attachment contents — for "identical data" checks."""
    out = {}
    for repo in store.repositories():
        out[repo.spec.table] = sorted((r.model_dump(mode="json") for r in repo.list()), key=lambda d: d["id"])
    out["attachment_bytes"] = {a.id: hashlib.sha256(store.attachment_content(a.id)).hexdigest()
                               for a in store.attachments.list()}
    return out


def file_bytes(path: Path) -> bytes:
    return Path(path).read_bytes()
