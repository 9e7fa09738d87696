"""Meeting reports as Markdown: one combined file, or one file per meeting in a folder.

Everything typed by a person (note bodies, titles, names) is escaped, so that a note
line starting with ``#``, ``>``, ``-`` or ``1.``, or holding ``<b>``, renders as those
characters in any CommonMark renderer, not as a heading, list or raw HTML.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from briefer.errors import BrieferError
from briefer.files import check_output_path, write_atomic
from briefer.exchange.report import MeetingReport, NotesReport
from briefer.exchange.words import met_word


#: Characters CommonMark reads as markup anywhere in a line: emphasis, code, links and
#: images, raw HTML and autolinks, entities, table pipes, strikethrough. A backslash before
#: ASCII punctuation is always the character itself.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
#: What starts a block when it begins a line: a heading (#), a list item or thematic break
#: or setext underline (- + =), an ordered list item (1. or 1)).
_BLOCK_START = re.compile(r"^(?:([#+=-])|(\d{1,9})([.)]))")


def text(value: str) -> str:
    """One line of what someone typed, as Markdown that renders as exactly that text."""
    line = _INLINE.sub(r"\\\1", value.replace("\r", " ").replace("\n", " "))
    return _BLOCK_START.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\" + m[3], line, count=1)


def _esc(value: str) -> str:
    return text(value)


def body(value: str) -> str:
    """A note body as Markdown text: each line stays a line (a hard break), never a heading,
    list, quote, code block or raw HTML, whatever it starts with."""
    lines = [text(line.strip()) for line in value.strip().replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        if out and out[-1] != "":
            out[-1] += "\\"  # a hard line break: the note's own line ends stay
        out.append(line)
    return "\n".join(out)


def meeting_markdown(m: MeetingReport, w: dict, level: int = 2) -> str:
    h = "#" * level
    out = [f"{h} {_esc(m.title)}", ""]
    if m.classification.marking:
        out += [f"**{m.classification.marking}**", ""]
    out += [
        f"- **{w['date']}:** {m.date_text}, {m.time_text}",
        f"- **{w['place']}:** {_esc(m.place)}",
        f"- **{w['principal']}:** {_esc(m.principal)}",
        f"- **{w['nl_side']}:** {_esc(', '.join(m.nl_side)) or '—'}",
        f"- **{w['other_side']}:** {_esc(', '.join(m.other_side) or m.counterpart) or '—'}",
        f"- **{w['status_h']}:** {m.status}",
        "",
        f"{h}# {w['objectives']}", "",
    ]
    out += [f"- {_esc(o.text)} — *{met_word(o.met, w)}*" for o in m.objectives] or ["—"]
    out += ["", f"{h}# {w['notes']}", ""]
    for n in m.notes:
        mark = f" — {n.classification.marking}" if n.classification.marking else ""
        out += [f"**{_esc(n.author) or '—'}** ({w['note_kind'].get(n.note_kind.value, n.note_kind.value)}){mark}",
                "", body(n.body), ""]
    if not m.notes:
        out += [w["no_notes"], ""]
    out += [f"{h}# {w['outcomes']}", ""]
    out += [f"- {_esc(o.text)}" for o in m.outcomes] or [w["no_outcomes"]]
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
    out = [f"# {w['title']} — {_esc(report.conference)}", ""]
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


def slug(text: str, limit: int = 120) -> str:
    """A file name part that keeps the words as written ("bilateraal-met-indonesië", "会谈-中国").

    Letters and digits of every script stay (an advisor looks for Indonesië, not indonesi-);
    everything else — spaces, punctuation, path separators, characters Windows forbids — becomes
    one hyphen. Cut at ``limit`` bytes of UTF-8 (file names hold 255) on a character boundary.
    """
    text = unicodedata.normalize("NFC", text)
    out = re.sub(r"[\W_]+", "-", text).strip("-").lower()
    cut = out.encode("utf-8")[:limit].decode("utf-8", "ignore").strip("-")
    return cut or "meeting"


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
        target = path / f"{i:03d}-{m.day.isoformat()}-{slug(m.title)}.md"
        write_atomic(target, meeting_markdown(m, report.words, level=1).encode("utf-8"))
        written.append(target)
    return written
