"""Whom a briefing pack can be for, and how much of the programme each of them has.

The Packs view lists the host delegation's members and every principal, with
their bilaterals and sessions counted, so a user sees whose pack is thick
before building it. Counted in one pass over the bilaterals and sessions (not
one per person: 5,000 bilaterals × 50 people). It lives with the schedule,
not in ``briefer.packs``, because importing the packs package brings
reportlab (~0.4 s) and this list is read whenever the Packs view refreshes.
Roles are returned as values; the view words them in the reader's language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from briefer.model import Meeting, MemberRole, MeetingStatus, Person


@dataclass(frozen=True)
class Workload:
    """One possible pack recipient: their role in the host delegation (or title as a principal) and counts."""

    person: Person
    #: their role in the host delegation; None for a principal outside it (then ``title`` says who they are)
    role: MemberRole | None
    title: str
    #: the principal they serve, if any
    serves_id: str | None
    #: the bilaterals they sit in on the Dutch side, cancelled ones left out, in stored order
    meetings: tuple[Meeting, ...]
    sessions: int

    @property
    def bilaterals(self) -> int:
        return len(self.meetings)


def workloads(store, people: Mapping[str, Person], meetings: list[Meeting] | None = None) -> list[Workload]:
    """Host-delegation members (in delegation order), then principals outside it; ``people`` are those known by id.

    ``meetings``: the bilaterals when the caller has read them already.
    """
    meetings = store.meetings.list() if meetings is None else meetings
    bilaterals: dict[str, list[Meeting]] = {}
    for m in meetings:
        if m.status != MeetingStatus.CANCELLED:
            for pid in m.nl_side_ids():
                bilaterals.setdefault(pid, []).append(m)
    in_sessions = Counter(pid for s in store.sessions.list() for pid in s.people_ids())
    roles: dict[str, tuple[MemberRole | None, str, str | None]] = {}
    for d in store.delegations.list():
        if d.host:
            for m in d.members:
                roles[m.person_id] = (m.role, "", m.serves_principal_id)
    for p in people.values():
        if p.is_principal:
            roles.setdefault(p.id, (None, p.principal_title, None))
    return [Workload(people[pid], role, title, serves, tuple(bilaterals.get(pid, ())), in_sessions[pid])
            for pid, (role, title, serves) in roles.items() if pid in people]
