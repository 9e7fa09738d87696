"""Synthetic conference databases for the start-up benchmark: a small one and a large one.

The large one is far beyond a real conference (3,000 people, 2,000 bilaterals,
50,000 notes) so that start-up time is measured where it would hurt.
Records are written through the store (validated, with history and search).
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pycountry

from briefer.model import (
    Action, Conference, Country, CountryBrief, Delegation, DelegationMember, Meeting, MeetingBrief, Note,
    Objective, Person, Room, Session, TalkingPoint,
)
from briefer.store import Store

WORDS = ("surveillance stewardship livestock antibiotics laboratory twinning colistin vaccine sanitation "
         "One Health action plan funding resistance hospital infection prevention veterinary regulation "
         "awareness data sharing capacity building agriculture aquaculture food safety").split()


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def build(path: Path, *, people: int = 3000, meetings: int = 2000, notes: int = 50000, actions: int = 5000,
          sessions: int = 300, seed: int = 1) -> Path:
    """Write a synthetic conference to ``path`` (must not exist)."""
    rng = random.Random(seed)
    conf = Conference(name="Synthetic ministerial conference", start_date=date(2030, 5, 6), end_date=date(2030, 5, 9),
                      city="Rotterdam", venue="Ahoy", timezone="Europe/Amsterdam")
    tz = conf.tz
    day0 = datetime(2030, 5, 6, 9, 0, tzinfo=tz)
    isos = [c.alpha_3 for c in pycountry.countries][:190]
    with Store.open(path, user="bench") as store, store.write():
        store.conference_repo.put(conf.model_copy(update={"revision": 1}))
        rooms = [store.rooms.put(Room(name=f"Room {i}", capacity=20, revision=1)) for i in range(30)]
        for iso in isos:
            store.countries.put(Country(iso3=iso, who_region=rng.choice(["AFR", "EUR", "SEAR", "AMR", "WPR", "EMR"]), revision=1))
            store.country_briefs.put(CountryBrief(
                country=iso, summary=_text(rng, 40), amr_situation=_text(rng, 80), revision=1,
                talking_points=[TalkingPoint(text=_text(rng, 12)) for _ in range(6)], key_messages=[_text(rng, 15)] * 3))
        folks = []
        for i in range(people):
            iso = "NLD" if i < 40 else rng.choice(isos)
            folks.append(store.people.put(Person(
                given_name=f"Given{i}", family_name=f"Family{i}", country=iso, position=_text(rng, 3), revision=1,
                biography=_text(rng, 60), principal_title="Minister" if i < 3 else "")))
        dutch = folks[:40]
        store.delegations.put(Delegation(country="NLD", name="Netherlands", host=True, revision=1,
                                         members=[DelegationMember(person_id=p.id) for p in dutch]))
        for i in range(sessions):
            start = day0 + timedelta(days=i % 4, minutes=30 * (i // 4 % 20))
            store.sessions.put(Session(title=_text(rng, 5), start=start, end=start + timedelta(minutes=60), revision=1,
                                       room_id=rng.choice(rooms).id, attendee_ids=[rng.choice(dutch).id]))
        ms = []
        for i in range(meetings):
            start = day0 + timedelta(days=i % 4, minutes=15 * (i // 4 % 40))
            m = store.meetings.put(Meeting(principal_id=dutch[i % 3].id, counterpart_country=rng.choice(isos), revision=1,
                                           counterpart_ids=[rng.choice(folks[40:]).id], start=start,
                                           end=start + timedelta(minutes=30), room_id=rng.choice(rooms).id))
            store.meeting_briefs.put(MeetingBrief(meeting_id=m.id, objectives=[Objective(text=_text(rng, 8))], revision=1))
            ms.append(m)
        for i in range(notes):
            store.notes.put(Note(meeting_id=rng.choice(ms).id, author="Bench", body=_text(rng, 80), revision=1))
        for i in range(actions):
            store.actions.put(Action(description=_text(rng, 10), owner_id=rng.choice(dutch).id, revision=1,
                                     due=date(2030, 6, 1) + timedelta(days=i % 90)))
    return path


def build_small(path: Path) -> Path:
    return build(path, people=120, meetings=40, notes=300, actions=60, sessions=30)


if __name__ == "__main__":
    import sys
    import time

    t = time.perf_counter()
    build(Path(sys.argv[1]))
    print(f"built {sys.argv[1]} in {time.perf_counter() - t:.1f} s")
