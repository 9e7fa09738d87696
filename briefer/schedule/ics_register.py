"""What earlier exports of one person's calendar held, so the next one can say what changed.

A calendar client keeps an event until it is told otherwise: it takes a new version of
an event only when its SEQUENCE is higher, and it never learns that an event vanished
from a feed. So each export is remembered (per person, and separately for the public
version): per UID the SEQUENCE written, a fingerprint of what the event showed, and its
times and summary. The next export raises SEQUENCE exactly when the fingerprint differs,
and writes an event that is no longer in the feed as cancelled, from what was remembered.

The register is a plain dict (JSON) kept by the caller; ``store_register`` keeps it in
the database's meta table, so it travels with the database and its backups.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

import icalendar

#: Marks an exported event as a session or a bilateral (an import skips bilaterals).
KIND_PROPERTY = "X-BRIEFER-KIND"


@dataclass
class ExportRegister:
    entries: dict[str, dict] = field(default_factory=dict)

    def sequence(self, uid: str, revision: int, fingerprint: str, ev: icalendar.Event) -> int:
        """The SEQUENCE for ``uid`` now: the last one written, one higher if the event shows
        something else than then. A first export writes the record's revision (what exports
        before the register wrote), and a raised one never falls below it; an edit the event
        does not show (a note, a field the calendar never sees) leaves SEQUENCE as it was, so
        Outlook does not offer an "updated" event that reads the same."""
        old = self.entries.get(uid)
        if old is None:
            seq = revision
        elif old["fingerprint"] != fingerprint:
            seq = max(old["sequence"] + 1, revision)
        else:
            seq = old["sequence"]
        self.entries[uid] = {
            "sequence": seq, "fingerprint": fingerprint, "summary": str(ev.get("SUMMARY", "")),
            # in UTC: a fixed offset would come back as a made-up TZID
            "start": ev.decoded("DTSTART").astimezone(timezone.utc).isoformat(),
            "end": ev.decoded("DTEND").astimezone(timezone.utc).isoformat(),
            "kind": str(ev.get(KIND_PROPERTY, "")),
        }
        return seq

    def gone_events(self, present: set[str], stamp: datetime) -> list[icalendar.Event]:
        """A cancelled event for every UID an earlier export held that this one does not."""
        out = []
        for uid, old in sorted(self.entries.items()):
            if uid in present:
                continue
            if old["fingerprint"] != "gone":
                old.update(sequence=old["sequence"] + 1, fingerprint="gone")
            ev = icalendar.Event()
            ev.add("uid", uid)
            ev.add("sequence", old["sequence"])
            ev.add("dtstamp", stamp)
            ev.add("summary", old["summary"])
            ev.add("dtstart", datetime.fromisoformat(old["start"]))
            ev.add("dtend", datetime.fromisoformat(old["end"]))
            ev.add("status", "CANCELLED")
            ev.add("transp", "TRANSPARENT")
            if old.get("kind"):
                ev.add(KIND_PROPERTY, old["kind"])
            out.append(ev)
        return out

    def dumps(self) -> str:
        return json.dumps(self.entries, sort_keys=True, separators=(",", ":"))

    @classmethod
    def loads(cls, text: str | None) -> "ExportRegister":
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}  # an unreadable register only costs a SEQUENCE step, never an export
        return cls(data if isinstance(data, dict) else {})


def register_key(person_id: str, public: bool) -> str:
    return f"ics_export:{person_id}:{'public' if public else 'full'}"


def load_register(store, person_id: str, public: bool) -> ExportRegister:
    return ExportRegister.loads(store.meta(register_key(person_id, public)))


def save_register(store, person_id: str, public: bool, register: ExportRegister) -> None:
    store.set_meta(register_key(person_id, public), register.dumps())
