"""Meeting reports as Markdown: one combined file, or one file per meeting in a folder."""

from __future__ import annotations

import re
from pathlib import Path

from briefer.errors import BrieferError
from briefer.files import check_output_path, write_atomic
from briefer.exchange.report import MeetingReport, NotesReport
from briefer.exchange.words import met_word


def _esc(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def meeting_markdown(m: MeetingReport, w: dict, level: int = 2) -> str:
    h = "#" * level
    out = [f"{h} {m.title}", ""]
    if m.classification.marking:
        out += [f"**{m.classification.marking}**", ""]
    out += [
        f"- **{w['date']}:** {m.date_text}, {m.time_text}",
        f"- **{w['place']}:** {m.place}",
        f"- **{w['principal']}:** {m.principal}",
        f"- **{w['nl_side']}:** {', '.join(m.nl_side) or '—'}",
        f"- **{w['other_side']}:** {', '.join(m.other_side) or m.counterpart or '—'}",
        f"- **{w['status_h']}:** {m.status}",
        "",
        f"{h}# {w['objectives']}", "",
    ]
    out += [f"- {o.text} — *{met_word(o.met, w)}*" for o in m.objectives] or ["—"]
    out += ["", f"{h}# {w['notes']}", ""]
    for n in m.notes:
        mark = f" — {n.classification.marking}" if n.classification.marking else ""
        out += [f"**{n.author or '—'}** ({w['note_kind'].get(n.note_kind.value, n.note_kind.value)}){mark}", "",
                n.body.strip(), ""]
    if not m.notes:
        out += [w["no_notes"], ""]
    out += [f"{h}# {w['outcomes']}", ""]
    out += [f"- {o.text}" for o in m.outcomes] or [w["no_outcomes"]]
    out += ["", f"{h}# {w['actions']}", ""]
    if m.actions:
        out += [f"| {w['what']} | {w['owner']} | {w['due']} | {w['status_h']} |", "|---|---|---|---|"]
        out += [f"| {_esc(a.what)} | {_esc(a.owner)} | {a.due_text} | {a.status} |"
                for a in m.actions]
    else:
        out.append(w["no_actions"])
    return "\n".join(out) + "\n"


def render_markdown(report: NotesReport) -> str:
    w = report.words
    out = [f"# {w['title']} — {report.conference}", ""]
    if report.classification.marking:
        out += [f"**{report.classification.marking}**", ""]
    if report.omitted:
        out += [f"*{w['omitted'].format(n=report.omitted)}*", ""]
    out += [f"## {w['summary']}", ""]
    if report.meetings:
        out += [f"| {w['date']} | {w['time']} | {w['counterpart']} | {w['principal']} | {w['objectives_met']} | "
                f"{w['actions']} |", "|---|---|---|---|---|---|"]
        out += [f"| {m.date_text} | {m.time_text} | {_esc(m.counterpart)} | {_esc(m.principal)} | "
                f"{m.objectives_met} | {len(m.actions)} |" for m in report.meetings]
    else:
        out.append(w["no_meetings"])
    out.append("")
    for m in report.meetings:
        out.append(meeting_markdown(m, w))
    return "\n".join(out)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60] or "meeting"


def write_markdown(report: NotesReport, path: Path, *, split: bool = False) -> list[Path]:
    """One file at ``path``; with ``split``, ``path`` is a folder and gets one file per meeting."""
    if not split:
        write_atomic(path, render_markdown(report).encode("utf-8"))
        return [path]
    check_output_path(path, folder=True)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BrieferError(f"cannot make the folder ({exc.strerror or exc})", file=str(path)) from None
    written = []
    for i, m in enumerate(report.meetings, start=1):
        target = path / f"{i:03d}-{m.day.isoformat()}-{_slug(m.title)}.md"
        write_atomic(target, meeting_markdown(m, report.words, level=1).encode("utf-8"))
        written.append(target)
    return written
