"""Meeting reports as JSON: the same content as the documents, for other tools.

A program reads this file, so it is versioned and does not change with ``--lang``:
``$schema`` names the schema it follows (published as
``docs/schemas/notes-report-1.schema.json``), enum values are the model's own
(``held``, ``in_progress``, ``STG_CONFIDENTIEEL``) with the reader's words beside them
(``status_text``), and start and end are ISO 8601 with the UTC offset plus the IANA
timezone name, so a meeting is placed right in any calendar. Adding a field keeps
version 1; renaming or removing one makes version 2.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefer.files import write_atomic
from briefer.exchange.report import NotesReport

SCHEMA_ID = "urn:briefer:schema:notes-report:1"


def report_data(report: NotesReport) -> dict:
    return {
        "$schema": SCHEMA_ID,
        "conference": report.conference,
        "language": report.lang,
        "classification": report.classification.value,
        "omitted": report.omitted,
        "meetings": [
            {
                "id": m.id, "title": m.title,
                "start": m.start.isoformat() if m.start else None, "end": m.end.isoformat() if m.end else None,
                "timezone": m.timezone, "day": m.day.isoformat(), "date": m.date_text, "time": m.time_text,
                "place": m.place, "counterpart": m.counterpart, "principal": m.principal,
                "netherlands": list(m.nl_side), "counterpart_side": list(m.other_side),
                "status": m.status_value, "status_text": m.status,
                "classification": m.classification.value,
                "objectives": [{"text": o.text, "met": o.met} for o in m.objectives],
                "notes": [n.model_dump(mode="json") for n in m.notes],
                "outcomes": [o.model_dump(mode="json") for o in m.outcomes],
                "actions": [{"what": a.what, "owner": a.owner, "due": a.due.isoformat() if a.due else None,
                             "status": a.status_value, "status_text": a.status, "country": a.country or None}
                            for a in m.actions],
            }
            for m in report.meetings
        ],
    }


def render_json(report: NotesReport) -> str:
    return json.dumps(report_data(report), ensure_ascii=False, indent=2)


def write_json(report: NotesReport, path: Path) -> None:
    write_atomic(path, render_json(report).encode("utf-8"))
