"""A new conference based on an earlier one: what comes along, and how.

The advisor chooses what comes along — country briefs, organisations, people,
rooms, the topic profile. Meetings, notes, outcomes and actions never do: they
belong to the conference they happened at, and stay readable there (see
``store/earlier.py``). A carried brief keeps its id and every earlier revision,
so its history runs on across conferences, and starts again as a *draft*: what
was final for the last conference must be read again before it goes into a pack.
The new database remembers the earlier folder for history and search.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from briefer.errors import Refused
from briefer.model import Conference
from briefer.model.base import BriefStatus, utcnow
from briefer.store.current_revision import revision_text
from briefer.store.earlier import CARRIED_KEY, EARLIER_KEY
from briefer.store.store import Store

#: What may come along, in the order it is written (people refer to organisations).
BRINGABLE = ("organisations", "rooms", "people", "topics", "briefs")
CARRY_ACTION = "carried"


@dataclass
class CarryResult:
    conference: Conference
    counts: dict[str, int] = field(default_factory=dict)


def parse_bring(text: str) -> set[str]:
    """``briefs,people`` → the set; an unknown word is named with the choices."""
    chosen = {w.strip().lower() for w in text.split(",") if w.strip()}
    unknown = sorted(chosen - set(BRINGABLE))
    if unknown:
        raise Refused(f"cannot bring {', '.join(repr(u) for u in unknown)}; choose from {', '.join(BRINGABLE)} "
                      "(meetings, notes and actions always stay with their conference)")
    return chosen


def start_from(earlier: Store, target: Store, conference: Conference, bring: set[str],
               earlier_folder: Path) -> CarryResult:
    """Create ``conference`` in the empty ``target`` with what ``bring`` names from ``earlier``.

    All or nothing: one transaction on the new file; the earlier one is only read.
    """
    unknown = set(bring) - set(BRINGABLE)
    if unknown:
        raise Refused(f"cannot bring {', '.join(sorted(unknown))}")
    if not target.is_empty():
        raise Refused("this data folder is not empty; base a new conference on an earlier one in a new data folder",
                      file=str(target.path) if target.path else None)
    old_conf = earlier.require_conference()
    result = CarryResult(conference)
    with target.write():
        result.conference = target.conference_repo.add(conference)
        if "organisations" in bring:
            result.counts["organisations"] = _copy(target.organisations, earlier.organisations.list())
        if "rooms" in bring:
            result.counts["rooms"] = _copy(target.rooms, earlier.rooms.list())
        if "people" in bring:
            people = earlier.people.list()
            if "organisations" not in bring:
                people = [p.model_copy(update={"organisation_id": None}) for p in people]
            result.counts["people"] = _copy(target.people, people)
        if "topics" in bring:
            result.counts["topics"] = _copy(target.topic_profiles, earlier.topic_profiles.list())
            _copy(target.topic_values, earlier.topic_values.list())
        if "briefs" in bring:
            _copy(target.countries, earlier.countries.list())
            briefs = earlier.country_briefs.list()
            for brief in briefs:
                _carry_history(earlier, target, brief.id)
                now = utcnow()
                target.country_briefs.put(
                    brief.model_copy(update={"status": BriefStatus.DRAFT, "revision": brief.revision + 1,
                                             "updated_at": now}),
                    action=CARRY_ACTION)
            result.counts["briefs"] = len(briefs)
            target.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [CARRIED_KEY, json.dumps({
                "conference": old_conf.name, "last_day": old_conf.end_date.isoformat(),
                "folder": str(earlier_folder), "brief_ids": [b.id for b in briefs]}, ensure_ascii=False)])
        target.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                          [EARLIER_KEY, json.dumps([str(earlier_folder)], ensure_ascii=False)])
    return result


def _copy(repo, records) -> int:
    for record in records:
        repo.put(record, action=CARRY_ACTION)
    return len(records)


def _carry_history(earlier: Store, target: Store, brief_id: str) -> None:
    """The brief's earlier revisions, as they were written there (who, when, what)."""
    rows = [(table, rid, rev, revision_text(earlier, table, rid, data), *rest) for table, rid, rev, data, *rest in
            earlier.db.execute(
                "SELECT record_table, record_id, revision, data, changed_at, changed_by, action FROM revisions "
                "WHERE record_table = 'country_briefs' AND record_id = ? ORDER BY revision", [brief_id]).fetchall()]
    rows = [r for r in rows if r[3] is not None]
    target.db.conn.executemany(
        "INSERT OR REPLACE INTO revisions (record_table, record_id, revision, data, changed_at, changed_by, action) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
