"""The names a list shows beside ids — people, rooms, organisations, brief status — read from the store.

Every list in the app shows names where records hold ids (a bilateral's
principal, room, organisation; whether its brief is final). Reading them is
the store's business; wording them (the interface language, the conference's
timezone) is the GUI's (``briefer.gui.records.table_models.Directory``
subclasses this). A big list reads its parts on a worker with its own
connection (:meth:`Names.preload`), then :meth:`Names.rebind` to the GUI
thread's store for any part read later.
"""

from __future__ import annotations

from functools import cached_property

from briefer.model import Conference, Organisation, Person, Room
from briefer.model.base import BriefStatus


class Names:
    """A snapshot of the names a list shows beside ids (people, rooms, organisations, brief status).

    Each part is read from the store the first time it is needed, so a view
    that shows no people does not pay for loading them.
    """

    def __init__(self, store=None, *, conference: Conference | None = None):
        self._store = store
        self.conference = store.conference() if store is not None else conference

    #: The parts that can be read ahead (:meth:`preload`).
    PARTS = ("people", "rooms", "organisations", "meeting_brief_status")

    @classmethod
    def load(cls, store) -> "Names":
        return cls(store)

    def preload(self, parts: tuple[str, ...]) -> "Names":
        """Read ``parts`` now (on a worker, from its own connection) and let go of the store.

        Call :meth:`rebind` on the GUI thread before use: any part not read
        ahead is then read lazily from the GUI thread's own store.
        """
        for part in parts:
            getattr(self, part)
        self._store = None
        return self

    def rebind(self, store) -> "Names":
        self._store = store
        return self

    def _all(self, repo_name: str) -> list:
        return getattr(self._store, repo_name).list() if self._store is not None else []

    @cached_property
    def people(self) -> dict[str, Person]:
        return {p.id: p for p in self._all("people")}

    @cached_property
    def meeting_organisations(self) -> dict[str, str]:
        """Meeting id → the organisation it is with (bilaterals with a country are not in it)."""
        return {m.id: m.counterpart_organisation_id for m in self._all("meetings") if m.counterpart_organisation_id}

    @cached_property
    def rooms(self) -> dict[str, Room]:
        return {r.id: r for r in self._all("rooms")}

    @cached_property
    def organisations(self) -> dict[str, Organisation]:
        return {o.id: o for o in self._all("organisations")}

    @cached_property
    def meeting_brief_status(self) -> dict[str, BriefStatus]:
        return {b.meeting_id: b.status for b in self._all("meeting_briefs")}

    @property
    def tz(self):
        from zoneinfo import ZoneInfo

        return self.conference.tz if self.conference else ZoneInfo("UTC")
