"""Meeting reports as JSON: the same content as the documents, for other tools."""

from __future__ import annotations

import json
from pathlib import Path

from briefer.files import write_atomic
from briefer.exchange.report import NotesReport


def render_json(report: NotesReport) -> str:
    data = {
        "conference": report.conference,
        "language": report.lang,
        "classification": report.classification.value,
        "omitted": report.omitted,
        "meetings": [
            {
                "id": m.id, "title": m.title, "day": m.day.isoformat(), "date": m.date_text, "time": m.time_text,
                "place": m.place, "counterpart": m.counterpart, "principal": m.principal,
                "netherlands": list(m.nl_side), "counterpart_side": list(m.other_side), "status": m.status,
                "classification": m.classification.value,
                "objectives": [{"text": o.text, "met": o.met} for o in m.objectives],
                "notes": [n.model_dump(mode="json") for n in m.notes],
                "outcomes": [o.model_dump(mode="json") for o in m.outcomes],
                "actions": [{"what": a.what, "owner": a.owner, "due": a.due.isoformat() if a.due else None,
                             "status": a.status, "country": a.country} for a in m.actions],
            }
            for m in report.meetings
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def write_json(report: NotesReport, path: Path) -> None:
    write_atomic(path, render_json(report).encode("utf-8"))
